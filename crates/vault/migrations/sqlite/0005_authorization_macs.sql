-- Authorization data a database writer cannot forge (SQLite). Shipped: never edit; add a
-- new migration instead.

-- The rows that decide who may see what carry an HMAC-SHA256, under a key derived from
-- the vault key, over their deciding columns and their key (crates/vault/src/integrity.rs):
-- a user's id and role; a caseload assignment's therapist and client; a supervision
-- grant's id, client, supervisor and revocation; a group's id and therapist. A row
-- whose MAC does not verify is treated as absent. Rows written before this migration
-- are signed by the open that applies it, once the key has opened the vault.
ALTER TABLE users ADD COLUMN auth_mac BLOB;
ALTER TABLE caseload ADD COLUMN auth_mac BLOB;
ALTER TABLE chart_grants ADD COLUMN auth_mac BLOB;
ALTER TABLE therapy_groups ADD COLUMN auth_mac BLOB;
