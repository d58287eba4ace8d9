//! Staff details for the app: who a staff member is (id, role, user name, whether a
//! second factor is enrolled), their TOTP secret and the replay guard on its time
//! steps, and password changes. User names and TOTP secrets are sealed under the
//! practice key; the staff list is not clinical, so reading it is not audited.

use argon2::PasswordHash;
use sanctum_practice::Role;
use secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::ids::RowId;
use crate::schema::{Row, Value, STAFF_TOTP, USERS};
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
}

/// Passwords shorter than this are refused.
pub const MIN_PASSWORD_CHARS: usize = 8;

fn totp_place(user: &RowId) -> Place<'_> {
    Place { table: STAFF_TOTP.name, column: "secret", row: user.as_str() }
}

fn user_exists(user: &RowId) -> Write {
    Write::Require(Query::by(&USERS, "id", Value::id(user)), "user")
}

impl<S: Store> Vault<S> {
    fn staff_from_row(&self, row: &Row, enrolled: bool) -> Result<StaffMember, Error> {
        let id = row.id("id")?;
        let username: String =
            self.practice.open(&Place { table: USERS.name, column: "name", row: id.as_str() }, &row.sealed("name")?)?;
        Ok(StaffMember { role: row.tagged("role")?, username, totp_enrolled: enrolled, id })
    }

    /// A staff member by id, or `None` (not audited: the staff list is not clinical).
    pub async fn staff_member(&self, id: &RowId) -> Result<Option<StaffMember>, Error> {
        let rows = self
            .store
            .read(vec![Query::by(&USERS, "id", Value::id(id)), Query::by(&STAFF_TOTP, "user_id", Value::id(id))])
            .await?;
        rows[0].first().map(|r| self.staff_from_row(r, !rows[1].is_empty())).transpose()
    }

    /// Every staff member, by user name (not audited: the staff list is not clinical).
    pub async fn staff(&self) -> Result<Vec<StaffMember>, Error> {
        let rows = self.store.read(vec![Query::all(&USERS), Query::all(&STAFF_TOTP)]).await?;
        let enrolled: Vec<RowId> = rows[1].iter().map(|r| r.id("user_id")).collect::<Result<_, _>>()?;
        let mut staff: Vec<StaffMember> = rows[0]
            .iter()
            .map(|r| {
                let id = r.id("id")?;
                self.staff_from_row(r, enrolled.contains(&id))
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

    /// Sets a staff member's password (Argon2id, off the async runtime). Audited
    /// (`user.password`). Sessions already signed in are not ended here: call
    /// [`Vault::end_web_sessions_of`] for that.
    pub async fn set_password(&self, actor: &Actor, user: &RowId, new: &SecretString) -> Result<(), Error> {
        if new.expose_secret().chars().count() < MIN_PASSWORD_CHARS {
            return Err(Error::Input {
                field: "password".into(),
                message: format!("must be at least {MIN_PASSWORD_CHARS} characters"),
            });
        }
        let given = SecretString::from(new.expose_secret().to_owned());
        let phc = blocking(move || hash_password(&given)).await??;
        let phc = PasswordHash::new(&phc).map_err(|e| Error::Corrupt(format!("password hash: {e}")))?;
        let batch = Batch::audited(AuditEvent::ok(actor, Action::UserPassword).record(user))
            .write(user_exists(user))
            .write(Write::Update {
                query: Query::by(&USERS, "id", Value::id(user)),
                set: vec![("password_hash", Value::password_hash(&phc))],
                expect: Some((1, "the user")),
            });
        self.run(batch).await.map(drop)
    }
}
