//! The guard on the shared benchmark's dev set (`../shared/bench/dev`, beside the repo)
//! on six probe sets written by hand in other words, one about the same caseload
//! (`tests/probe`) and five about caseloads of their own (`tests/probe2` to `tests/probe6`),
//! and on two sets made by the shared generator from a template bank in other words
//! (`tests/altbank`): scans every document, scores it as
//! `shared/bench/score.py` does, prints the figures and holds them to a floor. The dev
//! floor is the acceptance bar; the probe's is what the guard reached when the
//! probe was written and its lessons learnt, kept so that no change loses them. Neither
//! is a tuning target: the held-back sets are other clients and other phrasing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sanctum_guard::{Caseload, CaseloadIndex};
use serde::Deserialize;

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
    identifies: Vec<String>,
    category: String,
}

fn dev_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/dev");
    assert!(dir.join("docs.jsonl").exists(), "the shared benchmark is missing: expected {}", dir.display());
    dir
}

/// Flagged recall on direct and quasi leaks, false alarms on benign documents, and
/// (document, client) identification F1.
struct Scores {
    direct: f64,
    quasi: f64,
    false_alarms: f64,
    f1: f64,
}

fn score(name: &str, caseload: &Path, docs: &Path) -> Scores {
    let json = std::fs::read_to_string(caseload).expect("caseload readable");
    let index = CaseloadIndex::new(&Caseload::from_json("caseload.json", &json).expect("caseload parses"));
    let docs: Vec<Doc> = std::fs::read_to_string(docs)
        .expect("docs readable")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("doc parses"))
        .collect();
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    let mut flagged = std::collections::HashMap::<&str, (usize, usize)>::new();
    for d in &docs {
        let found: BTreeSet<String> = index.scan(&d.text).clients.into_iter().map(|c| c.client_id).collect();
        let truth: BTreeSet<String> = d.identifies.iter().cloned().collect();
        tp += found.intersection(&truth).count();
        fp += found.difference(&truth).count();
        fn_ += truth.difference(&found).count();
        let e = flagged.entry(d.category.as_str()).or_default();
        e.0 += usize::from(!found.is_empty());
        e.1 += 1;
        assert!(!d.id.is_empty());
    }
    let rate = |c: &str| flagged.get(c).map_or(0.0, |&(hit, n)| hit as f64 / n as f64);
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    let f1 = 2.0 * p * r / (p + r);
    let scores = Scores { direct: rate("direct"), quasi: rate("quasi"), false_alarms: rate("benign"), f1 };
    println!(
        "{name}, {} docs: flagged recall direct {:.3}, quasi {:.3}; false alarms on benign {:.3}; \
         identification P {p:.3} R {r:.3} F1 {f1:.3}",
        docs.len(),
        scores.direct,
        scores.quasi,
        scores.false_alarms,
    );
    scores
}

/// Holds `s` to the floor: recall on direct and quasi leaks, false alarms, F1.
fn hold(name: &str, s: &Scores, direct: f64, quasi: f64, false_alarms: f64, f1: f64) {
    assert!(s.direct >= direct, "{name}: direct recall {:.3} < {direct}", s.direct);
    assert!(s.quasi >= quasi, "{name}: quasi recall {:.3} < {quasi}", s.quasi);
    assert!(s.false_alarms <= false_alarms, "{name}: false alarms {:.3} > {false_alarms}", s.false_alarms);
    assert!(s.f1 >= f1, "{name}: identification F1 {:.3} < {f1}", s.f1);
}

#[test]
fn dev_set_meets_the_accuracy_floor() {
    let dir = dev_dir();
    let s = score("dev set", &dir.join("caseload.json"), &dir.join("docs.jsonl"));
    hold("dev set", &s, 0.98, 0.90, 0.02, 0.95);
}

/// Scores a probe set that has a caseload of its own (`tests/<dir>/caseload.json`) and
/// holds it to its floor.
fn own_caseload_probe(dir: &str, name: &str, direct: f64, quasi: f64, false_alarms: f64, f1: f64) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join(dir);
    let s = score(&format!("{name} (own caseload)"), &dir.join("caseload.json"), &dir.join("docs.jsonl"));
    hold(name, &s, direct, quasi, false_alarms, f1);
}

#[test]
fn second_probe_keeps_what_it_taught() {
    own_caseload_probe("probe2", "second probe", 0.95, 0.94, 0.08, 0.95);
}

#[test]
fn third_probe_keeps_what_it_taught() {
    own_caseload_probe("probe3", "third probe", 0.95, 0.83, 0.12, 0.89);
}

