//! The vault's throughput against SQLite itself, side by side in one run:
//!
//! - signed notes written per second, one transaction each (seal, insert, audit append,
//!   head re-signed), against a raw loop of one-row transactions of the same size on
//!   the same settings (WAL, synchronous=FULL);
//! - the same with 8 concurrent writers;
//! - opening a chart with 200 sessions and 200 notes;
//! - verifying the audit chain;
//! - deriving the vault key from a passphrase (Argon2id at the recommended cost).
//!
//! `cargo bench -p sanctum-vault --bench vault` (add `SANCTUM_BENCH_PG=postgres://…` for
//! the same on PostgreSQL). Prints a Markdown table; results are kept in
//! `crates/vault/BENCHMARKS.md` with the machine they came from.

use std::sync::Arc;
use std::time::{Duration, Instant};

use sanctum_practice::{
    Location as Place, Note, NoteSections, NoteTemplate, Role, Session, SessionKind, SessionStatus,
};
use sanctum_vault::{Actor, AuditReport, Kdf, KdfParams, KeySource, Location, RowId, SessionWith, Vault};
use secrecy::ExposeSecret;

const NOTES: usize = 400;
const WRITERS: usize = 8;

fn note() -> Note {
    let mut n = Note::draft(NoteTemplate::Soap);
    n.sections = NoteSections(vec![
        "Reports sleeping better since the last session; fewer early wakings.".into(),
        "Calm, engaged, good eye contact; affect brighter than last week.".into(),
        "Mood improving; anxiety about work persists but is more manageable.".into(),
        "Continue weekly CBT; review sleep diary; PHQ-9 again in two weeks.".into(),
    ]);
    n
}

struct Setup {
    vault: Arc<Vault>,
    client: RowId,
    therapist: RowId,
}

async fn setup(location: &Location) -> Setup {
    let key = KeySource::key_file(KeySource::new_key_file().expose_secret()).expect("key");
    let vault = Vault::create(location, &key, KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).await.expect("create");
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.expect("user");
    let mut profile = sanctum_practice::ClientProfile::default();
    profile.given_name = "Ann".into();
    let client = vault.add_client(&Actor::Operator, &profile, Some(&therapist)).await.expect("client");
    Setup { vault: Arc::new(vault), client, therapist }
}

async fn signed_notes(s: &Setup, writers: usize, per_writer: usize) -> f64 {
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..writers {
        let (vault, client, therapist) = (s.vault.clone(), s.client.clone(), s.therapist.clone());
        tasks.push(tokio::spawn(async move {
            let me = Actor::User(therapist.clone());
            for _ in 0..per_writer {
                vault.add_signed_note(&me, &client, None, &therapist, &note()).await.expect("note");
            }
        }));
    }
    for t in tasks {
        t.await.expect("writer");
    }
    (writers * per_writer) as f64 / started.elapsed().as_secs_f64()
}

/// One-row transactions of a note row's size on the same store settings, rows
/// `first..first + rows`; returns the time taken.
async fn raw_rows(s: &Setup, first: usize, rows: usize) -> Duration {
    let store = s.vault.store();
    // A sealed SOAP note is ~330 bytes, plus ~120 of ids and columns; its audit entry ~200.
    let blob = format!("X'{}'", "ab".repeat(650));
    let started = Instant::now();
    for i in first..first + rows {
        store.execute_raw(&format!("INSERT INTO raw_bench (id, body) VALUES ({i}, {blob})")).await.expect("insert");
    }
    started.elapsed()
}

