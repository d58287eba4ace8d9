//! The schedule over the API: a therapist's sessions between two dates, scheduling a
//! session with one of their clients, and marking one held, cancelled or a no-show.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use sanctum_practice::{Location, Role, Session, SessionKind, SessionStatus, Tagged};
use sanctum_vault::{Action, ScheduledSession, SessionWith};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::api::{
    api_enum, body_id, date, instant, record_id, rfc3339, ApiFailure, ApiJson, ApiUser, Created, ErrorBody,
};
use crate::pages::Clock;
use crate::AppState;

/// The longest schedule one request reads.
const MAX_DAYS: i64 = 366;

/// `?from=&to=`: local dates, both included.
#[derive(Debug, Deserialize, IntoParams)]
pub struct ScheduleQuery {
    /// First day, `YYYY-MM-DD` (default: today in the practice's time zone).
    from: Option<String>,
    /// Last day, `YYYY-MM-DD`, included (default: six days after `from`).
    to: Option<String>,
}

/// Where a session takes place.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Place {
    /// A room or an address.
    #[default]
    InPerson,
    /// By video.
    Telehealth,
}

impl Place {
    /// The place of a stored location, and its text.
    pub fn of(location: &Location) -> (Place, String) {
        match location {
            Location::InPerson(text) => (Place::InPerson, text.clone()),
            Location::Telehealth(text) => (Place::Telehealth, text.clone()),
        }
    }
}

/// A session on the schedule.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionView {
    /// The session's id.
    pub id: String,
    /// The client, for an individual session.
    pub client: Option<String>,
    /// The group, for a group session.
    pub group: Option<String>,
    /// The client's or the group's name.
    pub title: String,
    /// Start, RFC 3339 in the practice's time zone.
    pub starts_at: String,
    /// End, RFC 3339 in the practice's time zone.
    pub ends_at: String,
    /// Length in minutes.
    pub duration_minutes: u32,
    /// `scheduled`, `held`, `cancelled` or `no-show`.
    #[schema(example = "scheduled")]
    pub status: &'static str,
    /// In person or by video.
    pub place: Place,
    /// The room, address or video link.
    pub location: String,
}

impl SessionView {
    fn of(clock: &Clock, s: &ScheduledSession) -> SessionView {
        let (client, group) = match &s.with {
            SessionWith::Client(c) => (Some(c.to_string()), None),
            SessionWith::Group(g) => (None, Some(g.to_string())),
        };
        let (place, location) = Place::of(&s.session.location);
        SessionView {
            id: s.id.to_string(),
            client,
            group,
            title: s.title.clone(),
            starts_at: rfc3339(clock, s.session.starts_at),
            ends_at: rfc3339(clock, s.session.starts_at + i64::from(s.session.duration_minutes) * 60),
            duration_minutes: s.session.duration_minutes,
            status: s.session.status.tag(),
            place,
            location,
        }
    }
}

/// `GET /api/v1/schedule?from=&to=`: the caller's sessions starting on those days.
#[utoipa::path(get, path = "/api/v1/schedule", tag = "schedule", params(ScheduleQuery),
    responses((status = 200, body = [SessionView]), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn schedule(
    State(state): State<AppState>,
    who: ApiUser,
    query: Result<Query<ScheduleQuery>, QueryRejection>,
) -> Result<Json<Vec<SessionView>>, ApiFailure> {
    who.require(Role::Therapist)?;
    let Query(q) = query.map_err(|_| ApiFailure::input("query", "expected ?from=YYYY-MM-DD&to=YYYY-MM-DD"))?;
    let clock = Clock::of(&state);
    let from = match q.from.as_deref() {
        Some(d) => date("from", d)?,
        None => clock.today(),
    };
    let to = match q.to.as_deref() {
        Some(d) => date("to", d)?,
        None => from + chrono::Duration::days(6),
    };
    if to < from {
        return Err(ApiFailure::input("to", "is before from"));
    }
    if (to - from).num_days() >= MAX_DAYS {
        return Err(ApiFailure::input("to", format!("is more than {MAX_DAYS} days after from")));
    }
    let (start, end) = (clock.start_of(from), clock.start_of(to + chrono::Duration::days(1)));
    let sessions = state.vault().schedule(&who.actor(), who.id(), start, end).await?;
    Ok(Json(sessions.iter().map(|s| SessionView::of(&clock, s)).collect()))
}

fn fifty() -> u32 {
    50
}

/// A new individual session.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewSession {
    /// The client (one of the caller's).
    pub client: String,
    /// Start: RFC 3339, or a `YYYY-MM-DD` date (midnight, practice time).
    #[schema(example = "2026-03-02T14:00:00+01:00")]
    pub starts_at: String,
    /// Length in minutes, 5 to 480.
    #[serde(default = "fifty")]
    #[schema(default = 50)]
    pub duration_minutes: u32,
    /// In person (default) or by video.
    #[serde(default)]
    pub place: Place,
    /// The room, address or video link (in person, default "Practice").
    #[serde(default)]
    pub location: String,
}

/// `POST /api/v1/sessions`: schedules a session with one of the caller's clients.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "schedule", request_body = NewSession,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such client of yours", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(body): ApiJson<NewSession>,
) -> Result<Response, ApiFailure> {
    who.require(Role::Therapist)?;
    let client = body_id("client", &body.client)?;
    let clock = Clock::of(&state);
    let starts_at = instant(&clock, "starts_at", &body.starts_at)?;
    let text = body.location.trim().to_owned();
    let location = match body.place {
        Place::InPerson => Location::InPerson(if text.is_empty() { "Practice".into() } else { text }),
        Place::Telehealth => Location::Telehealth(text),
    };
    let session = Session {
        kind: SessionKind::Individual,
        starts_at,
        duration_minutes: body.duration_minutes,
        location,
        status: SessionStatus::Scheduled,
    };
    session.validate()?;
    state.vault().authorize(&who.actor(), &client, Action::SessionWrite).await?;
    let id = state.vault().schedule_session(&who.actor(), &SessionWith::Client(client), who.id(), &session).await?;
    Ok(Created::response(&id))
}

api_enum! {
    /// What became of a session.
    SessionOutcome -> SessionStatus {
        /// It took place.
        Held = "held",
        /// Called off in advance.
        Cancelled = "cancelled",
        /// The client did not come.
        NoShow = "no-show",
    }
}

/// A session's new status.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusChange {
    /// Held, cancelled or no-show (only a scheduled session changes).
    pub status: SessionOutcome,
}

/// `POST /api/v1/sessions/{session}/status`: held, cancelled or no-show.
#[utoipa::path(post, path = "/api/v1/sessions/{session}/status", tag = "schedule", request_body = StatusChange,
    params(("session" = String, Path, description = "The session's id")),
    responses((status = 204, description = "Changed"), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, description = "No such session of yours", body = ErrorBody),
        (status = 409, description = "The session is no longer scheduled", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn set_status(
    State(state): State<AppState>,
    who: ApiUser,
    Path(session): Path<String>,
    ApiJson(body): ApiJson<StatusChange>,
) -> Result<Response, ApiFailure> {
    who.require(Role::Therapist)?;
    let id = record_id(&session)?;
    // The vault refuses (and records) a session whose client or group is not the caller's.
    let session = state.vault().session(&who.actor(), &id).await?;
    if session.therapist != *who.id() {
        return Err(crate::error::Failure::NotFound.into());
    }
    if let SessionWith::Client(c) = &session.with {
        state.vault().authorize(&who.actor(), c, Action::SessionWrite).await?;
    }
    state.vault().set_session_status(&who.actor(), &id, body.status.domain()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
