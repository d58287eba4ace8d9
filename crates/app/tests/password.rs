//! The issued password (the finding "the one-time password is permanent"): whoever adds
//! a staff member sees the password the vault generates, so the first sign-in makes
//! the new staff member replace it before anything else — before the second factor,
//! which therefore cannot be completed or enrolled with the issued password alone.
//! Changing one's password later is the same page, from the account page, and ends
//! the account's other sessions. A demo practice skips the step.

mod support;

use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use sanctum_practice::Role;
use sanctum_vault::{Actor, Store};
use secrecy::ExposeSecret;
use support::{Browser, Page, Staff, TestApp};

/// The session token a browser holds.
fn session_token(b: &Browser) -> String {
    b.cookies.get("sanctum").cloned().unwrap_or_default()
}

/// The password step of sign-in, from a fresh browser at `address`.
async fn sign_in_from(app: &TestApp, address: [u8; 4], username: &str, password: &str) -> (Page, Browser) {
    let mut b = Browser::from_address(&app.base, IpAddr::from(address));
    b.get("/sign-in").await;
    let page = b.post("/sign-in", &[("username", username), ("password", password)]).await;
    (page, b)
}

/// The password form, filled in.
async fn change(b: &mut Browser, current: &str, new: &str, repeat: &str) -> Page {
    b.post("/account/password", &[("current_password", current), ("new_password", new), ("repeat_password", repeat)])
        .await
}

/// Asserts a 422 whose error names `field` (and marks that input), repeating none of `typed`.
fn refused(page: &Page, field: &str, typed: &[&str]) {
    assert_eq!(page.status, 422, "{field}: {}", page.body);
    let alert = page.body.split("role=\"alert\"").nth(1).and_then(|rest| rest.split("</p>").next());
    let alert = alert.unwrap_or_else(|| panic!("no error shown for {field}: {}", page.body));
    assert!(alert.contains(&format!("{field}: ")), "the error names {field}: {alert}");
    let input = page.body.split(&format!("id=\"{field}\"")).nth(1).and_then(|rest| rest.split('>').next());
    assert!(input.is_some_and(|i| i.contains("aria-invalid=\"true\"")), "{field} is marked: {}", page.body);
    for value in typed {
        assert!(!page.body.contains(value), "the page repeats a password typed in: {}", page.body);
    }
}

async fn must_change(app: &TestApp, who: &Staff) -> bool {
    app.vault().staff_member(&who.id).await.expect("read").expect("staff member").password_must_change
}

/// The audit trail's actions, in order.
async fn actions(app: &TestApp) -> Vec<String> {
    app.audit().await.into_iter().map(|(_, action, _, _)| action).collect()
}

