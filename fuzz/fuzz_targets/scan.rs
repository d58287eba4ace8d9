//! Fuzzes `CaseloadIndex::scan` and `redact` on arbitrary (lossily decoded) bytes
//! against one fixed caseload (`fuzz/caseload.json`, 20 clients from the dev bench and one written in
//! Cyrillic with Greek and Cyrillic facts).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use sanctum_guard::{redact, Caseload, CaseloadIndex};

static CASELOAD: LazyLock<Caseload> = LazyLock::new(|| {
    Caseload::from_json("fuzz/caseload.json", include_str!("../caseload.json"))
        .expect("fuzz/caseload.json must parse")
});

static INDEX: LazyLock<CaseloadIndex> = LazyLock::new(|| CaseloadIndex::new(&CASELOAD));

fn check_span(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start < end && end <= text.len(),
        "{what}: bad span {start}..{end} (text.len() = {})",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: span {start}..{end} is not on char boundaries"
    );
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let findings = INDEX.scan(text);

    let n = CASELOAD.clients.len();
    for c in &findings.clients {
        assert!(
            c.client_index < n,
            "client_index {} >= {n} clients",
            c.client_index
        );
        assert_eq!(
            c.client_id, CASELOAD.clients[c.client_index].id,
            "client_id does not match client_index"
        );
        for e in &c.evidence {
            check_span(text, e.start, e.end, &format!("{} evidence {:?}", c.client_id, e.kind));
        }
    }
    for w in &findings.warnings {
        check_span(text, w.start, w.end, &format!("warning {:?}", w.kind));
    }

    // Must not panic; the result is a String, so it is valid UTF-8 by construction.
    let redacted: String = redact(text, &findings);
    std::hint::black_box(redacted);
});
