//! The conformance harness: a vault per test on each backend, and the helpers the cases share.

use std::path::PathBuf;

use sanctum_practice::ClientProfile;
use sanctum_vault::{Actor, AuditReport, Head, Kdf, KdfParams, KeySource, Location, Store, Vault};
use secrecy::ExposeSecret;
use tempfile::TempDir;

/// Runs a case on SQLite, and on PostgreSQL when `SANCTUM_TEST_PG` is set.
macro_rules! conformance {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                ($body)(TestVault::sqlite()).await
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                match TestVault::postgres().await {
                    Some(t) => ($body)(t).await,
                    None => eprintln!("SANCTUM_TEST_PG is not set: PostgreSQL case skipped"),
                }
            }
        }
    };
}
pub(crate) use conformance;

/// A fresh random key file.
pub fn key_file() -> KeySource {
    KeySource::key_file(KeySource::new_key_file().expose_secret()).expect("a generated key file parses")
}

/// A profile with a name and nothing else.
pub fn profile(given: &str, family: &str) -> ClientProfile {
    let mut p = ClientProfile::default();
    p.given_name = given.into();
    p.family_name = family.into();
    p
}

enum Backend {
    Sqlite,
    Postgres { server: String, database: String },
}

/// A place for one test's vault, its key, and a scratch directory.
pub struct TestVault {
    pub dir: TempDir,
    pub key: KeySource,
    backend: Backend,
}

impl TestVault {
    pub fn sqlite() -> TestVault {
        TestVault { dir: TempDir::new().expect("tempdir"), key: key_file(), backend: Backend::Sqlite }
    }

    /// A fresh database on the server in `SANCTUM_TEST_PG`, if set.
    pub async fn postgres() -> Option<TestVault> {
        let server = std::env::var("SANCTUM_TEST_PG").ok().filter(|s| !s.is_empty())?;
        let database = format!("sanctum_test_{}", uuid::Uuid::new_v4().simple());
        create_database(&server, &database).await;
        Some(TestVault {
            dir: TempDir::new().expect("tempdir"),
            key: key_file(),
            backend: Backend::Postgres { server, database },
        })
    }

    fn same_key(&self) -> KeySource {
        KeySource::key_file(match &self.key {
            KeySource::KeyFile(k) => k.expose_secret(),
            KeySource::Passphrase(_) => unreachable!("tests use key files"),
        })
        .expect("key file")
    }

    /// An empty SQLite vault location opened by the same key.
    pub fn sqlite_twin(&self) -> TestVault {
        TestVault { dir: TempDir::new().expect("tempdir"), key: self.same_key(), backend: Backend::Sqlite }
    }

    /// Another empty vault location on the same backend, opened by the same key.
    pub async fn sibling(&self, name: &str) -> TestVault {
        let key = self.same_key();
        let backend = match &self.backend {
            Backend::Sqlite => Backend::Sqlite,
            Backend::Postgres { server, database } => {
                let database = format!("{database}_{name}");
                create_database(server, &database).await;
                Backend::Postgres { server: server.clone(), database }
            }
        };
        TestVault { dir: TempDir::new().expect("tempdir"), key, backend }
    }

    pub fn location(&self) -> Location {
        match &self.backend {
            Backend::Sqlite => Location::Sqlite(self.dir.path().join("vault")),
            Backend::Postgres { server, database } => Location::parse(&with_database(server, database)),
        }
    }

    pub fn kdf(&self) -> KdfParams {
        KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)
    }

    pub async fn create(&self) -> Vault {
        Vault::create(&self.location(), &self.key, self.kdf()).await.expect("create vault")
    }

    pub async fn open(&self) -> Vault {
        Vault::open(&self.location(), &self.key).await.expect("open vault")
    }

    /// A vault with five clients and a chart read: a chain of a dozen entries.
    pub async fn busy_vault(&self) -> Vault {
        let vault = self.create().await;
        let mut first = None;
        for family in ["One", "Two", "Three", "Four", "Five"] {
            let id = vault.add_client(&Actor::Operator, &profile("Client", family), None).await.expect("add client");
            first.get_or_insert(id);
        }
        vault.chart(&Actor::Operator, &first.expect("a client")).await.expect("chart");
        vault
    }

    pub async fn actions(&self, vault: &Vault) -> Vec<String> {
        let entries = vault.store().audit_page(0, 100_000).await.expect("audit log");
        entries.into_iter().map(|e| e.action).collect()
    }

    pub async fn backup(&self, vault: &Vault, name: &str) -> PathBuf {
        let file = self.dir.path().join(name);
        vault.backup(&Actor::Operator, &self.key, &file).await.expect("backup");
        file
    }

    pub async fn expect_break(&self, vault: &Vault, seq: i64, word: &str) {
        self.expect_break_against(vault, None, seq, word).await
    }

    pub async fn expect_break_against(&self, vault: &Vault, expect: Option<&Head>, seq: i64, word: &str) {
        match vault.verify_audit(expect).await.expect("verify runs") {
            AuditReport::Broken(b) => {
                assert_eq!(b.seq, seq, "first bad entry: {b}");
                assert!(b.reason.contains(word), "{b} should say {word:?}");
            }
            AuditReport::Intact { head } => panic!("tampering not detected; head {head}"),
        }
    }
}

fn with_database(server: &str, database: &str) -> String {
    let (base, _) = server.rsplit_once('/').expect("SANCTUM_TEST_PG is postgres://user@host:port/db");
    format!("{base}/{database}")
}

async fn create_database(server: &str, database: &str) {
    use sqlx::{Connection, Executor};
    let mut conn = sqlx::PgConnection::connect(server).await.expect("connect to SANCTUM_TEST_PG");
    conn.execute(format!("CREATE DATABASE {database}").as_str()).await.expect("create test database");
}