app_test!(a_new_account_replaces_its_issued_password_before_the_second_factor, |app: support::TestApp| async move {
    let dana = app.added("dana", Role::Therapist).await;
    let issued = dana.password.expose_secret().to_owned();
    let (page, mut browser) = sign_in_from(&app, [127, 0, 0, 1], "dana", &issued).await;
    assert_eq!((page.status, page.location()), (303, Some("/account/password")), "{}", page.body);
    let pending = session_token(&browser);
    let idle = app.state.settings().session_idle_secs();
    let session = app.vault().web_session(&pending, idle).await.expect("read").expect("a pending session");
    assert!(!session.second_factor && session.user.password_must_change);

    let form = browser.get("/account/password").await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Choose your password") && form.body.contains("current_password"), "{}", form.body);
    assert!(!form.body.contains("/clients"), "no navigation before the password is replaced");
    // Nothing else opens; the second-factor pages send the session back.
    assert_eq!(browser.get("/").await.location(), Some("/sign-in"));
    assert_eq!(browser.get("/account").await.location(), Some("/sign-in"));
    assert_eq!(browser.get("/account/second-factor").await.location(), Some("/account/password"));
    assert_eq!(browser.get("/sign-in/code").await.location(), Some("/account/password"));
    // Enrolling an authenticator with the issued password alone is refused: whoever
    // issued it could otherwise put the account on an authenticator of their own.
    let secret = sanctum_app::totp::new_secret();
    let (key, code) = (sanctum_app::totp::base32(&secret), sanctum_app::totp::code_at(&secret, support::unix_now()));
    let enrol = browser.post("/account/second-factor", &[("secret", &key), ("code", &code)]).await;
    assert_eq!((enrol.status, enrol.location()), (303, Some("/account/password")), "{}", enrol.body);
    assert!(app.vault().totp_secret(&dana.id).await.expect("read").is_none(), "nothing was enrolled");
    assert!(!app.vault().web_session(&pending, idle).await.expect("read").expect("session").second_factor);

    // Short, mismatched and unchanged passwords are refused, each naming its field.
    let mine = "dana picked her own passphrase";
    refused(&change(&mut browser, &issued, "too short", "too short").await, "new_password", &["too short", &issued]);
    refused(&change(&mut browser, &issued, mine, "dana picked her own passphrasE").await, "repeat_password", &[mine]);
    refused(&change(&mut browser, &issued, &issued, &issued).await, "new_password", &[&issued]);
    refused(&change(&mut browser, "", mine, mine).await, "current_password", &[mine]);
    assert!(must_change(&app, &dana).await, "a refused change changes nothing");
    assert!(!actions(&app).await.contains(&"user.password".to_owned()));

    let done = change(&mut browser, &issued, mine, mine).await;
    assert_eq!((done.status, done.location()), (303, Some("/account/second-factor")), "{}", done.body);
    assert!(!must_change(&app, &dana).await);
    let fresh = session_token(&browser);
    assert!(!fresh.is_empty() && fresh != pending, "the change starts a new session");
    assert!(app.vault().web_session(&pending, idle).await.expect("read").is_none(), "the old session ended");
    let session = app.vault().web_session(&fresh, idle).await.expect("read").expect("the new session");
    assert!(!session.second_factor, "the second factor is still owed");
    assert_eq!(browser.get("/").await.location(), Some("/sign-in"), "still not signed in fully");
    // The flow goes on to enrolling a second factor, then in.
    let enrol = browser.get("/account/second-factor").await;
    assert_eq!(enrol.status, 200, "{}", enrol.body);
    let code = sanctum_app::totp::code_at(&secret, support::unix_now());
    let enrolled = browser.post("/account/second-factor", &[("secret", &key), ("code", &code)]).await;
    assert_eq!((enrolled.status, enrolled.location()), (303, Some("/account")), "{}", enrolled.body);
    assert_eq!(browser.get("/").await.status, 200);

    // The issued password no longer signs in; the new one does.
    let (old, _) = sign_in_from(&app, [127, 0, 0, 2], "dana", &issued).await;
    assert_eq!(old.status, 401, "the issued password still works: {:?}", old.location());
    let (new, _) = sign_in_from(&app, [127, 0, 0, 2], "dana", mine).await;
    assert_eq!((new.status, new.location()), (303, Some("/sign-in/code")), "{}", new.body);
});

app_test!(a_code_cannot_complete_a_session_whose_password_must_change, |app: support::TestApp| async move {
    // An account with an authenticator that still has an issued password (enrolled
    // by other means; the web pages refuse it): the code step must not let it in.
    let mut theo = app.added("theo", Role::Supervisor).await;
    theo.totp = sanctum_app::totp::new_secret().to_vec();
    app.vault().set_totp_secret(&Actor::Operator, &theo.id, Some(&theo.totp)).await.expect("enrol");
    let issued = theo.password.expose_secret().to_owned();
    let (page, mut browser) = sign_in_from(&app, [127, 0, 0, 1], "theo", &issued).await;
    assert_eq!(page.location(), Some("/account/password"), "{}", page.body);
    let code = sanctum_app::totp::code_at(&theo.totp, support::unix_now());
    let refused = browser.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!((refused.status, refused.location()), (303, Some("/account/password")), "{}", refused.body);
    assert_eq!(browser.get("/").await.location(), Some("/sign-in"), "the code did not complete the session");
    assert!(!actions(&app).await.contains(&"sign-in.totp".to_owned()), "the code was not even checked");

    let mine = "theo picked this one";
    let done = change(&mut browser, &issued, mine, mine).await;
    assert_eq!((done.status, done.location()), (303, Some("/sign-in/code")), "{}", done.body);
    let code = sanctum_app::totp::code_at(&theo.totp, support::unix_now());
    let signed_in = browser.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!((signed_in.status, signed_in.location()), (303, Some("/")), "{}", signed_in.body);
    assert_eq!(browser.get("/").await.status, 200);
});

app_test!(the_password_alone_does_not_change_the_password, |app: support::TestApp| async move {
    // Dana's password is her own; a session that has not done the second factor yet
    // is sent to it, and the password stays.
    let dana = app.staff("dana", Role::Therapist).await;
    let (page, mut browser) = sign_in_from(&app, [127, 0, 0, 1], "dana", dana.password.expose_secret()).await;
    assert_eq!(page.location(), Some("/sign-in/code"));
    assert_eq!(browser.get("/account/password").await.location(), Some("/sign-in/code"));
    let mine = "stolen password, new";
    let tried = change(&mut browser, dana.password.expose_secret(), mine, mine).await;
    assert_eq!((tried.status, tried.location()), (303, Some("/sign-in/code")), "{}", tried.body);
    assert!(app.vault().sign_in("dana", &dana.password).await.is_ok(), "the password stayed");
});

