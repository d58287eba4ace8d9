//! The storage boundary. A [`Store`] runs a [`Batch`] — reads, writes and the audit
//! entries that record them — as one transaction, and appends those entries to the
//! chain under a lock on its head, so concurrent writers (several app servers on one
//! PostgreSQL) keep one linear chain. A store sees only [`Value`]s: sealed bytes, blind
//! indexes, ids, tags and numbers; it never holds a key but the chain key it is lent
//! to authenticate the head.

use std::future::Future;

use crate::audit::{AuditEntry, AuditEvent, Checkpoint};
use crate::keys::ChainKey;
use crate::schema::{Row, Table, Value};
use crate::Error;

/// Rows of one table whose columns equal the given values (NULL matches NULL), and
/// optionally whose integer column lies in a half-open range.
#[derive(Debug)]
pub struct Query {
    /// The table.
    pub table: &'static Table,
    /// Column = value conditions, all of which must hold.
    pub filter: Vec<(&'static str, Value)>,
    /// `column >= from AND column < to`, if set (an integer column; NULL never matches).
    pub range: Option<(&'static str, i64, i64)>,
}

impl Query {
    /// Every row of `table`.
    pub fn all(table: &'static Table) -> Query {
        Query { table, filter: Vec::new(), range: None }
    }

    /// Rows of `table` where `column` = `value`.
    pub fn by(table: &'static Table, column: &'static str, value: Value) -> Query {
        Query { table, filter: vec![(column, value)], range: None }
    }

    /// And also `from <= column < to` (one range per query; a second replaces the first).
    pub fn between(mut self, column: &'static str, from: i64, to: i64) -> Query {
        self.range = Some((column, from, to));
        self
    }

    /// And also `column` = `value`.
    pub fn and(mut self, column: &'static str, value: Value) -> Query {
        self.filter.push((column, value));
        self
    }
}

/// One change.
#[derive(Debug)]
pub enum Write {
    /// Insert a row; columns not given are NULL.
    Insert {
        /// The table.
        table: &'static Table,
        /// Column values.
        values: Vec<(&'static str, Value)>,
    },
    /// Update the rows matching `filter`; if `expect` is given and a different number
    /// of rows changed, the whole batch fails with [`Error::Conflict`] naming it.
    Update {
        /// The matching rows.
        query: Query,
        /// New column values.
        set: Vec<(&'static str, Value)>,
        /// How many rows must change, and what to call the row in the error.
        expect: Option<(u64, &'static str)>,
    },
    /// Delete the rows matching the query.
    Delete(Query),
    /// Fail the batch with [`Error::NotFound`] (naming `.1`) unless a row matches.
    Require(Query, &'static str),
}

impl Write {
    /// The table the write touches.
    pub fn table(&self) -> &'static Table {
        match self {
            Write::Insert { table, .. } => table,
            Write::Update { query, .. } | Write::Delete(query) | Write::Require(query, _) => query.table,
        }
    }
}

/// Work for one transaction, recorded on the audit chain. Order: queries, writes, audit appends.
#[derive(Debug, Default)]
pub struct Batch {
    /// Reads; their rows are returned in order.
    pub queries: Vec<Query>,
    /// Changes.
    pub writes: Vec<Write>,
    /// Entries to append to the audit chain.
    pub audit: Vec<AuditEvent>,
    /// This batch starts the chain (creating a vault).
    pub genesis: bool,
    /// Fail with [`Error::Conflict`] unless the chain head is still at this sequence
    /// number (optimistic locking over a read made in an earlier batch).
    pub expect_head: Option<i64>,
    /// Authenticate the new head with this key instead (key rotation).
    pub rekey: Option<ChainKey>,
}

impl Batch {
    /// A batch of reads and writes recorded by `event`.
    pub fn audited(event: AuditEvent) -> Batch {
        Batch { audit: vec![event], ..Batch::default() }
    }

    /// Adds a read.
    pub fn read(mut self, q: Query) -> Batch {
        self.queries.push(q);
        self
    }

    /// Adds a write.
    pub fn write(mut self, w: Write) -> Batch {
        self.writes.push(w);
        self
    }
}

/// What a storage backend does. Both backends run the same conformance suite
/// (`crates/vault/tests/conformance.rs`).
pub trait Store: Send + Sync {
    /// Runs a batch in one transaction and returns each query's rows. The chain head is
    /// locked, checked against its checkpoint (a tampered head stops all writes:
    /// appending would launder it), extended by the batch's events and re-signed.
    /// A batch without events is refused: every read through `run` is on the record.
    fn run(&self, batch: Batch, chain: &ChainKey) -> impl Future<Output = Result<Vec<Vec<Row>>, Error>> + Send;

    /// Runs unaudited reads in one transaction: the vault's own settings, wrapped keys,
    /// the staff list — never a chart.
    fn read(&self, queries: Vec<Query>) -> impl Future<Output = Result<Vec<Vec<Row>>, Error>> + Send;

    /// Runs writes without an audit entry, in one transaction of their own that does not
    /// touch the chain. Only for housekeeping: every write must touch a table in
    /// [`crate::schema::HOUSEKEEPING`] (web sessions: not records of the practice, and
    /// refreshed on every request, so putting each on the chain would drown it and
    /// serialise every page view behind the chain's lock); anything else is refused.
    fn housekeep(&self, writes: Vec<Write>) -> impl Future<Output = Result<(), Error>> + Send;

    /// Up to `limit` audit entries after sequence number `after`, in order.
    fn audit_page(&self, after: i64, limit: i64) -> impl Future<Output = Result<Vec<AuditEntry>, Error>> + Send;

    /// The stored checkpoint, if any.
    fn checkpoint(&self) -> impl Future<Output = Result<Option<Checkpoint>, Error>> + Send;

    /// Every row of every table ([`crate::schema::ALL`] order), from one consistent snapshot.
    fn snapshot(&self) -> impl Future<Output = Result<Vec<Vec<Row>>, Error>> + Send;

    /// Replaces every table's rows with `tables` ([`crate::schema::ALL`] order) in one transaction.
    fn replace_all(&self, tables: Vec<Vec<Row>>) -> impl Future<Output = Result<(), Error>> + Send;

    /// Drops the copies of deleted rows the engine still keeps beside the live tables,
    /// where it can: after an erasure, the old pages holding a wrapped data key.
    fn purge_deleted(&self) -> impl Future<Output = Result<(), Error>> + Send;
}
