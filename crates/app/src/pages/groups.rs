//! Therapy groups, as their therapist runs them: the list of their groups (members,
//! upcoming sessions), creating one, adding a member from their caseload (only once the
//! client has signed the current group confidentiality agreement — the refusal names
//! the consent and links to the chart to record it), scheduling a group session, and a
//! group session's page: attendance per member, the group-level note, and a link per
//! member to their own note for that session.
//!
//! A group page shows names, attendance and group-level notes only: never a member's
//! incidents or chart. A therapist reaches only their own groups; another therapist's
//! group answers like a missing one, and the refusal is audited against each member.
//!
//! The reading, checking and writing behind the forms take the staff member rather than
//! the browser session, so the JSON API (`crate::api::groups`) runs the same rules.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use sanctum_practice::{Group, Note, NoteTemplate, Role, Session, SessionKind, SessionStatus, Tagged};
use sanctum_vault::{Action, Actor, AttendanceStatus, RowId, ScheduledSession, SessionWith, StaffMember};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::clients::display_name;
use crate::pages::notes::section_label;
use crate::pages::{parse_date, parse_time, render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// How far back and ahead a group's sessions are listed.
const LISTED_DAYS: i64 = 56;

/// A member as a group page shows them.
#[derive(Debug)]
pub struct MemberView {
    /// The client's id.
    pub id: String,
    /// Their display name.
    pub name: String,
    /// Their attendance at the session shown (`present`, `absent`, `excused`), if recorded.
    pub attendance: Option<&'static str>,
}

/// A group session line.
#[derive(Debug)]
pub struct GroupSessionView {
    /// Its id.
    pub id: String,
    /// "Tue 3 Mar 2026, 18:00".
    pub when: String,
    /// Its status tag.
    pub status: &'static str,
}

/// A group in the list.
#[derive(Debug)]
pub struct GroupView {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its members.
    pub members: Vec<MemberView>,
    /// Its upcoming sessions.
    pub upcoming: Vec<GroupSessionView>,
}

/// A group the signed-in therapist leads, opened.
#[derive(Debug)]
pub struct OwnGroup {
    /// Its id.
    pub id: RowId,
    /// Its name.
    pub group: Group,
    /// Its members.
    pub members: Vec<RowId>,
}

/// Refuses (and, on the way out, audits) anyone but a therapist.
fn require_therapist(who: &StaffMember) -> Result<(), Failure> {
    match who.role {
        Role::Therapist => Ok(()),
        _ => Err(Failure::Refused(who.id.clone())),
    }
}

fn actor(who: &StaffMember) -> Actor {
    Actor::User(who.id.clone())
}

/// Opens a group of the therapist `who`. The vault refuses anyone but the group's
/// therapist before reading its name or members, records the refusal, and answers like
/// a missing group.
pub async fn own_group(state: &AppState, who: &StaffMember, raw: &str) -> Result<OwnGroup, Failure> {
    require_therapist(who)?;
    let id = RowId::parse(raw).map_err(|_| Failure::NotFound)?;
    let (group, members) = state.vault().group(&actor(who), &id).await?;
    Ok(OwnGroup { id, group, members })
}

/// Opens a group session of the therapist `who`, with its group. A session that is not
/// a group session, or not theirs, answers like a missing one.
pub async fn own_group_session(
    state: &AppState,
    who: &StaffMember,
    raw: &str,
) -> Result<(ScheduledSession, OwnGroup), Failure> {
    require_therapist(who)?;
    let id = RowId::parse(raw).map_err(|_| Failure::NotFound)?;
    let SessionWith::Group(group) = state.vault().session_with(&id).await.map_err(|_| Failure::NotFound)? else {
        return Err(Failure::NotFound);
    };
    let group = own_group(state, who, group.as_str()).await?;
    let session = state.vault().session(&actor(who), &id).await?;
    Ok((session, group))
}

/// The therapist's clients by id: `(id, display name)`, sorted by name.
pub async fn caseload_names(state: &AppState, who: &StaffMember) -> Result<Vec<(RowId, String)>, Failure> {
    let mut clients: Vec<(RowId, String)> = state
        .vault()
        .clients_of(&actor(who), &who.id)
        .await?
        .into_iter()
        .map(|c| (c.id, display_name(&c.profile)))
        .collect();
    clients.sort_by_key(|(_, name)| name.to_lowercase());
    Ok(clients)
}

/// The members `ids` with their names from `names`, sorted by name.
pub fn members_of(ids: &[RowId], names: &HashMap<RowId, String>) -> Vec<MemberView> {
    let mut members: Vec<MemberView> = ids
        .iter()
        .map(|id| MemberView {
            id: id.to_string(),
            name: names.get(id).cloned().unwrap_or_else(|| "a client not on your caseload".into()),
            attendance: None,
        })
        .collect();
    members.sort_by_key(|m| m.name.to_lowercase());
    members
}

/// The therapist's group sessions from `LISTED_DAYS` ago to `LISTED_DAYS` ahead.
pub async fn group_sessions(state: &AppState, who: &StaffMember) -> Result<Vec<ScheduledSession>, Failure> {
    let now = Clock::of(state).now();
    let span = LISTED_DAYS * 86_400;
    let all = state.vault().schedule(&actor(who), &who.id, now - span, now + span).await?;
    Ok(all.into_iter().filter(|s| matches!(s.with, SessionWith::Group(_))).collect())
}

/// `group`'s sessions among `sessions`: those still to come (scheduled, not started),
/// soonest first, and the others, latest first.
pub fn upcoming_and_past<'s>(
    sessions: &'s [ScheduledSession],
    group: &RowId,
    now: i64,
) -> (Vec<&'s ScheduledSession>, Vec<&'s ScheduledSession>) {
    let mut of_group: Vec<&ScheduledSession> =
        sessions.iter().filter(|s| s.with == SessionWith::Group(group.clone())).collect();
    of_group.sort_by_key(|s| s.session.starts_at);
    let (upcoming, mut past): (Vec<_>, Vec<_>) =
        of_group.into_iter().partition(|s| s.session.status == SessionStatus::Scheduled && s.session.starts_at >= now);
    past.reverse();
    (upcoming, past)
}

