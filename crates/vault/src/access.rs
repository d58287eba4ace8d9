//! Who may touch which client: the rule every route of the app relies on
//! ([`Vault::authorize`]), supervision grants, and finding the client (or group) a
//! record belongs to so a route can check it.
//!
//! The rule: the operator (whoever holds the vault key) always may; a therapist may
//! touch a live client on their own caseload; a supervisor may only read, and only a
//! chart a live grant from the client's therapist opens; an administrator never touches
//! clinical data. A refusal is on the record (`denied`, or `failed` when there is no such
//! live client) and answers exactly like a client that does not exist, so it never tells
//! whether another therapist's client exists.

use sanctum_practice::Role;

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::chart::{live_client, SessionWith};
use crate::ids::RowId;
use crate::schema::{self, Row, Table, Value, CASELOAD, CHART_GRANTS, USERS};
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{now, Vault};
use crate::Error;

/// A record of a client's chart, by kind and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordRef {
    /// A progress note.
    Note(RowId),
    /// Homework.
    Homework(RowId),
    /// A consent.
    Consent(RowId),
    /// A session (an individual one has a client; a group one has a group).
    Session(RowId),
    /// An incident.
    Incident(RowId),
    /// An agenda item.
    AgendaItem(RowId),
}

/// A supervision grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartGrant {
    /// The grant's id.
    pub id: RowId,
    /// Whose chart.
    pub client: RowId,
    /// Who may read it.
    pub supervisor: RowId,
    /// Who granted it (`None`: the operator).
    pub granted_by: Option<RowId>,
    /// When.
    pub granted_at: i64,
    /// When it was revoked, if it was.
    pub revoked_at: Option<i64>,
}

/// Why an access is allowed; the same condition is required again inside the
/// transaction that does the work, so a grant revoked (or a client erased) meanwhile
/// stops it.
#[derive(Debug, Clone)]
pub(crate) enum Basis {
    /// The operator.
    Operator,
    /// The client is on this therapist's caseload.
    Caseload(RowId),
    /// This supervisor holds a live grant.
    Grant(RowId),
}

impl Basis {
    /// The condition to require in the transaction that does the work.
    pub(crate) fn require(&self, client: &RowId) -> Option<Write> {
        match self {
            Basis::Operator => None,
            Basis::Caseload(t) => Some(Write::Require(
                Query::by(&CASELOAD, "therapist_id", Value::id(t)).and("client_id", Value::id(client)),
                "client",
            )),
            Basis::Grant(s) => Some(Write::Require(live_grant(client, s), "client")),
        }
    }
}

fn live_grant(client: &RowId, supervisor: &RowId) -> Query {
    Query::by(&CHART_GRANTS, "client_id", Value::id(client))
        .and("supervisor_id", Value::id(supervisor))
        .and("revoked_at", Value::null())
}

/// What a supervisor holding a grant may do: read.
fn is_read(action: Action) -> bool {
    matches!(action, Action::ChartRead | Action::ScheduleRead | Action::IncidentRead | Action::AgendaRead)
}

fn grant_from_row(row: &Row) -> Result<ChartGrant, Error> {
    Ok(ChartGrant {
        id: row.id("id")?,
        client: row.id("client_id")?,
        supervisor: row.id("supervisor_id")?,
        granted_by: row.opt_id("granted_by")?,
        granted_at: row.int("granted_at")?,
        revoked_at: row.opt_int("revoked_at")?,
    })
}

impl<S: Store> Vault<S> {
    /// Whether `actor` may do `action` to `client`'s records (see the module docs). A
    /// refusal appends a `denied` entry (`failed` if the client is not live) and is
    /// [`Error::NotFound`]`("client")`, whether or not the client exists.
    pub async fn authorize(&self, actor: &Actor, client: &RowId, action: Action) -> Result<(), Error> {
        self.access(actor, client, action).await.map(drop)
    }

