//! [`Vault`]: a store unlocked with the vault key. Creating and opening a vault, staff
//! and sign-in, verifying the audit chain, and rotating the vault key live here; the
//! client records are in `chart.rs`, the guard's caseload in `caseload.rs`, backups in
//! `backup.rs`.

use std::fmt;

use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, PasswordHash};
use rand::Rng;
use sanctum_practice::{Role, Tagged};
use secrecy::{ExposeSecret, SecretString};

use crate::audit::{Action, Actor, AuditEvent, ChainVerifier, Checkpoint, Head, Outcome};
use crate::blind::LookupField;
use crate::ids::RowId;
use crate::keys::{ChainKey, DataKey, IndexKey, IntegrityKey, Kdf, KdfParams, KeyEncryptionKey, KeySource, VaultKey};
use crate::location::Location;
use crate::schema::{Row, Value, CLIENT_KEYS, PASSWORD_RESETS, USERS, VAULT_META};
use crate::seal::Place;
use crate::sql::SqlStore;
use crate::store::{Batch, Query, Store, Write};
use crate::Error;

const FORMAT: i64 = 1;
pub(crate) const META_INDEX_KEY: Place<'static> = Place { table: "vault_meta", column: "index_key", row: "1" };
pub(crate) const META_PRACTICE_KEY: Place<'static> = Place { table: "vault_meta", column: "practice_key", row: "1" };

/// An unlocked vault over a [`Store`].
pub struct Vault<S: Store = SqlStore> {
    pub(crate) store: S,
    pub(crate) kek: KeyEncryptionKey,
    pub(crate) chain: ChainKey,
    /// Authenticates the rows that decide access (`integrity.rs`).
    pub(crate) integrity: IntegrityKey,
    pub(crate) index: IndexKey,
    pub(crate) practice: DataKey,
    pub(crate) kdf: KdfParams,
    /// The stored key check, to confirm a key given later (backup) is this vault's.
    pub(crate) key_check: [u8; 32],
    /// Unwrapped client keys recently used for writing.
    pub(crate) key_cache: KeyCache,
}

/// A bounded cache of unwrapped client data keys (zeroised when evicted or dropped).
#[derive(Debug, Default)]
pub(crate) struct KeyCache(std::sync::Mutex<std::collections::HashMap<RowId, std::sync::Arc<DataKey>>>);

impl KeyCache {
    const CAPACITY: usize = 4096;

    fn map(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<RowId, std::sync::Arc<DataKey>>> {
        // A panic elsewhere cannot leave the map inconsistent: use it anyway.
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub(crate) fn get(&self, client: &RowId) -> Option<std::sync::Arc<DataKey>> {
        self.map().get(client).cloned()
    }

    pub(crate) fn put(&self, client: &RowId, key: std::sync::Arc<DataKey>) {
        let mut map = self.map();
        if map.len() >= Self::CAPACITY {
            map.clear();
        }
        map.insert(client.clone(), key);
    }

    pub(crate) fn forget(&self, client: &RowId) {
        self.map().remove(client);
    }
}

impl<S: Store> fmt::Debug for Vault<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault").field("kdf", &self.kdf.kdf).finish_non_exhaustive()
    }
}

/// A staff member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    /// Their id.
    pub id: RowId,
    /// Their role.
    pub role: Role,
}

/// A password shown once, when a user is added; it is stored only as an Argon2id hash.
/// Whoever handed it over has seen it, so the app has the user replace it at the first
/// sign-in, before anything else.
pub struct OneTimePassword(pub SecretString);

impl fmt::Debug for OneTimePassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("OneTimePassword([redacted])")
    }
}

/// The outcome of `audit verify`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuditReport {
    /// Every entry links to the previous one and the chain ends at its checkpoint.
    Intact {
        /// The verified head.
        head: Head,
    },
    /// The first broken link.
    Broken(crate::audit::Break),
}

