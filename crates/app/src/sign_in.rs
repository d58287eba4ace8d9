//! Signing in and out: password (Argon2id, checked by the vault off the async runtime,
//! with an unknown user costing a hash too), then — at the first sign-in — choosing a
//! password of one's own in place of the one issued when the account was added (which
//! whoever added it has seen), then the second factor: a code from an authenticator
//! app, or enrolling one at the first sign-in. Each step that raises what a session may
//! do replaces the session with a new one, so a token planted before sign-in (session
//! fixation) is worth nothing after it. Changing one's password later is the same page.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::cookie::CookieJar;
use sanctum_vault::{Actor, RowId, StaffMember, MIN_PASSWORD_CHARS};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::see_other;
use crate::session::{
    cookie, pre_cookie_name, random_token, removal, session_cookie_name, Pending, PostedPending, PreSession,
};
use crate::{totp, AppState};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    csrf: String,
    username: String,
    error: Option<String>,
    demo: bool,
}

fn sign_in_page(state: &AppState, jar: CookieJar, username: String, error: Option<String>) -> Response {
    let pre = random_token();
    let jar = jar.add(cookie(state, pre_cookie_name(state.settings().secure_cookies), pre.clone()));
    let page = SignInPage { csrf: pre, username, error: error.clone(), demo: state.settings().demo };
    let status = if error.is_some() { StatusCode::UNAUTHORIZED } else { StatusCode::OK };
    match page.render() {
        Ok(html) => (status, jar, Html(html)).into_response(),
        Err(e) => Failure::from(e).into_response(),
    }
}

/// The longest user name an account can have (`admin::add` refuses longer).
pub const MAX_USERNAME_BYTES: usize = 64;

/// `GET /sign-in`.
pub async fn form(State(state): State<AppState>, jar: CookieJar) -> Response {
    sign_in_page(&state, jar, String::new(), None)
}

/// The sign-in form.
#[derive(Deserialize)]
pub struct Credentials {
    username: String,
    password: SecretString,
}

/// `POST /sign-in`.
pub async fn submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    jar: CookieJar,
    PreSession(form): PreSession<Credentials>,
) -> Result<Response, Failure> {
    let username = form.username.trim().to_owned();
    if username.is_empty() {
        return Ok(sign_in_page(&state, jar, username, Some("Enter your user name.".into())));
    }
    if username.len() > MAX_USERNAME_BYTES {
        // No account has such a name (staff names are at most 64 bytes): nothing to check.
        return Ok(sign_in_page(&state, jar, String::new(), Some("Unknown user name or wrong password.".into())));
    }
    if !state.limits().allow(peer.ip(), &username) {
        return Err(Failure::TooMany);
    }
    let user = match state.vault().sign_in(&username, &form.password).await {
        Ok(user) => user,
        Err(sanctum_vault::Error::Denied) => {
            let message = "Unknown user name or wrong password.".to_owned();
            return Ok(sign_in_page(&state, jar, username, Some(message)));
        }
        Err(e) => return Err(e.into()),
    };
    let member = state.vault().staff_member(&user.id).await?.ok_or(Failure::SignedOut)?;
    let next =
        if must_change_password(&state, &member) { "/account/password" } else { second_factor_step(&state, &member) };
    let jar = start_session(&state, jar, &user.id, false).await?;
    let jar = jar.add(removal(&state, pre_cookie_name(state.settings().secure_cookies)));
    Ok((jar, see_other(next)).into_response())
}

/// Whether `member` still has the password issued when they were added and must choose
/// their own before their session may go further. Never in a demo practice: its staff
/// are invented and their passwords printed on purpose.
pub fn must_change_password(state: &AppState, member: &StaffMember) -> bool {
    member.password_must_change && !state.settings().demo
}

/// Where a session goes once the password is done: the code, enrolling one, or (in a
/// demo practice, without a second factor) straight in.
fn second_factor_step(state: &AppState, member: &StaffMember) -> &'static str {
    match (member.totp_enrolled, state.settings().demo) {
        (true, _) => "/sign-in/code",
        (false, true) => "/",
        (false, false) => "/account/second-factor",
    }
}

