//! The web app's security plumbing (issue 6), through real requests: CSRF, session
//! fixation, pending sessions, cookie flags, security headers, the sign-in throttle,
//! sign-in answers that do not tell users apart, TOTP replay, signing out, idle expiry,
//! and a server log free of secrets and client names.

mod support;

use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use reqwest::header::{HeaderMap, CACHE_CONTROL, SET_COOKIE};
use sanctum_app::routes::{Access, ROUTES};
use sanctum_practice::Role;
use sanctum_vault::schema::{Value, WEB_SESSIONS};
use sanctum_vault::store::{Query, Write};
use sanctum_vault::{Actor, RowId, Store};
use secrecy::ExposeSecret;
use support::{Body, Browser, Page, Staff, TestApp};

/// The session token a browser holds.
fn session_token(b: &Browser) -> String {
    b.cookies.get("sanctum").cloned().unwrap_or_default()
}

/// A form with exactly these fields (no CSRF token added).
fn form(fields: &[(&str, &str)]) -> Body {
    Body::Form(fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
}

/// The password step alone, posting the token the form carries (the pre-sign-in
/// cookie's, whatever session cookie the browser holds); the browser then holds a
/// pending session.
async fn password_step(b: &mut Browser, who: &Staff) -> Page {
    b.get("/sign-in").await;
    let pre = b.cookies.get("sanctum-pre").cloned().unwrap_or_default();
    let fields = [("csrf", pre.as_str()), ("username", &who.username), ("password", who.password.expose_secret())];
    b.send("POST", "/sign-in", form(&fields), None).await
}

async fn client_count(app: &TestApp, therapist: &Staff) -> usize {
    app.vault().clients_of(&Actor::Operator, &therapist.id).await.expect("clients").len()
}

app_test!(a_form_without_the_session_csrf_token_is_refused_and_changes_nothing, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.session_for(&dana).await;
    let other_session = app.session_for(&dana).await.csrf();
    let another_user = app.session_for(&app.staff("theo", Role::Therapist).await).await.csrf();
    let fields = [("given_name", "Orla"), ("family_name", "Forged")];
    let cases: [(&str, Option<String>); 5] = [
        ("missing", None),
        ("empty", Some(String::new())),
        ("wrong", Some("x".repeat(43))),
        ("of another session of the same user", Some(other_session)),
        ("of another user's session", Some(another_user)),
    ];
    for (case, token) in cases {
        let mut fields: Vec<(&str, &str)> = fields.to_vec();
        if let Some(t) = &token {
            fields.push(("csrf", t));
        }
        let page = browser.send("POST", "/clients", form(&fields), None).await;
        assert_eq!(page.status, 403, "CSRF token {case}: {}", page.body);
        assert_eq!(client_count(&app, &dana).await, 0, "CSRF token {case}: a client was added");
    }
    let page = browser.post("/clients", &fields).await;
    assert_eq!(page.status, 303, "with the right token the same form works: {}", page.body);
    assert_eq!(client_count(&app, &dana).await, 1);
});

app_test!(sign_in_replaces_the_session_at_each_step, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let mallory = app.staff("mallory", Role::Therapist).await;
    // An attacker plants their own valid session (and a made-up one would do no better).
    let planted = app.session_for(&mallory).await;
    let mut browser = app.browser();
    browser.cookies.insert("sanctum".into(), session_token(&planted));
    let page = password_step(&mut browser, &dana).await;
    assert_eq!((page.status, page.location()), (303, Some("/sign-in/code")), "{}", page.body);
    let pending = session_token(&browser);
    assert!(!pending.is_empty() && pending != session_token(&planted), "the password step kept the planted cookie");
    let idle = app.state.settings().session_idle_secs();
    assert!(app.vault().web_session(&session_token(&planted), idle).await.unwrap().is_none(), "planted session ended");
    let pending_session = app.vault().web_session(&pending, idle).await.unwrap().expect("pending session");
    assert_eq!((pending_session.user.id, pending_session.second_factor), (dana.id.clone(), false));

    let code = sanctum_app::totp::code_at(&dana.totp, support::unix_now());
    let page = browser.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!((page.status, page.location()), (303, Some("/")), "{}", page.body);
    let full = session_token(&browser);
    assert!(!full.is_empty() && full != pending, "the code step kept the password step's session");
    assert!(app.vault().web_session(&pending, idle).await.unwrap().is_none(), "the password step's session ended");
    assert!(app.vault().web_session(&full, idle).await.unwrap().expect("session").second_factor);
    let mut stale = app.browser();
    stale.cookies.insert("sanctum".into(), pending);
    assert_eq!(stale.get("/sign-in/code").await.location(), Some("/sign-in"));
});

