//! A staff member's own account (second factor, API tokens) and a supervisor's home:
//! the mandated disclosures awaiting their co-signature and the charts therapists have
//! shared with them.
//!
//! API tokens: a token is created from a CSRF-checked form and shown once, on the page
//! that answers the form (the vault keeps only its hash); the list shows each token's
//! label and dates; revoking one is allowed only for its owner.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use secrecy::ExposeSecret;
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::clients::display_name;
use crate::pages::{render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// An API token as the account page lists it.
#[derive(Debug)]
pub struct TokenRow {
    /// Its id (for revoking).
    pub id: String,
    /// The owner's name for it.
    pub label: String,
    /// When it was created.
    pub created: String,
    /// When it was revoked, if it was.
    pub revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    frame: Frame,
    totp_enrolled: bool,
    tokens: Vec<TokenRow>,
    /// A token just created: shown this once.
    new_token: Option<String>,
    error: Option<Failure>,
}

async fn account_page(
    state: &AppState,
    who: &SignedIn,
    new_token: Option<String>,
    error: Option<Failure>,
) -> Result<Response, Failure> {
    let clock = Clock::of(state);
    let tokens = state
        .vault()
        .api_tokens(who.id())
        .await?
        .into_iter()
        .rev()
        .map(|(id, label, created, revoked)| TokenRow {
            id: id.to_string(),
            label,
            created: clock.date_time(created),
            revoked: revoked.map(|at| clock.date_time(at)),
        })
        .collect();
    let page = AccountPage {
        frame: Frame::new(state, who, "account"),
        totp_enrolled: who.user.totp_enrolled,
        tokens,
        new_token,
        error,
    };
    render(&page)
}

/// `GET /account`.
pub async fn show(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    account_page(&state, &who, None, None).await
}

/// The "new API token" form.
#[derive(Debug, Deserialize)]
pub struct NewToken {
    #[serde(default)]
    label: String,
}

/// `POST /account/api-tokens`: creates a token for the signed-in staff member and shows
/// it once.
pub async fn create_token(
    State(state): State<AppState>,
    Posted(who, form): Posted<NewToken>,
) -> Result<Response, Failure> {
    match state.vault().create_api_token(&who.actor(), who.id(), &form.label).await {
        Ok((_, token)) => account_page(&state, &who, Some(token.expose_secret().to_owned()), None).await,
        Err(e) => match Failure::from(e) {
            e @ Failure::Input { .. } => {
                let mut response = account_page(&state, &who, None, Some(e)).await?;
                *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
                Ok(response)
            }
            e => Err(e),
        },
    }
}

/// The revoke form carries nothing but its CSRF token.
#[derive(Debug, Deserialize)]
pub struct Revoke {}

/// `POST /account/api-tokens/{token}/revoke`: revokes one of the signed-in staff
/// member's own tokens (anyone else's is not found).
pub async fn revoke_token(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Posted(who, Revoke {}): Posted<Revoke>,
) -> Result<Response, Failure> {
    let own = state.vault().api_tokens(who.id()).await?;
    let (id, ..) = own.into_iter().find(|(id, ..)| id.as_str() == token).ok_or(Failure::NotFound)?;
    state.vault().revoke_api_token(&who.actor(), &id).await?;
    Ok(see_other("/account"))
}

#[derive(Template)]
#[template(path = "supervision.html")]
struct SupervisionPage {
    frame: Frame,
    charts: Vec<(String, String)>,
    /// Mandated disclosures awaiting a co-signature, in full (not the charts).
    awaiting: Vec<crate::pages::disclosures::DisclosureView>,
}

/// A supervisor's home: the mandated disclosures awaiting their co-signature, and the
/// charts shared with them, each a link (opening one is audited).
pub async fn supervision(state: &AppState, who: &SignedIn) -> Result<Response, Failure> {
    let awaiting = crate::pages::disclosures::awaiting(state, who).await?;
    let shared = state.vault().charts_granted_to(&who.actor(), who.id()).await?;
    let charts = shared.iter().map(|c| (format!("/clients/{}", c.id), display_name(&c.profile))).collect();
    render(&SupervisionPage { frame: Frame::new(state, who, "supervision"), charts, awaiting })
}
