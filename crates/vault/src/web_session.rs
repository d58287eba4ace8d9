//! Server-side web sessions, shared by every app instance on one database: a random
//! 32-byte token goes to the browser (base64url), only its SHA-256 is stored, with the
//! user, creation, last use, absolute expiry and whether the second factor was done.
//!
//! Session rows are not records of the practice, and they are touched on every request:
//! starting one (the sign-in that precedes it is audited by [`Vault::sign_in`]),
//! refreshing `last_seen` and deleting expired rows run through
//! [`Store::housekeep`], without an audit entry. Ending a session on purpose (signing
//! out) is audited (`sign-out`).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand::RngCore;
use secrecy::SecretString;
use subtle::ConstantTimeEq;

use crate::audit::{Action, Actor, AuditEvent};
use crate::ids::RowId;
use crate::keys::IndexKey;
use crate::schema::{Value, WEB_SESSIONS};
use crate::staff::StaffMember;
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{now, Vault};
use crate::Error;

/// A live web session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSession {
    /// Who is signed in.
    pub user: StaffMember,
    /// Whether the second factor was done for this session.
    pub second_factor: bool,
    /// When it started (seconds since the epoch).
    pub created_at: i64,
    /// When it ends whatever the activity.
    pub expires_at: i64,
}

/// `last_seen` is written at most this often per session.
const TOUCH_EVERY_SECS: i64 = 60;

/// 32 random bytes: the text handed out (base64url, no padding, after `prefix`) and the
/// keyed digest of the bytes ([`IndexKey::token_digest`]), which is all that is stored.
pub(crate) fn new_token(key: &IndexKey, prefix: &str) -> (SecretString, [u8; 32]) {
    let mut bytes = zeroize::Zeroizing::new([0u8; 32]);
    rand::rngs::OsRng.fill_bytes(&mut *bytes);
    let text = format!("{prefix}{}", URL_SAFE_NO_PAD.encode(*bytes));
    (SecretString::from(text), key.token_digest(&*bytes))
}

/// The stored digest of a token given back, or `None` when it cannot be one of ours.
pub(crate) fn token_hash(key: &IndexKey, text: &str, prefix: &str) -> Option<[u8; 32]> {
    let body = text.strip_prefix(prefix)?;
    if body.len() != 43 {
        return None;
    }
    let bytes = zeroize::Zeroizing::new(URL_SAFE_NO_PAD.decode(body).ok()?);
    (bytes.len() == 32).then(|| key.token_digest(&bytes))
}

/// Whether a stored hash is `hash` (in constant time; the lookup found the row by it,
/// so this is belt and braces).
pub(crate) fn same_hash(stored: &[u8], hash: &[u8; 32]) -> bool {
    bool::from(stored.ct_eq(hash.as_slice()))
}

fn by_hash(hash: &[u8; 32]) -> Query {
    Query::by(&WEB_SESSIONS, "token_hash", Value::digest(hash))
}

fn expired_before(at: i64) -> Write {
    Write::Delete(Query::all(&WEB_SESSIONS).between("expires_at", i64::MIN, at + 1))
}

impl<S: Store> Vault<S> {
    /// Starts a session for `user` (after [`Vault::sign_in`], which is the audited part)
    /// lasting at most `lifetime_secs`; returns the token for the cookie. Expired sessions
    /// of everyone are deleted on the way.
    pub async fn start_web_session(
        &self,
        user: &RowId,
        second_factor_done: bool,
        lifetime_secs: i64,
    ) -> Result<SecretString, Error> {
        if lifetime_secs <= 0 {
            return Err(Error::Input { field: "lifetime_secs".into(), message: "must be positive".into() });
        }
        let (token, hash) = new_token(&self.index, "");
        let at = now();
        let values = vec![
            ("token_hash", Value::digest(&hash)),
            ("user_id", Value::id(user)),
            ("created_at", Value::int(at)),
            ("last_seen", Value::int(at)),
            ("expires_at", Value::int(at.saturating_add(lifetime_secs))),
            ("second_factor", Value::int(second_factor_done.into())),
        ];
        self.store.housekeep(vec![expired_before(at), Write::Insert { table: &WEB_SESSIONS, values }]).await.map_err(
            |e| match e {
                Error::NotFound(_) => Error::NotFound("user".into()),
                e => e,
            },
        )?;
        Ok(token)
    }