impl Vault<SqlStore> {
    /// Creates a new vault at `location`.
    pub async fn create(location: &Location, key: &KeySource, kdf: KdfParams) -> Result<Vault, Error> {
        Vault::create_at(location, key, kdf, true).await
    }

    /// Creates a vault at `location` whose chain does not say that its access rows are
    /// signed from the start, as a vault made before migration 0005 — for the tests of
    /// the upgrade that signs such rows. Never for a real practice.
    #[doc(hidden)]
    pub async fn create_as_before_access_macs(
        location: &Location,
        key: &KeySource,
        kdf: KdfParams,
    ) -> Result<Vault, Error> {
        Vault::create_at(location, key, kdf, false).await
    }

    async fn create_at(location: &Location, key: &KeySource, kdf: KdfParams, signed: bool) -> Result<Vault, Error> {
        let store = SqlStore::create(location).await?;
        Vault::create_with(store, key, kdf, signed).await.map_err(|e| match e {
            Error::AlreadyInitialised(_) => Error::AlreadyInitialised(location.to_string()),
            e => e,
        })
    }

    /// Opens the vault at `location`. Nothing is created or written before the key is
    /// checked: a wrong path or a wrong key leaves every file as it was. Pending
    /// migrations run only once the key has opened the vault.
    pub async fn open(location: &Location, key: &KeySource) -> Result<Vault, Error> {
        let store = SqlStore::connect(location).await?;
        let opened = match store.has_vault().await {
            Ok(true) => Vault::open_in(store.clone(), key).await,
            Ok(false) => Err(Error::NotInitialised(location.to_string())),
            Err(e) => Err(e),
        };
        let vault = match opened {
            Ok(vault) => vault,
            Err(e) => {
                // Closed before returning, so SQLite removes its -wal and -shm files.
                store.close().await;
                return Err(match e {
                    Error::NotInitialised(_) => Error::NotInitialised(location.to_string()),
                    e => e,
                });
            }
        };
        // No open signs access rows that lack a MAC, whatever the migrations say: the
        // database is not to be believed about its own history (see `integrity.rs`).
        vault.store.migrate(location).await?;
        Ok(vault)
    }

    /// Closes the connections.
    pub async fn close(self) {
        self.store.close().await;
    }
}

async fn read_meta<S: Store>(store: &S) -> Result<Option<Row>, Error> {
    let mut rows = store.read(vec![Query::all(&VAULT_META)]).await?;
    Ok(rows.pop().and_then(|mut r| r.pop()))
}

pub(crate) fn kdf_params(meta: &Row) -> Result<KdfParams, Error> {
    let int = |c| meta.int(c).and_then(|v| u32::try_from(v).map_err(|_| Error::Corrupt(format!("vault_meta.{c}"))));
    Ok(KdfParams {
        kdf: Kdf::from_tag(meta.text("kdf")?)?,
        argon2_version: int("argon2_version")?,
        memory_kib: int("memory_kib")?,
        iterations: int("iterations")?,
        parallelism: int("parallelism")?,
        salt: meta.blob("salt")?.to_vec(),
    })
}

/// Derives the vault key off the async runtime (Argon2id takes a large fraction of a second).
pub(crate) async fn derive(key: &KeySource, params: &KdfParams) -> Result<VaultKey, Error> {
    let (key, params) = (key.duplicate(), params.clone());
    blocking(move || key.derive(&params)).await?
}

/// Runs CPU-heavy work (Argon2) on tokio's blocking pool.
pub(crate) async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, Error> {
    tokio::task::spawn_blocking(f).await.map_err(|e| Error::Corrupt(format!("a key derivation task failed: {e}")))
}

impl<S: Store> Vault<S> {
    /// Creates a vault in an empty store.
    pub async fn create_in(store: S, key: &KeySource, kdf: KdfParams) -> Result<Vault<S>, Error> {
        Vault::create_with(store, key, kdf, true).await
    }

