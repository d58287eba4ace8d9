//! Blind indexes: HMAC-SHA256 of a normalised value under the vault's index key, so the
//! vault can find a client by name, e-mail or phone without storing any of them in the
//! clear. The field name is part of the MAC input, so equal strings in different
//! fields do not share a digest.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::keys::IndexKey;

/// The fields a client can be looked up by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupField {
    /// Given and family name (case, spacing and order of whitespace ignored).
    Name,
    /// E-mail address (case ignored).
    Email,
    /// Phone number (only its digits count).
    Phone,
    /// A staff member's user name (case and surrounding space ignored).
    Username,
}

impl LookupField {
    fn tag(self) -> &'static [u8] {
        match self {
            LookupField::Name => b"name",
            LookupField::Email => b"email",
            LookupField::Phone => b"phone",
            LookupField::Username => b"username",
        }
    }

    fn normalise(self, value: &str) -> Zeroizing<String> {
        Zeroizing::new(match self {
            LookupField::Name => value.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" "),
            LookupField::Email | LookupField::Username => value.trim().to_lowercase(),
            LookupField::Phone => value.chars().filter(char::is_ascii_digit).collect(),
        })
    }
}

/// A blind index digest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlindIndex(pub(crate) [u8; 32]);

impl BlindIndex {
    /// The stored bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl IndexKey {
    /// The digest of `value` as `field`; `None` for a value that normalises to nothing.
    pub(crate) fn blind(&self, field: LookupField, value: &str) -> Option<BlindIndex> {
        let normal = field.normalise(value);
        if normal.is_empty() {
            return None;
        }
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.expose()).expect("HMAC takes a key of any length");
        mac.update(field.tag());
        mac.update(&[0]);
        mac.update(normal.as_bytes());
        Some(BlindIndex(mac.finalize().into_bytes().into()))
    }

    /// What is stored of a session or API token: a MAC of its random bytes, so someone
    /// who can write the database but has no key cannot store a token of their own.
    pub(crate) fn token_digest(&self, token: &[u8]) -> [u8; 32] {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.expose()).expect("HMAC takes a key of any length");
        mac.update(b"sanctum token v1");
        mac.update(&[0]);
        mac.update(token);
        mac.finalize().into_bytes().into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_formatting_but_not_fields_or_keys() {
        let key = IndexKey::generate();
        let name = |s| key.blind(LookupField::Name, s);
        assert_eq!(name("Ann  Example"), name(" ann example"));
        assert_ne!(name("Ann Example"), name("Ann Exampel"));
        let phone = |s| key.blind(LookupField::Phone, s);
        assert_eq!(phone("(724) 474-2865"), phone("724.474.2865"));
        assert_eq!(key.blind(LookupField::Email, "A@B.org"), key.blind(LookupField::Email, "a@b.org "));
        assert_ne!(key.blind(LookupField::Name, "12345"), key.blind(LookupField::Phone, "12345"));
        assert_ne!(IndexKey::generate().blind(LookupField::Name, "ann"), name("ann"));
        assert_eq!(phone("no digits"), None);
    }
}
