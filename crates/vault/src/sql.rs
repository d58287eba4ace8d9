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

use std::time::{SystemTime, UNIX_EPOCH};

use sqlx::any::{AnyArguments, AnyPoolOptions, AnyRow};
use sqlx::query::Query as SqlQuery;
use sqlx::{Any, AnyConnection, AnyPool, Executor, Row as _};

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

async fn insert(conn: &mut AnyConnection, table: &Table, values: &[(&'static str, Value)]) -> Result<(), Error> {
    let columns: Vec<&str> = values.iter().map(|(c, _)| *c).collect();
    let placeholders: Vec<String> = (1..=values.len()).map(|i| format!("${i}")).collect();
    let sql = format!("INSERT INTO {} ({}) VALUES ({})", table.name, columns.join(", "), placeholders.join(", "));
    let mut query = sqlx::query(&sql);
    for (column, value) in values {
        query = bind(query, value, table.columns[table.position(column)?].1);
    }
    query.execute(&mut *conn).await.map_err(db)?;
    Ok(())
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

/// Appends the batch's events to the chain; the transaction holds the head lock.
async fn append(conn: &mut AnyConnection, batch: &Batch, chain: &ChainKey) -> Result<(), Error> {
    // The checkpoint, the entry it names, and the newest entry, in one statement.
    let row = sqlx::query(
        "SELECT h.seq, h.hash, h.mac, l.hash, (SELECT MAX(seq) FROM audit_log) \
         FROM audit_head h LEFT JOIN audit_log l ON l.seq = h.seq WHERE h.id = 1",
    )
    .fetch_optional(&mut *conn)
    .await
    .map_err(db)?;
    let has_head = row.is_some();
    let mut head = match row {
        None if batch.genesis => Head::GENESIS,
        None => return Err(Error::Tampered("the audit checkpoint is missing; refusing to write".into())),
        Some(row) => checked_head(&row, chain)?,
    };

    if let Some(expected) = batch.expect_head {
        if expected != head.seq {
            return Err(Error::Conflict("the vault changed meanwhile; try again".into()));
        }
    }
    let at = now();
    for event in &batch.audit {
        let entry = AuditEntry::next(&head, event, at);
        let text = |s: &Option<String>| s.as_ref().map_or(Value::null(), |s| Value(Cell::Text(s.clone())));
        let values = vec![
            ("seq", Value::int(entry.seq)),
            ("at", Value::int(entry.at)),
            ("actor", Value(Cell::Text(entry.actor.clone()))),
            ("action", Value(Cell::Text(entry.action.clone()))),
            ("client_id", text(&entry.client)),
            ("record_id", text(&entry.record)),
            ("outcome", Value(Cell::Text(entry.outcome.clone()))),
            ("prev_hash", Value::digest(&entry.prev_hash)),
            ("hash", Value::digest(&entry.hash)),
        ];
        insert(conn, &schema::AUDIT_LOG, &values).await?;
        head = Head { seq: entry.seq, hash: entry.hash };
    }
    let mac = head.mac(batch.rekey.as_ref().unwrap_or(chain));
    let values = [("seq", Value::int(head.seq)), ("hash", Value::digest(&head.hash)), ("mac", Value::digest(&mac))];
    if !has_head {
        let mut row = vec![("id", Value::int(1))];
        row.extend(values);
        insert(conn, &schema::AUDIT_HEAD, &row).await
    } else {
        let update = Write::Update {
            query: Query::by(&schema::AUDIT_HEAD, "id", Value::int(1)),
            set: values.to_vec(),
            expect: None,
        };
        apply(conn, &update).await
    }
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
) -> Result<Vec<Vec<Row>>, Error> {
    // Take the head's lock before reading anything (see the module comment); within a
    // group only the first batch waits for it.
    if backend == Backend::Postgres {
        lock_head(conn).await?;
    }
    let mut results = Vec::with_capacity(batch.queries.len());
    for q in &batch.queries {
        results.push(fetch(conn, q).await?);
    }
    for w in &batch.writes {
        apply(conn, w).await?;
    }
    append(conn, batch, chain).await?;
    Ok(results)
}

/// Takes waiting batches in groups and commits each group once (see the module comment).
async fn committer(pool: AnyPool, backend: Backend, mut queue: mpsc::Receiver<Job>) {
    while let Some(first) = queue.recv().await {
        let mut group = vec![first];
        while group.len() < GROUP {
            match queue.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        match commit_group(&pool, backend, &group).await {
            Ok(outcomes) => {
                for (job, outcome) in group.into_iter().zip(outcomes) {
                    let _ = job.reply.send(outcome);
                }
            }
            Err(e) => {
                let message = e.to_string();
                for job in group {
                    let _ =
                        job.reply.send(Err(Error::Database(format!("commit failed; nothing was written: {message}"))));
                }
            }
        }
    }
}

async fn commit_group(
    pool: &AnyPool,
    backend: Backend,
    group: &[Job],
) -> Result<Vec<Result<Vec<Vec<Row>>, Error>>, Error> {
    let mut tx = match backend {
        // The write lock from the start: no transaction reads a head that goes stale.
        Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        // Explicit, whatever the server's default: the head lock needs a writer that
        // waited on the head's row to read the head committed meanwhile, which READ
        // COMMITTED gives and REPEATABLE READ or SERIALIZABLE refuse.
        Backend::Postgres => pool.begin_with("BEGIN ISOLATION LEVEL READ COMMITTED").await,
    }
    .map_err(db)?;
    if let [job] = group {
        // Alone: the transaction is the batch's own; a failure rolls it back (on drop).
        let outcome = run_batch(&mut tx, backend, &job.batch, &job.chain).await;
        if outcome.is_ok() {
            tx.commit().await.map_err(db)?;
        }
        return Ok(vec![outcome]);
    }
    let mut outcomes = Vec::with_capacity(group.len());
    for job in group {
        sqlx::query("SAVEPOINT batch").execute(&mut *tx).await.map_err(db)?;
        let outcome = run_batch(&mut tx, backend, &job.batch, &job.chain).await;
        let end = if outcome.is_ok() { "RELEASE SAVEPOINT batch" } else { "ROLLBACK TO SAVEPOINT batch" };
        sqlx::query(end).execute(&mut *tx).await.map_err(db)?;
        if outcome.is_err() {
            sqlx::query("RELEASE SAVEPOINT batch").execute(&mut *tx).await.map_err(db)?;
        }
        outcomes.push(outcome);
    }
    tx.commit().await.map_err(db)?;
    Ok(outcomes)
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
