//! Sanctum's web app: the pages a therapist uses every day and the JSON API, served by
//! axum over the vault (storage, encryption, audit) and the guard (disclosure checks).
//!
//! - [`settings`]: the typed, layered [`Settings`].
//! - [`session`]: who is asking (server-side sessions in the vault, CSRF).
//! - [`sign_in`]: passwords, the second factor (TOTP), signing out; [`limits`] throttles it.
//! - [`routes`]: every route, with who may use it — the table the authorization test walks.
//! - [`pages`]: the server-rendered HTML, one module per thing a therapist works on.
//! - [`disclosure_check`]: "check before posting", the guard over a therapist's caseload.
//! - [`security`]: the headers every response carries; [`assets`]: CSS and htmx, vendored.
//! - [`synthetic`]: the invented practice of `sanctum demo` and the tests.
//!
//! [`run`] serves until the `shutdown` future completes, then drains the requests in
//! flight; tests call it on port 0.

use std::future::Future;
use std::sync::Arc;

use sanctum_vault::Vault;
use tokio::net::TcpListener;

pub mod api;
pub mod assets;
pub mod case_presentation;
pub mod disclosure_check;
pub mod error;
pub mod limits;
pub mod pages;
pub mod routes;
pub mod security;
pub mod session;
pub mod settings;
pub mod sign_in;
pub mod synthetic;
pub mod totp;

pub use settings::Settings;

/// What every request handler shares: the vault, the settings, the sign-in throttle.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    vault: Vault,
    settings: Settings,
    limits: limits::SignInLimits,
    checks: limits::CheckLimits,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("settings", &self.0.settings).finish_non_exhaustive()
    }
}

impl AppState {
    /// State over an opened vault.
    pub fn new(vault: Vault, settings: Settings) -> AppState {
        let limits = limits::SignInLimits::new(settings.sign_in_per_minute);
        AppState(Arc::new(Inner { vault, settings, limits, checks: limits::CheckLimits::default() }))
    }

    /// The vault.
    pub fn vault(&self) -> &Vault {
        &self.0.vault
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.0.settings
    }

    /// The sign-in throttle.
    pub fn limits(&self) -> &limits::SignInLimits {
        &self.0.limits
    }

    /// The throttle on guard checks (drafts and case presentations).
    pub fn check_limits(&self) -> &limits::CheckLimits {
        &self.0.checks
    }
}

/// The whole app as a router: pages, API, assets, with the security headers and limits.
pub fn app(state: AppState) -> axum::Router {
    let audited = axum::middleware::from_fn_with_state(state.clone(), audit_refusals);
    security::layers(routes::router(), &state).layer(audited).with_state(state)
}

/// Appends an `access.denied` entry for every answer that refused a staff member by
/// role (handlers mark such answers with [`error::RefusedBy`]), so every forbidden
/// request is on the audit trail — not only those about a client.
async fn audit_refusals(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let response = next.run(request).await;
    if let Some(error::RefusedBy(user)) = response.extensions().get::<error::RefusedBy>() {
        if let Err(e) = state.vault().record_refusal(&sanctum_vault::Actor::User(user.clone())).await {
            tracing::error!(error = %e, "could not record a refusal");
        }
    }
    response
}

/// Serves `state` on `listener` until `shutdown` completes; requests in flight finish.
pub async fn run(state: AppState, listener: TcpListener, shutdown: impl Future<Output = ()> + Send + 'static) {
    let service = app(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    if let Err(e) = axum::serve(listener, service).with_graceful_shutdown(shutdown).await {
        tracing::error!(error = %e, "the server stopped");
    }
}
