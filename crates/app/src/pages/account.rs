//! A staff member's own account (second factor, API tokens) and a supervisor's home:
//! the charts therapists have shared with them.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::error::Failure;
use crate::pages::clients::display_name;
use crate::pages::{render, Frame};
use crate::session::SignedIn;
use crate::AppState;

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    frame: Frame,
    totp_enrolled: bool,
}

/// `GET /account`.
pub async fn show(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    let totp_enrolled = who.user.totp_enrolled;
    render(&AccountPage { frame: Frame::new(&state, &who, "account"), totp_enrolled })
}

#[derive(Template)]
#[template(path = "supervision.html")]
struct SupervisionPage {
    frame: Frame,
    charts: Vec<(String, String)>,
}

/// A supervisor's home: the charts shared with them, each a link (opening one is audited).
pub async fn supervision(state: &AppState, who: &SignedIn) -> Result<Response, Failure> {
    let shared = state.vault().charts_granted_to(&who.actor(), who.id()).await?;
    let charts = shared.iter().map(|c| (format!("/clients/{}", c.id), display_name(&c.profile))).collect();
    render(&SupervisionPage { frame: Frame::new(state, who, "supervision"), charts })
}
