//! The confidentiality protocols' storage and access rules (DESIGN.md §1; the rules
//! themselves are `sanctum_practice`'s): incidents recorded per client and discussed in
//! the client's own next session, session agendas assembled from the chart, and
//! mandated disclosures with a supervisor's co-signature.
//!
//! Every read of clinical data is one audited batch; every refusal is a `denied` entry
//! and answers exactly like a record that does not exist.

use std::collections::{HashMap, HashSet};

use sanctum_practice::{
    Agenda, ChartFacts, Disclosure, Discussion, HomeworkStatus, Incident, Instrument, LegalBasis, Location, Role,
    SessionFacts, SessionKind, SessionStatus,
};

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::chart::{live_client, place};
use crate::ids::RowId;
use crate::keys::DataKey;
use crate::schema::{
    Row, Table, Value, CASELOAD, CONSENTS, DISCLOSURES, HOMEWORK, INCIDENTS, MEASURES, NOTES, SESSIONS, USERS,
};
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{now, Vault};
use crate::Error;

/// A mandated disclosure as the audit report lists it: the plain facts and the legal
/// basis, never the justification, recipient or information disclosed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisclosureSummary {
    /// The disclosure's id.
    pub id: RowId,
    /// Whose.
    pub client: RowId,
    /// Who drafted it.
    pub drafted_by: RowId,
    /// When.
    pub drafted_at: i64,
    /// The legal ground.
    pub basis: LegalBasis,
    /// Whether (and so when) the client was informed.
    pub informed: sanctum_practice::ClientInformed,
    /// The incident it was converted from, if it was.
    pub from_incident: Option<String>,
    /// The co-signing supervisor and when: set once it is final.
    pub cosigned: Option<(RowId, i64)>,
}

/// A session's facts, as the next-session rule reads them, from its row.
fn session_facts(row: &Row) -> Result<SessionFacts, Error> {
    Ok(SessionFacts {
        id: row.text("id")?.to_owned(),
        kind: row.tagged("kind")?,
        client: row.opt_text("client_id")?.map(str::to_owned),
        starts_at: row.int("starts_at")?,
        status: row.tagged("status")?,
    })
}

fn input(field: impl Into<String>, message: impl Into<String>) -> Error {
    Error::Input { field: field.into(), message: message.into() }
}

/// `YYYY-MM-DD`, shape only (the agenda compares dates as text).
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The queries [`Vault::chart_facts`] reads for one client, in its order.
fn fact_queries(client: &RowId) -> [Query; 6] {
    let by = |t| Query::by(t, "client_id", Value::id(client));
    [
        by(&SESSIONS),
        by(&INCIDENTS),
        by(&HOMEWORK),
        by(&MEASURES),
        by(&NOTES).and("state", Value::tag("draft")),
        by(&CONSENTS).and("revoked_at", Value::null()),
    ]
}

impl<S: Store> Vault<S> {
    /// Records a refusal or a miss (`denied` / `failed`) and answers `NotFound(what)`.
    pub(crate) async fn refuse(&self, event: AuditEvent, outcome: Outcome, what: &str) -> Error {
        let mut event = event;
        event.outcome = outcome;
        match self.run(Batch::audited(event)).await {
            Ok(_) => Error::NotFound(what.into()),
            Err(e) => e,
        }
    }

    /// A record's row by id; a miss is a `failed` entry and `NotFound(what)`.
    async fn audited_row(
        &self,
        actor: &Actor,
        action: Action,
        table: &'static Table,
        id: &RowId,
        what: &str,
    ) -> Result<Row, Error> {
        match self.record_row(table, id, what).await {
            Ok(row) => Ok(row),
            Err(Error::NotFound(_)) => {
                Err(self.refuse(AuditEvent::ok(actor, action).record(id), Outcome::Failed, what).await)
            }
            Err(e) => Err(e),
        }
    }

