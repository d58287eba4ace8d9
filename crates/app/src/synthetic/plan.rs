//! The practice as plain values, before any of it is written: who sees whom, when, what
//! became of each session, the notes, homework, measures and consents. Pure and
//! deterministic for a spec, so the vault only has to store it.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sanctum_practice::{
    ClientProfile, Consent, ConsentKind, Group, Homework, HomeworkStatus, Instrument, Location, MeasureResponse, Note,
    NoteSections, NoteTemplate, Session, SessionKind, SessionStatus,
};

use super::calendar::{day_of, iso_date, next_weekday, DAY, HOUR};
use super::measures::{self, Course};
use super::notes::{Concern, NoteContext, CONCERNS, SCHOOL_STRESS};
use super::people::{self, Sex};
use super::protocols::{self, Protocols};
use super::PracticeSpec;

/// Individual sessions last this long.
pub(crate) const MINUTES: u32 = 50;
/// Group sessions last this long.
const GROUP_MINUTES: u32 = 90;
/// Measures are taken about this often.
const MEASURE_EVERY: i64 = 28 * DAY;
/// Sessions are planned this far past `now`.
pub(crate) const AHEAD_DAYS: i64 = 14;
/// Hours individual sessions start at (lunch at noon; groups meet at six).
const HOURS: &[i64] = &[8, 9, 10, 11, 13, 14, 15, 16, 17];
const TEMPLATES: [NoteTemplate; 3] = [NoteTemplate::Soap, NoteTemplate::Dap, NoteTemplate::Birp];
const GROUPS: &[(&str, i64)] = &[
    ("Tuesday evening anxiety skills group", 1),
    ("Thursday grief support group", 3),
    ("Monday mindfulness group", 0),
    ("Wednesday young adults group", 2),
];

/// A note to write: its template and text; signed unless it is one of the drafts.
#[derive(Debug)]
pub(crate) struct PlannedNote {
    pub(crate) note: Note,
    pub(crate) signed: bool,
}

/// One individual session and what hangs on it.
#[derive(Debug)]
pub(crate) struct PlannedSession {
    pub(crate) session: Session,
    pub(crate) note: Option<PlannedNote>,
    pub(crate) homework: Option<Homework>,
}

/// One client: profile, therapist (an index), what they came with and how it is going,
/// sessions, measures, consents.
#[derive(Debug)]
pub(crate) struct ClientPlan {
    pub(crate) therapist: usize,
    pub(crate) profile: ClientProfile,
    pub(crate) concern: &'static Concern,
    pub(crate) course: Course,
    pub(crate) fortnightly: bool,
    pub(crate) sessions: Vec<PlannedSession>,
    pub(crate) measures: Vec<MeasureResponse>,
    pub(crate) consents: Vec<Consent>,
}

/// A group, its members (client indexes), its weekly sessions with a note per member.
#[derive(Debug)]
pub(crate) struct GroupPlan {
    pub(crate) therapist: usize,
    pub(crate) group: Group,
    pub(crate) members: Vec<usize>,
    pub(crate) sessions: Vec<(Session, Vec<(usize, PlannedNote)>)>,
}

/// The whole practice.
#[derive(Debug)]
pub(crate) struct Plan {
    pub(crate) clients: Vec<ClientPlan>,
    pub(crate) groups: Vec<GroupPlan>,
    /// The incidents, the disclosure and the team meeting.
    pub(crate) protocols: Protocols,
}

/// The template a therapist writes in.
pub(crate) fn template_of(therapist: usize) -> NoteTemplate {
    TEMPLATES[therapist % TEMPLATES.len()]
}

/// What is drawn for a client before their sessions are laid out.
struct Drawn {
    therapist: usize,
    sex: Sex,
    concern: &'static Concern,
    course: Course,
    fortnightly: bool,
    /// 0 in person, 1 telehealth, 2 mostly in person with some video sessions.
    mode: u8,
    link: String,
    intake: i64,
    phq: (u32, u32),
    gad: (u32, u32),
    compliance: f64,
    times: Vec<i64>,
}

