//! A client's chart: who they are, their upcoming and past sessions, progress notes
//! with their amendments, homework (overdue work stands out), outcome measures, consents
//! (what is missing is said), the client's own incidents and, apart, their mandated
//! disclosures. Opening it is a chart read on the audit trail;
//! a supervisor sees it only when the client's therapist granted it, and read-only.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use sanctum_practice::{ConsentKind, HomeworkStatus, Instrument, NoteState, Role, SessionStatus, Tagged};
use sanctum_vault::{Action, Chart, RecordRef, RowId};

use crate::error::Failure;
use crate::pages::clients::display_name;
use crate::pages::homework::status_label;
use crate::pages::measures::{self, risk_flag};
use crate::pages::notes::section_label;
use crate::pages::trend_chart;
use crate::pages::{render, Clock, Frame};
use crate::session::SignedIn;
use crate::AppState;

/// A session line on the chart.
#[derive(Debug)]
pub struct SessionLine {
    /// The session id.
    pub id: String,
    /// When.
    pub when: String,
    /// Status tag.
    pub status: &'static str,
    /// Whether a note documents it.
    pub noted: bool,
    /// Whether it took place (and so can be documented).
    pub held: bool,
}

/// A note as the chart shows it.
#[derive(Debug)]
pub struct NoteView {
    /// Its id.
    pub id: String,
    /// "SOAP".
    pub template: String,
    /// The session date, or when it was written.
    pub when: String,
    /// `(section, text)`.
    pub sections: Vec<(String, String)>,
    /// "Signed by dana on ...", or None for a draft.
    pub signed: Option<String>,
    /// `("dana on Mon 23 Nov 2026, 14:05", reason, text)`, oldest first.
    pub amendments: Vec<(String, String, String)>,
}

/// Homework as the chart shows it.
#[derive(Debug)]
pub struct HomeworkView {
    /// Its id.
    pub id: String,
    /// The task.
    pub task: String,
    /// Due date.
    pub due: String,
    /// Status tag.
    pub status: &'static str,
    /// Status as it reads ("partly done").
    pub status_label: &'static str,
    /// The client's response.
    pub response: String,
    /// Past due and not done.
    pub overdue: bool,
}

/// One measure result.
#[derive(Debug)]
pub struct MeasureView {
    /// Its id.
    pub id: String,
    /// What needs attention now (an endorsed PHQ-9 item 9).
    pub flag: Option<&'static str>,
    /// "PHQ-9".
    pub instrument: &'static str,
    /// When.
    pub when: String,
    /// Total score.
    pub total: u32,
    /// Severity band.
    pub band: &'static str,
}

/// A consent line.
#[derive(Debug)]
pub struct ConsentView {
    /// Its id.
    pub id: String,
    /// What it covers.
    pub kind: &'static str,
    /// Form version.
    pub version: String,
    /// Signed when.
    pub signed: String,
    /// Revoked when.
    pub revoked: Option<String>,
}

#[derive(Template)]
#[template(path = "chart.html")]
struct ChartPage {
    frame: Frame,
    id: String,
    name: String,
    details: Vec<(&'static str, String)>,
    upcoming: Vec<SessionLine>,
    past: Vec<SessionLine>,
    notes: Vec<NoteView>,
    homework: Vec<HomeworkView>,
    measures: Vec<MeasureView>,
    /// The measures' trend as SVG markup (escaped by its maker), when there are any.
    trend: Option<String>,
    consents: Vec<ConsentView>,
    missing_consents: Vec<&'static str>,
    writable: bool,
    /// Sessions homework can be given in, newest first: `(id, when)`.
    homework_sessions: Vec<(String, String)>,
    /// The assignment form's due date: the next session's day, or a week from today.
    default_due: String,
    /// Review choices: `(tag, label)`.
    homework_statuses: Vec<(&'static str, &'static str)>,
    /// Consent kinds for the record form: `(tag, label)`.
    consent_kinds: Vec<(&'static str, &'static str)>,
    /// Today, `YYYY-MM-DD` (the consent form's default date).
    today: String,
    /// The client's incidents, open first, newest first within each.
    incidents: Vec<crate::pages::incidents::IncidentView>,
    /// The client's mandated disclosures (shown to their therapist only).
    disclosures: Vec<crate::pages::disclosures::DisclosureView>,
}

/// The consents the client needs and has none in force of (telehealth clients need
/// that consent too).
pub fn missing_consents(chart: &Chart) -> Vec<ConsentKind> {
    let telehealth =
        chart.sessions.iter().any(|(_, s)| matches!(s.location, sanctum_practice::Location::Telehealth(_)));
    let consents: Vec<_> = chart.consents.iter().map(|(_, c)| c.clone()).collect();
    sanctum_practice::missing_consents(&consents, telehealth)
}

/// The label of a consent kind.
pub fn consent_label(kind: ConsentKind) -> &'static str {
    match kind {
        ConsentKind::Treatment => "Treatment",
        ConsentKind::LimitsOfConfidentiality => "Limits of confidentiality",
        ConsentKind::GroupConfidentiality => "Group confidentiality agreement",
        ConsentKind::Telehealth => "Telehealth",
        ConsentKind::ReleaseOfInformation => "Release of information",
    }
}