    /// Creates a vault in an empty store; `signed`: its chain records that its access
    /// rows are signed from the start (every vault but the upgrade tests' old ones).
    async fn create_with(store: S, key: &KeySource, kdf: KdfParams, signed: bool) -> Result<Vault<S>, Error> {
        let vault_key = derive(key, &kdf).await?;
        let chain = vault_key.chain_key();
        if read_meta(&store).await?.is_some() {
            return Err(Error::AlreadyInitialised("this store".into()));
        }
        let kek = vault_key.key_encryption_key();
        let index = IndexKey::generate();
        let practice = DataKey::generate();
        let mut values = meta_key_values(&vault_key, &kek, &index, &practice, &kdf, 1);
        values.extend([("id", Value::int(1)), ("format", Value::int(FORMAT)), ("created_at", Value::int(now()))]);
        let mut batch = Batch {
            genesis: true,
            ..Batch::audited(AuditEvent::ok(&Actor::Operator, Action::VaultCreated))
                .write(Write::Insert { table: &VAULT_META, values })
        };
        // Its access rows are signed from the start: the chain says so, so that no
        // later open takes unsigned rows (a rolled-back schema) for ones written before
        // signing existed.
        if signed {
            batch.audit.push(AuditEvent::ok(&Actor::Operator, Action::IntegrityBackfill));
        }
        store.run(batch, &chain).await.map_err(|e| match e {
            Error::Conflict(_) => Error::AlreadyInitialised("this store".into()),
            e => e,
        })?;
        Ok(Vault {
            store,
            kek,
            chain,
            integrity: vault_key.integrity_key(),
            index,
            practice,
            key_check: vault_key.key_check(),
            kdf,
            key_cache: KeyCache::default(),
        })
    }

    /// Opens an existing vault in `store`.
    pub async fn open_in(store: S, key: &KeySource) -> Result<Vault<S>, Error> {
        let meta = read_meta(&store).await?.ok_or_else(|| Error::NotInitialised("this store".into()))?;
        let kdf = kdf_params(&meta)?;
        let vault_key = derive(key, &kdf).await?;
        if !vault_key.verify_check(meta.blob("key_check")?) {
            return Err(Error::WrongKey("the passphrase or key file does not open this vault"));
        }
        let key_check = vault_key.key_check();
        let kek = vault_key.key_encryption_key();
        let index = kek.unwrap_index_key(&meta.sealed("index_key")?, &META_INDEX_KEY)?;
        let practice = kek.unwrap_data_key(&meta.sealed("practice_key")?, &META_PRACTICE_KEY)?;
        Ok(Vault {
            store,
            chain: vault_key.chain_key(),
            integrity: vault_key.integrity_key(),
            kek,
            index,
            practice,
            key_check,
            kdf,
            key_cache: KeyCache::default(),
        })
    }

    /// The store underneath.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// How the vault key is derived (the parameters stored in the vault).
    pub fn kdf(&self) -> &KdfParams {
        &self.kdf
    }

    /// Runs a batch on the chain; inserts into the tables that decide access are signed
    /// here, in the batch's own transaction (`integrity.rs`).
    pub(crate) async fn run(&self, mut batch: Batch) -> Result<Vec<Vec<Row>>, Error> {
        self.integrity.sign_writes(&mut batch.writes)?;
        self.store.run(batch, &self.chain).await
    }

