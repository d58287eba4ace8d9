//! Scans a JSONL file of `{"id", "text"}` documents on one thread and writes the
//! benchmark's prediction lines (`{"id", "identifies", "spans"}`), as `sanctum scan
//! --jsonl --threads 1` does, without building the CLI: for profiling the guard alone.
//!
//! `cargo run --release -p sanctum-guard --example predict -- CASELOAD.json DOCS.jsonl`

use std::io::{BufWriter, Write};

use sanctum_guard::{Caseload, CaseloadIndex};

/// The allocator `sanctum` uses, so that profiles of the two agree.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
use serde::{Deserialize, Serialize};

/// One prediction line, its keys in the order `sanctum scan --jsonl` writes them.
#[derive(Serialize)]
struct Prediction<'a> {
    id: &'a str,
    identifies: Vec<&'a str>,
    spans: Vec<Span<'a>>,
}

#[derive(Serialize)]
struct Span<'a> {
    start_byte: usize,
    end_byte: usize,
    client: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, caseload, docs] = args.as_slice() else {
        return Err("usage: predict CASELOAD.json DOCS.jsonl".into());
    };
    let index = CaseloadIndex::new(&Caseload::from_json(caseload, &std::fs::read_to_string(caseload)?)?);
    let docs: Vec<Doc> = std::fs::read_to_string(docs)?
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(serde_json::from_str)
        .collect::<Result<_, _>>()?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    for d in &docs {
        let f = index.scan(&d.text);
        let identifies: Vec<&str> = f.clients.iter().map(|c| c.client_id.as_str()).collect();
        let spans: Vec<_> = f
            .clients
            .iter()
            .flat_map(|c| {
                c.evidence.iter().map(move |e| Span {
                    start_byte: e.start,
                    end_byte: e.end,
                    client: &c.client_id,
                    kind: e.kind.as_str(),
                })
            })
            .collect();
        serde_json::to_writer(&mut out, &Prediction { id: &d.id, identifies, spans })?;
        writeln!(out)?;
    }
    Ok(())
}