    pub(crate) async fn access(&self, actor: &Actor, client: &RowId, action: Action) -> Result<Basis, Error> {
        let user = match actor {
            Actor::Operator => return Ok(Basis::Operator),
            Actor::User(user) => Some(user),
            Actor::Unknown => None,
        };
        let (mut basis, mut live) = (None, false);
        if let Some(user) = user {
            let rows = self
                .store
                .read(vec![
                    Query::by(&USERS, "id", Value::id(user)),
                    live_client(client),
                    Query::by(&CASELOAD, "therapist_id", Value::id(user)).and("client_id", Value::id(client)),
                    live_grant(client, user),
                ])
                .await?;
            live = !rows[1].is_empty();
            // A role, assignment or grant written without the vault key counts as absent.
            let role = self.authentic_first(actor, &rows[0]).await?.map(|r| r.tagged::<Role>("role")).transpose()?;
            basis = match role {
                Some(Role::Therapist) if live && self.authentic_first(actor, &rows[2]).await?.is_some() => {
                    Some(Basis::Caseload(user.clone()))
                }
                Some(Role::Supervisor)
                    if live && is_read(action) && !self.authentic(actor, &rows[3]).await?.is_empty() =>
                {
                    Some(Basis::Grant(user.clone()))
                }
                _ => None,
            };
        }
        match basis {
            Some(basis) => Ok(basis),
            None => {
                let mut event = AuditEvent::ok(actor, action).client(client);
                event.outcome = if live { Outcome::Denied } else { Outcome::Failed };
                self.run(Batch::audited(event)).await?;
                Err(Error::NotFound("client".into()))
            }
        }
    }

    /// The client a record belongs to (not audited: ids only). A group session has no
    /// one client: it is an [`Error::Input`] on `record` — ask [`Vault::session_with`]
    /// and check the group with [`Vault::group_therapist`].
    pub async fn client_of(&self, record: RecordRef) -> Result<RowId, Error> {
        let (table, id, what): (&'static Table, _, _) = match &record {
            RecordRef::Note(id) => (&schema::NOTES, id, "note"),
            RecordRef::Homework(id) => (&schema::HOMEWORK, id, "homework"),
            RecordRef::Consent(id) => (&schema::CONSENTS, id, "consent"),
            RecordRef::Session(id) => (&schema::SESSIONS, id, "session"),
            RecordRef::Incident(id) => (&schema::INCIDENTS, id, "incident"),
            RecordRef::AgendaItem(id) => (&schema::AGENDA_ITEMS, id, "agenda item"),
        };
        let row = self.record_row(table, id, what).await?;
        row.opt_id("client_id")?.ok_or_else(|| Error::Input {
            field: "record".into(),
            message: "is a group session: it belongs to a group, not a client".into(),
        })
    }

    /// Who a session is with (not audited: ids only).
    pub async fn session_with(&self, session: &RowId) -> Result<SessionWith, Error> {
        let row = self.record_row(&schema::SESSIONS, session, "session").await?;
        match (row.opt_id("client_id")?, row.opt_id("group_id")?) {
            (Some(c), _) => Ok(SessionWith::Client(c)),
            (None, Some(g)) => Ok(SessionWith::Group(g)),
            (None, None) => Err(Error::Corrupt(format!("session {session} has neither client nor group"))),
        }
    }

    /// The therapist who leads a group (not audited: ids only). A therapist may touch
    /// only their own groups. A group row written without the vault key has no
    /// therapist: it is [`Error::NotFound`] (and an `integrity.failure` entry).
    pub async fn group_therapist(&self, group: &RowId) -> Result<RowId, Error> {
        let row = self.record_row(&schema::GROUPS, group, "group").await?;
        match self.authentic_first(&Actor::Unknown, std::slice::from_ref(&row)).await? {
            Some(row) => row.id("therapist_id"),
            None => Err(Error::NotFound(format!("group {group}"))),
        }
    }

