//! What the app's pages list: a therapist's schedule with titles, their clients, their
//! groups; one session; and the changes made from those pages (moving a session,
//! editing a client's profile). Every listing is one audit entry; only the operator or
//! the therapist themselves may list a therapist's own things.

use sanctum_practice::{ClientProfile, Group, Role, Session, SessionStatus, Tagged};

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::chart::{live_client, place, SessionWith};
use crate::ids::RowId;
use crate::schema::{Row, Value, CLIENTS, GROUPS, GROUP_MEMBERS, SESSIONS};
use crate::store::{Batch, Query, Store, Write};
use crate::vault::Vault;
use crate::Error;

/// A session with what a calendar shows about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduledSession {
    /// The session's id.
    pub id: RowId,
    /// Who it is with.
    pub with: SessionWith,
    /// The client's display name (preferred or given name, and family name) or the
    /// group's name.
    pub title: String,
    /// Who holds it.
    pub therapist: RowId,
    /// When, how long, where, and its status.
    pub session: Session,
}

/// A client on a caseload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientSummary {
    /// The client's id.
    pub id: RowId,
    /// Their profile.
    pub profile: ClientProfile,
}

/// "Chuck Benson": the preferred name if there is one, else the given name.
fn display_name(p: &ClientProfile) -> String {
    let first = if p.preferred_name.trim().is_empty() { p.given_name.trim() } else { p.preferred_name.trim() };
    format!("{first} {}", p.family_name.trim()).trim().to_owned()
}

impl<S: Store> Vault<S> {
    /// Refuses (a `denied` entry, and `NotFound("therapist")`) unless `actor` is the
    /// operator or `therapist` themselves.
    pub(crate) async fn own_listing(&self, actor: &Actor, therapist: &RowId, action: Action) -> Result<(), Error> {
        let own = match actor {
            Actor::Operator => true,
            Actor::User(u) if u == therapist => self.role_of(u).await? == Some(Role::Therapist),
            _ => false,
        };
        if own {
            return Ok(());
        }
        let mut event = AuditEvent::ok(actor, action).record(therapist);
        event.outcome = Outcome::Denied;
        self.run(Batch::audited(event)).await?;
        Err(Error::NotFound("therapist".into()))
    }

    /// Refuses (a `denied` entry, and `NotFound("group")`) unless `actor` is the operator
    /// or the group's therapist.
    pub(crate) async fn own_group(&self, actor: &Actor, group: &RowId, action: Action) -> Result<(), Error> {
        let therapist = self.group_therapist(group).await.ok();
        match (actor, &therapist) {
            (Actor::Operator, Some(_)) => return Ok(()),
            (Actor::User(u), Some(t)) if u == t => return Ok(()),
            _ => {}
        }
        let mut event = AuditEvent::ok(actor, action).record(group);
        event.outcome = if therapist.is_some() { Outcome::Denied } else { Outcome::Failed };
        self.run(Batch::audited(event)).await?;
        Err(Error::NotFound("group".into()))
    }

    /// Sessions of `therapist` starting in `[from, to)`, by start time, with their titles
    /// opened. One `schedule.read` entry.
    pub async fn schedule(
        &self,
        actor: &Actor,
        therapist: &RowId,
        from: i64,
        to: i64,
    ) -> Result<Vec<ScheduledSession>, Error> {
        if to < from {
            return Err(Error::Input { field: "to".into(), message: "is before from".into() });
        }
        self.own_listing(actor, therapist, Action::ScheduleRead).await?;
        let query = Query::by(&SESSIONS, "therapist_id", Value::id(therapist)).between("starts_at", from, to);
        let rows =
            self.run(Batch::audited(AuditEvent::ok(actor, Action::ScheduleRead).record(therapist)).read(query)).await?;
        let mut sessions = self.scheduled(rows.iter().flatten()).await?;
        sessions.sort_by_key(|s| (s.session.starts_at, s.id.as_str().to_owned()));
        Ok(sessions)
    }

