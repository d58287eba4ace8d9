//! Staff roles and therapy groups.

use zeroize::{Zeroize, ZeroizeOnDrop};

crate::tagged_enum! {
    /// What a staff member may do (DESIGN.md §5).
    Role {
        /// Runs the practice; sees no clinical content by default.
        Admin = "admin",
        /// Sees their own caseload and their own groups.
        Therapist = "therapist",
        /// Sees de-identified case presentations; charts only when granted.
        Supervisor = "supervisor",
    }
}

/// A therapy group. Its name can hint at its members' problems, so it is sealed.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Group {
    /// The group's name ("Tuesday grief group").
    pub name: String,
}
crate::redacted_debug!(Group { ; name });

/// The group confidentiality agreement's current form version.
pub const GROUP_AGREEMENT_VERSION: &str = "2026-01";

/// A client takes part in a group session only once they have signed the group
/// confidentiality agreement in its current version (and not withdrawn it).
pub fn check_group_agreement(consents: &[crate::Consent], current_version: &str) -> Result<(), crate::RuleError> {
    let signed = |c: &&crate::Consent| c.kind == crate::ConsentKind::GroupConfidentiality && c.revoked_at.is_none();
    match consents.iter().filter(signed).find(|c| c.version == current_version) {
        Some(_) => Ok(()),
        None if consents.iter().any(|c| signed(&c)) => Err(crate::RuleError::new(
            "consent",
            format!("the group agreement signed is an old version; version {current_version} must be signed first"),
        )),
        None => Err(crate::RuleError::new("consent", "the group confidentiality agreement must be signed first")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Consent, ConsentKind};

    fn consent(kind: ConsentKind, version: &str, revoked: bool) -> Consent {
        Consent { kind, version: version.into(), signed_at: 1, revoked_at: revoked.then_some(2) }
    }

    #[test]
    fn only_the_current_unrevoked_group_agreement_admits_a_member() {
        let v = GROUP_AGREEMENT_VERSION;
        assert!(check_group_agreement(&[], v).is_err());
        assert!(check_group_agreement(&[consent(ConsentKind::Treatment, v, false)], v).is_err());
        assert!(check_group_agreement(&[consent(ConsentKind::GroupConfidentiality, v, true)], v).is_err());
        let old = check_group_agreement(&[consent(ConsentKind::GroupConfidentiality, "2020-01", false)], v);
        assert!(old.unwrap_err().message.contains("old version"));
        assert_eq!(check_group_agreement(&[consent(ConsentKind::GroupConfidentiality, v, false)], v), Ok(()));
    }
}
