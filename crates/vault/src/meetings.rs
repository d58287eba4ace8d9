//! Team meetings' de-identified case presentations, and the groups' side of the
//! protocols: the group confidentiality agreement as the gate to membership and to a
//! group session, attendance, and group-level notes.
//!
//! A case presentation's text is sealed under the practice key (every attendee may read
//! it). **The vault trusts the caller's de-identification**: the app runs the guard
//! over the text against the whole practice's caseload and refuses a text that still
//! identifies a client before it calls [`Vault::add_case_presentation`]; the vault
//! cannot tell a pseudonym from a name. Which client a presentation is about is kept
//! in `presentation_links`, the client id itself sealed (practice key), and is
//! returned only to the presenting therapist. Erasing a client removes its links (found
//! by opening each; there are as many as presentations); the de-identified
//! presentations stay with their meetings.

use sanctum_practice::{
    check_group_agreement, Consent, ConsentKind, Note, NoteSections, NoteState, Role, Tagged, TeamMeeting,
    GROUP_AGREEMENT_VERSION,
};
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::chart::{live_client, place};
use crate::ids::RowId;
use crate::schema::{
    Row, Value, ATTENDANCE, CASE_PRESENTATIONS, CONSENTS, GROUPS, GROUP_MEMBERS, GROUP_NOTES, PRESENTATION_LINKS,
    SESSIONS, TEAM_MEETINGS, USERS,
};
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{now, Vault};
use crate::Error;

/// Whether a member came to a group session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AttendanceStatus {
    /// Came.
    Present,
    /// Did not come.
    Absent,
    /// Did not come, with notice.
    Excused,
}

impl Tagged for AttendanceStatus {
    const ALL: &'static [Self] = &[AttendanceStatus::Present, AttendanceStatus::Absent, AttendanceStatus::Excused];
    fn tag(self) -> &'static str {
        match self {
            AttendanceStatus::Present => "present",
            AttendanceStatus::Absent => "absent",
            AttendanceStatus::Excused => "excused",
        }
    }
}

/// The consent body as `chart.rs` seals it (the form version).
#[derive(Serialize, Deserialize)]
struct ConsentBody {
    version: String,
}

fn input(field: &str, message: &str) -> Error {
    Error::Input { field: field.into(), message: message.into() }
}

impl<S: Store> Vault<S> {
    /// Therapists, supervisors and the operator take part in team meetings; anyone else
    /// (an administrator) is refused like a missing meeting, with a `denied` entry.
    async fn team_member(&self, actor: &Actor, action: Action, meeting: Option<&RowId>) -> Result<(), Error> {
        let allowed = match actor {
            Actor::Operator => true,
            Actor::User(u) => matches!(self.role_of(u).await?, Some(Role::Therapist | Role::Supervisor)),
            Actor::Unknown => false,
        };
        if allowed {
            return Ok(());
        }
        let mut event = AuditEvent::ok(actor, action);
        event.record = meeting.cloned();
        Err(self.refuse(event, Outcome::Denied, "meeting").await)
    }

    /// Replaces a team meeting's date, attendees, minutes and follow-ups (the whole
    /// sealed [`TeamMeeting`]; presentations added with
    /// [`Vault::add_case_presentation`] are kept apart). Therapists, supervisors, the
    /// operator. Audited (`team-meeting.write`).
    pub async fn update_team_meeting(&self, actor: &Actor, id: &RowId, meeting: &TeamMeeting) -> Result<(), Error> {
        self.team_member(actor, Action::TeamMeetingWrite, Some(id)).await?;
        let body = self.practice.seal(&place(&TEAM_MEETINGS, "body", id), meeting);
        let batch = Batch::audited(AuditEvent::ok(actor, Action::TeamMeetingWrite).record(id))
            .write(Write::Require(Query::by(&TEAM_MEETINGS, "id", Value::id(id)), "meeting"))
            .write(Write::Update {
                query: Query::by(&TEAM_MEETINGS, "id", Value::id(id)),
                set: vec![("held_at", Value::int(meeting.held_at)), ("body", Value::sealed(&body))],
                expect: Some((1, "the meeting")),
            });
        self.run(batch).await.map(drop)
    }