    /// Adds a staff member; returns their id and a one-time password to hand over. The
    /// password must be changed ([`Vault::set_password`]) before the account is used:
    /// until then [`crate::StaffMember::password_must_change`] is set.
    pub async fn add_user(&self, actor: &Actor, username: &str, role: Role) -> Result<(RowId, OneTimePassword), Error> {
        let username_index = self.username_index(username)?;
        let id = RowId::generate();
        let password = OneTimePassword(SecretString::from(generate_password()));
        let given = SecretString::from(password.0.expose_secret().to_owned());
        let phc = blocking(move || hash_password(&given)).await??;
        let phc = PasswordHash::new(&phc).map_err(|e| Error::Corrupt(format!("password hash: {e}")))?;
        let name = self.practice.seal(&Place { table: "users", column: "name", row: id.as_str() }, username.trim());
        let at = now();
        let values = vec![
            ("id", Value::id(&id)),
            ("role", Value::tag(role.tag())),
            ("username_index", Value::index(Some(&username_index))),
            ("name", Value::sealed(&name)),
            ("password_hash", Value::password_hash(&phc)),
            ("created_at", Value::int(at)),
        ];
        // Whoever added them has seen the password: it must be replaced before the
        // account is used (see `StaffMember::password_must_change`).
        let reset = vec![("user_id", Value::id(&id)), ("issued_at", Value::int(at))];
        let batch = Batch::audited(AuditEvent::ok(actor, Action::UserAdded).record(&id))
            .write(Write::Insert { table: &USERS, values })
            .write(Write::Insert { table: &PASSWORD_RESETS, values: reset });
        self.run(batch).await.map_err(|e| match e {
            Error::Conflict(_) => {
                Error::Input { field: "NAME".into(), message: format!("a user {:?} already exists", username.trim()) }
            }
            e => e,
        })?;
        Ok((id, password))
    }

    fn username_index(&self, username: &str) -> Result<crate::blind::BlindIndex, Error> {
        self.index
            .blind(LookupField::Username, username)
            .ok_or_else(|| Error::Input { field: "NAME".into(), message: "is empty".into() })
    }

    /// A staff member by user name (not audited: the staff list is not clinical); `None`
    /// for a row written without the vault key.
    pub async fn find_user(&self, username: &str) -> Result<Option<User>, Error> {
        let index = self.username_index(username)?;
        let rows = self.store.read(vec![Query::by(&USERS, "username_index", Value::index(Some(&index)))]).await?;
        let user = self.authentic_first(&Actor::Unknown, &rows[0]).await?;
        user.map(|r| Ok(User { id: r.id("id")?, role: r.tagged("role")? })).transpose()
    }

    /// Checks a password. Both outcomes are audited; an unknown user costs a hash too,
    /// so timing does not tell who has an account. A user whose row fails its integrity
    /// check (`integrity.rs`) is refused like a wrong password.
    pub async fn sign_in(&self, username: &str, password: &SecretString) -> Result<User, Error> {
        let index = self.username_index(username)?;
        let rows = self.store.read(vec![Query::by(&USERS, "username_index", Value::index(Some(&index)))]).await?;
        // A user row written without the vault key signs in as nobody (the password is
        // still checked against it, so timing tells nothing).
        let authentic = self.authentic_first(&Actor::Unknown, &rows[0]).await?.is_some();
        let row = rows.into_iter().flatten().next();
        let stored = match &row {
            Some(r) => r.text("password_hash")?.to_owned(),
            None => DUMMY_HASH.to_owned(),
        };
        let given = SecretString::from(password.expose_secret().to_owned());
        let ok = blocking(move || {
            PasswordHash::new(&stored)
                .is_ok_and(|h| Argon2::default().verify_password(given.expose_secret().as_bytes(), &h).is_ok())
        })
        .await?;
        match (row, ok && authentic) {
            (Some(r), true) => {
                let user = User { id: r.id("id")?, role: r.tagged("role")? };
                self.run(Batch::audited(AuditEvent::ok(&Actor::User(user.id.clone()), Action::SignIn))).await?;
                Ok(user)
            }
            (row, _) => {
                let mut event = AuditEvent::ok(&Actor::Unknown, Action::SignInFailed);
                event.outcome = Outcome::Denied;
                if let Some(r) = row {
                    event.record = Some(r.id("id")?);
                }
                self.run(Batch::audited(event)).await?;
                Err(Error::Denied)
            }
        }
    }