fn session_view(clock: &Clock, s: &ScheduledSession) -> GroupSessionView {
    GroupSessionView {
        id: s.id.to_string(),
        when: clock.date_time(s.session.starts_at),
        status: s.session.status.tag(),
    }
}

#[derive(Template)]
#[template(path = "group_list.html")]
struct ListPage {
    frame: Frame,
    groups: Vec<GroupView>,
}

/// `GET /groups`: the therapist's groups with their members and upcoming sessions.
pub async fn list(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let clock = Clock::of(&state);
    let now = clock.now();
    let names: HashMap<RowId, String> = caseload_names(&state, &who.user).await?.into_iter().collect();
    let sessions = group_sessions(&state, &who.user).await?;
    let mut groups: Vec<GroupView> = state
        .vault()
        .groups_of(&who.actor(), who.id())
        .await?
        .into_iter()
        .map(|(id, group, members)| GroupView {
            upcoming: upcoming_and_past(&sessions, &id, now).0.into_iter().map(|s| session_view(&clock, s)).collect(),
            id: id.to_string(),
            name: group.name.clone(),
            members: members_of(&members, &names),
        })
        .collect();
    groups.sort_by_key(|g| g.name.to_lowercase());
    render(&ListPage { frame: Frame::new(&state, &who, "groups"), groups })
}

/// The "new group" form.
#[derive(Debug, Deserialize)]
pub struct NewGroup {
    #[serde(default)]
    name: String,
}

/// A group named `name` (field `name`): not empty, at most 120 characters.
pub fn named(name: &str) -> Result<Group, Failure> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Failure::input("name", "give the group a name"));
    }
    if name.chars().count() > 120 {
        return Err(Failure::input("name", "is longer than 120 characters"));
    }
    Ok(Group { name: name.to_owned() })
}

