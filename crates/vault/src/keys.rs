//! The key hierarchy. A passphrase (Argon2id) or a key file gives the 32-byte vault
//! key; the vault key never encrypts data itself but yields, by HKDF-SHA256, its
//! subkeys: the key-encryption key that wraps every data key, the audit chain key that
//! authenticates the chain's head, the integrity key that authenticates the rows
//! deciding who may see what, the backup key, and the key check stored to tell a wrong
//! key from a damaged vault. Data keys — one per client, one for the practice, one for blind
//! indexes — are random and stored only wrapped, so rotating the vault key rewraps a
//! handful of keys and re-encrypts no data, and destroying one wrapped key shreds
//! everything sealed under it.

use std::fmt;

use argon2::{Algorithm, Argon2, Params, Version};
use hkdf::Hkdf;
use rand::RngCore;
use secrecy::{ExposeSecret, SecretString};
use sha2::Sha256;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::seal::{self, Place, Sealed};
use crate::Error;

/// Where the vault key comes from.
pub enum KeySource {
    /// A passphrase, stretched with Argon2id under the vault's stored parameters.
    Passphrase(SecretString),
    /// The text of a key file: an age X25519 identity (`AGE-SECRET-KEY-1…`), so the
    /// same file also opens the vault's backups with the standard `age -d -i FILE`.
    KeyFile(SecretString),
}

impl fmt::Debug for KeySource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            KeySource::Passphrase(_) => "KeySource::Passphrase([redacted])",
            KeySource::KeyFile(_) => "KeySource::KeyFile([redacted])",
        })
    }
}

impl KeySource {
    /// Reads a key file's text, checking that it is an age identity.
    pub fn key_file(text: &str) -> Result<KeySource, Error> {
        let line = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap_or("");
        let secret = SecretString::from(line.to_owned());
        age_identity(&secret)?;
        Ok(KeySource::KeyFile(secret))
    }

    /// A new random key file's text (an age identity with a comment line).
    pub fn new_key_file() -> SecretString {
        let identity = age::x25519::Identity::generate();
        SecretString::from(format!(
            "# sanctum vault key; also opens backups with `age -d -i THIS_FILE`\n# public key: {}\n{}\n",
            identity.to_public(),
            identity.to_string().expose_secret()
        ))
    }

    /// A copy, for work handed to another thread (zeroised on drop like the original).
    pub(crate) fn duplicate(&self) -> KeySource {
        match self {
            KeySource::Passphrase(p) => KeySource::Passphrase(SecretString::from(p.expose_secret().to_owned())),
            KeySource::KeyFile(k) => KeySource::KeyFile(SecretString::from(k.expose_secret().to_owned())),
        }
    }

    /// How a vault key comes from this source.
    pub fn kdf(&self) -> Kdf {
        match self {
            KeySource::Passphrase(_) => Kdf::Argon2id,
            KeySource::KeyFile(_) => Kdf::KeyFile,
        }
    }

    /// Derives the vault key under the stored parameters.
    pub(crate) fn derive(&self, params: &KdfParams) -> Result<VaultKey, Error> {
        if self.kdf() != params.kdf {
            return Err(Error::WrongKey(match params.kdf {
                Kdf::Argon2id => "this vault is opened with a passphrase, not a key file",
                Kdf::KeyFile => "this vault is opened with a key file, not a passphrase",
            }));
        }
        let mut key = Zeroizing::new([0u8; 32]);
        match self {
            KeySource::Passphrase(p) => {
                let argon = Argon2::new(Algorithm::Argon2id, params.version()?, params.argon2_params()?);
                argon
                    .hash_password_into(p.expose_secret().as_bytes(), &params.salt, key.as_mut())
                    .map_err(|e| Error::Corrupt(format!("argon2: {e}")))?;
            }
            KeySource::KeyFile(text) => {
                Hkdf::<Sha256>::new(Some(&params.salt), text.expose_secret().as_bytes())
                    .expand(b"sanctum vault key from key file v1", key.as_mut())
                    .expect("32 bytes is a valid HKDF-SHA256 output length");
            }
        }
        Ok(VaultKey(key))
    }
}

/// The age identity inside a key file.
pub(crate) fn age_identity(text: &SecretString) -> Result<age::x25519::Identity, Error> {
    text.expose_secret().parse::<age::x25519::Identity>().map_err(|_| Error::Input {
        field: "key file".into(),
        message: "is not an age identity (AGE-SECRET-KEY-1…)".into(),
    })
}

