//! The vault commands as an operator runs them: init, users, import, audit, backup and
//! restore (opened by the real `age` tool when it is installed), key rotation — and
//! clear errors, with nothing written, for bad input and wrong keys.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

const CSV: &str = "given_name,family_name,preferred_name,date_of_birth,phone,email,street,city,postcode,employer,occupation,school
Charles,Benson,Chuck,1996-12-29,(479) 970-1336,charlesb99@outlook.com,5127 Maple Street,Hudson,18213,Mclaughlin Law LLP,paralegal,
Nathan,Robinson,,1980-02-03,724-474-2865,,,,,Cain Insurance,,Hudson High
";

/// A key-file vault in a temporary directory, and a way to run `sanctum` against it.
struct Practice {
    dir: TempDir,
    key: PathBuf,
}

impl Practice {
    fn new() -> Practice {
        let dir = TempDir::new().expect("tempdir");
        let key = dir.path().join("vault.key");
        let p = Practice { dir, key };
        let out = p.ok(&["init", "--new-key-file", p.key.to_str().expect("utf-8 path")]);
        assert!(out.contains("Created a vault") && out.contains("Audit head: 2:"), "{out}");
        p
    }

    fn vault(&self) -> PathBuf {
        self.dir.path().join("vault")
    }

    fn file(&self, name: &str, body: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, body).expect("write fixture");
        path.display().to_string()
    }

    fn path(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("sanctum").expect("binary built");
        cmd.args(args).env("SANCTUM_VAULT", self.vault()).env("SANCTUM_KEY_FILE", &self.key);
        cmd.env_remove("SANCTUM_PASSPHRASE").env_remove("SANCTUM_DATABASE_URL");
        cmd
    }

    fn run(&self, args: &[&str], code: i32) -> (String, String) {
        let out = self.cmd(args).output().expect("runs");
        let (stdout, stderr) =
            (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned());
        assert_eq!(out.status.code(), Some(code), "sanctum {args:?}\nstdout: {stdout}\nstderr: {stderr}");
        (stdout, stderr)
    }

    fn ok(&self, args: &[&str]) -> String {
        self.run(args, 0).0
    }

    fn fails(&self, args: &[&str]) -> String {
        self.run(args, 2).1
    }

    fn head(&self) -> String {
        self.ok(&["audit", "head"]).trim().to_owned()
    }

    fn with_therapist(self) -> Practice {
        let out = self.ok(&["user", "add", "dana", "--role", "therapist"]);
        assert!(out.contains("Added therapist dana") && out.contains("One-time password"), "{out}");
        self
    }

    /// Runs SQL on the vault's database directly, as an attacker with file access would.
    fn tamper(&self, sql: &str) {
        let location = sanctum_vault::Location::Sqlite(self.vault());
        tokio::runtime::Runtime::new().expect("runtime").block_on(async {
            let store = sanctum_vault::SqlStore::connect(&location).await.expect("connect");
            store.execute_raw(sql).await.expect("tamper");
            store.close().await;
        });
    }
}

#[test]
fn an_operator_sets_up_a_practice_and_the_audit_chain_records_it() {
    let p = Practice::new().with_therapist();
    let csv = p.file("clients.csv", CSV);
    assert!(p
        .ok(&["import", "clients", &csv, "--therapist", "dana"])
        .contains("Imported 2 clients onto dana's caseload"));
    let verify = p.ok(&["audit", "verify"]);
    assert!(verify.contains("audit chain intact"), "{verify}");
    let head = p.head();
    assert!(head.starts_with("7:"), "create, access signed from the start, user, 2 × (client, assignment): {head}");
    assert!(p.ok(&["audit", "verify", "--expect-head", &head]).contains("intact"));
    let err = p.fails(&["user", "add", "Dana", "--role", "admin"]);
    assert!(err.contains("already exists"), "{err}");
    let err = p.fails(&["user", "add", "eve", "--role", "owner"]);
    assert!(err.contains("admin, therapist or supervisor"), "{err}");
}

