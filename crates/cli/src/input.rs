//! Reading what `scan` is given: the caseload, whole text files, or JSONL documents.
//! Every problem is reported with the file, line and field, before anything is written.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sanctum_guard::Caseload;
use serde::Deserialize;

/// Longest text scanned as one document.
pub(crate) const MAX_TEXT: usize = 64 << 20;

/// One text to scan and the name it is reported under.
#[derive(Debug)]
pub(crate) struct Document {
    pub id: String,
    pub text: String,
}

/// Reads and validates a caseload file.
pub(crate) fn read_caseload(path: &Path) -> Result<Caseload> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read caseload {}", path.display()))?;
    let name = path.display().to_string();
    let text = utf8(&name, None, bytes)?;
    Ok(Caseload::from_json(&name, &text)?)
}

fn utf8(name: &str, line: Option<usize>, bytes: Vec<u8>) -> Result<String> {
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        match line {
            Some(l) => anyhow::anyhow!("{name}:{l}: not valid UTF-8 (bad byte at column {})", at + 1),
            None => anyhow::anyhow!("{name}: not valid UTF-8 (bad byte at offset {at})"),
        }
    })
}

fn read_input(path: &Path) -> Result<(String, Vec<u8>)> {
    if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin().lock().read_to_end(&mut buf).context("cannot read standard input")?;
        Ok(("<stdin>".to_owned(), buf))
    } else {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        Ok((path.display().to_string(), bytes))
    }
}

/// Reads every input; with `jsonl`, one document per non-blank line.
pub(crate) fn read_documents(inputs: &[PathBuf], jsonl: bool) -> Result<Vec<Document>> {
    let stdin = [PathBuf::from("-")];
    let inputs = if inputs.is_empty() { &stdin[..] } else { inputs };
    let mut docs = Vec::new();
    for path in inputs {
        let (name, bytes) = read_input(path)?;
        if bytes.is_empty() {
            eprintln!("sanctum: note: {name} is empty; nothing to scan");
            continue;
        }
        if jsonl {
            read_jsonl(&name, &bytes, &mut docs)?;
        } else {
            if bytes.len() > MAX_TEXT {
                bail!(
                    "{name}: {} bytes is more than the {} MiB one text may have; split it",
                    bytes.len(),
                    MAX_TEXT >> 20
                );
            }
            docs.push(Document { id: name.clone(), text: utf8(&name, None, bytes)? });
        }
    }
    Ok(docs)
}

#[derive(Deserialize)]
struct Line {
    id: serde_json::Value,
    text: String,
}

fn read_jsonl(name: &str, bytes: &[u8], docs: &mut Vec<Document>) -> Result<()> {
    for (n, raw) in bytes.split(|&b| b == b'\n').enumerate() {
        let line = n + 1;
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if raw.len() > MAX_TEXT {
            bail!("{name}:{line}: line of {} bytes is longer than the {} MiB limit", raw.len(), MAX_TEXT >> 20);
        }
        let text = utf8(name, Some(line), raw.to_vec())?;
        let parsed: Line = serde_json::from_str(&text).map_err(|e| {
            let msg = e.to_string();
            let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m).to_owned();
            anyhow::anyhow!("{name}:{line}:{}: {msg}", e.column())
        })?;
        let id = match parsed.id {
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            other => bail!("{name}:{line}: field `id` must be a string or a number, not {other}"),
        };
        docs.push(Document { id, text: parsed.text });
    }
    Ok(())
}
