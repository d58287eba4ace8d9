//! De-identifying a case presentation before a team meeting sees it. The therapist's
//! draft is scanned by the guard against the **whole practice's** caseload (a colleague
//! may know a client the presenter does not treat); every identifying span becomes a
//! consistent pseudonym ("Client A", "[Client A's employer]"), and the therapist reviews
//! each replacement: accept it, edit its text, or redact more by typing a passage to
//! replace. The reviewed text is scanned again; only a text that identifies nobody may
//! be added to a meeting, and the server re-checks it on save (the form is never trusted).
//!
//! The review lives in the form (the draft and the replacements as fields), never in
//! storage: nothing is written until "Add to meeting". [`Review`] and its methods are
//! pure; [`check`] runs the guard off the async runtime.

use sanctum_guard::{apply, replacements, CaseloadIndex, ClientFinding, EvidenceKind, Findings, Replacement};
use sanctum_vault::Actor;

use crate::disclosure_check::{segments, Segment, MAX_DRAFT_BYTES};
use crate::error::Failure;
use crate::AppState;

/// The kind tag of a passage the therapist chose to redact themselves.
pub const ADDED: &str = "ADDED";

/// What a therapist-added redaction is replaced with unless they say otherwise.
pub const DEFAULT_REDACTION: &str = "[redacted]";

/// One replacement under review: bytes `start..end` of the draft become `with`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// First byte of the draft replaced.
    pub start: usize,
    /// One past the last byte replaced.
    pub end: usize,
    /// The text put in its place (the therapist may edit it).
    pub with: String,
    /// The guard's evidence kind (`EvidenceKind::as_str`), or [`ADDED`].
    pub kind: String,
}

impl Edit {
    fn from_guard(r: &Replacement) -> Edit {
        Edit { start: r.start, end: r.end, with: r.with.clone(), kind: r.kind.as_str().to_owned() }
    }

    /// What the replaced text was, in words ("nickname", "added by you").
    pub fn kind_label(&self) -> &'static str {
        if self.kind == ADDED {
            return "added by you";
        }
        evidence_kind(&self.kind).map_or("detail", EvidenceKind::describe)
    }
}

fn evidence_kind(tag: &str) -> Option<EvidenceKind> {
    serde_json::from_value(serde_json::Value::String(tag.to_owned())).ok()
}

/// A draft and the replacements that de-identify it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    /// What the therapist wrote.
    pub draft: String,
    /// The replacements, sorted, not overlapping.
    pub edits: Vec<Edit>,
}

/// The verdict on a reviewed text.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// The draft with the replacements made.
    pub reviewed: String,
    /// Whether the reviewed text identifies no client and holds no phone number or
    /// e-mail address.
    pub clean: bool,
    /// The reviewed text, what still identifies someone marked.
    pub segments: Vec<Segment>,
    /// Why it is not clean, one line per client still identifiable (quoting only the
    /// reviewed text; never a client's name).
    pub reasons: Vec<String>,
    /// The same without quoting anything: per client, the kinds of detail that still
    /// identify them ("a client, by nickname and employer"), for answers that must not
    /// repeat the text sent.
    pub grounds: Vec<String>,
    /// The field to correct when it is not clean: the replacement whose text still
    /// identifies someone (`with.N`), or `draft`.
    pub field: Option<String>,
}

impl Review {
    /// A first review: the guard's replacements for `draft` under `findings`.
    pub fn start(draft: &str, findings: &Findings) -> Review {
        let edits = replacements(draft, findings).iter().map(Edit::from_guard).collect();
        Review { draft: draft.to_owned(), edits }
    }

