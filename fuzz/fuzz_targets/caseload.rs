//! Fuzzes `Caseload::from_json`: arbitrary bytes (lossily decoded) must give `Ok` or
//! `Err`, never a panic. A caseload that parses is also indexed and used for a scan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sanctum_guard::{Caseload, CaseloadIndex};

fuzz_target!(|data: &[u8]| {
    let json = String::from_utf8_lossy(data);
    match Caseload::from_json("fuzz-input.json", &json) {
        Ok(caseload) => {
            let index = CaseloadIndex::new(&caseload);
            let findings = index.scan(&json);
            for c in &findings.clients {
                assert!(c.client_index < caseload.clients.len());
            }
        }
        Err(e) => {
            // Formatting the error must not panic either.
            std::hint::black_box(e.to_string());
        }
    }
});
