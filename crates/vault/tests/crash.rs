//! Crash safety: a child process signing notes as fast as it can is killed with SIGKILL
//! at random moments, fifty times. After each kill the vault opens, every note the child
//! reported as committed is there and signed, and the audit chain verifies.
//!
//! The child is this same test binary, re-run with `SANCTUM_CRASH_CHILD` set.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use rand::Rng;
use sanctum_practice::{Note, NoteSections, NoteState, NoteTemplate, Role};
use sanctum_vault::{Actor, AuditReport, Kdf, KdfParams, KeySource, Location, RowId, Vault};
use secrecy::ExposeSecret;

const ROUNDS: usize = 50;

#[test]
fn killed_writers_lose_nothing_they_reported() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    if let Ok(dir) = std::env::var("SANCTUM_CRASH_CHILD") {
        return runtime.block_on(child(&dir));
    }
    let dir = tempfile::TempDir::new().unwrap();
    let key_text = KeySource::new_key_file();
    std::fs::write(dir.path().join("key"), key_text.expose_secret()).unwrap();
    let key = KeySource::key_file(key_text.expose_secret()).unwrap();
    let location = Location::Sqlite(dir.path().join("vault"));
    let (client, therapist) = runtime.block_on(async {
        let vault = Vault::create(&location, &key, KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).await.unwrap();
        let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
        let mut profile = sanctum_practice::ClientProfile::default();
        profile.given_name = "Ann".into();
        let client = vault.add_client(&Actor::Operator, &profile, Some(&therapist)).await.unwrap();
        vault.close().await;
        (client, therapist)
    });
    std::fs::write(dir.path().join("ids"), format!("{client} {therapist}")).unwrap();

    let mut reported: Vec<String> = Vec::new();
    let mut rng = rand::thread_rng();
    for round in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "killed_writers_lose_nothing_they_reported", "--nocapture", "--test-threads=1"])
            .env("SANCTUM_CRASH_CHILD", dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|l| l.strip_prefix("committed ").map(str::to_owned))
                .collect::<Vec<_>>()
        });
        std::thread::sleep(std::time::Duration::from_millis(rng.gen_range(20..300)));
        child.kill().unwrap();
        child.wait().unwrap();
        reported.extend(reader.join().unwrap());

        runtime.block_on(async {
            let vault = Vault::open(&location, &key)
                .await
                .unwrap_or_else(|e| panic!("round {round}: the vault does not open: {e}"));
            let chart = vault.chart(&Actor::Operator, &client).await.unwrap();
            for id in &reported {
                let note = chart.notes.iter().find(|n| n.id.as_str() == id.as_str());
                let note =
                    note.unwrap_or_else(|| panic!("round {round}: note {id} was reported committed but is gone"));
                assert!(matches!(note.note.state, NoteState::Signed { .. }), "round {round}: {id} not signed");
            }
            match vault.verify_audit(None).await.unwrap() {
                AuditReport::Intact { .. } => {}
                AuditReport::Broken(b) => panic!("round {round}: audit chain broken: {b}"),
            }
            vault.close().await;
        });
    }
    assert!(reported.len() >= ROUNDS, "the child committed too little to test anything: {}", reported.len());
    eprintln!("{} notes reported committed over {ROUNDS} kills; all present", reported.len());
}

/// Signs notes until killed, printing each id once its transaction has committed.
async fn child(dir: &str) {
    let dir = std::path::Path::new(dir);
    let key =
        KeySource::key_file(&std::fs::read_to_string(dir.join("key")).expect("crash child")).expect("crash child");
    let ids = std::fs::read_to_string(dir.join("ids")).expect("crash child");
    let (client, therapist) = ids.split_once(' ').expect("crash child");
    let (client, therapist) =
        (RowId::parse(client).expect("crash child"), RowId::parse(therapist).expect("crash child"));
    let vault = Vault::open(&Location::Sqlite(dir.join("vault")), &key).await.expect("crash child");
    let me = Actor::User(therapist.clone());
    let mut out = std::io::stdout();
    loop {
        let mut note = Note::draft(NoteTemplate::Dap);
        note.sections = NoteSections(vec!["data".into(), "assessment".into(), "plan".into()]);
        let id = vault.add_note(&me, &client, None, &therapist, &note).await.expect("crash child");
        vault.sign_note(&me, &id, &therapist).await.expect("crash child");
        writeln!(out, "committed {id}").expect("crash child");
        out.flush().expect("crash child");
    }
}
