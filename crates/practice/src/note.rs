//! Progress notes: SOAP, DAP and BIRP templates; draft → signed and locked; corrections
//! only as amendments that say who, when and why.

use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::{RuleError, Timestamp};

crate::tagged_enum! {
    /// The documentation template a note follows.
    NoteTemplate {
        /// Subjective, Objective, Assessment, Plan.
        Soap = "soap",
        /// Data, Assessment, Plan.
        Dap = "dap",
        /// Behaviour, Intervention, Response, Plan.
        Birp = "birp",
    }
}

impl NoteTemplate {
    /// The template's sections, in order.
    pub fn sections(self) -> &'static [&'static str] {
        match self {
            NoteTemplate::Soap => &["subjective", "objective", "assessment", "plan"],
            NoteTemplate::Dap => &["data", "assessment", "plan"],
            NoteTemplate::Birp => &["behaviour", "intervention", "response", "plan"],
        }
    }
}

/// Where a note is in its life.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteState {
    /// Being written; may change.
    Draft,
    /// Signed and locked: never edited again.
    Signed {
        /// The signing clinician (a user id).
        by: String,
        /// When.
        at: Timestamp,
    },
}

/// A progress note: its template and the text of each section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The template.
    pub template: NoteTemplate,
    /// Section texts, one per template section, in template order.
    pub sections: NoteSections,
    /// Draft or signed.
    pub state: NoteState,
}

/// The clinical text of a note, section by section. Sealed as a whole.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct NoteSections(pub Vec<String>);

impl Note {
    /// A new, empty draft.
    pub fn draft(template: NoteTemplate) -> Note {
        Note {
            template,
            sections: NoteSections(vec![String::new(); template.sections().len()]),
            state: NoteState::Draft,
        }
    }

    /// Sets a section's text; only a draft can change.
    pub fn write(&mut self, section: &str, text: &str) -> Result<(), RuleError> {
        self.ensure_draft()?;
        let i = self.template.sections().iter().position(|s| *s == section).ok_or_else(|| {
            RuleError::new(
                format!("sections.{section}"),
                format!("a {} note has the sections {}", self.template, self.template.sections().join(", ")),
            )
        })?;
        self.sections.0[i] = text.to_owned();
        Ok(())
    }

    /// Signs and locks the note; every section must hold text.
    pub fn sign(&mut self, by: &str, at: Timestamp) -> Result<(), RuleError> {
        self.ensure_draft()?;
        self.check_shape()?;
        if let Some(i) = self.sections.0.iter().position(|s| s.trim().is_empty()) {
            return Err(RuleError::new(format!("sections.{}", self.template.sections()[i]), "is empty; cannot sign"));
        }
        self.state = NoteState::Signed { by: by.to_owned(), at };
        Ok(())
    }

    /// Checks that the sections match the template.
    pub fn check_shape(&self) -> Result<(), RuleError> {
        let want = self.template.sections().len();
        if self.sections.0.len() != want {
            return Err(RuleError::new(
                "sections",
                format!("a {} note has {want} sections, not {}", self.template, self.sections.0.len()),
            ));
        }
        Ok(())
    }

    fn ensure_draft(&self) -> Result<(), RuleError> {
        match self.state {
            NoteState::Draft => Ok(()),
            NoteState::Signed { .. } => Err(RuleError::new("state", "the note is signed and locked; add an amendment")),
        }
    }
}

/// A correction to a signed note: visible, attributed, justified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Amendment {
    /// Who amended (a user id).
    pub by: String,
    /// When.
    pub at: Timestamp,
    /// Why, and what changes.
    pub text: AmendmentText,
}

/// The sealed part of an amendment.
#[derive(Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct AmendmentText {
    /// Why the note is amended.
    pub reason: String,
    /// The correction.
    pub text: String,
}

impl Amendment {
    /// An amendment to `note`: only signed notes are amended, and a reason is required.
    pub fn to(note: &Note, by: &str, at: Timestamp, text: AmendmentText) -> Result<Amendment, RuleError> {
        if note.state == NoteState::Draft {
            return Err(RuleError::new("state", "a draft is edited, not amended"));
        }
        if text.reason.trim().is_empty() {
            return Err(RuleError::new("reason", "an amendment must say why"));
        }
        if text.text.trim().is_empty() {
            return Err(RuleError::new("text", "an amendment must say what changes"));
        }
        Ok(Amendment { by: by.to_owned(), at, text })
    }
}

crate::redacted_debug!(AmendmentText { ; reason, text });

impl std::fmt::Debug for NoteSections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NoteSections(<{} redacted>)", self.0.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_note_is_locked_and_only_amended() {
        let mut note = Note::draft(NoteTemplate::Dap);
        note.write("data", "Reports better sleep.").unwrap();
        assert_eq!(note.write("plan2", "x").unwrap_err().field, "sections.plan2");
        assert_eq!(note.sign("u1", 10).unwrap_err().field, "sections.assessment");
        note.write("assessment", "Improving.").unwrap();
        note.write("plan", "Continue weekly.").unwrap();
        let amend = || AmendmentText { reason: "wrong date".into(), text: "Session was on the 3rd.".into() };
        assert_eq!(Amendment::to(&note, "u1", 11, amend()).unwrap_err().field, "state");
        note.sign("u1", 12).unwrap();
        assert_eq!(note.state, NoteState::Signed { by: "u1".into(), at: 12 });
        assert_eq!(note.write("plan", "changed").unwrap_err().field, "state");
        assert_eq!(note.sign("u1", 13).unwrap_err().field, "state");
        let no_reason = AmendmentText { reason: " ".into(), text: "x".into() };
        assert_eq!(Amendment::to(&note, "u1", 14, no_reason).unwrap_err().field, "reason");
        assert!(Amendment::to(&note, "u1", 14, amend()).is_ok());
    }
}
