//! The incident protocol over the API: recording a suspected confidentiality violation
//! (one record per client concerned, in one transaction, as the page does), recording
//! its discussion in a session with the client (then closed or carried), and a session's
//! agenda. As on the pages, nothing here reports a concern to anyone or shows it to
//! another client or a group.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use sanctum_practice::{ConsentKind, IncidentSource, Involvement, Role};
use sanctum_vault::{Action, RecordRef, SessionWith};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::consents::ConsentKindTag;
use crate::api::measures::InstrumentTag;
use crate::api::{api_enum, body_id, instant, record_id, writable_record, ApiFailure, ApiJson, ApiUser, ErrorBody};
use crate::error::Failure;
use crate::pages::incidents::{self, Concern, NewIncident};
use crate::pages::Clock;
use crate::AppState;

api_enum! {
    /// Where the information about a suspected violation came from.
    SourceTag => IncidentSource {
        /// The client told the therapist.
        ClientReport = "client-report",
        /// Another client told the therapist.
        OtherClient = "other-client",
        /// The therapist observed it.
        Observed = "observed",
        /// Someone outside the practice.
        ThirdParty = "third-party",
        /// Seen online.
        Online = "online",
    }
}

api_enum! {
    /// A client's part in an incident.
    InvolvementTag => Involvement {
        /// Their information may have been shared.
        Affected = "affected",
        /// Suspected of sharing another's information.
        SuspectedOfSharing = "suspected-of-sharing",
        /// Otherwise concerned.
        Concerned = "concerned",
    }
}

/// One client concerned.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConcernBody {
    /// The client (one of the caller's).
    pub client: String,
    /// Their part.
    pub involvement: InvolvementTag,
    /// What is known, as it will be raised with this client (goes into their chart only).
    pub description: String,
}

/// A suspected confidentiality violation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIncidentBody {
    /// When it happened (or was noticed): RFC 3339 or `YYYY-MM-DD`; not in the future.
    #[schema(example = "2026-03-02T18:30:00+01:00")]
    pub occurred_at: String,
    /// Where the information came from.
    pub source: SourceTag,
    /// The group session it concerns, if any: every client must then be a member.
    #[serde(default)]
    pub group_session: Option<String>,
    /// Every client concerned, each with their own description.
    pub concerned: Vec<ConcernBody>,
}

/// The incidents recorded: one per client, in the order given.
#[derive(Debug, Serialize, ToSchema)]
pub struct RecordedIncidents {
    /// The new incidents' ids.
    pub ids: Vec<String>,
}

/// `POST /api/v1/incidents`: records a suspected violation for every client concerned, in
/// one transaction; each record goes on the agenda of the next session with its client.
#[utoipa::path(post, path = "/api/v1/incidents", tag = "incidents", request_body = NewIncidentBody,
    responses((status = 201, body = RecordedIncidents), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, description = "A client or session that is not yours", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(body): ApiJson<NewIncidentBody>,
) -> Result<Response, ApiFailure> {
    who.require(Role::Therapist)?;
    let clock = Clock::of(&state);
    let occurred_at = instant(&clock, "occurred_at", &body.occurred_at)?;
    let group_session = match body.group_session.as_deref() {
        Some(id) => Some(body_id("group_session", id)?),
        None => None,
    };
    let concerns = body
        .concerned
        .iter()
        .enumerate()
        .map(|(i, c)| {
            Ok(Concern {
                client: body_id(&format!("concerned[{i}].client"), &c.client)?,
                involvement: c.involvement.domain(),
                description: c.description.clone(),
            })
        })
        .collect::<Result<Vec<_>, ApiFailure>>()?;
    let new = NewIncident { group_session, occurred_at, source: body.source.domain(), concerns };
    let field = |i: usize, name: &str| format!("concerned[{i}].{name}");
    let ids = incidents::record(&state, &who.actor(), who.id(), &new, &field).await.map_err(|e| match e {
        Failure::Input { field, message } if field == "session" => ApiFailure::input("group_session", message),
        e => ApiFailure(e),
    })?;
    let ids = ids.iter().map(ToString::to_string).collect();
    Ok((StatusCode::CREATED, Json(RecordedIncidents { ids })).into_response())
}

