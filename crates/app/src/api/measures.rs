//! Outcome measures over the API: recording a completed PHQ-9 or GAD-7, answered with
//! its total and severity band.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use sanctum_practice::{Instrument, MeasureResponse};
use sanctum_vault::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::{api_enum, instant, writable_client, ApiFailure, ApiJson, ApiUser, ErrorBody};
use crate::pages::Clock;
use crate::AppState;

api_enum! {
    /// A standard questionnaire.
    InstrumentTag => Instrument {
        /// PHQ-9, nine items (depression).
        Phq9 = "phq-9",
        /// GAD-7, seven items (anxiety).
        Gad7 = "gad-7",
    }
}

/// A completed questionnaire.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeasure {
    /// Which questionnaire.
    pub instrument: InstrumentTag,
    /// When it was taken: RFC 3339 or `YYYY-MM-DD` (default: now).
    #[serde(default)]
    pub taken_at: Option<String>,
    /// Every item's answer, 0–3, in order (9 for PHQ-9, 7 for GAD-7).
    pub answers: Vec<u8>,
}

/// A recorded measure.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureCreated {
    /// Its id.
    pub id: String,
    /// Total score.
    pub total: u32,
    /// Severity band of the total.
    #[schema(example = "moderate")]
    pub band: &'static str,
}

/// `POST /api/v1/clients/{client}/measures`: records a completed questionnaire.
#[utoipa::path(post, path = "/api/v1/clients/{client}/measures", tag = "measures", request_body = NewMeasure,
    params(("client" = String, Path, description = "The client's id")),
    responses((status = 201, body = MeasureCreated), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such client of yours", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    Path(client): Path<String>,
    ApiJson(body): ApiJson<NewMeasure>,
) -> Result<Response, ApiFailure> {
    let client = writable_client(&state, &who, &client, Action::MeasureWrite).await?;
    let clock = Clock::of(&state);
    let taken_at = match body.taken_at.as_deref() {
        Some(t) => instant(&clock, "taken_at", t)?,
        None => clock.now(),
    };
    let measure = MeasureResponse::new(body.instrument.domain(), taken_at, body.answers)?;
    let id = state.vault().add_measure(&who.actor(), &client, &measure).await?;
    let total = measure.total();
    let created = MeasureCreated { id: id.to_string(), total, band: measure.instrument.severity(total) };
    Ok((StatusCode::CREATED, Json(created)).into_response())
}
