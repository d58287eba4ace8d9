//! An invented practice, for `sanctum demo` and the tests: therapists, a supervisor and
//! an admin; clients with full caseload profiles spread over the therapists; weekly
//! groups; months of sessions with signed notes (a few recent drafts), homework, PHQ-9
//! and GAD-7 trends and consents (a few missing); the next two weeks scheduled, today
//! included, whatever weekday it is; and the confidentiality protocols at work (open
//! incidents, a disclosure awaiting co-signature, next week's team meeting with
//! de-identified case presentations: `protocols`). Nobody in it is real.
//!
//! Deterministic for a [`PracticeSpec`] (seed and `now`): the same spec gives the same
//! people and the same records (the vault's ids, one-time passwords and
//! written-at times are its own).
//!
//! - `people`: the clients' profiles ([`profiles`], reused by the CLI's caseload).
//! - `plan`: the whole practice as plain values; `notes`, `measures`: their text and scores;
//!   `protocols`: the incidents, the disclosure and the team meeting, planned and written.
//! - `calendar`: days and dates; `join`: awaiting many writes at once, so the vault's
//!   group commit shares its transactions among them.

mod calendar;
mod join;
mod measures;
mod notes;
mod people;
mod plan;
mod protocols;

use sanctum_practice::{ClientProfile, ConsentKind, Role};
use sanctum_vault::{Actor, Error, RowId, SessionWith, Store, Vault};
use secrecy::SecretString;

pub use people::profiles;

use join::join_all;
use plan::{ClientPlan, GroupPlan, PlannedNote};

/// How big a practice to invent, and when its history ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeSpec {
    /// The seed: the same spec gives the same practice.
    pub seed: u64,
    /// How many therapists.
    pub therapists: usize,
    /// How many clients, spread evenly over the therapists.
    pub clients: usize,
    /// How many therapy groups (5–7 members each, meeting weekly).
    pub groups: usize,
    /// Months of history before `now`.
    pub months: u32,
    /// Unix seconds: the history ends here and the next two weeks are scheduled from here.
    pub now: i64,
}

impl Default for PracticeSpec {
    /// Three therapists, sixty clients, two groups, six months up to the present.
    fn default() -> PracticeSpec {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        PracticeSpec { seed: 7, therapists: 3, clients: 60, groups: 2, months: 6, now: now as i64 }
    }
}

/// A staff member of the invented practice, with the password to sign in with.
#[derive(Debug)]
pub struct DemoUser {
    /// Their id.
    pub id: RowId,
    /// Their user name.
    pub username: String,
    /// Their role.
    pub role: Role,
    /// The one-time password the vault issued.
    pub password: SecretString,
}

/// What [`populate`] wrote: the staff, and who sees whom.
#[derive(Debug)]
pub struct DemoPractice {
    /// Therapists first (in spec order), then the supervisor and the admin.
    pub users: Vec<DemoUser>,
    /// Every client and their therapist.
    pub clients: Vec<(RowId, RowId)>,
    /// Every group and the therapist who leads it.
    pub groups: Vec<(RowId, RowId)>,
}

const THERAPISTS: &[&str] = &["dana", "sam", "rahel", "yusuf", "amara", "kenji", "lucia", "farid"];

fn therapist_name(i: usize) -> String {
    THERAPISTS.get(i).map_or_else(|| format!("therapist{}", i + 1), |s| (*s).to_owned())
}

