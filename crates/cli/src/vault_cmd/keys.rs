//! `sanctum keys rotate`: a new vault key; every data key rewrapped in one transaction.

use std::path::PathBuf;

use anyhow::Result;
use sanctum_vault::{Actor, KdfParams, KeySource};

use super::{block_on, create_key_file, passphrase_from, VaultOpts};

/// `sanctum keys …`
#[derive(Debug, clap::Subcommand)]
pub(crate) enum KeysCommand {
    /// Replace the vault key. The old key opens nothing afterwards (backups taken
    /// before still need the old key).
    Rotate(RotateArgs),
}

/// Arguments of `sanctum keys rotate`.
#[derive(Debug, clap::Args)]
pub(crate) struct RotateArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// Lock the vault with a new random key file written here; otherwise with a new
    /// passphrase (SANCTUM_NEW_PASSPHRASE, or asked twice).
    #[arg(long, value_name = "FILE")]
    pub new_key_file: Option<PathBuf>,
}

pub(crate) fn run(command: &KeysCommand) -> Result<bool> {
    let KeysCommand::Rotate(args) = command;
    let location = args.vault.location()?;
    let head = block_on(async {
        // The old key first: a wrong one stops here, before a new key file exists.
        let (mut vault, _) = args.vault.open().await?;
        let new = match &args.new_key_file {
            Some(path) => create_key_file(path, &location)?,
            None => KeySource::Passphrase(passphrase_from("SANCTUM_NEW_PASSPHRASE", "New vault passphrase: ", true)?),
        };
        vault.rotate_key(&Actor::Operator, &new, KdfParams::recommended(new.kdf())).await?;
        let head = vault.audit_head().await?;
        vault.close().await;
        Ok(head)
    })?;
    println!("Rotated the vault key of {location}; the old key no longer opens it. Audit head: {head}");
    if let Some(path) = &args.new_key_file {
        println!("New key file: {} — keep a copy somewhere safe.", path.display());
    }
    Ok(false)
}
