//! The `sanctum` command: parses arguments and hands each subcommand to its module.
//! Exit status follows grep: 0 nothing identifying found (or done), 1 something found
//! (for `audit verify`: the chain is broken), 2 error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod demo;
mod input;
mod report;
mod scan;
mod serve;
mod synthetic;
mod vault_cmd;

use vault_cmd::{audit::AuditCommand, backup, import::ImportCommand, init, keys::KeysCommand, user::UserCommand};

/// mimalloc in place of the system allocator: a scan makes many short-lived small
/// allocations, and the index build hundreds of thousands; both take about a sixth
/// less time with it (guard DESIGN, "Speed now"; HISTORY, speed round 7).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Sanctum: a confidentiality-first practice system for psychotherapists.
#[derive(Debug, Parser)]
#[command(name = "sanctum", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check texts against a caseload: which clients could they identify?
    Scan(ScanArgs),
    /// Serve the web app over a vault.
    Serve(serve::ServeArgs),
    /// Start the web app on an invented practice (a throwaway vault), printing the sign-ins.
    Demo(serve::DemoArgs),
    /// Create a new vault (locked by a passphrase, asked twice, or a key file).
    Init(init::InitArgs),
    /// Manage staff accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Import records into the vault.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write an encrypted backup of the whole vault (age format).
    Backup(backup::BackupArgs),
    /// Restore a backup, after verifying it.
    Restore(backup::RestoreArgs),
    /// Verify the audit chain or print its head.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Manage the vault key.
    #[command(subcommand)]
    Keys(KeysCommand),
}

/// Arguments of `sanctum scan`.
#[derive(Debug, clap::Args)]
pub(crate) struct ScanArgs {
    /// The caseload, as JSON (the format of shared/bench/dev/caseload.json).
    #[arg(long, value_name = "FILE.json")]
    pub caseload: PathBuf,
    /// Texts to scan; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub inputs: Vec<PathBuf>,
    /// Read one JSON object per line, `{"id": ..., "text": ...}`, instead of whole files.
    #[arg(long)]
    pub jsonl: bool,
    /// Output format [default: human, or jsonl with --jsonl].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Print the de-identified text instead of a report.
    #[arg(long)]
    pub redact: bool,
    /// Worker threads [default: all cores]. Output is the same for any number.
    #[arg(long, value_name = "N")]
    pub threads: Option<usize>,
}

/// How `scan` reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// A report for a person: the text with the evidence highlighted, a reason per client.
    Human,
    /// One JSON array with every finding, reason and evidence span.
    Json,
    /// One line per document in the benchmark's prediction format.
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(&args),
        Command::Serve(args) => serve::serve(&args),
        Command::Demo(args) => serve::demo(&args),
        Command::Init(args) => init::run(&args),
        Command::User(command) => vault_cmd::user::run(&command),
        Command::Import(command) => vault_cmd::import::run(&command),
        Command::Backup(args) => backup::backup(&args),
        Command::Restore(args) => backup::restore(&args),
        Command::Audit(command) => vault_cmd::audit::run(&command),
        Command::Keys(command) => vault_cmd::keys::run(&command),
    };
    match result {
        Ok(found) => ExitCode::from(u8::from(found)),
        // The reader went away (`sanctum demo | head`): not an error worth a word.
        Err(err) if err.chain().any(is_broken_pipe) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("sanctum: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &(dyn std::error::Error + 'static)) -> bool {
    e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
}