/// Other registers: chat, group notes, formal letters, admin, variants of English.
#[test]
fn fourth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe4", "fourth probe", 0.98, 0.85, 0.11, 0.92);
}

/// Names that are everyday words, and celebrities' names.
#[test]
fn fifth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe5", "fifth probe", 0.97, 0.99, 0.06, 0.94);
}

/// Long-form professional writing and half-done de-identification, in eleven voices.
#[test]
fn sixth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe6", "sixth probe", 0.99, 0.99, 0.02, 0.96);
}

/// The practice's everyday traffic written by many hands: front desk, voicemail
/// transcripts, clients' own e-mails, forums, billing.
#[test]
fn seventh_probe_keeps_what_it_taught() {
    own_caseload_probe("probe7", "seventh probe", 0.93, 0.92, 0.11, 0.92);
}

/// The therapist's longer writing for an audience, by a hand that never saw the guard:
/// newsletters, podcast transcripts, book and journal vignettes, teaching material,
/// letters, threads, consultation chat, reports.
#[test]
fn eighth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe8", "eighth probe", 0.95, 0.90, 0.15, 0.87);
}

/// The shapes real text arrives in: quoted e-mail threads, CSV and table exports,
/// timestamped transcripts and captions, OCR'd faxes, chat exports, HTML remnants,
/// fragments and long documents with a leak buried in them.
#[test]
fn ninth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe9", "ninth probe", 0.94, 0.86, 0.21, 0.85);
}

/// Work with more than one person at a time, by a hand that never saw the guard:
/// couples and family therapy, children and schools, groups and their breaches,
/// supervision and team minutes, with family members named on every page.
#[test]
fn tenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe10", "tenth probe", 0.98, 0.96, 0.02, 0.98);
}

/// Small communities, where details name people, by a hand that never saw the guard:
/// rural and island practice, faith communities, military and veterans, campus,
/// sports teams, one employer's EAP, immigrant and recovery communities. (First run:
/// identification F1 0.906, false alarms 7.4 %.)
#[test]
fn eleventh_probe_keeps_what_it_taught() {
    own_caseload_probe("probe11", "eleventh probe", 0.98, 0.90, 0.08, 0.93);
}

/// A practice's paperwork and outreach, by many hands that never saw the guard:
/// referral letters, discharge and court letters, listserv consultations, conference
/// abstracts, intake and billing mail, SMS logs, interpreters' notes, dictation, forms
/// and file names. (First run: identification F1 0.910, false alarms 13.7 %.)
#[test]
fn twelfth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe12", "twelfth probe", 0.95, 0.95, 0.13, 0.94);
}

/// Confidentiality itself as the topic, by a hand that never saw the guard: incident
/// records and the next session's agenda, apologies, safeguarding and duty-to-warn
/// letters, replies to subpoenas and police, breach notices, seat numbers and
/// "Member 3". (First run: identification F1 0.940, false alarms 6.9 %.)
#[test]
fn thirteenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe13", "thirteenth probe", 0.92, 0.95, 0.08, 0.94);
}

/// English as the world writes it, by a hand that never saw the guard: clinicians and
/// staff writing a second language or a regional English (India, Nigeria, Singapore, the
/// Philippines, the Caribbean, Scotland, Ireland, Quebec…), honorifics, family names
/// first, WhatsApp messages and code-switching. (First run: identification F1 0.893,
/// false alarms 14.3 %.)
#[test]
fn fourteenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe14", "fourteenth probe", 0.96, 0.85, 0.11, 0.91);
}

/// Children, adolescents and families, by a hand that never saw the guard: schools,
/// parents, custody, play therapy, sibling sessions and step-families, where the
/// children's names are the parents' relatives. (First run: identification F1 0.840,
/// false alarms 7.6 %.)
#[test]
fn fifteenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe15", "fifteenth probe", 0.96, 0.92, 0.06, 0.92);
}

/// Clients who are professionals or public people, by a hand that never saw the guard:
/// police, fire crews, doctors, nurses, teachers, lawyers, councillors, musicians with
/// stage names, athletes and coaches, named by titles and ranks among colleagues who
/// share their names and titles. (First run: identification F1 0.919, false alarms
/// 6.1 %.)
#[test]
fn sixteenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe16", "sixteenth probe", 0.92, 0.96, 0.06, 0.93);
}

/// Later life, loss and identity, by a hand that never saw the guard: memory clinics,
/// care homes, bereavement with the dead named, hospices, wills, obituaries, chosen and
/// legal names. (First run: identification F1 0.928, false alarms 13.8 %.)
#[test]
fn seventeenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe17", "seventeenth probe", 0.98, 0.96, 0.10, 0.94);
}