/// What became of an incident after a discussion.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Closed (agreed steps required).
    Close,
    /// Carried to the following session.
    Carry,
}

/// The conversation about an incident, in a session with its client.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DiscussionBody {
    /// The individual session with the incident's client where it was discussed.
    pub session: String,
    /// The client's own account.
    pub client_account: String,
    /// What was agreed (required to close).
    #[serde(default)]
    pub agreed_steps: String,
    /// Close it, or carry it to the following session.
    pub outcome: Outcome,
}

/// `POST /api/v1/incidents/{incident}/discussions`: records the discussion.
#[utoipa::path(post, path = "/api/v1/incidents/{incident}/discussions", tag = "incidents",
    request_body = DiscussionBody, params(("incident" = String, Path, description = "The incident's id")),
    responses((status = 204, description = "Recorded"), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, description = "No such incident of yours", body = ErrorBody),
        (status = 409, description = "Changed meanwhile", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn discuss(
    State(state): State<AppState>,
    who: ApiUser,
    Path(incident): Path<String>,
    ApiJson(body): ApiJson<DiscussionBody>,
) -> Result<Response, ApiFailure> {
    let (id, _) = writable_record(&state, &who, RecordRef::Incident, &incident, Action::IncidentWrite).await?;
    let session = body_id("session", &body.session)?;
    let closes = matches!(body.outcome, Outcome::Close);
    incidents::discuss(&state, &who.actor(), &id, &session, &body.client_account, &body.agreed_steps, closes).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A session's agenda (empty for a group session: nothing of a member's chart).
#[derive(Debug, Serialize, ToSchema)]
pub struct AgendaView {
    /// The session.
    pub session: String,
    /// The client, for an individual session.
    pub client: Option<String>,
    /// Open incidents to talk through (this is the client's next session).
    pub incidents: Vec<String>,
    /// Homework due for review.
    pub homework: Vec<String>,
    /// Measures due.
    pub measures: Vec<InstrumentTag>,
    /// Notes still in draft.
    pub unsigned_notes: Vec<String>,
    /// Consents missing.
    pub consents_missing: Vec<ConsentKindTag>,
}

/// `GET /api/v1/sessions/{session}/agenda`: one of the caller's sessions' agenda.
#[utoipa::path(get, path = "/api/v1/sessions/{session}/agenda", tag = "incidents",
    params(("session" = String, Path, description = "The session's id")),
    responses((status = 200, body = AgendaView), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such session of yours", body = ErrorBody)))]
pub async fn agenda(
    State(state): State<AppState>,
    who: ApiUser,
    Path(session): Path<String>,
) -> Result<Json<AgendaView>, ApiFailure> {
    who.require(Role::Therapist)?;
    let id = record_id(&session)?;
    let scheduled = state.vault().session(&who.actor(), &id).await?;
    if scheduled.therapist != *who.id() {
        return Err(Failure::NotFound.into());
    }
    let clock = Clock::of(&state);
    let date = clock.local(scheduled.session.starts_at).format("%Y-%m-%d").to_string();
    let agenda = state.vault().agenda(&who.actor(), &id, clock.now(), &date).await?;
    Ok(Json(AgendaView {
        session: id.to_string(),
        client: match &scheduled.with {
            SessionWith::Client(c) => Some(c.to_string()),
            SessionWith::Group(_) => None,
        },
        incidents: agenda.incidents.clone(),
        homework: agenda.homework.clone(),
        measures: agenda.measures.iter().map(|m| InstrumentTag::from(*m)).collect(),
        unsigned_notes: agenda.unsigned_notes.clone(),
        consents_missing: agenda.consents_missing.iter().map(|k: &ConsentKind| ConsentKindTag::from(*k)).collect(),
    }))
}
