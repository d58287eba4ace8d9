//! Authorization data a database writer cannot forge. The rows that decide who may see
//! what — a user's role (and who signs in as them: the user name's index, the password
//! hash), a client's assignment to a therapist, a supervisor's chart grant, a group's
//! therapist — are plain so that queries can use them; each carries
//! an HMAC-SHA256 (`auth_mac`) under the integrity key (derived from the vault key like
//! the audit chain's key) over its table, its deciding columns and its key, so a MAC
//! copied to another row does not verify. Someone who can write the database but does
//! not hold the vault key cannot make themselves an administrator or give their account
//! a client.
//!
//! - Written: [`Vault::run`](crate::Vault) signs every insert into these tables, in the
//!   batch's own transaction, and refuses an update of a deciding column that does not
//!   set the new MAC (revoking a grant computes it).
//! - Verified (constant time) wherever such a row decides access; a row that does not
//!   verify is treated as absent and recorded as an `integrity.failure` entry naming the
//!   row (ids only).
//! - Rows written before the MACs existed are signed only by restoring a backup made
//!   before them (its own MAC, made with the key, vouches for its rows): one
//!   `integrity.backfill` entry per row, and never once the chain holds such an entry.
//!   Opening a vault never signs anything, whatever its migrations table says: someone
//!   who can write the database can also drop the MAC columns and the migration's
//!   record, and must not get a forged row signed that way. A vault opened with
//!   unsigned rows refuses them (`integrity.failure`); it is upgraded by a backup made
//!   with the previous version, restored with this one. A vault created with the MACs
//!   records so at its creation (an `integrity.backfill` entry naming no row, seq 2).
//!   Rotating the vault key re-signs every row that verifies under the old key, in the
//!   rotation's transaction.
//! - The MACs say a row was written with the key, not that it is current: someone who
//!   kept an earlier copy of a row (a grant before its revocation, an assignment since
//!   removed) can write it back and it verifies. The audit chain records every
//!   revocation and removal.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::keys::IntegrityKey;
use crate::schema::{Cell, Row, Table, Value, CASELOAD, CHART_GRANTS, GROUPS, USERS};
use crate::store::{Batch, Query, Store, Write};
use crate::vault::Vault;
use crate::Error;

/// The column holding a row's MAC.
pub(crate) const MAC_COLUMN: &str = "auth_mac";

/// The tables whose rows decide access, each with the columns its MAC covers (the row's
/// key among them).
pub(crate) static GUARDED: &[(&Table, &[&str])] = &[
    // Who signs in as whom, too: the user name's index and the password hash.
    (&USERS, &["id", "role", "username_index", "password_hash"]),
    (&CASELOAD, &["therapist_id", "client_id"]),
    (&CHART_GRANTS, &["id", "client_id", "supervisor_id", "revoked_at"]),
    (&GROUPS, &["id", "therapist_id"]),
];

/// The columns `table`'s MAC covers, if its rows decide access.
fn covered(table: &Table) -> Option<&'static [&'static str]> {
    GUARDED.iter().find(|(t, _)| std::ptr::eq(*t, table)).map(|(_, columns)| *columns)
}

/// Whether `table` gained its MAC column after it was first shipped (as its last
/// column): every guarded table did, in migration 0005.
pub(crate) fn gained_mac_column(table: &Table) -> bool {
    covered(table).is_some() && table.columns.last().is_some_and(|(c, _)| *c == MAC_COLUMN)
}

/// A stored row's cell; NULL for a column its table lacks (the conformance suite checks
/// that the code's tables and the migrations agree).
fn stored<'r>(row: &'r Row, column: &str) -> &'r Cell {
    static NULL: Cell = Cell::Null;
    row.table.position(column).ok().and_then(|i| row.cells.get(i)).unwrap_or(&NULL)
}

fn part(mac: &mut Hmac<Sha256>, bytes: &[u8]) {
    mac.update(&(bytes.len() as u64).to_be_bytes());
    mac.update(bytes);
}

