//! `sanctum scan`: scan texts against a caseload, in parallel, reporting in input order.

use std::io::{IsTerminal, Write};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use sanctum_guard::{redact, CaseloadIndex, Findings};

use crate::input::{read_caseload, read_documents};
use crate::report;
use crate::{Format, ScanArgs};

/// Inputs smaller than this scan too fast for a progress bar to help.
const PROGRESS_FROM: usize = 2_000;

/// Prediction lines formatted in parallel before being written out together.
const LINES_PER_BATCH: usize = 8_192;

/// Runs the scan; `Ok(true)` if any text identifies a client.
pub(crate) fn run(args: &ScanArgs) -> Result<bool> {
    let threads = match args.threads {
        Some(0) => bail!("--threads: must be at least 1"),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("cannot start worker threads")?;
    let caseload = read_caseload(&args.caseload)?;
    let index = CaseloadIndex::new(&caseload);
    let docs = pool.install(|| read_documents(&args.inputs, args.jsonl))?;

    let progress = if docs.len() >= PROGRESS_FROM && std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(docs.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("{spinner} scanning {pos}/{len} documents {wide_bar} {per_sec} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let findings: Vec<Findings> = pool.install(|| {
        docs.par_iter()
            .map(|d| {
                let f = index.scan(&d.text);
                progress.inc(1);
                f
            })
            .collect()
    });
    progress.finish_and_clear();

    let format = args.format.unwrap_or(if args.jsonl { Format::Jsonl } else { Format::Human });
    let written = pool.install(|| write_all(args, format, &caseload, &docs, &findings));
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        other => other.context("cannot write output")?,
    }
    let found = findings.iter().any(|f| !f.is_clean());
    // The process ends here: freeing the index, the caseload, the texts and their
    // findings one allocation at a time would only add to its running time (for the
    // index alone, a tenth of a 10,000-client start-up).
    std::mem::forget(index);
    std::mem::forget(caseload);
    std::mem::forget(docs);
    std::mem::forget(findings);
    Ok(found)
}

fn write_all(
    args: &ScanArgs,
    format: Format,
    caseload: &sanctum_guard::Caseload,
    docs: &[crate::input::Document],
    findings: &[Findings],
) -> std::io::Result<()> {
    if args.redact {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for (doc, f) in docs.iter().zip(findings) {
            let clean = redact(&doc.text, f);
            if args.jsonl || format != Format::Human {
                serde_json::to_writer(&mut out, &serde_json::json!({"id": doc.id, "text": clean}))?;
                writeln!(out)?;
            } else {
                if docs.len() > 1 {
                    writeln!(out, "== {} ==", doc.id)?;
                }
                write!(out, "{clean}")?;
                if !clean.ends_with('\n') {
                    writeln!(out)?;
                }
            }
        }
        return out.flush();
    }
    match format {
        Format::Jsonl => {
            // Lines are formatted by the workers (for a short text, a fair share of the
            // time its scan takes), a batch at a time, then written in input order.
            let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            for (docs, findings) in docs.chunks(LINES_PER_BATCH).zip(findings.chunks(LINES_PER_BATCH)) {
                let lines: Vec<std::io::Result<Vec<u8>>> = docs
                    .par_iter()
                    .zip(findings)
                    .map(|(doc, f)| {
                        let mut line = Vec::with_capacity(128);
                        report::prediction_line(&mut line, &doc.id, f).map(|()| line)
                    })
                    .collect();
                for line in lines {
                    out.write_all(&line?)?;
                }
            }
            out.flush()
        }
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let all: Vec<_> = docs.iter().zip(findings).map(|(d, f)| report::detailed(caseload, d, f)).collect();
            serde_json::to_writer_pretty(&mut out, &all)?;
            writeln!(out)?;
            out.flush()
        }
        Format::Human => {
            let colour = anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
            let mut out = anstream::stdout().lock();
            for (doc, f) in docs.iter().zip(findings) {
                report::human(&mut out, caseload, doc, f, colour)?;
            }
            out.flush()
        }
    }
}
