//! Where a vault lives: a directory holding the SQLite database, or a PostgreSQL URL.
//! A location prints without its password.

use std::fmt;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};

/// Where a vault lives.
pub enum Location {
    /// A directory holding `sanctum.db` (and SQLite's `-wal`/`-shm` files) only.
    Sqlite(PathBuf),
    /// A `postgres://` or `postgresql://` URL.
    Postgres(SecretString),
}

/// The SQLite database's file name inside a vault directory.
pub const DATABASE_FILE: &str = "sanctum.db";

impl Location {
    /// A PostgreSQL URL, or a directory for anything else.
    pub fn parse(s: &str) -> Location {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Location::Postgres(SecretString::from(s.to_owned()))
        } else {
            Location::Sqlite(PathBuf::from(s))
        }
    }

    /// The SQLite database file, for a directory vault.
    pub fn database_file(&self) -> Option<PathBuf> {
        match self {
            Location::Sqlite(dir) => Some(dir.join(DATABASE_FILE)),
            Location::Postgres(_) => None,
        }
    }

    /// The connection URL; an SQLite file is created only when `create` is set.
    pub(crate) fn url(&self, create: bool) -> String {
        match self {
            Location::Sqlite(dir) => {
                format!("sqlite://{}?mode={}", dir.join(DATABASE_FILE).display(), if create { "rwc" } else { "rw" })
            }
            Location::Postgres(url) => url.expose_secret().to_owned(),
        }
    }

    /// The directory, for a directory vault.
    pub fn dir(&self) -> Option<&Path> {
        match self {
            Location::Sqlite(dir) => Some(dir),
            Location::Postgres(_) => None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Sqlite(dir) => write!(f, "{}", dir.display()),
            Location::Postgres(url) => f.write_str(&redact_password(url.expose_secret())),
        }
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Location({self})")
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
fn redact_password(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else { return url.to_owned() };
    let rest = &url[scheme_end..];
    let Some(at) = rest.find('@') else { return url.to_owned() };
    match rest[..at].find(':') {
        Some(colon) => format!("{}{}:***{}", &url[..scheme_end], &rest[..colon], &rest[at..]),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_print_without_passwords() {
        let loc = Location::parse("postgres://sanctum:s3cret@db.local:5432/practice");
        assert_eq!(loc.to_string(), "postgres://sanctum:***@db.local:5432/practice");
        assert!(!format!("{loc:?}").contains("s3cret"));
        assert_eq!(Location::parse("postgresql://h/db").to_string(), "postgresql://h/db");
        assert!(matches!(Location::parse("/var/lib/sanctum"), Location::Sqlite(_)));
    }
}
