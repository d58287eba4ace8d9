//! Reading what `scan` is given: the caseload, whole text files, or JSONL documents.
//! Every problem is reported with the file, line and field, before anything is written.

use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use rayon::prelude::*;
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
    String::from_utf8(bytes).map_err(|e| not_utf8(name, line, &e.utf8_error()))
}

fn not_utf8(name: &str, line: Option<usize>, e: &std::str::Utf8Error) -> anyhow::Error {
    let at = e.valid_up_to();
    match line {
        Some(l) => anyhow::anyhow!("{name}:{l}: not valid UTF-8 (bad byte at column {})", at + 1),
        None => anyhow::anyhow!("{name}: not valid UTF-8 (bad byte at offset {at})"),
    }
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

/// One JSONL line: the id and the text, borrowed from the line where no escape needs
/// undoing; every other field is skipped unread.
#[derive(Deserialize)]
struct Line<'a> {
    id: Id,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

/// A document id: the benchmark's are strings, other tools write numbers. Read in one
/// pass by its own visitor (an untagged enum would first copy every id into a buffer).
struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(IdVisitor)
    }
}

struct IdVisitor;

impl IdVisitor {
    fn not<E: serde::de::Error>(what: &str) -> E {
        E::custom(format!("field `id` must be a string or a number, not {what}"))
    }
}

impl<'de> serde::de::Visitor<'de> for IdVisitor {
    type Value = Id;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a string or a number")
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Id, E> {
        Ok(Id(v.to_owned()))
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Id, E> {
        Ok(Id(v.to_string()))
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<Id, E> {
        Ok(Id(v.to_string()))
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> std::result::Result<Id, E> {
        serde_json::Number::from_f64(v).map(|n| Id(n.to_string())).ok_or_else(|| Self::not("a number out of range"))
    }
    fn visit_bool<E: serde::de::Error>(self, v: bool) -> std::result::Result<Id, E> {
        Err(Self::not(if v { "true" } else { "false" }))
    }
    fn visit_unit<E: serde::de::Error>(self) -> std::result::Result<Id, E> {
        Err(Self::not("null"))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> std::result::Result<Id, A::Error> {
        Err(Self::not("a list"))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> std::result::Result<Id, A::Error> {
        Err(Self::not("an object"))
    }
}

/// The lines of `bytes`, split at each newline (found by `memchr`, many bytes at a time).
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(bytes);
    std::iter::from_fn(move || {
        let text = rest?;
        match memchr::memchr(b'\n', text) {
            Some(end) => {
                rest = Some(&text[end + 1..]);
                Some(&text[..end])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

/// Parses every non-blank line, in parallel (on the current rayon pool), and reports
/// the first bad line in input order: a file either reads whole or not at all.
fn read_jsonl(name: &str, bytes: &[u8], docs: &mut Vec<Document>) -> Result<()> {
    let lines: Vec<(usize, &[u8])> = lines(bytes)
        .enumerate()
        .map(|(n, raw)| (n + 1, raw.strip_suffix(b"\r").unwrap_or(raw)))
        .filter(|(_, raw)| !raw.iter().all(u8::is_ascii_whitespace))
        .collect();
    let parsed: Vec<Result<Document>> = lines.into_par_iter().map(|(line, raw)| parse_line(name, line, raw)).collect();
    docs.reserve(parsed.len());
    for doc in parsed {
        docs.push(doc?);
    }
    Ok(())
}

fn parse_line(name: &str, line: usize, raw: &[u8]) -> Result<Document> {
    if raw.len() > MAX_TEXT {
        bail!("{name}:{line}: line of {} bytes is longer than the {} MiB limit", raw.len(), MAX_TEXT >> 20);
    }
    let text = std::str::from_utf8(raw).map_err(|e| not_utf8(name, Some(line), &e))?;
    let parsed: Line = serde_json::from_str(text).map_err(|e| {
        let msg = e.to_string();
        let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m).to_owned();
        anyhow::anyhow!("{name}:{line}:{}: {msg}", e.column())
    })?;
    Ok(Document { id: parsed.id.0, text: parsed.text.into_owned() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_strings_or_numbers_and_anything_else_is_named() {
        for (raw, id) in [(r#""d1""#, "d1"), (r#""a\"b""#, "a\"b"), ("7", "7"), ("-3", "-3"), ("2.5", "2.5")] {
            let line = format!(r#"{{"id": {raw}, "text": "t\nu", "extra": [1, {{}}]}}"#);
            let doc = parse_line("f", 1, line.as_bytes()).unwrap();
            assert_eq!((doc.id.as_str(), doc.text.as_str()), (id, "t\nu"));
        }
        for (raw, named) in
            [("true", "not true"), ("null", "not null"), ("[1]", "not a list"), (r#"{"a":1}"#, "not an object")]
        {
            let line = format!(r#"{{"text": "t", "id": {raw}}}"#);
            let err = parse_line("f.jsonl", 4, line.as_bytes()).unwrap_err().to_string();
            assert!(err.starts_with("f.jsonl:4:") && err.contains("`id`") && err.contains(named), "{err}");
        }
    }

    #[test]
    fn lines_split_at_each_newline() {
        let split: Vec<&[u8]> = lines(b"a\n\nbc\n").collect();
        assert_eq!(split, [&b"a"[..], b"", b"bc", b""]);
        assert_eq!(lines(b"x").collect::<Vec<_>>(), [&b"x"[..]]);
    }
}