/// How the vault key is derived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kdf {
    /// Argon2id over a passphrase.
    Argon2id,
    /// HKDF-SHA256 over a key file.
    KeyFile,
}

impl Kdf {
    pub(crate) fn tag(self) -> &'static str {
        match self {
            Kdf::Argon2id => "argon2id",
            Kdf::KeyFile => "key-file",
        }
    }

    pub(crate) fn from_tag(tag: &str) -> Result<Kdf, Error> {
        match tag {
            "argon2id" => Ok(Kdf::Argon2id),
            "key-file" => Ok(Kdf::KeyFile),
            other => Err(Error::Corrupt(format!("unknown key derivation {other:?}"))),
        }
    }
}

/// The stored parameters of the vault key's derivation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KdfParams {
    /// Passphrase or key file.
    pub kdf: Kdf,
    /// Argon2 version (0x13).
    pub argon2_version: u32,
    /// Argon2 memory in KiB.
    pub memory_kib: u32,
    /// Argon2 passes.
    pub iterations: u32,
    /// Argon2 lanes.
    pub parallelism: u32,
    /// Random salt, 16 bytes.
    pub salt: Vec<u8>,
}

impl KdfParams {
    /// Argon2id with 64 MiB, 3 passes, 1 lane (RFC 9106's second recommendation, in a
    /// single lane so it costs the same on a one-core server) and a fresh salt.
    pub fn recommended(kdf: Kdf) -> KdfParams {
        KdfParams::with_cost(kdf, 64 * 1024, 3, 1)
    }

    /// Explicit Argon2 costs and a fresh salt (tests use small ones).
    pub fn with_cost(kdf: Kdf, memory_kib: u32, iterations: u32, parallelism: u32) -> KdfParams {
        let mut salt = vec![0u8; 16];
        rand::rngs::OsRng.fill_bytes(&mut salt);
        KdfParams { kdf, argon2_version: 0x13, memory_kib, iterations, parallelism, salt }
    }

    fn version(&self) -> Result<Version, Error> {
        Version::try_from(self.argon2_version).map_err(|_| Error::Corrupt("unknown argon2 version".into()))
    }

    fn argon2_params(&self) -> Result<Params, Error> {
        Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|e| Error::Corrupt(format!("argon2 parameters: {e}")))
    }
}

/// Declares a 32-byte secret key type: zeroised on drop, no `Clone`, redacted `Debug`.
macro_rules! secret_key {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        pub struct $name(Zeroizing<[u8; 32]>);

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "([redacted])"))
            }
        }

        impl $name {
            #[allow(dead_code)]
            pub(crate) fn expose(&self) -> &[u8; 32] {
                &self.0
            }

            /// A copy for another task (zeroised on drop like the original).
            #[allow(dead_code)]
            pub(crate) fn duplicate(&self) -> $name {
                $name(self.0.clone())
            }
        }
    };
}

secret_key! {
    /// The root of the hierarchy; only its subkeys are ever used.
    VaultKey
}
secret_key! {
    /// Wraps (seals) data keys.
    KeyEncryptionKey
}
secret_key! {
    /// Authenticates a backup's manifest and rows.
    BackupKey
}
secret_key! {
    /// Authenticates the audit chain's head.
    ChainKey
}
secret_key! {
    /// Authenticates the rows that decide who may see what (roles, caseload
    /// assignments, supervision grants, group leadership): see `integrity.rs`.
    IntegrityKey
}
secret_key! {
    /// Seals one client's fields, or the practice's own (staff names, groups, meetings).
    DataKey
}
secret_key! {
    /// Keys the blind indexes.
    IndexKey
}

impl VaultKey {
    fn subkey(&self, info: &[u8]) -> Zeroizing<[u8; 32]> {
        let mut out = Zeroizing::new([0u8; 32]);
        Hkdf::<Sha256>::new(None, self.0.as_ref())
            .expand(info, out.as_mut())
            .expect("32 bytes is a valid HKDF-SHA256 output length");
        out
    }

    pub(crate) fn key_encryption_key(&self) -> KeyEncryptionKey {
        KeyEncryptionKey(self.subkey(b"sanctum key-encryption key v1"))
    }

