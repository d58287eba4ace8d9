//! The tables as the code sees them — names, columns and their kinds — and the values
//! that may be written into them. [`Value`] has no constructor for free text: a field a
//! person typed can only be stored [`Sealed`] (or as a blind index), so
//! writing plaintext into the database does not compile. The SQL schema itself lives in
//! the per-backend migrations and is checked against these definitions by the
//! conformance suite on both backends.

use crate::blind::BlindIndex;
use crate::ids::RowId;
use crate::seal::Sealed;
use crate::Error;

/// How a column is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A 64-bit integer (times, counts, sequence numbers).
    Int,
    /// Short machine text: ids, enum tags, password hashes.
    Text,
    /// Bytes: sealed values, blind indexes, wrapped keys, hashes.
    Blob,
}

/// A table: its name and columns in order.
#[derive(Debug)]
pub struct Table {
    /// The SQL name.
    pub name: &'static str,
    /// Columns, in the order rows are read.
    pub columns: &'static [(&'static str, Kind)],
    /// The column(s) rows are ordered by when dumped.
    pub order_by: &'static str,
}

impl Table {
    /// The position of `column`.
    pub fn position(&self, column: &str) -> Result<usize, Error> {
        self.columns
            .iter()
            .position(|(c, _)| *c == column)
            .ok_or_else(|| Error::Corrupt(format!("no column {}.{column}", self.name)))
    }
}

use Kind::{Blob, Int, Text};