impl IntegrityKey {
    /// The MAC of a row of `table` whose covered columns hold what `cell` answers.
    fn row_mac<'c>(&self, table: &Table, columns: &[&str], cell: impl Fn(&str) -> &'c Cell) -> Hmac<Sha256> {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(self.expose()).expect("HMAC takes a key of any length");
        part(&mut mac, b"sanctum authorization row v1");
        part(&mut mac, table.name.as_bytes());
        for column in columns {
            part(&mut mac, column.as_bytes());
            match cell(column) {
                Cell::Null => part(&mut mac, b"n"),
                Cell::Int(i) => {
                    part(&mut mac, b"i");
                    part(&mut mac, &i.to_be_bytes());
                }
                Cell::Text(t) => {
                    part(&mut mac, b"t");
                    part(&mut mac, t.as_bytes());
                }
                Cell::Blob(b) => {
                    part(&mut mac, b"b");
                    part(&mut mac, b);
                }
            }
        }
        mac
    }

    /// The MAC a stored row (of a guarded table) should carry, with `set` applied.
    pub(crate) fn mac_of(&self, row: &Row, set: &[(&str, Value)]) -> Result<Value, Error> {
        let columns = covered(row.table)
            .ok_or_else(|| Error::Corrupt(format!("{} rows carry no authorization MAC", row.table.name)))?;
        let cell = |column: &str| {
            set.iter().find(|(c, _)| *c == column).map_or_else(|| stored(row, column), |(_, v)| v.cell())
        };
        Ok(Value::digest(&self.row_mac(row.table, columns, cell).finalize().into_bytes().into()))
    }

    /// Whether a stored row's MAC verifies (constant time); rows of other tables do.
    pub(crate) fn verifies(&self, row: &Row) -> bool {
        let Some(columns) = covered(row.table) else { return true };
        let Ok(Some(mac)) = row.opt_blob(MAC_COLUMN) else { return false };
        self.row_mac(row.table, columns, |column| stored(row, column)).verify_slice(mac).is_ok()
    }

    /// Adds the MAC to every insert into a guarded table (computed from the values
    /// given: a column left out is NULL) and refuses an update that changes a covered
    /// column without setting the MAC.
    pub(crate) fn sign_writes(&self, writes: &mut [Write]) -> Result<(), Error> {
        for write in writes {
            match write {
                Write::Insert { table, values } => {
                    let Some(columns) = covered(table) else { continue };
                    if values.iter().any(|(c, _)| *c == MAC_COLUMN) {
                        continue;
                    }
                    let null = Cell::Null;
                    let cell =
                        |column: &str| values.iter().find(|(c, _)| *c == column).map_or(&null, |(_, v)| v.cell());
                    let mac = self.row_mac(table, columns, cell).finalize().into_bytes();
                    values.push((MAC_COLUMN, Value::digest(&mac.into())));
                }
                Write::Update { query, set, .. } => {
                    let Some(columns) = covered(query.table) else { continue };
                    let changes_covered = set.iter().any(|(c, _)| columns.contains(c));
                    if changes_covered && !set.iter().any(|(c, _)| *c == MAC_COLUMN) {
                        return Err(Error::Corrupt(format!(
                            "an update of {}'s deciding columns without its authorization MAC",
                            query.table.name
                        )));
                    }
                }
                Write::Delete(_) | Write::Require(..) => {}
            }
        }
        Ok(())
    }
}

/// The row itself, by its covered columns as read (an update through it changes
/// nothing if the row changed meanwhile).
pub(crate) fn unchanged(row: &Row) -> Query {
    let mut query = Query::all(row.table);
    for column in covered(row.table).unwrap_or(&[]) {
        query = query.and(column, Value::restored(stored(row, column).clone()));
    }
    query
}

/// The `integrity.failure` (or, for `action`, another) entry naming a guarded row by ids.
fn row_event(actor: &Actor, action: Action, row: &Row) -> AuditEvent {
    let id = |c: &str| row.opt_id(c).ok().flatten();
    let (client, record) = if std::ptr::eq(row.table, &CASELOAD) {
        (id("client_id"), id("therapist_id"))
    } else {
        (id("client_id"), id("id"))
    };
    AuditEvent { actor: actor.clone(), action, client, record, outcome: Outcome::Ok }
}