fn status_of(starts_at: i64, now: i64, first: bool, rng: &mut ChaCha8Rng) -> SessionStatus {
    if starts_at + i64::from(MINUTES) * 60 > now {
        SessionStatus::Scheduled
    } else if first {
        SessionStatus::Held
    } else {
        match rng.gen_range(0..50) {
            0..=3 => SessionStatus::Cancelled,
            4..=6 => SessionStatus::NoShow,
            _ => SessionStatus::Held,
        }
    }
}

/// Lays the practice out.
pub(crate) fn plan(spec: &PracticeSpec) -> Plan {
    let therapists = spec.therapists.max(1);
    let profiles = people::profiles(spec.seed, spec.clients);
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed ^ 0x005E_ED0F_5E55_1045);
    let today = day_of(spec.now);
    let first_day = today - i64::from(spec.months) * 365 / 12;
    let last_day = today + AHEAD_DAYS;

    // Each therapist's weekly slots, shuffled; a client takes the next free one.
    let slots: Vec<Vec<(i64, i64)>> = (0..therapists)
        .map(|_| {
            let mut s: Vec<(i64, i64)> = (0..5).flat_map(|d| HOURS.iter().map(move |&h| (d, h))).collect();
            s.shuffle(&mut rng);
            s
        })
        .collect();

    let mut courses: Vec<Drawn> = Vec::with_capacity(profiles.len());
    for (i, profile) in profiles.iter().enumerate() {
        let therapist = i % therapists;
        let taken = i / therapists;
        let (wd, hour) = slots[therapist][taken % slots[therapist].len()];
        let fortnightly = rng.gen_bool(0.3);
        let window = (today - first_day).max(1);
        let start = if rng.gen_bool(0.7) {
            first_day + rng.gen_range(0..7)
        } else {
            first_day + rng.gen_range(7..(window * 2 / 3).max(8))
        };
        let intake = next_weekday(start, wd);
        let step = if fortnightly { 14 } else { 7 };
        let times = (0..).map(|k| intake + k * step).take_while(|d| *d <= last_day).map(|d| d * DAY + hour * HOUR);
        let concern =
            if profile.occupation == "student" { &SCHOOL_STRESS } else { &CONCERNS[rng.gen_range(0..CONCERNS.len())] };
        let course = Course::draw(&mut rng);
        let phq_start = rng.gen_range(concern.phq.0..=concern.phq.1);
        let gad_start = rng.gen_range(concern.gad.0..=concern.gad.1);
        courses.push(Drawn {
            therapist,
            sex: people::sex_of(profile),
            concern,
            course,
            fortnightly,
            mode: match rng.gen_range(0..20) {
                0..=11 => 0,
                12..=16 => 1,
                _ => 2,
            },
            link: format!("https://video.sanctum.invalid/{:010x}", rng.gen::<u64>() >> 24),
            intake: intake * DAY + hour * HOUR,
            phq: (phq_start, course.end_total(phq_start, 27, &mut rng)),
            gad: (gad_start, course.end_total(gad_start, 21, &mut rng)),
            compliance: rng.gen_range(0.4..0.95),
            times: times.collect(),
        });
    }
    add_sessions_today(&mut courses, therapists, spec.now, &mut rng);

    let mut clients: Vec<ClientPlan> = courses
        .iter()
        .zip(profiles)
        .enumerate()
        .map(|(i, (c, profile))| {
            let mut crng = ChaCha8Rng::seed_from_u64(spec.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ i as u64);
            client_plan(c, profile, spec.now, &mut crng)
        })
        .collect();
    leave_drafts(&mut clients, spec.now, &mut rng);
    leave_consents_missing(&mut clients, &mut rng);

    let groups = (0..spec.groups)
        .map(|g| group_plan(g, therapists, &courses, &clients, first_day, last_day, spec.now, &mut rng))
        .collect::<Vec<_>>();
    for g in &groups {
        let at = g.sessions.first().map_or(spec.now, |(s, _)| s.starts_at - DAY);
        for &m in &g.members {
            clients[m].consents.push(consent(ConsentKind::GroupConfidentiality, at));
        }
    }
    let protocols = protocols::plan(spec, therapists, &mut clients, &groups);
    Plan { clients, groups, protocols }
}