macro_rules! tables {
    ($($(#[$meta:meta])* $konst:ident = $name:literal order by $order:literal [$($col:literal: $kind:ident),+ $(,)?];)+) => {
        $( $(#[$meta])* pub static $konst: Table = Table { name: $name, columns: &[$(($col, $kind)),+], order_by: $order }; )+
        /// Every table, parents before children (the order of a dump and a restore).
        pub static ALL: &[&Table] = &[$(&$konst),+];
    };
}

tables! {
    /// The vault's own settings: key derivation and the wrapped practice-wide keys.
    VAULT_META = "vault_meta" order by "id" ["id": Int, "format": Int, "kdf": Text, "argon2_version": Int,
        "memory_kib": Int, "iterations": Int, "parallelism": Int, "salt": Blob, "key_check": Blob,
        "index_key": Blob, "practice_key": Blob, "key_generation": Int, "created_at": Int];
    /// Staff. Names are sealed under the practice key; sign-in finds a user by blind index.
    /// `auth_mac` (here and in the next three tables that decide access) authenticates
    /// the deciding columns and the row's key (`integrity.rs`).
    USERS = "users" order by "id" ["id": Text, "role": Text, "username_index": Blob, "name": Blob,
        "password_hash": Text, "created_at": Int, "auth_mac": Blob];
    /// Staff who still have the password generated when they were added (which whoever
    /// added them has seen): they must choose their own before signing in fully. No row
    /// means the password is their own.
    PASSWORD_RESETS = "password_resets" order by "user_id" ["user_id": Text, "issued_at": Int];
    /// A staff member's TOTP secret, sealed under the practice key, and the last time step
    /// accepted (0 before the first); no row means not enrolled.
    STAFF_TOTP = "staff_totp" order by "user_id" ["user_id": Text, "secret": Blob, "last_step": Int,
        "enrolled_at": Int];
    /// Signed-in browsers: only the SHA-256 of each random token is stored.
    WEB_SESSIONS = "web_sessions" order by "token_hash" ["token_hash": Blob, "user_id": Text, "created_at": Int,
        "last_seen": Int, "expires_at": Int, "second_factor": Int];
    /// Personal API tokens: the label sealed under the practice key, the token hashed.
    API_TOKENS = "api_tokens" order by "id" ["id": Text, "user_id": Text, "label": Blob, "token_hash": Blob,
        "created_at": Int, "revoked_at": Int];
    /// Clients: the sealed profile and the blind indexes; an erased client keeps only its id.
    CLIENTS = "clients" order by "id" ["id": Text, "created_at": Int, "erased_at": Int, "name_index": Blob,
        "email_index": Blob, "phone_index": Blob, "profile": Blob];
    /// Each client's data key, wrapped by the vault key. Deleting the row shreds the client.
    CLIENT_KEYS = "client_keys" order by "client_id" ["client_id": Text, "wrapped": Blob];
    /// Which therapist sees which client.
    CASELOAD = "caseload" order by "therapist_id, client_id" ["therapist_id": Text, "client_id": Text,
        "assigned_at": Int, "auth_mac": Blob];
    /// Supervision grants: a supervisor may read a client's chart while one is live.
    CHART_GRANTS = "chart_grants" order by "id" ["id": Text, "client_id": Text, "supervisor_id": Text,
        "granted_by": Text, "granted_at": Int, "revoked_at": Int, "auth_mac": Blob];
    /// Therapy groups; names sealed under the practice key.
    GROUPS = "therapy_groups" order by "id" ["id": Text, "therapist_id": Text, "name": Blob, "created_at": Int,
        "auth_mac": Blob];
    /// Group membership.
    GROUP_MEMBERS = "group_members" order by "group_id, client_id" ["group_id": Text, "client_id": Text,
        "joined_at": Int];
    /// Scheduled sessions; the location is sealed (client key, or practice key for groups).
    SESSIONS = "sessions" order by "id" ["id": Text, "kind": Text, "client_id": Text, "group_id": Text,
        "therapist_id": Text, "starts_at": Int, "duration_minutes": Int, "status": Text, "location": Blob];
    /// Progress notes; sections sealed; the lifecycle columns plain so the lock is enforced in SQL.
    NOTES = "notes" order by "id" ["id": Text, "client_id": Text, "session_id": Text, "author_id": Text,
        "template": Text, "state": Text, "signed_by": Text, "signed_at": Int, "created_at": Int, "body": Blob];
    /// Amendments to signed notes: who and when plain, why and what sealed.
    NOTE_AMENDMENTS = "note_amendments" order by "id" ["id": Text, "note_id": Text, "client_id": Text,
        "author_id": Text, "at": Int, "body": Blob];
    /// Homework.
    HOMEWORK = "homework" order by "id" ["id": Text, "client_id": Text, "session_id": Text,
        "assigned_at": Int, "body": Blob];
    /// Consents; the form version is sealed with the rest of the consent.
    CONSENTS = "consents" order by "id" ["id": Text, "client_id": Text, "kind": Text, "signed_at": Int,
        "revoked_at": Int, "body": Blob];
    /// Outcome measures; the answers are sealed.
    MEASURES = "measures" order by "id" ["id": Text, "client_id": Text, "instrument": Text, "taken_at": Int,
        "body": Blob];
    /// Incidents.
    INCIDENTS = "incidents" order by "id" ["id": Text, "client_id": Text, "reported_by": Text,
        "reported_at": Int, "body": Blob];
    /// Mandated disclosures: the lifecycle plain (a supervisor's queue is a query), the
    /// [`sanctum_practice::Disclosure`] sealed under the client's key.
    DISCLOSURES = "disclosures" order by "id" ["id": Text, "client_id": Text, "drafted_by": Text,
        "drafted_at": Int, "state": Text, "cosigned_by": Text, "cosigned_at": Int, "body": Blob];
    /// Items for a session's agenda.
    AGENDA_ITEMS = "agenda_items" order by "id" ["id": Text, "client_id": Text, "session_id": Text,
        "created_at": Int, "body": Blob];
    /// Attendance at group sessions.
    ATTENDANCE = "attendance" order by "session_id, client_id" ["session_id": Text, "client_id": Text,
        "status": Text, "recorded_at": Int];
    /// A group session's group-level note, sealed under the practice key.
    GROUP_NOTES = "group_notes" order by "id" ["id": Text, "session_id": Text, "group_id": Text,
        "author_id": Text, "template": Text, "created_at": Int, "body": Blob];
    /// Team meetings; everything but the date sealed under the practice key.
    TEAM_MEETINGS = "team_meetings" order by "id" ["id": Text, "held_at": Int, "body": Blob];
    /// De-identified case presentations at team meetings, sealed under the practice key.
    CASE_PRESENTATIONS = "case_presentations" order by "id" ["id": Text, "meeting_id": Text,
        "presenter_id": Text, "added_at": Int, "body": Blob];
    /// Which client a presentation is about: the id sealed under the practice key, shown
    /// only to the presenter.
    PRESENTATION_LINKS = "presentation_links" order by "presentation_id" ["presentation_id": Text,
        "client_id": Blob];
    /// The audit chain.
    AUDIT_LOG = "audit_log" order by "seq" ["seq": Int, "at": Int, "actor": Text, "action": Text,
        "client_id": Text, "record_id": Text, "outcome": Text, "prev_hash": Blob, "hash": Blob];
    /// The chain's authenticated head: one row.
    AUDIT_HEAD = "audit_head" order by "id" ["id": Int, "seq": Int, "hash": Blob, "mac": Blob];
}

/// Tables whose rows are housekeeping, not records of the practice: a write that touches
/// only these may run without an audit entry ([`crate::store::Store::housekeep`]).
pub static HOUSEKEEPING: &[&Table] = &[&WEB_SESSIONS];

/// A stored cell as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// Machine text.
    Text(String),
    /// Bytes.
    Blob(Vec<u8>),
}

/// A value that may be written. There is deliberately no way to make one from an
/// arbitrary `String`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Value(pub(crate) Cell);

impl Value {
    /// SQL NULL.
    pub fn null() -> Value {
        Value(Cell::Null)
    }
    /// An integer.
    pub fn int(i: i64) -> Value {
        Value(Cell::Int(i))
    }
    /// A row id.
    pub fn id(id: &RowId) -> Value {
        Value(Cell::Text(id.as_str().to_owned()))
    }
    /// A row id or NULL.
    pub fn opt_id(id: Option<&RowId>) -> Value {
        id.map_or(Value::null(), Value::id)
    }
    /// A fixed tag (an enum variant's name).
    pub fn tag(tag: &'static str) -> Value {
        Value(Cell::Text(tag.to_owned()))
    }
    /// A sealed field.
    pub fn sealed(s: &Sealed) -> Value {
        Value(Cell::Blob(s.as_bytes().to_vec()))
    }
    /// A blind index, or NULL.
    pub fn index(i: Option<&BlindIndex>) -> Value {
        i.map_or(Value::null(), |i| Value(Cell::Blob(i.as_bytes().to_vec())))
    }
    /// A password hash (a PHC string: algorithm, parameters, salt, hash).
    pub(crate) fn password_hash(phc: &argon2::PasswordHash<'_>) -> Value {
        Value(Cell::Text(phc.to_string()))
    }
    /// A 32-byte digest.
    pub(crate) fn digest(d: &[u8; 32]) -> Value {
        Value(Cell::Blob(d.to_vec()))
    }
    /// A cell copied verbatim from a verified backup.
    pub(crate) fn restored(c: Cell) -> Value {
        Value(c)
    }
    /// The cell to bind.
    pub fn cell(&self) -> &Cell {
        &self.0
    }
}

/// A row read from a table.
#[derive(Debug, Clone)]
pub struct Row {
    pub(crate) table: &'static Table,
    pub(crate) cells: Vec<Cell>,
}

impl Row {
    pub(crate) fn new(table: &'static Table, cells: Vec<Cell>) -> Row {
        Row { table, cells }
    }

    fn cell(&self, column: &str) -> Result<&Cell, Error> {
        Ok(&self.cells[self.table.position(column)?])
    }

    fn bad(&self, column: &str, want: &str) -> Error {
        Error::Corrupt(format!("{}.{column} is not {want}", self.table.name))
    }

    /// An integer column, possibly NULL.
    pub fn opt_int(&self, column: &str) -> Result<Option<i64>, Error> {
        match self.cell(column)? {
            Cell::Null => Ok(None),
            Cell::Int(i) => Ok(Some(*i)),
            _ => Err(self.bad(column, "an integer")),
        }
    }

    /// An integer column.
    pub fn int(&self, column: &str) -> Result<i64, Error> {
        self.opt_int(column)?.ok_or_else(|| self.bad(column, "set"))
    }

    /// A text column, possibly NULL.
    pub fn opt_text(&self, column: &str) -> Result<Option<&str>, Error> {
        match self.cell(column)? {
            Cell::Null => Ok(None),
            Cell::Text(t) => Ok(Some(t)),
            _ => Err(self.bad(column, "text")),
        }
    }

    /// A text column.
    pub fn text(&self, column: &str) -> Result<&str, Error> {
        self.opt_text(column)?.ok_or_else(|| self.bad(column, "set"))
    }

    /// A row id column, possibly NULL.
    pub fn opt_id(&self, column: &str) -> Result<Option<RowId>, Error> {
        self.opt_text(column)?.map(RowId::parse).transpose()
    }

    /// A row id column.
    pub fn id(&self, column: &str) -> Result<RowId, Error> {
        RowId::parse(self.text(column)?)
    }

    /// A tag column parsed as a domain enum.
    pub fn tagged<T: sanctum_practice::Tagged>(&self, column: &str) -> Result<T, Error> {
        let tag = self.text(column)?;
        T::from_tag(tag).ok_or_else(|| Error::Corrupt(format!("{}.{column}: unknown value {tag:?}", self.table.name)))
    }

    /// A bytes column, possibly NULL.
    pub fn opt_blob(&self, column: &str) -> Result<Option<&[u8]>, Error> {
        match self.cell(column)? {
            Cell::Null => Ok(None),
            Cell::Blob(b) => Ok(Some(b)),
            _ => Err(self.bad(column, "bytes")),
        }
    }

    /// A bytes column.
    pub fn blob(&self, column: &str) -> Result<&[u8], Error> {
        self.opt_blob(column)?.ok_or_else(|| self.bad(column, "set"))
    }

    /// A sealed column.
    pub fn sealed(&self, column: &str) -> Result<Sealed, Error> {
        Ok(Sealed::from_stored(self.blob(column)?.to_vec()))
    }

    /// A 32-byte digest column.
    pub fn digest(&self, column: &str) -> Result<[u8; 32], Error> {
        self.blob(column)?.try_into().map_err(|_| self.bad(column, "a 32-byte digest"))
    }

    /// The cells, in column order.
    pub fn cells(&self) -> &[Cell] {
        &self.cells
    }
}
