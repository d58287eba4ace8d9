//! What a request can fail with, and how each failure is answered: an HTML page for
//! the browser, JSON (`{"field": ..., "message": ...}`) for the API. A vault error is
//! mapped here once; a client that is not the caller's and a client that does not
//! exist give the same answer, so no response tells whether another therapist's
//! client exists. Messages never hold clinical text (the vault's errors name fields,
//! not values).

use axum::http::StatusCode;
use sanctum_vault::Error as VaultError;

/// A failed request.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Not signed in (or the session ended).
    #[error("sign in first")]
    SignedOut,
    /// Not for this caller.
    #[error("your role cannot do this")]
    Forbidden,
    /// Signed in, but this is not for the staff member's role; the refusal is recorded
    /// in the audit trail on the way out (see [`RefusedBy`]).
    #[error("your role cannot do this")]
    Refused(sanctum_vault::RowId),
    /// No such thing, or not the caller's to see.
    #[error("not found")]
    NotFound,
    /// A value is wrong; names the field.
    #[error("{field}: {message}")]
    Input {
        /// The form field or JSON property.
        field: String,
        /// What is wrong with it.
        message: String,
    },
    /// The change conflicts with the stored state (a signed note, a held session).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts; try again later.
    #[error("too many attempts; wait a minute and try again")]
    TooMany,
    /// The form's CSRF token is missing or wrong.
    #[error("the form has expired; reload the page and try again")]
    Csrf,
    /// Something broke on our side; details are in the server log.
    #[error("something went wrong on the server; the details are in its log")]
    Internal,
}

impl Failure {
    /// An input error naming `field`.
    pub fn input(field: impl Into<String>, message: impl Into<String>) -> Failure {
        Failure::Input { field: field.into(), message: message.into() }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Failure::SignedOut => StatusCode::UNAUTHORIZED,
            Failure::Forbidden | Failure::Refused(_) | Failure::Csrf => StatusCode::FORBIDDEN,
            Failure::NotFound => StatusCode::NOT_FOUND,
            Failure::Input { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Failure::Conflict(_) => StatusCode::CONFLICT,
            Failure::TooMany => StatusCode::TOO_MANY_REQUESTS,
            Failure::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The field the failure is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Failure::Input { field, .. } => Some(field),
            _ => None,
        }
    }
}

/// Marks a response that refused a staff member by role; the app's outermost layer
/// appends the `access.denied` audit entry for it (crate::audit_refusals).
#[derive(Debug, Clone)]
pub struct RefusedBy(pub sanctum_vault::RowId);

impl Failure {
    /// Tags `response` for the refusal audit if this failure is a role refusal.
    pub fn mark(&self, mut response: axum::response::Response) -> axum::response::Response {
        if let Failure::Refused(user) = self {
            response.extensions_mut().insert(RefusedBy(user.clone()));
        }
        response
    }
}

impl From<VaultError> for Failure {
    fn from(e: VaultError) -> Failure {
        match e {
            VaultError::Input { field, message } => Failure::Input { field, message },
            VaultError::Rule(r) => Failure::Input { field: r.field, message: r.message },
            VaultError::NotFound(_) => Failure::NotFound,
            VaultError::Denied => Failure::SignedOut,
            VaultError::Conflict(m) => Failure::Conflict(m),
            other => {
                // Vault errors name tables and fields, never client text.
                tracing::error!(error = %other, "vault failure");
                Failure::Internal
            }
        }
    }
}

impl From<sanctum_practice::RuleError> for Failure {
    fn from(r: sanctum_practice::RuleError) -> Failure {
        Failure::Input { field: r.field, message: r.message }
    }
}

impl From<askama::Error> for Failure {
    fn from(e: askama::Error) -> Failure {
        tracing::error!(error = %e, "template failure");
        Failure::Internal
    }
}