    /// The stored checkpoint of the audit chain.
    pub async fn audit_head(&self) -> Result<Head, Error> {
        let cp =
            self.store.checkpoint().await?.ok_or_else(|| Error::Tampered("the audit checkpoint is missing".into()))?;
        if !cp.head.verify_mac(&self.chain, &cp.mac) {
            return Err(Error::Tampered("the audit checkpoint is not authentic".into()));
        }
        Ok(cp.head)
    }

    /// Verifies the whole chain, page by page, against its checkpoint and, if given, a
    /// head recorded elsewhere earlier.
    pub async fn verify_audit(&self, expect: Option<&Head>) -> Result<AuditReport, Error> {
        const PAGE: i64 = 5000;
        let mut verifier = ChainVerifier::new();
        let mut expected_seen = expect.is_none_or(|h| h.seq == 0);
        // Verify the whole chain, then read the checkpoint. Every append updates the
        // checkpoint in its own transaction, so a checkpoint read after the entries
        // were seen reaches at least the last of them; one that ends short of the chain
        // was put back from an older copy. If it is ahead, entries were appended while
        // we read: read on until the chain reaches it — or, if reading on finds nothing
        // new, the chain was cut short of it (reported by `finish`).
        let mut read_to = -1;
        let checkpoint = loop {
            loop {
                let page = self.store.audit_page(verifier.head().seq, PAGE).await?;
                for entry in &page {
                    if let Err(b) = verifier.push(entry) {
                        return Ok(AuditReport::Broken(b));
                    }
                    if let Some(e) = expect.filter(|e| e.seq == entry.seq) {
                        if e.hash != entry.hash {
                            return Ok(AuditReport::Broken(crate::audit::Break {
                                seq: e.seq,
                                reason: "differs from the expected head recorded earlier".into(),
                            }));
                        }
                        expected_seen = true;
                    }
                }
                if page.len() < PAGE as usize {
                    break;
                }
            }
            let checkpoint: Option<Checkpoint> = self.store.checkpoint().await?;
            let end = verifier.head().seq;
            match &checkpoint {
                Some(c) if c.head.seq < end => {
                    return Ok(AuditReport::Broken(crate::audit::Break {
                        seq: c.head.seq + 1,
                        reason: "lies past the checkpoint: the checkpoint was rolled back".into(),
                    }));
                }
                Some(c) if c.head.seq > end && end > read_to => read_to = end,
                _ => break checkpoint,
            }
        };
        match verifier.finish(checkpoint.as_ref(), &self.chain, expect) {
            Err(b) => Ok(AuditReport::Broken(b)),
            Ok(head) if expected_seen => Ok(AuditReport::Intact { head }),
            Ok(_) => Err(Error::Corrupt("the expected head was not reached".into())),
        }
    }

