//! The administrator's pages: the staff list and adding a staff member (whose
//! one-time password is shown once, and must be replaced at their first sign-in, so
//! the administrator does not keep a working sign-in for them). An administrator sees
//! no clinical content.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use sanctum_practice::{Role, Tagged};
use secrecy::ExposeSecret;
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::{render, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

#[derive(Template)]
#[template(path = "staff.html")]
struct StaffPage {
    frame: Frame,
    /// User name, role, whether the issued password is still theirs, second factor.
    staff: Vec<(String, &'static str, bool, bool)>,
    added: Option<(String, String)>,
}

async fn page(state: &AppState, who: &SignedIn, added: Option<(String, String)>) -> Result<Response, Failure> {
    who.require(Role::Admin)?;
    let mut staff: Vec<_> = state
        .vault()
        .staff()
        .await?
        .into_iter()
        .map(|s| (s.username, s.role.tag(), s.password_must_change, s.totp_enrolled))
        .collect();
    staff.sort();
    render(&StaffPage { frame: Frame::new(state, who, "staff"), staff, added })
}

/// `GET /admin/staff`.
pub async fn staff(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    page(&state, &who, None).await
}

/// The new staff member form.
#[derive(Debug, Deserialize)]
pub struct NewStaff {
    username: String,
    role: String,
}

/// `POST /admin/staff`: adds a staff member and shows their one-time password.
pub async fn add(State(state): State<AppState>, Posted(who, form): Posted<NewStaff>) -> Result<Response, Failure> {
    who.require(Role::Admin)?;
    let role: Role = form.role.parse().map_err(|_| Failure::input("role", "is therapist, supervisor or admin"))?;
    let username = form.username.trim();
    if username.is_empty()
        || username.len() > crate::sign_in::MAX_USERNAME_BYTES
        || username.chars().any(char::is_whitespace)
    {
        return Err(Failure::input("username", "is one word of up to 64 characters"));
    }
    let (_, password) = state.vault().add_user(&who.actor(), username, role).await?;
    page(&state, &who, Some((username.to_owned(), password.0.expose_secret().to_owned()))).await
}
