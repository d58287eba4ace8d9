//! Clients and their charts: adding, importing, finding, reading, erasing; and every
//! record a chart holds — sessions, notes and amendments, homework, consents, measures,
//! incidents, agenda items — plus groups and team meetings. Each record's free text is
//! one sealed `body` (or `profile`/`location`/`name`) bound to its table, column and row;
//! what rules and queries need (times, states, kinds, ids) stays plain.

use sanctum_practice::{
    AgendaItem, Amendment, AmendmentText, ClientProfile, Consent, Group, Homework, Incident, Location, MeasureResponse,
    Note, NoteSections, NoteState, Role, Session, SessionStatus, Tagged, TeamMeeting,
};
use std::sync::Arc;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Actor, AuditEvent};
use crate::blind::LookupField;
use crate::ids::RowId;
use crate::keys::DataKey;
use crate::progress::{Progress, Quiet};
use crate::schema::{self, Row, Table, Value};
use crate::seal::Place;
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{client_key_place, now, Vault};
use crate::Error;

/// Who a session is with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionWith {
    /// One client.
    Client(RowId),
    /// A group.
    Group(RowId),
}

/// A client's chart, opened. Its `Debug` shows the id and how many records of each
/// kind, never their text (the domain types redact themselves too).
pub struct Chart {
    /// The client.
    pub id: RowId,
    /// Who they are.
    pub profile: ClientProfile,
    /// Their individual sessions, by start time.
    pub sessions: Vec<(RowId, Session)>,
    /// Progress notes with their amendments.
    pub notes: Vec<ChartNote>,
    /// Homework.
    pub homework: Vec<(RowId, Homework)>,
    /// Consents.
    pub consents: Vec<(RowId, Consent)>,
    /// Outcome measures, by date.
    pub measures: Vec<(RowId, MeasureResponse)>,
    /// Incidents.
    pub incidents: Vec<(RowId, Incident)>,
    /// Agenda items.
    pub agenda: Vec<(RowId, AgendaItem)>,
}

impl std::fmt::Debug for Chart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Chart")
            .field("id", &self.id)
            .field("profile", &self.profile)
            .field("sessions", &self.sessions.len())
            .field("notes", &self.notes.len())
            .field("homework", &self.homework.len())
            .field("consents", &self.consents.len())
            .field("measures", &self.measures.len())
            .field("incidents", &self.incidents.len())
            .field("agenda", &self.agenda.len())
            .finish()
    }
}

/// A note in a chart.
#[derive(Debug)]
pub struct ChartNote {
    /// The note's id.
    pub id: RowId,
    /// The session it documents.
    pub session: Option<RowId>,
    /// Who wrote it.
    pub author: RowId,
    /// The note.
    pub note: Note,
    /// Amendments, oldest first.
    pub amendments: Vec<Amendment>,
}

#[derive(Serialize, Deserialize)]
struct ConsentBody {
    version: String,
}

#[derive(Serialize, Deserialize)]
struct MeasureBody {
    answers: Vec<u8>,
}

pub(crate) fn place<'a>(table: &'static Table, column: &'static str, row: &'a RowId) -> Place<'a> {
    Place { table: table.name, column, row: row.as_str() }
}

fn open_body<T: DeserializeOwned>(key: &DataKey, table: &'static Table, row: &Row) -> Result<(RowId, T), Error> {
    let id = row.id("id")?;
    let body = key.open(&place(table, "body", &id), &row.sealed("body")?)?;
    Ok((id, body))
}

pub(crate) fn live_client(client: &RowId) -> Query {
    Query::by(&schema::CLIENTS, "id", Value::id(client)).and("erased_at", Value::null())
}

impl<S: Store> Vault<S> {
    /// The client's data key, for writing its records: from the cache of recently used
    /// keys, or an unaudited read of its wrapped form. A cached key of a client erased
    /// meanwhile (by another instance) is harmless: every write also requires the client
    /// to be live, in its own transaction.
    pub(crate) async fn client_key(&self, client: &RowId) -> Result<Arc<DataKey>, Error> {
        if let Some(key) = self.key_cache.get(client) {
            return Ok(key);
        }
        let rows = self.store.read(vec![Query::by(&schema::CLIENT_KEYS, "client_id", Value::id(client))]).await?;
        let row = rows.into_iter().flatten().next().ok_or_else(|| Error::NotFound(format!("client {client}")))?;
        let key = Arc::new(self.kek.unwrap_data_key(&row.sealed("wrapped")?, &client_key_place(client))?);
        self.key_cache.put(client, key.clone());
        Ok(key)
    }