/// Whether a session may do everything its role allows (what [`crate::session::SignedIn`]
/// accepts): the second factor done, or not enrolled in a demo practice.
fn complete(state: &AppState, member: &StaffMember, second_factor_done: bool) -> bool {
    !must_change_password(state, member) && (second_factor_done || (state.settings().demo && !member.totp_enrolled))
}

/// Replaces whatever session the browser had with a new one for `user`.
async fn start_session(
    state: &AppState,
    jar: CookieJar,
    user: &RowId,
    second_factor: bool,
) -> Result<CookieJar, Failure> {
    let name = session_cookie_name(state.settings().secure_cookies);
    if let Some(old) = jar.get(name) {
        state.vault().end_web_session(old.value()).await?;
    }
    let token = state.vault().start_web_session(user, second_factor, state.settings().session_lifetime_secs()).await?;
    Ok(jar.add(cookie(state, name, token.expose_secret().to_owned())))
}

#[derive(Template)]
#[template(path = "second_factor.html")]
struct CodePage {
    csrf: String,
    error: Option<String>,
}

/// `GET /sign-in/code`.
pub async fn code_form(State(state): State<AppState>, Pending(who, done): Pending) -> Result<Response, Failure> {
    if must_change_password(&state, &who.user) {
        return Ok(see_other("/account/password"));
    }
    if done {
        return Ok(see_other("/"));
    }
    crate::pages::render(&CodePage { csrf: who.csrf, error: None })
}

/// A code typed in.
#[derive(Deserialize)]
pub struct Code {
    code: String,
}

/// `POST /sign-in/code`.
pub async fn code_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    jar: CookieJar,
    PostedPending(Pending(who, _), form): PostedPending<Code>,
) -> Result<Response, Failure> {
    if must_change_password(&state, &who.user) {
        // The issued password comes first: a code cannot complete such a session.
        return Ok(see_other("/account/password"));
    }
    if !state.limits().allow(peer.ip(), &who.user.username) {
        return Err(Failure::TooMany);
    }
    let secret = state.vault().totp_secret(who.id()).await?.ok_or(Failure::SignedOut)?;
    let wrong = |message: &str| {
        let page = CodePage { csrf: who.csrf.clone(), error: Some(message.to_owned()) };
        page.render().map(|html| (StatusCode::UNAUTHORIZED, Html(html)).into_response()).map_err(Failure::from)
    };
    let step = match totp::matching_step(&secret, &who.user.username, &form.code, unix_now()) {
        Ok(Some(step)) => step,
        Ok(None) => return wrong("That code is not right. Codes change every 30 seconds; try the current one."),
        Err(e) => return wrong(&e.to_string()),
    };
    if !state.vault().accept_totp_step(who.id(), step).await? {
        return wrong("That code has been used already. Wait for the next one.");
    }
    let jar = start_session(&state, jar, who.id(), true).await?;
    Ok((jar, see_other("/")).into_response())
}

#[derive(Template)]
#[template(path = "enrol.html")]
struct EnrolPage {
    csrf: String,
    qr: String,
    secret: String,
    error: Option<String>,
    /// A second factor is already on: replacing it takes a code from the current one.
    replacing: bool,
}

