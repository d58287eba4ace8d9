//! The confidentiality protocols in the invented practice, so `sanctum demo` shows each
//! of them:
//!
//! - an open incident from a group: a member heard from an acquaintance something they
//!   had said only in the group. One event, two records — the member affected and the
//!   member suspected of repeating it — each with its own description that names nobody
//!   else, each on the agenda of that client's next individual session;
//! - an open incident of a client who has put sessions on hold (their future sessions
//!   are taken out of the plan), so the therapist's dashboard shows "needs a session";
//! - a mandated disclosure (a court order for records) drafted and awaiting the
//!   supervisor's co-signature;
//! - next week's team meeting, minutes still empty, with two case presentations by two
//!   therapists, drafted the way a therapist writes (nickname, employer, relative) and
//!   de-identified by the guard against the whole practice's caseload. A draft the guard
//!   cannot make clean fails the whole population: it is never stored.
//!
//! Chosen with a generator of its own, so the rest of the practice is the same as
//! without them.

use std::collections::HashSet;

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use sanctum_guard::{redact, CaseloadIndex};
use sanctum_practice::{
    ClientInformed, Disclosure, Incident, IncidentSource, Instrument, Involvement, LegalBasis, SessionStatus,
    TeamMeeting,
};
use sanctum_vault::{Actor, Error, RowId, Store, Vault};

use super::calendar::{day_of, iso_date, long_date, month_year, next_weekday, year_of, DAY, HOUR};
use super::measures::Course;
use super::notes::capitalise;
use super::people::{sex_of, Sex};
use super::plan::{ClientPlan, GroupPlan, MINUTES};
use super::PracticeSpec;

/// One event in a group, as it concerns two of its members.
#[derive(Debug)]
pub(crate) struct GroupIncident {
    /// The group (an index into the plan's groups).
    pub(crate) group: usize,
    /// The member whose words were repeated (a client index) and their record.
    pub(crate) affected: (usize, Incident),
    /// The member suspected of repeating them and their record.
    pub(crate) suspected: (usize, Incident),
}

/// Next week's team meeting.
#[derive(Debug)]
pub(crate) struct Meeting {
    pub(crate) held_at: i64,
    /// `(client, draft)`: presented by the client's therapist, de-identified before it is added.
    pub(crate) presentations: Vec<(usize, String)>,
}

/// What the protocols add to the practice; each is left out when the practice is too
/// small to hold it (no group, too few clients).
#[derive(Debug, Default)]
pub(crate) struct Protocols {
    pub(crate) group_incident: Option<GroupIncident>,
    /// A client with no session booked and their record.
    pub(crate) lone_incident: Option<(usize, Incident)>,
    /// A client and the disclosure their therapist drafts (`drafted_by` set when written).
    pub(crate) disclosure: Option<(usize, Disclosure)>,
    pub(crate) meeting: Option<Meeting>,
}

/// Whether the client has an individual session still to come.
fn has_upcoming(c: &ClientPlan, now: i64) -> bool {
    c.sessions.iter().any(|s| s.session.status == SessionStatus::Scheduled && s.session.starts_at >= now)
}

fn held(c: &ClientPlan) -> impl Iterator<Item = i64> + '_ {
    c.sessions.iter().filter(|s| s.session.status == SessionStatus::Held).map(|s| s.session.starts_at)
}

/// Lays the protocols out over the planned practice; takes the future sessions of the
/// client whose incident needs a session out of `clients`.
pub(crate) fn plan(
    spec: &PracticeSpec,
    therapists: usize,
    clients: &mut [ClientPlan],
    groups: &[GroupPlan],
) -> Protocols {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed ^ 0x0C0F_1DE7_7A11_7E55);
    let now = spec.now;
    let mut used: HashSet<usize> = HashSet::new();
    let group_incident = groups.first().and_then(|g| group_incident(g, clients, now, &mut rng));
    if let Some(gi) = &group_incident {
        used.extend([gi.affected.0, gi.suspected.0]);
    }
    let members: HashSet<usize> = groups.iter().flat_map(|g| g.members.iter().copied()).collect();
    let lone_incident = lone_incident(clients, &members, &used, now, &mut rng);
    if let Some((c, _)) = &lone_incident {
        used.insert(*c);
        // On hold: nothing booked from now on (a session under way stays as it is).
        clients[*c].sessions.retain(|s| s.session.status != SessionStatus::Scheduled);
    }
    let disclosure = disclosure(1 % therapists, clients, &used, now, &mut rng);
    if let Some((c, _)) = &disclosure {
        used.insert(*c);
    }
    let mut presentations = Vec::new();
    for presenter in [1 % therapists, 2 % therapists] {
        if let Some(c) = presented(presenter, clients, &used, &mut rng) {
            used.insert(c);
            presentations.push((c, presentation(&clients[c], now)));
        }
    }
    let meeting = (presentations.len() == 2).then(|| Meeting {
        // The coming week's Thursday, over lunch (individual sessions stop at noon).
        held_at: next_weekday(day_of(now) + 1, 3) * DAY + 12 * HOUR,
        presentations,
    });
    Protocols { group_incident, lone_incident, disclosure, meeting }
}

