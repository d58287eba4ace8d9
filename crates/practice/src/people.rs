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
