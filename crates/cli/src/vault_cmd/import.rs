//! `sanctum import clients FILE.csv --therapist USER`: a caseload from a spreadsheet.
//! The header names caseload fields (unknown or repeated columns are refused by name);
//! every row is checked before the vault is opened, and the clients are written in
//! one transaction, so one bad row rejects the file — naming its line and column —
//! and nothing is half-imported. Error messages name places, never values.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use sanctum_practice::{ClientProfile, Role};
use sanctum_vault::Actor;

use super::{block_on, Bar, VaultOpts};

/// `sanctum import …`
#[derive(Debug, clap::Subcommand)]
pub(crate) enum ImportCommand {
    /// Import clients from CSV onto a therapist's caseload.
    Clients(ClientsArgs),
}

/// Arguments of `sanctum import clients`.
#[derive(Debug, clap::Args)]
pub(crate) struct ClientsArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
    /// The CSV file. Its header uses the caseload field names: given_name, family_name,
    /// preferred_name, date_of_birth, phone, email, street, city, postcode, employer,
    /// occupation, school.
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
    /// The therapist (user name) whose caseload the clients join.
    #[arg(long, value_name = "USER")]
    pub therapist: String,
}

pub(crate) fn run(command: &ImportCommand) -> Result<bool> {
    let ImportCommand::Clients(args) = command;
    let profiles = read_clients(&args.file)?;
    let count = block_on(async {
        let (vault, _) = args.vault.open().await?;
        let therapist = vault
            .find_user(&args.therapist)
            .await?
            .ok_or_else(|| anyhow!("--therapist: there is no user {:?}", args.therapist))?;
        if therapist.role != Role::Therapist {
            bail!("--therapist: {:?} is a {}, not a therapist", args.therapist, therapist.role);
        }
        let bar = Bar::new("importing clients");
        let ids = vault.import_clients_reporting(&Actor::Operator, &profiles, Some(&therapist.id), &bar).await;
        bar.finish();
        let ids = ids.context("importing; nothing was written")?;
        vault.close().await;
        Ok(ids.len())
    })?;
    println!("Imported {count} clients onto {}'s caseload.", args.therapist);
    Ok(false)
}

/// Reads and checks every row; errors say `FILE:LINE: column NAME: problem`.
pub(crate) fn read_clients(path: &Path) -> Result<Vec<ClientProfile>> {
    let name = path.display();
    let mut reader =
        csv::ReaderBuilder::new().trim(csv::Trim::All).from_path(path).with_context(|| format!("reading {name}"))?;
    let header = reader.headers().with_context(|| format!("{name}:1: reading the header"))?.clone();
    let mut columns = Vec::with_capacity(header.len());
    for (i, column) in header.iter().enumerate() {
        if !ClientProfile::FIELDS.contains(&column) {
            bail!(
                "{name}:1: unknown column {column:?} (column {}); the columns are {}",
                i + 1,
                ClientProfile::FIELDS.join(", ")
            );
        }
        if columns.contains(&column.to_owned()) {
            bail!("{name}:1: column {column:?} appears twice");
        }
        columns.push(column.to_owned());
    }
    if !columns.iter().any(|c| c == "given_name" || c == "family_name") {
        bail!("{name}:1: the header needs a given_name or family_name column");
    }
    let bar = indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} checking rows {pos}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    let mut profiles = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            anyhow!("{name}:{line}: {}", csv_problem(&e))
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let mut profile = ClientProfile::default();
        for (column, value) in columns.iter().zip(record.iter()) {
            if let Some(field) = profile.field_mut(column) {
                value.clone_into(field);
            }
        }
        profile.validate().map_err(|e| anyhow!("{name}:{line}: column {}: {}", e.field, e.message))?;
        profiles.push(profile);
        bar.inc(1);
    }
    bar.finish_and_clear();
    if profiles.is_empty() {
        bail!("{name}: no clients below the header");
    }
    Ok(profiles)
}

/// The csv crate's error without the record's content.
fn csv_problem(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("{len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".to_owned(),
        _ => "malformed CSV".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(csv: &str) -> Result<Vec<ClientProfile>, String> {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("clients.csv");
        std::fs::write(&path, csv).unwrap();
        read_clients(&path).map_err(|e| e.to_string().replace(&path.display().to_string(), "F"))
    }

    #[test]
    fn rows_and_errors() {
        let ok = check("given_name,family_name,date_of_birth\nAnn,Example,1990-01-02\n Bea , Other ,\n").unwrap();
        assert_eq!((ok[1].given_name.as_str(), ok[1].date_of_birth.as_str()), ("Bea", ""));
        let cases = [
            ("given_name,emial\nAnn,a@b\n", "F:1: unknown column \"emial\" (column 2)"),
            ("given_name,given_name\nAnn,Ann\n", "F:1: column \"given_name\" appears twice"),
            ("city\nParis\n", "F:1: the header needs a given_name or family_name column"),
            (
                "given_name,date_of_birth\nAnn,1990-01-02\nBea,02/01/1990\n",
                "F:3: column date_of_birth: is not a YYYY-MM-DD date",
            ),
            ("given_name,email\nAnn,a@b\nBea,bea.example.org\n", "F:3: column email: an e-mail address needs an @"),
            ("given_name,family_name\nAnn,Example\nBea\n", "F:3: 1 fields where the header has 2"),
            ("given_name,family_name\n", "F: no clients below the header"),
        ];
        for (csv, want) in cases {
            let err = check(csv).unwrap_err();
            assert!(err.starts_with(want), "{csv:?}: {err}");
            assert!(!err.contains("02/01/1990") && !err.contains("bea.example.org"), "values are not repeated: {err}");
        }
    }
}
