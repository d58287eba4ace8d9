//! The invented practice: deterministic, complete, and shaped the way the pages expect
//! (every client on one caseload, a note on every held session, trending measures, a
//! schedule for today, some consents missing).

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use sanctum_app::synthetic::{populate, profiles, DemoPractice, PracticeSpec};
use sanctum_guard::CaseloadIndex;
use sanctum_practice::{
    ConsentKind, HomeworkStatus, IncidentSource, Instrument, Involvement, LegalBasis, Location, NoteState, Role,
    SessionKind, SessionStatus, SESSION_GRACE,
};
use sanctum_vault::{Actor, Chart, Kdf, KdfParams, KeySource, RowId, Vault};
use secrecy::ExposeSecret;

const DAY: i64 = 86_400;
/// Saturday 2025-03-15, 10:00 UTC: a weekend, so today's sessions are the extra ones.
const SATURDAY_10AM: i64 = 1_742_032_800;
/// Wednesday 2025-03-19, 07:30 UTC: before the working day starts.
const WEDNESDAY_EARLY: i64 = 1_742_369_400;

async fn vault(dir: &tempfile::TempDir) -> Vault {
    let key_text = KeySource::new_key_file();
    let key = KeySource::key_file(key_text.expose_secret()).expect("key");
    let location = sanctum_vault::Location::Sqlite(dir.path().join("vault"));
    Vault::create(&location, &key, KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).await.expect("create")
}

async fn charts(vault: &Vault, practice: &DemoPractice) -> Vec<(RowId, Chart)> {
    let mut out = Vec::new();
    for (client, therapist) in &practice.clients {
        out.push((therapist.clone(), vault.chart(&Actor::User(therapist.clone()), client).await.expect("chart")));
    }
    out
}

#[test]
fn the_same_seed_gives_the_same_clients() {
    let a = profiles(7, 60);
    assert_eq!(a, profiles(7, 60));
    assert_ne!(a, profiles(8, 60));
    assert_eq!(a.len(), 60);
    assert_eq!(profiles(7, 10)[..], a[..10], "a smaller practice is a prefix of a larger one");
    let names: HashSet<(String, String)> = a.iter().map(|p| (p.given_name.clone(), p.family_name.clone())).collect();
    assert_eq!(names.len(), a.len(), "full names are unique");
}

#[test]
fn every_profile_is_full_and_valid() {
    let all = profiles(3, 120);
    for p in &all {
        p.validate().expect("valid profile");
        for field in [&p.date_of_birth, &p.phone, &p.email, &p.street, &p.city, &p.postcode, &p.occupation] {
            assert!(!field.is_empty(), "a profile lacks a field");
        }
        assert!(p.phone.contains("555") && p.phone.contains("01"), "phone numbers are fictional (555-01xx)");
        assert!(p.email.contains("@example.") || p.email.ends_with("@mail.example"), "e-mail domains are reserved");
        assert!((1..=2).contains(&p.distinctive.len()), "one or two distinctive facts");
        assert!(p.employer.is_empty() != p.school.is_empty() || p.occupation == "university student");
        if p.occupation == "student" {
            let born: i64 = p.date_of_birth[..4].parse().expect("year");
            assert!(born >= 2006, "a school pupil is young");
        }
    }
    let share = |f: &dyn Fn(&&sanctum_practice::ClientProfile) -> bool| all.iter().filter(f).count();
    assert!(share(&|p| !p.preferred_name.is_empty()) >= 10, "some go by a nickname");
    assert!(share(&|p| !p.school.is_empty()) >= 5, "some are at school or college");
    assert!(share(&|p| !p.relatives.is_empty()) >= 40, "many have relatives on file");
    assert!(share(&|p| p.relatives.iter().any(|r| !r.phone.is_empty())) >= 10, "some relatives have phones");
    let facts: HashSet<&String> = all.iter().flat_map(|p| &p.distinctive).collect();
    assert!(facts.len() >= 60, "facts are varied: {}", facts.len());
}

