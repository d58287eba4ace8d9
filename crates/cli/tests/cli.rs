//! `sanctum` as a user runs it: exit codes, output formats, determinism across thread
//! counts, and clear errors for bad input.

use assert_cmd::Command;
use tempfile::TempDir;

const CASELOAD: &str = r#"{"clients": [
  {"id": "c1", "given_name": "Nathan", "family_name": "Robinson", "phone": "(724) 474-2865",
   "employer": "Cain Insurance", "relatives": [{"name": "Lisa Robinson", "relation": "wife"}]},
  {"id": "c2", "given_name": "Charles", "family_name": "Benson", "preferred_name": "Chuck"}
]}"#;

fn sanctum() -> Command {
    Command::cargo_bin("sanctum").expect("binary built")
}

fn write(dir: &TempDir, name: &str, body: impl AsRef<[u8]>) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, body).expect("write fixture");
    path.display().to_string()
}

fn setup() -> (TempDir, String) {
    let dir = TempDir::new().expect("tempdir");
    let caseload = write(&dir, "caseload.json", CASELOAD);
    (dir, caseload)
}

fn stdout_of(cmd: &mut Command, code: i32) -> String {
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(code), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

fn stderr_of(cmd: &mut Command, code: i32) -> String {
    let out = cmd.output().expect("runs");
    assert_eq!(out.status.code(), Some(code), "stdout: {}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stderr).expect("utf-8 errors")
}

#[test]
fn exit_status_says_whether_anything_was_found() {
    let (dir, caseload) = setup();
    let leak = write(&dir, "leak.txt", "Tough session with Nathan Robinson.");
    let clean = write(&dir, "clean.txt", "I hope everyone had a restful weekend.");
    let report = stdout_of(sanctum().args(["scan", "--caseload", &caseload, &leak]), 1);
    assert!(report.contains("could identify 1 client") && report.contains("c1 Nathan Robinson"), "{report}");
    assert!(report.contains("[[Nathan Robinson]]"), "evidence marked without colour: {report}");
    stdout_of(sanctum().args(["scan", "--caseload", &caseload, &clean]), 0);
    stdout_of(sanctum().args(["scan", "--caseload", &caseload, "-"]).write_stdin("Chuck called."), 1);
}

#[test]
fn jsonl_predictions_keep_input_order_for_any_thread_count() {
    let (dir, caseload) = setup();
    let mut lines = String::new();
    for i in 0..300 {
        let text = match i % 3 {
            0 => "Chuck finally did the homework.",
            1 => "Call me on 724-474-2865.",
            _ => "Nothing to see here.",
        };
        lines.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"{text}\", \"extra\": true}}\n"));
    }
    let docs = write(&dir, "docs.jsonl", lines);
    let run = |threads: &str| {
        stdout_of(sanctum().args(["scan", "--caseload", &caseload, "--jsonl", &docs, "--threads", threads]), 1)
    };
    let one = run("1");
    assert_eq!(one, run("2"));
    assert_eq!(one, run("7"));
    let first: serde_json::Value = serde_json::from_str(one.lines().next().expect("a line")).expect("json");
    assert_eq!(first["id"], "d0");
    assert_eq!(first["identifies"], serde_json::json!(["c2"]));
    assert_eq!(
        first["spans"][0],
        serde_json::json!({"start_byte": 0, "end_byte": 5, "client": "c2", "type": "NICKNAME"})
    );
    assert_eq!(one.lines().count(), 300);
}

#[test]
fn json_and_redacted_output() {
    let (dir, caseload) = setup();
    let text = write(&dir, "a.txt", "Nathan works at Cain Insurance; his wife Lisa called from 724-474-2865.");
    let json = stdout_of(sanctum().args(["scan", "--caseload", &caseload, "--format", "json", &text]), 1);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v[0]["identifies"], serde_json::json!(["c1"]));
    assert!(v[0]["clients"][0]["reason"].as_str().is_some_and(|r| !r.is_empty()));
    let clean = stdout_of(sanctum().args(["scan", "--caseload", &caseload, "--redact", &text]), 1);
    assert_eq!(clean, "Client A works at [Client A's employer]; his wife [Client A's relative] called from [phone].\n");
}