app_test!(a_pending_session_opens_only_the_second_factor_pages, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await.to_string();
    let mut browser = app.browser();
    password_step(&mut browser, &dana).await;
    // Public and pending routes (signing out, say) are for a pending session; the API
    // ignores cookies.
    let guarded = ROUTES.iter().filter(|r| !matches!(r.access, Access::Public | Access::Pending));
    for route in guarded.filter(|r| !r.path.starts_with("/api/")) {
        let path = route.path.split('/').map(|part| match part {
            "{client}" => client.clone(),
            "{file}" => "sanctum.css".to_owned(),
            p if p.starts_with('{') => RowId::generate().to_string(),
            p => p.to_owned(),
        });
        let path = path.collect::<Vec<_>>().join("/");
        let path = if path.is_empty() { "/".to_owned() } else { path };
        let csrf = browser.csrf();
        let body = if route.method == "POST" { form(&[("csrf", &csrf), ("given_name", "Pia")]) } else { Body::Empty };
        let page = browser.send(route.method, &path, body, None).await;
        let answer = (page.status, page.location());
        assert_eq!(answer, (303, Some("/sign-in")), "{} {path} opened on a pending session", route.method);
    }
    assert_eq!(client_count(&app, &dana).await, 1, "nothing was added");
    let code_page = browser.get("/sign-in/code").await;
    assert_eq!(code_page.status, 200, "{}", code_page.body);
});

/// The `Set-Cookie` headers of a response, by cookie name.
fn set_cookies(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(|c| (c.split('=').next().unwrap_or_default().to_owned(), c.to_owned()))
        .collect()
}

/// Checks every cookie a response sets; returns their names.
fn check_cookies(page: &Page, secure: bool) -> Vec<String> {
    let cookies = set_cookies(&page.headers);
    for (name, c) in &cookies {
        for flag in ["HttpOnly", "SameSite=Strict", "Path=/"] {
            assert!(c.split("; ").any(|a| a == flag), "{name} lacks {flag}: {c}");
        }
        assert_eq!(c.split("; ").any(|a| a == "Secure"), secure, "{name}: Secure should be {secure}: {c}");
        assert_eq!(name.starts_with("__Host-"), secure, "{name}: the __Host- prefix goes with Secure");
        assert!(!c.contains("Domain="), "{name} must be host-only: {c}");
    }
    cookies.into_iter().map(|(n, _)| n).collect()
}

