//! Backups: the whole vault as an age file. The payload is one JSON line of manifest
//! (format, table row counts, audit head, MAC) and one JSON line per row, cells exactly as
//! stored — every clinical field still sealed inside the age encryption. A backup is
//! encrypted to the vault's own key source, so the standard `age` tool opens it:
//! a key-file vault's key file *is* an age identity (`age -d -i KEYFILE`), and a
//! passphrase vault's backup is a passphrase (scrypt) age file (`age -d`, asks for the
//! vault passphrase). age gives confidentiality to anyone holding the key file, not
//! authenticity, so the manifest carries a MAC under a key derived from the vault key.
//! A restore checks the key, the MAC, the row counts, every wrapped key and the audit
//! chain before it replaces anything; it works across backends. Rows carry every column,
//! the authorization MACs (`integrity.rs`) among them; a backup made before those
//! existed restores too, and the restore signs its rows.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, BufWriter, Write as _};
use std::path::Path;
use std::sync::Arc;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};

use crate::audit::{Action, Actor, AuditEvent, ChainVerifier, Checkpoint, Head};
use crate::ids::RowId;
use crate::keys::{age_identity, BackupKey, KeySource};
use crate::location::Location;
use crate::progress::{Progress, Quiet};
use crate::schema::{self, Cell, Kind, Row, Table};
use crate::sql::SqlStore;
use crate::store::{Batch, Store};
use crate::vault::{blocking, client_key_place, kdf_params, now, Vault};
use crate::Error;
use hmac::{Hmac, Mac};
use sha2::{Digest as _, Sha256};

/// The payload format this version writes and reads.
pub const BACKUP_FORMAT: &str = "sanctum-backup-2";

/// The first line of a backup: what it should contain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupManifest {
    /// [`BACKUP_FORMAT`].
    pub format: String,
    /// When the backup was taken.
    pub created_at: i64,
    /// Rows per table.
    pub tables: BTreeMap<String, u64>,
    /// The audit head at the time of the backup (`SEQ:HASH`).
    pub head: String,
    /// HMAC-SHA256 (hex) over the rest of the manifest and every row ([`backup_mac`]).
    #[serde(default)]
    pub mac: String,
}

/// A backup's MAC, keyed by a key derived from the vault key (HKDF): over the
/// manifest's other fields and a SHA-256 digest of every row, cell by cell. The counts
/// and the audit chain only check the file against itself; this checks it against the
/// vault key, so a backup altered and given a recomputed manifest is refused.
fn backup_mac(key: &BackupKey, manifest: &BackupManifest, tables: &[Vec<Row>]) -> Hmac<Sha256> {
    fn part(h: &mut impl sha2::digest::Update, bytes: &[u8]) {
        h.update(&(bytes.len() as u64).to_be_bytes());
        h.update(bytes);
    }
    let mut rows = Sha256::new();
    for (table, rows_of) in schema::ALL.iter().zip(tables) {
        for row in rows_of {
            part(&mut rows, table.name.as_bytes());
            for cell in row.cells() {
                match cell {
                    Cell::Null => part(&mut rows, b"n"),
                    Cell::Int(i) => {
                        part(&mut rows, b"i");
                        part(&mut rows, &i.to_be_bytes());
                    }
                    Cell::Text(t) => {
                        part(&mut rows, b"t");
                        part(&mut rows, t.as_bytes());
                    }
                    Cell::Blob(b) => {
                        part(&mut rows, b"b");
                        part(&mut rows, b);
                    }
                }
            }
        }
    }
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.expose()).expect("HMAC takes a key of any length");
    part(&mut mac, b"sanctum backup mac v1");
    part(&mut mac, manifest.format.as_bytes());
    part(&mut mac, &manifest.created_at.to_be_bytes());
    for (name, count) in &manifest.tables {
        part(&mut mac, name.as_bytes());
        part(&mut mac, &count.to_be_bytes());
    }
    part(&mut mac, manifest.head.as_bytes());
    part(&mut mac, &rows.finalize());
    mac
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Serialize, Deserialize)]
struct RowLine {
    table: String,
    row: Vec<serde_json::Value>,
}

fn encode(cell: &Cell) -> serde_json::Value {
    match cell {
        Cell::Null => serde_json::Value::Null,
        Cell::Int(i) => (*i).into(),
        Cell::Text(t) => t.clone().into(),
        Cell::Blob(b) => B64.encode(b).into(),
    }
}

