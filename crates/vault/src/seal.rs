//! Sealing: XChaCha20-Poly1305 with a random 192-bit nonce (safe to draw at random for
//! any number of messages under one key). The associated data is the value's place —
//! table, column and row id — so a ciphertext moved to another row or column, or a
//! wrapped key moved to another client, fails to open instead of decrypting as
//! someone else's data. [`Sealed`] is the only form of a field the store accepts.

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::de::DeserializeOwned;
use serde::Serialize;
use zeroize::Zeroizing;

use crate::keys::DataKey;
use crate::Error;

const FORMAT: u8 = 1;
const NONCE: usize = 24;
const TAG: usize = 16;

/// Where a sealed value lives: bound into its associated data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    /// The table.
    pub table: &'static str,
    /// The column.
    pub column: &'static str,
    /// The row's id.
    pub row: &'a str,
}

impl fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}[{}]", self.table, self.column, self.row)
    }
}

impl Place<'_> {
    fn associated_data(&self) -> Vec<u8> {
        let mut ad = Vec::with_capacity(32 + self.row.len());
        for part in [&b"sanctum seal v1"[..], self.table.as_bytes(), self.column.as_bytes(), self.row.as_bytes()] {
            ad.extend_from_slice(&(part.len() as u32).to_be_bytes());
            ad.extend_from_slice(part);
        }
        ad
    }
}

/// A sealed value: format byte, nonce, ciphertext and tag. Opaque without its key.
#[derive(Clone, PartialEq, Eq)]
pub struct Sealed(Vec<u8>);

impl fmt::Debug for Sealed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Sealed({} bytes)", self.0.len())
    }
}

impl Sealed {
    /// The stored bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Takes bytes read from storage; they are checked when opened.
    pub(crate) fn from_stored(bytes: Vec<u8>) -> Sealed {
        Sealed(bytes)
    }
}

pub(crate) fn seal_bytes(key: &[u8; 32], place: &Place<'_>, plaintext: &[u8]) -> Sealed {
    let mut nonce = [0u8; NONCE];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let ad = place.associated_data();
    let cipher = XChaCha20Poly1305::new(key.into());
    let ciphertext = cipher
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: &ad })
        .expect("XChaCha20-Poly1305 encryption is infallible for in-memory messages");
    let mut out = Vec::with_capacity(1 + NONCE + ciphertext.len());
    out.push(FORMAT);
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ciphertext);
    Sealed(out)
}

pub(crate) fn open_bytes(key: &[u8; 32], place: &Place<'_>, sealed: &Sealed) -> Result<Zeroizing<Vec<u8>>, Error> {
    let bytes = &sealed.0;
    if bytes.len() < 1 + NONCE + TAG || bytes[0] != FORMAT {
        return Err(Error::Tampered(format!("{place}: not a sealed value")));
    }
    let cipher = XChaCha20Poly1305::new(key.into());
    let ad = place.associated_data();
    cipher
        .decrypt(XNonce::from_slice(&bytes[1..1 + NONCE]), Payload { msg: &bytes[1 + NONCE..], aad: &ad })
        .map(Zeroizing::new)
        .map_err(|_| {
            Error::Tampered(format!(
                "{place} does not open: altered, moved from another row, or sealed under another key"
            ))
        })
}

impl DataKey {
    /// Seals a value (as JSON) for `place`; the serialised plaintext is zeroised.
    pub(crate) fn seal<T: Serialize + ?Sized>(&self, place: &Place<'_>, value: &T) -> Sealed {
        let json = Zeroizing::new(serde_json::to_vec(value).expect("domain values serialise to JSON"));
        seal_bytes(self.expose(), place, &json)
    }

    /// Opens a value sealed for `place`.
    pub(crate) fn open<T: DeserializeOwned>(&self, place: &Place<'_>, sealed: &Sealed) -> Result<T, Error> {
        let json = open_bytes(self.expose(), place, sealed)?;
        // serde's message may quote the decrypted value: report only where it failed.
        serde_json::from_slice(&json).map_err(|e| {
            Error::Corrupt(format!(
                "{place}: opened but not a valid value ({:?} at {}:{})",
                e.classify(),
                e.line(),
                e.column()
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: Place<'static> = Place { table: "clients", column: "profile", row: "a" };
    const B: Place<'static> = Place { table: "clients", column: "profile", row: "b" };

    #[test]
    fn values_open_only_in_their_place_under_their_key() {
        let key = DataKey::generate();
        let sealed = key.seal(&A, "Ann Example");
        assert_eq!(key.open::<String>(&A, &sealed).unwrap(), "Ann Example");
        assert!(matches!(key.open::<String>(&B, &sealed), Err(Error::Tampered(_))));
        let column = Place { column: "name", ..A };
        assert!(key.open::<String>(&column, &sealed).is_err());
        let table = Place { table: "notes", ..A };
        assert!(key.open::<String>(&table, &sealed).is_err());
        assert!(DataKey::generate().open::<String>(&A, &sealed).is_err());
    }

    #[test]
    fn every_flipped_byte_is_detected() {
        let key = DataKey::generate();
        let sealed = key.seal(&A, "x");
        for i in 0..sealed.as_bytes().len() {
            let mut bytes = sealed.as_bytes().to_vec();
            bytes[i] ^= 0x01;
            assert!(key.open::<String>(&A, &Sealed::from_stored(bytes)).is_err(), "byte {i}");
        }
        assert!(key.open::<String>(&A, &Sealed::from_stored(vec![1; 10])).is_err());
    }

    #[test]
    fn a_value_of_the_wrong_shape_is_reported_without_its_text() {
        let key = DataKey::generate();
        let sealed = key.seal(&A, "CANARY-Ann-Example");
        let err = key.open::<u64>(&A, &sealed).expect_err("a string is not a number");
        assert!(matches!(err, Error::Corrupt(_)));
        assert!(!err.to_string().contains("CANARY"), "{err}");
    }

    #[test]
    fn the_same_plaintext_seals_differently_each_time() {
        let key = DataKey::generate();
        assert_ne!(key.seal(&A, "same"), key.seal(&A, "same"));
    }
}
