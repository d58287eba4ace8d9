//! The bridge to the disclosure guard: a therapist's caseload — the identifying fields
//! of their clients — opened from the vault as a `sanctum_guard::Caseload`. The guard
//! itself never touches the vault; this read is audited like a chart read.

use sanctum_guard::{Address, Caseload, Client, Relative};
use sanctum_practice::{ClientProfile, Role};

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::ids::RowId;
use crate::schema::{self, Value};
use crate::seal::Place;
use crate::store::{Batch, Query, Store};
use crate::vault::{client_key_place, Vault};
use crate::Error;

impl<S: Store> Vault<S> {
    /// The caseload of `therapist`, for the guard (only the operator or the therapist
    /// themselves; audited as `caseload.read`).
    pub async fn caseload(&self, actor: &Actor, therapist: &RowId) -> Result<Caseload, Error> {
        let profiles = self.caseload_profiles(actor, therapist).await?;
        Ok(Caseload {
            clients: profiles.iter().map(|(id, p)| guard_client(id.as_str(), p)).collect(),
            reference_date: None,
        })
    }

    /// The live clients on `therapist`'s caseload with their profiles, opened: what the
    /// guard's caseload and the app's client list both show. One `caseload.read` entry;
    /// only the operator or the therapist themselves.
    pub(crate) async fn caseload_profiles(
        &self,
        actor: &Actor,
        therapist: &RowId,
    ) -> Result<Vec<(RowId, ClientProfile)>, Error> {
        self.own_listing(actor, therapist, Action::CaseloadRead).await?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::CaseloadRead).record(therapist)).read(Query::by(
            &schema::CASELOAD,
            "therapist_id",
            Value::id(therapist),
        ));
        let assigned = self.run(batch).await?;
        // An assignment written without the vault key gives no client (and is recorded).
        let assigned = self.authentic(actor, assigned.iter().flatten()).await?;
        let ids = assigned.into_iter().map(|row| row.id("client_id")).collect::<Result<Vec<_>, _>>()?;
        self.open_profiles(ids).await
    }

    /// Every live client of the practice, for checking a text against the whole
    /// practice (a case presentation for a team meeting): only therapists, supervisors
    /// and the operator; one `caseload.read` entry (an administrator is refused, with a
    /// `denied` entry). The caseload holds identifying fields only, never chart content.
    pub async fn practice_caseload(&self, actor: &Actor) -> Result<Caseload, Error> {
        let allowed = match actor {
            Actor::Operator => true,
            Actor::User(u) => matches!(self.role_of(u).await?, Some(Role::Therapist | Role::Supervisor)),
            Actor::Unknown => false,
        };
        if !allowed {
            return Err(self.refuse(AuditEvent::ok(actor, Action::CaseloadRead), Outcome::Denied, "caseload").await);
        }
        let batch = Batch::audited(AuditEvent::ok(actor, Action::CaseloadRead))
            .read(Query::all(&schema::CLIENTS).and("erased_at", Value::null()));
        let live = self.run(batch).await?;
        let ids = live.iter().flatten().map(|row| row.id("id")).collect::<Result<Vec<_>, _>>()?;
        let profiles = self.open_profiles(ids).await?;
        Ok(Caseload {
            clients: profiles.iter().map(|(id, p)| guard_client(id.as_str(), p)).collect(),
            reference_date: None,
        })
    }

    /// The profiles of `clients`, opened with each one's data key; a client erased
    /// meanwhile is left out. Not audited: the caller's read is.
    async fn open_profiles(&self, clients: Vec<RowId>) -> Result<Vec<(RowId, ClientProfile)>, Error> {
        let mut queries = Vec::with_capacity(clients.len() * 2);
        for client in &clients {
            queries.push(Query::by(&schema::CLIENTS, "id", Value::id(client)).and("erased_at", Value::null()));
            queries.push(Query::by(&schema::CLIENT_KEYS, "client_id", Value::id(client)));
        }
        let rows = self.store.read(queries).await?;
        let mut opened = Vec::with_capacity(rows.len() / 2);
        for pair in rows.chunks(2) {
            let (Some(client), Some(key)) = (pair[0].first(), pair[1].first()) else { continue };
            let id = client.id("id")?;
            let key = self.kek.unwrap_data_key(&key.sealed("wrapped")?, &client_key_place(&id))?;
            let place = Place { table: "clients", column: "profile", row: id.as_str() };
            let profile: ClientProfile = key.open(&place, &client.sealed("profile")?)?;
            opened.push((id, profile));
        }
        Ok(opened)
    }
}

fn some(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The guard's view of a client's profile, under the id `id`: the one mapping from the
/// practice's profile to the guard's client (the CLI's synthetic caseload uses it too).
pub fn guard_client(id: &str, p: &ClientProfile) -> Client {
    let address = (some(&p.street).is_some() || some(&p.city).is_some() || some(&p.postcode).is_some())
        .then(|| Address { street: some(&p.street), city: some(&p.city), postcode: some(&p.postcode) });
    Client {
        id: id.to_owned(),
        given_name: p.given_name.trim().to_owned(),
        family_name: p.family_name.trim().to_owned(),
        full_name: None,
        preferred_name: some(&p.preferred_name),
        date_of_birth: some(&p.date_of_birth),
        phone: some(&p.phone),
        email: some(&p.email),
        address,
        employer: some(&p.employer),
        occupation: some(&p.occupation),
        school: some(&p.school),
        relatives: p
            .relatives
            .iter()
            .map(|r| Relative { name: r.name.clone(), relation: r.relation.clone() })
            .collect(),
        distinctive: p.distinctive.clone(),
    }
}