/// The display name of an instrument.
pub fn instrument_label(i: Instrument) -> &'static str {
    match i {
        Instrument::Phq9 => "PHQ-9",
        Instrument::Gad7 => "GAD-7",
    }
}

/// Opens a chart the signed-in user may see (the vault checks and records the access).
pub async fn open(state: &AppState, who: &SignedIn, client: &str) -> Result<Chart, Failure> {
    Ok(state.vault().chart(&who.actor(), &client_id(client)?).await?)
}

/// A client id from a path: a malformed one is simply not found.
pub fn client_id(raw: &str) -> Result<RowId, Failure> {
    RowId::parse(raw).map_err(|_| Failure::NotFound)
}

/// Checks that the signed-in therapist may do `action` to `client`'s records: their
/// role first, then the vault's rule (which records a refusal and answers a client that
/// is not theirs exactly like one that does not exist).
pub async fn authorize_write(state: &AppState, who: &SignedIn, client: &RowId, action: Action) -> Result<(), Failure> {
    who.require(Role::Therapist)?;
    Ok(state.vault().authorize(&who.actor(), client, action).await?)
}

/// The client a record belongs to, once the signed-in therapist is allowed to do
/// `action` to it. Checked before anything else is read, so a record of another
/// therapist's client answers like a missing one (and the refusal is audited).
pub async fn record_client(
    state: &AppState,
    who: &SignedIn,
    record: impl FnOnce(RowId) -> RecordRef,
    raw_id: &str,
    action: Action,
) -> Result<(RowId, RowId), Failure> {
    who.require(Role::Therapist)?;
    let id = RowId::parse(raw_id).map_err(|_| Failure::NotFound)?;
    let client = state.vault().client_of(record(id.clone())).await?;
    authorize_write(state, who, &client, action).await?;
    Ok((id, client))
}

/// The user names of staff ids (a note's signer, an amendment's author); an id no
/// longer on the staff list is shown as "a former staff member".
pub async fn staff_names(state: &AppState, ids: Vec<String>) -> Result<HashMap<String, String>, Failure> {
    let mut names = HashMap::new();
    for id in ids {
        if names.contains_key(&id) {
            continue;
        }
        let member = match RowId::parse(&id) {
            Ok(row) => state.vault().staff_member(&row).await?,
            Err(_) => None,
        };
        names.insert(id, member.map_or_else(|| "a former staff member".to_owned(), |m| m.username));
    }
    Ok(names)
}

