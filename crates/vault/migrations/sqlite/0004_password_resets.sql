-- Passwords an administrator issued (SQLite). Shipped: never edit; add a new migration
-- instead.

-- A row means the staff member still signs in with the password generated when they
-- were added, which whoever added them has seen: the app makes them choose their own
-- before the second factor, and setting a password deletes the row (in the same
-- transaction). A table of its own rather than a column on users, so backups written
-- before this migration (whose users rows have fewer cells) still restore.
CREATE TABLE password_resets (
    user_id TEXT PRIMARY KEY REFERENCES users (id),
    issued_at INTEGER NOT NULL
);