    /// A review read back from a posted form: `draft`, and `start.N`, `end.N`,
    /// `with.N`, `kind.N` for each replacement N. The spans are checked against the
    /// draft (inside it, on character boundaries, sorted, not overlapping); a bad one
    /// is an input error naming its field.
    pub fn from_form(fields: &[(String, String)]) -> Result<Review, Failure> {
        let get = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        let draft = get("draft").unwrap_or_default().replace("\r\n", "\n");
        check_draft(&draft)?;
        let mut edits = Vec::new();
        for n in 0.. {
            let Some(start) = get(&format!("start.{n}")) else { break };
            let offset = |name: String, value: Option<&str>| {
                value
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .ok_or_else(|| Failure::input(name, "is not an offset"))
            };
            let start = offset(format!("start.{n}"), Some(start))?;
            let end = offset(format!("end.{n}"), get(&format!("end.{n}")))?;
            let with = get(&format!("with.{n}")).unwrap_or_default().trim().to_owned();
            let kind = get(&format!("kind.{n}")).unwrap_or(ADDED);
            let kind = if kind == ADDED || evidence_kind(kind).is_some() { kind.to_owned() } else { ADDED.to_owned() };
            if with.is_empty() {
                return Err(Failure::input(
                    format!("with.{n}"),
                    "the replacement is empty; write what stands in its place",
                ));
            }
            edits.push(Edit { start, end, with, kind });
        }
        let review = Review { draft, edits };
        review.reviewed_text().map_err(|(n, message)| Failure::input(format!("start.{n}"), message))?;
        Ok(review)
    }

    /// Adds a replacement of every occurrence of `passage` in the draft that no
    /// replacement covers yet, replaced by `with` (or [`DEFAULT_REDACTION`]). Answers how
    /// many were added; a passage not in the draft is an error on `more`.
    pub fn redact_more(&mut self, passage: &str, with: &str) -> Result<usize, Failure> {
        let passage = passage.trim();
        if passage.is_empty() {
            return Ok(0);
        }
        let with = if with.trim().is_empty() { DEFAULT_REDACTION } else { with.trim() };
        let found: Vec<usize> = self.draft.match_indices(passage).map(|(at, _)| at).collect();
        if found.is_empty() {
            return Err(Failure::input("more", "does not occur in the draft; copy the words exactly as written"));
        }
        let mut added = 0;
        for start in found {
            let end = start + passage.len();
            if self.edits.iter().any(|e| start < e.end && e.start < end) {
                continue;
            }
            self.edits.push(Edit { start, end, with: with.to_owned(), kind: ADDED.to_owned() });
            added += 1;
        }
        self.edits.sort_by_key(|e| e.start);
        Ok(added)
    }

    /// The draft with the replacements made, or the position of the first bad one.
    fn reviewed_text(&self) -> Result<String, (usize, String)> {
        let plan: Vec<Replacement> = self
            .edits
            .iter()
            .map(|e| Replacement {
                start: e.start,
                end: e.end,
                with: e.with.clone(),
                kind: EvidenceKind::Distinctive,
                client: None,
            })
            .collect();
        apply(&self.draft, &plan).map_err(|e| {
            let index = match e {
                sanctum_guard::ReplacementError::OutOfText { index, .. }
                | sanctum_guard::ReplacementError::Overlap { index } => index,
            };
            (index, "is not a span of the draft, or overlaps the one before".to_owned())
        })
    }

    /// Where each replacement's text lands in the reviewed text: `(start, end)`.
    fn placed(&self) -> Vec<(usize, usize)> {
        let mut shift: isize = 0;
        self.edits
            .iter()
            .map(|e| {
                let start = (e.start as isize + shift) as usize;
                shift += e.with.len() as isize - (e.end - e.start) as isize;
                (start, start + e.with.len())
            })
            .collect()
    }

    /// The verdict on the reviewed text given the guard's `findings` on it.
    pub fn verdict(&self, findings: &Findings) -> Verdict {
        let reviewed = self.reviewed_text().unwrap_or_else(|_| self.draft.clone());
        let placed = self.placed();
        let evidence = findings
            .clients
            .iter()
            .flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end)))
            .chain(findings.warnings.iter().map(|w| (w.start, w.end)));
        let mut field = None;
        for (start, end) in evidence {
            let edited = placed.iter().position(|&(s, e)| start < e && s < end);
            let name = edited.map_or_else(|| "draft".to_owned(), |n| format!("with.{n}"));
            // A replacement the therapist edited back into an identifier is the likelier fix.
            if edited.is_some() || field.is_none() {
                field = Some(name);
            }
            if edited.is_some() {
                break;
            }
        }
        let mut reasons: Vec<String> = findings.clients.iter().map(|c| c.reason.clone()).collect();
        let mut grounds: Vec<String> = findings.clients.iter().map(grounds).collect();
        if !findings.warnings.is_empty() {
            let contacts = format!("{} phone number(s) or e-mail address(es)", findings.warnings.len());
            reasons.push(contacts.clone());
            grounds.push(contacts);
        }
        Verdict {
            clean: findings.is_clean() && findings.warnings.is_empty(),
            segments: segments(&reviewed, findings),
            reviewed,
            reasons,
            grounds,
            field,
        }
    }
}