/// He/she, him/her, his/her, and the same capitalised.
struct Pronouns {
    they: &'static str,
    them: &'static str,
    their: &'static str,
    they_cap: String,
}

fn pronouns(sex: Sex) -> Pronouns {
    Pronouns { they: sex.subject(), them: sex.object(), their: sex.possessive(), they_cap: capitalise(sex.subject()) }
}

/// Three days ago a group member learnt that something they said in the group had been
/// repeated outside it: both members were at that session and both have an individual
/// session to come.
fn group_incident(group: &GroupPlan, clients: &[ClientPlan], now: i64, rng: &mut ChaCha8Rng) -> Option<GroupIncident> {
    let noticed_day = day_of(now) - 3;
    let occurred_at = noticed_day * DAY + 13 * HOUR;
    let (said, notes) =
        group.sessions.iter().rev().find(|(s, _)| s.status == SessionStatus::Held && s.starts_at < occurred_at)?;
    let mut present: Vec<usize> = notes.iter().map(|(m, _)| *m).filter(|&m| has_upcoming(&clients[m], now)).collect();
    if present.len() < 2 {
        return None;
    }
    present.shuffle(rng);
    let (affected, suspected) = (present[0], present[1]);
    let name = group.group.name.to_lowercase();
    let session_day = long_date(day_of(said.starts_at));

    let a = pronouns(sex_of(&clients[affected].profile));
    let topic = if name.contains("grief") {
        format!("the circumstances of the death {} is grieving", a.they)
    } else if name.contains("anxiety") {
        format!("a panic attack {} had in public and how ashamed {} felt afterwards", a.they, a.they)
    } else {
        format!("difficulties at home {} had told nobody else about", a.they)
    };
    let affected_text = format!(
        "{they_cap} phoned on {noticed} to say that an acquaintance had referred to {topic}, which {they} had \
         talked about only in the {name} on {session_day}. {they_cap} believes another member of the group \
         repeated it; {they} did not name anyone and was not asked to. Upset, and unsure whether to keep coming \
         to the group. For the next individual session: {their} account of what happened and what was said, how \
         {they} feels about the group now, and whether to ask for the group agreement to be revisited with all \
         members, without anyone being named.",
        they_cap = a.they_cap,
        they = a.they,
        their = a.their,
        noticed = long_date(noticed_day),
    );
    let s = pronouns(sex_of(&clients[suspected].profile));
    let suspected_text = format!(
        "Another member of the {name} reports that something they said only in the group on {session_day} was \
         repeated to an acquaintance outside it. The client was at that session; it is not known who repeated it \
         and nothing is established about {them}. For the next individual session, raised openly and without \
         accusation: what the group agreement {they} signed asks of members, whether {they} has talked about the \
         group with anyone outside it, and anything that makes the agreement hard to keep. The other member is not \
         to be named.",
        them = s.them,
        they = s.they,
    );
    Some(GroupIncident {
        group: 0,
        affected: (
            affected,
            Incident::new(occurred_at, &affected_text, IncidentSource::ClientReport, Involvement::Affected),
        ),
        suspected: (
            suspected,
            Incident::new(occurred_at, &suspected_text, IncidentSource::OtherClient, Involvement::SuspectedOfSharing),
        ),
    })
}