/// The vault and the raw loop in alternating rounds, so that whatever else the machine
/// does weighs on both alike; returns (vault notes/s, raw rows/s).
async fn side_by_side(s: &Setup) -> (f64, f64) {
    const ROUNDS: usize = 8;
    s.vault
        .store()
        .execute_raw("CREATE TABLE raw_bench (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
        .await
        .expect("table");
    let (mut vault, mut raw) = (Duration::ZERO, Duration::ZERO);
    let per_round = NOTES / ROUNDS;
    for round in 0..ROUNDS {
        raw += raw_rows(s, round * per_round, per_round).await;
        vault += Duration::from_secs_f64(per_round as f64 / signed_notes(s, 1, per_round).await);
    }
    (NOTES as f64 / vault.as_secs_f64(), NOTES as f64 / raw.as_secs_f64())
}

async fn chart_open(s: &Setup) -> Duration {
    let me = Actor::User(s.therapist.clone());
    let mut profile = sanctum_practice::ClientProfile::default();
    profile.given_name = "Bea".into();
    let client = s.vault.add_client(&me, &profile, Some(&s.therapist)).await.expect("client");
    for i in 0..200 {
        let session = Session {
            kind: SessionKind::Individual,
            starts_at: 1_700_000_000 + i * 604_800,
            duration_minutes: 50,
            location: Place::InPerson("Room 2".into()),
            status: SessionStatus::Scheduled,
        };
        let sid = s
            .vault
            .schedule_session(&me, &SessionWith::Client(client.clone()), &s.therapist, &session)
            .await
            .expect("session");
        s.vault.add_signed_note(&me, &client, Some(&sid), &s.therapist, &note()).await.expect("note");
    }
    let mut times = Vec::new();
    for _ in 0..21 {
        let started = Instant::now();
        let chart = s.vault.chart(&me, &client).await.expect("chart");
        times.push(started.elapsed());
        assert_eq!(chart.notes.len(), 200);
    }
    times.sort();
    times[times.len() / 2]
}

async fn verify(s: &Setup) -> (i64, Duration) {
    let started = Instant::now();
    match s.vault.verify_audit(None).await.expect("verify") {
        AuditReport::Intact { head } => (head.seq, started.elapsed()),
        AuditReport::Broken(b) => panic!("broken: {b}"),
    }
}

async fn run(name: &str, location: Location, raw: bool) {
    let s = setup(&location).await;
    let (one, raw_rate) = if raw {
        let (one, raw) = side_by_side(&s).await;
        (one, Some(raw))
    } else {
        (signed_notes(&s, 1, NOTES).await, None)
    };
    let eight = signed_notes(&s, WRITERS, NOTES / WRITERS).await;
    let chart = chart_open(&s).await;
    let (entries, took) = verify(&s).await;
    println!("| {name} | signed notes/s, 1 writer | {one:.0} |");
    if let Some(r) = raw_rate {
        println!(
            "| {name} | raw one-row transactions/s, alternating rounds | {r:.0} (vault = {:.0} %) |",
            100.0 * one / r
        );
    }
    println!("| {name} | signed notes/s, {WRITERS} writers | {eight:.0} |");
    println!(
        "| {name} | open a chart of 200 sessions + 200 notes (median of 21) | {:.1} ms |",
        chart.as_secs_f64() * 1e3
    );
    println!(
        "| {name} | verify the audit chain | {entries} entries in {:.1} ms ({:.0} entries/s) |",
        took.as_secs_f64() * 1e3,
        entries as f64 / took.as_secs_f64()
    );
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    runtime.block_on(async {
        println!("| backend | measure | result |\n|---|---|---|");
        let dir = tempfile::TempDir::new().expect("tempdir");
        let passphrase = KeySource::Passphrase("correct horse battery staple".to_owned().into());
        let params = KdfParams::recommended(Kdf::Argon2id);
        let started = Instant::now();
        Vault::create(&Location::Sqlite(dir.path().join("argon2")), &passphrase, params.clone()).await.expect("create");
        let created = started.elapsed();
        let started = Instant::now();
        Vault::open(&Location::Sqlite(dir.path().join("argon2")), &passphrase).await.expect("open");
        println!(
            "| SQLite | create / open a passphrase vault (Argon2id {} MiB, t={}, p={}) | {:.0} ms / {:.0} ms |",
            params.memory_kib / 1024,
            params.iterations,
            params.parallelism,
            created.as_secs_f64() * 1e3,
            started.elapsed().as_secs_f64() * 1e3
        );
        run("SQLite", Location::Sqlite(dir.path().join("vault")), true).await;
        if let Ok(url) = std::env::var("SANCTUM_BENCH_PG") {
            run("PostgreSQL", Location::parse(&url), false).await;
        }
    });
}
