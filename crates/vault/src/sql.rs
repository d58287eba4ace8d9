//! The SQL store: one implementation of [`Store`] for SQLite and PostgreSQL over sqlx's
//! `Any` driver. The backends differ only in their migrations (`migrations/sqlite`,
//! `migrations/postgres`), their connection settings, and how a snapshot is isolated;
//! the statements are portable (numbered `$n` parameters work on both).
//!
//! Chain serialisation: on PostgreSQL a batch first *writes* the head row (`UPDATE
//! audit_head SET seq = seq`), which takes its row lock, so concurrent appenders (other
//! app servers) queue behind it and then read the committed head (the transaction is
//! READ COMMITTED, set explicitly, so a stricter server default cannot break this); on SQLite the
//! transaction starts with `BEGIN IMMEDIATE`, taking the database's write lock (waiting
//! up to the busy timeout) before anything is read. Either way no transaction extends a
//! head it read stale.
//!
//! Group commit: audited batches go to one committer task per store, which takes
//! whatever batches are waiting and runs them in one transaction, each inside its own
//! savepoint (a failing batch is rolled back alone and gets its own error). Every
//! caller is answered only after the shared COMMIT, so durability is unchanged, but
//! concurrent writers share one fsync instead of queueing for one each.
//!
//! Round trips: the committer keeps its connection and the checkpoint it last committed.
//! A batch then appends after that head without reading it first, and moves the head
//! with one conditional statement that holds only if the stored head, its MAC and the
//! chain's end are still exactly that; if not (another process appended, or the head
//! was altered), the group is rolled back and runs again reading the head, with every
//! check of the reading path. A condition and the insert it guards are one statement
//! (`INSERT … SELECT … WHERE EXISTS`). On SQLite a lone batch of such inserts — a signed
//! note — is `BEGIN IMMEDIATE`, its inserts, its entries and the head's move in one
//! round trip, then `COMMIT` ([`lone_inserts`]): the same transaction and fsync as
//! before, with two hops to SQLite's worker thread instead of eight.

use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::any::{AnyArguments, AnyPoolOptions, AnyRow};
use sqlx::pool::PoolConnection;
use sqlx::query::Query as SqlQuery;
use sqlx::{Any, AnyConnection, AnyPool, Connection as _, Executor, Row as _};

use tokio::sync::{mpsc, oneshot};

use crate::audit::{AuditEntry, Checkpoint, Head};
use crate::keys::ChainKey;
use crate::location::Location;
use crate::schema::{self, Cell, Kind, Row, Table, Value};
use crate::store::{Batch, Query, Store, Write};
use crate::Error;

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// The SQL store.
#[derive(Debug, Clone)]
pub struct SqlStore {
    pool: AnyPool,
    backend: Backend,
    jobs: mpsc::Sender<Job>,
}

/// An audited batch waiting for the committer, and where to send its outcome.
struct Job {
    batch: Batch,
    chain: ChainKey,
    reply: oneshot::Sender<Result<Vec<Vec<Row>>, Error>>,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").field("batch", &self.batch).finish_non_exhaustive()
    }
}

/// At most this many batches share a transaction.
const GROUP: usize = 64;

impl SqlStore {
    /// Connects to an existing vault's database and starts the store's committer task,
    /// creating nothing: a mistyped SQLite directory is [`Error::NotInitialised`], not a
    /// new empty database, and no migration runs before the caller has checked the key
    /// (see [`SqlStore::migrate`]). Call it within a Tokio runtime (sqlx needs one too).
    pub async fn connect(location: &Location) -> Result<SqlStore, Error> {
        if let Some(file) = location.database_file() {
            if !file.is_file() {
                return Err(Error::NotInitialised(location.to_string()));
            }
        }
        Self::pool(location, false).await
    }

    /// Connects to a place for a new vault — creating the SQLite directory (mode 0700)
    /// and file if needed — and applies the migrations. Only `init` and a restore into a
    /// new location come here.
    pub async fn create(location: &Location) -> Result<SqlStore, Error> {
        if let Location::Sqlite(dir) = location {
            std::fs::create_dir_all(dir).map_err(|e| Error::Io(format!("creating {}: {e}", dir.display())))?;
            restrict_permissions(dir);
        }
        let store = Self::pool(location, true).await?;
        store.migrate(location).await?;
        Ok(store)
    }

    async fn pool(location: &Location, create: bool) -> Result<SqlStore, Error> {
        sqlx::any::install_default_drivers();
        let backend = match location {
            Location::Sqlite(_) => Backend::Sqlite,
            Location::Postgres(_) => Backend::Postgres,
        };
        let options = AnyPoolOptions::new().max_connections(if backend == Backend::Sqlite { 4 } else { 8 });
        let options = match backend {
            Backend::Sqlite => options.after_connect(|conn, _| Box::pin(async move { sqlite_settings(conn).await })),
            Backend::Postgres => options,
        };
        let pool = options
            .connect(&location.url(create))
            .await
            .map_err(|e| Error::Database(format!("connecting to {location}: {e}")))?;
        let (jobs, queue) = mpsc::channel(GROUP * 4);
        tokio::spawn(committer(pool.clone(), backend, queue));
        Ok(SqlStore { pool, backend, jobs })
    }

    /// Applies pending migrations (none, for a vault written by this version).
    pub async fn migrate(&self, location: &Location) -> Result<(), Error> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.map_err(|e| Error::Database(format!("migrating {location}: {e}")))
    }

    /// Whether the database holds a vault's tables at all (an empty PostgreSQL
    /// database does not), asked without creating anything.
    pub async fn has_vault(&self) -> Result<bool, Error> {
        let sql = match self.backend {
            Backend::Sqlite => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'vault_meta'",
            Backend::Postgres => {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() \
                 AND table_name = 'vault_meta'"
            }
        };
        let row = sqlx::query(sql).fetch_one(&self.pool).await.map_err(db)?;
        Ok(row.try_get::<i64, _>(0).map_err(db)? > 0)
    }

    /// The engine.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Closes every connection (SQLite checkpoints its WAL when the last one closes).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Runs a statement the caller wrote (tests use this to tamper with a vault).
    #[doc(hidden)]
    pub async fn execute_raw(&self, sql: &str) -> Result<u64, Error> {
        Ok(sqlx::query(sql).execute(&self.pool).await.map_err(db)?.rows_affected())
    }
}

/// WAL for concurrent readers, FULL sync so a committed transaction survives power loss,
/// foreign keys enforced, secure_delete so deleted rows are overwritten in the file.
async fn sqlite_settings(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    for pragma in [
        "PRAGMA journal_mode = WAL",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA busy_timeout = 30000",
        "PRAGMA secure_delete = ON",
    ] {
        conn.execute(pragma).await?;
    }
    Ok(())
}