#[test]
fn malformed_caseload_names_file_line_and_field() {
    let dir = TempDir::new().expect("tempdir");
    let bad =
        write(&dir, "bad.json", "{\"clients\": [\n {\"id\": \"c1\", \"given_name\": \"A\", \"family_name\": 7}\n]}");
    let text = write(&dir, "a.txt", "hello");
    let err = stderr_of(sanctum().args(["scan", "--caseload", &bad, &text]), 2);
    assert!(err.contains("bad.json:2:") && err.contains("clients[0].family_name"), "{err}");
    let missing = stderr_of(sanctum().args(["scan", "--caseload", "/nonexistent/x.json", &text]), 2);
    assert!(missing.contains("/nonexistent/x.json"), "{missing}");
}

#[test]
fn malformed_jsonl_names_the_line_and_writes_nothing() {
    let (dir, caseload) = setup();
    let docs = write(&dir, "docs.jsonl", "{\"id\": \"a\", \"text\": \"Chuck\"}\n\n{\"id\": \"b\"}\n");
    let out = sanctum().args(["scan", "--caseload", &caseload, "--jsonl", &docs]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "nothing half-written");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("docs.jsonl:3:") && err.contains("`text`"), "{err}");
    let docs = write(&dir, "ids.jsonl", "{\"id\": [1], \"text\": \"x\"}\n");
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, "--jsonl", &docs]), 2);
    assert!(err.contains("ids.jsonl:1") && err.contains("`id`"), "{err}");
    // A bad id is named even when another field of the line would not parse as a value.
    let docs =
        write(&dir, "odd.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": null, \"text\": \"t\", \"n\": 1e999}\n");
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, "--jsonl", &docs]), 2);
    assert!(err.contains("odd.jsonl:2") && err.contains("`id`") && err.contains("not null"), "{err}");
}

#[test]
fn invalid_utf8_and_empty_input_are_explained() {
    let (dir, caseload) = setup();
    let bad = write(&dir, "latin1.txt", b"caf\xe9 with Nathan".as_slice());
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, &bad]), 2);
    assert!(err.contains("latin1.txt") && err.contains("not valid UTF-8") && err.contains("offset 3"), "{err}");
    let jsonl = write(
        &dir,
        "bad.jsonl",
        b"{\"id\": \"a\", \"text\": \"ok\"}\n{\"id\": \"b\", \"text\": \"caf\xe9\"}\n".as_slice(),
    );
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, "--jsonl", &jsonl]), 2);
    assert!(err.contains("bad.jsonl:2") && err.contains("not valid UTF-8"), "{err}");
    let empty = write(&dir, "empty.txt", "");
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, &empty]), 0);
    assert!(err.contains("empty.txt is empty"), "{err}");
}

#[test]
fn bad_arguments_are_named() {
    let (_dir, caseload) = setup();
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, "--threads", "0"]).write_stdin("x"), 2);
    assert!(err.contains("--threads"), "{err}");
    let err = stderr_of(sanctum().args(["scan", "--caseload", &caseload, "--format", "xml"]), 2);
    assert!(err.contains("--format"), "{err}");
}

#[test]
fn demo_runs_and_shows_each_case() {
    let out = stdout_of(sanctum().args(["demo", "--guard"]), 0);
    for case in [
        "a post naming a client",
        "a nickname",
        "a misspelling",
        "harmless details together",
        "a benign post: identifies no client",
    ] {
        assert!(out.contains(case), "demo lacks {case:?}:\n{out}");
    }
    assert_eq!(out.matches("could identify 1 client").count(), 5, "{out}");
}