    /// The role of a staff member acting (unaudited: the staff list); `None` for a user
    /// row written without the vault key (an `integrity.failure` entry naming `user`).
    pub(crate) async fn role_of(&self, user: &RowId) -> Result<Option<Role>, Error> {
        let rows = self.store.read(vec![Query::by(&USERS, "id", Value::id(user))]).await?;
        let row = self.authentic_first(&Actor::User(user.clone()), &rows[0]).await?;
        row.map(|r| r.tagged::<Role>("role")).transpose()
    }

    /// The clients an authentic caseload assignment gives `actor` among `rows` (caseload
    /// rows); assignments written without the vault key are left out (and recorded).
    pub(crate) async fn assigned(&self, actor: &Actor, rows: &[Row]) -> Result<HashSet<RowId>, Error> {
        self.authentic(actor, rows).await?.into_iter().map(|r| r.id("client_id")).collect()
    }

    // ---------------------------------------------------------------- incidents

    /// Records one suspected confidentiality violation concerning several clients, in
    /// one transaction: one row per client, each sealed under that client's own key and
    /// holding that client's own description, all sharing a fresh random `link` (set
    /// here, whatever was given). Every client must be live and the actor allowed to
    /// write for each ([`Vault::authorize`]); all or nothing. A validation error names
    /// the position (`concerned[1].description`). Audited: one `incident.write` per row.
    pub async fn record_incident(
        &self,
        actor: &Actor,
        reporter: &RowId,
        concerned: &[(RowId, Incident)],
    ) -> Result<Vec<RowId>, Error> {
        if concerned.is_empty() {
            return Err(input("concerned", "name at least one client"));
        }
        let mut seen = HashSet::new();
        for (i, (client, incident)) in concerned.iter().enumerate() {
            incident.validate().map_err(|r| input(format!("concerned[{i}].{}", r.field), r.message))?;
            if !incident.discussions.is_empty() {
                return Err(input(format!("concerned[{i}].discussions"), "a new incident has not been discussed yet"));
            }
            if !seen.insert(client) {
                return Err(input(format!("concerned[{i}].client"), "is named twice: one record per client"));
            }
        }
        let link = RowId::generate().to_string();
        let mut batch =
            Batch::default().write(Write::Require(Query::by(&USERS, "id", Value::id(reporter)), "reporter"));
        let mut ids = Vec::with_capacity(concerned.len());
        for (client, incident) in concerned {
            let basis = self.access(actor, client, Action::IncidentWrite).await?;
            let key = self.client_key(client).await?;
            let id = RowId::generate();
            let mut incident = incident.clone();
            incident.link = link.clone();
            let sealed = key.seal(&place(&INCIDENTS, "body", &id), &incident);
            batch.writes.push(Write::Require(live_client(client), "client"));
            batch.writes.extend(basis.require(client));
            batch.writes.push(Write::Insert {
                table: &INCIDENTS,
                values: vec![
                    ("id", Value::id(&id)),
                    ("client_id", Value::id(client)),
                    ("reported_by", Value::id(reporter)),
                    ("reported_at", Value::int(now())),
                    ("body", Value::sealed(&sealed)),
                ],
            });
            batch.audit.push(AuditEvent::ok(actor, Action::IncidentWrite).client(client).record(&id));
            ids.push(id);
        }
        self.run(batch).await?;
        Ok(ids)
    }

    /// The incident's row, its client and the grounds to re-require; any refusal or
    /// miss is `NotFound("incident")` with a `denied` / `failed` entry.
    async fn incident_access(
        &self,
        actor: &Actor,
        id: &RowId,
        action: Action,
    ) -> Result<(Row, RowId, Option<Write>), Error> {
        let row = self.audited_row(actor, action, &INCIDENTS, id, "incident").await?;
        let client = row.id("client_id")?;
        let basis = self.access(actor, &client, action).await.map_err(|e| match e {
            Error::NotFound(_) => Error::NotFound("incident".into()),
            e => e,
        })?;
        Ok((row, client.clone(), basis.require(&client)))
    }