#[test]
fn a_bad_row_rejects_the_whole_import_naming_line_and_column() {
    let p = Practice::new().with_therapist();
    let before = p.head();
    let bad_date = p.file("bad.csv", &CSV.replace("1980-02-03", "03/02/1980"));
    let err = p.fails(&["import", "clients", &bad_date, "--therapist", "dana"]);
    assert!(err.contains("bad.csv:3: column date_of_birth: is not a YYYY-MM-DD date"), "{err}");
    assert!(!err.contains("03/02/1980"), "the value is not repeated: {err}");
    let unknown = p.file("unknown.csv", "given_name,emial\nAnn,a@b.org\n");
    let err = p.fails(&["import", "clients", &unknown, "--therapist", "dana"]);
    assert!(err.contains("unknown.csv:1: unknown column \"emial\""), "{err}");
    let good = p.file("good.csv", CSV);
    let err = p.fails(&["import", "clients", &good, "--therapist", "nobody"]);
    assert!(err.contains("--therapist: there is no user \"nobody\""), "{err}");
    assert_eq!(p.head(), before, "nothing was written");
}

/// The vault's database file and what its WAL holds (an empty or absent WAL alike),
/// after checkpointing any WAL a previous process left (each `sanctum` run exits
/// without waiting for SQLite to checkpoint): what a refused command must not change.
/// The -shm file is SQLite's rebuildable index of the WAL, not data, and is left out.
fn database_bytes(p: &Practice) -> (Vec<u8>, Vec<u8>) {
    p.tamper("SELECT 1");
    let dir = p.vault();
    for _ in 0..50 {
        if !dir.join("sanctum.db-wal").exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let wal = std::fs::read(dir.join("sanctum.db-wal")).unwrap_or_default();
    (std::fs::read(dir.join("sanctum.db")).expect("the database"), wal)
}

#[test]
fn a_wrong_key_is_refused_and_touches_nothing() {
    let p = Practice::new();
    let before = p.head();
    let bytes = database_bytes(&p);
    let other = p.path("other.key");
    let mut cmd = p.cmd(&["init", "--vault", &p.path("second"), "--new-key-file", &other]);
    cmd.assert().success();
    let out = p.cmd(&["audit", "head"]).env("SANCTUM_KEY_FILE", &other).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong key"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = p
        .cmd(&["audit", "head"])
        .env_remove("SANCTUM_KEY_FILE")
        .env("SANCTUM_PASSPHRASE", "not the key at all")
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("wrong key"));
    let wal = std::fs::read(p.vault().join("sanctum.db-wal")).unwrap_or_default();
    assert!(std::fs::read(p.vault().join("sanctum.db")).expect("db") == bytes.0, "a refused key wrote the database");
    assert!(wal == bytes.1, "a refused key wrote to the WAL");
    assert_eq!(p.head(), before);
}

#[test]
fn a_mistyped_vault_path_is_named_and_nothing_is_created() {
    let p = Practice::new();
    let typo = p.path("vualt");
    for args in [&["audit", "head"][..], &["audit", "verify"], &["user", "add", "dana", "--role", "therapist"]] {
        let mut with_vault = args.to_vec();
        with_vault.extend(["--vault", typo.as_str()]);
        let out = p.cmd(&with_vault).output().expect("runs");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(&typo) && stderr.contains("no vault"), "{args:?}: {stderr}");
        assert!(!Path::new(&typo).exists(), "{args:?} created {typo}");
    }
}