fn decode(table: &Table, column: usize, v: &serde_json::Value) -> Result<Cell, String> {
    let (name, kind) = table.columns[column];
    let bad = || format!("{}.{name}: not a {kind:?} value", table.name);
    Ok(match (kind, v) {
        (_, serde_json::Value::Null) => Cell::Null,
        (Kind::Int, v) => Cell::Int(v.as_i64().ok_or_else(bad)?),
        (Kind::Text, v) => Cell::Text(v.as_str().ok_or_else(bad)?.to_owned()),
        (Kind::Blob, v) => Cell::Blob(B64.decode(v.as_str().ok_or_else(bad)?).map_err(|_| bad())?),
    })
}

fn backup_error(e: impl std::fmt::Display) -> Error {
    Error::Backup(e.to_string())
}

/// Encrypts to the key source: an X25519 recipient for a key file, scrypt for a passphrase.
fn encryptor(key: &KeySource) -> Result<age::Encryptor, Error> {
    match key {
        KeySource::KeyFile(text) => {
            let recipient = age_identity(text)?.to_public();
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).map_err(backup_error)
        }
        KeySource::Passphrase(p) => Ok(age::Encryptor::with_user_passphrase(p.expose_secret().to_owned().into())),
    }
}

fn decrypt(key: &KeySource, file: &Path) -> Result<impl BufRead, Error> {
    let input = std::fs::File::open(file).map_err(|e| Error::Io(format!("{}: {e}", file.display())))?;
    let decryptor = age::Decryptor::new_buffered(BufReader::new(input))
        .map_err(|e| Error::Backup(format!("{} is not an age file: {e}", file.display())))?;
    let identity: Box<dyn age::Identity> = match key {
        KeySource::KeyFile(text) => Box::new(age_identity(text)?),
        KeySource::Passphrase(p) => Box::new(age::scrypt::Identity::new(p.expose_secret().to_owned().into())),
    };
    let reader = decryptor.decrypt(std::iter::once(identity.as_ref())).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
            Error::WrongKey("the passphrase or key file does not open this backup")
        }
        e => Error::Backup(format!("{}: {e}", file.display())),
    })?;
    Ok(BufReader::new(reader))
}

/// A backup's rows, read and checked against its manifest and key.
struct Verified {
    manifest: BackupManifest,
    tables: Vec<Vec<Row>>,
    /// Made before the authorization MACs existed: the restore signs the rows.
    legacy: bool,
}

fn read_backup(key: &KeySource, file: &Path, progress: &dyn Progress) -> Result<Verified, Error> {
    let mut lines = decrypt(key, file)?.lines();
    let at = |n: usize| format!("{} (payload line {n})", file.display());
    let first =
        lines.next().ok_or_else(|| Error::Backup(format!("{}: empty", file.display())))?.map_err(backup_error)?;
    let manifest: BackupManifest =
        serde_json::from_str(&first).map_err(|e| Error::Backup(format!("{}: manifest: {e}", at(1))))?;
    if manifest.format != BACKUP_FORMAT {
        return Err(Error::Backup(format!("{}: format {:?}, expected {BACKUP_FORMAT}", at(1), manifest.format)));
    }
    let mut tables: Vec<Vec<Row>> = schema::ALL.iter().map(|_| Vec::new()).collect();
    let mut legacy = false;
    progress.start(manifest.tables.values().sum());
    for (i, line) in lines.enumerate() {
        let line = line.map_err(|e| Error::Backup(format!("{}: {e} (truncated or altered?)", at(i + 2))))?;
        let parsed: RowLine = serde_json::from_str(&line).map_err(|e| Error::Backup(format!("{}: {e}", at(i + 2))))?;
        let t = schema::ALL
            .iter()
            .position(|t| t.name == parsed.table)
            .ok_or_else(|| Error::Backup(format!("{}: unknown table {:?}", at(i + 2), parsed.table)))?;
        let table = schema::ALL[t];
        // A backup made before the authorization MACs (migration 0005) has one cell
        // fewer in the tables that gained them; the restore signs those rows.
        let before_macs = crate::integrity::gained_mac_column(table) && parsed.row.len() + 1 == table.columns.len();
        legacy |= before_macs;
        if parsed.row.len() != table.columns.len() && !before_macs {
            return Err(Error::Backup(format!(
                "{}: {} cells for {} columns",
                at(i + 2),
                parsed.row.len(),
                table.columns.len()
            )));
        }
        let cells = parsed.row.iter().enumerate().map(|(c, v)| decode(table, c, v)).collect::<Result<Vec<_>, _>>();
        tables[t].push(Row::new(table, cells.map_err(|e| Error::Backup(format!("{}: {e}", at(i + 2))))?));
        progress.advance(1);
    }
    let mut verified = Verified { manifest, tables, legacy };
    verified.check(key)?;
    // Checked as written; then the missing MAC cells are NULL until the restore signs them.
    for (table, rows) in schema::ALL.iter().zip(&mut verified.tables) {
        for row in rows.iter_mut().filter(|r| r.cells.len() < table.columns.len()) {
            row.cells.resize(table.columns.len(), Cell::Null);
        }
    }
    Ok(verified)
}

