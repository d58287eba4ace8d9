//! `sanctum user add`: a staff member with a one-time password, which they must replace
//! at their first sign-in.

use anyhow::Result;
use sanctum_practice::Role;
use sanctum_vault::Actor;
use secrecy::ExposeSecret;

use super::{block_on, VaultOpts};

/// `sanctum user …`
#[derive(Debug, clap::Subcommand)]
pub(crate) enum UserCommand {
    /// Add a staff member; prints a one-time password to hand over.
    Add(AddArgs),
}

/// Arguments of `sanctum user add`.
#[derive(Debug, clap::Args)]
pub(crate) struct AddArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// The user name they sign in with.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// What they may do.
    #[arg(long, value_parser = parse_role)]
    pub role: Role,
}

fn parse_role(s: &str) -> Result<Role, String> {
    s.parse().map_err(|_| "expected admin, therapist or supervisor".to_owned())
}

pub(crate) fn run(command: &UserCommand) -> Result<bool> {
    let UserCommand::Add(args) = command;
    let (id, password) = block_on(async {
        let (vault, _) = args.vault.open().await?;
        let added = vault.add_user(&Actor::Operator, &args.name, args.role).await?;
        vault.close().await;
        Ok(added)
    })?;
    println!("Added {} {} (id {id}).", args.role, args.name.trim());
    println!("One-time password (shown once, stored only as an Argon2id hash): {}", password.0.expose_secret());
    println!("At their first sign-in they must replace it with a password of their own.");
    Ok(false)
}