    /// Adds a de-identified case presentation to a team meeting. The actor is the
    /// presenter and must be `client`'s therapist (refused like a missing client
    /// otherwise). The text is trusted to be de-identified already (module docs). The
    /// link to the client is stored sealed and shown only to the presenter. Audited
    /// (`presentation.write`, naming the client: the audit log is the operator's, never
    /// an attendee's).
    pub async fn add_case_presentation(
        &self,
        actor: &Actor,
        meeting: &RowId,
        client: &RowId,
        deidentified_text: &str,
    ) -> Result<RowId, Error> {
        if deidentified_text.trim().is_empty() {
            return Err(input("text", "is empty"));
        }
        let Actor::User(presenter) = actor else {
            return Err(input("actor", "a case presentation is added by the presenting therapist"));
        };
        let basis = self.access(actor, client, Action::PresentationWrite).await?;
        let id = RowId::generate();
        let body = self.practice.seal(&place(&CASE_PRESENTATIONS, "body", &id), deidentified_text);
        let link = self.practice.seal(&place(&PRESENTATION_LINKS, "client_id", &id), client.as_str());
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::PresentationWrite).client(client).record(&id))
            .write(Write::Require(Query::by(&TEAM_MEETINGS, "id", Value::id(meeting)), "meeting"))
            .write(Write::Require(live_client(client), "client"));
        batch.writes.extend(basis.require(client));
        batch.writes.push(Write::Insert {
            table: &CASE_PRESENTATIONS,
            values: vec![
                ("id", Value::id(&id)),
                ("meeting_id", Value::id(meeting)),
                ("presenter_id", Value::id(presenter)),
                ("added_at", Value::int(now())),
                ("body", Value::sealed(&body)),
            ],
        });
        batch.writes.push(Write::Insert {
            table: &PRESENTATION_LINKS,
            values: vec![("presentation_id", Value::id(&id)), ("client_id", Value::sealed(&link))],
        });
        self.run(batch).await?;
        Ok(id)
    }

    /// The presentations linked to `client` (every link opened: they are sealed).
    pub(crate) async fn presentation_links_of(&self, client: &RowId) -> Result<Vec<RowId>, Error> {
        let links = self.store.read(vec![Query::all(&PRESENTATION_LINKS)]).await?;
        let mut out = Vec::new();
        for row in links.iter().flatten() {
            let id = row.id("presentation_id")?;
            let linked: String =
                self.practice.open(&place(&PRESENTATION_LINKS, "client_id", &id), &row.sealed("client_id")?)?;
            if linked == client.as_str() {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// A meeting's case presentations, in the order added: `(id, presenter, text,
    /// client)`, the client only on the actor's own presentations. Therapists,
    /// supervisors and the operator (who, presenting nothing, sees no link); one
    /// `presentation.read` entry.
    pub async fn case_presentations(
        &self,
        actor: &Actor,
        meeting: &RowId,
    ) -> Result<Vec<(RowId, RowId, String, Option<RowId>)>, Error> {
        self.team_member(actor, Action::PresentationRead, Some(meeting)).await?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::PresentationRead).record(meeting))
            .read(Query::by(&TEAM_MEETINGS, "id", Value::id(meeting)))
            .read(Query::by(&CASE_PRESENTATIONS, "meeting_id", Value::id(meeting)));
        let rows = self.run(batch).await?;
        if rows[0].is_empty() {
            return Err(Error::NotFound("meeting".into()));
        }
        let mut found: Vec<&Row> = rows[1].iter().collect();
        found.sort_by_key(|r| (r.int("added_at").unwrap_or(0), r.text("id").unwrap_or("").to_owned()));
        let mut out = Vec::with_capacity(found.len());
        for row in found {
            let id = row.id("id")?;
            let presenter = row.id("presenter_id")?;
            let text: String = self.practice.open(&place(&CASE_PRESENTATIONS, "body", &id), &row.sealed("body")?)?;
            let client = if *actor == Actor::User(presenter.clone()) {
                let links =
                    self.store.read(vec![Query::by(&PRESENTATION_LINKS, "presentation_id", Value::id(&id))]).await?;
                match links[0].first() {
                    Some(l) => {
                        let c: String = self
                            .practice
                            .open(&place(&PRESENTATION_LINKS, "client_id", &id), &l.sealed("client_id")?)?;
                        Some(RowId::parse(&c)?)
                    }
                    None => None,
                }
            } else {
                None
            };
            out.push((id, presenter, text, client));
        }
        Ok(out)
    }

    // ---------------------------------------------------------------- groups

    /// The id of the client's live, current-version group agreement, or the practice
    /// rule's refusal (field `consent`). Reads the consents' plain columns and opens only
    /// their form versions; the write that relies on it re-requires that consent,
    /// unrevoked, in its own transaction.
    async fn group_agreement(&self, client: &RowId) -> Result<RowId, Error> {
        let q = Query::by(&CONSENTS, "client_id", Value::id(client))
            .and("kind", Value::tag(ConsentKind::GroupConfidentiality.tag()));
        let rows = self.store.read(vec![q]).await?;
        let key = self.client_key(client).await?;
        let mut consents = Vec::new();
        for row in rows.iter().flatten() {
            let id = row.id("id")?;
            let body: ConsentBody = key.open(&place(&CONSENTS, "body", &id), &row.sealed("body")?)?;
            let consent = Consent {
                kind: ConsentKind::GroupConfidentiality,
                version: body.version,
                signed_at: row.int("signed_at")?,
                revoked_at: row.opt_int("revoked_at")?,
            };
            consents.push((id, consent));
        }
        let plain: Vec<Consent> = consents.iter().map(|(_, c)| c.clone()).collect();
        check_group_agreement(&plain, GROUP_AGREEMENT_VERSION)?;
        consents
            .into_iter()
            .find(|(_, c)| c.revoked_at.is_none() && c.version == GROUP_AGREEMENT_VERSION)
            .map(|(id, _)| id)
            .ok_or_else(|| Error::Corrupt("the agreement checked is gone".into()))
    }

    fn agreement_in_force(consent: &RowId) -> Write {
        Write::Require(Query::by(&CONSENTS, "id", Value::id(consent)).and("revoked_at", Value::null()), "consent")
    }

    /// Adds a client to a group (`grounds`: the actor's access, re-required): only once the client has signed the group
    /// confidentiality agreement in its current version ([`GROUP_AGREEMENT_VERSION`];
    /// otherwise a rule error on `consent`). Audited (`group.write`).
    pub(crate) async fn add_group_member_checked(
        &self,
        actor: &Actor,
        group: &RowId,
        client: &RowId,
        grounds: Option<Write>,
    ) -> Result<(), Error> {
        let agreement = self.group_agreement(client).await?;
        let values =
            vec![("group_id", Value::id(group)), ("client_id", Value::id(client)), ("joined_at", Value::int(now()))];
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::GroupWrite).client(client).record(group))
            .write(Write::Require(live_client(client), "client"))
            .write(Self::agreement_in_force(&agreement));
        batch.writes.extend(grounds);
        batch.writes.push(Write::Insert { table: &GROUP_MEMBERS, values });
        self.run(batch).await.map(drop)
    }

    /// A group session's row and its group; refusals (not the group's therapist, not a
    /// group session, no such session) as `NotFound("session")` with an entry.
    async fn group_session(&self, actor: &Actor, session: &RowId, action: Action) -> Result<(Row, RowId), Error> {
        let (row, _) = self.session_access(actor, session, action).await?;
        match row.opt_id("group_id")? {
            Some(g) => Ok((row, g)),
            None => Err(input("session", "is not a group session")),
        }
    }

    /// Records whether a member came to a group session (replacing what was recorded).
    /// The client must be a member of the session's group with the current group
    /// agreement in force; only the group's therapist or the operator. Audited
    /// (`attendance.write`).
    pub async fn record_attendance(
        &self,
        actor: &Actor,
        session: &RowId,
        client: &RowId,
        status: AttendanceStatus,
    ) -> Result<(), Error> {
        self.record_attendances(actor, session, &[(client.clone(), status)]).await
    }

    /// [`Vault::record_attendance`] for several members in one transaction: every mark
    /// is written, or none (a non-member is named by position, `marks[1].client`, when
    /// there are several). One `attendance.write` entry per member.
    pub async fn record_attendances(
        &self,
        actor: &Actor,
        session: &RowId,
        marks: &[(RowId, AttendanceStatus)],
    ) -> Result<(), Error> {
        if marks.is_empty() {
            return Err(input("marks", "mark at least one member"));
        }
        let (_, group) = self.group_session(actor, session, Action::AttendanceWrite).await?;
        let field = |i: usize| if marks.len() == 1 { "client".to_owned() } else { format!("marks[{i}].client") };
        let mut batch = Batch::default();
        for (i, (client, status)) in marks.iter().enumerate() {
            let member =
                || Query::by(&GROUP_MEMBERS, "group_id", Value::id(&group)).and("client_id", Value::id(client));
            if self.store.read(vec![member()]).await?[0].is_empty() {
                return Err(input(&field(i), "is not a member of this group"));
            }
            let agreement = self.group_agreement(client).await?;
            let key = |t| Query::by(t, "session_id", Value::id(session)).and("client_id", Value::id(client));
            batch.audit.push(AuditEvent::ok(actor, Action::AttendanceWrite).client(client).record(session));
            batch.writes.extend([
                Write::Require(live_client(client), "client"),
                Write::Require(member(), "client"),
                Self::agreement_in_force(&agreement),
                Write::Delete(key(&ATTENDANCE)),
                Write::Insert {
                    table: &ATTENDANCE,
                    values: vec![
                        ("session_id", Value::id(session)),
                        ("client_id", Value::id(client)),
                        ("status", Value::tag(status.tag())),
                        ("recorded_at", Value::int(now())),
                    ],
                },
            ]);
        }
        self.run(batch).await.map(drop)
    }

    /// Who came to a group session: `(client, status)` for each member recorded. The
    /// group's therapist or the operator; one `attendance.read` entry.
    pub async fn attendance(&self, actor: &Actor, session: &RowId) -> Result<Vec<(RowId, AttendanceStatus)>, Error> {
        self.group_session(actor, session, Action::AttendanceRead).await?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::AttendanceRead).record(session)).read(Query::by(
            &ATTENDANCE,
            "session_id",
            Value::id(session),
        ));
        let rows = self.run(batch).await?;
        let mut out: Vec<(RowId, AttendanceStatus)> = rows
            .iter()
            .flatten()
            .map(|r| Ok((r.id("client_id")?, r.tagged("status")?)))
            .collect::<Result<_, Error>>()?;
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    /// Writes a group session's group-level note (a draft), sealed under the practice
    /// key: what the group did, not any one member's confidences — those go in each
    /// member's own note (`Vault::add_note` with the group session). Only the group's
    /// therapist or the operator. Audited (`group-note.write`).
    pub async fn add_group_note(
        &self,
        actor: &Actor,
        group_session: &RowId,
        author: &RowId,
        note: &Note,
    ) -> Result<RowId, Error> {
        note.check_shape()?;
        if note.state != NoteState::Draft {
            return Err(input("state", "a new note starts as a draft"));
        }
        let (_, group) = self.group_session(actor, group_session, Action::GroupNoteWrite).await?;
        let id = RowId::generate();
        let body = self.practice.seal(&place(&GROUP_NOTES, "body", &id), &note.sections);
        let batch = Batch::audited(AuditEvent::ok(actor, Action::GroupNoteWrite).record(&id))
            .write(Write::Require(Query::by(&USERS, "id", Value::id(author)), "author"))
            .write(Write::Require(Query::by(&SESSIONS, "id", Value::id(group_session)), "session"))
            .write(Write::Require(Query::by(&GROUPS, "id", Value::id(&group)), "group"))
            .write(Write::Insert {
                table: &GROUP_NOTES,
                values: vec![
                    ("id", Value::id(&id)),
                    ("session_id", Value::id(group_session)),
                    ("group_id", Value::id(&group)),
                    ("author_id", Value::id(author)),
                    ("template", Value::tag(note.template.tag())),
                    ("created_at", Value::int(now())),
                    ("body", Value::sealed(&body)),
                ],
            });
        self.run(batch).await?;
        Ok(id)
    }

    /// A group session's group-level notes, oldest first: `(id, author, note)`. The
    /// group's therapist or the operator; one `group-note.read` entry.
    pub async fn group_notes(&self, actor: &Actor, group_session: &RowId) -> Result<Vec<(RowId, RowId, Note)>, Error> {
        self.group_session(actor, group_session, Action::GroupNoteRead).await?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::GroupNoteRead).record(group_session)).read(Query::by(
            &GROUP_NOTES,
            "session_id",
            Value::id(group_session),
        ));
        let rows = self.run(batch).await?;
        let mut found: Vec<&Row> = rows.iter().flatten().collect();
        found.sort_by_key(|r| (r.int("created_at").unwrap_or(0), r.text("id").unwrap_or("").to_owned()));
        let mut out = Vec::with_capacity(found.len());
        for row in found {
            let id = row.id("id")?;
            let sections: NoteSections = self.practice.open(&place(&GROUP_NOTES, "body", &id), &row.sealed("body")?)?;
            let note = Note { template: row.tagged("template")?, sections, state: NoteState::Draft };
            out.push((id, row.id("author_id")?, note));
        }
        Ok(out)
    }
}
