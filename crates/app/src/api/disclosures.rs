//! Mandated disclosures over the API: a therapist's draft about one of their clients (or
//! the explicit conversion of an incident, with its own reason), a supervisor's
//! co-signature, and the audit report (supervisors).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use sanctum_practice::{ClientInformed, Conversion, Disclosure, LegalBasis, Role};
use sanctum_vault::Action;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::{
    api_enum, body_id, instant, record_id, rfc3339, writable_client, ApiFailure, ApiJson, ApiUser, Created, ErrorBody,
};
use crate::error::Failure;
use crate::pages::Clock;
use crate::AppState;

api_enum! {
    /// The legal ground for disclosing without consent.
    BasisTag => LegalBasis {
        /// Imminent danger to the client's own life or safety.
        DangerToSelf = "danger-to-self",
        /// Imminent danger to another person.
        DangerToOthers = "danger-to-others",
        /// Suspected abuse or neglect of a child.
        ChildAbuse = "child-abuse",
        /// Suspected abuse or neglect of a vulnerable adult.
        VulnerableAdultAbuse = "vulnerable-adult-abuse",
        /// A court order.
        CourtOrder = "court-order",
    }
}

api_enum! {
    /// Whether the client was told of the disclosure.
    InformedTag => ClientInformed {
        /// Before or when disclosing.
        Before = "before",
        /// Afterwards.
        After = "after",
        /// Not told (`not_informed_reason` required).
        Not = "not",
    }
}

/// Converting an incident: the explicit choice, with its own reason.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConversionBody {
    /// The incident (one of this client's).
    pub incident: String,
    /// Why this concern requires a mandated disclosure.
    pub reason: String,
}

/// A mandated disclosure draft.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDisclosure {
    /// The legal basis.
    pub basis: BasisTag,
    /// Why the basis applies.
    pub justification: String,
    /// To whom (agency, officer, court).
    pub recipient: String,
    /// Exactly what is disclosed: the minimum necessary.
    pub information: String,
    /// Whether the client was informed.
    pub informed: InformedTag,
    /// When they were informed: RFC 3339 or `YYYY-MM-DD` (required unless `not`).
    #[serde(default)]
    pub informed_at: Option<String>,
    /// Why they were not informed (required with `not`).
    #[serde(default)]
    pub not_informed_reason: String,
    /// Set only to convert an incident of this client's.
    #[serde(default)]
    pub from_incident: Option<ConversionBody>,
}

/// `POST /api/v1/clients/{client}/disclosures`: drafts a mandated disclosure (or converts
/// an incident, with `from_incident`); final once a supervisor co-signs it.
#[utoipa::path(post, path = "/api/v1/clients/{client}/disclosures", tag = "disclosures", request_body = NewDisclosure,
    params(("client" = String, Path, description = "The client's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such client (or incident) of yours", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    Path(client): Path<String>,
    ApiJson(body): ApiJson<NewDisclosure>,
) -> Result<Response, ApiFailure> {
    let client = writable_client(&state, &who, &client, Action::DisclosureDraft).await?;
    let clock = Clock::of(&state);
    let mut d = Disclosure::default();
    d.basis = body.basis.domain();
    d.justification = body.justification.trim().to_owned();
    d.recipient = body.recipient.trim().to_owned();
    d.information = body.information.trim().to_owned();
    d.informed = body.informed.domain();
    d.informed_at = match body.informed_at.as_deref() {
        Some(t) => Some(instant(&clock, "informed_at", t)?),
        None => None,
    };
    d.not_informed_reason = body.not_informed_reason.trim().to_owned();
    let id = match &body.from_incident {
        None => state.vault().draft_disclosure(&who.actor(), &client, &d).await?,
        Some(c) => {
            let incident = body_id("from_incident.incident", &c.incident)?;
            let owner = state.vault().client_of(sanctum_vault::RecordRef::Incident(incident.clone())).await;
            if owner.ok().as_ref() != Some(&client) {
                return Err(ApiFailure::input("from_incident.incident", "is not an incident of this client"));
            }
            d.from_incident = Some(Conversion { incident: incident.to_string(), reason: c.reason.trim().to_owned() });
            state.vault().convert_incident(&who.actor(), &incident, &d).await.map_err(|e| match Failure::from(e) {
                Failure::Input { field, message } if field == "conversion_reason" => {
                    ApiFailure::input("from_incident.reason", message)
                }
                e => ApiFailure(e),
            })?
        }
    };
    Ok(Created::response(&id))
}

/// `POST /api/v1/disclosures/{disclosure}/cosign`: a supervisor (never the author)
/// co-signs a draft, which makes it final.
#[utoipa::path(post, path = "/api/v1/disclosures/{disclosure}/cosign", tag = "disclosures",
    params(("disclosure" = String, Path, description = "The disclosure's id")),
    responses((status = 204, description = "Co-signed: final"), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a supervisor", body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, description = "Co-signed meanwhile by someone else", body = ErrorBody),
        (status = 422, description = "Already co-signed (`disclosure`), or the author (`cosigner`)", body = ErrorBody)))]
pub async fn cosign(
    State(state): State<AppState>,
    who: ApiUser,
    Path(disclosure): Path<String>,
) -> Result<Response, ApiFailure> {
    who.require(Role::Supervisor)?;
    let id = record_id(&disclosure)?;
    state.vault().cosign_disclosure(&who.actor(), &id).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A disclosure as the audit report lists it: the facts and the legal basis, not the
/// content.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReportEntry {
    /// The disclosure.
    pub id: String,
    /// The client (an id).
    pub client: String,
    /// The drafting therapist (a user id).
    pub drafted_by: String,
    /// When it was drafted.
    pub drafted_at: String,
    /// The legal basis.
    pub basis: BasisTag,
    /// Whether the client was informed.
    pub informed: InformedTag,
    /// The incident it was converted from, if any.
    pub from_incident: Option<String>,
    /// The co-signing supervisor (a user id); absent while a draft.
    pub cosigned_by: Option<String>,
    /// When it was co-signed.
    pub cosigned_at: Option<String>,
}

/// `GET /api/v1/disclosures`: every disclosure, oldest first, for audit (supervisors).
#[utoipa::path(get, path = "/api/v1/disclosures", tag = "disclosures",
    responses((status = 200, body = [ReportEntry]), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a supervisor", body = ErrorBody)))]
pub async fn report(State(state): State<AppState>, who: ApiUser) -> Result<Json<Vec<ReportEntry>>, ApiFailure> {
    who.require(Role::Supervisor)?;
    let clock = Clock::of(&state);
    let all = state.vault().disclosure_report(&who.actor()).await?;
    Ok(Json(
        all.iter()
            .map(|d| ReportEntry {
                id: d.id.to_string(),
                client: d.client.to_string(),
                drafted_by: d.drafted_by.to_string(),
                drafted_at: rfc3339(&clock, d.drafted_at),
                basis: d.basis.into(),
                informed: d.informed.into(),
                from_incident: d.from_incident.clone(),
                cosigned_by: d.cosigned.as_ref().map(|(by, _)| by.to_string()),
                cosigned_at: d.cosigned.as_ref().map(|(_, at)| rfc3339(&clock, *at)),
            })
            .collect(),
    ))
}
