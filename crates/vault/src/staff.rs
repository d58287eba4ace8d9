//! Staff details for the app: who a staff member is (id, role, user name, whether a
//! second factor is enrolled, whether their password must change), their TOTP secret
//! and the replay guard on its time steps, and password changes. A password issued when
//! a staff member is added must be replaced: `password_resets` holds a row until it is.
//! User names and TOTP secrets are sealed under the practice key; the staff list is not
//! clinical, so reading it is not audited.

use argon2::PasswordHash;
use sanctum_practice::Role;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::ids::RowId;
use crate::schema::{Row, Value, PASSWORD_RESETS, STAFF_TOTP, USERS, WEB_SESSIONS};
use crate::seal::{open_bytes, seal_bytes, Place};
use crate::store::{Batch, Query, Store, Write};
use crate::vault::{blocking, hash_password, now, Vault};
use crate::Error;

/// A staff member as the app shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// Their id.
    pub id: RowId,
    /// Their role.
    pub role: Role,
    /// Their user name (as given when they were added, trimmed).
    pub username: String,
    /// Whether a TOTP secret is enrolled.
    pub totp_enrolled: bool,
    /// Whether they still have the password generated when they were added (which
    /// whoever added them has seen): they must choose their own before anything else.
    pub password_must_change: bool,
}

/// Passwords shorter than this are refused.
pub const MIN_PASSWORD_CHARS: usize = 12;

fn totp_place(user: &RowId) -> Place<'_> {
    Place { table: STAFF_TOTP.name, column: "secret", row: user.as_str() }
}

fn user_exists(user: &RowId) -> Write {
    Write::Require(Query::by(&USERS, "id", Value::id(user)), "user")
}

impl<S: Store> Vault<S> {
    fn staff_from_row(&self, row: &Row, enrolled: bool, must_change: bool) -> Result<StaffMember, Error> {
        let id = row.id("id")?;
        let username: String =
            self.practice.open(&Place { table: USERS.name, column: "name", row: id.as_str() }, &row.sealed("name")?)?;
        Ok(StaffMember {
            role: row.tagged("role")?,
            username,
            totp_enrolled: enrolled,
            password_must_change: must_change,
            id,
        })
    }

    /// A staff member by id, or `None` (not audited: the staff list is not clinical). A
    /// user row written without the vault key is `None` (and an `integrity.failure` entry).
    pub async fn staff_member(&self, id: &RowId) -> Result<Option<StaffMember>, Error> {
        let rows = self
            .store
            .read(vec![
                Query::by(&USERS, "id", Value::id(id)),
                Query::by(&STAFF_TOTP, "user_id", Value::id(id)),
                Query::by(&PASSWORD_RESETS, "user_id", Value::id(id)),
            ])
            .await?;
        let user = self.authentic_first(&Actor::Unknown, &rows[0]).await?;
        user.map(|r| self.staff_from_row(r, !rows[1].is_empty(), !rows[2].is_empty())).transpose()
    }

    /// Every staff member, by user name (not audited: the staff list is not clinical;
    /// rows written without the vault key are left out, and that is).
    pub async fn staff(&self) -> Result<Vec<StaffMember>, Error> {
        let rows =
            self.store.read(vec![Query::all(&USERS), Query::all(&STAFF_TOTP), Query::all(&PASSWORD_RESETS)]).await?;
        let ids = |rows: &[Row]| rows.iter().map(|r| r.id("user_id")).collect::<Result<Vec<RowId>, _>>();
        let (enrolled, must_change) = (ids(&rows[1])?, ids(&rows[2])?);
        let mut staff: Vec<StaffMember> = self
            .authentic(&Actor::Unknown, &rows[0])
            .await?
            .into_iter()
            .map(|r| {
                let id = r.id("id")?;
                self.staff_from_row(r, enrolled.contains(&id), must_change.contains(&id))
            })
            .collect::<Result<_, _>>()?;
        staff.sort_by_key(|m| m.username.to_lowercase());
        Ok(staff)
    }

    /// Enrolls (`Some`) or removes (`None`) a staff member's TOTP secret. Enrolling anew
    /// replaces the old secret and resets the replay guard. Audited (`user.totp`).
    pub async fn set_totp_secret(&self, actor: &Actor, user: &RowId, secret: Option<&[u8]>) -> Result<(), Error> {
        let mut batch = Batch::audited(AuditEvent::ok(actor, Action::UserTotp).record(user))
            .write(user_exists(user))
            .write(Write::Delete(Query::by(&STAFF_TOTP, "user_id", Value::id(user))));
        if let Some(secret) = secret {
            if secret.len() < 10 || secret.len() > 128 {
                return Err(Error::Input {
                    field: "secret".into(),
                    message: "a TOTP secret is 10 to 128 bytes (RFC 4226 asks for at least 16)".into(),
                });
            }
            let sealed = seal_bytes(self.practice.expose(), &totp_place(user), secret);
            batch.writes.push(Write::Insert {
                table: &STAFF_TOTP,
                values: vec![
                    ("user_id", Value::id(user)),
                    ("secret", Value::sealed(&sealed)),
                    ("last_step", Value::int(0)),
                    ("enrolled_at", Value::int(now())),
                ],
            });
        }
        self.run(batch).await.map(drop)
    }