/// Today's schedule is never empty: every therapist sees at least two clients today,
/// whatever the weekday (a Saturday catch-up session is plausible), after `now` if the
/// working day has room left.
fn add_sessions_today(courses: &mut [Drawn], therapists: usize, now: i64, rng: &mut ChaCha8Rng) {
    let today = day_of(now);
    for t in 0..therapists {
        let mine: Vec<usize> = (0..courses.len()).filter(|&i| courses[i].therapist == t).collect();
        let busy: Vec<i64> =
            mine.iter().flat_map(|&i| courses[i].times.iter().copied()).filter(|s| day_of(*s) == today).collect();
        let mut free: Vec<i64> = HOURS.iter().map(|h| today * DAY + h * HOUR).filter(|s| !busy.contains(s)).collect();
        // Later hours first when there are enough of them, so most are still ahead.
        let ahead = free.iter().filter(|s| **s > now).count();
        if ahead >= 2 {
            free.retain(|s| *s > now);
        }
        let mut idle: Vec<usize> =
            mine.iter().copied().filter(|&i| courses[i].times.iter().all(|s| day_of(*s) != today)).collect();
        idle.shuffle(rng);
        for (client, at) in idle.into_iter().zip(free).take(2usize.saturating_sub(busy.len())) {
            let c = &mut courses[client];
            if c.intake > at {
                continue;
            }
            let pos = c.times.partition_point(|s| *s < at);
            c.times.insert(pos, at);
        }
    }
}

fn consent(kind: ConsentKind, at: i64) -> Consent {
    let version = match kind {
        // A member joins a group only under the agreement's current version.
        ConsentKind::GroupConfidentiality => sanctum_practice::GROUP_AGREEMENT_VERSION,
        _ if at % 2 == 0 => "2024-09",
        _ => "2025-02",
    };
    Consent { kind, version: version.to_owned(), signed_at: at, revoked_at: None }
}