    /// The session a token opens, or `None` when it is unknown, past its absolute expiry
    /// or unused for longer than `idle_secs` (such a row is deleted). Refreshes the last
    /// use at most once a minute.
    pub async fn web_session(&self, token: &str, idle_secs: i64) -> Result<Option<WebSession>, Error> {
        let Some(hash) = token_hash(&self.index, token, "") else { return Ok(None) };
        let rows = self.store.read(vec![by_hash(&hash)]).await?;
        let Some(row) = rows.into_iter().flatten().next() else { return Ok(None) };
        if !same_hash(row.blob("token_hash")?, &hash) {
            return Ok(None);
        }
        let at = now();
        let (expires_at, last_seen) = (row.int("expires_at")?, row.int("last_seen")?);
        if at >= expires_at || at.saturating_sub(last_seen) > idle_secs {
            self.store.housekeep(vec![Write::Delete(by_hash(&hash)), expired_before(at)]).await?;
            return Ok(None);
        }
        let Some(user) = self.staff_member(&row.id("user_id")?).await? else { return Ok(None) };
        if at - last_seen >= TOUCH_EVERY_SECS {
            self.store
                .housekeep(vec![Write::Update {
                    query: by_hash(&hash),
                    set: vec![("last_seen", Value::int(at))],
                    expect: None,
                }])
                .await?;
        }
        Ok(Some(WebSession {
            user,
            second_factor: row.int("second_factor")? != 0,
            created_at: row.int("created_at")?,
            expires_at,
        }))
    }

    /// Signs a session out: its row is deleted and a `sign-out` entry appended. An
    /// unknown or already ended token changes nothing.
    pub async fn end_web_session(&self, token: &str) -> Result<(), Error> {
        let Some(hash) = token_hash(&self.index, token, "") else { return Ok(()) };
        let rows = self.store.read(vec![by_hash(&hash)]).await?;
        let Some(row) = rows.into_iter().flatten().next() else { return Ok(()) };
        let user = row.id("user_id")?;
        let batch =
            Batch::audited(AuditEvent::ok(&Actor::User(user), Action::SignOut)).write(Write::Delete(by_hash(&hash)));
        self.run(batch).await.map(drop)
    }

    /// Ends every session of `user` (after a password change, or when an administrator
    /// locks them out); one `sign-out` entry by `actor` naming the user as its record.
    pub async fn end_web_sessions_of(&self, actor: &Actor, user: &RowId) -> Result<(), Error> {
        let batch = Batch::audited(AuditEvent::ok(actor, Action::SignOut).record(user))
            .write(Write::Delete(Query::by(&WEB_SESSIONS, "user_id", Value::id(user))));
        self.run(batch).await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn tokens_are_random_and_only_their_keyed_digest_is_kept() {
        let key = IndexKey::generate();
        let (a, hash) = new_token(&key, "snct_");
        let (b, _) = new_token(&key, "snct_");
        assert_ne!(a.expose_secret(), b.expose_secret());
        assert!(a.expose_secret().starts_with("snct_") && a.expose_secret().len() == 5 + 43);
        assert_eq!(token_hash(&key, a.expose_secret(), "snct_"), Some(hash));
        assert_ne!(token_hash(&IndexKey::generate(), a.expose_secret(), "snct_"), Some(hash), "another key");
        assert_eq!(token_hash(&key, a.expose_secret(), ""), None, "the prefix is part of it");
        assert_eq!(token_hash(&key, "snct_short", "snct_"), None);
        assert_eq!(token_hash(&key, &format!("snct_{}", "!".repeat(43)), "snct_"), None);
        assert!(same_hash(&hash, &hash) && !same_hash(&hash[1..], &hash));
    }

    /// Someone who can write the database but has no key stores a session row for a
    /// token of their own, digested as a key-less store would: it opens nothing.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_session_row_written_without_the_key_opens_nothing() {
        use crate::keys::{Kdf, KdfParams, KeySource};
        use crate::location::Location;
        use sha2::{Digest, Sha256};

        let dir = tempfile::TempDir::new().unwrap();
        let key = KeySource::key_file(KeySource::new_key_file().expose_secret()).unwrap();
        let kdf = KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0);
        let vault = Vault::create(&Location::Sqlite(dir.path().join("v")), &key, kdf).await.unwrap();
        let (dana, _) = vault.add_user(&Actor::Operator, "dana", sanctum_practice::Role::Therapist).await.unwrap();
        let genuine = vault.start_web_session(&dana, true, 3600).await.unwrap();
        assert!(vault.web_session(genuine.expose_secret(), 3600).await.unwrap().is_some());

        let bytes = [7u8; 32];
        let forged = URL_SAFE_NO_PAD.encode(bytes);
        let digest: String = Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect();
        let sql = format!(
            "INSERT INTO web_sessions (token_hash, user_id, created_at, last_seen, expires_at, second_factor) \
             VALUES (X'{digest}', '{dana}', {at}, {at}, {at} + 3600, 1)",
            at = now()
        );
        vault.store().execute_raw(&sql).await.unwrap();
        assert!(vault.web_session(&forged, 3600).await.unwrap().is_none());
    }
}
