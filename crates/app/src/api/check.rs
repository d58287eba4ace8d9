//! `POST /api/v1/check`: "check before posting" for programs — a draft in, the clients
//! it could identify, the marked evidence and a de-identified alternative out. The
//! draft is neither stored nor logged.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::{ApiFailure, ApiJson, ApiUser, ErrorBody};
use crate::disclosure_check::{check as run_check, CheckResult};
use crate::AppState;

/// A draft to check.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckRequest {
    /// The text: a social-media post, an e-mail.
    pub text: String,
}

impl std::fmt::Debug for CheckRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CheckRequest(<redacted>)")
    }
}

/// `POST /api/v1/check`.
#[utoipa::path(post, path = "/api/v1/check", tag = "guard", request_body = CheckRequest,
    responses((status = 200, body = CheckResult), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn check(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(request): ApiJson<CheckRequest>,
) -> Result<Json<CheckResult>, ApiFailure> {
    Ok(Json(run_check(&state, &who.user, &request.text).await?))
}