fn enrol_page(who: &crate::session::SignedIn, secret: &[u8], error: Option<String>) -> Result<Response, Failure> {
    let page = EnrolPage {
        csrf: who.csrf.clone(),
        qr: totp::qr_svg(secret, &who.user.username)?,
        secret: totp::base32(secret),
        error: error.clone(),
        replacing: who.user.totp_enrolled,
    };
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /account/second-factor`: a new secret to enrol.
pub async fn enrol_form(State(state): State<AppState>, Pending(who, _): Pending) -> Result<Response, Failure> {
    if must_change_password(&state, &who.user) {
        return Ok(see_other("/account/password"));
    }
    enrol_page(&who, &totp::new_secret(), None)
}

/// The enrolment form: the secret shown and the code the app made from it.
#[derive(Deserialize)]
pub struct Enrolment {
    secret: String,
    code: String,
    /// When replacing a second factor: a code from the current one.
    #[serde(default)]
    current_code: String,
}

/// `POST /account/second-factor`: turns the second factor on once a code proves the app has the secret.
pub async fn enrol_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    jar: CookieJar,
    PostedPending(Pending(who, done), form): PostedPending<Enrolment>,
) -> Result<Response, Failure> {
    if must_change_password(&state, &who.user) {
        // The issued password comes first: whoever issued it must not be able to enrol
        // an authenticator of their own on the account.
        return Ok(see_other("/account/password"));
    }
    if who.user.totp_enrolled && !done {
        // Replacing a second factor needs the current one first.
        return Ok(see_other("/sign-in/code"));
    }
    let secret = totp_rs::Secret::Encoded(form.secret.trim().to_owned())
        .to_bytes()
        .ok()
        .filter(|s| s.len() >= 16)
        .ok_or_else(|| Failure::input("secret", "is not the key shown; reload the page"))?;
    let step = match totp::matching_step(&secret, &who.user.username, &form.code, unix_now()) {
        Ok(Some(step)) => step,
        Ok(None) => return enrol_page(&who, &secret, Some("That code does not match; try the current one.".into())),
        Err(e) => return enrol_page(&who, &secret, Some(e.to_string())),
    };
    if who.user.totp_enrolled {
        // Whoever holds this session must also hold the current authenticator: a stolen
        // session cannot move the account to an authenticator of its own, nor guess the
        // current code faster than a sign-in could.
        if !state.limits().allow(peer.ip(), &who.user.username) {
            return Err(Failure::TooMany);
        }
        let current = state.vault().totp_secret(who.id()).await?.ok_or(Failure::SignedOut)?;
        let proven = match totp::matching_step(&current, &who.user.username, &form.current_code, unix_now()) {
            Ok(Some(step)) => state.vault().accept_totp_step(who.id(), step).await?,
            Ok(None) | Err(_) => false,
        };
        if !proven {
            let message = "The code from your current authenticator is not right.".to_owned();
            return enrol_page(&who, &secret, Some(message));
        }
    }
    let actor = Actor::User(who.id().clone());
    if who.user.totp_enrolled {
        // A new authenticator ends every other session of the account.
        state.vault().end_web_sessions_of(&actor, who.id()).await?;
    }
    state.vault().set_totp_secret(&actor, who.id(), Some(&secret)).await?;
    if !state.vault().accept_totp_step(who.id(), step).await? {
        return enrol_page(&who, &secret, Some("That code has been used already. Wait for the next one.".into()));
    }
    let jar = start_session(&state, jar, who.id(), true).await?;
    Ok((jar, see_other("/account")).into_response())
}

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    csrf: String,
    /// The password was issued when the account was added: choosing one is required.
    required: bool,
    /// The session is complete (changing it from the account page).
    signed_in: bool,
    min_chars: usize,
    error: Option<Failure>,
}

impl PasswordPage {
    /// Whether the error is about `field` (to mark that input).
    fn about(&self, field: &str) -> bool {
        self.error.as_ref().and_then(Failure::field) == Some(field)
    }
}

/// Who may use the password page: a session whose password must change (before the
/// second factor), or a complete one. A session still owing its second factor is sent
/// there (`Err` is where): the password alone does not let anyone change the password.
fn password_page_for(
    state: &AppState,
    who: &crate::session::SignedIn,
    done: bool,
) -> Result<PasswordPage, &'static str> {
    let required = must_change_password(state, &who.user);
    let signed_in = complete(state, &who.user, done);
    if !required && !signed_in {
        return Err(second_factor_step(state, &who.user));
    }
    Ok(PasswordPage { csrf: who.csrf.clone(), required, signed_in, min_chars: MIN_PASSWORD_CHARS, error: None })
}

/// `GET /account/password`: choose a password (required at the first sign-in), or
/// change it from the account page.
pub async fn password_form(State(state): State<AppState>, Pending(who, done): Pending) -> Result<Response, Failure> {
    match password_page_for(&state, &who, done) {
        Ok(page) => crate::pages::render(&page),
        Err(elsewhere) => Ok(see_other(elsewhere)),
    }
}

/// The password form. None of it is ever logged or shown again.
#[derive(Deserialize)]
pub struct NewPassword {
    current_password: SecretString,
    new_password: SecretString,
    repeat_password: SecretString,
}

/// `POST /account/password`: checks the current password and the new one (twice, at
/// least [`MIN_PASSWORD_CHARS`] characters, not the current one), sets it, ends every
/// other session of the account, and goes on: to the second factor at the first
/// sign-in, back to the account page otherwise. A refusal names the field (422).
pub async fn password_submit(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    jar: CookieJar,
    PostedPending(Pending(who, done), form): PostedPending<NewPassword>,
) -> Result<Response, Failure> {
    let mut page = match password_page_for(&state, &who, done) {
        Ok(page) => page,
        Err(elsewhere) => return Ok(see_other(elsewhere)),
    };
    let (current, new) = (form.current_password.expose_secret(), form.new_password.expose_secret());
    let refusal = if current.is_empty() {
        Some(Failure::input("current_password", "is needed to change it"))
    } else if new.chars().count() < MIN_PASSWORD_CHARS {
        Some(Failure::input("new_password", format!("must be at least {MIN_PASSWORD_CHARS} characters")))
    } else if !crate::session::same_token(new, form.repeat_password.expose_secret()) {
        Some(Failure::input("repeat_password", "does not match the new password"))
    } else if crate::session::same_token(new, current) {
        Some(Failure::input("new_password", "is the current password; choose a new one"))
    } else {
        None
    };
    if let Some(e) = refusal {
        page.error = Some(e);
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response());
    }
    // Checking the current password is a sign-in attempt: throttled like one, and
    // audited (`sign-in` or `sign-in.failed`) by the vault.
    if !state.limits().allow(peer.ip(), &who.user.username) {
        return Err(Failure::TooMany);
    }
    let proven = match state.vault().sign_in(&who.user.username, &form.current_password).await {
        Ok(user) => user.id == *who.id(),
        Err(sanctum_vault::Error::Denied) => false,
        Err(e) => return Err(e.into()),
    };
    if !proven {
        page.error = Some(Failure::input("current_password", "is not your current password"));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(page.render()?)).into_response());
    }
    // Whoever knew the old password may hold a session: the change ends them all, this
    // one too, in the same transaction; carry on in a new one that has done what this
    // one had.
    let actor = Actor::User(who.id().clone());
    let set = state.vault().set_password_ending_sessions(&actor, who.id(), &form.new_password).await;
    set.map_err(|e| match Failure::from(e) {
        Failure::Input { message, .. } => Failure::input("new_password", message),
        e => e,
    })?;
    let jar = start_session(&state, jar, who.id(), done).await?;
    let next = if page.signed_in { "/account" } else { second_factor_step(&state, &who.user) };
    Ok((jar, see_other(next)).into_response())
}

/// An empty form (only its CSRF token matters).
#[derive(Debug, Deserialize)]
pub struct Empty {}

/// `POST /sign-out`: ends the session here and in the vault.
pub async fn sign_out(
    State(state): State<AppState>,
    jar: CookieJar,
    PostedPending(Pending(who, _), _): PostedPending<Empty>,
) -> Result<Response, Failure> {
    state.vault().end_web_session(who.token()).await?;
    let jar = jar.add(removal(&state, session_cookie_name(state.settings().secure_cookies)));
    Ok((jar, see_other("/sign-in")).into_response())
}

fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials").field("username", &self.username).finish_non_exhaustive()
    }
}

/// Codes and secrets stay out of `Debug` output.
macro_rules! opaque_debug {
    ($($t:ty),+) => {$(
        impl std::fmt::Debug for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(concat!(stringify!($t), "(<redacted>)"))
            }
        }
    )+};
}
opaque_debug!(Code, Enrolment, NewPassword);
