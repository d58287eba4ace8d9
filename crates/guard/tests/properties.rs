//! Properties that hold for any text: spans lie on character boundaries inside the
//! text, redaction leaves no identifying span behind, and scanning in parallel gives
//! the same answers as scanning in order.

use std::sync::LazyLock;

use proptest::prelude::*;
use rayon::prelude::*;
use sanctum_guard::{apply, redact, replacements, Caseload, CaseloadIndex};

static INDEX: LazyLock<CaseloadIndex> = LazyLock::new(|| {
    let json = include_str!("fixtures.json");
    CaseloadIndex::new(&Caseload::from_json("fixtures.json", json).expect("fixture caseload parses"))
});

/// Text built from pieces that matter to the guard (names, contacts, dates, details,
/// punctuation, non-ASCII) and arbitrary strings between them.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Nathan Robinson".to_owned()),
        Just("Nathen".to_owned()),
        Just("Chuck".to_owned()),
        Just("Ms. Whitfield".to_owned()),
        Just("Zoë Brönte".to_owned()),
        Just("(724) 474-2865".to_owned()),
        Just("n.robinson@proton.me".to_owned()),
        Just("January 22, 1954".to_owned()),
        Just("7105 Salazar Drive, Milford".to_owned()),
        Just("works at Cain Insurance".to_owned()),
        Just("her daughter Emily".to_owned()),
        Just("N.R.".to_owned()),
        Just("painted the giant mural on Birch Place".to_owned()),
        Just("Will".to_owned()),
        Just("June".to_owned()),
        Just("张伟".to_owned()),
        "[ .,;:!?\n—’'()-]{0,3}",
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_lie_on_char_boundaries_inside_the_text(text in text()) {
        let f = INDEX.scan(&text);
        for c in &f.clients {
            prop_assert!(c.score >= 0.999);
            prop_assert!(!c.evidence.is_empty());
            for e in &c.evidence {
                prop_assert!(e.start < e.end && e.end <= text.len());
                prop_assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
            }
        }
        for w in &f.warnings {
            prop_assert!(w.start < w.end && w.end <= text.len());
            prop_assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
        }
    }

    #[test]
    fn redaction_leaves_no_identifying_span_behind(text in text()) {
        let f = INDEX.scan(&text);
        let clean = redact(&text, &f);
        let again = INDEX.scan(&clean);
        for c in &f.clients {
            prop_assert!(
                !again.clients.iter().any(|d| d.client_id == c.client_id),
                "{} still identified in {clean:?}", c.client_id
            );
        }
        // Every identifying span was replaced: what is left of the text outside the
        // replaced spans is the text outside the spans, in order.
        let mut spans: Vec<(usize, usize)> = f.clients.iter().flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end))).collect();
        spans.sort_unstable();
        let mut rest = clean.as_str();
        let mut cursor = 0;
        for (s, e) in spans {
            if s >= cursor {
                let kept = &text[cursor..s];
                let at = rest.find(kept);
                prop_assert!(at.is_some(), "kept text {kept:?} missing from {clean:?}");
                rest = &rest[at.unwrap_or(0) + kept.len()..];
                prop_assert!(!rest.starts_with(&text[s..e]) || text[s..e].is_empty(), "span {:?} survived", &text[s..e]);
            }
            cursor = cursor.max(e);
        }
    }

    #[test]
    fn replacements_cover_every_span_in_order_and_apply_to_the_redaction(text in text()) {
        let f = INDEX.scan(&text);
        let plan = replacements(&text, &f);
        for pair in plan.windows(2) {
            prop_assert!(pair[0].end <= pair[1].start, "overlap in {plan:?}");
        }
        for c in &f.clients {
            for e in &c.evidence {
                prop_assert!(
                    plan.iter().any(|r| r.start <= e.start && e.end <= r.end),
                    "evidence {}..{} not covered by {plan:?}", e.start, e.end
                );
            }
        }
        // One pseudonym per client, a different one for each.
        let mut seen: Vec<(String, String)> = plan.iter().filter_map(|r| r.client.clone()).collect();
        seen.sort();
        seen.dedup();
        let ids: std::collections::BTreeSet<&String> = seen.iter().map(|(id, _)| id).collect();
        let names: std::collections::BTreeSet<&String> = seen.iter().map(|(_, name)| name).collect();
        prop_assert!(ids.len() == seen.len() && names.len() == seen.len(), "pseudonyms not one per client: {seen:?}");
        prop_assert!(apply(&text, &plan).is_ok());
    }

    #[test]
    fn parallel_scans_match_sequential_ones(texts in prop::collection::vec(text(), 1..16)) {
        let sequential: Vec<_> = texts.iter().map(|t| INDEX.scan(t)).collect();
        let parallel: Vec<_> = texts.par_iter().map(|t| INDEX.scan(t)).collect();
        prop_assert_eq!(sequential, parallel);
    }
}
