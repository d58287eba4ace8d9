//! Therapy groups over the API, as their therapist runs them on the pages: the caller's
//! groups, creating one, a group with its members and sessions, adding a member (only
//! once the client has signed the current group confidentiality agreement), scheduling
//! a group session, and a group session's record: attendance per member and the
//! group-level note. A member's own note about the session is written with
//! `POST /api/v1/clients/{client}/notes` and the session's id, as the page links to it.
//!
//! The rules are the pages' ([`crate::pages::groups`]): a therapist reaches only their own
//! groups, another therapist's group answers exactly like a missing one, and nothing here
//! shows a member's chart or incidents or shares anything with the group.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use sanctum_practice::{Note, Role, Session, SessionKind, SessionStatus, Tagged, GROUP_AGREEMENT_VERSION};
use sanctum_vault::{AttendanceStatus, ScheduledSession, SessionWith};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::chart::NoteSection;
use crate::api::sessions::Place;
use crate::api::{api_enum, instant, rfc3339, ApiFailure, ApiJson, ApiUser, Created, ErrorBody};
use crate::pages::groups::{self, Joining, MemberView, GROUP_NOTE_TEMPLATE};
use crate::pages::Clock;
use crate::AppState;

api_enum! {
    /// Whether a member came to a group session.
    AttendanceTag => AttendanceStatus {
        /// Came.
        Present = "present",
        /// Did not come.
        Absent = "absent",
        /// Did not come, with notice.
        Excused = "excused",
    }
}

/// A member of a group.
#[derive(Debug, Serialize, ToSchema)]
pub struct Member {
    /// The client's id.
    pub id: String,
    /// Their display name.
    pub name: String,
}

impl Member {
    fn of(m: &MemberView) -> Member {
        Member { id: m.id.clone(), name: m.name.clone() }
    }
}

/// A session of a group.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupSessionLine {
    /// The session's id.
    pub id: String,
    /// Start, RFC 3339 in the practice's time zone.
    pub starts_at: String,
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

impl GroupSessionLine {
    fn of(clock: &Clock, s: &ScheduledSession) -> GroupSessionLine {
        let (place, location) = Place::of(&s.session.location);
        GroupSessionLine {
            id: s.id.to_string(),
            starts_at: rfc3339(clock, s.session.starts_at),
            duration_minutes: s.session.duration_minutes,
            status: s.session.status.tag(),
            place,
            location,
        }
    }
}

/// A group in the caller's list.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupSummary {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its members, by name.
    pub members: Vec<Member>,
    /// Its sessions still to come (within eight weeks), soonest first.
    pub upcoming: Vec<GroupSessionLine>,
}

/// `GET /api/v1/groups`: the groups the caller leads, by name.
#[utoipa::path(get, path = "/api/v1/groups", tag = "groups",
    responses((status = 200, body = [GroupSummary]), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody)))]
pub async fn list(State(state): State<AppState>, who: ApiUser) -> Result<Json<Vec<GroupSummary>>, ApiFailure> {
    who.require(Role::Therapist)?;
    let clock = Clock::of(&state);
    let names = groups::caseload_names(&state, &who.user).await?.into_iter().collect();
    let sessions = groups::group_sessions(&state, &who.user).await?;
    let mut all: Vec<GroupSummary> = state
        .vault()
        .groups_of(&who.actor(), who.id())
        .await?
        .into_iter()
        .map(|(id, group, members)| GroupSummary {
            upcoming: groups::upcoming_and_past(&sessions, &id, clock.now())
                .0
                .into_iter()
                .map(|s| GroupSessionLine::of(&clock, s))
                .collect(),
            id: id.to_string(),
            name: group.name.clone(),
            members: groups::members_of(&members, &names).iter().map(Member::of).collect(),
        })
        .collect();
    all.sort_by_key(|g| g.name.to_lowercase());
    Ok(Json(all))
}

/// A new group.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroup {
    /// Its name (up to 120 characters).
    pub name: String,
}

/// `POST /api/v1/groups`: a new group led by the caller.
#[utoipa::path(post, path = "/api/v1/groups", tag = "groups", request_body = NewGroup,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(body): ApiJson<NewGroup>,
) -> Result<Response, ApiFailure> {
    who.require(Role::Therapist)?;
    let group = groups::named(&body.name)?;
    let id = state.vault().create_group(&who.actor(), who.id(), &group).await?;
    Ok(Created::response(&id))
}

/// A group with its members and sessions.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupDetail {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its members, by name.
    pub members: Vec<Member>,
    /// Sessions still to come, soonest first (within eight weeks).
    pub upcoming: Vec<GroupSessionLine>,
    /// Sessions held, cancelled or past, latest first (within eight weeks).
    pub past: Vec<GroupSessionLine>,
}

