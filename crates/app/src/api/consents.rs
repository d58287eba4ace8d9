//! Consents over the API: recording a signed consent form (treatment, the limits of
//! confidentiality, the group agreement, telehealth, release of information).

use axum::extract::{Path, State};
use axum::response::Response;
use sanctum_practice::{Consent, ConsentKind};
use sanctum_vault::Action;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::{api_enum, instant, writable_client, ApiFailure, ApiJson, ApiUser, Created, ErrorBody};
use crate::pages::Clock;
use crate::AppState;

api_enum! {
    /// What a consent covers.
    ConsentKindTag => ConsentKind {
        /// Consent to treatment.
        Treatment = "treatment",
        /// The limits of confidentiality, explained and understood.
        LimitsOfConfidentiality = "limits-of-confidentiality",
        /// The group confidentiality agreement.
        GroupConfidentiality = "group-confidentiality",
        /// Sessions by video.
        Telehealth = "telehealth",
        /// Release of information to a named third party.
        ReleaseOfInformation = "release-of-information",
    }
}

/// A signed consent form.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConsent {
    /// What it covers.
    pub kind: ConsentKindTag,
    /// The form's version.
    #[schema(example = "2026-01")]
    pub version: String,
    /// When it was signed: RFC 3339 or `YYYY-MM-DD` (default: now).
    #[serde(default)]
    pub signed_at: Option<String>,
}

/// `POST /api/v1/clients/{client}/consents`: records a signed consent.
#[utoipa::path(post, path = "/api/v1/clients/{client}/consents", tag = "consents", request_body = NewConsent,
    params(("client" = String, Path, description = "The client's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such client of yours", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    Path(client): Path<String>,
    ApiJson(body): ApiJson<NewConsent>,
) -> Result<Response, ApiFailure> {
    let client = writable_client(&state, &who, &client, Action::ConsentWrite).await?;
    let clock = Clock::of(&state);
    let signed_at = match body.signed_at.as_deref() {
        Some(t) => instant(&clock, "signed_at", t)?,
        None => clock.now(),
    };
    let consent =
        Consent { kind: body.kind.domain(), version: body.version.trim().to_owned(), signed_at, revoked_at: None };
    let id = state.vault().add_consent(&who.actor(), &client, &consent).await?;
    Ok(Created::response(&id))
}
