//! Who is asking. The session cookie names a server-side session kept in the vault
//! (so several app instances on one PostgreSQL share them); [`SignedIn`] and
//! [`Pending`] are the extractors that turn it into a staff member, and [`Posted`]
//! is a form whose CSRF token has been checked against the session.
//!
//! The CSRF token is derived from the session token (SHA-256 of a label and the
//! token), so it needs no storage, changes whenever the session does, and cannot be
//! computed by a page that cannot read the HttpOnly cookie. Forms before sign-in use
//! a double-submit cookie instead ([`PreSession`]).

use axum::body::Bytes;
use axum::extract::{FromRef, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum_extra::extract::cookie::{Cookie, CookieJar, SameSite};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sanctum_practice::Role;
use sanctum_vault::{RowId, StaffMember};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::error::Failure;
use crate::AppState;

/// The session cookie's name. The `__Host-` prefix makes browsers refuse it unless it
/// is `Secure`, host-only and for the whole site; without secure cookies (tests over
/// plain HTTP) a plain name is used.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-sanctum"
    } else {
        "sanctum"
    }
}

/// The double-submit cookie of the forms shown before sign-in.
pub fn pre_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-sanctum-pre"
    } else {
        "sanctum-pre"
    }
}

/// A cookie with the flags every Sanctum cookie has.
pub fn cookie(state: &AppState, name: &'static str, value: String) -> Cookie<'static> {
    let mut c = Cookie::new(name, value);
    c.set_http_only(true);
    c.set_secure(state.settings().secure_cookies);
    c.set_same_site(SameSite::Strict);
    c.set_path("/");
    c
}

/// A cookie that removes `name`.
pub fn removal(state: &AppState, name: &'static str) -> Cookie<'static> {
    let mut c = cookie(state, name, String::new());
    c.make_removal();
    c
}

/// The CSRF token bound to a session token.
pub fn csrf_token(session_token: &str) -> String {
    let digest = Sha256::new().chain_update(b"sanctum csrf v1\0").chain_update(session_token.as_bytes()).finalize();
    URL_SAFE_NO_PAD.encode(digest)
}

/// 32 random bytes, base64url.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Compares two tokens in constant time.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// A signed-in staff member whose second factor is done (or, in a demo practice, not
/// enrolled) and whose password is their own (outside a demo practice). Its `Debug`
/// leaves out the CSRF token (the token itself is a secret).
#[derive(Clone)]
pub struct SignedIn {
    /// Who.
    pub user: StaffMember,
    /// The CSRF token every form of theirs carries.
    pub csrf: String,
    token: SecretString,
}

impl std::fmt::Debug for SignedIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignedIn").field("user", &self.user).finish_non_exhaustive()
    }
}

impl SignedIn {
    /// The staff member's id.
    pub fn id(&self) -> &RowId {
        &self.user.id
    }

    /// The actor to record in the audit trail.
    pub fn actor(&self) -> sanctum_vault::Actor {
        sanctum_vault::Actor::User(self.user.id.clone())
    }

    /// Refuses unless the staff member has `role`.
    pub fn require(&self, role: Role) -> Result<(), Failure> {
        if self.user.role == role {
            Ok(())
        } else {
            Err(Failure::Refused(self.user.id.clone()))
        }
    }

    /// The session token (for signing out).
    pub fn token(&self) -> &str {
        self.token.expose_secret()
    }
}

/// A session whose second factor may still be outstanding, or whose issued password
/// must still be replaced: only the pages that complete it (choose a password, enter a
/// code, enrol) accept one.
#[derive(Debug, Clone)]
pub struct Pending(pub SignedIn, pub bool);

async fn session_of(parts: &Parts, state: &AppState) -> Result<Option<(SignedIn, bool)>, Failure> {
    let jar = CookieJar::from_headers(&parts.headers);
    let Some(c) = jar.get(session_cookie_name(state.settings().secure_cookies)) else { return Ok(None) };
    let token = c.value().to_owned();
    let Some(session) = state.vault().web_session(&token, state.settings().session_idle_secs()).await? else {
        return Ok(None);
    };
    let signed_in = SignedIn { user: session.user, csrf: csrf_token(&token), token: SecretString::from(token) };
    Ok(Some((signed_in, session.second_factor)))
}