/// `GET /api/v1/groups/{group}`: one of the caller's groups.
#[utoipa::path(get, path = "/api/v1/groups/{group}", tag = "groups",
    params(("group" = String, Path, description = "The group's id")),
    responses((status = 200, body = GroupDetail), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such group of yours", body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    who: ApiUser,
    Path(group): Path<String>,
) -> Result<Json<GroupDetail>, ApiFailure> {
    let own = groups::own_group(&state, &who.user, &group).await?;
    let clock = Clock::of(&state);
    let names = groups::caseload_names(&state, &who.user).await?.into_iter().collect();
    let sessions = groups::group_sessions(&state, &who.user).await?;
    let (upcoming, past) = groups::upcoming_and_past(&sessions, &own.id, clock.now());
    let lines = |list: Vec<&ScheduledSession>| list.into_iter().map(|s| GroupSessionLine::of(&clock, s)).collect();
    Ok(Json(GroupDetail {
        id: own.id.to_string(),
        name: own.group.name.clone(),
        members: groups::members_of(&own.members, &names).iter().map(Member::of).collect(),
        upcoming: lines(upcoming),
        past: lines(past),
    }))
}

/// A client to add to a group.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMember {
    /// The client (one of the caller's, who has signed the current group agreement).
    pub client: String,
}

/// `POST /api/v1/groups/{group}/members`: adds one of the caller's clients. Refused on
/// `client` (422, nothing written) until the client has signed the current group
/// confidentiality agreement; record it with `POST /api/v1/clients/{client}/consents`.
#[utoipa::path(post, path = "/api/v1/groups/{group}/members", tag = "groups", request_body = NewMember,
    params(("group" = String, Path, description = "The group's id")),
    responses((status = 204, description = "Added"), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such group or client of yours", body = ErrorBody),
        (status = 422, description = "Not an id, already a member, or the group agreement not signed (`client`)",
            body = ErrorBody)))]
pub async fn add_member(
    State(state): State<AppState>,
    who: ApiUser,
    Path(group): Path<String>,
    ApiJson(body): ApiJson<NewMember>,
) -> Result<Response, ApiFailure> {
    match groups::join(&state, &who.user, &group, &body.client).await? {
        Joining::Added(_) => Ok(StatusCode::NO_CONTENT.into_response()),
        Joining::NotSigned { reason, .. } => Err(ApiFailure::input(
            "client",
            format!(
                "{reason} (version {GROUP_AGREEMENT_VERSION}): record the client's group confidentiality agreement \
                 (kind group-confidentiality) on their chart, then add them"
            ),
        )),
    }
}

fn ninety() -> u32 {
    90
}

/// A new session of a group.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroupSession {
    /// Start: RFC 3339, or a `YYYY-MM-DD` date (midnight, practice time).
    #[schema(example = "2026-03-03T18:00:00+01:00")]
    pub starts_at: String,
    /// Length in minutes, 5 to 480.
    #[serde(default = "ninety")]
    #[schema(default = 90)]
    pub duration_minutes: u32,
    /// In person (default) or by video.
    #[serde(default)]
    pub place: Place,
    /// The room, address or video link (in person, default "Practice").
    #[serde(default)]
    pub location: String,
}

