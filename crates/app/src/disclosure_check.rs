//! "Check before posting": a therapist's draft (a social-media post, an e-mail) run
//! through the guard against their own caseload. The result says which clients the
//! text could identify and why, marks the evidence in the text, and offers the
//! de-identified alternative. The page and the API (`POST /api/v1/check`) share this.
//!
//! The draft is never stored or logged; only that a check happened and its verdict
//! (`check.clean` or `check.flagged`) reach the audit trail, beside the caseload read.

use sanctum_guard::{redact, CaseloadIndex, Findings};

use sanctum_vault::{Actor, StaffMember};

use crate::error::Failure;
use crate::AppState;

/// The longest draft checked (a long e-mail; the body limit is larger).
pub const MAX_DRAFT_BYTES: usize = 100_000;

/// One client the draft could identify.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct Identified {
    /// The client's id.
    pub client: String,
    /// Their name as the therapist knows them.
    pub name: String,
    /// Why: the evidence, in words.
    pub reason: String,
}

/// A stretch of the draft, marked if it is evidence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub struct Segment {
    /// The text.
    pub text: String,
    /// `identifying` (a reported client's evidence), `contact` (a phone or e-mail of no
    /// known client), or none.
    pub mark: Option<&'static str>,
}

/// The verdict on a draft.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct CheckResult {
    /// Whether no client could be identified (contact details of no known client may still be flagged).
    pub clean: bool,
    /// The clients it could identify.
    pub identified: Vec<Identified>,
    /// The draft in marked segments.
    pub segments: Vec<Segment>,
    /// The de-identified alternative (the draft itself when clean).
    pub deidentified: String,
    /// How many phone numbers or e-mail addresses of no known client it holds.
    pub contact_warnings: usize,
}

/// Checks `draft` against the caseload of `who` (a therapist).
pub async fn check(state: &AppState, who: &StaffMember, draft: &str) -> Result<CheckResult, Failure> {
    if who.role != sanctum_practice::Role::Therapist {
        return Err(Failure::Refused(who.id.clone()));
    }
    if draft.trim().is_empty() {
        return Err(Failure::input("text", "paste the draft to check"));
    }
    if !state.check_limits().allow(who.id.as_str()) {
        return Err(Failure::TooMany);
    }
    if draft.len() > MAX_DRAFT_BYTES {
        return Err(Failure::input("text", format!("is longer than {} kB; check it in parts", MAX_DRAFT_BYTES / 1000)));
    }
    let actor = Actor::User(who.id.clone());
    let caseload = state.vault().caseload(&actor, &who.id).await?;
    let text = draft.to_owned();
    // Indexing and scanning are CPU work: off the async runtime.
    let result = tokio::task::spawn_blocking(move || {
        let index = CaseloadIndex::new(&caseload);
        let findings = index.scan(&text);
        let names =
            |id: &str| caseload.clients.iter().find(|c| c.id == id).map(|c| c.display_name()).unwrap_or_default();
        let identified = findings
            .clients
            .iter()
            .map(|f| Identified { client: f.client_id.clone(), name: names(&f.client_id), reason: f.reason.clone() })
            .collect();
        CheckResult {
            clean: findings.is_clean(),
            identified,
            segments: segments(&text, &findings),
            deidentified: redact(&text, &findings),
            contact_warnings: findings.warnings.len(),
        }
    })
    .await
    .map_err(|_| Failure::Internal)?;
    state.vault().record_check(&actor, !result.clean).await?;
    Ok(result)
}

/// Splits `text` at the evidence of reported clients and at contact warnings.
pub fn segments(text: &str, findings: &Findings) -> Vec<Segment> {
    let mut spans: Vec<(usize, usize, &'static str)> = findings
        .clients
        .iter()
        .flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end, "identifying")))
        .chain(findings.warnings.iter().map(|w| (w.start, w.end, "contact")))
        .collect();
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut at = 0;
    for (start, end, mark) in spans {
        let start = start.max(at);
        if start >= end || end > text.len() {
            continue;
        }
        if start > at {
            out.push(Segment { text: text[at..start].to_owned(), mark: None });
        }
        out.push(Segment { text: text[start..end].to_owned(), mark: Some(mark) });
        at = end;
    }
    if at < text.len() {
        out.push(Segment { text: text[at..].to_owned(), mark: None });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use sanctum_guard::Caseload;

    #[test]
    fn segments_cover_the_text_and_mark_the_evidence() {
        let caseload = Caseload::from_json(
            "test",
            r#"{"clients": [{"id": "c1", "given_name": "Charles", "family_name": "Benson", "preferred_name": "Chuck"}]}"#,
        )
        .unwrap();
        let text = "So proud of Chuck Benson today — call (479) 555-0199 if you can.";
        let findings = CaseloadIndex::new(&caseload).scan(text);
        let parts = segments(text, &findings);
        assert_eq!(parts.iter().map(|s| s.text.as_str()).collect::<String>(), text, "nothing lost or doubled");
        let marked: Vec<&str> =
            parts.iter().filter(|s| s.mark == Some("identifying")).map(|s| s.text.as_str()).collect();
        assert!(marked.iter().any(|m| m.contains("Chuck")), "{parts:?}");
        assert!(parts.iter().any(|s| s.mark == Some("contact") && s.text.contains("555")), "{parts:?}");
        let clean = CaseloadIndex::new(&caseload).scan("A quiet day.");
        assert_eq!(segments("A quiet day.", &clean), vec![Segment { text: "A quiet day.".into(), mark: None }]);
    }
}
