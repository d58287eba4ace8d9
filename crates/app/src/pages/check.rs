//! The "check before posting" page: paste a draft, see which of your clients it could
//! identify, the evidence marked in the text, a reason per client, and a de-identified
//! alternative to use instead. The draft is not kept.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use crate::disclosure_check::{check, CheckResult};
use crate::error::Failure;
use crate::pages::{render, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

#[derive(Template)]
#[template(path = "check.html")]
struct CheckPage {
    frame: Frame,
    text: String,
    result: Option<CheckResult>,
    error: Option<Failure>,
}

/// `GET /check`.
pub async fn form(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    who.require(sanctum_practice::Role::Therapist)?;
    render(&CheckPage { frame: Frame::new(&state, &who, "check"), text: String::new(), result: None, error: None })
}

/// The draft to check.
#[derive(Deserialize)]
pub struct Draft {
    #[serde(default)]
    text: String,
}

impl std::fmt::Debug for Draft {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Draft(<redacted>)")
    }
}

/// `POST /check`.
pub async fn submit(State(state): State<AppState>, Posted(who, draft): Posted<Draft>) -> Result<Response, Failure> {
    who.require(sanctum_practice::Role::Therapist)?;
    let frame = Frame::new(&state, &who, "check");
    match check(&state, &who.user, &draft.text).await {
        Ok(result) => render(&CheckPage { frame, text: draft.text, result: Some(result), error: None }),
        Err(e @ Failure::Input { .. }) => {
            let mut page = render(&CheckPage { frame, text: draft.text, result: None, error: Some(e) })?;
            *page.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(page)
        }
        Err(e) => Err(e),
    }
}