/// A client of the first therapist, in no group, not seen today, who has put sessions
/// on hold after a practice reminder went astray.
fn lone_incident(
    clients: &[ClientPlan],
    members: &HashSet<usize>,
    used: &HashSet<usize>,
    now: i64,
    rng: &mut ChaCha8Rng,
) -> Option<(usize, Incident)> {
    let today = day_of(now);
    let candidates: Vec<usize> = (0..clients.len())
        .filter(|&i| clients[i].therapist == 0 && !members.contains(&i) && !used.contains(&i))
        .filter(|&i| held(&clients[i]).count() >= 2)
        // Not one of today's sessions: every therapist keeps a day's schedule.
        .filter(|&i| clients[i].sessions.iter().all(|s| day_of(s.session.starts_at) != today))
        .collect();
    let &client = candidates.choose(rng)?;
    let noticed_day = today - 4;
    let p = pronouns(sex_of(&clients[client].profile));
    let text = format!(
        "{they_cap} phoned on {noticed}: an appointment reminder from the practice went to an old e-mail address \
         that a former housemate can still read, and the housemate then asked {them} about {their} therapy. \
         {they_cap} was upset and has put sessions on hold; nothing is booked. To take up as soon as a session is \
         arranged: acknowledge and apologise for the practice's part, check the contact details on file and how \
         {they} wants to be contacted, and what the housemate now knows.",
        they_cap = p.they_cap,
        they = p.they,
        them = p.them,
        their = p.their,
        noticed = long_date(noticed_day),
    );
    let incident =
        Incident::new(noticed_day * DAY + 10 * HOUR, &text, IncidentSource::ClientReport, Involvement::Affected);
    Some((client, incident))
}

/// A court order for records in a claim the client brought, drafted by their therapist:
/// the order checked, the minimum the order needs, the client told in session.
fn disclosure(
    therapist: usize,
    clients: &[ClientPlan],
    used: &HashSet<usize>,
    now: i64,
    rng: &mut ChaCha8Rng,
) -> Option<(usize, Disclosure)> {
    let mut candidates: Vec<usize> = (0..clients.len())
        .filter(|&i| clients[i].therapist == therapist && !used.contains(&i))
        .filter(|&i| clients[i].profile.occupation != "student" && held(&clients[i]).count() >= 2)
        .collect();
    candidates.shuffle(rng);
    // A claim after a road accident, where one is on the caseload.
    candidates.sort_by_key(|&i| !clients[i].concern.name.contains("road accident"));
    let &client = candidates.first()?;
    let c = &clients[client];
    let p = pronouns(sex_of(&c.profile));
    let today = day_of(now);
    let claim = if c.concern.name.contains("road accident") {
        format!("the personal injury claim {} brought after the road accident", p.they)
    } else {
        format!(
            "the civil claim {} brought against a former employer, in which {} mental health is in issue",
            p.they, p.their
        )
    };
    let last_held = held(c).last()?;
    let first = held(c).next()?;
    let justification = format!(
        "An order of the {city} County Court dated {ordered}, signed by a district judge, in {claim}, requires the \
         practice to produce treatment records. The order was checked with the court office on {checked} and is in \
         force. Disclosure goes no further than the order requires, and to the court only, not to either party.",
        city = c.profile.city,
        ordered = long_date(today - 9),
        checked = long_date(today - 8),
    );
    let information = format!(
        "Dates of attendance since {intake}; the presenting concern and the working formulation in one paragraph; \
         PHQ-9 and GAD-7 totals at intake and at the latest review; the treatment approach and the current plan. \
         Not disclosed: session notes, homework, anything said about family members, anything unrelated to the \
         claim.",
        intake = iso_date(day_of(first)),
    );
    let d = Disclosure {
        basis: LegalBasis::CourtOrder,
        justification,
        recipient: format!("The civil court office, {} County Court, by secure post", c.profile.city),
        information,
        // Shown the order and the summary's wording at the end of the last session.
        informed: ClientInformed::Before,
        informed_at: Some(last_held + i64::from(MINUTES) * 60 - 600),
        not_informed_reason: String::new(),
        from_incident: None,
        drafted_by: String::new(),
        cosigned: None,
    };
    Some((client, d))
}