/// `POST /groups`: a new group led by the signed-in therapist.
pub async fn create(State(state): State<AppState>, Posted(who, form): Posted<NewGroup>) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let group = named(&form.name)?;
    let id = state.vault().create_group(&who.actor(), who.id(), &group).await?;
    Ok(see_other(&format!("/groups/{id}")))
}

#[derive(Template)]
#[template(path = "group_page.html")]
struct GroupPage {
    frame: Frame,
    id: String,
    name: String,
    members: Vec<MemberView>,
    /// Clients of the therapist who are not members yet: `(id, name)`.
    candidates: Vec<(String, String)>,
    upcoming: Vec<GroupSessionView>,
    past: Vec<GroupSessionView>,
    today: String,
    /// A refusal to show above the member form: `(message, chart link)`.
    refusal: Option<(String, String)>,
}

async fn group_page(
    state: &AppState,
    who: &SignedIn,
    own: OwnGroup,
    refusal: Option<(String, String)>,
) -> Result<Response, Failure> {
    let clock = Clock::of(state);
    let now = clock.now();
    let caseload = caseload_names(state, &who.user).await?;
    let names: HashMap<RowId, String> = caseload.iter().cloned().collect();
    let candidates = caseload
        .iter()
        .filter(|(id, _)| !own.members.contains(id))
        .map(|(id, name)| (id.to_string(), name.clone()))
        .collect();
    let sessions = group_sessions(state, &who.user).await?;
    let (upcoming, past) = upcoming_and_past(&sessions, &own.id, now);
    let upcoming = upcoming.into_iter().map(|s| session_view(&clock, s)).collect();
    let past = past.into_iter().map(|s| session_view(&clock, s)).collect();
    render(&GroupPage {
        frame: Frame::new(state, who, "groups"),
        id: own.id.to_string(),
        name: own.group.name.clone(),
        members: members_of(&own.members, &names),
        candidates,
        upcoming,
        past,
        today: clock.today().to_string(),
        refusal,
    })
}

/// `GET /groups/{group}`.
pub async fn show(State(state): State<AppState>, who: SignedIn, Path(id): Path<String>) -> Result<Response, Failure> {
    let own = own_group(&state, &who.user, &id).await?;
    group_page(&state, &who, own, None).await
}

/// The "add member" form.
#[derive(Debug, Deserialize)]
pub struct NewMember {
    #[serde(default)]
    client: String,
}

/// What became of adding a member.
#[derive(Debug)]
pub enum Joining {
    /// The client is a member now.
    Added(OwnGroup),
    /// The client has not signed the current group confidentiality agreement (or has
    /// withdrawn it): `reason` is the practice rule's, and nothing was written.
    NotSigned {
        /// The group, unchanged.
        own: OwnGroup,
        /// The client.
        client: RowId,
        /// Why, in words.
        reason: String,
    },
}

/// Adds the client `client_raw` (field `client`) to the group `group_raw` of the
/// therapist `who`. The client is authorized first, so a refusal names them in the
/// audit trail; then the group is opened (another therapist's answers like a missing
/// one).
pub async fn join(state: &AppState, who: &StaffMember, group_raw: &str, client_raw: &str) -> Result<Joining, Failure> {
    require_therapist(who)?;
    let client = RowId::parse(client_raw.trim()).map_err(|_| Failure::input("client", "choose a client"))?;
    state.vault().authorize(&actor(who), &client, Action::GroupWrite).await?;
    let own = own_group(state, who, group_raw).await?;
    if own.members.contains(&client) {
        return Err(Failure::input("client", "is already a member of this group"));
    }
    match state.vault().add_group_member(&actor(who), &own.id, &client).await {
        Ok(()) => Ok(Joining::Added(own)),
        Err(sanctum_vault::Error::Rule(rule)) if rule.field == "consent" => {
            Ok(Joining::NotSigned { own, client, reason: rule.message })
        }
        Err(e) => Err(e.into()),
    }
}

