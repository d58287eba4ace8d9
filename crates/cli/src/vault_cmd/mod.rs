//! The vault's commands — `init`, `user`, `import`, `backup`, `restore`, `audit`, `keys` —
//! and what they share: where the vault is (`--vault DIR`, `SANCTUM_VAULT`, or
//! `SANCTUM_DATABASE_URL`), where its key comes from (`--key-file`/`SANCTUM_KEY_FILE`,
//! `SANCTUM_PASSPHRASE`, or a prompt), and the async runtime the library runs on.

pub(crate) mod audit;
pub(crate) mod backup;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod keys;
pub(crate) mod user;

use std::future::Future;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use sanctum_vault::{KeySource, Location, Vault};
use secrecy::{ExposeSecret, SecretString};

/// Where the vault is and how to unlock it; every vault command takes these.
#[derive(Debug, clap::Args)]
pub(crate) struct VaultOpts {
    /// The vault directory (an SQLite database and nothing else in plaintext).
    #[arg(long, env = "SANCTUM_VAULT", value_name = "DIR")]
    pub vault: Option<PathBuf>,
    /// A PostgreSQL vault instead: postgres://user:password@host/database.
    #[arg(long, env = "SANCTUM_DATABASE_URL", value_name = "URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// The key file (an age identity) instead of a passphrase. The passphrase, if used,
    /// comes from SANCTUM_PASSPHRASE or is asked for.
    #[arg(long, env = "SANCTUM_KEY_FILE", value_name = "FILE")]
    pub key_file: Option<PathBuf>,
}

impl VaultOpts {
    /// The vault's location, from exactly one of `--vault` and `--database-url`.
    pub(crate) fn location(&self) -> Result<Location> {
        match (&self.vault, &self.database_url) {
            (Some(_), Some(_)) => {
                bail!("--vault (SANCTUM_VAULT) and --database-url (SANCTUM_DATABASE_URL) both given; choose one")
            }
            (Some(dir), None) => Ok(Location::Sqlite(dir.clone())),
            (None, Some(url)) => match Location::parse(url) {
                Location::Postgres(_) => Ok(Location::parse(url)),
                Location::Sqlite(_) => bail!("--database-url: expected a postgres:// URL"),
            },
            (None, None) => bail!("where is the vault? Give --vault DIR, or set SANCTUM_VAULT or SANCTUM_DATABASE_URL"),
        }
    }

    /// The key of an existing vault: the key file if given, else the passphrase.
    pub(crate) fn key(&self) -> Result<KeySource> {
        match &self.key_file {
            Some(path) => read_key_file(path),
            None => Ok(KeySource::Passphrase(passphrase("Vault passphrase: ", false)?)),
        }
    }

    /// Opens the vault; a wrong key is refused before anything is written.
    pub(crate) async fn open(&self) -> Result<(Vault, KeySource)> {
        let location = self.location()?;
        let key = self.key()?;
        let vault = Vault::open(&location, &key).await.with_context(|| format!("opening the vault at {location}"))?;
        Ok((vault, key))
    }
}

pub(crate) fn read_key_file(path: &Path) -> Result<KeySource> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading the key file {}", path.display()))?;
    KeySource::key_file(&text).with_context(|| format!("key file {}", path.display()))
}

/// A passphrase from `SANCTUM_PASSPHRASE`, else asked on the terminal (twice if `confirm`).
pub(crate) fn passphrase(prompt: &str, confirm: bool) -> Result<SecretString> {
    passphrase_from("SANCTUM_PASSPHRASE", prompt, confirm)
}

pub(crate) fn passphrase_from(var: &str, prompt: &str, confirm: bool) -> Result<SecretString> {
    if let Ok(p) = std::env::var(var) {
        return checked(SecretString::from(p), var);
    }
    let first = rpassword::prompt_password(prompt)
        .with_context(|| format!("no terminal to ask for the passphrase; set {var} or SANCTUM_KEY_FILE"))?;
    let first = checked(SecretString::from(first), "passphrase")?;
    if confirm {
        let again = rpassword::prompt_password("Again, to confirm: ").context("reading the passphrase")?;
        if again != first.expose_secret() {
            bail!("the two passphrases differ; nothing was changed");
        }
    }
    Ok(first)
}

fn checked(p: SecretString, source: &str) -> Result<SecretString> {
    if p.expose_secret().chars().count() < 10 {
        bail!("{source}: a vault passphrase needs at least 10 characters");
    }
    Ok(p)
}

/// Writes a fresh key file at `path` (owner-only), refusing to overwrite anything or to
/// put the key inside the vault directory it protects.
pub(crate) fn create_key_file(path: &Path, vault: &Location) -> Result<KeySource> {
    if let (Some(dir), Some(parent)) = (vault.dir(), path.parent()) {
        let inside =
            std::path::absolute(parent).ok().zip(std::path::absolute(dir).ok()).is_some_and(|(p, d)| p.starts_with(d));
        if inside {
            bail!("{}: the key file must not live inside the vault directory", path.display());
        }
    }
    let text = KeySource::new_key_file();
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).with_context(|| format!("creating the key file {}", path.display()))?;
    std::io::Write::write_all(&mut file, text.expose_secret().as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing the key file {}", path.display()))?;
    KeySource::key_file(text.expose_secret()).context("the new key file")
}

/// Runs a vault command's future on a small runtime.
pub(crate) fn block_on<T>(future: impl Future<Output = Result<T>>) -> Result<T> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")?
        .block_on(future)
}

/// A progress bar on standard error when it is a terminal (nothing otherwise): a
/// spinner until the vault says how many rows there are, then a bar of rows.
#[derive(Debug, Clone)]
pub(crate) struct Bar(indicatif::ProgressBar);

impl Bar {
    pub(crate) fn new(message: &str) -> Bar {
        let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.set_message(message.to_owned());
        bar.enable_steady_tick(std::time::Duration::from_millis(100));
        Bar(bar)
    }

    pub(crate) fn finish(&self) {
        self.0.finish_and_clear();
    }
}

impl sanctum_vault::Progress for Bar {
    fn start(&self, total: u64) {
        self.0.set_length(total);
        self.0.set_style(
            indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} rows {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }
}