    /// Session rows opened, with titles: each client's profile under its key, group
    /// names under the practice key. (The caller's batch is the audited read.)
    async fn scheduled<'r>(&self, rows: impl Iterator<Item = &'r Row>) -> Result<Vec<ScheduledSession>, Error> {
        let rows: Vec<&Row> = rows.collect();
        let mut titles: std::collections::HashMap<RowId, String> = std::collections::HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let id = row.id("id")?;
            let (with, key) = match (row.opt_id("client_id")?, row.opt_id("group_id")?) {
                (Some(c), _) => (SessionWith::Client(c.clone()), Some(self.client_key(&c).await?)),
                (None, Some(g)) => (SessionWith::Group(g), None),
                (None, None) => return Err(Error::Corrupt(format!("session {id} has neither client nor group"))),
            };
            let (_, session) = self.session_from_row(key.as_deref().unwrap_or(&self.practice), row)?;
            let owner = match &with {
                SessionWith::Client(c) | SessionWith::Group(c) => c.clone(),
            };
            let title = match titles.get(&owner) {
                Some(t) => t.clone(),
                None => {
                    let title = match &with {
                        SessionWith::Client(c) => {
                            let r = self.store.read(vec![live_client(c)]).await?;
                            let r = r[0].first().ok_or_else(|| Error::NotFound(format!("client {c}")))?;
                            let key = key.as_deref().ok_or_else(|| Error::Corrupt("no client key".into()))?;
                            let p: ClientProfile = key.open(&place(&CLIENTS, "profile", c), &r.sealed("profile")?)?;
                            display_name(&p)
                        }
                        SessionWith::Group(g) => {
                            let r = self.store.read(vec![Query::by(&GROUPS, "id", Value::id(g))]).await?;
                            let r = r[0].first().ok_or_else(|| Error::NotFound(format!("group {g}")))?;
                            let group: Group = self.practice.open(&place(&GROUPS, "name", g), &r.sealed("name")?)?;
                            group.name.clone()
                        }
                    };
                    titles.insert(owner, title.clone());
                    title
                }
            };
            out.push(ScheduledSession { id, with, title, therapist: row.id("therapist_id")?, session });
        }
        Ok(out)
    }

    /// The live clients on `therapist`'s caseload, by family and given name (one
    /// `caseload.read` entry; the same read as the guard's caseload).
    pub async fn clients_of(&self, actor: &Actor, therapist: &RowId) -> Result<Vec<ClientSummary>, Error> {
        let mut clients: Vec<ClientSummary> = self
            .caseload_profiles(actor, therapist)
            .await?
            .into_iter()
            .map(|(id, profile)| ClientSummary { id, profile })
            .collect();
        clients.sort_by_key(|c| (c.profile.family_name.to_lowercase(), c.profile.given_name.to_lowercase()));
        Ok(clients)
    }

    /// The live clients whose charts a supervisor holds a live grant for, with their
    /// profiles, by name: a supervisor's home page. Only the supervisor themselves or the
    /// operator; one `caseload.read` entry naming the supervisor.
    pub async fn charts_granted_to(&self, actor: &Actor, supervisor: &RowId) -> Result<Vec<ClientSummary>, Error> {
        let own = match actor {
            Actor::Operator => true,
            Actor::User(u) if u == supervisor => self.role_of(u).await? == Some(Role::Supervisor),
            _ => false,
        };
        if !own {
            let mut event = AuditEvent::ok(actor, Action::CaseloadRead).record(supervisor);
            event.outcome = Outcome::Denied;
            self.run(Batch::audited(event)).await?;
            return Err(Error::NotFound("supervisor".into()));
        }
        let grants = Query::by(&crate::schema::CHART_GRANTS, "supervisor_id", Value::id(supervisor))
            .and("revoked_at", Value::null());
        let rows = self
            .run(Batch::audited(AuditEvent::ok(actor, Action::CaseloadRead).record(supervisor)).read(grants))
            .await?;
        let mut clients = Vec::new();
        for grant in self.authentic(actor, rows.iter().flatten()).await? {
            let id = grant.id("client_id")?;
            let found = self.store.read(vec![live_client(&id)]).await?;
            let Some(row) = found[0].first() else { continue };
            let key = self.client_key(&id).await?;
            let profile: ClientProfile = key.open(&place(&CLIENTS, "profile", &id), &row.sealed("profile")?)?;
            clients.push(ClientSummary { id, profile });
        }
        clients.sort_by_key(|c| (c.profile.family_name.to_lowercase(), c.profile.given_name.to_lowercase()));
        Ok(clients)
    }

    /// The groups `therapist` leads, with their members (one `group.read` entry).
    pub async fn groups_of(&self, actor: &Actor, therapist: &RowId) -> Result<Vec<(RowId, Group, Vec<RowId>)>, Error> {
        self.own_listing(actor, therapist, Action::GroupRead).await?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::GroupRead).record(therapist)).read(Query::by(
            &GROUPS,
            "therapist_id",
            Value::id(therapist),
        ));
        let rows = self.run(batch).await?;
        let groups: Vec<&Row> = self.authentic(actor, rows.iter().flatten()).await?;
        let members = self
            .store
            .read(
                groups
                    .iter()
                    .map(|g| Ok(Query::by(&GROUP_MEMBERS, "group_id", Value::id(&g.id("id")?))))
                    .collect::<Result<_, Error>>()?,
            )
            .await?;
        let mut out = Vec::with_capacity(groups.len());
        for (row, members) in groups.into_iter().zip(members) {
            let id = row.id("id")?;
            let group: Group = self.practice.open(&place(&GROUPS, "name", &id), &row.sealed("name")?)?;
            out.push((id, group, members.iter().map(|m| m.id("client_id")).collect::<Result<_, _>>()?));
        }
        Ok(out)
    }

    /// Checks `actor` may do `action` to a session: its client's access rule, or for a
    /// group session, its group's therapist. Any refusal, and an unknown session, is
    /// `NotFound("session")`. Returns the row and the condition to re-require.
    pub(crate) async fn session_access(
        &self,
        actor: &Actor,
        id: &RowId,
        action: Action,
    ) -> Result<(Row, Option<Write>), Error> {
        let missing = || Error::NotFound("session".into());
        let row = match self.record_row(&SESSIONS, id, "session").await {
            Ok(row) => row,
            Err(Error::NotFound(_)) => {
                let mut event = AuditEvent::ok(actor, action).record(id);
                event.outcome = Outcome::Failed;
                self.run(Batch::audited(event)).await?;
                return Err(missing());
            }
            Err(e) => return Err(e),
        };
        let grounds = match (row.opt_id("client_id")?, row.opt_id("group_id")?) {
            (Some(c), _) => self.access(actor, &c, action).await.map_err(|_| missing())?.require(&c),
            (None, Some(g)) => {
                self.own_group(actor, &g, action).await.map_err(|_| missing())?;
                Some(Write::Require(
                    Query::by(&GROUPS, "id", Value::id(&g)).and("therapist_id", Value::id(&row.id("therapist_id")?)),
                    "session",
                ))
            }
            (None, None) => return Err(Error::Corrupt(format!("session {id} has neither client nor group"))),
        };
        Ok((row, grounds))
    }

    /// One session with its title (one `schedule.read` entry).
    pub async fn session(&self, actor: &Actor, id: &RowId) -> Result<ScheduledSession, Error> {
        let (row, grounds) = self.session_access(actor, id, Action::ScheduleRead).await?;
        let mut event = AuditEvent::ok(actor, Action::ScheduleRead).record(id);
        event.client = row.opt_id("client_id")?;
        let mut batch = Batch::audited(event).read(Query::by(&SESSIONS, "id", Value::id(id)));
        batch.writes.extend(grounds);
        let rows = self.run(batch).await?;
        self.scheduled(rows.iter().flatten()).await?.pop().ok_or_else(|| Error::NotFound("session".into()))
    }

    /// Moves a scheduled session (only a scheduled one moves). Audited (`session.write`).
    pub async fn move_session(
        &self,
        actor: &Actor,
        id: &RowId,
        starts_at: i64,
        duration_minutes: u32,
    ) -> Result<(), Error> {
        let (row, grounds) = self.session_access(actor, id, Action::SessionWrite).await?;
        let status: SessionStatus = row.tagged("status")?;
        if status != SessionStatus::Scheduled {
            return Err(Error::Conflict(format!("a {status} session cannot move")));
        }
        let session = Session {
            kind: row.tagged("kind")?,
            starts_at,
            duration_minutes,
            location: sanctum_practice::Location::InPerson(String::new()),
            status,
        };
        session.validate()?;
        let mut event = AuditEvent::ok(actor, Action::SessionWrite).record(id);
        event.client = row.opt_id("client_id")?;
        let mut batch = Batch::audited(event).write(Write::Update {
            query: Query::by(&SESSIONS, "id", Value::id(id)).and("status", Value::tag(SessionStatus::Scheduled.tag())),
            set: vec![("starts_at", Value::int(starts_at)), ("duration_minutes", Value::int(duration_minutes.into()))],
            expect: Some((1, "the scheduled session")),
        });
        batch.writes.extend(grounds);
        self.run(batch).await.map(drop)
    }

    /// Replaces a client's profile: re-sealed, blind indexes refreshed. Checked by
    /// [`Vault::authorize`]; audited (`client.write`).
    pub async fn update_client(&self, actor: &Actor, client: &RowId, profile: &ClientProfile) -> Result<(), Error> {
        let basis = self.access(actor, client, Action::ClientWrite).await?;
        let key = self.client_key(client).await?;
        let set = self.profile_columns(client, profile, &key)?;
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::ClientWrite).client(client))
            .write(Write::Update { query: live_client(client), set, expect: Some((1, "the client")) });
        batch.writes.extend(basis.require(client));
        self.run(batch).await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_display_name_prefers_the_preferred_name() {
        let mut p = ClientProfile::default();
        (p.given_name, p.family_name) = ("Charles".into(), "Benson".into());
        assert_eq!(display_name(&p), "Charles Benson");
        p.preferred_name = " Chuck ".into();
        assert_eq!(display_name(&p), "Chuck Benson");
    }
}
