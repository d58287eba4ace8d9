//! A synthetic caseload: the invented clients of `sanctum_app::synthetic::profiles` (the
//! one generator of the demo practice) as the guard reads them. Deterministic for a
//! seed, so a demo shown twice shows the same practice.

use sanctum_guard::Caseload;
use sanctum_vault::guard_client;

/// `n` invented clients, the same for the same seed, with ids `c001`, `c002`, …
pub(crate) fn caseload(n: usize, seed: u64) -> Caseload {
    let clients = sanctum_app::synthetic::profiles(seed, n)
        .iter()
        .enumerate()
        .map(|(i, p)| guard_client(&format!("c{:03}", i + 1), p))
        .collect();
    Caseload { clients, reference_date: None }
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
