//! `sanctum serve` and `sanctum demo`: the web app over a vault. `serve` opens the
//! practice's vault with its key and serves until interrupted; `demo` makes a
//! throwaway vault (a temporary directory, a key that lives only in memory), fills it
//! with the synthetic practice, prints where to go and how to sign in, and serves it on
//! loopback until interrupted, when the directory is deleted.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use sanctum_app::synthetic::{populate, PracticeSpec};
use sanctum_app::{AppState, Settings};
use sanctum_vault::{Kdf, KdfParams, KeySource, Location, Vault};
use secrecy::ExposeSecret;

use crate::vault_cmd::{block_on, read_key_file, VaultOpts};

/// Arguments of `sanctum serve`.
#[derive(Debug, clap::Args)]
pub(crate) struct ServeArgs {
    /// A TOML settings file (see README.md); SANCTUM_* variables override it.
    #[arg(long, value_name = "FILE.toml")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// Arguments of `sanctum demo`.
#[derive(Debug, clap::Args)]
pub(crate) struct DemoArgs {
    /// Port on 127.0.0.1 [default: 8080, or any free port if it is taken].
    #[arg(long)]
    pub port: Option<u16>,
    /// Seed of the invented practice.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// Number of invented clients.
    #[arg(long, default_value_t = 60)]
    pub clients: usize,
    /// Instead of the web app, run the guard over a handful of drafts and print its reports.
    #[arg(long)]
    pub guard: bool,
}

fn logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SANCTUM_LOG").unwrap_or_else(|_| "info".into());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}

/// Ctrl-C, or SIGTERM (what a service manager sends to stop a service).
async fn interrupted() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Serves until interrupted, lets requests in flight finish, then closes the vault's
/// connections (SQLite folds its write-ahead log back into the database file).
async fn serve_until_interrupted(state: AppState, listener: tokio::net::TcpListener) {
    sanctum_app::run(state.clone(), listener, interrupted()).await;
    state.vault().store().close().await;
    tracing::info!("stopped");
}

pub(crate) fn serve(args: &ServeArgs) -> Result<bool> {
    let settings = Settings::load(args.config.as_deref())?;
    logging();
    block_on(async {
        let location = match (&args.vault.vault, &args.vault.database_url) {
            (None, None) => Location::parse(&settings.vault),
            _ => args.vault.location()?,
        };
        let key = match (&args.vault.key_file, &settings.key_file) {
            (None, Some(file)) => read_key_file(file)?,
            _ => args.vault.key()?,
        };
        let vault = Vault::open(&location, &key).await.with_context(|| format!("opening the vault at {location}"))?;
        let listener = tokio::net::TcpListener::bind(settings.listen)
            .await
            .with_context(|| format!("listening on {}", settings.listen))?;
        tracing::info!(address = %settings.listen, vault = %location, "serving");
        serve_until_interrupted(AppState::new(vault, settings), listener).await;
        Ok(false)
    })
}

pub(crate) fn demo(args: &DemoArgs) -> Result<bool> {
    if args.guard {
        return crate::demo::run(args.clients, args.seed);
    }
    logging();
    let started = Instant::now();
    let dir = tempfile::Builder::new().prefix("sanctum-demo-").tempdir().context("creating a temporary directory")?;
    block_on(async {
        // A key that exists only in this process: the demo's vault is unreadable once it ends.
        let key_text = KeySource::new_key_file();
        let key = KeySource::key_file(key_text.expose_secret())?;
        let location = Location::Sqlite(dir.path().to_owned());
        let vault = Vault::create(&location, &key, KdfParams::recommended(Kdf::KeyFile)).await?;
        let spec = PracticeSpec { seed: args.seed, clients: args.clients, ..PracticeSpec::default() };
        let practice = populate(&vault, &spec).await.context("creating the demo practice")?;
        let listener = bind(args.port).await?;
        let address = listener.local_addr()?;
        // Loopback only, plain HTTP: cookies cannot be Secure here (README: production sits behind TLS).
        let settings = Settings { listen: address, demo: true, secure_cookies: false, ..Settings::default() };
        println!(
            "Sanctum demo: an invented practice of {} clients, ready in {:.1} s.",
            spec.clients,
            started.elapsed().as_secs_f64()
        );
        println!("\n  Open http://{address}/ and sign in as one of:\n");
        for user in &practice.users {
            println!("    {:<10} {:<11} password {}", user.username, user.role, user.password.expose_secret());
        }
        println!("\n  Demo staff may skip the second factor and keep these passwords (real staff must replace");
        println!("  the password they are given, then set up a second factor).");
        println!("  Everything is in a temporary vault that is deleted when you press Ctrl-C.\n");
        use std::io::Write as _;
        let _ = std::io::stdout().flush();
        serve_until_interrupted(AppState::new(vault, settings), listener).await;
        Ok(false)
    })
}

async fn bind(port: Option<u16>) -> Result<tokio::net::TcpListener> {
    let at = |p| SocketAddr::from(([127, 0, 0, 1], p));
    match port {
        Some(p) => tokio::net::TcpListener::bind(at(p)).await.with_context(|| format!("listening on {}", at(p))),
        None => match tokio::net::TcpListener::bind(at(8080)).await {
            Ok(l) => Ok(l),
            Err(_) => tokio::net::TcpListener::bind(at(0)).await.context("listening on loopback"),
        },
    }
}
