//! A synthetic caseload: the invented clients of `sanctum_app::synthetic::profiles` (the
//! one generator of the demo practice) as the guard reads them. Deterministic for a
//! seed, so a demo shown twice shows the same practice.

use sanctum_guard::{Address, Caseload, Client, Relative};
use sanctum_practice::ClientProfile;

/// `n` invented clients, the same for the same seed, with ids `c001`, `c002`, …
pub(crate) fn caseload(n: usize, seed: u64) -> Caseload {
    let clients =
        sanctum_app::synthetic::profiles(seed, n).iter().enumerate().map(|(i, p)| guard_client(i + 1, p)).collect();
    Caseload { clients }
}

fn some(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The guard's view of a profile (as the vault's caseload read maps it).
fn guard_client(k: usize, p: &ClientProfile) -> Client {
    let address = (some(&p.street).is_some() || some(&p.city).is_some() || some(&p.postcode).is_some())
        .then(|| Address { street: some(&p.street), city: some(&p.city), postcode: some(&p.postcode) });
    Client {
        id: format!("c{k:03}"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_caseload_and_valid() {
        let a = caseload(50, 7);
        assert_eq!(a, caseload(50, 7));
        assert_eq!(a.clients.len(), 50);
        a.validate("synthetic").expect("valid caseload");
        assert_ne!(a, caseload(50, 8));
        assert!(a.clients.iter().all(|c| c.phone.is_some() && c.address.is_some() && !c.distinctive.is_empty()));
    }
}
