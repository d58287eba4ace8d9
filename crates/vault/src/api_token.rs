//! Personal API tokens: `snct_` and 32 random bytes (base64url) handed out once; only
//! the SHA-256 of the bytes is stored, beside a label sealed under the practice key.
//! Creating and revoking one is audited; looking a token up (every API request) is not:
//! it reads ids and hashes, and what the request then does is audited by its own call.

use secrecy::SecretString;

use crate::audit::{Action, Actor, AuditEvent};
use crate::ids::RowId;
use crate::schema::{Value, API_TOKENS, USERS};
use crate::seal::Place;
use crate::staff::StaffMember;
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{now, Vault};
use crate::web_session::{new_token, same_hash, token_hash};
use crate::Error;

/// What every API token starts with (so a leaked one is recognisable to scanners).
pub const API_TOKEN_PREFIX: &str = "snct_";

/// Labels longer than this are refused.
const MAX_LABEL_CHARS: usize = 100;

fn label_place(id: &RowId) -> Place<'_> {
    Place { table: API_TOKENS.name, column: "label", row: id.as_str() }
}

impl<S: Store> Vault<S> {
    /// Creates a token for `user` named `label`; returns its id and the token, shown
    /// once. Audited (`api-token.create`).
    pub async fn create_api_token(
        &self,
        actor: &Actor,
        user: &RowId,
        label: &str,
    ) -> Result<(RowId, SecretString), Error> {
        let label = label.trim();
        if label.is_empty() || label.chars().count() > MAX_LABEL_CHARS {
            return Err(Error::Input {
                field: "label".into(),
                message: format!("must be 1 to {MAX_LABEL_CHARS} characters"),
            });
        }
        let id = RowId::generate();
        let (token, hash) = new_token(&self.index, API_TOKEN_PREFIX);
        let sealed = self.practice.seal(&label_place(&id), label);
        let values = vec![
            ("id", Value::id(&id)),
            ("user_id", Value::id(user)),
            ("label", Value::sealed(&sealed)),
            ("token_hash", Value::digest(&hash)),
            ("created_at", Value::int(now())),
        ];
        let batch = Batch::audited(AuditEvent::ok(actor, Action::ApiTokenCreated).record(&id))
            .write(Write::Require(Query::by(&USERS, "id", Value::id(user)), "user"))
            .write(Write::Insert { table: &API_TOKENS, values });
        self.run(batch).await?;
        Ok((id, token))
    }

    /// The staff member a live (unrevoked) token belongs to, or `None` (not audited; see
    /// the module docs).
    pub async fn api_token_user(&self, token: &str) -> Result<Option<StaffMember>, Error> {
        let Some(hash) = token_hash(&self.index, token, API_TOKEN_PREFIX) else { return Ok(None) };
        let query = Query::by(&API_TOKENS, "token_hash", Value::digest(&hash)).and("revoked_at", Value::null());
        let rows = self.store.read(vec![query]).await?;
        let Some(row) = rows.into_iter().flatten().next() else { return Ok(None) };
        if !same_hash(row.blob("token_hash")?, &hash) {
            return Ok(None);
        }
        self.staff_member(&row.id("user_id")?).await
    }

    /// Revokes a token. Audited (`api-token.revoke`); revoking twice is a conflict.
    pub async fn revoke_api_token(&self, actor: &Actor, id: &RowId) -> Result<(), Error> {
        let batch = Batch::audited(AuditEvent::ok(actor, Action::ApiTokenRevoked).record(id))
            .write(Write::Require(Query::by(&API_TOKENS, "id", Value::id(id)), "API token"))
            .write(Write::Update {
                query: Query::by(&API_TOKENS, "id", Value::id(id)).and("revoked_at", Value::null()),
                set: vec![("revoked_at", Value::int(now()))],
                expect: Some((1, "the API token (already revoked?)")),
            });
        self.run(batch).await.map(drop)
    }

    /// A user's tokens, oldest first: id, label, created, revoked (not audited: the
    /// labels are the staff member's own names for their tokens, not clinical).
    pub async fn api_tokens(&self, user: &RowId) -> Result<Vec<(RowId, String, i64, Option<i64>)>, Error> {
        let rows = self.store.read(vec![Query::by(&API_TOKENS, "user_id", Value::id(user))]).await?;
        let mut tokens = rows
            .iter()
            .flatten()
            .map(|r| {
                let id = r.id("id")?;
                let label: String = self.practice.open(&label_place(&id), &r.sealed("label")?)?;
                Ok((id, label, r.int("created_at")?, r.opt_int("revoked_at")?))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        tokens.sort_by_key(|t| t.2);
        Ok(tokens)
    }
}