    /// A profile's columns: sealed under the client's key, with its blind indexes.
    pub(crate) fn profile_columns(
        &self,
        id: &RowId,
        profile: &ClientProfile,
        key: &DataKey,
    ) -> Result<Vec<(&'static str, Value)>, Error> {
        profile.validate()?;
        let name = format!("{} {}", profile.given_name, profile.family_name);
        let sealed = key.seal(&place(&schema::CLIENTS, "profile", id), profile);
        Ok(vec![
            ("name_index", Value::index(self.index.blind(LookupField::Name, &name).as_ref())),
            ("email_index", Value::index(self.index.blind(LookupField::Email, &profile.email).as_ref())),
            ("phone_index", Value::index(self.index.blind(LookupField::Phone, &profile.phone).as_ref())),
            ("profile", Value::sealed(&sealed)),
        ])
    }

    fn client_rows(&self, id: &RowId, profile: &ClientProfile, key: &DataKey) -> Result<Vec<Write>, Error> {
        let mut client = vec![("id", Value::id(id)), ("created_at", Value::int(now()))];
        client.extend(self.profile_columns(id, profile, key)?);
        let wrapped = self.kek.wrap(key.expose(), &client_key_place(id));
        Ok(vec![
            Write::Insert { table: &schema::CLIENTS, values: client },
            Write::Insert {
                table: &schema::CLIENT_KEYS,
                values: vec![("client_id", Value::id(id)), ("wrapped", Value::sealed(&wrapped))],
            },
        ])
    }

    /// Refuses (`NotFound("therapist")`) unless `therapist` is a therapist by an
    /// authentic user row: an assignment is signed, and must not be signed for a role
    /// written into the database without the key. (The batch requires the row again.)
    async fn require_therapist(&self, therapist: &RowId) -> Result<(), Error> {
        match self.role_of(therapist).await? {
            Some(Role::Therapist) => Ok(()),
            _ => Err(Error::NotFound("therapist".into())),
        }
    }

    fn assignment(therapist: &RowId, client: &RowId) -> [Write; 2] {
        [
            Write::Require(
                Query::by(&schema::USERS, "id", Value::id(therapist)).and("role", Value::tag("therapist")),
                "therapist",
            ),
            Write::Insert {
                table: &schema::CASELOAD,
                values: vec![
                    ("therapist_id", Value::id(therapist)),
                    ("client_id", Value::id(client)),
                    ("assigned_at", Value::int(now())),
                ],
            },
        ]
    }

    /// Adds a client with a fresh data key, optionally to a therapist's caseload.
    pub async fn add_client(
        &self,
        actor: &Actor,
        profile: &ClientProfile,
        therapist: Option<&RowId>,
    ) -> Result<RowId, Error> {
        let ids = self.import_clients(actor, std::slice::from_ref(profile), therapist).await?;
        ids.into_iter().next().ok_or_else(|| Error::Corrupt("no client was added".into()))
    }

    /// Adds many clients in one transaction: all or none. A profile that breaks a rule
    /// fails the whole import, naming its position (`clients[3].date_of_birth`).
    pub async fn import_clients(
        &self,
        actor: &Actor,
        profiles: &[ClientProfile],
        therapist: Option<&RowId>,
    ) -> Result<Vec<RowId>, Error> {
        self.import_clients_reporting(actor, profiles, therapist, &Quiet).await
    }

    /// [`Vault::import_clients`], reporting each client sealed to `progress` (they are
    /// then written in one transaction).
    pub async fn import_clients_reporting(
        &self,
        actor: &Actor,
        profiles: &[ClientProfile],
        therapist: Option<&RowId>,
        progress: &dyn Progress,
    ) -> Result<Vec<RowId>, Error> {
        if let Some(t) = therapist {
            self.require_therapist(t).await?;
        }
        progress.start(profiles.len() as u64);
        let mut batch = Batch::default();
        let mut ids = Vec::with_capacity(profiles.len());
        for (i, profile) in profiles.iter().enumerate() {
            let id = RowId::generate();
            let writes = self.client_rows(&id, profile, &DataKey::generate()).map_err(|e| match e {
                Error::Rule(r) => Error::Input { field: format!("clients[{i}].{}", r.field), message: r.message },
                e => e,
            })?;
            batch.writes.extend(writes);
            batch.audit.push(AuditEvent::ok(actor, Action::ClientAdded).client(&id));
            if let Some(t) = therapist {
                batch.writes.extend(Self::assignment(t, &id));
                batch.audit.push(AuditEvent::ok(actor, Action::CaseloadAssign).client(&id).record(t));
            }
            ids.push(id);
            progress.advance(1);
        }
        if !ids.is_empty() {
            self.run(batch).await?;
        }
        Ok(ids)
    }