/// The presenting therapist's client to present: seen at least four times, measured
/// twice, and (where there is one) going by a nickname, with work or school and a
/// relative on file — what a draft naturally mentions and the guard must take out.
fn presented(therapist: usize, clients: &[ClientPlan], used: &HashSet<usize>, rng: &mut ChaCha8Rng) -> Option<usize> {
    let phq = |c: &ClientPlan| c.measures.iter().filter(|m| m.instrument == Instrument::Phq9).count();
    let mut candidates: Vec<usize> = (0..clients.len())
        .filter(|&i| clients[i].therapist == therapist && !used.contains(&i))
        .filter(|&i| held(&clients[i]).count() >= 4 && phq(&clients[i]) >= 2)
        .collect();
    candidates.shuffle(rng);
    let telling = |c: &ClientPlan| {
        let p = &c.profile;
        usize::from(!p.preferred_name.is_empty())
            + usize::from(!p.relatives.is_empty())
            + usize::from(!p.employer.is_empty() || !p.school.is_empty())
    };
    candidates.sort_by_key(|&i| std::cmp::Reverse(telling(&clients[i])));
    candidates.first().copied()
}

/// The first and latest totals of an instrument.
fn first_and_last(c: &ClientPlan, instrument: Instrument) -> (u32, u32) {
    let mut taken: Vec<(i64, u32)> =
        c.measures.iter().filter(|m| m.instrument == instrument).map(|m| (m.taken_at, m.total())).collect();
    taken.sort_unstable();
    (taken.first().map_or(0, |t| t.1), taken.last().map_or(0, |t| t.1))
}

/// A case presentation as a therapist drafts it, before the guard has seen it.
fn presentation(c: &ClientPlan, now: i64) -> String {
    let p = &c.profile;
    let pr = pronouns(sex_of(p));
    let (they, them, their, they_cap) = (pr.they, pr.them, pr.their, &pr.they_cap);
    let nick = if p.preferred_name.is_empty() { &p.given_name } else { &p.preferred_name };
    let born: i64 = p.date_of_birth.get(..4).and_then(|y| y.parse().ok()).unwrap_or(1980);
    let age = year_of(day_of(now)) - born;
    let role = if !p.employer.is_empty() {
        format!("works as a {} at {}", p.occupation, p.employer)
    } else if !p.school.is_empty() && p.occupation == "student" {
        format!("is at {}", p.school)
    } else if !p.school.is_empty() {
        format!("is studying at {}", p.school)
    } else {
        format!("works as a {}", p.occupation)
    };
    let held: Vec<i64> = held(c).collect();
    let since = held.first().map_or_else(|| month_year(day_of(now)), |t| month_year(day_of(*t)));
    let support = match p.relatives.first() {
        Some(r) => {
            let given = r.name.split_whitespace().next().unwrap_or(&r.name);
            format!(
                "{they_cap} came at the urging of {their} {}, {given}, whom {they} describes as {their} main support.",
                r.relation
            )
        }
        None => format!("{they_cap} came on {their} GP's suggestion."),
    };
    let (phq0, phq1) = first_and_last(c, Instrument::Phq9);
    let (gad0, gad1) = first_and_last(c, Instrument::Gad7);
    let course = match c.course {
        Course::Improving => "Good engagement and steady improvement; we are beginning to plan the ending.".to_owned(),
        Course::Flat => "Attends reliably and does most of the homework, but the scores have barely moved.".to_owned(),
        Course::Worsening => {
            "Scores have risen over the last reviews despite regular attendance; risk is reviewed every session."
                .to_owned()
        }
    };
    let question = match c.concern.name {
        "low mood" => {
            format!("whether to suggest a medication review with {their} GP alongside behavioural activation")
        }
        "generalised anxiety" => {
            format!("how to keep {their} worry about family from turning sessions into reassurance")
        }
        "panic attacks" => format!("how fast to take interoceptive exposure when {they} avoids the exercises"),
        "grief" => "whether this is still ordinary grief or time to assess for prolonged grief".to_owned(),
        "work stress" => format!("how far to take assertiveness work while {they} stays in the same team"),
        "relationship difficulties" => "whether to suggest couples work alongside individual sessions".to_owned(),
        "social anxiety" => format!("how to set up exposure steps that feel possible to {them}"),
        "insomnia" => format!("whether sleep restriction is safe to try alongside {their} working hours"),
        "exam stress and low mood" => format!("how to involve {their} parents without losing {their} trust"),
        name if name.contains("road accident") => {
            "when to start trauma-focused work on the memory of the accident".to_owned()
        }
        _ => "what to try next".to_owned(),
    };
    format!(
        "{nick} ({age}) {role}. Seen {cadence} since {since} for {concern}; {n} sessions so far. {support} PHQ-9 \
         {phq0} at intake, {phq1} at the latest review; GAD-7 {gad0} to {gad1}. {course} Question for the team: \
         {question}.",
        cadence = if c.fortnightly { "fortnightly" } else { "weekly" },
        concern = c.concern.name,
        n = held.len(),
    )
}