/// `POST /groups/{group}/members`: adds one of the therapist's clients. Until the
/// client has signed the current group confidentiality agreement, the group page comes
/// back (422) saying so, with a link to the chart to record it.
pub async fn add_member(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted(who, form): Posted<NewMember>,
) -> Result<Response, Failure> {
    match join(&state, &who.user, &id, &form.client).await? {
        Joining::Added(own) => Ok(see_other(&format!("/groups/{}", own.id))),
        Joining::NotSigned { own, client, reason } => {
            let message = format!(
                "consent: {reason}. Record the group confidentiality agreement (version {}) on the client's chart, then add them.",
                sanctum_practice::GROUP_AGREEMENT_VERSION
            );
            let page = group_page(&state, &who, own, Some((message, format!("/clients/{client}#consents-h")))).await?;
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// The "schedule a group session" form.
#[derive(Debug, Deserialize)]
pub struct NewGroupSession {
    date: String,
    time: String,
    #[serde(default)]
    duration_minutes: String,
    #[serde(default)]
    location: String,
}

/// `POST /groups/{group}/sessions`: schedules a session of the group.
pub async fn schedule(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted(who, form): Posted<NewGroupSession>,
) -> Result<Response, Failure> {
    let own = own_group(&state, &who.user, &id).await?;
    let clock = Clock::of(&state);
    let day = parse_date("date", &form.date)?;
    let starts_at = clock.at(parse_time("time", day, &form.time)?);
    let session = Session {
        kind: SessionKind::Group,
        starts_at,
        duration_minutes: crate::pages::schedule::duration(&form.duration_minutes, 90)?,
        location: crate::pages::schedule::location("in-person", &form.location)?,
        status: SessionStatus::Scheduled,
    };
    state.vault().schedule_session(&who.actor(), &SessionWith::Group(own.id.clone()), who.id(), &session).await?;
    Ok(see_other(&format!("/groups/{}", own.id)))
}

/// A group-level note as the session page shows it.
#[derive(Debug)]
pub struct GroupNoteView {
    /// Its id.
    pub id: String,
    /// `(section, text)`.
    pub sections: Vec<(String, String)>,
}

/// The template of group-level notes: what the group did, how it went, what is next.
pub const GROUP_NOTE_TEMPLATE: NoteTemplate = NoteTemplate::Dap;

#[derive(Template)]
#[template(path = "group_session.html")]
struct SessionPage {
    frame: Frame,
    id: String,
    group_id: String,
    group_name: String,
    when: String,
    status: &'static str,
    members: Vec<MemberView>,
    statuses: &'static [AttendanceStatus],
    notes: Vec<GroupNoteView>,
    /// The note form's sections: `(field name, label)`.
    note_sections: Vec<(String, String)>,
}

/// The group's members with their names and their attendance at `session`.
pub async fn attendance_of(
    state: &AppState,
    who: &StaffMember,
    session: &ScheduledSession,
    own: &OwnGroup,
) -> Result<Vec<MemberView>, Failure> {
    let names: HashMap<RowId, String> = caseload_names(state, who).await?.into_iter().collect();
    let attendance: HashMap<RowId, AttendanceStatus> =
        state.vault().attendance(&actor(who), &session.id).await?.into_iter().collect();
    let mut members = members_of(&own.members, &names);
    for m in &mut members {
        let id = RowId::parse(&m.id).map_err(|_| Failure::Internal)?;
        m.attendance = attendance.get(&id).map(|s| s.tag());
    }
    Ok(members)
}

/// `GET /group-sessions/{group_session}`: attendance, the group-level note, and each
/// member's own note.
pub async fn session_page(
    State(state): State<AppState>,
    who: SignedIn,
    Path(id): Path<String>,
) -> Result<Response, Failure> {
    let (session, own) = own_group_session(&state, &who.user, &id).await?;
    let clock = Clock::of(&state);
    let members = attendance_of(&state, &who.user, &session, &own).await?;
    let sections = GROUP_NOTE_TEMPLATE.sections();
    let notes = state
        .vault()
        .group_notes(&who.actor(), &session.id)
        .await?
        .into_iter()
        .rev()
        .map(|(id, _, note)| GroupNoteView {
            id: id.to_string(),
            sections: sections
                .iter()
                .zip(&note.sections.0)
                .map(|(name, text)| (section_label(name), text.clone()))
                .collect(),
        })
        .collect();
    render(&SessionPage {
        frame: Frame::new(&state, &who, "groups"),
        id: session.id.to_string(),
        group_id: own.id.to_string(),
        group_name: own.group.name.clone(),
        when: clock.date_time(session.session.starts_at),
        status: session.session.status.tag(),
        members,
        statuses: AttendanceStatus::ALL,
        notes,
        note_sections: sections.iter().map(|s| (format!("sections.{s}"), section_label(s))).collect(),
    })
}

/// `POST /group-sessions/{group_session}/attendance`: `attendance.<client>` =
/// present, absent or excused, for each member (a member left out is left as it was).
pub async fn record_attendance(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted(who, form): Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (session, own) = own_group_session(&state, &who.user, &id).await?;
    mark_attendance(&state, &who.user, &session, &own, &form).await?;
    Ok(see_other(&format!("/group-sessions/{}", session.id)))
}

/// Records `attendance.<client>` = present, absent or excused from `form` for each
/// member named (a member left out is left as it was). Every mark is checked before
/// the first is written, so a bad one (named by its field) changes nothing.
pub async fn mark_attendance(
    state: &AppState,
    who: &StaffMember,
    session: &ScheduledSession,
    own: &OwnGroup,
    form: &[(String, String)],
) -> Result<(), Failure> {
    let mut marks = Vec::new();
    for (key, value) in form {
        let Some(raw) = key.strip_prefix("attendance.") else { continue };
        let client = RowId::parse(raw)
            .ok()
            .filter(|c| own.members.contains(c))
            .ok_or_else(|| Failure::input(key.clone(), "is not a member of this group"))?;
        let status = AttendanceStatus::ALL
            .iter()
            .find(|s| s.tag() == value.trim())
            .ok_or_else(|| Failure::input(key.clone(), "is present, absent or excused"))?;
        if marks.iter().any(|(c, _)| *c == client) {
            return Err(Failure::input(key.clone(), "is marked twice"));
        }
        marks.push((client, *status));
    }
    if marks.is_empty() {
        return Err(Failure::input("attendance", "mark at least one member"));
    }
    // Checked in full, then written in one transaction: a bad mark changes nothing.
    state.vault().record_attendances(&actor(who), &session.id, &marks).await?;
    Ok(())
}

/// A group-level note (a draft) from `sections.<name>` fields, one per section of
/// [`GROUP_NOTE_TEMPLATE`] (others are ignored); at least one must hold text.
pub fn group_note(form: &[(String, String)]) -> Result<Note, Failure> {
    let mut note = Note::draft(GROUP_NOTE_TEMPLATE);
    for (name, text) in GROUP_NOTE_TEMPLATE.sections().iter().zip(note.sections.0.iter_mut()) {
        let field = format!("sections.{name}");
        *text = form.iter().find(|(k, _)| *k == field).map(|(_, v)| v.trim().to_owned()).unwrap_or_default();
    }
    if note.sections.0.iter().all(String::is_empty) {
        return Err(Failure::input("sections.data", "write what the group did"));
    }
    Ok(note)
}

/// `POST /group-sessions/{group_session}/notes`: a group-level note (a draft):
/// `sections.<name>` for each section of the group note template.
pub async fn add_note(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted(who, form): Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (session, _) = own_group_session(&state, &who.user, &id).await?;
    let note = group_note(&form)?;
    state.vault().add_group_note(&who.actor(), &session.id, who.id(), &note).await?;
    Ok(see_other(&format!("/group-sessions/{}#group-notes", session.id)))
}
