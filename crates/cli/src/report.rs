//! How scan results are written: for a person (evidence highlighted, a reason per
//! client), as detailed JSON, or as the benchmark's one-line predictions.

use std::io::Write;

use sanctum_guard::{Caseload, Findings, WarningKind};
use serde_json::json;

use crate::input::Document;

const HIGHLIGHT: &str = "\x1b[1;31m";
const WARN: &str = "\x1b[1;33m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Writes one line of the prediction format `shared/bench/score.py` reads:
/// `{"id":…,"identifies":[…],"spans":[{"start_byte":…,"end_byte":…,"client":…,"type":…}]}`.
/// The fixed parts are written as they are (a derived serializer would escape every key
/// on every line); the id and client ids go through serde_json's string escaping.
pub(crate) fn prediction_line(out: &mut Vec<u8>, id: &str, f: &Findings) -> std::io::Result<()> {
    out.extend_from_slice(b"{\"id\":");
    json_string(out, id)?;
    out.extend_from_slice(b",\"identifies\":[");
    for (i, c) in f.clients.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        json_string(out, &c.client_id)?;
    }
    out.extend_from_slice(b"],\"spans\":[");
    let spans = f.clients.iter().flat_map(|c| c.evidence.iter().map(move |e| (c, e)));
    for (i, (c, e)) in spans.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write!(out, "{{\"start_byte\":{},\"end_byte\":{},\"client\":", e.start, e.end)?;
        json_string(out, &c.client_id)?;
        // Evidence kind names are upper-case ASCII words: nothing in them to escape.
        write!(out, ",\"type\":\"{}\"}}", e.kind.as_str())?;
    }
    out.extend_from_slice(b"]}\n");
    Ok(())
}

fn json_string(out: &mut Vec<u8>, s: &str) -> std::io::Result<()> {
    serde_json::to_writer(out, s).map_err(std::io::Error::from)
}

/// Everything about one document's findings, for `--format json`.
pub(crate) fn detailed(caseload: &Caseload, doc: &Document, f: &Findings) -> serde_json::Value {
    let clients: Vec<_> = f
        .clients
        .iter()
        .map(|c| {
            let evidence: Vec<_> = c
                .evidence
                .iter()
                .map(|e| {
                    json!({"start_byte": e.start, "end_byte": e.end, "type": e.kind.as_str(),
                           "weight": e.weight, "text": &doc.text[e.start..e.end]})
                })
                .collect();
            json!({"client": c.client_id, "name": caseload.clients[c.client_index].display_name(),
                   "score": c.score, "reason": c.reason, "evidence": evidence})
        })
        .collect();
    let warnings: Vec<_> = f
        .warnings
        .iter()
        .map(|w| json!({"start_byte": w.start, "end_byte": w.end, "kind": w.kind, "text": &doc.text[w.start..w.end]}))
        .collect();
    json!({"id": doc.id, "identifies": f.clients.iter().map(|c| &c.client_id).collect::<Vec<_>>(),
           "clients": clients, "warnings": warnings})
}

/// The report a practitioner reads: the text with evidence marked, then one line per
/// client and per warning.
pub(crate) fn human(
    out: &mut impl Write,
    caseload: &Caseload,
    doc: &Document,
    f: &Findings,
    colour: bool,
) -> std::io::Result<()> {
    let n = f.clients.len();
    let verdict = match n {
        0 => "identifies no client".to_owned(),
        1 => "could identify 1 client".to_owned(),
        n => format!("could identify {n} clients"),
    };
    writeln!(out, "== {}: {verdict} ==", doc.id)?;
    if n == 0 && f.warnings.is_empty() {
        return Ok(());
    }
    let mut marks: Vec<(usize, usize, bool)> = f
        .clients
        .iter()
        .flat_map(|c| c.evidence.iter().map(|e| (e.start, e.end, true)))
        .chain(f.warnings.iter().map(|w| (w.start, w.end, false)))
        .collect();
    marks.sort_unstable();
    let mut cursor = 0;
    for (start, end, evidence) in marks {
        if start < cursor {
            continue;
        }
        write!(out, "{}", &doc.text[cursor..start])?;
        let piece = &doc.text[start..end];
        if colour {
            write!(out, "{}{piece}{RESET}", if evidence { HIGHLIGHT } else { WARN })?;
        } else {
            write!(out, "[[{piece}]]")?;
        }
        cursor = end;
    }
    write!(out, "{}", &doc.text[cursor..])?;
    if !doc.text.ends_with('\n') {
        writeln!(out)?;
    }
    for c in &f.clients {
        let name = caseload.clients[c.client_index].display_name();
        let (dim, reset) = if colour { (DIM, RESET) } else { ("", "") };
        writeln!(out, "  -> {} {name} {dim}(score {:.2}){reset}: {}", c.client_id, c.score, c.reason)?;
    }
    for w in &f.warnings {
        let what = match w.kind {
            WarningKind::UnlinkedPhone => "phone number",
            WarningKind::UnlinkedEmail => "e-mail address",
        };
        writeln!(
            out,
            "  warning: {what} \u{201c}{}\u{201d} belongs to no client; still personal data",
            &doc.text[w.start..w.end]
        )?;
    }
    Ok(())
}