app_test!(changing_the_password_from_the_account_page_ends_other_sessions, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.signed_in(&dana).await;
    let mut elsewhere = app.session_for(&dana).await;
    assert_eq!(elsewhere.get("/").await.status, 200);
    let account = browser.get("/account").await;
    assert!(account.body.contains("href=\"/account/password\""), "the account page links to it: {}", account.body);
    let form = browser.get("/account/password").await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Change your password") && form.body.contains("href=\"/account\""), "{}", form.body);

    let old = dana.password.expose_secret().to_owned();
    let mine = "a newer passphrase of dana";
    refused(&change(&mut browser, "not my password at all", mine, mine).await, "current_password", &[mine]);
    refused(&change(&mut browser, &old, "elevenchars", "elevenchars").await, "new_password", &["elevenchars"]);
    refused(&change(&mut browser, &old, &old, &old).await, "new_password", &[&old]);
    assert!(app.vault().sign_in("dana", &dana.password).await.is_ok(), "refusals change nothing");
    assert_eq!(elsewhere.get("/").await.status, 200);

    let before = session_token(&browser);
    let done = change(&mut browser, &old, mine, mine).await;
    assert_eq!((done.status, done.location()), (303, Some("/account")), "{}", done.body);
    assert_ne!(session_token(&browser), before, "a new session");
    assert_eq!(browser.get("/account").await.status, 200, "still signed in here, second factor and all");
    assert_eq!(elsewhere.get("/").await.location(), Some("/sign-in"), "the other session ended");
    let mut stale = app.browser();
    stale.cookies.insert("sanctum".into(), before);
    assert_eq!(stale.get("/").await.location(), Some("/sign-in"), "so did the one the form was posted from");
    assert!(matches!(app.vault().sign_in("dana", &dana.password).await, Err(sanctum_vault::Error::Denied)));
    assert!(app.vault().sign_in("dana", &mine.to_owned().into()).await.is_ok());
    let entries = app.vault().store().audit_page(0, 1_000_000).await.expect("audit");
    let me = format!("user:{}", dana.id);
    assert!(entries.iter().any(|e| e.action == "user.password" && e.actor == me));
    assert!(entries.iter().any(|e| e.action == "sign-out" && e.record.as_deref() == Some(dana.id.as_str())));
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_practice_skips_the_step() {
    let settings = sanctum_app::Settings { demo: true, ..support::settings() };
    let app = support::spawn_app_with(support::Backend::Sqlite, settings).await;
    let dana = app.added("dana", Role::Therapist).await;
    let (page, mut browser) = sign_in_from(&app, [127, 0, 0, 1], "dana", dana.password.expose_secret()).await;
    assert_eq!((page.status, page.location()), (303, Some("/")), "{}", page.body);
    let home = browser.get("/").await;
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.body.contains("need not replace the passwords"), "the banner says so");
    assert!(must_change(&app, &dana).await, "the demo did not pretend it was changed");
}

/// A `MakeWriter` collecting everything logged.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_password_reaches_the_log() {
    let log = Captured::default();
    let writer = log.clone();
    // Only a global subscriber sees the server's threads (nextest runs each test in its
    // own process).
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .try_init()
        .expect("the only subscriber of this process");
    let app = support::spawn_app(support::Backend::Sqlite).await;
    let dana = app.added("dana", Role::Therapist).await;
    let issued = dana.password.expose_secret().to_owned();
    let (page, mut browser) = sign_in_from(&app, [127, 0, 0, 1], "dana", &issued).await;
    assert_eq!(page.location(), Some("/account/password"), "{}", page.body);
    let (short, wrong, mine) = ("Sh0rt-Cnry", "Wr0ng-Current-Canary", "N3w-Passw0rd-Canary-123");
    assert_eq!(change(&mut browser, &issued, short, short).await.status, 422);
    assert_eq!(change(&mut browser, wrong, mine, mine).await.status, 422);
    assert_eq!(change(&mut browser, &issued, mine, mine).await.status, 303);
    let text = String::from_utf8_lossy(&log.0.lock().expect("log buffer")).into_owned();
    assert!(text.contains("route=\"/account/password\""), "the request log was captured:\n{text}");
    for secret in [issued.as_str(), short, wrong, mine] {
        assert!(!text.contains(secret), "a password is in the log:\n{text}");
    }
}