    /// A staff member's TOTP secret, if enrolled (not audited: the caller is signing the
    /// user in, and [`Vault::accept_totp_step`] records the outcome).
    pub async fn totp_secret(&self, user: &RowId) -> Result<Option<Zeroizing<Vec<u8>>>, Error> {
        let rows = self.store.read(vec![Query::by(&STAFF_TOTP, "user_id", Value::id(user))]).await?;
        rows.into_iter()
            .flatten()
            .next()
            .map(|r| open_bytes(self.practice.expose(), &totp_place(user), &r.sealed("secret")?))
            .transpose()
    }

    /// Records `step` (a 30-second TOTP time step whose code the caller has checked) as
    /// used, only if it is later than every step accepted before: `false` means a replay
    /// (or an older code), and nothing changed. [`Error::NotFound`] if the user has no
    /// secret enrolled.
    ///
    /// Audited (`sign-in.totp`, `ok` or `denied`): it is a write to a staff credential's
    /// state and the second half of a sign-in, which is on the record both ways; a
    /// replayed code is worth seeing there.
    pub async fn accept_totp_step(&self, user: &RowId, step: i64) -> Result<bool, Error> {
        let actor = Actor::User(user.clone());
        let enrolled = Query::by(&STAFF_TOTP, "user_id", Value::id(user));
        // The conditional update is the guard: two requests with the same code race
        // on one row, and only one changes it.
        let batch = Batch::audited(AuditEvent::ok(&actor, Action::SignInTotp).record(user))
            .write(Write::Require(enrolled, "second factor"))
            .write(Write::Update {
                query: Query::by(&STAFF_TOTP, "user_id", Value::id(user)).between("last_step", i64::MIN, step),
                set: vec![("last_step", Value::int(step))],
                expect: Some((1, "the TOTP time step")),
            });
        match self.run(batch).await {
            Ok(_) => Ok(true),
            Err(Error::Conflict(_)) => {
                let mut event = AuditEvent::ok(&actor, Action::SignInTotp).record(user);
                event.outcome = Outcome::Denied;
                self.run(Batch::audited(event)).await?;
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Sets a staff member's password (Argon2id, off the async runtime) and, in the same
    /// transaction, clears the demand to change the one issued when they were added
    /// ([`StaffMember::password_must_change`]). Audited (`user.password`). The caller
    /// checks who may do this (the app asks for the current password). Sessions already
    /// signed in are not ended here: [`Vault::set_password_ending_sessions`] does both.
    pub async fn set_password(&self, actor: &Actor, user: &RowId, new: &SecretString) -> Result<(), Error> {
        self.run(self.password_batch(actor, user, new).await?).await.map(drop)
    }

    /// [`Vault::set_password`] and [`Vault::end_web_sessions_of`] in one transaction:
    /// whoever knew the old password may hold a session, so the new password and the
    /// end of every session of the account stand or fall together. Audited
    /// (`user.password`, then `sign-out` naming the user).
    pub async fn set_password_ending_sessions(
        &self,
        actor: &Actor,
        user: &RowId,
        new: &SecretString,
    ) -> Result<(), Error> {
        let mut batch = self.password_batch(actor, user, new).await?;
        batch.audit.push(AuditEvent::ok(actor, Action::SignOut).record(user));
        batch.writes.push(Write::Delete(Query::by(&WEB_SESSIONS, "user_id", Value::id(user))));
        self.run(batch).await.map(drop)
    }

    async fn password_batch(&self, actor: &Actor, user: &RowId, new: &SecretString) -> Result<Batch, Error> {
        if new.expose_secret().chars().count() < MIN_PASSWORD_CHARS {
            return Err(Error::Input {
                field: "password".into(),
                message: format!("must be at least {MIN_PASSWORD_CHARS} characters"),
            });
        }
        let given = SecretString::from(new.expose_secret().to_owned());
        let phc = blocking(move || hash_password(&given)).await??;
        let phc = PasswordHash::new(&phc).map_err(|e| Error::Corrupt(format!("password hash: {e}")))?;
        // The password hash is under the user row's MAC: the row is re-signed with it.
        let rows = self.store.read(vec![Query::by(&USERS, "id", Value::id(user))]).await?;
        let row = self.authentic_first(actor, &rows[0]).await?.ok_or_else(|| Error::NotFound("user".into()))?;
        let update = self.signed_update(row, vec![("password_hash", Value::password_hash(&phc))])?;
        Ok(Batch::audited(AuditEvent::ok(actor, Action::UserPassword).record(user))
            .write(user_exists(user))
            .write(update)
            .write(Write::Delete(Query::by(&PASSWORD_RESETS, "user_id", Value::id(user)))))
    }
}
