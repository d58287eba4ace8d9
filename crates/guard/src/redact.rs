//! De-identification: every identifying span replaced by a consistent pseudonym per
//! client within the document ("Client A", "[Client A's employer]", "[phone]"), so a
//! case presentation stays readable for a team meeting.

use crate::findings::{EvidenceKind, Findings, WarningKind};

/// The pseudonym of the `n`th client identified in a document: "Client A" … "Client Z",
/// "Client AA", …
pub fn pseudonym(n: usize) -> String {
    let mut letters = Vec::new();
    let mut k = n + 1;
    while k > 0 {
        k -= 1;
        letters.push(b'A' + (k % 26) as u8);
        k /= 26;
    }
    letters.reverse();
    format!("Client {}", String::from_utf8_lossy(&letters))
}

/// One replacement of a de-identification: bytes `start..end` of the text become
/// `with`. A practitioner reviewing a case presentation sees these one by one and may
/// accept, edit or add to them before [`apply`]ing them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Replacement {
    /// Byte offset of the first replaced byte.
    pub start: usize,
    /// Byte offset one past the last replaced byte.
    pub end: usize,
    /// The text put in its place.
    pub with: String,
    /// What the replaced text is (a name, an employer, a phone number, …).
    pub kind: EvidenceKind,
    /// Whose it is: the client's id and pseudonym in this document ("Client A");
    /// `None` for a phone number or e-mail address that belongs to no client.
    pub client: Option<(String, String)>,
}

/// Why a list of replacements cannot be applied to a text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReplacementError {
    /// The replacement's span is empty, reversed, past the end of the text or not on
    /// character boundaries.
    #[error("replacement {index}: {start}..{end} is not a span of the text ({len} bytes)")]
    OutOfText {
        /// Position of the replacement in the list.
        index: usize,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// Length of the text in bytes.
        len: usize,
    },
    /// The replacement starts before the previous one ends.
    #[error("replacement {index} overlaps or comes before the one before it")]
    Overlap {
        /// Position of the replacement in the list.
        index: usize,
    },
}

/// The replacements that de-identify `text`: every piece of evidence in `findings`,
/// and unlinked phone numbers and e-mail addresses. Clients are lettered in the order
/// they are first mentioned ("Client A", "\[Client A's employer\]"). Overlapping spans are
/// merged, so no identifying text survives; the list is sorted and non-overlapping.
pub fn replacements(text: &str, findings: &Findings) -> Vec<Replacement> {
    let mut order: Vec<(usize, usize)> = findings
        .clients
        .iter()
        .enumerate()
        .map(|(k, c)| (c.evidence.iter().map(|e| e.start).min().unwrap_or(usize::MAX), k))
        .collect();
    order.sort_unstable();
    let mut letter = vec![0; findings.clients.len()];
    for (n, &(_, k)) in order.iter().enumerate() {
        letter[k] = n;
    }

    let mut edits: Vec<Replacement> = Vec::new();
    for (k, client) in findings.clients.iter().enumerate() {
        let who = pseudonym(letter[k]);
        for e in &client.evidence {
            let with = match e.kind {
                EvidenceKind::FullName
                | EvidenceKind::GivenName
                | EvidenceKind::FamilyName
                | EvidenceKind::Nickname
                | EvidenceKind::MisspelledName
                | EvidenceKind::Initials => who.clone(),
                EvidenceKind::Phone => "[phone]".to_owned(),
                EvidenceKind::Email => "[email]".to_owned(),
                EvidenceKind::Dob => "[date of birth]".to_owned(),
                EvidenceKind::Address => "[address]".to_owned(),
                EvidenceKind::Employer => format!("[{who}'s employer]"),
                EvidenceKind::School => format!("[{who}'s school]"),
                EvidenceKind::Relative => format!("[{who}'s relative]"),
                EvidenceKind::Distinctive => format!("[a distinctive detail about {who}]"),
                EvidenceKind::Occupation => "[occupation]".to_owned(),
                EvidenceKind::City => "[city]".to_owned(),
            };
            let client = Some((client.client_id.clone(), who.clone()));
            edits.push(Replacement { start: e.start, end: e.end, with, kind: e.kind, client });
        }
    }
    for w in &findings.warnings {
        let (with, kind) = match w.kind {
            WarningKind::UnlinkedPhone => ("[phone]", EvidenceKind::Phone),
            WarningKind::UnlinkedEmail => ("[email]", EvidenceKind::Email),
        };
        edits.push(Replacement { start: w.start, end: w.end, with: with.to_owned(), kind, client: None });
    }
    edits.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));

    let mut merged: Vec<Replacement> = Vec::with_capacity(edits.len());
    for edit in edits {
        let inside = edit.start < edit.end
            && edit.end <= text.len()
            && text.is_char_boundary(edit.start)
            && text.is_char_boundary(edit.end);
        match merged.last_mut() {
            _ if !inside => {}
            Some(last) if edit.start < last.end => last.end = last.end.max(edit.end),
            _ => merged.push(edit),
        }
    }
    merged
}

