-- The vault's first schema (PostgreSQL). Shipped: never edit; add a new migration instead.
-- Every free-text field is a BYTEA sealed with XChaCha20-Poly1305; see crates/vault/src/schema.rs.

CREATE TABLE vault_meta (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    format BIGINT NOT NULL,
    kdf TEXT NOT NULL,
    argon2_version BIGINT NOT NULL,
    memory_kib BIGINT NOT NULL,
    iterations BIGINT NOT NULL,
    parallelism BIGINT NOT NULL,
    salt BYTEA NOT NULL,
    key_check BYTEA NOT NULL,
    index_key BYTEA NOT NULL,
    practice_key BYTEA NOT NULL,
    key_generation BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'therapist', 'supervisor')),
    username_index BYTEA NOT NULL UNIQUE,
    name BYTEA NOT NULL,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL,
    erased_at BIGINT,
    name_index BYTEA,
    email_index BYTEA,
    phone_index BYTEA,
    profile BYTEA
);
CREATE INDEX clients_name_index ON clients (name_index);
CREATE INDEX clients_email_index ON clients (email_index);
CREATE INDEX clients_phone_index ON clients (phone_index);

CREATE TABLE client_keys (
    client_id TEXT PRIMARY KEY REFERENCES clients (id),
    wrapped BYTEA NOT NULL
);

CREATE TABLE caseload (
    therapist_id TEXT NOT NULL REFERENCES users (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    assigned_at BIGINT NOT NULL,
    PRIMARY KEY (therapist_id, client_id)
);

CREATE TABLE therapy_groups (
    id TEXT PRIMARY KEY,
    therapist_id TEXT NOT NULL REFERENCES users (id),
    name BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES therapy_groups (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, client_id)
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('individual', 'group')),
    client_id TEXT REFERENCES clients (id),
    group_id TEXT REFERENCES therapy_groups (id),
    therapist_id TEXT NOT NULL REFERENCES users (id),
    starts_at BIGINT NOT NULL,
    duration_minutes BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('scheduled', 'held', 'cancelled', 'no-show')),
    location BYTEA NOT NULL,
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
    signed_at BIGINT,
    created_at BIGINT NOT NULL,
    body BYTEA NOT NULL,
    CHECK ((state = 'signed') = (signed_by IS NOT NULL AND signed_at IS NOT NULL))
);
CREATE INDEX notes_client ON notes (client_id);
-- A signed note is locked: the database itself refuses to change it.
CREATE FUNCTION notes_signed_are_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a signed note is locked';
END;
$$;
CREATE TRIGGER notes_signed_are_locked BEFORE UPDATE ON notes
    FOR EACH ROW WHEN (OLD.state = 'signed')
    EXECUTE FUNCTION notes_signed_are_locked();

CREATE TABLE note_amendments (
    id TEXT PRIMARY KEY,
    note_id TEXT NOT NULL REFERENCES notes (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX note_amendments_client ON note_amendments (client_id);

CREATE TABLE homework (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    session_id TEXT REFERENCES sessions (id),
    assigned_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX homework_client ON homework (client_id);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    kind TEXT NOT NULL,
    signed_at BIGINT NOT NULL,
    revoked_at BIGINT,
    body BYTEA NOT NULL
);
CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE measures (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    instrument TEXT NOT NULL,
    taken_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX measures_client ON measures (client_id, taken_at);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    reported_by TEXT NOT NULL REFERENCES users (id),
    reported_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX incidents_client ON incidents (client_id);

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    session_id TEXT REFERENCES sessions (id),
    created_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX agenda_items_client ON agenda_items (client_id);

CREATE TABLE team_meetings (
    id TEXT PRIMARY KEY,
    held_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);

-- The audit chain: no foreign keys, so nothing ever cascades into it.
CREATE TABLE audit_log (
    seq BIGINT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    client_id TEXT,
    record_id TEXT,
    outcome TEXT NOT NULL,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL
);

CREATE TABLE audit_head (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    seq BIGINT NOT NULL,
    hash BYTEA NOT NULL,
    mac BYTEA NOT NULL
);
