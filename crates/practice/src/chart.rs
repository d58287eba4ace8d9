//! The rest of a client's chart — homework, consents, agenda items — and the team
//! meetings where cases are presented. Incidents have their own module (`incident.rs`).

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{RuleError, Timestamp};

crate::tagged_enum! {
    /// Where a homework assignment stands.
    HomeworkStatus {
        /// Given, not yet due or not yet reviewed.
        Assigned = "assigned",
        /// Done by the client.
        Done = "done",
        /// Partly done.
        Partly = "partly",
        /// Not done.
        NotDone = "not-done",
    }
}

/// Homework assigned in a session.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Homework {
    /// What the client is asked to do.
    pub task: String,
    /// Due date, `YYYY-MM-DD`.
    pub due: String,
    /// Where it stands.
    pub status: HomeworkStatus,
    /// The client's own account of it.
    pub response: String,
}

impl Homework {
    /// Whether it is past its due date (`YYYY-MM-DD`) and still waits for review.
    pub fn is_overdue(&self, today: &str) -> bool {
        self.status == HomeworkStatus::Assigned && self.due.as_str() < today
    }

    /// Whether a session on `day` (`YYYY-MM-DD`) should review it: due by then and not
    /// yet reviewed.
    pub fn due_for_review(&self, day: &str) -> bool {
        review_due(self.status, &self.due, day)
    }

    /// Checks the task and due date.
    pub fn validate(&self) -> Result<(), RuleError> {
        if self.task.trim().is_empty() {
            return Err(RuleError::new("task", "is empty"));
        }
        if !crate::client::is_iso_date(&self.due) {
            return Err(RuleError::new("due", "is not a YYYY-MM-DD date"));
        }
        Ok(())
    }
}

crate::tagged_enum! {
    /// What a consent covers.
    ConsentKind {
        /// Consent to treatment.
        Treatment = "treatment",
        /// The limits of confidentiality (mandated disclosures), explained and understood.
        LimitsOfConfidentiality = "limits-of-confidentiality",
        /// The group confidentiality agreement.
        GroupConfidentiality = "group-confidentiality",
        /// Sessions by video.
        Telehealth = "telehealth",
        /// Release of information to a named third party.
        ReleaseOfInformation = "release-of-information",
    }
}

/// Homework with `status`, due on `due`, is reviewed at a session on `day` (all `YYYY-MM-DD`).
pub(crate) fn review_due(status: HomeworkStatus, due: &str, day: &str) -> bool {
    status == HomeworkStatus::Assigned && due <= day
}

/// The consents every client needs, and telehealth clients one more.
pub fn required_consents(telehealth: bool) -> Vec<ConsentKind> {
    let mut kinds = vec![ConsentKind::Treatment, ConsentKind::LimitsOfConfidentiality];
    if telehealth {
        kinds.push(ConsentKind::Telehealth);
    }
    kinds
}

/// The required consents with none in force among `consents`.
pub fn missing_consents(consents: &[Consent], telehealth: bool) -> Vec<ConsentKind> {
    let in_force = |k: ConsentKind| consents.iter().any(|c| c.kind == k && c.revoked_at.is_none());
    required_consents(telehealth).into_iter().filter(|k| !in_force(*k)).collect()
}

/// A consent the client gave (and perhaps withdrew).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    /// What it covers.
    pub kind: ConsentKind,
    /// The version of the form signed ("2024-03").
    pub version: String,
    /// When it was signed.
    pub signed_at: Timestamp,
    /// When it was revoked, if it was.
    pub revoked_at: Option<Timestamp>,
}

/// Something to raise in a session.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct AgendaItem {
    /// What to talk about.
    pub text: String,
    /// Whether it has been talked through.
    pub done: bool,
}

/// A team meeting for case consultation.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct TeamMeeting {
    /// When it was held.
    pub held_at: Timestamp,
    /// Who attended (user ids).
    pub attendees: Vec<String>,
    /// The cases presented.
    pub presentations: Vec<CasePresentation>,
    /// The minutes.
    pub minutes: String,
}

/// One case presented at a team meeting (de-identified by the guard before it is shown).
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct CasePresentation {
    /// The presenting clinician (a user id).
    pub presenter: String,
    /// The presentation text.
    pub text: String,
}
crate::redacted_debug!(Homework { due, status; task, response });
crate::redacted_debug!(AgendaItem { done; text });
crate::redacted_debug!(TeamMeeting { held_at, attendees; presentations, minutes });
crate::redacted_debug!(CasePresentation { presenter; text });