/// `POST /api/v1/groups/{group}/sessions`: schedules a session of one of the caller's groups.
#[utoipa::path(post, path = "/api/v1/groups/{group}/sessions", tag = "groups", request_body = NewGroupSession,
    params(("group" = String, Path, description = "The group's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such group of yours", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn schedule(
    State(state): State<AppState>,
    who: ApiUser,
    Path(group): Path<String>,
    ApiJson(body): ApiJson<NewGroupSession>,
) -> Result<Response, ApiFailure> {
    let own = groups::own_group(&state, &who.user, &group).await?;
    let clock = Clock::of(&state);
    let place = match body.place {
        Place::InPerson => "in-person",
        Place::Telehealth => "telehealth",
    };
    let session = Session {
        kind: SessionKind::Group,
        starts_at: instant(&clock, "starts_at", &body.starts_at)?,
        duration_minutes: body.duration_minutes,
        location: crate::pages::schedule::location(place, &body.location)?,
        status: SessionStatus::Scheduled,
    };
    session.validate()?;
    let with = SessionWith::Group(own.id.clone());
    let id = state.vault().schedule_session(&who.actor(), &with, who.id(), &session).await?;
    Ok(Created::response(&id))
}

/// A member at a group session.
#[derive(Debug, Serialize, ToSchema)]
pub struct Attendee {
    /// The client's id.
    pub id: String,
    /// Their display name.
    pub name: String,
    /// Their attendance, if recorded.
    pub attendance: Option<AttendanceTag>,
    /// Where their own note about this session goes: `POST` a note there with this
    /// session's id as `session`.
    #[schema(example = "/api/v1/clients/0123456789abcdef0123456789abcdef/notes")]
    pub own_note: String,
}

/// A group-level note (a draft).
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupNote {
    /// Its id.
    pub id: String,
    /// Who wrote it (a staff id).
    pub author: String,
    /// Its sections (`data`, `assessment`, `plan`).
    pub sections: Vec<NoteSection>,
}

/// A group session's own record: attendance and the group-level notes, never anything
/// of a member's chart.
#[derive(Debug, Serialize, ToSchema)]
pub struct GroupSessionRecord {
    /// The session's id.
    pub id: String,
    /// The group's id.
    pub group: String,
    /// The group's name.
    pub group_name: String,
    /// The session.
    pub session: GroupSessionLine,
    /// The members, by name.
    pub members: Vec<Attendee>,
    /// The group-level notes, latest first.
    pub notes: Vec<GroupNote>,
}

/// `GET /api/v1/group-sessions/{group_session}`: attendance and group-level notes.
#[utoipa::path(get, path = "/api/v1/group-sessions/{group_session}", tag = "groups",
    params(("group_session" = String, Path, description = "The group session's id")),
    responses((status = 200, body = GroupSessionRecord), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such group session of yours", body = ErrorBody)))]
pub async fn session_record(
    State(state): State<AppState>,
    who: ApiUser,
    Path(group_session): Path<String>,
) -> Result<Json<GroupSessionRecord>, ApiFailure> {
    let (session, own) = groups::own_group_session(&state, &who.user, &group_session).await?;
    let members = groups::attendance_of(&state, &who.user, &session, &own).await?;
    let notes = state.vault().group_notes(&who.actor(), &session.id).await?;
    let clock = Clock::of(&state);
    Ok(Json(GroupSessionRecord {
        id: session.id.to_string(),
        group: own.id.to_string(),
        group_name: own.group.name.clone(),
        session: GroupSessionLine::of(&clock, &session),
        members: members
            .into_iter()
            .map(|m| Attendee {
                own_note: format!("/api/v1/clients/{}/notes", m.id),
                attendance: AttendanceStatus::ALL
                    .iter()
                    .find(|s| Some(s.tag()) == m.attendance)
                    .map(|s| AttendanceTag::from(*s)),
                id: m.id,
                name: m.name,
            })
            .collect(),
        notes: notes
            .into_iter()
            .rev()
            .map(|(id, author, note)| GroupNote {
                id: id.to_string(),
                author: author.to_string(),
                sections: note
                    .template
                    .sections()
                    .iter()
                    .zip(&note.sections.0)
                    .map(|(name, text)| NoteSection { name, text: text.clone() })
                    .collect(),
            })
            .collect(),
    }))
}

/// Attendance at a group session.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AttendanceBody {
    /// Each member's attendance by client id; a member left out is left as it was.
    #[schema(example = json!({"0123456789abcdef0123456789abcdef": "present"}))]
    pub attendance: BTreeMap<String, AttendanceTag>,
}

/// `POST /api/v1/group-sessions/{group_session}/attendance`: records who came. Every mark
/// is checked before the first is written; a client who is not a member is refused on
/// `attendance.<client>`.
#[utoipa::path(post, path = "/api/v1/group-sessions/{group_session}/attendance", tag = "groups",
    request_body = AttendanceBody,
    params(("group_session" = String, Path, description = "The group session's id")),
    responses((status = 204, description = "Recorded"), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such group session of yours", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn record_attendance(
    State(state): State<AppState>,
    who: ApiUser,
    Path(group_session): Path<String>,
    ApiJson(body): ApiJson<AttendanceBody>,
) -> Result<Response, ApiFailure> {
    let (session, own) = groups::own_group_session(&state, &who.user, &group_session).await?;
    // The page's fields, `attendance.<client>`, are also the JSON paths of the marks.
    let marks: Vec<(String, String)> = body
        .attendance
        .iter()
        .map(|(client, status)| (format!("attendance.{client}"), status.domain().tag().to_owned()))
        .collect();
    groups::mark_attendance(&state, &who.user, &session, &own, &marks).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// A group-level note: what the group did and how it went, in group terms. What one
/// member shared belongs in that member's own note.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewGroupNote {
    /// Section texts by name (`data`, `assessment`, `plan`); at least one holds text.
    #[schema(example = json!({"data": "...", "assessment": "...", "plan": "..."}))]
    pub sections: BTreeMap<String, String>,
}

/// `POST /api/v1/group-sessions/{group_session}/notes`: the group-level note (a draft).
#[utoipa::path(post, path = "/api/v1/group-sessions/{group_session}/notes", tag = "groups",
    request_body = NewGroupNote,
    params(("group_session" = String, Path, description = "The group session's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such group session of yours", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    who: ApiUser,
    Path(group_session): Path<String>,
    ApiJson(body): ApiJson<NewGroupNote>,
) -> Result<Response, ApiFailure> {
    let (session, _) = groups::own_group_session(&state, &who.user, &group_session).await?;
    // A section the template lacks is refused by the template's own rule.
    let mut sections = Vec::with_capacity(body.sections.len());
    for (name, text) in &body.sections {
        Note::draft(GROUP_NOTE_TEMPLATE).write(name, "")?;
        sections.push((format!("sections.{name}"), text.clone()));
    }
    let note = groups::group_note(&sections)?;
    let id = state.vault().add_group_note(&who.actor(), &session.id, who.id(), &note).await?;
    Ok(Created::response(&id))
}
