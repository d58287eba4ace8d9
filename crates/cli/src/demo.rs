//! `sanctum demo --guard`: the guard at work on an invented practice. Builds a synthetic
//! caseload in memory, writes realistic drafts about some of its clients (a leaking
//! post, a nickname, a misspelling, a combination of harmless details, contact details
//! in an e-mail, and a benign post full of name-like words) and prints the report and
//! the de-identified text for each.

use std::io::Write;

use anyhow::{Context, Result};
use sanctum_guard::{redact, CaseloadIndex, Client};

use crate::input::Document;
use crate::{report, synthetic};

pub(crate) fn run(clients: usize, seed: u64) -> Result<bool> {
    let caseload = synthetic::caseload(clients.max(6), seed);
    let started = std::time::Instant::now();
    let index = CaseloadIndex::new(&caseload);
    let built = started.elapsed();
    let drafts = drafts(&caseload.clients);

    let colour = anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let mut out = anstream::stdout().lock();
    writeln!(
        out,
        "Sanctum demo: {} invented clients (seed {}), indexed in {:.1} ms. Checking {} drafts.\n",
        caseload.clients.len(),
        seed,
        built.as_secs_f64() * 1e3,
        drafts.len()
    )?;
    for (label, text) in drafts {
        let findings = index.scan(&text);
        let doc = Document { id: label.to_owned(), text };
        report::human(&mut out, &caseload, &doc, &findings, colour)?;
        if !findings.is_clean() {
            writeln!(out, "  de-identified: {}", redact(&doc.text, &findings).replace('\n', "\n                 "))?;
        }
        writeln!(out)?;
    }
    writeln!(out, "Try your own: sanctum scan --caseload FILE.json draft.txt (see README.md).")
        .context("cannot write to standard output")?;
    Ok(false)
}

/// The drafts, each written about a client picked for the case it shows.
fn drafts(clients: &[Client]) -> Vec<(&'static str, String)> {
    // Clients whose given and preferred names nobody else in the caseload shares.
    let unique = |c: &Client| {
        let names = |x: &Client| [Some(x.given_name.clone()), x.preferred_name.clone()];
        let mine = names(c);
        clients
            .iter()
            .filter(|o| o.id != c.id)
            .all(|o| names(o).iter().flatten().all(|n| !mine.contains(&Some(n.clone()))))
    };
    let mut taken: Vec<&str> = Vec::new();
    let mut pick = |want: &dyn Fn(&Client) -> bool| {
        let c = clients.iter().find(|c| unique(c) && !taken.contains(&c.id.as_str()) && want(c)).unwrap_or(&clients[0]);
        taken.push(&c.id);
        c
    };
    let mut out = Vec::new();

    let full = pick(&|_| true);
    out.push((
        "a post naming a client",
        format!(
            "Tough session today with {} {}. We finally talked about the divorce. #therapistlife",
            full.given_name, full.family_name
        ),
    ));

    let nick = pick(&|c| c.preferred_name.is_some());
    out.push((
        "a nickname",
        format!(
            "So proud of {} \u{2014} first panic-free week since the winter! \u{1f49b}",
            nick.preferred_name.as_deref().unwrap_or("")
        ),
    ));

    let long = pick(&|c| c.given_name.chars().count() >= 6 && c.given_name.is_ascii());
    out.push((
        "a misspelling",
        format!("Can't stop thinking about {} after today's session.", transpose(&long.given_name)),
    ));

    let quasi = pick(&|c| c.employer.is_some() && !c.relatives.is_empty());
    let rel = &quasi.relatives[0];
    out.push((
        "harmless details together",
        format!(
            "My client who works at {} says their {} {} has been so supportive through all this.",
            quasi.employer.as_deref().unwrap_or(""),
            rel.relation,
            rel.name.split_whitespace().next().unwrap_or("")
        ),
    ));

    let contact = pick(&|c| c.phone.is_some() && c.date_of_birth.is_some());
    out.push((
        "an e-mail with contact details",
        format!(
            "Subject: Referral\n\nHi Dana,\n\nCould you see a new client (DOB {})? Best number is {}.\n\nThanks,\nSam",
            us_date(contact.date_of_birth.as_deref().unwrap_or("")),
            contact.phone.as_deref().unwrap_or("")
        ),
    ));

    out.push((
        "a benign post",
        "Hope everyone had a restful weekend. Grace under pressure is a clinical skill \u{2014} and so is taking a lunch break. May is Mental Health Awareness Month!".to_owned(),
    ));
    out
}

/// Swaps two letters in the middle of a word, as a hurried typist would.
fn transpose(word: &str) -> String {
    let mut c: Vec<char> = word.chars().collect();
    let i = c.len() / 2;
    c.swap(i - 1, i);
    c.into_iter().collect()
}

/// `1990-04-07` written as `04/07/1990`.
fn us_date(iso: &str) -> String {
    match iso.split('-').collect::<Vec<_>>()[..] {
        [y, m, d] => format!("{m}/{d}/{y}"),
        _ => iso.to_owned(),
    }
}