/// Students, young adults and recovery communities, by a hand that never saw the guard:
/// a university counselling centre (exam boards, tutors, halls, teams, staff chat) and
/// a community addiction service (groups, sponsors, rehab, probation, parents writing
/// in). (First run: identification F1 0.915, false alarms 10.0 %.)
#[test]
fn eighteenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe18", "eighteenth probe", 0.96, 0.92, 0.12, 0.92);
}

/// Crisis services and the workplace, by a hand that never saw the guard: text-line
/// transcripts and hotline logs, EAP referrals from HR and managers, occupational
/// health, critical-incident debriefs, union reps, with volunteers and staff named by
/// first names throughout. (First run: identification F1 0.914, false alarms 21.3 %.)
#[test]
fn nineteenth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe19", "nineteenth probe", 0.95, 0.97, 0.22, 0.91);
}

/// The therapist's public online presence, by a hand that never saw the guard: replies
/// to reviews, posts and captions, directory profiles, podcasts, forums and newsletters,
/// handles and hashtags that carry names, clients and celebrities who share them.
/// (First run: identification F1 0.924, false alarms 11.6 %.)
#[test]
fn twentieth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe20", "twentieth probe", 0.90, 0.94, 0.12, 0.92);
}

/// Names of many cultures, by a hand that never saw the guard: particles, double
/// family names, family names first, patronymics, romanisations and diacritics, family
/// names many clients share ("Mr Singh"), honorifics, interpreters and staff with the
/// clients' names. (First run: identification F1 0.920, false alarms 17.9 %.)
#[test]
fn twenty_first_probe_keeps_what_it_taught() {
    own_caseload_probe("probe21", "twenty-first probe", 0.97, 0.96, 0.18, 0.91);
}

/// The therapist's own life beside the caseload, by a hand that never saw the guard:
/// messages to their own family and friends, school and club chats, personal posts and
/// errands, with family who share clients' names, and the work messages in between.
/// (First run: identification F1 0.891, false alarms 17.6 %.)
#[test]
fn twenty_second_probe_keeps_what_it_taught() {
    own_caseload_probe("probe22", "twenty-second probe", 0.95, 0.98, 0.18, 0.89);
}

/// A multilingual practice, by a hand that never saw the guard: reminders, interpreters'
/// notes, letters from abroad and relatives' messages in Spanish, Portuguese, French,
/// German, Italian, Polish and Dutch, with English mixed in; occupations and facts told
/// in those languages, names that are their everyday words. (First run: identification
/// F1 0.726, false alarms 18.3 %.)
#[test]
fn twenty_third_probe_keeps_what_it_taught() {
    own_caseload_probe("probe23", "twenty-third probe", 0.85, 0.70, 0.16, 0.82);
}

/// Therapy around the justice system, by a hand that never saw the guard: court-ordered
/// therapy, probation, prisons, victim services, police requests for records, parole
/// and expert reports, with judges, officers and lawyers who share clients' names.
/// (First run: identification F1 0.925, false alarms 22.5 %.)
#[test]
fn twenty_fourth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe24", "twenty-fourth probe", 1.0, 1.0, 0.18, 0.94);
}

/// The shared generator with a template bank written in other words (`tests/altbank`):
/// the held-back sets' shape, other phrasing.
#[test]
fn alternative_bank_keeps_what_it_taught() {
    own_caseload_probe("altbank/alt101", "alternative bank, seed 101", 0.97, 0.99, 0.01, 0.98);
    own_caseload_probe("altbank/alt202", "alternative bank, seed 202", 0.97, 0.99, 0.01, 0.98);
}

/// A third bank, written by another hand in other voices (`tests/altbank3`): clients'
/// own e-mails, list posts, shorthand, second-language English, other renderings of
/// dates and phones.
#[test]
fn third_bank_keeps_what_it_taught() {
    own_caseload_probe("altbank3/alt303", "third bank, seed 303", 0.98, 0.98, 0.01, 0.98);
    own_caseload_probe("altbank3/alt404", "third bank, seed 404", 0.99, 0.97, 0.01, 0.99);
}

/// A fourth bank, by yet another hand (`tests/altbank4`): liaison psychiatry, school
/// counselling, addiction keyworkers, Substack, practice managers, NHS, Australian and
/// South African voices, with other renderings of dates, phones and addresses.
#[test]
fn fourth_bank_keeps_what_it_taught() {
    own_caseload_probe("altbank4/alt505", "fourth bank, seed 505", 0.98, 0.99, 0.01, 0.98);
    own_caseload_probe("altbank4/alt606", "fourth bank, seed 606", 0.98, 0.99, 0.01, 0.99);
}

