//! Scheduled sessions, individual and group: when, how long, where, and what became of them.

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{RuleError, Timestamp};

crate::tagged_enum! {
    /// Who a session is with.
    SessionKind {
        /// One client.
        Individual = "individual",
        /// A therapy group.
        Group = "group",
    }
}

crate::tagged_enum! {
    /// What became of a scheduled session.
    SessionStatus {
        /// Still ahead.
        Scheduled = "scheduled",
        /// Took place.
        Held = "held",
        /// Called off in advance.
        Cancelled = "cancelled",
        /// The client did not come.
        NoShow = "no-show",
    }
}

/// Where a session happens. Sealed: a home visit's address identifies the client.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// A room or address.
    InPerson(String),
    /// A video link.
    Telehealth(String),
}

/// A scheduled session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// Individual or group.
    pub kind: SessionKind,
    /// Start time.
    pub starts_at: Timestamp,
    /// Length in minutes.
    pub duration_minutes: u32,
    /// Where it happens.
    pub location: Location,
    /// What became of it.
    pub status: SessionStatus,
}

impl Session {
    /// Checks the duration: between 5 minutes and 8 hours.
    pub fn validate(&self) -> Result<(), RuleError> {
        if !(5..=480).contains(&self.duration_minutes) {
            return Err(RuleError::new(
                "duration_minutes",
                format!("{} is not between 5 and 480", self.duration_minutes),
            ));
        }
        Ok(())
    }

    /// Whether the session may move from its status to `to`: only a scheduled session
    /// changes, and a held session is final (notes hang on it).
    pub fn can_become(&self, to: SessionStatus) -> bool {
        self.status == SessionStatus::Scheduled && to != SessionStatus::Scheduled
    }
}

impl std::fmt::Debug for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Location::InPerson(_) => f.write_str("InPerson(<redacted>)"),
            Location::Telehealth(_) => f.write_str("Telehealth(<redacted>)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_scheduled_sessions_change_status() {
        let mut s = Session {
            kind: SessionKind::Individual,
            starts_at: 0,
            duration_minutes: 50,
            location: Location::Telehealth("https://meet.invalid/x".into()),
            status: SessionStatus::Scheduled,
        };
        assert!(s.validate().is_ok());
        assert!(s.can_become(SessionStatus::Held));
        assert!(!s.can_become(SessionStatus::Scheduled));
        s.status = SessionStatus::Held;
        assert!(!s.can_become(SessionStatus::Cancelled));
        s.duration_minutes = 0;
        assert_eq!(s.validate().unwrap_err().field, "duration_minutes");
    }
}