    pub(crate) fn backup_key(&self) -> BackupKey {
        BackupKey(self.subkey(b"sanctum backup mac key v1"))
    }

    pub(crate) fn chain_key(&self) -> ChainKey {
        ChainKey(self.subkey(b"sanctum audit chain key v1"))
    }

    pub(crate) fn integrity_key(&self) -> IntegrityKey {
        IntegrityKey(self.subkey(b"sanctum authorization mac key v1"))
    }

    /// A value stored in the vault that only the right key reproduces.
    pub(crate) fn key_check(&self) -> [u8; 32] {
        *self.subkey(b"sanctum key check v1")
    }

    /// Whether this key produced `stored` (constant time).
    pub(crate) fn verify_check(&self, stored: &[u8]) -> bool {
        bool::from(self.key_check().as_slice().ct_eq(stored))
    }
}

impl DataKey {
    /// A fresh random key.
    pub(crate) fn generate() -> DataKey {
        let mut key = Zeroizing::new([0u8; 32]);
        rand::rngs::OsRng.fill_bytes(key.as_mut());
        DataKey(key)
    }
}

impl IndexKey {
    pub(crate) fn generate() -> IndexKey {
        IndexKey(DataKey::generate().0)
    }
}

impl KeyEncryptionKey {
    /// Wraps a data key; `place` (the row that stores it) is bound as associated data,
    /// so a wrapped key copied to another client's row does not unwrap.
    pub(crate) fn wrap(&self, key: &[u8; 32], place: &Place<'_>) -> Sealed {
        seal::seal_bytes(self.expose(), place, key)
    }

    fn unwrap_bytes(&self, wrapped: &Sealed, place: &Place<'_>) -> Result<Zeroizing<[u8; 32]>, Error> {
        let plain = seal::open_bytes(self.expose(), place, wrapped)?;
        let mut key = Zeroizing::new([0u8; 32]);
        if plain.len() != 32 {
            return Err(Error::Corrupt(format!("{place}: a wrapped key of {} bytes", plain.len())));
        }
        key.copy_from_slice(&plain);
        Ok(key)
    }

    pub(crate) fn unwrap_data_key(&self, wrapped: &Sealed, place: &Place<'_>) -> Result<DataKey, Error> {
        self.unwrap_bytes(wrapped, place).map(DataKey)
    }

    pub(crate) fn unwrap_index_key(&self, wrapped: &Sealed, place: &Place<'_>) -> Result<IndexKey, Error> {
        self.unwrap_bytes(wrapped, place).map(IndexKey)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(p: &str) -> KeySource {
        KeySource::Passphrase(SecretString::from(p.to_owned()))
    }

    #[test]
    fn the_same_passphrase_and_salt_give_the_same_key() {
        let params = KdfParams::with_cost(Kdf::Argon2id, 256, 1, 1);
        let a = pass("correct horse").derive(&params).unwrap();
        let b = pass("correct horse").derive(&params).unwrap();
        let c = pass("correct horsf").derive(&params).unwrap();
        assert!(a.verify_check(&b.key_check()));
        assert!(!a.verify_check(&c.key_check()));
        let other_salt = KdfParams::with_cost(Kdf::Argon2id, 256, 1, 1);
        assert!(!a.verify_check(&pass("correct horse").derive(&other_salt).unwrap().key_check()));
    }

    #[test]
    fn key_files_are_age_identities() {
        let text = KeySource::new_key_file();
        let source = KeySource::key_file(text.expose_secret()).unwrap();
        let params = KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0);
        assert!(source.derive(&params).is_ok());
        assert!(matches!(pass("x").derive(&params), Err(Error::WrongKey(_))));
        assert!(matches!(KeySource::key_file("not a key"), Err(Error::Input { .. })));
    }

    #[test]
    fn subkeys_differ_and_secrets_do_not_print() {
        let key = pass("p").derive(&KdfParams::with_cost(Kdf::Argon2id, 256, 1, 1)).unwrap();
        assert_ne!(key.key_encryption_key().expose(), key.chain_key().expose());
        assert_ne!(key.integrity_key().expose(), key.chain_key().expose());
        assert_eq!(format!("{key:?}"), "VaultKey([redacted])");
        assert_eq!(format!("{:?}", pass("hunter2")), "KeySource::Passphrase([redacted])");
    }
}
