//! The practice's domain, as plain values and the rules that need no storage: who the
//! people are, what a client's chart holds, how a progress note moves from draft to
//! signed, and the confidentiality protocols — incidents to the client's next session
//! (`incident`), mandated disclosures (`disclosure`), the group agreement, and what a
//! session's agenda holds (`agenda`). Nothing here touches disk, network or clock;
//! `sanctum-vault` stores these values sealed, and the app builds its pages on them.
//!
//! Every type that can hold clinical or identifying text zeroises itself on drop.
#![deny(missing_docs)]

mod agenda;
mod chart;
mod client;
mod disclosure;
mod incident;
mod measure;
mod note;
mod people;
mod schedule;

pub use agenda::{agenda, Agenda, ChartFacts, MEASURE_INTERVAL};
pub use chart::{
    missing_consents, required_consents, AgendaItem, CasePresentation, Consent, ConsentKind, Homework, HomeworkStatus,
    TeamMeeting,
};
pub use client::{ClientProfile, Relative};
pub use disclosure::{ClientInformed, Conversion, Cosignature, Disclosure, LegalBasis};
pub use incident::{next_session, Discussion, Incident, IncidentSource, Involvement, SessionFacts, SESSION_GRACE};
pub use measure::{Instrument, MeasureResponse};
pub use note::{Amendment, AmendmentText, Note, NoteSections, NoteState, NoteTemplate};
pub use people::{check_group_agreement, Group, Role, GROUP_AGREEMENT_VERSION};
pub use schedule::{Location, Session, SessionKind, SessionStatus};

/// Stands in for clinical or identifying text in `Debug` output, so a log line or a
/// panic message that formats a value cannot carry a client's data.
struct Redacted;

impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Implements `Debug` printing the `plain` fields and `<redacted>` for the others.
macro_rules! redacted_debug {
    ($name:ident { $($plain:ident),* ; $($secret:ident),+ $(,)? }) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(stringify!($name))
                    $(.field(stringify!($plain), &self.$plain))*
                    $(.field(stringify!($secret), &$crate::Redacted))+
                    .finish()
            }
        }
    };
}
pub(crate) use redacted_debug;

/// A rule of the practice was broken by a value; the message names the field but never
/// repeats a client's data (errors reach terminals and logs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct RuleError {
    /// The offending field, e.g. `answers[3]` or `sections.plan`.
    pub field: String,
    /// What is wrong with it.
    pub message: String,
}

impl RuleError {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> RuleError {
        RuleError { field: field.into(), message: message.into() }
    }
}

/// Seconds since the Unix epoch, UTC: the one timestamp representation in the domain.
pub type Timestamp = i64;

/// A value names its variant as a short stable tag (stored, printed, parsed).
pub trait Tagged: Sized + Copy + 'static {
    /// Every variant, in declaration order.
    const ALL: &'static [Self];
    /// The stable tag of this variant.
    fn tag(self) -> &'static str;
    /// The variant with this tag, if any.
    fn from_tag(tag: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.tag() == tag)
    }
}

/// Declares a tagged enum of unit variants with stable lowercase tags.
macro_rules! tagged_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $tag:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $tag)] $variant),+
        }
        impl $crate::Tagged for $name {
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn tag(self) -> &'static str {
                match self { $($name::$variant => $tag),+ }
            }
        }
        impl zeroize::DefaultIsZeroes for $name {}
        impl Default for $name {
            fn default() -> Self { <Self as $crate::Tagged>::ALL[0] }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::Tagged::tag(*self))
            }
        }
        impl std::str::FromStr for $name {
            type Err = $crate::RuleError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::Tagged>::from_tag(s).ok_or_else(|| {
                    let all: Vec<&str> = <Self as $crate::Tagged>::ALL.iter().map(|v| $crate::Tagged::tag(*v)).collect();
                    $crate::RuleError::new(stringify!($name), format!("{s:?} is not one of {}", all.join(", ")))
                })
            }
        }
    };
}
pub(crate) use tagged_enum;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_holds_client_text() {
        const SECRET: &str = "Cathedral-choir-7731";
        let s = || SECRET.to_owned();
        let mut profile = ClientProfile::default();
        for field in ClientProfile::FIELDS {
            *profile.field_mut(field).expect("field") = s();
        }
        profile.relatives.push(Relative { name: s(), relation: s(), phone: s() });
        profile.distinctive.push(s());
        let mut note = Note::draft(NoteTemplate::Soap);
        note.sections = NoteSections(vec![s(); 4]);
        let text = AmendmentText { reason: s(), text: s() };
        let amendment = Amendment { by: "dana".into(), at: 1, text: text.clone() };
        let mut homework = Homework::default();
        (homework.task, homework.response) = (s(), s());
        let mut incident = Incident::default();
        incident.description = s();
        let mut item = AgendaItem::default();
        item.text = s();
        let mut meeting = TeamMeeting::default();
        meeting.minutes = s();
        meeting.presentations.push(CasePresentation { presenter: "dana".into(), text: s() });
        let session = Session {
            kind: SessionKind::Individual,
            starts_at: 1,
            duration_minutes: 50,
            location: Location::InPerson(s()),
            status: SessionStatus::Held,
        };
        let measure = MeasureResponse::new(Instrument::Phq9, 1, vec![3; 9]).expect("valid");
        let cases = [
            ("ClientProfile", format!("{profile:?}")),
            ("Note", format!("{note:?}")),
            ("Amendment", format!("{amendment:?}")),
            ("Homework", format!("{homework:?}")),
            ("Incident", format!("{incident:?}")),
            ("AgendaItem", format!("{item:?}")),
            ("TeamMeeting", format!("{meeting:?}")),
            ("Group", format!("{:?}", Group { name: s() })),
            ("Session", format!("{session:?}")),
            ("Telehealth", format!("{:?}", Location::Telehealth(s()))),
            ("MeasureResponse", format!("{measure:?}")),
        ];
        for (name, debug) in cases {
            assert!(debug.starts_with(name) && debug.contains("<"), "{name}: {debug}");
            assert!(!debug.contains(SECRET), "{name} leaks its text: {debug}");
        }
        assert!(!format!("{measure:?}").contains("[3, 3"), "measure answers leak");
    }
}