/// Returns `text` with `replacements` made. Each must cover a non-empty span on
/// character boundaries inside the text, and each must start at or after the end of
/// the one before (sorted, no overlaps); the error names the first that does not.
pub fn apply(text: &str, replacements: &[Replacement]) -> Result<String, ReplacementError> {
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for (index, r) in replacements.iter().enumerate() {
        if r.start >= r.end || r.end > text.len() || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            return Err(ReplacementError::OutOfText { index, start: r.start, end: r.end, len: text.len() });
        }
        if r.start < cursor {
            return Err(ReplacementError::Overlap { index });
        }
        out.push_str(&text[cursor..r.start]);
        out.push_str(&r.with);
        cursor = r.end;
    }
    out.push_str(&text[cursor..]);
    Ok(out)
}

/// Returns `text` de-identified: [`replacements`] [`apply`]d.
pub fn redact(text: &str, findings: &Findings) -> String {
    let plan = replacements(text, findings);
    // The plan is sorted, non-overlapping and inside the text by construction.
    apply(text, &plan).unwrap_or_else(|_| unreachable!("replacements() yields an applicable plan"))
}

#[cfg(test)]
mod tests {
    use super::{apply, pseudonym, Replacement, ReplacementError};
    use crate::EvidenceKind;

    fn r(start: usize, end: usize, with: &str) -> Replacement {
        Replacement { start, end, with: with.to_owned(), kind: EvidenceKind::Employer, client: None }
    }

    #[test]
    fn apply_makes_reviewed_replacements_and_names_a_bad_one() {
        let text = "Sam at Acme, call 555";
        assert_eq!(
            apply(text, &[r(0, 3, "Client A"), r(7, 11, "[employer]")]).as_deref(),
            Ok("Client A at [employer], call 555")
        );
        assert_eq!(apply(text, &[r(0, 3, "X"), r(2, 5, "Y")]), Err(ReplacementError::Overlap { index: 1 }));
        assert_eq!(
            apply(text, &[r(18, 40, "X")]),
            Err(ReplacementError::OutOfText { index: 0, start: 18, end: 40, len: 21 })
        );
        assert!(matches!(apply("Zoë", &[r(0, 3, "X")]), Err(ReplacementError::OutOfText { .. })));
        assert!(matches!(apply(text, &[r(4, 4, "X")]), Err(ReplacementError::OutOfText { .. })), "empty span");
        assert_eq!(
            apply(text, &[r(7, 11, "X"), r(0, 3, "Y")]),
            Err(ReplacementError::Overlap { index: 1 }),
            "unsorted"
        );
    }

    #[test]
    fn pseudonyms_run_past_z() {
        assert_eq!(pseudonym(0), "Client A");
        assert_eq!(pseudonym(25), "Client Z");
        assert_eq!(pseudonym(26), "Client AA");
        assert_eq!(pseudonym(27), "Client AB");
    }
}