impl Verified {
    /// Counts, key, wrapped keys and audit chain — everything a restore relies on.
    fn check(&self, key: &KeySource) -> Result<(), Error> {
        for (table, rows) in schema::ALL.iter().zip(&self.tables) {
            let want = self.manifest.tables.get(table.name).copied().unwrap_or(0);
            if want != rows.len() as u64 {
                return Err(Error::Backup(format!(
                    "table {} has {} rows; the manifest says {want}",
                    table.name,
                    rows.len()
                )));
            }
        }
        if let Some(extra) = self.manifest.tables.keys().find(|n| !schema::ALL.iter().any(|t| t.name == n.as_str())) {
            return Err(Error::Backup(format!("the manifest lists an unknown table {extra:?}")));
        }
        let meta = self.tables[0].first().ok_or_else(|| Error::Backup("no vault settings in the backup".into()))?;
        let vault_key = key.derive(&kdf_params(meta)?)?;
        if !vault_key.verify_check(meta.blob("key_check")?) {
            return Err(Error::WrongKey("the passphrase or key file does not open this backup's vault"));
        }
        // Constant-time comparison, and before anything else in the backup is trusted.
        let mac = (0..self.manifest.mac.len() / 2)
            .map(|i| self.manifest.mac.get(2 * i..2 * i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
            .collect::<Option<Vec<u8>>>()
            .unwrap_or_default();
        if backup_mac(&vault_key.backup_key(), &self.manifest, &self.tables).verify_slice(&mac).is_err() {
            return Err(Error::Tampered(
                "the backup's MAC does not match its rows and manifest: altered, or not made by this vault".into(),
            ));
        }
        let kek = vault_key.key_encryption_key();
        let keys = &self.tables[schema::ALL.iter().position(|t| t.name == schema::CLIENT_KEYS.name).unwrap_or(0)];
        for row in keys {
            let client = row.id("client_id")?;
            kek.unwrap_data_key(&row.sealed("wrapped")?, &client_key_place(&client))?;
        }
        let mut verifier = ChainVerifier::new();
        let log = &self.tables[schema::ALL.len() - 2];
        for row in log {
            let entry = crate::sql::entry_from_row(row)?;
            verifier.push(&entry).map_err(|b| Error::Tampered(format!("audit chain in the backup: {b}")))?;
        }
        let head_row = self.tables[schema::ALL.len() - 1].first();
        let checkpoint = head_row
            .map(|r| {
                Ok::<_, Error>(Checkpoint {
                    head: Head { seq: r.int("seq")?, hash: r.digest("hash")? },
                    mac: r.blob("mac")?.to_vec(),
                })
            })
            .transpose()?;
        let head = verifier
            .finish(checkpoint.as_ref(), &vault_key.chain_key(), None)
            .map_err(|b| Error::Tampered(format!("audit chain in the backup: {b}")))?;
        if head.to_string() != self.manifest.head {
            return Err(Error::Tampered(format!(
                "the backup's audit head {head} is not the manifest's {}",
                self.manifest.head
            )));
        }
        Ok(())
    }
}

fn manifest(tables: &[Vec<Row>]) -> Result<BackupManifest, Error> {
    let head_row = tables[schema::ALL.len() - 1]
        .first()
        .ok_or_else(|| Error::Tampered("the audit checkpoint is missing".into()))?;
    let head = Head { seq: head_row.int("seq")?, hash: head_row.digest("hash")? };
    Ok(BackupManifest {
        format: BACKUP_FORMAT.to_owned(),
        created_at: now(),
        tables: schema::ALL.iter().zip(tables).map(|(t, rows)| (t.name.to_owned(), rows.len() as u64)).collect(),
        head: head.to_string(),
        mac: String::new(),
    })
}

fn write_backup(key: &KeySource, file: &Path, backup: &Verified, progress: &dyn Progress) -> Result<(), Error> {
    let io = |e: std::io::Error| Error::Io(format!("{}: {e}", file.display()));
    let dir = file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if file.file_name().is_none() {
        return Err(Error::Input { field: "FILE".into(), message: "names no file".into() });
    }
    // A fresh randomly named file (O_EXCL, owner-only) beside the target, so a symlink
    // planted at a predictable name cannot redirect the write; removed if dropped.
    let mut temp =
        tempfile::Builder::new().prefix(".sanctum-backup-").suffix(".partial").tempfile_in(dir).map_err(io)?;
    {
        let out = BufWriter::new(temp.as_file_mut());
        let mut writer = encryptor(key)?.wrap_output(out).map_err(io)?;
        serde_json::to_writer(&mut writer, &backup.manifest).map_err(backup_error)?;
        writer.write_all(b"\n").map_err(io)?;
        progress.start(backup.tables.iter().map(|rows| rows.len() as u64).sum());
        for (table, rows) in schema::ALL.iter().zip(&backup.tables) {
            for row in rows {
                let line = RowLine { table: table.name.to_owned(), row: row.cells().iter().map(encode).collect() };
                serde_json::to_writer(&mut writer, &line).map_err(backup_error)?;
                writer.write_all(b"\n").map_err(io)?;
                progress.advance(1);
            }
        }
        let mut out = writer.finish().map_err(io)?;
        out.flush().map_err(io)?;
    }
    temp.as_file().sync_all().map_err(io)?;
    temp.persist(file).map_err(|e| io(e.error))?;
    Ok(())
}

impl<S: Store> Vault<S> {
    /// Writes an encrypted backup to `file` (atomically: a temporary file beside it is
    /// renamed into place). `key` must be the key that opened this vault. Audited as an
    /// export; the backup holds its own export entry. A vault whose chain is broken is
    /// not backed up: the backup would only be refused at restore, too late.
    pub async fn backup(&self, actor: &Actor, key: &KeySource, file: &Path) -> Result<BackupManifest, Error> {
        self.backup_reporting(actor, key, file, Arc::new(Quiet)).await
    }

    /// [`Vault::backup`], reporting each row written to `progress`.
    pub async fn backup_reporting(
        &self,
        actor: &Actor,
        key: &KeySource,
        file: &Path,
        progress: Arc<dyn Progress>,
    ) -> Result<BackupManifest, Error> {
        let vault_key = crate::vault::derive(key, &self.kdf).await?;
        if !vault_key.verify_check(&self.key_check) {
            return Err(Error::WrongKey("the key given for the backup is not this vault's key"));
        }
        self.run(Batch::audited(AuditEvent::ok(actor, Action::Export))).await?;
        let tables = self.store.snapshot().await?;
        let mut backup = Verified { manifest: manifest(&tables)?, tables, legacy: false };
        let (key, file) = (key.duplicate(), file.to_owned());
        blocking(move || {
            let mac = backup_mac(&vault_key.backup_key(), &backup.manifest, &backup.tables).finalize();
            backup.manifest.mac = hex(&mac.into_bytes());
            backup.check(&key)?;
            write_backup(&key, &file, &backup, &*progress)?;
            Ok(backup.manifest)
        })
        .await?
    }
}

impl Vault<SqlStore> {
    /// Restores a backup into `location`, after checking it completely (key, row
    /// counts, wrapped keys, audit chain). An existing vault there is replaced only if
    /// `replace` is set *and* `key` opens it too: a backup cannot be used to overwrite
    /// a vault by someone who cannot open that vault. The restore is appended to the
    /// restored chain; when a vault was replaced, the entry's record is the first 128
    /// bits of the replaced vault's head hash, to match against a head kept elsewhere.
    pub async fn restore(
        location: &Location,
        key: &KeySource,
        file: &Path,
        replace: bool,
    ) -> Result<(Vault, BackupManifest), Error> {
        Self::restore_reporting(location, key, file, replace, Arc::new(Quiet)).await
    }

    /// [`Vault::restore`], reporting each row read and checked to `progress`.
    pub async fn restore_reporting(
        location: &Location,
        key: &KeySource,
        file: &Path,
        replace: bool,
        progress: Arc<dyn Progress>,
    ) -> Result<(Vault, BackupManifest), Error> {
        let (k, f) = (key.duplicate(), file.to_owned());
        let backup = blocking(move || read_backup(&k, &f, &*progress)).await??;
        let (store, replaced) = match SqlStore::connect(location).await {
            Err(Error::NotInitialised(_)) => (SqlStore::create(location).await?, None),
            Err(e) => return Err(e),
            Ok(store) if !store.has_vault().await? => {
                store.migrate(location).await?;
                (store, None)
            }
            Ok(_) if !replace => {
                return Err(Error::AlreadyInitialised(format!("{location} (restore with --replace to overwrite it)")))
            }
            Ok(store) => {
                let existing = Vault::open_in(store.clone(), key).await.map_err(|e| match e {
                    Error::WrongKey(_) => {
                        Error::WrongKey("the key does not open the vault the restore would replace; nothing changed")
                    }
                    e => e,
                })?;
                let head = existing.audit_head().await?;
                store.migrate(location).await?;
                (store, Some(head))
            }
        };
        store.replace_all(backup.tables).await?;
        let vault = Vault::open_in(store, key).await?;
        if backup.legacy {
            vault.sign_unsigned_rows().await?;
        }
        let mut event = AuditEvent::ok(&Actor::Operator, Action::Restore);
        if let Some(head) = replaced {
            let hex: String = head.hash[..16].iter().map(|b| format!("{b:02x}")).collect();
            event = event.record(&RowId::parse(&hex)?);
        }
        vault.run(Batch::audited(event)).await?;
        Ok((vault, backup.manifest))
    }

    /// Reads and checks a backup without restoring it.
    pub async fn check_backup(key: &KeySource, file: &Path) -> Result<BackupManifest, Error> {
        let (k, f) = (key.duplicate(), file.to_owned());
        Ok(blocking(move || read_backup(&k, &f, &Quiet)).await??.manifest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{Kdf, KdfParams};
    use sanctum_practice::{ClientProfile, Role, Tagged};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_backup_made_before_the_authorization_macs_restores_with_its_rows_signed() {
        let dir = tempfile::TempDir::new().unwrap();
        let key = KeySource::key_file(KeySource::new_key_file().expose_secret()).unwrap();
        let kdf = KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0);
        let vault = Vault::create_as_before_access_macs(&Location::Sqlite(dir.path().join("old")), &key, kdf.clone())
            .await
            .unwrap();
        let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
        let mut profile = ClientProfile::default();
        profile.given_name = "Ann".into();
        let ann = vault.add_client(&Actor::Operator, &profile, Some(&dana)).await.unwrap();

        // The rows as a backup made before migration 0005 holds them: no MAC cells,
        // and the backup's own MAC over exactly those rows.
        let mut tables = vault.store.snapshot().await.unwrap();
        for (table, rows) in schema::ALL.iter().zip(&mut tables) {
            if crate::integrity::gained_mac_column(table) {
                rows.iter_mut().for_each(|r| drop(r.cells.pop()));
            }
        }
        let mut old = Verified { manifest: manifest(&tables).unwrap(), tables, legacy: true };
        let backup_key = key.derive(&kdf).unwrap().backup_key();
        old.manifest.mac = hex(&backup_mac(&backup_key, &old.manifest, &old.tables).finalize().into_bytes());
        let file = dir.path().join("old.age");
        write_backup(&key, &file, &old, &Quiet).unwrap();

        let (restored, _) =
            Vault::restore(&Location::Sqlite(dir.path().join("new")), &key, &file, false).await.unwrap();
        let chart = restored.chart(&Actor::User(dana.clone()), &ann).await.expect("the restore signed the rows");
        assert_eq!(chart.profile.given_name, "Ann");
        let signed = restored.store.audit_page(0, 1000).await.unwrap();
        let signed = signed.iter().filter(|e| e.action == Action::IntegrityBackfill.tag()).count();
        assert_eq!(signed, 2, "Dana's user row and her assignment of Ann");
    }
}