    /// One incident, opened, with its client (`incident.read`). Who may read the chart
    /// may read it (the client's therapist, a supervisor holding a grant, the operator).
    pub async fn incident(&self, actor: &Actor, id: &RowId) -> Result<(RowId, Incident), Error> {
        let (_, client, grounds) = self.incident_access(actor, id, Action::IncidentRead).await?;
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::IncidentRead).client(&client).record(id))
            .read(Query::by(&INCIDENTS, "id", Value::id(id)))
            .write(Write::Require(live_client(&client), "client"));
        batch.writes.extend(grounds);
        let rows = self.run(batch).await?;
        let row = rows[0].first().ok_or_else(|| Error::NotFound("incident".into()))?;
        let key = self.client_key(&client).await?;
        let incident = key.open(&place(&INCIDENTS, "body", id), &row.sealed("body")?)?;
        Ok((client, incident))
    }

    /// Records the conversation about an incident in `session`, which must be an
    /// individual session of the incident's own client (the practice rule
    /// `Incident::discuss` refuses a group session, a cancelled one or a no-show, a
    /// missing account, a close without agreed steps, a closed incident). The
    /// discussion's `session` and `at` are set here. Re-sealed under the client's key;
    /// a concurrent change makes it a `Conflict`. Audited (`incident.write`).
    pub async fn discuss_incident(
        &self,
        actor: &Actor,
        id: &RowId,
        session: &RowId,
        discussion: Discussion,
    ) -> Result<(), Error> {
        let (row, client, grounds) = self.incident_access(actor, id, Action::IncidentWrite).await?;
        let not_theirs = || input("session", "is not a session of this client");
        let session_row = self.record_row(&SESSIONS, session, "session").await.map_err(|_| not_theirs())?;
        let facts = session_facts(&session_row)?;
        if facts.kind == SessionKind::Individual && facts.client.as_deref() != Some(client.as_str()) {
            return Err(not_theirs());
        }
        let key = self.client_key(&client).await?;
        let old = row.sealed("body")?;
        let mut incident: Incident = key.open(&place(&INCIDENTS, "body", id), &old)?;
        let mut discussion = discussion;
        discussion.session = session.to_string();
        discussion.at = now();
        incident.discuss(&facts, discussion)?;
        let sealed = key.seal(&place(&INCIDENTS, "body", id), &incident);
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::IncidentWrite).client(&client).record(id))
            .write(Write::Require(live_client(&client), "client"))
            .write(Write::Update {
                query: Query::by(&INCIDENTS, "id", Value::id(id)).and("body", Value::sealed(&old)),
                set: vec![("body", Value::sealed(&sealed))],
                expect: Some((1, "the incident (changed meanwhile: reload it)")),
            });
        batch.writes.extend(grounds);
        self.run(batch).await.map(drop)
    }

    /// The open incidents of every live client on `therapist`'s caseload, oldest first:
    /// the dashboard's "needs a session" list and the agendas' source. Only the
    /// therapist themselves or the operator; one `incident.read` entry naming the
    /// therapist. Incidents are never listed by group: a group's page cannot reach them.
    pub async fn open_incidents(
        &self,
        actor: &Actor,
        therapist: &RowId,
    ) -> Result<Vec<(RowId, RowId, Incident)>, Error> {
        self.own_listing(actor, therapist, Action::IncidentRead).await?;
        let caseload = Query::by(&CASELOAD, "therapist_id", Value::id(therapist));
        let clients: Vec<RowId> =
            self.assigned(actor, &self.store.read(vec![caseload]).await?[0]).await?.into_iter().collect();
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::IncidentRead).record(therapist)).read(Query::by(
            &CASELOAD,
            "therapist_id",
            Value::id(therapist),
        ));
        for c in &clients {
            batch.queries.push(Query::by(&INCIDENTS, "client_id", Value::id(c)));
        }
        let rows = self.run(batch).await?;
        // Only clients still on the caseload in the audited read's own snapshot.
        let current = self.assigned(actor, &rows[0]).await?;
        let mut out = Vec::new();
        for (client, incidents) in clients.iter().zip(&rows[1..]) {
            if !current.contains(client) || incidents.is_empty() {
                continue;
            }
            let key = self.client_key(client).await?;
            for row in incidents {
                let id = row.id("id")?;
                let incident: Incident = key.open(&place(&INCIDENTS, "body", &id), &row.sealed("body")?)?;
                if incident.is_open() {
                    out.push((id, client.clone(), incident));
                }
            }
        }
        out.sort_by(|a, b| (a.2.occurred_at, a.0.as_str()).cmp(&(b.2.occurred_at, b.0.as_str())));
        Ok(out)
    }

    // ---------------------------------------------------------------- agendas

    /// A client's chart facts from the rows of [`fact_queries`] (in its order).
    fn chart_facts(&self, client: &RowId, key: &DataKey, rows: &[Vec<Row>]) -> Result<ChartFacts, Error> {
        let [sessions, incidents, homework, measures, drafts, consents] = rows else {
            return Err(Error::Corrupt("agenda query count".into()));
        };
        let mut facts = ChartFacts { client: client.to_string(), ..ChartFacts::default() };
        for row in sessions {
            let s = session_facts(row)?;
            if matches!(s.status, SessionStatus::Scheduled | SessionStatus::Held) && !facts.telehealth {
                let id = row.id("id")?;
                let location: Location = key.open(&place(&SESSIONS, "location", &id), &row.sealed("location")?)?;
                facts.telehealth = matches!(location, Location::Telehealth(_));
            }
            facts.sessions.push(s);
        }
        for row in incidents {
            let id = row.id("id")?;
            let incident: Incident = key.open(&place(&INCIDENTS, "body", &id), &row.sealed("body")?)?;
            facts.incidents.push((id.to_string(), incident.is_open()));
        }
        for row in homework {
            let id = row.id("id")?;
            let h: sanctum_practice::Homework = key.open(&place(&HOMEWORK, "body", &id), &row.sealed("body")?)?;
            let status: HomeworkStatus = h.status;
            facts.homework.push((id.to_string(), h.due.clone(), status));
        }
        for row in measures {
            facts.measures.push((row.tagged::<Instrument>("instrument")?, row.int("taken_at")?));
        }
        for row in drafts {
            facts.draft_notes.push(row.text("id")?.to_owned());
        }
        for row in consents {
            facts.consents.push(row.tagged("kind")?);
        }
        Ok(facts)
    }

    /// A session's agenda as of `now` (`session_date` is its local date, `YYYY-MM-DD`,
    /// which homework due dates are compared with): the practice rule
    /// `sanctum_practice::agenda` over the client's chart facts — open incidents (on the
    /// client's next individual session only), homework due, measures due, draft notes,
    /// consents missing. A group session's agenda is empty, always. Who may see the
    /// session may see its agenda; one `agenda.read` entry.
    pub async fn agenda(&self, actor: &Actor, session: &RowId, now: i64, session_date: &str) -> Result<Agenda, Error> {
        if !is_date(session_date) {
            return Err(input("session_date", "is not a YYYY-MM-DD date"));
        }
        let (row, grounds) = self.session_access(actor, session, Action::AgendaRead).await?;
        let Some(client) = row.opt_id("client_id")? else {
            // A group session: nothing from any member's chart, so nothing is read.
            self.run(Batch::audited(AuditEvent::ok(actor, Action::AgendaRead).record(session))).await?;
            return Ok(Agenda::default());
        };
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::AgendaRead).client(&client).record(session))
            .read(Query::by(&SESSIONS, "id", Value::id(session)))
            .write(Write::Require(live_client(&client), "client"));
        batch.queries.extend(fact_queries(&client));
        batch.writes.extend(grounds);
        let rows = self.run(batch).await?;
        let this = session_facts(rows[0].first().ok_or_else(|| Error::NotFound("session".into()))?)?;
        let key = self.client_key(&client).await?;
        let facts = self.chart_facts(&client, &key, &rows[1..])?;
        Ok(sanctum_practice::agenda(&this, session_date, &facts, now))
    }

    /// The agenda of every session of `therapist` starting in `[from, to)`, by start
    /// time: the today page's one agenda per slot, in one transaction (one read of each
    /// client's facts however many of their sessions fall in the range — not a chart
    /// read per slot). `date_of` gives a start time's local date (`YYYY-MM-DD`): the
    /// vault does not know the practice's time zone. Group sessions and sessions with
    /// clients no longer on the caseload get an empty agenda. Only the therapist or the
    /// operator; one `agenda.read` entry per client whose facts were read (or one naming
    /// the therapist when there are none).
    pub async fn upcoming_agendas(
        &self,
        actor: &Actor,
        therapist: &RowId,
        from: i64,
        to: i64,
        now: i64,
        date_of: &(dyn Fn(i64) -> String + Sync),
    ) -> Result<Vec<(RowId, Agenda)>, Error> {
        if to < from {
            return Err(input("to", "is before from"));
        }
        self.own_listing(actor, therapist, Action::AgendaRead).await?;
        let in_range = || Query::by(&SESSIONS, "therapist_id", Value::id(therapist)).between("starts_at", from, to);
        // Which clients to read (ids only, unaudited); the audited batch reads the rest.
        let mut clients: Vec<RowId> = Vec::new();
        for row in self.store.read(vec![in_range()]).await?.iter().flatten() {
            if let Some(c) = row.opt_id("client_id")? {
                if !clients.contains(&c) {
                    clients.push(c);
                }
            }
        }
        let mut batch =
            Batch::default().read(in_range()).read(Query::by(&CASELOAD, "therapist_id", Value::id(therapist)));
        for c in &clients {
            batch.queries.extend(fact_queries(c));
            batch.audit.push(AuditEvent::ok(actor, Action::AgendaRead).client(c).record(therapist));
        }
        if batch.audit.is_empty() {
            batch.audit.push(AuditEvent::ok(actor, Action::AgendaRead).record(therapist));
        }
        let rows = self.run(batch).await?;
        let on_caseload = self.assigned(actor, &rows[1]).await?;
        let mut facts: HashMap<RowId, ChartFacts> = HashMap::new();
        for (i, c) in clients.iter().enumerate() {
            if !(on_caseload.contains(c) || *actor == Actor::Operator) {
                continue;
            }
            let key = match self.client_key(c).await {
                Ok(key) => key,
                Err(Error::NotFound(_)) => continue, // erased meanwhile
                Err(e) => return Err(e),
            };
            facts.insert(c.clone(), self.chart_facts(c, &key, &rows[2 + 6 * i..2 + 6 * (i + 1)])?);
        }
        let mut sessions: Vec<SessionFacts> = rows[0].iter().map(session_facts).collect::<Result<_, _>>()?;
        sessions.sort_by(|a, b| (a.starts_at, &a.id).cmp(&(b.starts_at, &b.id)));
        let mut out = Vec::with_capacity(sessions.len());
        for s in sessions {
            let agenda = match s.client.as_deref().and_then(|c| facts.get(&RowId::parse(c).ok()?)) {
                Some(f) if s.kind == SessionKind::Individual => {
                    sanctum_practice::agenda(&s, &date_of(s.starts_at), f, now)
                }
                _ => Agenda::default(),
            };
            out.push((RowId::parse(&s.id)?, agenda));
        }
        Ok(out)
    }

    // ---------------------------------------------------------------- disclosures

    /// Drafts a mandated disclosure about `client`: only the client's therapist (or the
    /// operator, naming a staff member in `drafted_by`). `drafted_by` is set to the
    /// acting user; the practice rule `Disclosure::validate` names any missing
    /// statement. It never comes from an incident here (`from_incident` must be empty:
    /// use [`Vault::convert_incident`]) and is never born co-signed. Audited
    /// (`disclosure.draft`).
    pub async fn draft_disclosure(
        &self,
        actor: &Actor,
        client: &RowId,
        disclosure: &Disclosure,
    ) -> Result<RowId, Error> {
        if disclosure.from_incident.is_some() {
            return Err(input(
                "from_incident",
                "an incident becomes a disclosure only by converting it explicitly, with its own reason",
            ));
        }
        self.insert_disclosure(actor, client, disclosure, None).await
    }

    /// Converts an incident into a mandated disclosure draft — never automatic: the
    /// caller's `disclosure.from_incident` must name this incident and give the reason
    /// for converting it. The incident itself is left as it is (still to be talked
    /// through with the client). Only the client's therapist or the operator; audited
    /// (`disclosure.draft`, naming the new disclosure).
    pub async fn convert_incident(
        &self,
        actor: &Actor,
        incident: &RowId,
        disclosure: &Disclosure,
    ) -> Result<RowId, Error> {
        match &disclosure.from_incident {
            Some(c) if c.incident == incident.as_str() => {}
            Some(_) => return Err(input("from_incident", "names another incident")),
            None => return Err(input("from_incident", "converting an incident needs the incident and a reason")),
        }
        let row = self.audited_row(actor, Action::DisclosureDraft, &INCIDENTS, incident, "incident").await?;
        let client = row.id("client_id")?;
        self.insert_disclosure(actor, &client, disclosure, Some(incident)).await.map_err(|e| match e {
            Error::NotFound(w) if w == "client" => Error::NotFound("incident".into()),
            e => e,
        })
    }

    async fn insert_disclosure(
        &self,
        actor: &Actor,
        client: &RowId,
        disclosure: &Disclosure,
        incident: Option<&RowId>,
    ) -> Result<RowId, Error> {
        if disclosure.cosigned.is_some() {
            return Err(input("cosigned", "a new disclosure is a draft: a supervisor co-signs it afterwards"));
        }
        let basis = self.access(actor, client, Action::DisclosureDraft).await?;
        let author = match actor {
            Actor::User(u) => u.clone(),
            _ => RowId::parse(&disclosure.drafted_by)
                .map_err(|_| input("drafted_by", "name the staff member drafting it (a user id)"))?,
        };
        let mut d = disclosure.clone();
        d.drafted_by = author.to_string();
        d.validate()?;
        let id = RowId::generate();
        let key = self.client_key(client).await?;
        let sealed = key.seal(&place(&DISCLOSURES, "body", &id), &d);
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::DisclosureDraft).client(client).record(&id))
            .write(Write::Require(live_client(client), "client"))
            .write(Write::Require(
                Query::by(&USERS, "id", Value::id(&author)).and("role", Value::tag("therapist")),
                "drafted_by",
            ));
        if let Some(incident) = incident {
            batch.writes.push(Write::Require(
                Query::by(&INCIDENTS, "id", Value::id(incident)).and("client_id", Value::id(client)),
                "incident",
            ));
        }
        batch.writes.extend(basis.require(client));
        batch.writes.push(Write::Insert {
            table: &DISCLOSURES,
            values: vec![
                ("id", Value::id(&id)),
                ("client_id", Value::id(client)),
                ("drafted_by", Value::id(&author)),
                ("drafted_at", Value::int(now())),
                ("state", Value::tag("draft")),
                ("body", Value::sealed(&sealed)),
            ],
        });
        self.run(batch).await?;
        Ok(id)
    }

    /// Co-signs a draft disclosure, which makes it final: the practice rule
    /// `Disclosure::cosign` with `is_supervisor` from the actor's role (only a supervisor,
    /// never the author, only once, only a complete draft). A staff member who may not
    /// see the disclosure (anyone but a supervisor or the client's therapist) is refused
    /// like a missing one. Audited (`disclosure.cosign`).
    pub async fn cosign_disclosure(&self, actor: &Actor, id: &RowId) -> Result<(), Error> {
        let row = self.audited_row(actor, Action::DisclosureCosign, &DISCLOSURES, id, "disclosure").await?;
        let client = row.id("client_id")?;
        let refused = AuditEvent::ok(actor, Action::DisclosureCosign).client(&client).record(id);
        let (user, is_supervisor) = match actor {
            Actor::User(u) => {
                let role = self.role_of(u).await?;
                let assignment =
                    Query::by(&CASELOAD, "therapist_id", Value::id(u)).and("client_id", Value::id(&client));
                let own = !self.assigned(actor, &self.store.read(vec![assignment]).await?[0]).await?.is_empty();
                match role {
                    Some(Role::Supervisor) => (u.to_string(), true),
                    Some(Role::Therapist) if own => (u.to_string(), false),
                    _ => return Err(self.refuse(refused, Outcome::Denied, "disclosure").await),
                }
            }
            Actor::Operator => ("operator".to_owned(), false),
            Actor::Unknown => return Err(self.refuse(refused, Outcome::Denied, "disclosure").await),
        };
        let key = self.client_key(&client).await?;
        let mut d: Disclosure = key.open(&place(&DISCLOSURES, "body", id), &row.sealed("body")?)?;
        let at = now();
        d.cosign(&user, is_supervisor, at)?;
        let supervisor = RowId::parse(&user)?;
        let sealed = key.seal(&place(&DISCLOSURES, "body", id), &d);
        let batch = Batch::audited(AuditEvent::ok(actor, Action::DisclosureCosign).client(&client).record(id))
            .write(Write::Require(live_client(&client), "client"))
            .write(Write::Require(
                Query::by(&USERS, "id", Value::id(&supervisor)).and("role", Value::tag("supervisor")),
                "cosigner",
            ))
            .write(Write::Update {
                query: Query::by(&DISCLOSURES, "id", Value::id(id)).and("state", Value::tag("draft")),
                set: vec![
                    ("state", Value::tag("final")),
                    ("cosigned_by", Value::id(&supervisor)),
                    ("cosigned_at", Value::int(at)),
                    ("body", Value::sealed(&sealed)),
                ],
                expect: Some((1, "the draft disclosure (already co-signed?)")),
            });
        self.run(batch).await.map(drop)
    }

    /// Whether `actor` is a supervisor (or, with `operator_too`, the operator).
    async fn is_supervisor(&self, actor: &Actor, operator_too: bool) -> Result<bool, Error> {
        Ok(match actor {
            Actor::Operator => operator_too,
            Actor::User(u) => self.role_of(u).await? == Some(Role::Supervisor),
            Actor::Unknown => false,
        })
    }

    /// Disclosures matching `query`, opened, each read on the record (`disclosure.read`
    /// naming its client and itself; one entry without a client when there are none).
    async fn read_disclosures(
        &self,
        actor: &Actor,
        query: impl Fn() -> Query,
    ) -> Result<Vec<(Row, Disclosure)>, Error> {
        let ids: Vec<(RowId, RowId)> = self.store.read(vec![query()]).await?[0]
            .iter()
            .map(|r| Ok((r.id("id")?, r.id("client_id")?)))
            .collect::<Result<_, Error>>()?;
        let mut batch = Batch::default().read(query());
        for (id, client) in &ids {
            batch.audit.push(AuditEvent::ok(actor, Action::DisclosureRead).client(client).record(id));
        }
        if batch.audit.is_empty() {
            batch.audit.push(AuditEvent::ok(actor, Action::DisclosureRead));
        }
        let rows = self.run(batch).await?;
        let audited: HashSet<&RowId> = ids.iter().map(|(id, _)| id).collect();
        let mut out = Vec::new();
        for row in rows.into_iter().flatten() {
            let id = row.id("id")?;
            if !audited.contains(&id) {
                continue; // drafted after the listing began: not on the record, so not shown
            }
            let key = self.client_key(&row.id("client_id")?).await?;
            let d: Disclosure = key.open(&place(&DISCLOSURES, "body", &id), &row.sealed("body")?)?;
            out.push((row, d));
        }
        out.sort_by_key(|(r, _)| (r.int("drafted_at").unwrap_or(0), r.text("id").unwrap_or("").to_owned()));
        Ok(out)
    }

    /// The drafts waiting for a co-signature, oldest first, in full (a supervisor reads
    /// what they sign). Supervisors only — who see these, but not the clients' charts
    /// (those still need a grant). Anyone else: a `denied` entry and
    /// `NotFound("disclosures")`.
    pub async fn disclosures_awaiting_cosign(&self, actor: &Actor) -> Result<Vec<(RowId, RowId, Disclosure)>, Error> {
        if !self.is_supervisor(actor, false).await? {
            return Err(self
                .refuse(AuditEvent::ok(actor, Action::DisclosureRead), Outcome::Denied, "disclosures")
                .await);
        }
        let rows = self.read_disclosures(actor, || Query::by(&DISCLOSURES, "state", Value::tag("draft"))).await?;
        rows.into_iter().map(|(r, d)| Ok((r.id("id")?, r.id("client_id")?, d))).collect()
    }

    /// Every disclosure, oldest first, for audit: the plain facts and the legal basis
    /// ([`DisclosureSummary`]). Supervisors and the operator; anyone else is refused
    /// (`denied`, `NotFound("disclosures")`). Each disclosure read is on the record.
    pub async fn disclosure_report(&self, actor: &Actor) -> Result<Vec<DisclosureSummary>, Error> {
        if !self.is_supervisor(actor, true).await? {
            return Err(self
                .refuse(AuditEvent::ok(actor, Action::DisclosureRead), Outcome::Denied, "disclosures")
                .await);
        }
        let rows = self.read_disclosures(actor, || Query::all(&DISCLOSURES)).await?;
        rows.into_iter()
            .map(|(r, d)| {
                let cosigned = match (r.opt_id("cosigned_by")?, r.opt_int("cosigned_at")?) {
                    (Some(by), Some(at)) => Some((by, at)),
                    _ => None,
                };
                Ok(DisclosureSummary {
                    id: r.id("id")?,
                    client: r.id("client_id")?,
                    drafted_by: r.id("drafted_by")?,
                    drafted_at: r.int("drafted_at")?,
                    basis: d.basis,
                    informed: d.informed,
                    from_incident: d.from_incident.as_ref().map(|c| c.incident.clone()),
                    cosigned,
                })
            })
            .collect()
    }

    /// A client's disclosures, oldest first, in full: for the client's therapist (and
    /// the operator). Refused like a missing client otherwise. One `disclosure.read`
    /// entry.
    pub async fn disclosures_of(&self, actor: &Actor, client: &RowId) -> Result<Vec<(RowId, Disclosure)>, Error> {
        let basis = self.access(actor, client, Action::DisclosureRead).await?;
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::DisclosureRead).client(client))
            .read(Query::by(&DISCLOSURES, "client_id", Value::id(client)))
            .write(Write::Require(live_client(client), "client"));
        batch.writes.extend(basis.require(client));
        let rows = self.run(batch).await?;
        let key = self.client_key(client).await?;
        let mut out: Vec<(i64, RowId, Disclosure)> = Vec::new();
        for row in rows.iter().flatten() {
            let id = row.id("id")?;
            out.push((
                row.int("drafted_at")?,
                id.clone(),
                key.open(&place(&DISCLOSURES, "body", &id), &row.sealed("body")?)?,
            ));
        }
        out.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        Ok(out.into_iter().map(|(_, id, d)| (id, d)).collect())
    }
}
