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

/// Returns `text` with every piece of evidence in `findings` replaced, and unlinked
/// phone numbers and e-mail addresses too. Clients are lettered in the order they are
/// first mentioned. Overlapping spans are merged, so no identifying text survives.
pub fn redact(text: &str, findings: &Findings) -> String {
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

    let mut edits: Vec<(usize, usize, String)> = Vec::new();
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
            edits.push((e.start, e.end, with));
        }
    }
    for w in &findings.warnings {
        let with = match w.kind {
            WarningKind::UnlinkedPhone => "[phone]",
            WarningKind::UnlinkedEmail => "[email]",
        };
        edits.push((w.start, w.end, with.to_owned()));
    }
    edits.sort_by_key(|e| (e.0, std::cmp::Reverse(e.1)));

    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    let mut i = 0;
    while i < edits.len() {
        let (start, mut end, with) = (edits[i].0, edits[i].1, &edits[i].2);
        let mut j = i + 1;
        while j < edits.len() && edits[j].0 < end {
            end = end.max(edits[j].1);
            j += 1;
        }
        if start >= cursor && text.is_char_boundary(start) && text.is_char_boundary(end) {
            out.push_str(&text[cursor..start]);
            out.push_str(with);
            cursor = end;
        }
        i = j;
    }
    out.push_str(&text[cursor..]);
    out
}

#[cfg(test)]
mod tests {
    use super::pseudonym;

    #[test]
    fn pseudonyms_run_past_z() {
        assert_eq!(pseudonym(0), "Client A");
        assert_eq!(pseudonym(25), "Client Z");
        assert_eq!(pseudonym(26), "Client AA");
        assert_eq!(pseudonym(27), "Client AB");
    }
}