/// The guard over the whole practice's caseload, as the presenting therapist drafting
/// it would run it: the draft de-identified, then scanned again. A text that still
/// identifies a client is refused, never stored.
async fn deidentify<S: Store>(vault: &Vault<S>, presenter: &Actor, draft: &str) -> Result<String, Error> {
    let caseload = vault.practice_caseload(presenter).await?;
    let draft = draft.to_owned();
    tokio::task::spawn_blocking(move || {
        let index = CaseloadIndex::new(&caseload);
        let text = redact(&draft, &index.scan(&draft));
        if index.scan(&text).is_clean() {
            Ok(text)
        } else {
            Err(Error::Input {
                field: "presentation".into(),
                message: "the de-identified case presentation still identifies a client".into(),
            })
        }
    })
    .await
    .map_err(|_| Error::Corrupt("the guard's task did not finish".into()))?
}

/// Writes the protocols' records: the incidents, the disclosure, the meeting and its
/// presentations (added one after the other, so they keep their order).
pub(crate) async fn write<S: Store>(
    vault: &Vault<S>,
    plan: &Protocols,
    clients: &[ClientPlan],
    therapists: &[RowId],
    supervisor: &RowId,
    client_ids: &[RowId],
    group_ids: &[RowId],
) -> Result<(), Error> {
    let therapist_of = |c: usize| &therapists[clients[c].therapist];
    let group_incident = async {
        let Some(gi) = &plan.group_incident else { return Ok(()) };
        let therapist = therapist_of(gi.affected.0);
        let group = group_ids.get(gi.group).map(ToString::to_string);
        let concerned: Vec<(RowId, Incident)> = [&gi.affected, &gi.suspected]
            .into_iter()
            .map(|(c, incident)| {
                let mut incident = incident.clone();
                incident.group = group.clone();
                (client_ids[*c].clone(), incident)
            })
            .collect();
        vault.record_incident(&Actor::User(therapist.clone()), therapist, &concerned).await.map(drop)
    };
    let lone_incident = async {
        let Some((c, incident)) = &plan.lone_incident else { return Ok(()) };
        let therapist = therapist_of(*c);
        let concerned = [(client_ids[*c].clone(), incident.clone())];
        vault.record_incident(&Actor::User(therapist.clone()), therapist, &concerned).await.map(drop)
    };
    let disclosure = async {
        let Some((c, disclosure)) = &plan.disclosure else { return Ok(()) };
        let therapist = therapist_of(*c);
        let mut disclosure = disclosure.clone();
        disclosure.drafted_by = therapist.to_string();
        vault.draft_disclosure(&Actor::User(therapist.clone()), &client_ids[*c], &disclosure).await.map(drop)
    };
    let meeting = async {
        let Some(m) = &plan.meeting else { return Ok(()) };
        let meeting = TeamMeeting {
            held_at: m.held_at,
            attendees: therapists.iter().chain([supervisor]).map(ToString::to_string).collect(),
            presentations: Vec::new(),
            minutes: String::new(),
        };
        // The supervisor sets the meeting up; each presenter drafts their own case meanwhile.
        let organiser = Actor::User(supervisor.clone());
        let (id, texts) = tokio::join!(
            vault.add_team_meeting(&organiser, &meeting),
            super::join::join_all(m.presentations.iter().map(|(c, draft)| async move {
                deidentify(vault, &Actor::User(therapist_of(*c).clone()), draft).await
            })),
        );
        let id = id?;
        for ((c, _), text) in m.presentations.iter().zip(texts) {
            let presenter = Actor::User(therapist_of(*c).clone());
            vault.add_case_presentation(&presenter, &id, &client_ids[*c], &text?).await?;
        }
        Ok(())
    };
    let (a, b, c, d) = tokio::join!(group_incident, lone_incident, disclosure, meeting);
    a.and(b).and(c).and(d)
}