    /// Lets a supervisor read a client's chart. Only the client's own therapist (or the
    /// operator) may grant; the grantee must be a supervisor. Audited (`chart.grant`).
    pub async fn grant_chart(&self, actor: &Actor, client: &RowId, supervisor: &RowId) -> Result<RowId, Error> {
        let basis = self.access(actor, client, Action::ChartGrant).await?;
        let is_supervisor = Query::by(&USERS, "id", Value::id(supervisor)).and("role", Value::tag("supervisor"));
        let not_supervisor = || Error::Input { field: "supervisor".into(), message: "is not a supervisor".into() };
        let grantee = self.store.read(vec![Query::by(&USERS, "id", Value::id(supervisor))]).await?;
        let role = self.authentic_first(actor, &grantee[0]).await?.map(|r| r.tagged::<Role>("role")).transpose()?;
        if role != Some(Role::Supervisor) {
            return Err(not_supervisor());
        }
        let id = RowId::generate();
        let granted_by = match actor {
            Actor::User(u) => Some(u),
            _ => None,
        };
        let values = vec![
            ("id", Value::id(&id)),
            ("client_id", Value::id(client)),
            ("supervisor_id", Value::id(supervisor)),
            ("granted_by", Value::opt_id(granted_by)),
            ("granted_at", Value::int(now())),
        ];
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::ChartGrant).client(client).record(&id))
            .write(Write::Require(live_client(client), "client"))
            .write(Write::Require(is_supervisor, "supervisor"))
            .write(Write::Insert { table: &CHART_GRANTS, values });
        batch.writes.extend(basis.require(client));
        self.run(batch).await.map_err(|e| match e {
            Error::Conflict(_) => Error::Conflict("the supervisor already holds a live grant for this client".into()),
            e => e,
        })?;
        Ok(id)
    }

    /// Revokes a supervision grant (the client's therapist or the operator). Audited
    /// (`chart.grant.revoke`).
    pub async fn revoke_chart_grant(&self, actor: &Actor, grant: &RowId) -> Result<(), Error> {
        let row = self.record_row(&CHART_GRANTS, grant, "grant").await?;
        if self.authentic_first(actor, std::slice::from_ref(&row)).await?.is_none() {
            return Err(Error::NotFound("grant".into()));
        }
        let client = row.id("client_id")?;
        let basis = self.access(actor, &client, Action::ChartGrantRevoke).await?;
        let mut set = vec![("revoked_at", Value::int(now()))];
        set.push(("auth_mac", self.integrity.mac_of(&row, &set)?));
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::ChartGrantRevoke).client(&client).record(grant))
            .write(Write::Update {
                query: Query::by(&CHART_GRANTS, "id", Value::id(grant)).and("revoked_at", Value::null()),
                set,
                expect: Some((1, "the grant (already revoked?)")),
            });
        batch.writes.extend(basis.require(&client));
        self.run(batch).await.map(drop)
    }

    /// Every grant on a client's chart, live and revoked, oldest first (not audited: ids
    /// and times; a grant written without the vault key is left out, and that is).
    pub async fn chart_grants(&self, client: &RowId) -> Result<Vec<ChartGrant>, Error> {
        self.grants(Query::by(&CHART_GRANTS, "client_id", Value::id(client))).await
    }

    /// Every grant a supervisor holds or held, oldest first (not audited: ids and times).
    pub async fn chart_grants_to(&self, supervisor: &RowId) -> Result<Vec<ChartGrant>, Error> {
        self.grants(Query::by(&CHART_GRANTS, "supervisor_id", Value::id(supervisor))).await
    }

    async fn grants(&self, query: Query) -> Result<Vec<ChartGrant>, Error> {
        let rows = self.store.read(vec![query]).await?;
        let rows = self.authentic(&Actor::Unknown, rows.iter().flatten()).await?;
        let mut grants: Vec<ChartGrant> = rows.into_iter().map(grant_from_row).collect::<Result<_, _>>()?;
        grants.sort_by_key(|g| g.granted_at);
        Ok(grants)
    }
}