/// Writes an invented practice into `vault` (a fresh one: the user names must be free).
/// Writes are issued concurrently so the vault's group commit batches them.
pub async fn populate<S: Store>(vault: &Vault<S>, spec: &PracticeSpec) -> Result<DemoPractice, Error> {
    let plan = plan::plan(spec);
    let therapists = spec.therapists.max(1);
    let mut staff: Vec<(String, Role)> = (0..therapists).map(|i| (therapist_name(i), Role::Therapist)).collect();
    staff.push(("noor".to_owned(), Role::Supervisor));
    staff.push(("morgan".to_owned(), Role::Admin));
    let added = join_all(staff.iter().map(|(name, role)| vault.add_user(&Actor::Operator, name, *role))).await;
    let mut users = Vec::with_capacity(staff.len());
    for ((username, role), result) in staff.into_iter().zip(added) {
        let (id, password) = result?;
        users.push(DemoUser { id, username, role, password: password.0 });
    }
    let therapist_ids: Vec<RowId> = users[..therapists].iter().map(|u| u.id.clone()).collect();
    let admin = Actor::User(users[users.len() - 1].id.clone());

    // Clients: one import (one transaction) per therapist's caseload.
    let imports = join_all((0..therapists).map(|t| {
        let profiles: Vec<ClientProfile> =
            plan.clients.iter().filter(|c| c.therapist == t).map(|c| c.profile.clone()).collect();
        let (admin, therapist) = (&admin, &therapist_ids[t]);
        async move { vault.import_clients(admin, &profiles, Some(therapist)).await }
    }))
    .await;
    let mut per_therapist = Vec::with_capacity(therapists);
    for ids in imports {
        per_therapist.push(ids?.into_iter());
    }
    let mut client_ids = Vec::with_capacity(plan.clients.len());
    for c in &plan.clients {
        client_ids
            .push(per_therapist[c.therapist].next().ok_or_else(|| Error::Corrupt("an import lost a client".into()))?);
    }

    // Groups and their members.
    let created = join_all(plan.groups.iter().map(|g| {
        let therapist = &therapist_ids[g.therapist];
        async move { vault.create_group(&Actor::User(therapist.clone()), therapist, &g.group).await }
    }))
    .await;
    let mut group_ids = Vec::with_capacity(created.len());
    for id in created {
        group_ids.push(id?);
    }
    // Members sign the group agreement before they join (the vault refuses them otherwise).
    let agreements = join_all(plan.clients.iter().zip(&client_ids).flat_map(|(c, id)| {
        let actor = Actor::User(therapist_ids[c.therapist].clone());
        c.consents.iter().filter(|k| k.kind == ConsentKind::GroupConfidentiality).map(move |k| {
            let actor = actor.clone();
            async move { vault.add_consent(&actor, id, k).await }
        })
    }))
    .await;
    all_ok(agreements)?;
    let client_ids_ref = &client_ids;
    let joined = join_all(plan.groups.iter().zip(&group_ids).flat_map(|(g, id)| {
        let actor = Actor::User(therapist_ids[g.therapist].clone());
        g.members.iter().map(move |&m| {
            let actor = actor.clone();
            let client = &client_ids_ref[m];
            async move { vault.add_group_member(&actor, id, client).await }
        })
    }))
    .await;
    joined.into_iter().collect::<Result<Vec<()>, Error>>()?;

    // Every chart and every group's sessions, all at once.
    let charts = join_all(
        plan.clients.iter().zip(&client_ids).map(|(c, id)| write_chart(vault, &therapist_ids[c.therapist], id, c)),
    );
    let groups = join_all(
        plan.groups
            .iter()
            .zip(&group_ids)
            .map(|(g, id)| write_group(vault, &therapist_ids[g.therapist], id, g, &client_ids)),
    );
    let (charts, groups) = tokio::join!(charts, groups);
    charts.into_iter().chain(groups).collect::<Result<Vec<()>, Error>>()?;

    // Then the protocols: incidents, a disclosure, next week's team meeting. After the
    // charts, not alongside them: joined with the thousands of chart writes (the guard
    // on the blocking pool meanwhile), population sometimes spun without progress in
    // loaded debug test runs (the polling thread busy, the WAL not growing; cause not yet
    // found). On their own they take a few milliseconds.
    let supervisor = &users[therapists].id;
    protocols::write(vault, &plan.protocols, &plan.clients, &therapist_ids, supervisor, &client_ids, &group_ids)
        .await?;

    Ok(DemoPractice {
        clients: client_ids.into_iter().zip(plan.clients.iter().map(|c| therapist_ids[c.therapist].clone())).collect(),
        groups: group_ids.into_iter().zip(plan.groups.iter().map(|g| therapist_ids[g.therapist].clone())).collect(),
        users,
    })
}

fn all_ok<T>(results: Vec<Result<T, Error>>) -> Result<Vec<T>, Error> {
    results.into_iter().collect()
}

async fn write_note<S: Store>(
    vault: &Vault<S>,
    actor: &Actor,
    client: &RowId,
    session: &RowId,
    author: &RowId,
    planned: &PlannedNote,
) -> Result<RowId, Error> {
    if planned.signed {
        vault.add_signed_note(actor, client, Some(session), author, &planned.note).await
    } else {
        vault.add_note(actor, client, Some(session), author, &planned.note).await
    }
}

/// One client's chart: sessions, consents and measures at once; then the notes and
/// homework that hang on the sessions.
async fn write_chart<S: Store>(
    vault: &Vault<S>,
    therapist: &RowId,
    client: &RowId,
    plan: &ClientPlan,
) -> Result<(), Error> {
    let actor = Actor::User(therapist.clone());
    let with = SessionWith::Client(client.clone());
    let (sessions, consents, measures) = tokio::join!(
        join_all(plan.sessions.iter().map(|s| vault.schedule_session(&actor, &with, therapist, &s.session))),
        join_all(
            plan.consents
                .iter()
                .filter(|c| c.kind != ConsentKind::GroupConfidentiality)
                .map(|c| vault.add_consent(&actor, client, c))
        ),
        join_all(plan.measures.iter().map(|m| vault.add_measure(&actor, client, m))),
    );
    let sessions = all_ok(sessions)?;
    all_ok(consents)?;
    all_ok(measures)?;
    let notes = plan
        .sessions
        .iter()
        .zip(&sessions)
        .filter_map(|(s, id)| s.note.as_ref().map(|n| write_note(vault, &actor, client, id, therapist, n)));
    let homework = plan
        .sessions
        .iter()
        .zip(&sessions)
        .filter_map(|(s, id)| s.homework.as_ref().map(|h| vault.add_homework(&actor, client, Some(id), h)));
    let (notes, homework) = tokio::join!(join_all(notes), join_all(homework));
    all_ok(notes)?;
    all_ok(homework)?;
    Ok(())
}

/// A group's weekly sessions, then a note per member for each one held.
async fn write_group<S: Store>(
    vault: &Vault<S>,
    therapist: &RowId,
    group: &RowId,
    plan: &GroupPlan,
    clients: &[RowId],
) -> Result<(), Error> {
    let actor = Actor::User(therapist.clone());
    let with = SessionWith::Group(group.clone());
    let sessions =
        all_ok(join_all(plan.sessions.iter().map(|(s, _)| vault.schedule_session(&actor, &with, therapist, s))).await)?;
    let notes = plan.sessions.iter().zip(&sessions).flat_map(|((_, notes), id)| {
        notes.iter().map(|(m, n)| write_note(vault, &actor, &clients[*m], id, therapist, n)).collect::<Vec<_>>()
    });
    all_ok(join_all(notes).await)?;
    Ok(())
}