#[cfg(unix)]
fn restrict_permissions(dir: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: the directory is the operator's; a failure here is not fatal.
    let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
}

#[cfg(not(unix))]
fn restrict_permissions(_dir: &std::path::Path) {}

fn db(e: sqlx::Error) -> Error {
    if let Some(d) = e.as_database_error() {
        if d.is_unique_violation() {
            return Error::Conflict("it already exists".into());
        }
        if d.message().contains("signed note is locked") {
            return Error::Conflict("the note is signed and locked".into());
        }
        if d.is_foreign_key_violation() {
            return Error::NotFound("a row it refers to".into());
        }
    }
    Error::Database(e.to_string())
}

fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

type Sql<'q> = SqlQuery<'q, Any, AnyArguments<'q>>;

fn bind<'q>(q: Sql<'q>, value: &Value, kind: Kind) -> Sql<'q> {
    match (value.cell(), kind) {
        (Cell::Null, Kind::Int) => q.bind(None::<i64>),
        (Cell::Null, Kind::Text) => q.bind(None::<String>),
        (Cell::Null, Kind::Blob) => q.bind(None::<Vec<u8>>),
        (Cell::Int(i), _) => q.bind(*i),
        (Cell::Text(t), _) => q.bind(t.clone()),
        (Cell::Blob(b), _) => q.bind(b.clone()),
    }
}

/// Parameters of a statement with the kind of the column each is bound to.
type Params<'v> = Vec<(&'v Value, Kind)>;

/// `WHERE a = $n AND b IS NULL AND c >= $m AND c < $k …`, with the parameters it
/// needs, numbered from `first`.
fn where_clause<'v>(
    table: &Table,
    filter: &'v [(&'static str, Value)],
    range: &'v Option<(&'static str, Value, Value)>,
    first: usize,
) -> Result<(String, Params<'v>), Error> {
    let mut sql = String::new();
    let mut params = Vec::new();
    for (i, (column, value)) in filter.iter().enumerate() {
        let kind = table.columns[table.position(column)?].1;
        sql.push_str(if i == 0 { " WHERE " } else { " AND " });
        if *value.cell() == Cell::Null {
            sql.push_str(&format!("{column} IS NULL"));
        } else {
            params.push((value, kind));
            sql.push_str(&format!("{column} = ${}", first + params.len() - 1));
        }
    }
    if let Some((column, from, to)) = range {
        let kind = table.columns[table.position(column)?].1;
        if kind != Kind::Int {
            return Err(Error::Corrupt(format!("a range over {}.{column}, which is not an integer", table.name)));
        }
        sql.push_str(if filter.is_empty() { " WHERE " } else { " AND " });
        params.push((from, kind));
        params.push((to, kind));
        let n = first + params.len() - 2;
        sql.push_str(&format!("{column} >= ${n} AND {column} < ${}", n + 1));
    }
    Ok((sql, params))
}

/// A query's range as values to bind.
fn range_values(q: &Query) -> Option<(&'static str, Value, Value)> {
    q.range.map(|(column, from, to)| (column, Value::int(from), Value::int(to)))
}

fn select_sql(table: &Table) -> String {
    let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
    format!("SELECT {} FROM {}", columns.join(", "), table.name)
}

fn decode(table: &'static Table, row: &AnyRow) -> Result<Row, Error> {
    let mut cells = Vec::with_capacity(table.columns.len());
    for (i, (_, kind)) in table.columns.iter().enumerate() {
        let cell = match kind {
            Kind::Int => row.try_get::<Option<i64>, _>(i).map(|v| v.map(Cell::Int)),
            Kind::Text => row.try_get::<Option<String>, _>(i).map(|v| v.map(Cell::Text)),
            Kind::Blob => row.try_get::<Option<Vec<u8>>, _>(i).map(|v| v.map(Cell::Blob)),
        }
        .map_err(db)?;
        cells.push(cell.unwrap_or(Cell::Null));
    }
    Ok(Row::new(table, cells))
}

async fn fetch(conn: &mut AnyConnection, q: &Query) -> Result<Vec<Row>, Error> {
    let range = range_values(q);
    let (clause, params) = where_clause(q.table, &q.filter, &range, 1)?;
    let sql = format!("{}{clause} ORDER BY {}", select_sql(q.table), q.table.order_by);
    let mut query = sqlx::query(&sql);
    for (value, kind) in params {
        query = bind(query, value, kind);
    }
    let rows = query.fetch_all(&mut *conn).await.map_err(db)?;
    rows.iter().map(|r| decode(q.table, r)).collect()
}

/// One statement's SQL and the values it binds, in parameter order.
struct Statement {
    sql: String,
    params: Vec<(Value, Kind)>,
}

impl Statement {
    /// Runs it; returns how many rows changed.
    async fn execute(&self, conn: &mut AnyConnection) -> Result<u64, Error> {
        let mut query = sqlx::query(&self.sql);
        for (value, kind) in &self.params {
            query = bind(query, value, *kind);
        }
        Ok(query.execute(&mut *conn).await.map_err(db)?.rows_affected())
    }

