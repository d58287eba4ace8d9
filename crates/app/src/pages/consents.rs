//! Consents: recording one the client signed (treatment, the limits of confidentiality,
//! the group agreement, telehealth, a release of information) with the form's version
//! and the date, and revoking one. The chart says which required consents are missing.

use axum::extract::{Path, State};
use axum::response::Response;
use sanctum_practice::{Consent, ConsentKind, Tagged};
use sanctum_vault::{Action, RecordRef};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::chart::{authorize_write, client_id, record_client};
use crate::pages::{parse_date, see_other, Clock};
use crate::session::Posted;
use crate::AppState;

/// The consent form.
#[derive(Debug, Deserialize)]
pub struct ConsentForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    version: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    signed: String,
}

impl ConsentForm {
    /// The consent the form describes: a known kind, a version, a date not in the future.
    fn consent(&self, clock: &Clock) -> Result<Consent, Failure> {
        let kind = ConsentKind::from_tag(self.kind.trim()).ok_or_else(|| {
            let kinds: Vec<&str> = ConsentKind::ALL.iter().map(|k| k.tag()).collect();
            Failure::input("kind", format!("is one of {}", kinds.join(", ")))
        })?;
        let version = self.version.trim();
        if version.is_empty() {
            return Err(Failure::input("version", "is empty; give the version of the form signed"));
        }
        let day = parse_date("signed", &self.signed)?;
        if day > clock.today() {
            return Err(Failure::input("signed", "is in the future"));
        }
        Ok(Consent { kind, version: version.to_owned(), signed_at: clock.start_of(day), revoked_at: None })
    }
}

/// `POST /clients/{client}/consents`: records a signed consent.
pub async fn record(
    State(state): State<AppState>,
    Path(client): Path<String>,
    Posted(who, form): Posted<ConsentForm>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    authorize_write(&state, &who, &client, Action::ConsentWrite).await?;
    let consent = form.consent(&Clock::of(&state))?;
    let id = state.vault().add_consent(&who.actor(), &client, &consent).await?;
    Ok(see_other(&format!("/clients/{client}#consent-{id}")))
}

/// The revocation form (nothing but its CSRF token).
#[derive(Debug, Deserialize)]
pub struct RevokeForm {}

/// `POST /consents/{consent}/revoke`: records that the client withdrew a consent, now.
pub async fn revoke(
    State(state): State<AppState>,
    Path(consent): Path<String>,
    Posted(who, _): Posted<RevokeForm>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Consent, &consent, Action::ConsentWrite).await?;
    state.vault().revoke_consent(&who.actor(), &id, Clock::of(&state).now()).await?;
    Ok(see_other(&format!("/clients/{client}#consent-{id}")))
}
