//! What a scan reports: the clients a text could identify, the evidence for each (byte
//! spans into the original text), a score and a one-line reason; and warnings for
//! contact details that belong to nobody in the caseload.

use serde::{Deserialize, Serialize};

/// The kind of a piece of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EvidenceKind {
    /// Given and family name together.
    FullName,
    /// The given name alone.
    GivenName,
    /// The family name alone (or after a title).
    FamilyName,
    /// A preferred name or nickname.
    Nickname,
    /// A name within one or two edits of the client's.
    MisspelledName,
    /// The client's initials.
    Initials,
    /// A phone number.
    Phone,
    /// An e-mail address.
    Email,
    /// A date of birth.
    Dob,
    /// A street address.
    Address,
    /// The employer's name.
    Employer,
    /// The school or college.
    School,
    /// A named relative.
    Relative,
    /// A distinctive fact.
    Distinctive,
    /// The occupation (identifying only with the city).
    Occupation,
    /// The city (identifying only with the occupation).
    City,
}

impl EvidenceKind {
    /// The label used in the benchmark's prediction format.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::FullName => "FULL_NAME",
            EvidenceKind::GivenName => "GIVEN_NAME",
            EvidenceKind::FamilyName => "FAMILY_NAME",
            EvidenceKind::Nickname => "NICKNAME",
            EvidenceKind::MisspelledName => "MISSPELLED_NAME",
            EvidenceKind::Initials => "INITIALS",
            EvidenceKind::Phone => "PHONE",
            EvidenceKind::Email => "EMAIL",
            EvidenceKind::Dob => "DOB",
            EvidenceKind::Address => "ADDRESS",
            EvidenceKind::Employer => "EMPLOYER",
            EvidenceKind::School => "SCHOOL",
            EvidenceKind::Relative => "RELATIVE",
            EvidenceKind::Distinctive => "DISTINCTIVE",
            EvidenceKind::Occupation => "OCCUPATION",
            EvidenceKind::City => "CITY",
        }
    }

    /// Words for a person reading a report.
    pub fn describe(self) -> &'static str {
        match self {
            EvidenceKind::FullName => "full name",
            EvidenceKind::GivenName => "given name",
            EvidenceKind::FamilyName => "family name",
            EvidenceKind::Nickname => "nickname",
            EvidenceKind::MisspelledName => "misspelt name",
            EvidenceKind::Initials => "initials",
            EvidenceKind::Phone => "phone number",
            EvidenceKind::Email => "e-mail address",
            EvidenceKind::Dob => "date of birth",
            EvidenceKind::Address => "street address",
            EvidenceKind::Employer => "employer",
            EvidenceKind::School => "school",
            EvidenceKind::Relative => "relative",
            EvidenceKind::Distinctive => "distinctive fact",
            EvidenceKind::Occupation => "occupation",
            EvidenceKind::City => "city",
        }
    }
}

/// One span of text that points at a client.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// UTF-8 byte offset of the span's start in the scanned text.
    pub start: usize,
    /// UTF-8 byte offset one past the span's end.
    pub end: usize,
    /// What the span is.
    pub kind: EvidenceKind,
    /// How much the span counts towards identification (1.0 identifies alone).
    pub weight: f32,
}

/// A client the text could identify.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClientFinding {
    /// The client's id in the caseload.
    pub client_id: String,
    /// Position of the client in the caseload (for pseudonyms and look-ups).
    pub client_index: usize,
    /// Sum of the evidence weights, counting each attribute once; 1.0 or more identifies.
    pub score: f32,
    /// The evidence spans, in text order.
    pub evidence: Vec<Evidence>,
    /// One line a person can read: why this client.
    pub reason: String,
}

/// Kinds of warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum WarningKind {
    /// A phone number that is nobody's in the caseload.
    UnlinkedPhone,
    /// An e-mail address that is nobody's in the caseload.
    UnlinkedEmail,
}

/// Personal data that identifies no client but is still worth a second look.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Warning {
    /// UTF-8 byte offset of the span's start.
    pub start: usize,
    /// UTF-8 byte offset one past the span's end.
    pub end: usize,
    /// What it is.
    pub kind: WarningKind,
}

/// The result of scanning one text.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Findings {
    /// Clients the text could identify, in caseload order.
    pub clients: Vec<ClientFinding>,
    /// Unlinked personal data.
    pub warnings: Vec<Warning>,
}

impl Findings {
    /// True if the text identifies nobody.
    pub fn is_clean(&self) -> bool {
        self.clients.is_empty()
    }
}
