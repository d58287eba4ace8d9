//! `sanctum audit verify` and `sanctum audit head`.

use anyhow::Result;
use sanctum_vault::{AuditReport, Head};

use super::{block_on, VaultOpts};

/// `sanctum audit …`
#[derive(Debug, clap::Subcommand)]
pub(crate) enum AuditCommand {
    /// Check the whole chain; exit 0 when intact, 1 naming the first bad entry.
    Verify(VerifyArgs),
    /// Print the authenticated head (SEQ:HASH), to keep a copy outside the vault.
    Head(HeadArgs),
}

/// Arguments of `sanctum audit verify`.
#[derive(Debug, clap::Args)]
pub(crate) struct VerifyArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// A head printed earlier by `sanctum audit head`: the chain must pass through it.
    #[arg(long, value_name = "SEQ:HASH", value_parser = parse_head)]
    pub expect_head: Option<Head>,
}

/// Arguments of `sanctum audit head`.
#[derive(Debug, clap::Args)]
pub(crate) struct HeadArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
}

fn parse_head(s: &str) -> Result<Head, String> {
    Head::parse(s).map_err(|e| e.to_string())
}

pub(crate) fn run(command: &AuditCommand) -> Result<bool> {
    match command {
        AuditCommand::Verify(args) => {
            let started = std::time::Instant::now();
            let report = block_on(async {
                let (vault, _) = args.vault.open().await?;
                let report = vault.verify_audit(args.expect_head.as_ref()).await?;
                vault.close().await;
                Ok(report)
            })?;
            match report {
                AuditReport::Intact { head } => {
                    println!(
                        "audit chain intact: {} entries, head {head} ({:.0} ms)",
                        head.seq,
                        started.elapsed().as_secs_f64() * 1e3
                    );
                    Ok(false)
                }
                AuditReport::Broken(b) => {
                    println!("audit chain BROKEN at {b}");
                    Ok(true)
                }
            }
        }
        AuditCommand::Head(args) => {
            let head = block_on(async {
                let (vault, _) = args.vault.open().await?;
                let head = vault.audit_head().await?;
                vault.close().await;
                Ok(head)
            })?;
            println!("{head}");
            Ok(false)
        }
    }
}
