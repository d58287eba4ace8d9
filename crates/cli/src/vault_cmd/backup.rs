//! `sanctum backup FILE.age` and `sanctum restore FILE.age`.
//!
//! A backup is an age file the standard `age` tool opens with the vault's key: a
//! key-file vault's backup with `age -d -i KEYFILE FILE.age`, a passphrase vault's with
//! `age -d FILE.age` (it asks for the vault passphrase). A restore checks the key, the
//! row counts, every wrapped key and the audit chain before it replaces anything.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use sanctum_vault::{Actor, BackupManifest, KeySource, Vault};

use super::{block_on, Bar, VaultOpts};

/// Arguments of `sanctum backup`.
#[derive(Debug, clap::Args)]
pub(crate) struct BackupArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// Where to write the backup (replaced atomically if it exists).
    #[arg(value_name = "FILE.age")]
    pub file: PathBuf,
}

/// Arguments of `sanctum restore`.
#[derive(Debug, clap::Args)]
pub(crate) struct RestoreArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// The backup to restore.
    #[arg(value_name = "FILE.age")]
    pub file: PathBuf,
    /// Replace the vault that is there (after the backup has been verified).
    #[arg(long)]
    pub replace: bool,
}

fn summary(m: &BackupManifest) -> String {
    let count = |t: &str| m.tables.get(t).copied().unwrap_or(0);
    format!(
        "{} clients, {} sessions, {} notes, {} audit entries; {} rows in all; audit head {}",
        count("clients"),
        count("sessions"),
        count("notes"),
        count("audit_log"),
        m.tables.values().sum::<u64>(),
        m.head
    )
}

pub(crate) fn backup(args: &BackupArgs) -> Result<bool> {
    let (manifest, key) = block_on(async {
        let (vault, key) = args.vault.open().await?;
        let bar = Bar::new("writing the backup");
        let manifest = vault.backup_reporting(&Actor::Operator, &key, &args.file, Arc::new(bar.clone())).await;
        bar.finish();
        let manifest = manifest.with_context(|| format!("backing up to {}", args.file.display()))?;
        vault.close().await;
        Ok((manifest, key))
    })?;
    println!("Backed up to {}: {}.", args.file.display(), summary(&manifest));
    match (key, &args.vault.key_file) {
        (KeySource::KeyFile(_), Some(path)) => {
            println!("Open it with: age -d -i {} {}", path.display(), args.file.display())
        }
        _ => println!("Open it with: age -d {} (it asks for the vault passphrase)", args.file.display()),
    }
    Ok(false)
}

pub(crate) fn restore(args: &RestoreArgs) -> Result<bool> {
    let location = args.vault.location()?;
    let key = args.vault.key()?;
    let manifest = block_on(async {
        let bar = Bar::new("reading and checking the backup");
        let restored = Vault::restore_reporting(&location, &key, &args.file, args.replace, Arc::new(bar.clone())).await;
        bar.finish();
        let (vault, manifest) =
            restored.with_context(|| format!("restoring {}; nothing was replaced", args.file.display()))?;
        vault.close().await;
        Ok(manifest)
    })?;
    println!("Restored {} into {location}: {}.", args.file.display(), summary(&manifest));
    Ok(false)
}