app_test!(cookies_are_http_only_strict_and_site_wide, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.browser();
    assert_eq!(check_cookies(&browser.get("/sign-in").await, false), ["sanctum-pre"]);
    let password = password_step(&mut browser, &dana).await;
    assert!(check_cookies(&password, false).contains(&"sanctum".to_owned()));
    let code = sanctum_app::totp::code_at(&dana.totp, support::unix_now());
    assert_eq!(check_cookies(&browser.post("/sign-in/code", &[("code", &code)]).await, false), ["sanctum"]);
    assert_eq!(check_cookies(&browser.post("/sign-out", &[]).await, false), ["sanctum"]);
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_secure_cookies_every_cookie_is_secure_and_host_prefixed() {
    let settings = sanctum_app::Settings { secure_cookies: true, ..support::settings() };
    let app = support::spawn_app_with(support::Backend::Sqlite, settings).await;
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.browser();
    let page = browser.get("/sign-in").await;
    assert_eq!(check_cookies(&page, true), ["__Host-sanctum-pre"]);
    assert!(page.headers.get("strict-transport-security").is_some(), "HSTS with secure cookies");
    let pre = browser.cookies.get("__Host-sanctum-pre").cloned().expect("pre cookie");
    let fields = [("csrf", pre.as_str()), ("username", "dana"), ("password", dana.password.expose_secret())];
    let page = browser.send("POST", "/sign-in", form(&fields), None).await;
    assert_eq!((page.status, page.location()), (303, Some("/sign-in/code")), "{}", page.body);
    assert!(check_cookies(&page, true).contains(&"__Host-sanctum".to_owned()));
    let token = browser.cookies.get("__Host-sanctum").cloned().expect("session cookie");
    let csrf = sanctum_app::session::csrf_token(&token);
    let code = sanctum_app::totp::code_at(&dana.totp, support::unix_now());
    let page = browser.send("POST", "/sign-in/code", form(&[("csrf", &csrf), ("code", &code)]), None).await;
    assert_eq!((page.status, page.location()), (303, Some("/")), "{}", page.body);
    assert_eq!(check_cookies(&page, true), ["__Host-sanctum"]);
    assert_eq!(browser.get("/").await.status, 200, "the __Host- cookie is the session");
}

/// The headers every response carries.
fn check_headers(what: &str, page: &Page) {
    let header = |name: &str| page.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let csp = header("content-security-policy");
    assert!(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), "{what}: CSP {csp:?}");
    assert!(!csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "{what}: CSP {csp:?}");
    assert_eq!(header("x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header("x-frame-options"), "DENY", "{what}");
    assert_eq!(header("referrer-policy"), "no-referrer", "{what}");
}

app_test!(every_response_has_the_security_headers, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let token = app.api_token(&dana).await;
    let mut anonymous = app.browser();
    let mut signed_in = app.session_for(&dana).await;
    let pages = vec![
        ("the sign-in page", anonymous.get("/sign-in").await),
        ("a redirect", anonymous.get("/").await),
        ("an unknown path", anonymous.get("/no/such/page").await),
        ("a missing asset", anonymous.get("/assets/nothing.js").await),
        ("today", signed_in.get("/").await),
        ("a chart", signed_in.get(&format!("/clients/{client}")).await),
        ("an unknown client", signed_in.get(&format!("/clients/{}", RowId::generate())).await),
        ("a refused form", signed_in.send("POST", "/clients", form(&[]), None).await),
        ("the API unauthenticated", anonymous.get("/api/v1/me").await),
        ("the API", signed_in.send("GET", "/api/v1/me", Body::Empty, Some(&token)).await),
        ("an API chart", signed_in.send("GET", &format!("/api/v1/clients/{client}"), Body::Empty, Some(&token)).await),
    ];
    for (what, page) in &pages {
        check_headers(what, page);
        let cache = page.headers.get(CACHE_CONTROL).and_then(|v| v.to_str().ok()).unwrap_or_default();
        assert!(cache.contains("no-store"), "{what} ({}): Cache-Control {cache:?}", page.status);
    }
    let asset = anonymous.get("/assets/sanctum.css").await;
    assert_eq!(asset.status, 200);
    check_headers("an asset", &asset);
    assert!(asset.headers.get(CACHE_CONTROL).is_some(), "assets say how long to keep them");
});

app_test!(sign_in_is_throttled_per_address_and_per_user_name, |app: support::TestApp| async move {
    let limit = app.state.settings().sign_in_per_minute as usize;
    let dana = app.staff("dana", Role::Therapist).await;
    let attempt = |from: [u8; 4], name: String| {
        let base = app.base.clone();
        async move {
            let mut b = Browser::from_address(&base, IpAddr::from(from));
            b.get("/sign-in").await;
            b.post("/sign-in", &[("username", &name), ("password", "not the password")]).await.status
        }
    };
    // One address, a different name each time.
    for i in 0..limit {
        assert_eq!(attempt([127, 0, 0, 2], format!("guess{i}")).await, 401, "attempt {i} is answered");
    }
    assert_eq!(attempt([127, 0, 0, 2], "guess-more".into()).await, 429, "the address is spent");
    // One name, a different address each time.
    for i in 0..limit {
        assert_eq!(attempt([127, 0, 1, i as u8 + 1], "dana".into()).await, 401, "attempt {i} is answered");
    }
    assert_eq!(attempt([127, 0, 2, 1], "Dana".into()).await, 429, "the name is spent");
    let mut b = Browser::from_address(&app.base, IpAddr::from([127, 0, 3, 1]));
    let page = password_step(&mut b, &dana).await;
    assert_eq!(page.status, 429, "even the right password waits: {}", page.body);
    assert!(!b.cookies.contains_key("sanctum"), "and no session was started");
});

/// A sign-in page with the echoed user name and the form's token taken out.
fn without(page: &Page, username: &str, b: &Browser) -> String {
    let token = b.cookies.get("sanctum-pre").cloned().expect("a fresh form token");
    page.body.replace(&token, "TOKEN").replace(username, "NAME")
}

app_test!(a_wrong_password_and_an_unknown_user_look_the_same, |app: support::TestApp| async move {
    app.staff("dana", Role::Therapist).await;
    let mut a = app.browser();
    a.get("/sign-in").await;
    let wrong = a.post("/sign-in", &[("username", "dana"), ("password", "certainly not it")]).await;
    let mut b = app.browser();
    b.get("/sign-in").await;
    let unknown = b.post("/sign-in", &[("username", "nobody"), ("password", "certainly not it")]).await;
    assert_eq!(wrong.status, unknown.status);
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("value=\"dana\""), "the name is echoed for correcting");
    assert_eq!(without(&wrong, "dana", &a), without(&unknown, "nobody", &b));
    assert_eq!(set_cookies(&wrong.headers).len(), set_cookies(&unknown.headers).len());
    assert!(!a.cookies.contains_key("sanctum") && !b.cookies.contains_key("sanctum"), "no session either way");
});