/// What still identifies one client, by kind of detail and in the order first met,
/// quoting nothing.
fn grounds(client: &ClientFinding) -> String {
    let mut kinds: Vec<&str> = Vec::new();
    for e in client.evidence.iter().filter(|e| e.weight > 0.0) {
        let kind = e.kind.describe();
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    match kinds.split_last() {
        Some((last, [])) => format!("a client, by {last}"),
        Some((last, rest)) => format!("a client, by {} and {last}", rest.join(", ")),
        None => "a client".to_owned(),
    }
}

fn check_draft(draft: &str) -> Result<(), Failure> {
    if draft.trim().is_empty() {
        return Err(Failure::input("draft", "write the case presentation first"));
    }
    if draft.len() > MAX_DRAFT_BYTES {
        return Err(Failure::input("draft", format!("is longer than {} kB", MAX_DRAFT_BYTES / 1000)));
    }
    Ok(())
}

/// Scans a review against the whole practice's caseload (the vault records the read
/// and refuses roles without one). With `first`, the replacements start from the
/// guard's findings on the draft; otherwise the review's own are kept. Then the
/// reviewed text is scanned again for the verdict.
pub async fn check(
    state: &AppState,
    actor: &Actor,
    mut review: Review,
    first: bool,
) -> Result<(Review, Verdict), Failure> {
    check_draft(&review.draft)?;
    if let Actor::User(id) = actor {
        if !state.check_limits().allow(id.as_str()) {
            return Err(Failure::TooMany);
        }
    }
    let caseload = state.vault().practice_caseload(actor).await?;
    // Indexing and scanning are CPU work: off the async runtime.
    tokio::task::spawn_blocking(move || {
        let index = CaseloadIndex::new(&caseload);
        if first {
            let added: Vec<Edit> = review.edits.drain(..).collect();
            let mut fresh = Review::start(&review.draft, &index.scan(&review.draft));
            for e in added {
                if !fresh.edits.iter().any(|f| e.start < f.end && f.start < e.end) {
                    fresh.edits.push(e);
                }
            }
            fresh.edits.sort_by_key(|e| e.start);
            review = fresh;
        }
        let reviewed = review.reviewed_text().map_err(|(n, m)| Failure::input(format!("start.{n}"), m))?;
        let verdict = review.verdict(&index.scan(&reviewed));
        Ok((review, verdict))
    })
    .await
    .map_err(|_| Failure::Internal)?
}

#[cfg(test)]
mod tests {
    use super::*;
    use sanctum_guard::Caseload;

    fn index() -> CaseloadIndex {
        let caseload = Caseload::from_json(
            "test",
            r#"{"clients": [{"id": "c1", "given_name": "Imogen", "family_name": "Threlkeld",
                "preferred_name": "Immy", "employer": "Harbourside Bakery", "occupation": "baker"}]}"#,
        )
        .unwrap();
        CaseloadIndex::new(&caseload)
    }

    const DRAFT: &str = "Immy works at Harbourside Bakery and feels stuck.";

    fn form(review: &Review) -> Vec<(String, String)> {
        let mut f = vec![("draft".to_owned(), review.draft.clone())];
        for (n, e) in review.edits.iter().enumerate() {
            f.push((format!("start.{n}"), e.start.to_string()));
            f.push((format!("end.{n}"), e.end.to_string()));
            f.push((format!("with.{n}"), e.with.clone()));
            f.push((format!("kind.{n}"), e.kind.clone()));
        }
        f
    }

    #[test]
    fn the_guards_replacements_de_identify_and_survive_the_form() {
        let index = index();
        let review = Review::start(DRAFT, &index.scan(DRAFT));
        assert!(review.edits.iter().any(|e| &DRAFT[e.start..e.end] == "Immy" && e.with == "Client A"), "{review:?}");
        assert!(review.edits.iter().any(|e| e.kind_label() == "employer"), "{review:?}");
        let back = Review::from_form(&form(&review)).unwrap();
        assert_eq!(back, review);
        let reviewed = back.reviewed_text().unwrap();
        let verdict = back.verdict(&index.scan(&reviewed));
        assert!(verdict.clean, "{:?}", verdict.reasons);
        assert!(!verdict.reviewed.contains("Immy") && !verdict.reviewed.contains("Harbourside"));
    }

    #[test]
    fn an_edit_back_to_the_name_is_blamed_on_its_field() {
        let index = index();
        let mut review = Review::start(DRAFT, &index.scan(DRAFT));
        let n = review.edits.iter().position(|e| e.with == "Client A").unwrap();
        review.edits[n].with = "Imogen Threlkeld".into();
        let verdict = review.verdict(&index.scan(&review.reviewed_text().unwrap()));
        assert!(!verdict.clean);
        assert_eq!(verdict.field.as_deref(), Some(format!("with.{n}").as_str()));
        assert!(
            verdict.segments.iter().any(|s| s.mark.is_some() && s.text.contains("Imogen")),
            "{:?}",
            verdict.segments
        );
    }

    #[test]
    fn grounds_name_the_kinds_of_detail_and_quote_nothing() {
        let index = index();
        let review = Review { draft: DRAFT.to_owned(), edits: Vec::new() };
        let verdict = review.verdict(&index.scan(DRAFT));
        assert!(!verdict.clean);
        assert!(verdict.reasons[0].contains("Immy"), "the reasons quote: {:?}", verdict.reasons);
        assert_eq!(verdict.grounds, ["a client, by nickname and employer"]);
        let phone = "Call 555-867-5309 about the plan.";
        let verdict = review.verdict(&index.scan(phone));
        assert_eq!(verdict.grounds, ["1 phone number(s) or e-mail address(es)"]);
    }

    #[test]
    fn redacting_more_covers_every_occurrence_not_yet_replaced() {
        let mut review = Review { draft: "Lives near the pier; walks the pier daily.".into(), edits: vec![] };
        assert_eq!(review.redact_more("the pier", "").unwrap(), 2);
        assert_eq!(review.reviewed_text().unwrap(), "Lives near [redacted]; walks [redacted] daily.");
        assert_eq!(review.redact_more("the pier", "x").unwrap(), 0, "already covered");
        assert_eq!(review.redact_more("harbour", "").unwrap_err().field(), Some("more"));
        assert_eq!(review.redact_more("  ", "").unwrap(), 0, "nothing asked");
    }

    #[test]
    fn a_forged_or_emptied_replacement_names_its_field() {
        let field = |pairs: &[(&str, &str)]| {
            let f: Vec<(String, String)> = pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
            Review::from_form(&f).unwrap_err().field().map(str::to_owned)
        };
        let base = [("draft", "Zoë is here."), ("start.0", "0"), ("end.0", "3"), ("with.0", "X")];
        assert_eq!(field(&base).as_deref(), Some("start.0"), "not on a character boundary");
        assert_eq!(
            field(&[("draft", "Ab"), ("start.0", "0"), ("end.0", "9"), ("with.0", "X")]).as_deref(),
            Some("start.0")
        );
        assert_eq!(
            field(&[("draft", "Ab"), ("start.0", "x"), ("end.0", "1"), ("with.0", "X")]).as_deref(),
            Some("start.0")
        );
        assert_eq!(
            field(&[("draft", "Ab"), ("start.0", "0"), ("end.0", "1"), ("with.0", " ")]).as_deref(),
            Some("with.0")
        );
        assert_eq!(field(&[("draft", " ")]).as_deref(), Some("draft"));
        let overlap = [
            ("draft", "Abcdef"),
            ("start.0", "0"),
            ("end.0", "3"),
            ("with.0", "X"),
            ("start.1", "2"),
            ("end.1", "4"),
            ("with.1", "Y"),
        ];
        assert_eq!(field(&overlap).as_deref(), Some("start.1"));
    }
}
