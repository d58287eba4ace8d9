-- What the web app needs (PostgreSQL): a second factor per staff member, server-side web
-- sessions, personal API tokens, supervision grants. Shipped: never edit; add a new
-- migration instead. (sessions(therapist_id, starts_at) is indexed since 0001.)

-- A TOTP secret sealed under the practice key; no row = not enrolled. last_step is the
-- last accepted 30-second step (0 before the first), so a code is never accepted twice.
-- A table of its own rather than columns on users, so backups written before this
-- migration (whose users rows have fewer cells) still restore.
CREATE TABLE staff_totp (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    secret BYTEA NOT NULL,
    last_step BIGINT NOT NULL,
    enrolled_at BIGINT NOT NULL
);

-- Signed-in browsers. Only the SHA-256 of the random token is stored.
CREATE TABLE web_sessions (
    token_hash BYTEA PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    last_seen BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    second_factor BIGINT NOT NULL CHECK (second_factor IN (0, 1))
);
CREATE INDEX web_sessions_user ON web_sessions (user_id);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- Personal API tokens: the label sealed under the practice key, the token only hashed.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    label BYTEA NOT NULL,
    token_hash BYTEA NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- A supervisor may read a client's chart while a grant from the client's therapist is live.
CREATE TABLE chart_grants (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    supervisor_id TEXT NOT NULL REFERENCES users (id),
    granted_by TEXT REFERENCES users (id),
    granted_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE INDEX chart_grants_client ON chart_grants (client_id);
CREATE UNIQUE INDEX chart_grants_live ON chart_grants (client_id, supervisor_id) WHERE revoked_at IS NULL;