fn client_plan(c: &Drawn, profile: ClientProfile, now: i64, rng: &mut ChaCha8Rng) -> ClientPlan {
    let room = format!("Room {}, Linden House", c.therapist % 4 + 1);
    let span = (now - c.intake).max(DAY) as f64;
    let mut sessions: Vec<PlannedSession> = Vec::with_capacity(c.times.len());
    let mut measures_taken: Vec<MeasureResponse> = Vec::new();
    let mut held = 0;
    let mut last_block = -1;
    let mut review: Option<(String, HomeworkStatus)> = None;
    let statuses: Vec<SessionStatus> =
        c.times.iter().enumerate().map(|(k, &t)| status_of(t, now, k == 0, rng)).collect();
    for (k, &starts_at) in c.times.iter().enumerate() {
        let telehealth = c.mode == 1 || (c.mode == 2 && rng.gen_bool(0.25));
        let location = if telehealth { Location::Telehealth(c.link.clone()) } else { Location::InPerson(room.clone()) };
        let status = statuses[k];
        let session = Session { kind: SessionKind::Individual, starts_at, duration_minutes: MINUTES, location, status };
        if status != SessionStatus::Held {
            sessions.push(PlannedSession { session, note: None, homework: None });
            continue;
        }
        let block = (starts_at - c.intake) / MEASURE_EVERY;
        let mut scores = None;
        let mut risk = false;
        if block > last_block {
            last_block = block;
            let f = (starts_at - c.intake) as f64 / span;
            let phq = measures::total_at(c.phq.0, c.phq.1, f, 27, rng);
            let gad = measures::total_at(c.gad.0, c.gad.1, f, 21, rng);
            let taken_at = starts_at - 600;
            let phq_answers = measures::answers(Instrument::Phq9, phq, rng);
            risk = phq_answers[8] > 0;
            for (instrument, answers) in
                [(Instrument::Phq9, phq_answers), (Instrument::Gad7, measures::answers(Instrument::Gad7, gad, rng))]
            {
                if let Ok(m) = MeasureResponse::new(instrument, taken_at, answers) {
                    measures_taken.push(m);
                }
            }
            scores = Some((phq, gad));
        }
        let mut ctx = NoteContext {
            profile: &profile,
            sex: c.sex,
            concern: c.concern,
            course: c.course,
            number: held,
            telehealth,
            fortnightly: c.fortnightly,
            scores,
            review: review.take(),
            homework: None,
            risk,
        };
        let homework = (rng.gen_bool(0.4)).then(|| {
            let task = ctx.fill(c.concern.homework[rng.gen_range(0..c.concern.homework.len())], rng);
            let next = c.times.get(k + 1).copied();
            let due_day = next.map_or(day_of(starts_at) + 7, day_of);
            let reviewed = next.is_some_and(|n| n + i64::from(MINUTES) * 60 <= now)
                && statuses.get(k + 1) == Some(&SessionStatus::Held);
            // Not yet due, or (one in ten) never followed up: overdue.
            let status = if (due_day * DAY > now && !reviewed) || rng.gen_bool(0.1) {
                HomeworkStatus::Assigned
            } else if rng.gen_bool(c.compliance) {
                HomeworkStatus::Done
            } else {
                HomeworkStatus::NotDone
            };
            let response = match status {
                HomeworkStatus::Done => [
                    "Managed most days.",
                    "Did it, found it easier than expected.",
                    "Did it twice; evenings were hard.",
                ][rng.gen_range(0..3)],
                HomeworkStatus::NotDone => ["Did not start.", "Started once, then stopped."][rng.gen_range(0..2)],
                HomeworkStatus::Partly => "Did some of it.",
                HomeworkStatus::Assigned => "",
            };
            Homework { task, due: iso_date(due_day), status, response: response.to_owned() }
        });
        if let Some(h) = &homework {
            ctx.homework = Some(h.task.clone());
        }
        let template = template_of(c.therapist);
        let note = Note {
            template,
            sections: NoteSections(ctx.sections(template, rng)),
            state: sanctum_practice::NoteState::Draft,
        };
        review = homework.as_ref().map(|h| (h.task.clone(), h.status));
        held += 1;
        sessions.push(PlannedSession { session, note: Some(PlannedNote { note, signed: true }), homework });
    }
    let intake_at = c.intake - 900;
    let mut consents =
        vec![consent(ConsentKind::Treatment, intake_at), consent(ConsentKind::LimitsOfConfidentiality, intake_at)];
    if c.mode != 0 {
        consents.push(consent(ConsentKind::Telehealth, intake_at));
    }
    if rng.gen_bool(0.1) {
        let mut release = consent(ConsentKind::ReleaseOfInformation, intake_at + 7 * DAY);
        if rng.gen_bool(0.3) && release.signed_at + 30 * DAY < now {
            release.revoked_at = Some(release.signed_at + 30 * DAY);
        }
        consents.push(release);
    }
    ClientPlan {
        therapist: c.therapist,
        profile,
        concern: c.concern,
        course: c.course,
        fortnightly: c.fortnightly,
        sessions,
        measures: measures_taken,
        consents,
    }
}