/// `GET /clients/{client}`.
pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Path(client): Path<String>,
) -> Result<Response, Failure> {
    let chart = open(&state, &who, &client).await?;
    let clock = Clock::of(&state);
    let now = clock.now();
    let today = clock.today().to_string();
    let p = &chart.profile;
    let mut details: Vec<(&'static str, String)> = vec![
        ("Legal name", format!("{} {}", p.given_name, p.family_name)),
        ("Goes by", p.preferred_name.clone()),
        ("Born", p.date_of_birth.clone()),
        ("Phone", p.phone.clone()),
        ("E-mail", p.email.clone()),
        (
            "Address",
            [p.street.as_str(), p.city.as_str(), p.postcode.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("Employer", p.employer.clone()),
        ("Occupation", p.occupation.clone()),
        ("School", p.school.clone()),
    ];
    details.retain(|(_, v)| !v.trim().is_empty());

    let noted: Vec<&RowId> = chart.notes.iter().filter_map(|n| n.session.as_ref()).collect();
    let mut sessions: Vec<_> = chart.sessions.iter().collect();
    sessions.sort_by_key(|(_, s)| s.starts_at);
    let line = |(id, s): &&(RowId, sanctum_practice::Session)| SessionLine {
        id: id.to_string(),
        when: clock.date_time(s.starts_at),
        status: s.status.tag(),
        noted: noted.contains(&id),
        held: s.status == SessionStatus::Held,
    };
    let homework_sessions = sessions
        .iter()
        .rev()
        .filter(|(_, s)| s.status == SessionStatus::Held || (s.status == SessionStatus::Scheduled && s.starts_at < now))
        .map(|(id, s)| (id.to_string(), clock.date_time(s.starts_at)))
        .collect();
    let default_due = sessions
        .iter()
        .find(|(_, s)| s.status == SessionStatus::Scheduled && s.starts_at >= now)
        .map_or_else(|| clock.today() + chrono::Duration::days(7), |(_, s)| clock.local(s.starts_at).date_naive())
        .to_string();
    let upcoming =
        sessions.iter().filter(|(_, s)| s.status == SessionStatus::Scheduled && s.starts_at >= now).map(line).collect();
    let past: Vec<SessionLine> = sessions
        .iter()
        .rev()
        .filter(|(_, s)| s.starts_at < now || s.status != SessionStatus::Scheduled)
        .map(line)
        .collect();

    let session_time = |id: &Option<RowId>| {
        id.as_ref().and_then(|id| chart.sessions.iter().find(|(s, _)| s == id)).map(|(_, s)| s.starts_at)
    };
    let mut people = Vec::new();
    for n in &chart.notes {
        if let NoteState::Signed { by, .. } = &n.note.state {
            people.push(by.clone());
        }
        people.extend(n.amendments.iter().map(|a| a.by.clone()));
    }
    let names = staff_names(&state, people).await?;
    let name_of = |id: &str| names.get(id).cloned().unwrap_or_default();
    let mut notes: Vec<(i64, NoteView)> = chart
        .notes
        .iter()
        .map(|n| {
            let at = session_time(&n.session).unwrap_or(0);
            let view = NoteView {
                id: n.id.to_string(),
                template: n.note.template.tag().to_uppercase(),
                when: if at > 0 { clock.date(at) } else { String::from("not tied to a session") },
                sections: n
                    .note
                    .template
                    .sections()
                    .iter()
                    .zip(&n.note.sections.0)
                    .map(|(name, text)| (section_label(name), text.clone()))
                    .collect(),
                signed: match &n.note.state {
                    NoteState::Draft => None,
                    NoteState::Signed { by, at } => {
                        Some(format!("Signed by {} on {}", name_of(by), clock.date_time(*at)))
                    }
                },
                amendments: n
                    .amendments
                    .iter()
                    .map(|a| {
                        let who_when = format!("{} on {}", name_of(&a.by), clock.date_time(a.at));
                        (who_when, a.text.reason.clone(), a.text.text.clone())
                    })
                    .collect(),
            };
            (at, view)
        })
        .collect();
    notes.sort_by_key(|(at, _)| std::cmp::Reverse(*at));

    let homework = chart
        .homework
        .iter()
        .map(|(id, h)| HomeworkView {
            id: id.to_string(),
            task: h.task.clone(),
            due: h.due.clone(),
            status: h.status.tag(),
            status_label: status_label(h.status),
            response: h.response.clone(),
            overdue: h.is_overdue(&today),
        })
        .collect();
    let mut measures: Vec<MeasureView> = chart
        .measures
        .iter()
        .map(|(id, m)| MeasureView {
            id: id.to_string(),
            flag: risk_flag(m),
            instrument: instrument_label(m.instrument),
            when: clock.date(m.taken_at),
            total: m.total(),
            band: m.instrument.severity(m.total()),
        })
        .collect();
    measures.reverse();
    let trend = trend_chart::svg(&measures::trend(&clock, &chart.measures));
    let missing_consents = missing_consents(&chart).into_iter().map(consent_label).collect();
    let consents = chart
        .consents
        .iter()
        .map(|(id, c)| ConsentView {
            id: id.to_string(),
            kind: consent_label(c.kind),
            version: c.version.clone(),
            signed: clock.date(c.signed_at),
            revoked: c.revoked_at.map(|at| clock.date(at)),
        })
        .collect();

    let mut incidents: Vec<(i64, crate::pages::incidents::IncidentView)> = chart
        .incidents
        .iter()
        .map(|(id, i)| (i.occurred_at, crate::pages::incidents::IncidentView::of(&clock, id, i)))
        .collect();
    incidents.sort_by_key(|(at, view)| (!view.open, std::cmp::Reverse(*at)));
    let disclosures = match who.user.role {
        Role::Therapist => {
            let own = state.vault().disclosures_of(&who.actor(), &chart.id).await?;
            crate::pages::disclosures::views(&state, &own).await?
        }
        _ => Vec::new(),
    };

    render(&ChartPage {
        frame: Frame::new(&state, &who, if who.user.role == Role::Therapist { "clients" } else { "supervision" }),
        id: chart.id.to_string(),
        name: display_name(p),
        details,
        upcoming,
        past,
        notes: notes.into_iter().map(|(_, v)| v).collect(),
        homework,
        measures,
        trend,
        consents,
        missing_consents,
        writable: who.user.role == Role::Therapist,
        homework_sessions,
        default_due,
        homework_statuses: HomeworkStatus::ALL.iter().map(|s| (s.tag(), status_label(*s))).collect(),
        consent_kinds: ConsentKind::ALL.iter().map(|k| (k.tag(), consent_label(*k))).collect(),
        today,
        incidents: incidents.into_iter().map(|(_, v)| v).collect(),
        disclosures,
    })
}