/// The same spec twice: the same people, sessions, statuses and notes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_spec_gives_the_same_practice() {
    let spec = PracticeSpec { seed: 11, therapists: 2, clients: 6, groups: 0, months: 1, now: WEDNESDAY_EARLY };
    let mut seen = Vec::new();
    for _ in 0..2 {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let vault = vault(&dir).await;
        let practice = populate(&vault, &spec).await.expect("populate");
        let summary: Vec<_> = charts(&vault, &practice)
            .await
            .iter()
            .map(|(_, c)| {
                let mut sessions: Vec<_> = c.sessions.iter().map(|(_, s)| (s.starts_at, s.status)).collect();
                sessions.sort_unstable_by_key(|(t, _)| *t);
                let mut notes: Vec<_> = c.notes.iter().map(|n| n.note.sections.0.clone()).collect();
                notes.sort();
                let mut measures: Vec<_> =
                    c.measures.iter().map(|(_, m)| (m.taken_at, m.instrument.to_string(), m.answers.clone())).collect();
                measures.sort_unstable();
                (c.profile.given_name.clone(), sessions, notes, measures)
            })
            .collect();
        seen.push(summary);
    }
    assert_eq!(seen[0], seen[1]);
    let other = PracticeSpec { seed: 12, ..spec };
    let dir = tempfile::TempDir::new().expect("tempdir");
    let vault = vault(&dir).await;
    let practice = populate(&vault, &other).await.expect("populate");
    let first = &charts(&vault, &practice).await[0].1;
    assert_ne!(first.profile.given_name, seen[0][0].0, "another seed, other people");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_practice_as_the_pages_expect_it() {
    let spec = PracticeSpec { seed: 5, therapists: 3, clients: 45, groups: 2, months: 3, now: SATURDAY_10AM };
    let dir = tempfile::TempDir::new().expect("tempdir");
    let vault = vault(&dir).await;
    let started = Instant::now();
    let practice = populate(&vault, &spec).await.expect("populate");
    eprintln!("populated {} clients in {:?} (debug build)", spec.clients, started.elapsed());

    // Staff: the therapists, a supervisor and an admin, who can sign in.
    let roles: Vec<Role> = practice.users.iter().map(|u| u.role).collect();
    assert_eq!(roles.iter().filter(|r| **r == Role::Therapist).count(), spec.therapists);
    assert_eq!(roles.len(), spec.therapists + 2);
    assert!(roles.contains(&Role::Supervisor) && roles.contains(&Role::Admin));
    let dana = &practice.users[0];
    assert_eq!(dana.username, "dana");
    assert_eq!(vault.sign_in(&dana.username, &dana.password).await.expect("sign in").id, dana.id);
    let therapists: Vec<RowId> =
        practice.users.iter().filter(|u| u.role == Role::Therapist).map(|u| u.id.clone()).collect();

    // Every client on exactly one caseload, spread evenly.
    assert_eq!(practice.clients.len(), spec.clients);
    let mut on_caseload: HashMap<String, usize> = HashMap::new();
    for t in &therapists {
        let caseload = vault.caseload(&Actor::User(t.clone()), t).await.expect("caseload");
        assert_eq!(caseload.clients.len(), spec.clients / spec.therapists);
        for c in caseload.clients {
            *on_caseload.entry(c.id).or_default() += 1;
        }
    }
    for (client, therapist) in &practice.clients {
        assert_eq!(on_caseload.get(client.as_str()), Some(&1), "a client is on exactly one caseload");
        assert!(therapists.contains(therapist));
    }

    let charts = charts(&vault, &practice).await;
    let today = SATURDAY_10AM.div_euclid(DAY);
    let mut today_by_therapist: HashMap<&RowId, (usize, usize)> = HashMap::new();
    let (mut drafts, mut signed, mut changed, mut improved, mut worse, mut measured) = (0, 0, 0, 0, 0, 0);
    let (mut missing_consent, mut homework) = (0, HashMap::new());
    let mut overdue = 0;
    for (therapist, chart) in &charts {
        assert!(!chart.sessions.is_empty(), "every client has sessions");
        let own: HashSet<&RowId> = chart.sessions.iter().map(|(id, _)| id).collect();
        let earliest = spec.now - i64::from(spec.months) * 31 * DAY - 7 * DAY;
        for (id, s) in &chart.sessions {
            assert!(s.starts_at > earliest && s.starts_at < spec.now + 15 * DAY, "sessions lie in the window");
            assert_eq!(s.duration_minutes, 50);
            assert_eq!(s.status == SessionStatus::Scheduled, s.starts_at + 50 * 60 > spec.now, "past is settled");
            let notes: Vec<_> = chart.notes.iter().filter(|n| n.session.as_ref() == Some(id)).collect();
            if s.status == SessionStatus::Held {
                assert_eq!(notes.len(), 1, "every held session has one note");
                match &notes[0].note.state {
                    NoteState::Signed { by, .. } => {
                        assert_eq!(by, therapist.as_str());
                        signed += 1;
                    }
                    NoteState::Draft => {
                        assert!(s.starts_at > spec.now - 7 * DAY, "drafts are recent");
                        drafts += 1;
                    }
                }
            } else {
                assert!(notes.is_empty(), "no note on a session not held");
            }
            if day_of(s.starts_at) == today {
                let entry = today_by_therapist.entry(therapist).or_default();
                entry.0 += 1;
                entry.1 += usize::from(s.status == SessionStatus::Scheduled);
            }
        }
        // Notes not on one of the client's own sessions are group notes.
        for n in chart.notes.iter().filter(|n| !n.session.as_ref().is_some_and(|s| own.contains(s))) {
            assert!(n.session.is_some() && matches!(n.note.state, NoteState::Signed { .. }));
            assert!(n.note.sections.0.iter().any(|s| s.contains("group")), "a group note");
        }

        for instrument in [Instrument::Phq9, Instrument::Gad7] {
            // The chart lists them by id; by date here.
            let mut taken: Vec<(i64, u32)> = chart
                .measures
                .iter()
                .filter(|(_, m)| m.instrument == instrument)
                .map(|(_, m)| (m.taken_at, m.total()))
                .collect();
            taken.sort_unstable();
            let totals: Vec<u32> = taken.into_iter().map(|(_, t)| t).collect();
            assert!(!totals.is_empty(), "every client has a {instrument} at intake");
            if instrument == Instrument::Phq9 && totals.len() >= 2 {
                measured += 1;
                let (first, last) = (totals[0], totals[totals.len() - 1]);
                changed += usize::from(first != last);
                improved += usize::from(last + 3 <= first);
                worse += usize::from(last >= first + 3);
            }
        }
        let has = |kind| chart.consents.iter().any(|(_, c)| c.kind == kind);
        if !has(ConsentKind::Treatment) || !has(ConsentKind::LimitsOfConfidentiality) {
            missing_consent += 1;
        }
        if chart.sessions.iter().any(|(_, s)| matches!(s.location, Location::Telehealth(_))) {
            assert!(has(ConsentKind::Telehealth), "video clients consented to telehealth");
        }
        for (_, h) in &chart.homework {
            *homework.entry(h.status).or_insert(0) += 1;
            let due_day = days_from_iso(&h.due);
            if h.status == HomeworkStatus::Assigned && due_day < today {
                overdue += 1;
            }
        }
    }
    eprintln!(
        "notes {signed} signed, {drafts} drafts; PHQ-9 first->last: {improved} better, {worse} worse of {measured}"
    );
    assert!((2..=3).contains(&drafts), "two or three drafts, got {drafts}");
    assert!(signed > spec.clients * 5, "months of signed notes: {signed}");
    assert!(changed * 10 >= measured * 7, "most totals move: {changed} of {measured}");
    assert!(improved * 2 >= measured && worse >= 1 && worse < improved, "{improved} better, {worse} worse");
    assert!(missing_consent >= 2 && missing_consent * 5 < spec.clients, "a few consents missing: {missing_consent}");
    for status in [HomeworkStatus::Done, HomeworkStatus::NotDone, HomeworkStatus::Assigned] {
        assert!(homework.get(&status).copied().unwrap_or(0) > 0, "some homework is {status}");
    }
    assert!(overdue > 0, "some homework is overdue");
    for t in &therapists {
        let (all, ahead) = today_by_therapist.get(t).copied().unwrap_or_default();
        assert!(all >= 2 && ahead >= 1, "a Saturday schedule for every therapist: {all} today, {ahead} ahead");
    }

    // Groups: led by a therapist, 5-7 members from their caseload.
    assert_eq!(practice.groups.len(), spec.groups);
    for (group, therapist) in &practice.groups {
        let (_, members) = vault.group(&Actor::User(therapist.clone()), group).await.expect("group");
        assert!((5..=7).contains(&members.len()), "{} members", members.len());
        for m in &members {
            assert!(practice.clients.contains(&(m.clone(), therapist.clone())), "members are the leader's clients");
            let chart = &charts.iter().find(|(_, c)| &c.id == m).expect("member chart").1;
            assert!(chart.consents.iter().any(|(_, c)| c.kind == ConsentKind::GroupConfidentiality));
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_weekday_schedule_starts_this_morning() {
    let spec = PracticeSpec { seed: 9, therapists: 3, clients: 18, groups: 0, months: 1, now: WEDNESDAY_EARLY };
    let dir = tempfile::TempDir::new().expect("tempdir");
    let vault = vault(&dir).await;
    let practice = populate(&vault, &spec).await.expect("populate");
    let today = day_of(spec.now);
    let mut per_therapist: HashMap<RowId, usize> = HashMap::new();
    for (therapist, chart) in charts(&vault, &practice).await {
        for (_, s) in &chart.sessions {
            if day_of(s.starts_at) == today {
                assert_eq!(s.status, SessionStatus::Scheduled, "the day has not started");
                *per_therapist.entry(therapist.clone()).or_default() += 1;
            }
        }
    }
    assert_eq!(per_therapist.len(), spec.therapists);
    assert!(per_therapist.values().all(|n| *n >= 2), "{per_therapist:?}");
}

/// The client's next individual session (the one an open incident goes to), if any.
fn next_session(chart: &Chart, now: i64) -> Option<&(RowId, sanctum_practice::Session)> {
    chart
        .sessions
        .iter()
        .filter(|(_, s)| s.kind == SessionKind::Individual && s.status == SessionStatus::Scheduled)
        .filter(|(_, s)| s.starts_at >= now - SESSION_GRACE)
        .min_by_key(|(id, s)| (s.starts_at, id.to_string()))
}

/// What `sanctum demo` shows of the confidentiality protocols: an open incident from a
/// group on both members' next sessions, an open incident that needs a session, a
/// disclosure awaiting the supervisor, and next week's team meeting with two case
/// presentations the guard finds clean. On a weekday morning and on a Saturday.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_protocols_at_work() {
    for now in [WEDNESDAY_EARLY, SATURDAY_10AM] {
        let spec = PracticeSpec { seed: 7, therapists: 3, clients: 45, groups: 2, months: 4, now };
        let dir = tempfile::TempDir::new().expect("tempdir");
        let vault = vault(&dir).await;
        let practice = populate(&vault, &spec).await.expect("populate");
        let therapists: Vec<RowId> =
            practice.users.iter().filter(|u| u.role == Role::Therapist).map(|u| u.id.clone()).collect();
        let supervisor = practice.users.iter().find(|u| u.role == Role::Supervisor).expect("a supervisor").id.clone();
        let chart_of = |client: &RowId| {
            let therapist = practice.clients.iter().find(|(c, _)| c == client).expect("a client").1.clone();
            let vault = &vault;
            let client = client.clone();
            async move { vault.chart(&Actor::User(therapist), &client).await.expect("chart") }
        };

        // 1. The open incidents, by therapist.
        let mut open = Vec::new();
        for t in &therapists {
            for (id, client, incident) in vault.open_incidents(&Actor::User(t.clone()), t).await.expect("incidents") {
                assert!(incident.is_open() && incident.discussions.is_empty());
                assert!(incident.occurred_at < now && incident.occurred_at > now - 7 * DAY, "a few days ago");
                open.push((t.clone(), id, client, incident));
            }
        }
        let grouped: Vec<_> = open.iter().filter(|(_, _, _, i)| i.group.is_some()).collect();
        assert_eq!(grouped.len(), 2, "one event in a group, a record for each of two members");
        let (a, b) = (grouped[0], grouped[1]);
        assert_eq!(a.0, b.0, "one therapist");
        assert!(a.2 != b.2 && a.3.link == b.3.link && !a.3.link.is_empty(), "two clients, one event");
        assert_eq!(a.3.group, b.3.group);
        let involvements: HashSet<_> = grouped.iter().map(|(_, _, _, i)| i.involvement).collect();
        assert_eq!(involvements, HashSet::from([Involvement::Affected, Involvement::SuspectedOfSharing]));
        let group = practice.groups.iter().find(|(g, _)| Some(g.to_string()) == a.3.group).expect("the group");
        let (_, members) = vault.group(&Actor::User(group.1.clone()), &group.0).await.expect("group");
        for (me, other) in [(a, b), (b, a)] {
            let (therapist, id, client, incident) = me;
            assert!(members.contains(client), "a member of the group");
            if incident.involvement == Involvement::Affected {
                assert_eq!(incident.source, IncidentSource::ClientReport);
            }
            let other_profile = chart_of(&other.2).await.profile;
            for name in [&other_profile.given_name, &other_profile.family_name, &other_profile.preferred_name] {
                assert!(name.is_empty() || !incident.description.contains(name.as_str()), "names the other client");
            }
            let chart = chart_of(client).await;
            let (session, s) = next_session(&chart, now).expect("the member has a session to come");
            let date = iso_date(day_of(s.starts_at));
            let agenda = vault.agenda(&Actor::User(therapist.clone()), session, now, &date).await.expect("agenda");
            assert_eq!(agenda.incidents, [id.to_string()], "on the next individual session's agenda");
        }

        let alone: Vec<_> = open.iter().filter(|(_, _, _, i)| i.group.is_none()).collect();
        assert_eq!(alone.len(), 1, "one incident outside the groups");
        let (therapist, id, client, _) = alone[0];
        let chart = chart_of(client).await;
        assert!(next_session(&chart, now).is_none(), "no session to come");
        assert!(chart.sessions.iter().any(|(_, s)| s.status == SessionStatus::Held), "a client seen before");
        let date_of = |t: i64| iso_date(day_of(t));
        let agendas = vault
            .upcoming_agendas(
                &Actor::User(therapist.clone()),
                therapist,
                now - SESSION_GRACE,
                now + 60 * DAY,
                now,
                &date_of,
            )
            .await
            .expect("agendas");
        let placed: HashSet<&String> = agendas.iter().flat_map(|(_, a)| &a.incidents).collect();
        assert!(!placed.contains(&id.to_string()), "needs a session");
        assert!(placed.contains(&a.1.to_string()) || a.0 != *therapist, "the group's incident is placed");

        // 2. A disclosure waiting for the supervisor.
        let waiting = vault.disclosures_awaiting_cosign(&Actor::User(supervisor.clone())).await.expect("to co-sign");
        assert_eq!(waiting.len(), 1);
        let (_, client, d) = &waiting[0];
        assert!(d.cosigned.is_none() && d.validate().is_ok());
        assert_eq!(d.basis, LegalBasis::CourtOrder);
        let author = practice.clients.iter().find(|(c, _)| c == client).expect("the client").1.clone();
        assert_eq!(d.drafted_by, author.to_string(), "drafted by the client's therapist");

        // 3. Next week's team meeting, with two de-identified case presentations.
        let organiser = Actor::User(supervisor.clone());
        let meetings = vault.team_meetings(&organiser).await.expect("meetings");
        assert_eq!(meetings.len(), 1);
        let (meeting, m) = &meetings[0];
        assert!(m.held_at > now && m.held_at <= now + 7 * DAY, "in the coming week");
        assert!(m.minutes.is_empty(), "not held yet");
        let mut expected: Vec<String> = therapists.iter().chain([&supervisor]).map(ToString::to_string).collect();
        let mut attendees = m.attendees.clone();
        expected.sort();
        attendees.sort();
        assert_eq!(attendees, expected);
        let presentations = vault.case_presentations(&organiser, meeting).await.expect("presentations");
        assert_eq!(presentations.len(), 2);
        assert_ne!(presentations[0].1, presentations[1].1, "two presenters");
        let index = CaseloadIndex::new(&vault.practice_caseload(&Actor::Operator).await.expect("caseload"));
        for (_, presenter, text, link) in &presentations {
            assert!(therapists.contains(presenter));
            assert!(link.is_none(), "attendees do not see whom it is about");
            let findings = index.scan(text);
            assert!(findings.is_clean(), "a stored presentation identifies a client: {:?}", findings.clients);
            assert!(text.contains("Client A"), "de-identified by the guard: {text}");
            // The presenter sees the link; the client's names and employer are gone.
            let own = vault.case_presentations(&Actor::User(presenter.clone()), meeting).await.expect("own");
            let client = own.iter().find(|p| p.2 == *text).and_then(|p| p.3.clone()).expect("the presenter's link");
            assert!(practice.clients.contains(&(client.clone(), presenter.clone())), "the presenter's own client");
            let p = chart_of(&client).await.profile;
            for s in [&p.given_name, &p.family_name, &p.preferred_name, &p.employer, &p.school] {
                assert!(s.is_empty() || !text.contains(s.as_str()), "left in a presentation: {text}");
            }
        }
    }
}

/// How long the demo waits: `cargo test --release -p sanctum-app --test synthetic -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement; run in release"]
async fn populate_time_of_the_demo_practice() {
    let spec = PracticeSpec::default();
    for _ in 0..3 {
        let dir = tempfile::TempDir::new().expect("tempdir");
        let vault = vault(&dir).await;
        let started = Instant::now();
        let practice = populate(&vault, &spec).await.expect("populate");
        let elapsed = started.elapsed();
        let head = vault.audit_head().await.expect("head");
        println!(
            "populate: {} clients, {} audit entries in {:.2} s ({:.0} writes/s)",
            practice.clients.len(),
            head.seq,
            elapsed.as_secs_f64(),
            head.seq as f64 / elapsed.as_secs_f64()
        );
    }
}

fn day_of(t: i64) -> i64 {
    t.div_euclid(DAY)
}

/// `YYYY-MM-DD` of a day number (Howard Hinnant's `civil_from_days`).
fn iso_date(day: i64) -> String {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (Howard Hinnant's `days_from_civil`).
fn days_from_iso(date: &str) -> i64 {
    let n = |r: std::ops::Range<usize>| date[r].parse::<i64>().expect("date");
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}
