//! `sanctum init`: a new vault, unlocked by a passphrase (asked twice) or a key file.

use std::path::PathBuf;

use anyhow::{bail, Context, Result};
use sanctum_vault::{Kdf, KdfParams, KeySource, Location, Vault};

use super::{block_on, create_key_file, passphrase, read_key_file, VaultOpts};

/// Arguments of `sanctum init`.
#[derive(Debug, clap::Args)]
pub(crate) struct InitArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// Create a new random key file here and lock the vault with it (instead of a
    /// passphrase). Keep it outside the vault directory, and back it up.
    #[arg(long, value_name = "FILE")]
    pub new_key_file: Option<PathBuf>,
}

pub(crate) fn run(args: &InitArgs) -> Result<bool> {
    let location = args.vault.location()?;
    if let Location::Sqlite(dir) = &location {
        let occupied = std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(false);
        if occupied && location.database_file().is_some_and(|f| !f.exists()) {
            bail!("{}: the directory is not empty; a vault directory holds the vault and nothing else", dir.display());
        }
    }
    let key = match (&args.new_key_file, &args.vault.key_file) {
        // A new key file wins over SANCTUM_KEY_FILE (which may name it already).
        (Some(path), _) => create_key_file(path, &location)?,
        (None, Some(path)) => read_key_file(path)?,
        (None, None) => KeySource::Passphrase(passphrase("New vault passphrase: ", true)?),
    };
    let params = KdfParams::recommended(key.kdf());
    let started = std::time::Instant::now();
    let vault = block_on(async {
        let vault = Vault::create(&location, &key, params.clone())
            .await
            .with_context(|| format!("creating a vault at {location}"))?;
        let head = vault.audit_head().await?;
        vault.close().await;
        Ok(head)
    })?;
    let how = match params.kdf {
        Kdf::Argon2id => format!(
            "a passphrase (Argon2id, {} MiB, {} passes, {} lane; {:.2} s here)",
            params.memory_kib / 1024,
            params.iterations,
            params.parallelism,
            started.elapsed().as_secs_f64()
        ),
        Kdf::KeyFile => "a key file".to_owned(),
    };
    println!("Created a vault at {location}, locked by {how}.");
    if let Some(path) = &args.new_key_file {
        println!("Key file: {} — keep a copy somewhere safe; without it the vault cannot be opened.", path.display());
    }
    println!("Audit head: {vault}");
    Ok(false)
}