impl<S: Store> Vault<S> {
    /// The rows among `rows` whose MAC verifies. Each one that does not is recorded
    /// (`integrity.failure`, outcome `failed`, naming the row by ids; one transaction for
    /// all of them) and left out, as if it were not there. `actor`: who asked.
    pub(crate) async fn authentic<'r>(
        &self,
        actor: &Actor,
        rows: impl IntoIterator<Item = &'r Row>,
    ) -> Result<Vec<&'r Row>, Error> {
        let (good, bad): (Vec<&Row>, Vec<&Row>) = rows.into_iter().partition(|r| self.integrity.verifies(r));
        if !bad.is_empty() {
            let mut batch = Batch::default();
            for row in bad {
                let mut event = row_event(actor, Action::IntegrityFailure, row);
                event.outcome = Outcome::Failed;
                batch.audit.push(event);
            }
            self.run(batch).await?;
        }
        Ok(good)
    }

    /// An update of an authentic guarded row: `set` and the MAC the row then carries,
    /// conditional on the row being as read.
    pub(crate) fn signed_update(&self, row: &Row, mut set: Vec<(&'static str, Value)>) -> Result<Write, Error> {
        let mac = self.integrity.mac_of(row, &set)?;
        set.push((MAC_COLUMN, mac));
        Ok(Write::Update { query: unchanged(row), set, expect: Some((1, "the row (changed meanwhile)")) })
    }

    /// The first row of `rows` if it verifies (see [`Vault::authentic`]).
    pub(crate) async fn authentic_first<'r>(&self, actor: &Actor, rows: &'r [Row]) -> Result<Option<&'r Row>, Error> {
        Ok(self.authentic(actor, rows.first()).await?.pop())
    }

    /// Signs the guarded rows that have no MAC yet — rows written before the MACs
    /// existed — in one transaction with one `integrity.backfill` entry per row; returns
    /// how many. Only the restore of a backup made before the MACs calls this (the
    /// backup's own MAC vouches for its rows); and if the chain already records a
    /// backfill, nothing is signed: one `integrity.failure` entry instead, and such rows
    /// stay refused.
    pub(crate) async fn sign_unsigned_rows(&self) -> Result<usize, Error> {
        let tables = self.store.read(GUARDED.iter().map(|(t, _)| Query::all(t)).collect()).await?;
        let unsigned: Vec<&Row> =
            tables.iter().flatten().filter(|r| matches!(r.opt_blob(MAC_COLUMN), Ok(None))).collect();
        if unsigned.is_empty() {
            return Ok(0);
        }
        if self.chain_records(Action::IntegrityBackfill).await? {
            let mut event = AuditEvent::ok(&Actor::Operator, Action::IntegrityFailure);
            event.outcome = Outcome::Failed;
            self.run(Batch::audited(event)).await?;
            return Ok(0);
        }
        let mut batch = Batch::default();
        for row in &unsigned {
            let query = unchanged(row).and(MAC_COLUMN, Value::null());
            let set = vec![(MAC_COLUMN, self.integrity.mac_of(row, &[])?)];
            batch.writes.push(Write::Update { query, set, expect: None });
            batch.audit.push(row_event(&Actor::Operator, Action::IntegrityBackfill, row));
        }
        self.run(batch).await?;
        Ok(unsigned.len())
    }

    /// Whether any entry of the chain records `action`.
    async fn chain_records(&self, action: Action) -> Result<bool, Error> {
        use sanctum_practice::Tagged;
        const PAGE: i64 = 5000;
        let mut after = 0;
        loop {
            let page = self.store.audit_page(after, PAGE).await?;
            if page.iter().any(|e| e.action == action.tag()) {
                return Ok(true);
            }
            match page.last() {
                Some(last) if page.len() == PAGE as usize => after = last.seq,
                _ => return Ok(false),
            }
        }
    }

    /// For key rotation: every guarded row that verifies under the current key, re-signed
    /// under `next` (an update conditional on the row being unchanged). Rows that do not
    /// verify are left as they are: rotation must not launder them.
    pub(crate) async fn resign_rows(&self, next: &IntegrityKey) -> Result<Vec<Write>, Error> {
        let tables = self.store.read(GUARDED.iter().map(|(t, _)| Query::all(t)).collect()).await?;
        let mut writes = Vec::new();
        for row in tables.iter().flatten().filter(|r| self.integrity.verifies(r)) {
            let set = vec![(MAC_COLUMN, next.mac_of(row, &[])?)];
            let query = unchanged(row).and(MAC_COLUMN, Value::restored(stored(row, MAC_COLUMN).clone()));
            writes.push(Write::Update { query, set, expect: Some((1, "an authorization row (changed meanwhile)")) });
        }
        Ok(writes)
    }
}