impl<S: Send + Sync> FromRequestParts<S> for Pending
where
    AppState: FromRef<S>,
{
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Pending, Failure> {
        let state = AppState::from_ref(state);
        let (s, done) = session_of(parts, &state).await?.ok_or(Failure::SignedOut)?;
        Ok(Pending(s, done))
    }
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn
where
    AppState: FromRef<S>,
{
    type Rejection = Failure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<SignedIn, Failure> {
        let state = AppState::from_ref(state);
        match session_of(parts, &state).await? {
            // Belt and braces: no sign-in step completes such a session, but whatever
            // session an account has, its issued password must be replaced first.
            Some((s, _)) if crate::sign_in::must_change_password(&state, &s.user) => Err(Failure::SignedOut),
            Some((s, true)) => Ok(s),
            Some((s, false)) if state.settings().demo && !s.user.totp_enrolled => Ok(s),
            _ => Err(Failure::SignedOut),
        }
    }
}

#[derive(Deserialize)]
struct CsrfField {
    #[serde(default)]
    csrf: String,
}

/// The most fields a form may have; the largest real form (a measure, a note, a concern
/// about a whole group) has a few dozen.
pub const MAX_FORM_FIELDS: usize = 300;

/// Reads a urlencoded body and checks its `csrf` field against `expected`.
async fn checked_form<T: DeserializeOwned>(req: Request, expected: &str) -> Result<T, Failure> {
    let bytes = Bytes::from_request(req, &())
        .await
        .map_err(|_| Failure::input("body", "the form could not be read (too large?)"))?;
    if bytes.split(|b| *b == b'&').count() > MAX_FORM_FIELDS {
        return Err(Failure::input("form", format!("has more than {MAX_FORM_FIELDS} fields")));
    }
    let field: CsrfField = serde_urlencoded::from_bytes(&bytes).map_err(|_| Failure::Csrf)?;
    if !same_token(&field.csrf, expected) {
        return Err(Failure::Csrf);
    }
    serde_urlencoded::from_bytes(&bytes).map_err(|e| form_error(&e.to_string()))
}

/// Names the field in serde_urlencoded's message when it says which one.
fn form_error(message: &str) -> Failure {
    let field = message
        .split('`')
        .nth(1)
        .filter(|f| f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or("form");
    Failure::input(field, message.to_owned())
}

/// A form posted by a signed-in staff member, its CSRF token checked.
#[derive(Debug)]
pub struct Posted<T>(pub SignedIn, pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Posted<T>
where
    AppState: FromRef<S>,
{
    type Rejection = Failure;

    async fn from_request(req: Request, state: &S) -> Result<Posted<T>, Failure> {
        let (mut parts, body) = req.into_parts();
        let who = SignedIn::from_request_parts(&mut parts, state).await?;
        let form = checked_form(Request::from_parts(parts, body), &who.csrf).await?;
        Ok(Posted(who, form))
    }
}

/// A form posted on a pending session (the second-factor pages), its CSRF token checked.
#[derive(Debug)]
pub struct PostedPending<T>(pub Pending, pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for PostedPending<T>
where
    AppState: FromRef<S>,
{
    type Rejection = Failure;

    async fn from_request(req: Request, state: &S) -> Result<PostedPending<T>, Failure> {
        let (mut parts, body) = req.into_parts();
        let who = Pending::from_request_parts(&mut parts, state).await?;
        let form = checked_form(Request::from_parts(parts, body), &who.0.csrf).await?;
        Ok(PostedPending(who, form))
    }
}

/// A form posted before sign-in: its `csrf` field must equal the double-submit cookie.
#[derive(Debug)]
pub struct PreSession<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for PreSession<T>
where
    AppState: FromRef<S>,
{
    type Rejection = Failure;

    async fn from_request(req: Request, state: &S) -> Result<PreSession<T>, Failure> {
        let state = AppState::from_ref(state);
        let jar = CookieJar::from_headers(req.headers());
        let expected = jar
            .get(pre_cookie_name(state.settings().secure_cookies))
            .map(|c| c.value().to_owned())
            .filter(|v| v.len() >= 32)
            .ok_or(Failure::Csrf)?;
        Ok(PreSession(checked_form(req, &expected).await?))
    }
}