    /// Rotates the vault key: every data key is rewrapped, every authorization row that
    /// verifies is re-signed (`integrity.rs`) and the checkpoint re-signed, in one
    /// transaction; afterwards the old key opens nothing.
    pub async fn rotate_key(&mut self, actor: &Actor, new_key: &KeySource, kdf: KdfParams) -> Result<(), Error> {
        let new_vault_key = derive(new_key, &kdf).await?;
        // Read every wrapped key and the head in one transaction; write back only if no
        // other writer moved the head (a client added meanwhile would miss the rewrap).
        // Head first: a client added after this moves the head and fails the batch below.
        let head = self.audit_head().await?;
        let rows = self.store.read(vec![Query::all(&CLIENT_KEYS), Query::all(&VAULT_META)]).await?;
        let new_kek = new_vault_key.key_encryption_key();
        let mut batch = Batch {
            expect_head: Some(head.seq),
            rekey: Some(new_vault_key.chain_key()),
            ..Batch::audited(AuditEvent::ok(actor, Action::KeysRotated))
        };
        for row in &rows[0] {
            let client = row.id("client_id")?;
            let place = client_key_place(&client);
            let key = self.kek.unwrap_data_key(&row.sealed("wrapped")?, &place)?;
            let wrapped = new_kek.wrap(key.expose(), &place);
            batch.writes.push(Write::Update {
                query: Query::by(&CLIENT_KEYS, "client_id", Value::id(&client))
                    .and("wrapped", Value::sealed(&row.sealed("wrapped")?)),
                set: vec![("wrapped", Value::sealed(&wrapped))],
                expect: Some((1, "a client key")),
            });
        }
        let new_integrity = new_vault_key.integrity_key();
        batch.writes.extend(self.resign_rows(&new_integrity).await?);
        let generation =
            rows[1].first().ok_or_else(|| Error::NotInitialised("this store".into()))?.int("key_generation")?;
        let set = meta_key_values(&new_vault_key, &new_kek, &self.index, &self.practice, &kdf, generation + 1);
        batch.writes.push(Write::Update {
            query: Query::by(&VAULT_META, "id", Value::int(1)).and("key_generation", Value::int(generation)),
            set,
            expect: Some((1, "the vault's key settings")),
        });
        self.run(batch).await?;
        self.kek = new_kek;
        self.chain = new_vault_key.chain_key();
        self.integrity = new_integrity;
        self.key_check = new_vault_key.key_check();
        self.kdf = kdf;
        Ok(())
    }
}

pub(crate) fn client_key_place(client: &RowId) -> Place<'_> {
    Place { table: "client_keys", column: "wrapped", row: client.as_str() }
}

/// The meta columns that depend on the vault key.
fn meta_key_values(
    vault_key: &VaultKey,
    kek: &KeyEncryptionKey,
    index: &IndexKey,
    practice: &DataKey,
    kdf: &KdfParams,
    generation: i64,
) -> Vec<(&'static str, Value)> {
    vec![
        ("kdf", Value::tag(kdf.kdf.tag())),
        ("argon2_version", Value::int(kdf.argon2_version.into())),
        ("memory_kib", Value::int(kdf.memory_kib.into())),
        ("iterations", Value::int(kdf.iterations.into())),
        ("parallelism", Value::int(kdf.parallelism.into())),
        ("salt", Value::restored(crate::schema::Cell::Blob(kdf.salt.clone()))),
        ("key_check", Value::digest(&vault_key.key_check())),
        ("index_key", Value::sealed(&kek.wrap(index.expose(), &META_INDEX_KEY))),
        ("practice_key", Value::sealed(&kek.wrap(practice.expose(), &META_PRACTICE_KEY))),
        ("key_generation", Value::int(generation)),
    ]
}

pub(crate) fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// 20 characters from an alphabet without look-alikes: about 100 bits.
fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..20).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}

pub(crate) fn hash_password(password: &SecretString) -> Result<String, Error> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.expose_secret().as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| Error::Corrupt(format!("hashing a password: {e}")))
}

/// Verified against when the user does not exist, so both paths cost one Argon2id hash.
/// (A test checks it parses: an unparsable one would answer unknown users fast.)
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FuY3R1bWR1bW15c2FsdA$0bXJ0ZwMtnmJ0qDmtCNsmzZKmCKbF9rCRqUs4Xj0ikE";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dummy_hash_costs_as_much_as_a_real_one() {
        let dummy = PasswordHash::new(DUMMY_HASH).unwrap();
        let real = hash_password(&SecretString::from("x".to_owned())).unwrap();
        let real = PasswordHash::new(&real).unwrap();
        assert_eq!(
            (dummy.algorithm, dummy.version, dummy.params.to_string()),
            (real.algorithm, real.version, real.params.to_string())
        );
        assert!(Argon2::default().verify_password(b"x", &dummy).is_err());
    }

    #[test]
    fn one_time_passwords_are_long_and_unambiguous() {
        let p = generate_password();
        assert_eq!(p.len(), 20);
        assert!(!p.contains(['0', 'O', 'l', '1', 'I']), "{p}");
        assert_ne!(p, generate_password());
    }
}
