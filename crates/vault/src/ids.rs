//! Row ids: 128 random bits as 32 lowercase hex digits. Random, so an id reveals
//! neither a client's name nor the order clients were added in.

use std::fmt;

use crate::Error;

/// The id of a row: a user, client, note, session…
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RowId(String);

impl RowId {
    /// A fresh random id.
    pub fn generate() -> RowId {
        RowId(uuid::Uuid::new_v4().simple().to_string())
    }

    /// Parses an id, as given on a command line or read from storage.
    pub fn parse(s: &str) -> Result<RowId, Error> {
        if s.len() == 32 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)) {
            Ok(RowId(s.to_owned()))
        } else {
            Err(Error::Input { field: "id".into(), message: format!("{s:?} is not an id (32 hex digits)") })
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RowId({})", self.0)
    }
}
