//! `GET /api/v1/me`: who the token speaks for — the first call a script makes to check
//! its token.

use axum::Json;
use sanctum_practice::Tagged;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::{ApiFailure, ApiUser, ErrorBody};

/// The staff member a token belongs to.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    /// Their id.
    pub id: String,
    /// Their user name.
    pub username: String,
    /// `therapist`, `supervisor` or `admin`.
    #[schema(example = "therapist")]
    pub role: &'static str,
    /// Whether signing in to the pages asks for a TOTP code.
    pub second_factor: bool,
}

/// `GET /api/v1/me`.
#[utoipa::path(get, path = "/api/v1/me", tag = "account",
    responses((status = 200, body = Me), (status = 401, body = ErrorBody)))]
pub async fn me(who: ApiUser) -> Result<Json<Me>, ApiFailure> {
    let u = &who.user;
    Ok(Json(Me {
        id: u.id.to_string(),
        username: u.username.clone(),
        role: u.role.tag(),
        second_factor: u.totp_enrolled,
    }))
}