    /// `INSERT INTO table (…) VALUES (…)`, its parameters numbered from `first`; with
    /// `require`, `INSERT … SELECT … WHERE EXISTS (SELECT 1 FROM …)`: inserted only if a
    /// row matches.
    fn insert(
        table: &Table,
        values: &[(&'static str, Value)],
        require: Option<&Query>,
        first: usize,
    ) -> Result<Statement, Error> {
        let columns: Vec<&str> = values.iter().map(|(c, _)| *c).collect();
        let placeholders: Vec<String> = (first..first + values.len()).map(|i| format!("${i}")).collect();
        let mut params = values
            .iter()
            .map(|(c, v)| Ok((v.clone(), table.columns[table.position(c)?].1)))
            .collect::<Result<Vec<_>, Error>>()?;
        let (columns, placeholders) = (columns.join(", "), placeholders.join(", "));
        let sql = match require {
            None => format!("INSERT INTO {} ({columns}) VALUES ({placeholders})", table.name),
            Some(q) => {
                let range = range_values(q);
                let (clause, more) = where_clause(q.table, &q.filter, &range, first + values.len())?;
                params.extend(more.into_iter().map(|(v, k)| (v.clone(), k)));
                format!(
                    "INSERT INTO {} ({columns}) SELECT {placeholders} WHERE EXISTS (SELECT 1 FROM {}{clause})",
                    table.name, q.table.name
                )
            }
        };
        Ok(Statement { sql, params })
    }
}

async fn insert(conn: &mut AnyConnection, table: &Table, values: &[(&'static str, Value)]) -> Result<(), Error> {
    Statement::insert(table, values, None, 1)?.execute(conn).await.map(drop)
}

async fn apply(conn: &mut AnyConnection, write: &Write) -> Result<(), Error> {
    match write {
        Write::Insert { table, values } => insert(conn, table, values).await,
        Write::Update { query: q, set, expect } => {
            let assignments: Vec<String> =
                set.iter().enumerate().map(|(i, (c, _))| format!("{c} = ${}", i + 1)).collect();
            let range = range_values(q);
            let (clause, params) = where_clause(q.table, &q.filter, &range, set.len() + 1)?;
            let sql = format!("UPDATE {} SET {}{clause}", q.table.name, assignments.join(", "));
            let mut query = sqlx::query(&sql);
            for (column, value) in set {
                query = bind(query, value, q.table.columns[q.table.position(column)?].1);
            }
            for (value, kind) in params {
                query = bind(query, value, kind);
            }
            let changed = query.execute(&mut *conn).await.map_err(db)?.rows_affected();
            match expect {
                Some((want, what)) if *want != changed => {
                    Err(Error::Conflict(format!("{what} changed meanwhile or is not in the expected state")))
                }
                _ => Ok(()),
            }
        }
        Write::Delete(q) => {
            let range = range_values(q);
            let (clause, params) = where_clause(q.table, &q.filter, &range, 1)?;
            let sql = format!("DELETE FROM {}{clause}", q.table.name);
            let mut query = sqlx::query(&sql);
            for (value, kind) in params {
                query = bind(query, value, kind);
            }
            query.execute(&mut *conn).await.map_err(db)?;
            Ok(())
        }
        Write::Require(q, what) => {
            if fetch(conn, q).await?.is_empty() {
                Err(Error::NotFound((*what).to_owned()))
            } else {
                Ok(())
            }
        }
    }
}

/// On PostgreSQL, writes the head row to take its row lock: concurrent appenders queue
/// here and then read the committed head. (SQLite's transaction is `BEGIN IMMEDIATE`.)
async fn lock_head(conn: &mut AnyConnection) -> Result<(), Error> {
    sqlx::query("UPDATE audit_head SET seq = seq WHERE id = 1").execute(&mut *conn).await.map_err(db)?;
    Ok(())
}

/// Why appending stopped.
enum AppendFailure {
    /// The batch fails with this error.
    Failed(Error),
    /// The head this committer last wrote is no longer the stored head (another process
    /// appended, or the head was altered): the group runs again, reading the head.
    Stale,
}

impl From<Error> for AppendFailure {
    fn from(e: Error) -> AppendFailure {
        AppendFailure::Failed(e)
    }
}

/// Appends the batch's events to the chain; the transaction holds the head lock.
///
/// `last` is the checkpoint this committer last wrote (and saw committed), if any. With
/// it the head is not read first: the entries are inserted after it and the new head
/// replaces it only if the stored head, its MAC and the chain's end are still exactly
/// that (one conditional statement checking what [`checked_head`] checks; on SQLite sent
/// together with the entries' insert, in one round trip); otherwise nothing is kept and
/// the group runs again on the reading path. Either way `last` ends as the head written,
/// or `None` if the append failed.
///
/// `writes`: the batch's writes, not yet run, as statements that each insert one row
/// ([`single_row_inserts`]), to send in the same round trip (SQLite, head known). If any
/// of them inserts nothing or fails, so does the whole append, as `Stale`: the group
/// runs again statement by statement, which names what failed.
async fn append(
    conn: &mut AnyConnection,
    backend: Backend,
    batch: &Batch,
    chain: &ChainKey,
    last: &mut Option<Checkpoint>,
    writes: Option<Vec<Statement>>,
) -> Result<(), AppendFailure> {
    let known = known_head(last, batch, chain).cloned();
    *last = None;
    if writes.is_some() && (known.is_none() || backend != Backend::Sqlite || batch.audit.len() > FUSED_ENTRIES) {
        return Err(AppendFailure::Stale);
    }
    let (start, has_head) = match &known {
        Some(c) => (c.head, true),
        None => {
            // The checkpoint, the entry it names, and the newest entry, in one statement.
            let row = sqlx::query(
                "SELECT h.seq, h.hash, h.mac, l.hash, (SELECT MAX(seq) FROM audit_log) \
                 FROM audit_head h LEFT JOIN audit_log l ON l.seq = h.seq WHERE h.id = 1",
            )
            // All rows, not `fetch_optional`: a SQLite statement left unfinished would
            // hold a read snapshot on the committer's connection after the COMMIT,
            // pinning the WAL so that no checkpoint could ever complete.
            .fetch_all(&mut *conn)
            .await
            .map_err(db)?
            .pop();
            match row {
                None if batch.genesis => (Head::GENESIS, false),
                None => return Err(Error::Tampered("the audit checkpoint is missing; refusing to write".into()).into()),
                Some(row) => (checked_head(&row, chain)?, true),
            }
        }
    };
    if let Some(expected) = batch.expect_head {
        if expected != start.seq {
            return Err(Error::Conflict("the vault changed meanwhile; try again".into()).into());
        }
    }
    let next = Extension::after(start, batch, chain);
    let (entries, head, mac, moved) = (&next.entries, next.head, next.mac, &next.moved);
    match &known {
        Some(known) => {
            let expected = known_values(known);
            if backend == Backend::Sqlite && entries.len() <= FUSED_ENTRIES {
                let writes = writes.unwrap_or_default();
                // Any failure, or a row not written: run again statement by statement.
                return match fused(false, &writes, &next, &expected).run(conn).await {
                    Ok(true) => {
                        *last = Some(next.checkpoint());
                        Ok(())
                    }
                    _ => Err(AppendFailure::Stale),
                };
            }
            for entry in entries {
                match execute(conn, &insert_audit_sql(1, 1), entry.iter(), &[]).await {
                    Ok(_) => {}
                    // Someone else appended after the head we knew: their entry holds this seq.
                    Err(Error::Conflict(_)) => return Err(AppendFailure::Stale),
                    Err(e) => return Err(e.into()),
                }
            }
            match execute(conn, &move_head_sql(1), moved.iter().chain(&expected), &[]).await {
                Ok(1) => {}
                Ok(_) | Err(Error::Conflict(_)) => return Err(AppendFailure::Stale),
                Err(e) => return Err(e.into()),
            }
        }
        None => {
            for entry in entries {
                execute(conn, &insert_audit_sql(1, 1), entry.iter(), &[]).await?;
            }
            let values = [("seq", moved[0].clone()), ("hash", moved[1].clone()), ("mac", moved[2].clone())];
            if !has_head {
                let mut row = vec![("id", Value::int(1))];
                row.extend(values);
                insert(conn, &schema::AUDIT_HEAD, &row).await?;
            } else {
                let update = Write::Update {
                    query: Query::by(&schema::AUDIT_HEAD, "id", Value::int(1)),
                    set: values.to_vec(),
                    expect: None,
                };
                apply(conn, &update).await?;
            }
        }
    }
    *last = Some(Checkpoint { head, mac: mac.to_vec() });
    Ok(())
}

/// A batch's entries after a head, the head they lead to, and its MAC.
struct Extension {
    entries: Vec<[Value; 9]>,
    head: Head,
    mac: [u8; 32],
    /// The new head's seq, hash and MAC as values to bind.
    moved: [Value; 3],
}

impl Extension {
    fn after(start: Head, batch: &Batch, chain: &ChainKey) -> Extension {
        let at = now();
        let mut head = start;
        let mut entries = Vec::with_capacity(batch.audit.len());
        for event in &batch.audit {
            let entry = AuditEntry::next(&head, event, at);
            head = Head { seq: entry.seq, hash: entry.hash };
            entries.push(audit_row(&entry));
        }
        let mac = head.mac(batch.rekey.as_ref().unwrap_or(chain));
        let moved = [Value::int(head.seq), Value::digest(&head.hash), Value::digest(&mac)];
        Extension { entries, head, mac, moved }
    }

    fn checkpoint(&self) -> Checkpoint {
        Checkpoint { head: self.head, mac: self.mac.to_vec() }
    }
}

/// A known checkpoint's seq, hash and MAC as values to bind.
fn known_values(known: &Checkpoint) -> [Value; 3] {
    [Value::int(known.head.seq), Value::digest(&known.head.hash), Value::restored(Cell::Blob(known.mac.clone()))]
}

/// One SQLite round trip after a known head: (`BEGIN IMMEDIATE`,) the batch's inserts,
/// its entries and the head's move. Each statement returns a row tagged with its
/// position for every row it wrote (`RETURNING n`), so a statement that wrote less than
/// it should is seen — `sqlite3_changes` cannot tell, as it repeats the last count after
/// a statement that changes nothing, such as `BEGIN`.
///
/// Several statements in one prepared query are SQLite-only, and sqlx 0.8 marks them as
/// deprecated; the tests in this module fail if a later sqlx stops running them.
struct Fused<'v> {
    sql: String,
    params: Vec<&'v Value>,
    /// The column kinds of the leading parameters (the inserts'); the rest bind as their
    /// cells' own kinds.
    kinds: Vec<Kind>,
    /// How many rows each tagged statement must write.
    want: Vec<usize>,
}

fn fused<'v>(begin: bool, writes: &'v [Statement], next: &'v Extension, known: &'v [Value; 3]) -> Fused<'v> {
    let mut f = Fused {
        sql: if begin { "BEGIN IMMEDIATE; ".to_owned() } else { String::new() },
        params: Vec::new(),
        kinds: Vec::new(),
        want: Vec::new(),
    };
    let tag = |f: &mut Fused<'v>, sql: &str, rows: usize| {
        f.sql.push_str(&format!("{sql} RETURNING {}; ", f.want.len()));
        f.want.push(rows);
    };
    for w in writes {
        tag(&mut f, &w.sql, 1);
        f.params.extend(w.params.iter().map(|(v, _)| v));
        f.kinds.extend(w.params.iter().map(|(_, k)| *k));
    }
    let entries = insert_audit_sql(next.entries.len(), f.params.len() + 1);
    tag(&mut f, &entries, next.entries.len());
    f.params.extend(next.entries.iter().flatten());
    let move_head = move_head_sql(f.params.len() + 1);
    tag(&mut f, &move_head, 1);
    f.params.extend(next.moved.iter().chain(known));
    f
}