#[test]
fn passphrase_vaults_and_their_backups() {
    let dir = TempDir::new().expect("tempdir");
    let vault = dir.path().join("vault");
    let run = |args: &[&str], passphrase: &str| {
        Command::cargo_bin("sanctum")
            .expect("binary")
            .args(args)
            .env("SANCTUM_VAULT", &vault)
            .env("SANCTUM_PASSPHRASE", passphrase)
            .env_remove("SANCTUM_KEY_FILE")
            .env_remove("SANCTUM_DATABASE_URL")
            .output()
            .expect("runs")
    };
    let short = run(&["init"], "short");
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least 10 characters"));
    let init = run(&["init"], "correct horse battery staple");
    assert!(String::from_utf8_lossy(&init.stdout).contains("Argon2id, 64 MiB, 3 passes"), "{init:?}");
    let wrong = run(&["audit", "verify"], "correct horse battery stapler");
    assert_eq!(wrong.status.code(), Some(2));
    let backup = dir.path().join("practice.age");
    let out = run(&["backup", backup.to_str().expect("utf-8")], "correct horse battery staple");
    assert!(String::from_utf8_lossy(&out.stdout).contains("age -d"), "{out:?}");
    let restored = dir.path().join("restored");
    let out = run(
        &["restore", backup.to_str().expect("utf-8"), "--vault", restored.to_str().expect("utf-8")],
        "correct horse battery staple",
    );
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn tampering_makes_audit_verify_fail_naming_the_entry() {
    let p = Practice::new().with_therapist();
    let csv = p.file("clients.csv", CSV);
    p.ok(&["import", "clients", &csv, "--therapist", "dana"]);
    let head = p.head();
    p.tamper("UPDATE audit_log SET outcome = 'denied' WHERE seq = 3");
    let (out, _) = p.run(&["audit", "verify"], 1);
    assert!(out.contains("BROKEN at entry 3") && out.contains("edited"), "{out}");
    p.tamper("UPDATE audit_log SET outcome = 'ok' WHERE seq = 3");
    p.ok(&["audit", "verify", "--expect-head", &head]);
    p.tamper("DELETE FROM audit_log WHERE seq > 5");
    let (out, _) = p.run(&["audit", "verify"], 1);
    assert!(out.contains("BROKEN at entry 6") && out.contains("truncated"), "{out}");
    let err = p.fails(&["audit", "verify", "--expect-head", "7:nothex"]);
    assert!(err.contains("--expect-head"), "{err}");
}

#[test]
fn backups_open_with_the_standard_age_tool_and_restore_verified() {
    let p = Practice::new().with_therapist();
    let csv = p.file("clients.csv", CSV);
    p.ok(&["import", "clients", &csv, "--therapist", "dana"]);
    let backup = p.path("practice.age");
    let out = p.ok(&["backup", &backup]);
    assert!(out.contains("2 clients") && out.contains(&format!("age -d -i {}", p.key.display())), "{out}");
    if let Ok(age) = std::process::Command::new("age").arg("-d").arg("-i").arg(&p.key).arg(&backup).output() {
        assert!(age.status.success(), "age -d: {}", String::from_utf8_lossy(&age.stderr));
        let text = String::from_utf8(age.stdout).expect("utf-8 payload");
        let manifest: serde_json::Value = serde_json::from_str(text.lines().next().expect("manifest")).expect("json");
        assert_eq!(manifest["format"], "sanctum-backup-2");
        assert_eq!(manifest["tables"]["clients"], 2);
        assert!(!text.contains("Benson") && !text.contains("Mclaughlin"), "fields stay sealed inside the backup");
    } else {
        eprintln!("the age tool is not installed: interop not checked");
    }
    let target = p.path("restored");
    let out = p.ok(&["restore", &backup, "--vault", &target]);
    assert!(out.contains("Restored") && out.contains("2 clients"), "{out}");
    let err = p.fails(&["restore", &backup, "--vault", &target]);
    assert!(err.contains("--replace"), "{err}");
    p.ok(&["restore", &backup, "--vault", &target, "--replace"]);
    assert!(p.ok(&["audit", "verify", "--vault", &target]).contains("intact"));
    let garbage = p.file("garbage.age", "not an age file");
    let err = p.fails(&["restore", &garbage, "--vault", &target, "--replace"]);
    assert!(err.contains("not an age file") && err.contains("nothing was replaced"), "{err}");
}

#[test]
fn rotating_keys_retires_the_old_key_file() {
    let p = Practice::new().with_therapist();
    let new_key = p.path("new.key");
    let out = p.ok(&["keys", "rotate", "--new-key-file", &new_key]);
    assert!(out.contains("the old key no longer opens it"), "{out}");
    assert!(p.fails(&["audit", "verify"]).contains("wrong key"));
    let out = p.cmd(&["audit", "verify"]).env("SANCTUM_KEY_FILE", &new_key).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn where_the_vault_is_must_be_said_once() {
    let p = Practice::new();
    let err = p.cmd(&["audit", "head"]).env_remove("SANCTUM_VAULT").output().expect("runs");
    assert!(String::from_utf8_lossy(&err.stderr).contains("where is the vault?"));
    let err = p.cmd(&["audit", "head"]).env("SANCTUM_DATABASE_URL", "postgres://u:secret@h/db").output().expect("runs");
    let stderr = String::from_utf8_lossy(&err.stderr);
    assert!(stderr.contains("choose one") && !stderr.contains("secret"), "{stderr}");
    let occupied = p.path("occupied");
    std::fs::create_dir(&occupied).expect("dir");
    std::fs::write(Path::new(&occupied).join("notes.txt"), "x").expect("file");
    let err = p.fails(&["init", "--vault", &occupied]);
    assert!(err.contains("not empty"), "{err}");
    let err = p.fails(&["init", "--vault", &p.path("v2"), "--new-key-file", &p.path("v2/inside.key")]);
    assert!(err.contains("inside the vault directory"), "{err}");
}

#[test]
fn imported_canaries_reach_neither_disk_nor_output() {
    let p = Practice::new().with_therapist();
    let canaries: Vec<String> = (0..12).map(|i| format!("canary{i}x{}", std::process::id())).collect();
    let mut row = canaries.clone();
    row[3] = "1999-09-09".into();
    row[4] = "555-0199-7788".into();
    row[5] = format!("{}@example.org", canaries[5]);
    let csv = p.file("canary.csv", &format!("{}\n{}\n", CSV.lines().next().expect("header"), row.join(",")));
    let (out, err) = p.run(&["import", "clients", &csv, "--therapist", "dana"], 0);
    let backup = p.path("canary.age");
    let (out2, err2) = p.run(&["backup", &backup], 0);
    std::fs::remove_file(&csv).expect("remove the plaintext input");
    let mut files = vec![PathBuf::from(&backup)];
    files.extend(std::fs::read_dir(p.vault()).expect("vault dir").map(|e| e.expect("entry").path()));
    for c in canaries.iter().filter(|c| c.starts_with("canary")) {
        for text in [&out, &err, &out2, &err2] {
            assert!(!text.contains(c.as_str()), "{c} printed");
        }
        for f in &files {
            let bytes = std::fs::read(f).expect("read");
            assert!(!bytes.windows(c.len()).any(|w| w == c.as_bytes()), "{c} in {}", f.display());
        }
    }
}

/// The same commands against PostgreSQL (`SANCTUM_DATABASE_URL`), when `SANCTUM_TEST_PG` names a server.
#[test]
fn the_commands_work_on_postgresql_too() {
    let Ok(server) = std::env::var("SANCTUM_TEST_PG") else {
        return eprintln!("SANCTUM_TEST_PG is not set: PostgreSQL case skipped");
    };
    let database = format!("sanctum_cli_{}", std::process::id());
    tokio::runtime::Runtime::new().expect("runtime").block_on(async {
        use sqlx::{Connection, Executor};
        let mut conn = sqlx::PgConnection::connect(&server).await.expect("connect");
        conn.execute(format!("DROP DATABASE IF EXISTS {database}").as_str()).await.expect("drop");
        conn.execute(format!("CREATE DATABASE {database}").as_str()).await.expect("create");
    });
    let url = format!("{}/{database}", server.rsplit_once('/').expect("a URL with a database").0);
    let dir = TempDir::new().expect("tempdir");
    let key = dir.path().join("pg.key");
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("sanctum")
            .expect("binary")
            .args(args)
            .env("SANCTUM_DATABASE_URL", &url)
            .env("SANCTUM_KEY_FILE", &key)
            .env_remove("SANCTUM_VAULT")
            .env_remove("SANCTUM_PASSPHRASE")
            .output()
            .expect("runs");
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "sanctum {args:?}: {stdout}{}", String::from_utf8_lossy(&out.stderr));
        stdout
    };
    run(&["init", "--new-key-file", key.to_str().expect("utf-8")]);
    run(&["user", "add", "dana", "--role", "therapist"]);
    let csv = dir.path().join("clients.csv");
    std::fs::write(&csv, CSV).expect("csv");
    assert!(run(&["import", "clients", csv.to_str().expect("utf-8"), "--therapist", "dana"]).contains("Imported 2"));
    let backup = dir.path().join("pg.age");
    run(&["backup", backup.to_str().expect("utf-8")]);
    assert!(run(&["audit", "verify"]).contains("intact"));
    let local = dir.path().join("local");
    let out = Command::cargo_bin("sanctum")
        .expect("binary")
        .args(["restore", backup.to_str().expect("utf-8"), "--vault", local.to_str().expect("utf-8")])
        .env("SANCTUM_KEY_FILE", &key)
        .env_remove("SANCTUM_DATABASE_URL")
        .output()
        .expect("runs");
    assert!(out.status.success(), "a PostgreSQL backup restores into SQLite: {}", String::from_utf8_lossy(&out.stderr));
}
