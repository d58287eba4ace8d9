-- The vault's first schema (SQLite). Shipped: never edit; add a new migration instead.
-- Every free-text field is a BLOB sealed with XChaCha20-Poly1305; see crates/vault/src/schema.rs.

CREATE TABLE vault_meta (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    format INTEGER NOT NULL,
    kdf TEXT NOT NULL,
    argon2_version INTEGER NOT NULL,
    memory_kib INTEGER NOT NULL,
    iterations INTEGER NOT NULL,
    parallelism INTEGER NOT NULL,
    salt BLOB NOT NULL,
    key_check BLOB NOT NULL,
    index_key BLOB NOT NULL,
    practice_key BLOB NOT NULL,
    key_generation INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'therapist', 'supervisor')),
    username_index BLOB NOT NULL UNIQUE,
    name BLOB NOT NULL,
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    erased_at INTEGER,
    name_index BLOB,
    email_index BLOB,
    phone_index BLOB,
    profile BLOB
);
CREATE INDEX clients_name_index ON clients (name_index);
CREATE INDEX clients_email_index ON clients (email_index);
CREATE INDEX clients_phone_index ON clients (phone_index);

CREATE TABLE client_keys (
    client_id TEXT PRIMARY KEY REFERENCES clients (id),
    wrapped BLOB NOT NULL
);

CREATE TABLE caseload (
    therapist_id TEXT NOT NULL REFERENCES users (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    assigned_at INTEGER NOT NULL,
    PRIMARY KEY (therapist_id, client_id)
);

CREATE TABLE therapy_groups (
    id TEXT PRIMARY KEY,
    therapist_id TEXT NOT NULL REFERENCES users (id),
    name BLOB NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES therapy_groups (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    joined_at INTEGER NOT NULL,
    PRIMARY KEY (group_id, client_id)
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('individual', 'group')),
    client_id TEXT REFERENCES clients (id),
    group_id TEXT REFERENCES therapy_groups (id),
    therapist_id TEXT NOT NULL REFERENCES users (id),
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled', 'no-show')),
    location BLOB NOT NULL,
    CHECK ((kind = 'individual') = (client_id IS NOT NULL AND group_id IS NULL))
);
CREATE INDEX sessions_client ON sessions (client_id, starts_at);
CREATE INDEX sessions_therapist ON sessions (therapist_id, starts_at);

CREATE TABLE notes (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    session_id TEXT REFERENCES sessions (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    template TEXT NOT NULL CHECK (template IN ('soap', 'dap', 'birp')),
    state TEXT NOT NULL CHECK (state IN ('draft', 'signed')),
    signed_by TEXT REFERENCES users (id),
    signed_at INTEGER,
    created_at INTEGER NOT NULL,
    body BLOB NOT NULL,
    CHECK ((state = 'signed') = (signed_by IS NOT NULL AND signed_at IS NOT NULL))
);
CREATE INDEX notes_client ON notes (client_id);
-- A signed note is locked: the database itself refuses to change it.
CREATE TRIGGER notes_signed_are_locked BEFORE UPDATE ON notes
    WHEN OLD.state = 'signed'
    BEGIN SELECT RAISE(ABORT, 'a signed note is locked'); END;

CREATE TABLE note_amendments (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX note_amendments_client ON note_amendments (client_id);

CREATE TABLE homework (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    session_id TEXT REFERENCES sessions (id),
    assigned_at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX homework_client ON homework (client_id);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL,
    signed_at INTEGER NOT NULL,
    revoked_at INTEGER,
    body BLOB NOT NULL
);
CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    instrument TEXT NOT NULL,
    taken_at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX measures_client ON measures (client_id, taken_at);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    reported_by TEXT NOT NULL REFERENCES users (id),
    reported_at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX incidents_client ON incidents (client_id);

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    session_id TEXT REFERENCES sessions (id),
    created_at INTEGER NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX agenda_items_client ON agenda_items (client_id);

CREATE TABLE team_meetings (
    id TEXT PRIMARY KEY,
    held_at INTEGER NOT NULL,
    body BLOB NOT NULL
);

-- The audit chain: no foreign keys, so nothing ever cascades into it.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    client_id TEXT,
    record_id TEXT,
    outcome TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash BLOB NOT NULL,
    mac BLOB NOT NULL
);