impl Fused<'_> {
    /// Runs it; whether every statement wrote what it should.
    async fn run(&self, conn: &mut AnyConnection) -> Result<bool, Error> {
        let mut query = sqlx::query(&self.sql);
        for (i, value) in self.params.iter().enumerate() {
            query = bind(query, value, self.kinds.get(i).copied().unwrap_or_else(|| own_kind(value)));
        }
        let mut wrote = vec![0; self.want.len()];
        for row in query.fetch_all(&mut *conn).await.map_err(db)? {
            let tag = usize::try_from(row.try_get::<i64, _>(0).map_err(db)?).unwrap_or(usize::MAX);
            match wrote.get_mut(tag) {
                Some(n) => *n += 1,
                None => return Ok(false),
            }
        }
        Ok(wrote == self.want)
    }
}

/// The kind a value binds as when no column says (a NULL is text, as every nullable
/// column of the audit log is).
fn own_kind(value: &Value) -> Kind {
    match value.cell() {
        Cell::Int(_) => Kind::Int,
        Cell::Blob(_) => Kind::Blob,
        Cell::Text(_) | Cell::Null => Kind::Text,
    }
}

/// The checkpoint this committer last wrote, if a batch may append after it without
/// reading the head (not when starting a chain, nor when the batch expects a head it
/// read itself, nor when the checkpoint does not verify under the batch's chain key).
fn known_head<'c>(last: &'c Option<Checkpoint>, batch: &Batch, chain: &ChainKey) -> Option<&'c Checkpoint> {
    last.as_ref().filter(|c| !batch.genesis && batch.expect_head.is_none() && c.head.verify_mac(chain, &c.mac))
}

/// At most this many entries are inserted together with the head's move (SQLite allows
/// 32,766 parameters in one statement; each entry takes nine).
const FUSED_ENTRIES: usize = 256;

/// An audit entry's cells, in [`schema::AUDIT_LOG`]'s column order.
fn audit_row(entry: &AuditEntry) -> [Value; 9] {
    let text = |s: &Option<String>| s.as_ref().map_or(Value::null(), |s| Value(Cell::Text(s.clone())));
    [
        Value::int(entry.seq),
        Value::int(entry.at),
        Value(Cell::Text(entry.actor.clone())),
        Value(Cell::Text(entry.action.clone())),
        text(&entry.client),
        text(&entry.record),
        Value(Cell::Text(entry.outcome.clone())),
        Value::digest(&entry.prev_hash),
        Value::digest(&entry.hash),
    ]
}

/// `INSERT INTO audit_log (…) VALUES ($first, …), (…)` for `entries` rows.
fn insert_audit_sql(entries: usize, first: usize) -> String {
    let columns: Vec<&str> = schema::AUDIT_LOG.columns.iter().map(|(c, _)| *c).collect();
    let rows: Vec<String> = (0..entries)
        .map(|e| {
            let n: Vec<String> = (0..columns.len()).map(|i| format!("${}", first + e * columns.len() + i)).collect();
            format!("({})", n.join(", "))
        })
        .collect();
    format!("INSERT INTO audit_log ({}) VALUES {}", columns.join(", "), rows.join(", "))
}