app_test!(a_totp_code_works_once, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let code = sanctum_app::totp::code_at(&dana.totp, support::unix_now());
    let mut first = app.browser();
    password_step(&mut first, &dana).await;
    let page = first.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!((page.status, page.location()), (303, Some("/")), "{}", page.body);
    let mut second = app.browser();
    password_step(&mut second, &dana).await;
    let page = second.post("/sign-in/code", &[("code", &code)]).await;
    assert_eq!(page.status, 401, "a replayed code is refused");
    assert!(page.body.contains("used already"), "{}", page.body);
    assert_eq!(second.get("/").await.location(), Some("/sign-in"), "and the session stays pending");
    let denied = app.audit().await.into_iter().any(|(actor, action, _, outcome)| {
        actor == format!("user:{}", dana.id) && action == "sign-in.totp" && outcome == "denied"
    });
    assert!(denied, "the replay is on the audit trail");
});

app_test!(signing_out_ends_the_session_on_the_server, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.signed_in(&dana).await;
    let token = session_token(&browser);
    let csrf = browser.csrf();
    assert_eq!(browser.post("/sign-out", &[]).await.location(), Some("/sign-in"));
    // A copy of the old cookie (kept by an attacker, or a browser that ignored the removal).
    let mut copy = app.browser();
    copy.cookies.insert("sanctum".into(), token.clone());
    assert_eq!(copy.get("/").await.location(), Some("/sign-in"));
    let page = copy.send("POST", "/clients", form(&[("csrf", &csrf), ("given_name", "Pia")]), None).await;
    assert_eq!(page.location(), Some("/sign-in"));
    assert_eq!(client_count(&app, &dana).await, 0);
    assert!(app.vault().web_session(&token, 3600).await.unwrap().is_none());
});

/// Sets every session's last use to `secs_ago` seconds ago (the vault's housekeeping
/// write, the only way to move a session's clock).
async fn last_used(app: &TestApp, secs_ago: i64) {
    let at = support::unix_now() as i64 - secs_ago;
    let write =
        Write::Update { query: Query::all(&WEB_SESSIONS), set: vec![("last_seen", Value::int(at))], expect: None };
    app.vault().store().housekeep(vec![write]).await.expect("move last use");
}

app_test!(an_idle_session_expires, |app: support::TestApp| async move {
    let idle = app.state.settings().session_idle_secs();
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.session_for(&dana).await;
    last_used(&app, idle - 60).await;
    assert_eq!(browser.get("/").await.status, 200, "a minute short of the idle limit");
    last_used(&app, idle + 60).await;
    assert_eq!(browser.get("/").await.location(), Some("/sign-in"), "past the idle limit");
    assert!(app.vault().web_session(&session_token(&browser), 3600 * 24).await.unwrap().is_none(), "and gone");
});

