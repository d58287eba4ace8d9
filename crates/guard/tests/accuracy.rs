//! The guard on the shared benchmark's dev set (`../shared/bench/dev`, beside the repo):
//! scans every document, scores it as `shared/bench/score.py` does, prints the figures
//! and holds them to the project's floor. The floor is the acceptance bar, not
//! a tuning target: the held-back sets are other clients and other phrasing.

use std::collections::BTreeSet;
use std::path::PathBuf;

use sanctum_guard::{Caseload, CaseloadIndex};
use serde::Deserialize;

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
    identifies: Vec<String>,
    category: String,
}

fn dev_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/dev");
    assert!(dir.join("docs.jsonl").exists(), "the shared benchmark is missing: expected {}", dir.display());
    dir
}

#[test]
fn dev_set_meets_the_accuracy_floor() {
    let dir = dev_dir();
    let json = std::fs::read_to_string(dir.join("caseload.json")).expect("caseload readable");
    let index = CaseloadIndex::new(&Caseload::from_json("caseload.json", &json).expect("caseload parses"));
    let docs: Vec<Doc> = std::fs::read_to_string(dir.join("docs.jsonl"))
        .expect("docs readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("doc parses"))
        .collect();

    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut flagged = std::collections::HashMap::<&str, (usize, usize)>::new();
    for d in &docs {
        let found: BTreeSet<String> = index.scan(&d.text).clients.into_iter().map(|c| c.client_id).collect();
        let truth: BTreeSet<String> = d.identifies.iter().cloned().collect();
        tp += found.intersection(&truth).count();
        fp += found.difference(&truth).count();
        fn_ += truth.difference(&found).count();
        let e = flagged.entry(d.category.as_str()).or_default();
        e.0 += usize::from(!found.is_empty());
        e.1 += 1;
        assert!(!d.id.is_empty());
    }
    let rate = |c: &str| flagged.get(c).map_or(0.0, |&(hit, n)| hit as f64 / n as f64);
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    let f1 = 2.0 * p * r / (p + r);
    println!(
        "dev set, {} docs: flagged recall direct {:.3}, quasi {:.3}; false alarms on benign {:.3}; \
         identification P {p:.3} R {r:.3} F1 {f1:.3}",
        docs.len(),
        rate("direct"),
        rate("quasi"),
        rate("benign")
    );
    assert!(rate("direct") >= 0.98, "direct recall {:.3} < 0.98", rate("direct"));
    assert!(rate("quasi") >= 0.90, "quasi recall {:.3} < 0.90", rate("quasi"));
    assert!(rate("benign") <= 0.02, "false alarms {:.3} > 0.02", rate("benign"));
    assert!(f1 >= 0.95, "identification F1 {f1:.3} < 0.95");
}