/// Moves the head (new seq, hash, mac at `$first`…; the known seq, hash and mac after
/// them) only if it is still the known head and the end of the chain: the entry it
/// names has its hash, and nothing lies past the new head.
fn move_head_sql(first: usize) -> String {
    let p = |i: usize| format!("${}", first + i);
    format!(
        "UPDATE audit_head SET seq = {new}, hash = {}, mac = {} WHERE id = 1 AND seq = {old} AND hash = {hash} \
         AND mac = {} AND (SELECT l.hash FROM audit_log l WHERE l.seq = {old}) = {hash} \
         AND (SELECT MAX(l.seq) FROM audit_log l) = {new}",
        p(1),
        p(2),
        p(5),
        new = p(0),
        old = p(3),
        hash = p(4),
    )
}

/// Runs a statement with `params` bound in order, the first ones as the column kinds
/// `kinds` gives and the rest as their cells' own kinds (a NULL among those is text, as
/// every nullable column of the audit log is); returns how many rows changed.
async fn execute<'v>(
    conn: &mut AnyConnection,
    sql: &str,
    params: impl Iterator<Item = &'v Value>,
    kinds: &[Kind],
) -> Result<u64, Error> {
    let mut query = sqlx::query(sql);
    for (i, value) in params.enumerate() {
        query = bind(query, value, kinds.get(i).copied().unwrap_or_else(|| own_kind(value)));
    }
    Ok(query.execute(&mut *conn).await.map_err(db)?.rows_affected())
}

/// The head read with the checkpoint query, after checking its MAC and that the chain
/// ends exactly there (a tampered head must stop writes: appending would launder it).
fn checked_head(row: &AnyRow, chain: &ChainKey) -> Result<Head, Error> {
    let digest = |i: usize| -> Result<Option<Vec<u8>>, Error> { row.try_get::<Option<Vec<u8>>, _>(i).map_err(db) };
    let hash: [u8; 32] = digest(1)?
        .and_then(|h| h.try_into().ok())
        .ok_or_else(|| Error::Tampered("the audit checkpoint is damaged".into()))?;
    let head = Head { seq: row.try_get::<i64, _>(0).map_err(db)?, hash };
    if !head.verify_mac(chain, &digest(2)?.unwrap_or_default()) {
        return Err(Error::Tampered(
            "the audit checkpoint is not authentic; refusing to write (if another instance just rotated the \
             vault key, reopen the vault with the new key)"
                .into(),
        ));
    }
    let newest = row.try_get::<Option<i64>, _>(4).map_err(db)?;
    if digest(3)?.as_deref() != Some(head.hash.as_slice()) || newest != Some(head.seq) {
        return Err(Error::Tampered("the audit chain does not end at its checkpoint; refusing to write".into()));
    }
    Ok(head)
}

pub(crate) fn entry_from_row(row: &Row) -> Result<AuditEntry, Error> {
    Ok(AuditEntry {
        seq: row.int("seq")?,
        at: row.int("at")?,
        actor: row.text("actor")?.to_owned(),
        action: row.text("action")?.to_owned(),
        client: row.opt_text("client_id")?.map(str::to_owned),
        record: row.opt_text("record_id")?.map(str::to_owned),
        outcome: row.text("outcome")?.to_owned(),
        prev_hash: row.digest("prev_hash")?,
        hash: row.digest("hash")?,
    })
}

/// Runs one batch inside the group's transaction; the caller wraps it in a savepoint.
async fn run_batch(
    conn: &mut AnyConnection,
    backend: Backend,
    batch: &Batch,
    chain: &ChainKey,
    last: &mut Option<Checkpoint>,
) -> Result<Vec<Vec<Row>>, AppendFailure> {
    // Take the head's lock before reading anything (see the module comment); within a
    // group only the first batch waits for it.
    if backend == Backend::Postgres {
        lock_head(conn).await?;
    }
    let mut results = Vec::with_capacity(batch.queries.len());
    for q in &batch.queries {
        results.push(fetch(conn, q).await?);
    }
    // On SQLite, with the head known, a batch of inserts goes in one round trip with its
    // audit entries and the head's move.
    let fits = backend == Backend::Sqlite && batch.audit.len() <= FUSED_ENTRIES;
    let together = match fits && known_head(last, batch, chain).is_some() {
        true => single_row_inserts(&batch.writes)?,
        false => None,
    };
    if together.is_none() {
        let mut writes = batch.writes.iter().peekable();
        while let Some(w) = writes.next() {
            match (w, writes.peek()) {
                // A condition and the insert it guards: one statement.
                (Write::Require(q, what), Some(Write::Insert { table, values })) => {
                    insert_if(conn, table, values, q, what).await?;
                    writes.next();
                }
                _ => apply(conn, w).await?,
            }
        }
    }
    append(conn, backend, batch, chain, last, together).await?;
    Ok(results)
}