/// A `MakeWriter` collecting everything logged, for searching.
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

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("log buffer")).into_owned()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_secret_and_no_client_name_reaches_the_log() {
    let log = Captured::default();
    let writer = log.clone();
    // The server runs on the runtime's worker threads: only a global subscriber sees it
    // (nextest runs each test in its own process).
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .try_init()
        .expect("the only subscriber of this process");
    let app = support::spawn_app(support::Backend::Sqlite).await;
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.browser();
    browser.get("/sign-in").await;
    let pre = browser.cookies.get("sanctum-pre").cloned().expect("pre cookie");
    let wrong = browser.post("/sign-in", &[("username", "dana"), ("password", "Wr0ng-Passw0rd-Canary")]).await;
    assert_eq!(wrong.status, 401);
    browser.get("/sign-in").await;
    let page = password_step(&mut browser, &dana).await;
    assert_eq!(page.status, 303);
    let pending = session_token(&browser);
    let code = sanctum_app::totp::code_at(&dana.totp, support::unix_now());
    browser.post("/sign-in/code", &[("code", &code)]).await;
    let session = session_token(&browser);
    let added = browser
        .post("/clients", &[("given_name", "Quillon"), ("family_name", "Marrowby"), ("phone", "+44 7700 900461")])
        .await;
    assert_eq!(added.status, 303, "{}", added.body);
    let chart = added.location().expect("chart").to_owned();
    assert_eq!(browser.get(&chart).await.status, 200);
    assert_eq!(browser.get("/clients?q=Quillon").await.status, 200);
    let bad = browser.post("/clients", &[("given_name", "Quillon"), ("date_of_birth", "Marrowby-day")]).await;
    assert_eq!(bad.status, 422);
    let token = app.api_token(&dana).await;
    let api = browser.send("GET", "/api/v1/clients", Body::Empty, Some(&token)).await;
    assert_eq!(api.status, 200, "{}", api.body);
    let bad = browser
        .send(
            "POST",
            "/api/v1/clients",
            Body::Json(serde_json::json!({"given_name": 1, "family_name": "Marrowby"})),
            Some(&token),
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    let signed_out = browser.post("/sign-out", &[]).await;
    assert_eq!(signed_out.location(), Some("/sign-in"));

    let text = log.text();
    let chart_read = "route=\"/clients/{client}\" status=200";
    assert!(text.contains(chart_read), "the server's request log was captured:\n{text}");
    let secrets = [
        ("the password", dana.password.expose_secret().to_owned()),
        ("the wrong password", "Wr0ng-Passw0rd-Canary".to_owned()),
        ("the pre-sign-in token", pre),
        ("the pending session token", pending),
        ("the session token", session.clone()),
        ("the CSRF token", sanctum_app::session::csrf_token(&session)),
        ("the TOTP code", code),
        ("the TOTP secret", sanctum_app::totp::base32(&dana.totp)),
        ("the API token", token),
        ("the client's given name", "Quillon".to_owned()),
        ("the client's family name", "Marrowby".to_owned()),
        ("the client's phone", "7700 900461".to_owned()),
    ];
    for (what, secret) in secrets {
        assert!(!secret.is_empty(), "{what} was captured by the test");
        assert!(!text.contains(&secret), "{what} is in the log:\n{text}");
    }
}

app_test!(replacing_the_second_factor_takes_a_code_from_the_current_one, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let mut browser = app.session_for(&dana).await;
    let enrol = browser.get("/account/second-factor").await;
    assert!(enrol.body.contains("current_code"), "the form asks for the current code: {}", enrol.body);
    let new_secret = sanctum_app::totp::new_secret();
    let key = sanctum_app::totp::base32(&new_secret);
    let new_code = sanctum_app::totp::code_at(&new_secret, support::unix_now());
    let without = browser.post("/account/second-factor", &[("secret", &key), ("code", &new_code)]).await;
    assert_eq!(without.status, 422, "a session alone cannot replace the authenticator: {}", without.body);
    let stored = app.vault().totp_secret(&dana.id).await.expect("read").expect("enrolled");
    assert_eq!(stored.as_slice(), dana.totp.as_slice(), "the old secret stays");

    let current = sanctum_app::totp::code_at(&dana.totp, support::unix_now());
    let with = browser
        .post("/account/second-factor", &[("secret", &key), ("code", &new_code), ("current_code", &current)])
        .await;
    assert_eq!((with.status, with.location()), (303, Some("/account")), "{}", with.body);
    let stored = app.vault().totp_secret(&dana.id).await.expect("read").expect("enrolled");
    assert_eq!(stored.as_slice(), new_secret.as_slice(), "the new secret is in force");
});
