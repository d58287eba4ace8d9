//! Sanctum's vault: the whole practice — staff, clients, sessions, notes, homework,
//! consents, measures, incidents, agendas, team meetings — stored so that a stolen
//! database file, WAL or backup is useless and every access is on a record that
//! cannot be quietly edited.
//!
//! - Every free-text field is sealed (XChaCha20-Poly1305) under its client's data key,
//!   bound to its table, column and row ([`seal`] module docs); data keys are wrapped by
//!   the vault key, derived from a passphrase (Argon2id) or a key file ([`KeySource`]).
//! - Lookups by name, e-mail or phone go through keyed blind indexes ([`LookupField`]).
//! - Every read of a chart and every write appends to a hash chain with an
//!   authenticated head, in the same transaction ([`audit`]).
//! - Erasing a client destroys its data key; rotating the vault key rewraps the keys.
//! - SQLite or PostgreSQL behind one [`Store`] trait; backups are age files.
//!
//! ```no_run
//! # async fn demo() -> Result<(), sanctum_vault::Error> {
//! use sanctum_vault::{Actor, KdfParams, KeySource, Location, Vault};
//! use sanctum_practice::{ClientProfile, Role};
//!
//! let key = KeySource::Passphrase("correct horse battery staple".to_owned().into());
//! let vault = Vault::create(&Location::parse("/var/lib/sanctum"), &key, KdfParams::recommended(key.kdf())).await?;
//! let (therapist, _password) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await?;
//! let mut profile = ClientProfile::default();
//! (profile.given_name, profile.family_name) = ("Ann".into(), "Example".into());
//! let client = vault.add_client(&Actor::Operator, &profile, Some(&therapist)).await?;
//! let chart = vault.chart(&Actor::User(therapist), &client).await?;
//! assert_eq!(chart.profile.given_name, "Ann");
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

mod access;
mod api_token;
mod app_events;
pub mod audit;
mod backup;
mod blind;
mod caseload;
mod chart;
mod ids;
mod integrity;
mod keys;
mod listing;
mod location;
mod meetings;
mod progress;
mod protocols;
pub mod schema;
pub mod seal;
mod sql;
mod staff;
pub mod store;
mod vault;
mod web_session;

pub use access::{ChartGrant, RecordRef};
pub use api_token::API_TOKEN_PREFIX;
pub use audit::{Action, Actor, AuditEntry, AuditEvent, Break, Checkpoint, Head, Outcome};
pub use backup::{BackupManifest, BACKUP_FORMAT};
pub use blind::{BlindIndex, LookupField};
pub use caseload::guard_client;
pub use chart::{Chart, ChartNote, SessionWith};
pub use ids::RowId;
pub use keys::{Kdf, KdfParams, KeySource};
pub use listing::{ClientSummary, ScheduledSession};
pub use location::{Location, DATABASE_FILE};
pub use meetings::AttendanceStatus;
pub use progress::{Progress, Quiet};
pub use protocols::DisclosureSummary;
pub use seal::Sealed;
pub use sql::{Backend, SqlStore};
pub use staff::{StaffMember, MIN_PASSWORD_CHARS};
pub use store::Store;
pub use vault::{AuditReport, OneTimePassword, User, Vault};
pub use web_session::WebSession;

/// What can go wrong in the vault.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A value given to the vault is malformed; names the field.
    #[error("{field}: {message}")]
    Input {
        /// The field, argument or line.
        field: String,
        /// What is wrong.
        message: String,
    },
    /// A practice rule refused the change.
    #[error(transparent)]
    Rule(#[from] sanctum_practice::RuleError),
    /// No vault has been created at the location.
    #[error("no vault at {0}; create one with `sanctum init`")]
    NotInitialised(String),
    /// A vault already exists at the location.
    #[error("a vault already exists at {0}")]
    AlreadyInitialised(String),
    /// The passphrase or key file does not open this vault. Nothing was changed.
    #[error("wrong key: {0}")]
    WrongKey(&'static str),
    /// Sign-in refused.
    #[error("sign-in refused: unknown user or wrong password")]
    Denied,
    /// The thing named does not exist (or was erased).
    #[error("not found: {0}")]
    NotFound(String),
    /// The change conflicts with the stored state.
    #[error("conflict: {0}")]
    Conflict(String),
    /// Stored data fails authentication: altered, moved, or the chain is broken.
    #[error("tampering detected: {0}")]
    Tampered(String),
    /// Stored data is unreadable in a way that is not tampering.
    #[error("vault data is damaged: {0}")]
    Corrupt(String),
    /// The database refused or failed.
    #[error("database: {0}")]
    Database(String),
    /// A file could not be read or written.
    #[error("{0}")]
    Io(String),
    /// A backup cannot be made or restored.
    #[error("backup: {0}")]
    Backup(String),
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_vault_can_be_shared_across_tasks() {
        fn shared<T: Send + Sync>() {}
        shared::<super::Vault>();
        shared::<super::SqlStore>();
    }
}