/// A fifth bank (`tests/altbank5`): community mental health progress notes, a bilingual
/// Spanish/English therapist, telehealth summaries, insurance and EAP letters, campus,
/// military-family and forensic voices, with record systems' renderings of dates,
/// phones and addresses.
#[test]
fn fifth_bank_keeps_what_it_taught() {
    own_caseload_probe("altbank5/alt707", "fifth bank, seed 707", 0.98, 0.99, 0.02, 0.98);
    own_caseload_probe("altbank5/alt808", "fifth bank, seed 808", 0.97, 0.99, 0.025, 0.98);
}

#[test]
fn probe_set_keeps_what_it_taught() {
    let probe = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/probe/docs.jsonl");
    let s = score("probe set", &dev_dir().join("caseload.json"), &probe);
    hold("probe set", &s, 0.95, 0.96, 0.06, 0.96);
}

/// Faith, sport and community organisations around the practice, by a hand that never
/// saw the guard: parish bulletins, club newsletters, match reports, prayer lists,
/// volunteer rotas and letters to pastors and coaches, with clergy, coaches and
/// volunteers who share clients' names, and names that are virtues. (First run:
/// identification F1 0.886, false alarms 21.8 %.)
#[test]
fn twenty_sixth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe26", "twenty-sixth probe", 0.95, 1.0, 0.20, 0.89);
}

/// Insurance, billing and letters between clinicians, by a hand that never saw the
/// guard: superbills, claims, explanations of benefits, prior authorisations,
/// invoices, referral letters, discharge summaries and sick-leave letters, with codes,
/// member IDs and amounts beside phones and dates of birth, and billers, reviewers and
/// doctors who share clients' names. (First run: identification F1 0.915, false alarms
/// 18.5 %.)
#[test]
fn twenty_fifth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe25", "twenty-fifth probe", 0.94, 1.0, 0.15, 0.92);
}

/// Military, veterans and first responders and their families, by a hand that never
/// saw the guard: deployment and homecoming, benefits and fitness-for-duty letters,
/// critical-incident debriefs, unit and station newsletters, memorials, with ranked
/// colleagues who share clients' names, call signs, and names that are words. (First
/// run: identification F1 0.950, false alarms 10.8 %.)
#[test]
fn twenty_seventh_probe_keeps_what_it_taught() {
    own_caseload_probe("probe27", "twenty-seventh probe", 0.97, 0.98, 0.09, 0.95);
}

/// Supervision, training and teaching, by a hand that never saw the guard: supervision
/// notes, trainee logs, case conferences, exam vignettes, journal case studies and
/// peer reviews, de-identified well or badly, with the field's authors and famous
/// cases who share clients' names. (First run: identification F1 0.902, false alarms
/// 18.3 %.)
#[test]
fn twenty_eighth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe28", "twenty-eighth probe", 0.97, 1.0, 0.17, 0.91);
}

/// The therapist who writes and speaks in public, by a hand that never saw the guard:
/// podcast show notes and transcripts, blog and book drafts with composite vignettes,
/// acknowledgements, newsletters, an advice column, talks and interviews, full of public
/// figures, authors and characters, and co-hosts, editors and guests who share clients'
/// names. (First run: identification F1 0.911, false alarms 15.3 %.)
#[test]
fn twenty_ninth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe29", "twenty-ninth probe", 0.93, 1.0, 0.16, 0.91);
}

/// Telehealth, calendars and the machinery of a practice, by a hand that never saw the
/// guard: calendar invites and exports, reminder texts, waiting-room chat, voicemail
/// transcripts, booking notifications, e-fax covers, to-do lists and a staff chat,
/// terse, lower case and abbreviated, with staff and vendors who share clients' names.
/// (First run: identification F1 0.895, false alarms 19.8 %.)
#[test]
fn thirtieth_probe_keeps_what_it_taught() {
    own_caseload_probe("probe30", "thirtieth probe", 0.96, 0.92, 0.17, 0.91);
}

/// Perinatal work, fertility and early parenthood, by a hand that never saw the guard:
/// midwives' referrals, obstetric liaison, antenatal groups, baby-loss posts, adoption
/// reports and thank-you cards, with babies, partners and midwives who share clients'
/// names and names that are words ("Hope", "Joy", "Grace"). (First run: identification
/// F1 0.935, false alarms 9.9 %.)
#[test]
fn thirty_first_probe_keeps_what_it_taught() {
    own_caseload_probe("probe31", "thirty-first probe", 1.0, 0.98, 0.10, 0.93);
}
