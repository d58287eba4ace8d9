//! The disclosure guard: given a practitioner's caseload, finds which of *their*
//! clients an outbound text could identify, with the evidence, and de-identifies it.
//!
//! ```
//! use sanctum_guard::{redact, Caseload, CaseloadIndex};
//!
//! let caseload = Caseload::from_json("inline", r#"{"clients": [{
//!     "id": "c1", "given_name": "Charles", "family_name": "Benson",
//!     "preferred_name": "Chuck", "employer": "Mclaughlin Law LLP",
//!     "relatives": [{"name": "Joseph Benson", "relation": "father"}]}]}"#)?;
//! let index = CaseloadIndex::new(&caseload);
//!
//! let text = "Proud of Chuck today. His father Joseph would be too.";
//! let findings = index.scan(text);
//! assert_eq!(findings.clients[0].client_id, "c1");
//! assert_eq!(redact(text, &findings), "Proud of Client A today. His father [Client A's relative] would be too.");
//! # Ok::<(), sanctum_guard::Error>(())
//! ```
//!
//! The guard is pure: no I/O, no global state but the compiled-in word lists. Build a
//! [`CaseloadIndex`] once per caseload and share it across threads; [`CaseloadIndex::scan`]
//! takes `&self`. How the engine works, and why, is in `crates/guard/DESIGN.md`.
#![deny(missing_docs)]

mod caseload;
mod findings;
mod fuzzy;
mod index;
mod lexicon;
mod recognize;
mod redact;
mod scan;
mod table;
mod text;

pub use caseload::{Address, Caseload, Client, Relative};
pub use findings::{ClientFinding, Evidence, EvidenceKind, Findings, Warning, WarningKind};
pub use index::CaseloadIndex;
pub use redact::{apply, pseudonym, redact, replacements, Replacement, ReplacementError};

/// What can go wrong in the guard: only reading a caseload can fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The caseload JSON is malformed or fails validation.
    #[error("{source_name}:{line}:{column}: {field}: {message}")]
    Caseload {
        /// Where the caseload came from (a file path).
        source_name: String,
        /// 1-based line of the problem, 0 when it is not about one place in the text.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// Path of the offending field, e.g. `clients[3].phone`.
        field: String,
        /// What is wrong.
        message: String,
    },
}
