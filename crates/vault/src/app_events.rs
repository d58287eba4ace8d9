//! Events the app reports that touch no record: a staff member refused by their role,
//! and a "check before posting" verdict. Each is one audit entry; what the staff member
//! asked for or typed is never recorded, only that it happened and how it ended.

use crate::audit::{Action, Actor, AuditEvent, Outcome};
use crate::store::{Batch, Store};
use crate::vault::Vault;
use crate::Error;

impl<S: Store> Vault<S> {
    /// Records that `actor` was refused something their role may not do.
    pub async fn record_refusal(&self, actor: &Actor) -> Result<(), Error> {
        let mut event = AuditEvent::ok(actor, Action::AccessDenied);
        event.outcome = Outcome::Denied;
        self.run(Batch::audited(event)).await.map(drop)
    }

    /// Records that `actor` checked a draft and whether it could identify a client
    /// (never the draft, nor which client).
    pub async fn record_check(&self, actor: &Actor, identifies: bool) -> Result<(), Error> {
        let action = if identifies { Action::CheckFlagged } else { Action::CheckClean };
        self.run(Batch::audited(AuditEvent::ok(actor, action))).await.map(drop)
    }
}