    /// Puts a client on a therapist's caseload.
    pub async fn assign(&self, actor: &Actor, therapist: &RowId, client: &RowId) -> Result<(), Error> {
        self.require_therapist(therapist).await?;
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::CaseloadAssign).client(client).record(therapist));
        batch.writes.push(Write::Require(live_client(client), "client"));
        batch.writes.extend(Self::assignment(therapist, client));
        self.run(batch).await.map(drop)
    }

    /// Clients whose name, e-mail or phone equals `value` (by blind index; audited).
    pub async fn find_clients(&self, actor: &Actor, field: LookupField, value: &str) -> Result<Vec<RowId>, Error> {
        let column = match field {
            LookupField::Name => "name_index",
            LookupField::Email => "email_index",
            LookupField::Phone => "phone_index",
            LookupField::Username => {
                return Err(Error::Input { field: "field".into(), message: "clients have no user name".into() })
            }
        };
        let Some(index) = self.index.blind(field, value) else { return Ok(Vec::new()) };
        let q = Query::by(&schema::CLIENTS, column, Value::index(Some(&index))).and("erased_at", Value::null());
        let rows = self.run(Batch::audited(AuditEvent::ok(actor, Action::ClientLookup)).read(q)).await?;
        rows.into_iter().flatten().map(|r| r.id("id")).collect()
    }

    /// Opens a client's chart: every record, decrypted; one audit entry. Anyone but the
    /// operator is checked by [`Vault::authorize`] first (a refusal is `NotFound("client")`
    /// and a `denied` entry), and the grounds it found are required again in the read's
    /// own transaction. A read that fails (no such client, erased, data that does not
    /// open) is on the record too: the failed batch rolls its own entry back, so a
    /// `failed` entry is appended in a transaction of its own.
    pub async fn chart(&self, actor: &Actor, client: &RowId) -> Result<Chart, Error> {
        let basis = self.access(actor, client, Action::ChartRead).await?;
        let result = self.open_chart(actor, client, basis.require(client)).await;
        if result.is_err() {
            let mut event = AuditEvent::ok(actor, Action::ChartRead).client(client);
            event.outcome = crate::audit::Outcome::Failed;
            // The read's own error is the one to report; a vault that cannot append
            // (a broken chain) already refuses everything else.
            let _ = self.run(Batch::audited(event)).await;
        }
        result
    }

    async fn open_chart(&self, actor: &Actor, client: &RowId, grounds: Option<Write>) -> Result<Chart, Error> {
        let by_client = |t| Query::by(t, "client_id", Value::id(client));
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::ChartRead).client(client))
            .read(live_client(client))
            .read(by_client(&schema::CLIENT_KEYS))
            .read(by_client(&schema::SESSIONS))
            .read(by_client(&schema::NOTES))
            .read(by_client(&schema::NOTE_AMENDMENTS))
            .read(by_client(&schema::HOMEWORK))
            .read(by_client(&schema::CONSENTS))
            .read(by_client(&schema::MEASURES))
            .read(by_client(&schema::INCIDENTS))
            .read(by_client(&schema::AGENDA_ITEMS))
            .write(Write::Require(live_client(client), "client"));
        batch.writes.extend(grounds);
        let rows = self.run(batch).await?;
        let [clients, keys, sessions, notes, amendments, homework, consents, measures, incidents, agenda]: [Vec<Row>;
            10] = rows.try_into().map_err(|_| Error::Corrupt("chart query count".into()))?;
        let key_row = keys.first().ok_or_else(|| Error::NotFound(format!("client {client}")))?;
        let key = self.kek.unwrap_data_key(&key_row.sealed("wrapped")?, &client_key_place(client))?;
        let client_row = clients.first().ok_or_else(|| Error::NotFound(format!("client {client}")))?;
        let profile = key.open(&place(&schema::CLIENTS, "profile", client), &client_row.sealed("profile")?)?;

        let mut amendments_by_note: Vec<(RowId, Amendment)> = Vec::new();
        for row in &amendments {
            let (id, text): (RowId, AmendmentText) = open_body(&key, &schema::NOTE_AMENDMENTS, row)?;
            let _ = id;
            amendments_by_note.push((
                row.id("note_id")?,
                Amendment { by: row.text("author_id")?.to_owned(), at: row.int("at")?, text },
            ));
        }
        let mut chart_notes = Vec::with_capacity(notes.len());
        for row in &notes {
            let (id, sections): (RowId, NoteSections) = open_body(&key, &schema::NOTES, row)?;
            let note = Note { template: row.tagged("template")?, sections, state: note_state(row)? };
            let amendments = amendments_by_note.iter().filter(|(n, _)| *n == id).map(|(_, a)| a.clone()).collect();
            chart_notes.push(ChartNote {
                session: row.opt_id("session_id")?,
                author: row.id("author_id")?,
                id,
                note,
                amendments,
            });
        }
        Ok(Chart {
            id: client.clone(),
            profile,
            sessions: sessions.iter().map(|r| self.session_from_row(&key, r)).collect::<Result<_, _>>()?,
            notes: chart_notes,
            homework: homework.iter().map(|r| open_body(&key, &schema::HOMEWORK, r)).collect::<Result<_, _>>()?,
            consents: consents
                .iter()
                .map(|r| {
                    let (id, body): (RowId, ConsentBody) = open_body(&key, &schema::CONSENTS, r)?;
                    let consent = Consent {
                        kind: r.tagged("kind")?,
                        version: body.version,
                        signed_at: r.int("signed_at")?,
                        revoked_at: r.opt_int("revoked_at")?,
                    };
                    Ok((id, consent))
                })
                .collect::<Result<_, Error>>()?,
            measures: measures
                .iter()
                .map(|r| {
                    let (id, body): (RowId, MeasureBody) = open_body(&key, &schema::MEASURES, r)?;
                    Ok((id, MeasureResponse::new(r.tagged("instrument")?, r.int("taken_at")?, body.answers)?))
                })
                .collect::<Result<_, Error>>()?,
            incidents: incidents.iter().map(|r| open_body(&key, &schema::INCIDENTS, r)).collect::<Result<_, _>>()?,
            agenda: agenda.iter().map(|r| open_body(&key, &schema::AGENDA_ITEMS, r)).collect::<Result<_, _>>()?,
        })
    }

    pub(crate) fn session_from_row(&self, key: &DataKey, row: &Row) -> Result<(RowId, Session), Error> {
        let id = row.id("id")?;
        let location: Location = key.open(&place(&schema::SESSIONS, "location", &id), &row.sealed("location")?)?;
        let duration = u32::try_from(row.int("duration_minutes")?)
            .map_err(|_| Error::Corrupt("sessions.duration_minutes".into()))?;
        let session = Session {
            kind: row.tagged("kind")?,
            starts_at: row.int("starts_at")?,
            duration_minutes: duration,
            location,
            status: row.tagged("status")?,
        };
        Ok((id, session))
    }

    /// Erases a client by destroying its data key (crypto-shredding) and deleting its
    /// records; the client row stays as an id with an erasure time, so the audit trail
    /// still resolves. On SQLite the deleted pages are zeroed in the file and the WAL is
    /// then truncated, so no copy of the wrapped key stays in the vault directory.
    ///
    /// The limit: a backup made before the erasure still holds the client's wrapped key,
    /// and opens with the vault key of that day. Rotate the vault key after erasing
    /// (`sanctum keys rotate`) and those backups no longer open with the current key;
    /// destroy the old key (and passphrase) to make them useless.
    ///
    /// Team meetings are not touched: their case presentations are sealed under the
    /// practice key and name no client (they are meant to be de-identified), so the vault
    /// cannot tell which ones concern this client.
    pub async fn erase_client(&self, actor: &Actor, client: &RowId) -> Result<(), Error> {
        self.key_cache.forget(client);
        let by_client = |t| Query::by(t, "client_id", Value::id(client));
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::ClientErased).client(client))
            .write(Write::Require(live_client(client), "client"));
        batch.writes.extend(self.presentation_links_of(client).await?.into_iter().map(|presentation| {
            Write::Delete(Query::by(&schema::PRESENTATION_LINKS, "presentation_id", Value::id(&presentation)))
        }));
        for table in [
            &schema::DISCLOSURES,
            &schema::ATTENDANCE,
            &schema::NOTE_AMENDMENTS,
            &schema::AGENDA_ITEMS,
            &schema::INCIDENTS,
            &schema::MEASURES,
            &schema::CONSENTS,
            &schema::HOMEWORK,
            &schema::NOTES,
            &schema::SESSIONS,
            &schema::GROUP_MEMBERS,
            &schema::CHART_GRANTS,
            &schema::CASELOAD,
            &schema::CLIENT_KEYS,
        ] {
            batch.writes.push(Write::Delete(by_client(table)));
        }
        batch.writes.push(Write::Update {
            query: live_client(client),
            set: vec![
                ("erased_at", Value::int(now())),
                ("name_index", Value::null()),
                ("email_index", Value::null()),
                ("phone_index", Value::null()),
                ("profile", Value::null()),
            ],
            expect: Some((1, "the client")),
        });
        self.run(batch).await?;
        self.key_cache.forget(client);
        self.store.purge_deleted().await
    }

    /// Inserts a record of `client` sealed under its key, recorded as `action`.
    async fn add_record<T: Serialize + ?Sized>(
        &self,
        actor: &Actor,
        action: Action,
        client: &RowId,
        table: &'static Table,
        mut plain: Vec<(&'static str, Value)>,
        body: &T,
    ) -> Result<RowId, Error> {
        let key = self.client_key(client).await?;
        let id = RowId::generate();
        let sealed = key.seal(&place(table, "body", &id), body);
        plain.extend([("id", Value::id(&id)), ("client_id", Value::id(client)), ("body", Value::sealed(&sealed))]);
        let batch = Batch::audited(AuditEvent::ok(actor, action).client(client).record(&id))
            .write(Write::Require(live_client(client), "client"))
            .write(Write::Insert { table, values: plain });
        self.run(batch).await?;
        Ok(id)
    }

    /// The row of a client record by id (unaudited: ids and states only).
    pub(crate) async fn record_row(&self, table: &'static Table, id: &RowId, what: &str) -> Result<Row, Error> {
        let rows = self.store.read(vec![Query::by(table, "id", Value::id(id))]).await?;
        rows.into_iter().flatten().next().ok_or_else(|| Error::NotFound(format!("{what} {id}")))
    }

    /// Refuses a session that is not this client's: neither its individual session nor
    /// a session of a group it belongs to. (A session never changes hands, so checking
    /// before the write is enough.)
    async fn check_session(&self, client: &RowId, session: Option<&RowId>) -> Result<(), Error> {
        let Some(session) = session else { return Ok(()) };
        let refused = || Error::Input { field: "session".into(), message: "is not a session of this client".into() };
        let row = self.record_row(&schema::SESSIONS, session, "session").await.map_err(|_| refused())?;
        if row.opt_id("client_id")?.as_ref() == Some(client) {
            return Ok(());
        }
        if let Some(group) = row.opt_id("group_id")? {
            let member =
                Query::by(&schema::GROUP_MEMBERS, "group_id", Value::id(&group)).and("client_id", Value::id(client));
            if self.store.read(vec![member]).await?.iter().any(|rows| !rows.is_empty()) {
                return Ok(());
            }
        }
        Err(refused())
    }

    /// Schedules a session with a client or a group.
    pub async fn schedule_session(
        &self,
        actor: &Actor,
        with: &SessionWith,
        therapist: &RowId,
        session: &Session,
    ) -> Result<RowId, Error> {
        session.validate()?;
        let id = RowId::generate();
        let client_key;
        let (client, group, key) = match with {
            SessionWith::Client(c) => {
                client_key = self.client_key(c).await?;
                (Some(c), None, &*client_key)
            }
            // A group session's location is the practice's, not one member's.
            SessionWith::Group(g) => (None, Some(g), &self.practice),
        };
        let location = key.seal(&place(&schema::SESSIONS, "location", &id), &session.location);
        let values = vec![
            ("id", Value::id(&id)),
            ("kind", Value::tag(session.kind.tag())),
            ("client_id", Value::opt_id(client)),
            ("group_id", Value::opt_id(group)),
            ("therapist_id", Value::id(therapist)),
            ("starts_at", Value::int(session.starts_at)),
            ("duration_minutes", Value::int(session.duration_minutes.into())),
            ("status", Value::tag(session.status.tag())),
            ("location", Value::sealed(&location)),
        ];
        let mut event = AuditEvent::ok(actor, Action::SessionWrite).record(&id);
        event.client = client.cloned();
        let mut batch = Batch::audited(event).write(Write::Insert { table: &schema::SESSIONS, values });
        if let Some(c) = client {
            batch.writes.insert(0, Write::Require(live_client(c), "client"));
        }
        self.run(batch).await?;
        Ok(id)
    }

    /// Marks a scheduled session held, cancelled or a no-show.
    pub async fn set_session_status(&self, actor: &Actor, session: &RowId, status: SessionStatus) -> Result<(), Error> {
        let row = self.record_row(&schema::SESSIONS, session, "session").await?;
        let current: SessionStatus = row.tagged("status")?;
        if current != SessionStatus::Scheduled || status == SessionStatus::Scheduled {
            return Err(Error::Conflict(format!("a {current} session cannot become {status}")));
        }
        let mut event = AuditEvent::ok(actor, Action::SessionWrite).record(session);
        event.client = row.opt_id("client_id")?;
        let batch = Batch::audited(event).write(Write::Update {
            query: Query::by(&schema::SESSIONS, "id", Value::id(session)).and("status", Value::tag(current.tag())),
            set: vec![("status", Value::tag(status.tag()))],
            expect: Some((1, "the session")),
        });
        self.run(batch).await.map(drop)
    }

    /// Starts a progress note (a draft) for a client.
    pub async fn add_note(
        &self,
        actor: &Actor,
        client: &RowId,
        session: Option<&RowId>,
        author: &RowId,
        note: &Note,
    ) -> Result<RowId, Error> {
        note.check_shape()?;
        if note.state != NoteState::Draft {
            return Err(Error::Input { field: "state".into(), message: "a new note starts as a draft".into() });
        }
        self.check_session(client, session).await?;
        let mut plain = new_note_columns(session, author, note, now());
        plain.push(("state", Value::tag("draft")));
        self.add_record(actor, Action::NoteWrite, client, &schema::NOTES, plain, &note.sections).await
    }

    /// Writes a finished note and signs it in one transaction (the common case: a note
    /// written in one sitting right after the session).
    pub async fn add_signed_note(
        &self,
        actor: &Actor,
        client: &RowId,
        session: Option<&RowId>,
        author: &RowId,
        note: &Note,
    ) -> Result<RowId, Error> {
        let mut signed = note.clone();
        let at = now();
        signed.sign(author.as_str(), at)?;
        self.check_session(client, session).await?;
        let mut plain = new_note_columns(session, author, note, at);
        plain.extend([
            ("state", Value::tag("signed")),
            ("signed_by", Value::id(author)),
            ("signed_at", Value::int(at)),
        ]);
        self.add_record(actor, Action::NoteSign, client, &schema::NOTES, plain, &signed.sections).await
    }

    async fn note(&self, id: &RowId) -> Result<(RowId, Arc<DataKey>, Note), Error> {
        let row = self.record_row(&schema::NOTES, id, "note").await?;
        let client = row.id("client_id")?;
        let key = self.client_key(&client).await?;
        let (_, sections) = open_body(&key, &schema::NOTES, &row)?;
        Ok((client, key, Note { template: row.tagged("template")?, sections, state: note_state(&row)? }))
    }

    /// Replaces a draft's text; a signed note refuses (in the practice rules and in SQL).
    pub async fn write_note(&self, actor: &Actor, id: &RowId, sections: &NoteSections) -> Result<(), Error> {
        let (client, key, mut note) = self.note(id).await?;
        if let NoteState::Signed { .. } = note.state {
            return Err(Error::Conflict("the note is signed and locked; add an amendment".into()));
        }
        note.sections = sections.clone();
        note.check_shape()?;
        let sealed = key.seal(&place(&schema::NOTES, "body", id), &note.sections);
        let batch =
            Batch::audited(AuditEvent::ok(actor, Action::NoteWrite).client(&client).record(id)).write(Write::Update {
                query: Query::by(&schema::NOTES, "id", Value::id(id)).and("state", Value::tag("draft")),
                set: vec![("body", Value::sealed(&sealed))],
                expect: Some((1, "the draft")),
            });
        self.run(batch).await.map(drop)
    }

    /// Signs and locks a note.
    pub async fn sign_note(&self, actor: &Actor, id: &RowId, signer: &RowId) -> Result<(), Error> {
        let (client, _, mut note) = self.note(id).await?;
        let at = now();
        note.sign(signer.as_str(), at)?;
        let batch =
            Batch::audited(AuditEvent::ok(actor, Action::NoteSign).client(&client).record(id)).write(Write::Update {
                query: Query::by(&schema::NOTES, "id", Value::id(id)).and("state", Value::tag("draft")),
                set: vec![
                    ("state", Value::tag("signed")),
                    ("signed_by", Value::id(signer)),
                    ("signed_at", Value::int(at)),
                ],
                expect: Some((1, "the draft")),
            });
        self.run(batch).await.map(drop)
    }

    /// Amends a signed note: who, when and why, beside the unchanged note.
    pub async fn amend_note(
        &self,
        actor: &Actor,
        id: &RowId,
        author: &RowId,
        text: AmendmentText,
    ) -> Result<RowId, Error> {
        let (client, key, note) = self.note(id).await?;
        let amendment = Amendment::to(&note, author.as_str(), now(), text)?;
        let amendment_id = RowId::generate();
        let sealed = key.seal(&place(&schema::NOTE_AMENDMENTS, "body", &amendment_id), &amendment.text);
        let values = vec![
            ("id", Value::id(&amendment_id)),
            ("note_id", Value::id(id)),
            ("client_id", Value::id(&client)),
            ("author_id", Value::id(author)),
            ("at", Value::int(amendment.at)),
            ("body", Value::sealed(&sealed)),
        ];
        let batch = Batch::audited(AuditEvent::ok(actor, Action::NoteAmend).client(&client).record(id))
            .write(Write::Require(
                Query::by(&schema::NOTES, "id", Value::id(id)).and("state", Value::tag("signed")),
                "signed note",
            ))
            .write(Write::Insert { table: &schema::NOTE_AMENDMENTS, values });
        self.run(batch).await?;
        Ok(amendment_id)
    }

    /// Assigns homework.
    pub async fn add_homework(
        &self,
        actor: &Actor,
        client: &RowId,
        session: Option<&RowId>,
        homework: &Homework,
    ) -> Result<RowId, Error> {
        homework.validate()?;
        self.check_session(client, session).await?;
        let plain = vec![("session_id", Value::opt_id(session)), ("assigned_at", Value::int(now()))];
        self.add_record(actor, Action::HomeworkWrite, client, &schema::HOMEWORK, plain, homework).await
    }

    /// Updates homework (its status and the client's response).
    pub async fn update_homework(&self, actor: &Actor, id: &RowId, homework: &Homework) -> Result<(), Error> {
        homework.validate()?;
        let row = self.record_row(&schema::HOMEWORK, id, "homework").await?;
        let client = row.id("client_id")?;
        let key = self.client_key(&client).await?;
        let sealed = key.seal(&place(&schema::HOMEWORK, "body", id), homework);
        let batch = Batch::audited(AuditEvent::ok(actor, Action::HomeworkWrite).client(&client).record(id)).write(
            Write::Update {
                query: Query::by(&schema::HOMEWORK, "id", Value::id(id)),
                set: vec![("body", Value::sealed(&sealed))],
                expect: Some((1, "the homework")),
            },
        );
        self.run(batch).await.map(drop)
    }

    /// Records a signed consent.
    pub async fn add_consent(&self, actor: &Actor, client: &RowId, consent: &Consent) -> Result<RowId, Error> {
        if consent.version.trim().is_empty() {
            return Err(Error::Input { field: "version".into(), message: "is empty".into() });
        }
        let plain = vec![
            ("kind", Value::tag(consent.kind.tag())),
            ("signed_at", Value::int(consent.signed_at)),
            ("revoked_at", consent.revoked_at.map_or(Value::null(), Value::int)),
        ];
        let body = ConsentBody { version: consent.version.clone() };
        self.add_record(actor, Action::ConsentWrite, client, &schema::CONSENTS, plain, &body).await
    }

    /// Records that a consent was revoked.
    pub async fn revoke_consent(&self, actor: &Actor, id: &RowId, at: i64) -> Result<(), Error> {
        let row = self.record_row(&schema::CONSENTS, id, "consent").await?;
        let client = row.id("client_id")?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::ConsentWrite).client(&client).record(id)).write(
            Write::Update {
                query: Query::by(&schema::CONSENTS, "id", Value::id(id)).and("revoked_at", Value::null()),
                set: vec![("revoked_at", Value::int(at))],
                expect: Some((1, "the consent (already revoked?)")),
            },
        );
        self.run(batch).await.map(drop)
    }

    /// Records a completed outcome measure.
    pub async fn add_measure(&self, actor: &Actor, client: &RowId, measure: &MeasureResponse) -> Result<RowId, Error> {
        let checked = MeasureResponse::new(measure.instrument, measure.taken_at, measure.answers.clone())?;
        let plain =
            vec![("instrument", Value::tag(checked.instrument.tag())), ("taken_at", Value::int(checked.taken_at))];
        let body = MeasureBody { answers: checked.answers };
        self.add_record(actor, Action::MeasureWrite, client, &schema::MEASURES, plain, &body).await
    }

    /// Records an incident concerning one client, with a fresh `link` of its own (set
    /// here, whatever was given): [`Vault::record_incident`] for several clients at once.
    pub async fn add_incident(
        &self,
        actor: &Actor,
        client: &RowId,
        reporter: &RowId,
        incident: &Incident,
    ) -> Result<RowId, Error> {
        let mut incident = incident.clone();
        incident.link = RowId::generate().to_string();
        let plain = vec![("reported_by", Value::id(reporter)), ("reported_at", Value::int(now()))];
        self.add_record(actor, Action::IncidentWrite, client, &schema::INCIDENTS, plain, &incident).await
    }

    /// Adds an item to a client's agenda, optionally for a given session.
    pub async fn add_agenda_item(
        &self,
        actor: &Actor,
        client: &RowId,
        session: Option<&RowId>,
        item: &AgendaItem,
    ) -> Result<RowId, Error> {
        self.check_session(client, session).await?;
        let plain = vec![("session_id", Value::opt_id(session)), ("created_at", Value::int(now()))];
        self.add_record(actor, Action::AgendaWrite, client, &schema::AGENDA_ITEMS, plain, item).await
    }

    /// Creates a therapy group led by `therapist`.
    pub async fn create_group(&self, actor: &Actor, therapist: &RowId, group: &Group) -> Result<RowId, Error> {
        let id = RowId::generate();
        let name = self.practice.seal(&place(&schema::GROUPS, "name", &id), group);
        let values = vec![
            ("id", Value::id(&id)),
            ("therapist_id", Value::id(therapist)),
            ("name", Value::sealed(&name)),
            ("created_at", Value::int(now())),
        ];
        self.run(
            Batch::audited(AuditEvent::ok(actor, Action::GroupWrite).record(&id))
                .write(Write::Insert { table: &schema::GROUPS, values }),
        )
        .await?;
        Ok(id)
    }

    /// Adds a client to a group: only the group's therapist (or the operator), for a
    /// client they may write for, and only once the client has signed the group
    /// confidentiality agreement in its current version
    /// (`sanctum_practice::GROUP_AGREEMENT_VERSION`; otherwise a rule error on
    /// `consent`). Audited (`group.write`).
    pub async fn add_group_member(&self, actor: &Actor, group: &RowId, client: &RowId) -> Result<(), Error> {
        self.own_group(actor, group, Action::GroupWrite).await?;
        let basis = self.access(actor, client, Action::GroupWrite).await?;
        self.add_group_member_checked(actor, group, client, basis.require(client)).await
    }

    /// A group's name and members (audited as a group access).
    ///
    /// Only the group's therapist (and the operator) may: anyone else is refused with a
    /// `denied` entry and the answer a missing group gets.
    pub async fn group(&self, actor: &Actor, group: &RowId) -> Result<(Group, Vec<RowId>), Error> {
        if let Actor::User(user) = actor {
            let leads = self.group_therapist(group).await.ok().as_ref() == Some(user);
            if !leads {
                let event = AuditEvent::ok(actor, Action::GroupRead).record(group);
                return Err(self.refuse(event, crate::audit::Outcome::Denied, "group").await);
            }
        }
        let batch = Batch::audited(AuditEvent::ok(actor, Action::GroupRead).record(group))
            .read(Query::by(&schema::GROUPS, "id", Value::id(group)))
            .read(Query::by(&schema::GROUP_MEMBERS, "group_id", Value::id(group)));
        let rows = self.run(batch).await?;
        let row = rows[0].first().ok_or_else(|| Error::NotFound(format!("group {group}")))?;
        let name = self.practice.open(&place(&schema::GROUPS, "name", group), &row.sealed("name")?)?;
        Ok((name, rows[1].iter().map(|r| r.id("client_id")).collect::<Result<_, _>>()?))
    }

    /// Records a team meeting (sealed under the practice key).
    pub async fn add_team_meeting(&self, actor: &Actor, meeting: &TeamMeeting) -> Result<RowId, Error> {
        let id = RowId::generate();
        let body = self.practice.seal(&place(&schema::TEAM_MEETINGS, "body", &id), meeting);
        let values =
            vec![("id", Value::id(&id)), ("held_at", Value::int(meeting.held_at)), ("body", Value::sealed(&body))];
        let batch = Batch::audited(AuditEvent::ok(actor, Action::TeamMeetingWrite).record(&id))
            .write(Write::Insert { table: &schema::TEAM_MEETINGS, values });
        self.run(batch).await?;
        Ok(id)
    }

    /// Every team meeting, oldest first (case presentations are clinical: audited).
    pub async fn team_meetings(&self, actor: &Actor) -> Result<Vec<(RowId, TeamMeeting)>, Error> {
        let batch =
            Batch::audited(AuditEvent::ok(actor, Action::TeamMeetingRead)).read(Query::all(&schema::TEAM_MEETINGS));
        let rows = self.run(batch).await?;
        let mut meetings: Vec<(RowId, TeamMeeting)> = rows
            .iter()
            .flatten()
            .map(|r| open_body(&self.practice, &schema::TEAM_MEETINGS, r))
            .collect::<Result<_, _>>()?;
        meetings.sort_by_key(|(_, m)| m.held_at);
        Ok(meetings)
    }
}

fn note_state(row: &Row) -> Result<NoteState, Error> {
    Ok(match row.text("state")? {
        "draft" => NoteState::Draft,
        "signed" => NoteState::Signed { by: row.text("signed_by")?.to_owned(), at: row.int("signed_at")? },
        other => return Err(Error::Corrupt(format!("notes.state {other:?}"))),
    })
}

/// The plain columns every new note has, whatever its state.
fn new_note_columns(session: Option<&RowId>, author: &RowId, note: &Note, at: i64) -> Vec<(&'static str, Value)> {
    vec![
        ("session_id", Value::opt_id(session)),
        ("author_id", Value::id(author)),
        ("template", Value::tag(note.template.tag())),
        ("created_at", Value::int(at)),
    ]
}