/// `Write::Require(require, what)` then `Write::Insert { table, values }` as one
/// statement: the same outcome (nothing inserted and [`Error::NotFound`] naming `what`
/// unless a row matches) in one round trip.
async fn insert_if(
    conn: &mut AnyConnection,
    table: &Table,
    values: &[(&'static str, Value)],
    require: &Query,
    what: &str,
) -> Result<(), Error> {
    match Statement::insert(table, values, Some(require), 1)?.execute(conn).await? {
        0 => Err(Error::NotFound(what.to_owned())),
        _ => Ok(()),
    }
}

/// A batch's writes as inserts that each change exactly one row — `Insert`, or a
/// `Require` and the `Insert` after it — numbered from `$1`, or `None` if it has any
/// other write: such a batch can go to SQLite in the same round trip as its audit
/// entries (see [`append`]).
fn single_row_inserts(writes: &[Write]) -> Result<Option<Vec<Statement>>, Error> {
    let mut statements: Vec<Statement> = Vec::new();
    let mut next = 1;
    let mut writes = writes.iter().peekable();
    while let Some(w) = writes.next() {
        let statement = match (w, writes.peek()) {
            (Write::Require(q, _), Some(Write::Insert { table, values })) => {
                writes.next();
                Statement::insert(table, values, Some(q), next)?
            }
            (Write::Insert { table, values }, _) => Statement::insert(table, values, None, next)?,
            _ => return Ok(None),
        };
        next += statement.params.len();
        statements.push(statement);
    }
    Ok(Some(statements))
}

/// Takes waiting batches in groups and commits each group once (see the module comment).
///
/// The committer keeps one connection while the pool is open (its page cache stays warm
/// and no batch waits for the pool), and the checkpoint it last committed, so a batch
/// need not read the head first (see [`append`]).
async fn committer(pool: AnyPool, backend: Backend, mut queue: mpsc::Receiver<Job>) {
    let mut conn: Option<PoolConnection<Any>> = None;
    let mut last: Option<Checkpoint> = None;
    let mut closing = Box::pin(pool.close_event());
    loop {
        let first = tokio::select! {
            job = queue.recv() => match job {
                Some(job) => job,
                None => break,
            },
            // `close` waits for every connection to come back: give ours.
            () = &mut closing, if conn.is_some() => {
                conn = None;
                continue;
            }
        };
        let mut group = vec![first];
        while group.len() < GROUP {
            match queue.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        let connection = match conn.as_mut() {
            Some(c) => Ok(c),
            None if pool.is_closed() => Err(Error::Database("the store is closed".into())),
            None => pool.acquire().await.map(|c| conn.insert(c)).map_err(db),
        };
        let committed = match connection {
            Ok(c) => commit_group(c, backend, &group, &mut last).await,
            Err(e) => Err(e),
        };
        match committed {
            Ok(outcomes) => {
                for (job, outcome) in group.into_iter().zip(outcomes) {
                    let _ = job.reply.send(outcome);
                }
            }
            Err(e) => {
                // Start afresh: another connection (this one closed, not returned to the
                // pool, whatever state it is in), the head read from the database.
                last = None;
                if let Some(c) = conn.take() {
                    let _ = c.close().await;
                }
                let message = e.to_string();
                for job in group {
                    let _ =
                        job.reply.send(Err(Error::Database(format!("commit failed; nothing was written: {message}"))));
                }
            }
        }
    }
}

/// Each batch's outcome.
type Outcomes = Vec<Result<Vec<Vec<Row>>, Error>>;

/// Runs a group in one transaction; if the head this committer knew turns out stale,
/// the whole group runs again on the path that reads it.
async fn commit_group(
    conn: &mut AnyConnection,
    backend: Backend,
    group: &[Job],
    last: &mut Option<Checkpoint>,
) -> Result<Outcomes, Error> {
    match try_group(conn, backend, group, last).await? {
        Some(outcomes) => Ok(outcomes),
        None => {
            *last = None;
            try_group(conn, backend, group, last)
                .await?
                .ok_or_else(|| Error::Database("the audit head changed while it was read".into()))
        }
    }
}

/// A lone batch of single-row inserts on SQLite, after the head this committer knows,
/// in two round trips: `BEGIN IMMEDIATE` with the inserts, the entries and the head's
/// move (see [`fused`]), then `COMMIT` — the one transaction, and the one fsync, a
/// signed note takes. `None` if the batch is not of that kind, or if anything was not
/// written as it should: then nothing is kept, and the batch runs the ordinary way,
/// which names what failed.
async fn lone_inserts(
    conn: &mut AnyConnection,
    job: &Job,
    last: &mut Option<Checkpoint>,
) -> Result<Option<Vec<Vec<Row>>>, Error> {
    let batch = &job.batch;
    let Some(known) = known_head(last, batch, &job.chain).cloned() else { return Ok(None) };
    if !batch.queries.is_empty() || batch.audit.len() > FUSED_ENTRIES {
        return Ok(None);
    }
    let Some(writes) = single_row_inserts(&batch.writes)? else { return Ok(None) };
    let next = Extension::after(known.head, batch, &job.chain);
    *last = None;
    if fused(true, &writes, &next, &known_values(&known)).run(conn).await.unwrap_or(false) {
        sqlx::query("COMMIT").execute(&mut *conn).await.map_err(db)?;
        *last = Some(next.checkpoint());
        return Ok(Some(Vec::new()));
    }
    // Nothing is kept. (If the BEGIN itself failed there is no transaction to end, and
    // this fails harmlessly; a connection left in one would fail the next BEGIN, and the
    // committer then closes it.)
    let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
    Ok(None)
}

/// One attempt at a group; `None` if the known head was stale (nothing was kept).
async fn try_group(
    conn: &mut AnyConnection,
    backend: Backend,
    group: &[Job],
    last: &mut Option<Checkpoint>,
) -> Result<Option<Outcomes>, Error> {
    if let ([job], Backend::Sqlite) = (group, backend) {
        if let Some(rows) = lone_inserts(conn, job, last).await? {
            return Ok(Some(vec![Ok(rows)]));
        }
    }
    let mut tx = match backend {
        // The write lock from the start: no transaction reads a head that goes stale.
        Backend::Sqlite => conn.begin_with("BEGIN IMMEDIATE").await,
        // Explicit, whatever the server's default: the head lock needs a writer that
        // waited on the head's row to read the head committed meanwhile, which READ
        // COMMITTED gives and REPEATABLE READ or SERIALIZABLE refuse.
        Backend::Postgres => conn.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await,
    }
    .map_err(db)?;
    let mut outcomes = Vec::with_capacity(group.len());
    // Rolled back explicitly, not on drop: the connection stays with the committer, and a
    // rollback merely queued would keep PostgreSQL's lock on the head until its next use.
    if let [job] = group {
        // Alone: the transaction is the batch's own; a failure rolls it back.
        match run_batch(&mut tx, backend, &job.batch, &job.chain, last).await {
            Ok(rows) => {
                tx.commit().await.map_err(db)?;
                outcomes.push(Ok(rows));
            }
            Err(AppendFailure::Failed(e)) => {
                tx.rollback().await.map_err(db)?;
                outcomes.push(Err(e));
            }
            Err(AppendFailure::Stale) => {
                tx.rollback().await.map_err(db)?;
                return Ok(None);
            }
        }
        return Ok(Some(outcomes));
    }
    for job in group {
        sqlx::query("SAVEPOINT batch").execute(&mut *tx).await.map_err(db)?;
        let outcome = match run_batch(&mut tx, backend, &job.batch, &job.chain, last).await {
            Ok(rows) => Ok(rows),
            Err(AppendFailure::Failed(e)) => Err(e),
            Err(AppendFailure::Stale) => {
                tx.rollback().await.map_err(db)?;
                return Ok(None);
            }
        };
        let end = if outcome.is_ok() { "RELEASE SAVEPOINT batch" } else { "ROLLBACK TO SAVEPOINT batch" };
        sqlx::query(end).execute(&mut *tx).await.map_err(db)?;
        if outcome.is_err() {
            sqlx::query("RELEASE SAVEPOINT batch").execute(&mut *tx).await.map_err(db)?;
        }
        outcomes.push(outcome);
    }
    tx.commit().await.map_err(db)?;
    Ok(Some(outcomes))
}

impl Store for SqlStore {
    /// SQLite: deleted rows are zeroed in the database file (`secure_delete`), but the
    /// WAL keeps the old pages until a checkpoint, so this checkpoints and truncates it.
    /// A reader holding an old snapshot blocks that; it is retried a few times. On
    /// PostgreSQL dead rows stay in the table files until VACUUM reuses their space;
    /// that is the server's storage, outside the vault's reach.
    async fn purge_deleted(&self) -> Result<(), Error> {
        if self.backend != Backend::Sqlite {
            return Ok(());
        }
        for attempt in 0..10 {
            let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").fetch_one(&self.pool).await.map_err(db)?;
            if row.try_get::<i64, _>(0).map_err(db)? == 0 {
                return Ok(());
            }
            tokio::time::sleep(std::time::Duration::from_millis(20 << attempt.min(5))).await;
        }
        Err(Error::Database("the WAL could not be truncated: a reader kept an old snapshot open".into()))
    }

    async fn run(&self, batch: Batch, chain: &ChainKey) -> Result<Vec<Vec<Row>>, Error> {
        if batch.audit.is_empty() {
            return Err(Error::Corrupt("an unaudited batch was given to Store::run".into()));
        }
        let (reply, answer) = oneshot::channel();
        let closed = || Error::Database("the store is closed".into());
        self.jobs.send(Job { batch, chain: chain.duplicate(), reply }).await.map_err(|_| closed())?;
        answer.await.map_err(|_| closed())?
    }

    async fn housekeep(&self, writes: Vec<Write>) -> Result<(), Error> {
        if let Some(w) = writes.iter().find(|w| !schema::HOUSEKEEPING.iter().any(|t| std::ptr::eq(*t, w.table()))) {
            return Err(Error::Corrupt(format!(
                "an unaudited write to {} was given to Store::housekeep",
                w.table().name
            )));
        }
        if writes.is_empty() {
            return Ok(());
        }
        let mut tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await,
        }
        .map_err(db)?;
        for w in &writes {
            apply(&mut tx, w).await?;
        }
        tx.commit().await.map_err(db)?;
        Ok(())
    }

    async fn read(&self, queries: Vec<Query>) -> Result<Vec<Vec<Row>>, Error> {
        if let [query] = queries.as_slice() {
            // One statement is consistent by itself: no transaction round trips.
            let mut conn = self.pool.acquire().await.map_err(db)?;
            return Ok(vec![fetch(&mut conn, query).await?]);
        }
        let mut tx = self.pool.begin().await.map_err(db)?;
        let mut results = Vec::with_capacity(queries.len());
        for q in &queries {
            results.push(fetch(&mut tx, q).await?);
        }
        tx.commit().await.map_err(db)?;
        Ok(results)
    }

    async fn audit_page(&self, after: i64, limit: i64) -> Result<Vec<AuditEntry>, Error> {
        let sql = format!("{} WHERE seq > $1 ORDER BY seq LIMIT $2", select_sql(&schema::AUDIT_LOG));
        let rows = sqlx::query(&sql).bind(after).bind(limit).fetch_all(&self.pool).await.map_err(db)?;
        rows.iter().map(|r| entry_from_row(&decode(&schema::AUDIT_LOG, r)?)).collect()
    }

    async fn checkpoint(&self) -> Result<Option<Checkpoint>, Error> {
        let mut conn = self.pool.acquire().await.map_err(db)?;
        let rows = fetch(&mut conn, &Query::all(&schema::AUDIT_HEAD)).await?;
        rows.first()
            .map(|r| {
                Ok(Checkpoint {
                    head: Head { seq: r.int("seq")?, hash: r.digest("hash")? },
                    mac: r.blob("mac")?.to_vec(),
                })
            })
            .transpose()
    }

    async fn snapshot(&self) -> Result<Vec<Vec<Row>>, Error> {
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN",
            Backend::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        };
        let mut tx = self.pool.begin_with(begin).await.map_err(db)?;
        let mut tables = Vec::with_capacity(schema::ALL.len());
        for table in schema::ALL {
            tables.push(fetch(&mut tx, &Query::all(table)).await?);
        }
        tx.commit().await.map_err(db)?;
        Ok(tables)
    }

    async fn replace_all(&self, tables: Vec<Vec<Row>>) -> Result<(), Error> {
        let mut tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await,
        }
        .map_err(db)?;
        for table in schema::ALL.iter().rev() {
            sqlx::query(&format!("DELETE FROM {}", table.name)).execute(&mut *tx).await.map_err(db)?;
        }
        for (table, rows) in schema::ALL.iter().zip(&tables) {
            for row in rows {
                let values: Vec<(&'static str, Value)> = table
                    .columns
                    .iter()
                    .zip(row.cells())
                    .map(|((c, _), cell)| (*c, Value::restored(cell.clone())))
                    .collect();
                insert(&mut tx, table, &values).await?;
            }
        }
        tx.commit().await.map_err(db)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite_connections_are_durable_and_checked() {
        let dir = tempfile::TempDir::new().unwrap();
        let store = SqlStore::create(&Location::Sqlite(dir.path().join("v"))).await.unwrap();
        let mut conn = store.pool.acquire().await.unwrap();
        for (pragma, want) in
            [("journal_mode", "wal"), ("synchronous", "2"), ("foreign_keys", "1"), ("secure_delete", "1")]
        {
            let row = sqlx::query(&format!("PRAGMA {pragma}")).fetch_one(&mut *conn).await.unwrap();
            let got = row.try_get::<String, _>(0).or_else(|_| row.try_get::<i64, _>(0).map(|i| i.to_string())).unwrap();
            assert_eq!(got, want, "PRAGMA {pragma}");
        }
        // Foreign keys are enforced: a key for a client that does not exist is refused.
        let orphan = Write::Insert {
            table: &schema::CLIENT_KEYS,
            values: vec![("client_id", Value::tag("nobody")), ("wrapped", Value::digest(&[0; 32]))],
        };
        assert!(matches!(apply(&mut conn, &orphan).await, Err(Error::NotFound(_))));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_known_head_moves_with_its_entries_and_a_stale_one_is_noticed() {
        use crate::audit::{Action, Actor, AuditEvent};
        use crate::keys::{Kdf, KdfParams, KeySource};
        use secrecy::ExposeSecret;

        let dir = tempfile::TempDir::new().unwrap();
        let store = SqlStore::create(&Location::Sqlite(dir.path().join("v"))).await.unwrap();
        let key = KeySource::key_file(KeySource::new_key_file().expose_secret()).unwrap();
        let chain = key.derive(&KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).unwrap().chain_key();
        let event = || AuditEvent::ok(&Actor::Operator, Action::ChartRead);
        store.run(Batch { genesis: true, ..Batch::audited(event()) }, &chain).await.unwrap();
        let known = store.checkpoint().await.unwrap().unwrap();
        let mut conn = store.pool.acquire().await.unwrap();

        // Two entries and the head's move in one statement: kept, and remembered.
        let mut last = Some(known.clone());
        let two = Batch { audit: vec![event(), event()], ..Batch::default() };
        assert!(append(&mut conn, Backend::Sqlite, &two, &chain, &mut last, None).await.is_ok());
        let moved = store.checkpoint().await.unwrap().unwrap();
        assert_eq!((moved.head.seq, last.as_ref()), (3, Some(&moved)));
        assert_eq!(store.audit_page(0, 10).await.unwrap().len(), 3);

        // Someone else appended after the head we knew: its seq is taken.
        let mut stale = Some(known);
        let one = Batch::audited(event());
        assert!(matches!(
            append(&mut conn, Backend::Sqlite, &one, &chain, &mut stale, None).await,
            Err(AppendFailure::Stale)
        ));
        assert_eq!(stale, None, "forgotten");
        // The head was altered: the entry goes in, but the head does not move.
        store.execute_raw("UPDATE audit_head SET mac = X'00'").await.unwrap();
        for backend in [Backend::Sqlite, Backend::Postgres] {
            let mut last = store.checkpoint().await.unwrap().map(|c| Checkpoint { mac: moved.mac.clone(), ..c });
            let outcome = append(&mut conn, backend, &one, &chain, &mut last, None).await;
            assert!(matches!(outcome, Err(AppendFailure::Stale)), "{backend:?}");
            store.execute_raw("DELETE FROM audit_log WHERE seq > 3").await.unwrap();
        }
        // And on the reading path the altered head stops the write.
        let outcome = append(&mut conn, Backend::Sqlite, &one, &chain, &mut None, None).await;
        assert!(matches!(outcome, Err(AppendFailure::Failed(Error::Tampered(_)))));
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn inserts_go_with_their_entries_and_a_refused_one_is_named_on_the_second_run() {
        use crate::audit::{Action, Actor, AuditEvent};
        use crate::keys::{Kdf, KdfParams, KeySource};
        use secrecy::ExposeSecret;

        let dir = tempfile::TempDir::new().unwrap();
        let store = SqlStore::create(&Location::Sqlite(dir.path().join("v"))).await.unwrap();
        let key = KeySource::key_file(KeySource::new_key_file().expose_secret()).unwrap();
        let chain = key.derive(&KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).unwrap().chain_key();
        let event = || AuditEvent::ok(&Actor::Operator, Action::ClientAdded);
        store.run(Batch { genesis: true, ..Batch::audited(event()) }, &chain).await.unwrap();
        let mut conn = store.pool.acquire().await.unwrap();
        let client = |id: &'static str| Write::Insert {
            table: &schema::CLIENTS,
            values: vec![("id", Value::tag(id)), ("created_at", Value::int(1))],
        };
        let key_of = |id: &'static str| {
            [
                Write::Require(Query::by(&schema::CLIENTS, "id", Value::tag(id)), "client"),
                Write::Insert {
                    table: &schema::CLIENT_KEYS,
                    values: vec![("client_id", Value::tag(id)), ("wrapped", Value::digest(&[1; 32]))],
                },
            ]
        };
        assert_eq!(single_row_inserts(&key_of("a")).unwrap().map(|s| s.len()), Some(1), "one statement");
        let mut last = store.checkpoint().await.unwrap();

        // A client and its key: inserted with the entry, in one round trip, and the head moves.
        let mut batch = Batch::audited(event()).write(client("a"));
        batch.writes.extend(key_of("a"));
        run_batch(&mut conn, Backend::Sqlite, &batch, &chain, &mut last).await.ok().expect("kept");
        assert_eq!(last.as_ref().map(|c| c.head.seq), Some(2));
        assert_eq!(store.checkpoint().await.unwrap().as_ref(), last.as_ref());
        let keys = store.read(vec![Query::all(&schema::CLIENT_KEYS)]).await.unwrap();
        assert_eq!(keys[0].len(), 1);

        // A key for a client that does not exist: the fused run notices a row missing…
        let mut refused = Batch::audited(event());
        refused.writes.extend(key_of("b"));
        let outcome = run_batch(&mut conn, Backend::Sqlite, &refused, &chain, &mut last).await;
        assert!(matches!(outcome, Err(AppendFailure::Stale)));
        assert_eq!(last, None);
        // A lone batch in two round trips: kept when every row is written…
        let mut last = store.checkpoint().await.unwrap();
        let job = |batch| Job { batch, chain: chain.duplicate(), reply: oneshot::channel().0 };
        let lone = job(Batch::audited(event()).write(client("c")));
        assert!(lone_inserts(&mut conn, &lone, &mut last).await.unwrap().is_some());
        assert_eq!(store.checkpoint().await.unwrap(), last);
        let entries = store.audit_page(0, 100).await.unwrap().len();
        // …and rolled back, with nothing kept and no transaction left open, when one is not.
        let refused_alone = job(Batch { audit: vec![event()], writes: key_of("d").into(), ..Batch::default() });
        assert!(lone_inserts(&mut conn, &refused_alone, &mut last).await.unwrap().is_none());
        assert_eq!(last, None);
        assert_eq!(store.audit_page(0, 100).await.unwrap().len(), entries);
        sqlx::query("BEGIN IMMEDIATE; ROLLBACK").execute(&mut *conn).await.expect("no transaction was left open");
        // …and the statement-by-statement run names it.
        store.execute_raw("DELETE FROM audit_log WHERE seq > 2").await.unwrap();
        let outcome = run_batch(&mut conn, Backend::Sqlite, &refused, &chain, &mut None).await;
        assert!(matches!(outcome, Err(AppendFailure::Failed(Error::NotFound(w))) if w == "client"));
    }

    #[test]
    fn null_filters_become_is_null_and_parameters_are_numbered() {
        let filter = [("client_id", Value::int(1)), ("signed_at", Value::null()), ("created_at", Value::int(2))];
        let (sql, params) = where_clause(&schema::NOTES, &filter, &None, 3).unwrap();
        assert_eq!(sql, " WHERE client_id = $3 AND signed_at IS NULL AND created_at = $4");
        assert_eq!(params.len(), 2);
        assert!(where_clause(&schema::CLIENTS, &[("nope", Value::int(1))], &None, 1).is_err());
    }

    #[test]
    fn a_range_is_half_open_and_numbered_after_the_filter() {
        let q = Query::by(&schema::SESSIONS, "therapist_id", Value::int(1)).between("starts_at", 10, 20);
        let range = range_values(&q);
        let (sql, params) = where_clause(q.table, &q.filter, &range, 2).unwrap();
        assert_eq!(sql, " WHERE therapist_id = $2 AND starts_at >= $3 AND starts_at < $4");
        assert_eq!(params.len(), 3);
        let alone = Query::all(&schema::SESSIONS).between("starts_at", 1, 2);
        let (sql, _) = where_clause(alone.table, &alone.filter, &range_values(&alone), 1).unwrap();
        assert_eq!(sql, " WHERE starts_at >= $1 AND starts_at < $2");
        let text = Query::all(&schema::SESSIONS).between("status", 1, 2);
        assert!(where_clause(text.table, &text.filter, &range_values(&text), 1).is_err(), "a range over text");
    }
}