/// The notes of the two or three most recent held sessions are still drafts, the plan
/// not yet written.
fn leave_drafts(clients: &mut [ClientPlan], now: i64, rng: &mut ChaCha8Rng) {
    let mut recent: Vec<(i64, usize, usize)> = clients
        .iter()
        .enumerate()
        .flat_map(|(c, p)| {
            p.sessions
                .iter()
                .enumerate()
                .filter(|(_, s)| s.note.is_some())
                .map(move |(k, s)| (s.session.starts_at, c, k))
        })
        .filter(|(t, _, _)| *t > now - 7 * DAY)
        .collect();
    recent.sort_unstable_by(|a, b| b.cmp(a));
    for (_, c, k) in recent.into_iter().take(rng.gen_range(2..=3)) {
        if let Some(planned) = clients[c].sessions[k].note.as_mut() {
            planned.signed = false;
            if let Some(last) = planned.note.sections.0.last_mut() {
                last.clear();
            }
        }
    }
}

/// A few clients have not (yet) signed the consent to treatment or the limits of
/// confidentiality, so a chart has something missing to show.
fn leave_consents_missing(clients: &mut [ClientPlan], rng: &mut ChaCha8Rng) {
    let mut order: Vec<usize> = (0..clients.len()).collect();
    order.shuffle(rng);
    let n = (clients.len() / 12).max(2).min(clients.len());
    for (j, &i) in order.iter().take(n).enumerate() {
        let drop: &[ConsentKind] = match j % 3 {
            0 => &[ConsentKind::Treatment],
            1 => &[ConsentKind::LimitsOfConfidentiality],
            _ => &[ConsentKind::Treatment, ConsentKind::LimitsOfConfidentiality],
        };
        clients[i].consents.retain(|c| !drop.contains(&c.kind));
    }
}

#[allow(clippy::too_many_arguments)]
fn group_plan(
    g: usize,
    therapists: usize,
    courses: &[Drawn],
    clients: &[ClientPlan],
    first_day: i64,
    last_day: i64,
    now: i64,
    rng: &mut ChaCha8Rng,
) -> GroupPlan {
    let therapist = g % therapists;
    let (name, wd) = GROUPS[g % GROUPS.len()];
    let name = if g < GROUPS.len() { name.to_owned() } else { format!("{name} ({})", g / GROUPS.len() + 1) };
    let mut candidates: Vec<usize> = (0..clients.len())
        .filter(|&i| courses[i].therapist == therapist && courses[i].mode != 1 && courses[i].intake < now)
        .collect();
    candidates.shuffle(rng);
    candidates.truncate(rng.gen_range(5..=7));
    candidates.sort_unstable();
    let members = candidates;
    let template = template_of(therapist);
    let mut sessions = Vec::new();
    let mut day = next_weekday(first_day + 7, wd);
    let mut first = true;
    while day <= last_day {
        let starts_at = day * DAY + 18 * HOUR;
        let status = if starts_at + i64::from(GROUP_MINUTES) * 60 > now {
            SessionStatus::Scheduled
        } else if !first && rng.gen_bool(0.06) {
            SessionStatus::Cancelled
        } else {
            SessionStatus::Held
        };
        first = false;
        let session = Session {
            kind: SessionKind::Group,
            starts_at,
            duration_minutes: GROUP_MINUTES,
            location: Location::InPerson("Group room, Linden House".to_owned()),
            status,
        };
        let mut notes = Vec::new();
        if status == SessionStatus::Held {
            for &m in members.iter().filter(|&&m| courses[m].intake <= starts_at) {
                let c = &courses[m];
                let ctx = NoteContext {
                    profile: &clients[m].profile,
                    sex: c.sex,
                    concern: c.concern,
                    course: c.course,
                    number: 5,
                    telehealth: false,
                    fortnightly: c.fortnightly,
                    scores: None,
                    review: None,
                    homework: None,
                    risk: false,
                };
                let sections = ctx.group_sections(template, &name.to_lowercase(), rng);
                let note =
                    Note { template, sections: NoteSections(sections), state: sanctum_practice::NoteState::Draft };
                notes.push((m, PlannedNote { note, signed: true }));
            }
        }
        sessions.push((session, notes));
        day += 7;
    }
    GroupPlan { therapist, group: Group { name }, members, sessions }
}
