//! Session agendas: what each individual session of the therapist's day holds (open
//! incidents whose next session it is, homework due for review, measures due, unsigned
//! notes, consents missing), the clients with an open incident and no session to raise
//! it in ("needs a session"), and one session's agenda page with the "Discuss" form.
//!
//! The day's agendas come from one vault call (`upcoming_agendas`) over today and the
//! sessions ahead, which also tells which open incidents have a session to go to. A
//! group session's agenda is always empty: nothing from a member's chart reaches it.

use std::collections::HashSet;

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use chrono::{Datelike, NaiveDate, Weekday};
use sanctum_practice::{Agenda, Instrument, Role, SessionStatus, Tagged, SESSION_GRACE};
use sanctum_vault::{RowId, SessionWith};

use crate::error::Failure;
use crate::pages::chart::{consent_label, instrument_label};
use crate::pages::clients::display_name;
use crate::pages::incidents::IncidentView;
use crate::pages::{render, Clock, Frame};
use crate::session::SignedIn;
use crate::AppState;

/// How far ahead the schedule is searched for an incident's next session.
const HORIZON_DAYS: i64 = 2 * 366;

/// The one-line summary of an agenda, as a slot of the day shows it.
pub fn summary(agenda: &Agenda) -> Vec<String> {
    let count = |n: usize, one: &str, many: &str| if n == 1 { format!("1 {one}") } else { format!("{n} {many}") };
    let mut out = Vec::new();
    if !agenda.incidents.is_empty() {
        out.push(count(agenda.incidents.len(), "concern to discuss", "concerns to discuss"));
    }
    if !agenda.homework.is_empty() {
        out.push(count(agenda.homework.len(), "homework due for review", "homework due for review"));
    }
    for m in &agenda.measures {
        out.push(format!("{} due", instrument_label(*m)));
    }
    if !agenda.unsigned_notes.is_empty() {
        out.push(count(agenda.unsigned_notes.len(), "unsigned note", "unsigned notes"));
    }
    for k in &agenda.consents_missing {
        out.push(format!("consent missing: {}", consent_label(*k)));
    }
    out
}

/// A client with an open incident and no upcoming individual session.
#[derive(Debug)]
pub struct NeedsSession {
    /// The client's id (the schedule form's preselection).
    pub client: String,
    /// Their name.
    pub name: String,
    /// How many open incidents wait.
    pub open: usize,
    /// The incident to open (the oldest).
    pub incident: String,
}

/// The day's agendas and the "needs a session" list.
#[derive(Debug, Default)]
pub struct DayAgendas {
    /// `(session, summary)` for each individual session from the day on with something on it.
    pub slots: Vec<(RowId, Vec<String>)>,
    /// Clients whose open incidents have no session to go to.
    pub needs_session: Vec<NeedsSession>,
}

/// The agendas of the sessions starting on `day` and the open incidents that no
/// upcoming session of the therapist will take up (one `upcoming_agendas` call from the
/// start of the day — or the grace before now, if earlier — over the horizon).
pub async fn day_agendas(state: &AppState, who: &SignedIn, day: NaiveDate) -> Result<DayAgendas, Failure> {
    let clock = Clock::of(state);
    let now = clock.now();
    let from = clock.start_of(day).min(now - SESSION_GRACE);
    let to = clock.start_of(day + chrono::Duration::days(HORIZON_DAYS));
    let date_of = move |at: i64| clock.local(at).format("%Y-%m-%d").to_string();
    let agendas = state.vault().upcoming_agendas(&who.actor(), who.id(), from, to, now, &date_of).await?;
    let placed: HashSet<&str> = agendas.iter().flat_map(|(_, a)| a.incidents.iter().map(String::as_str)).collect();
    let open = state.vault().open_incidents(&who.actor(), who.id()).await?;
    let mut needs_session: Vec<NeedsSession> = Vec::new();
    let waiting: Vec<_> = open.iter().filter(|(id, _, _)| !placed.contains(id.as_str())).collect();
    if !waiting.is_empty() {
        let caseload = state.vault().clients_of(&who.actor(), who.id()).await?;
        for (id, client, _) in waiting {
            if let Some(entry) = needs_session.iter_mut().find(|n| n.client == client.as_str()) {
                entry.open += 1;
                continue;
            }
            let name = caseload.iter().find(|c| c.id == *client).map(|c| display_name(&c.profile)).unwrap_or_default();
            needs_session.push(NeedsSession { client: client.to_string(), name, open: 1, incident: id.to_string() });
        }
    }
    let mut slots = Vec::new();
    for (session, agenda) in &agendas {
        let summary = summary(agenda);
        if !summary.is_empty() {
            slots.push((session.clone(), summary));
        }
    }
    Ok(DayAgendas { slots, needs_session })
}

/// The next working day after `day` (Monday to Friday), the "schedule a session" form's
/// default.
pub fn next_working_day(day: NaiveDate) -> NaiveDate {
    let mut next = day + chrono::Duration::days(1);
    while matches!(next.weekday(), Weekday::Sat | Weekday::Sun) {
        next += chrono::Duration::days(1);
    }
    next
}

/// Homework on an agenda.
#[derive(Debug)]
pub struct HomeworkItem {
    /// Its id.
    pub id: String,
    /// The task.
    pub task: String,
    /// Its due date.
    pub due: String,
}

#[derive(Template)]
#[template(path = "agenda_show.html")]
struct AgendaPage {
    frame: Frame,
    session: String,
    title: String,
    when: String,
    /// The client's chart, for an individual session.
    client: Option<String>,
    /// Whether the session can still be where an incident is discussed.
    can_discuss: bool,
    incidents: Vec<IncidentView>,
    homework: Vec<HomeworkItem>,
    measures: Vec<(&'static str, &'static str)>,
    unsigned_notes: Vec<String>,
    consents_missing: Vec<&'static str>,
}

/// `GET /sessions/{session}/agenda`: one session's agenda with links, and for each
/// incident the "Discuss" form. A group session's agenda holds nothing from any member's
/// chart.
pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Path(session): Path<String>,
) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let id = RowId::parse(&session).map_err(|_| Failure::NotFound)?;
    let scheduled = state.vault().session(&who.actor(), &id).await?;
    if scheduled.therapist != *who.id() {
        return Err(Failure::NotFound);
    }
    let clock = Clock::of(&state);
    let date = clock.local(scheduled.session.starts_at).format("%Y-%m-%d").to_string();
    let mut page = AgendaPage {
        frame: Frame::new(&state, &who, "today"),
        session: id.to_string(),
        title: scheduled.title.clone(),
        when: clock.date_time(scheduled.session.starts_at),
        client: None,
        can_discuss: matches!(scheduled.session.status, SessionStatus::Scheduled | SessionStatus::Held),
        incidents: Vec::new(),
        homework: Vec::new(),
        measures: Vec::new(),
        unsigned_notes: Vec::new(),
        consents_missing: Vec::new(),
    };
    let SessionWith::Client(client) = &scheduled.with else {
        return render(&page);
    };
    let agenda = state.vault().agenda(&who.actor(), &id, clock.now(), &date).await?;
    let chart = state.vault().chart(&who.actor(), client).await?;
    page.client = Some(client.to_string());
    page.incidents = chart
        .incidents
        .iter()
        .filter(|(i, _)| agenda.incidents.contains(&i.to_string()))
        .map(|(i, incident)| IncidentView::of(&clock, i, incident))
        .collect();
    page.homework = chart
        .homework
        .iter()
        .filter(|(h, _)| agenda.homework.contains(&h.to_string()))
        .map(|(h, hw)| HomeworkItem { id: h.to_string(), task: hw.task.clone(), due: hw.due.clone() })
        .collect();
    page.measures = agenda.measures.iter().map(|m: &Instrument| (instrument_label(*m), m.tag())).collect();
    page.unsigned_notes = agenda.unsigned_notes.clone();
    page.consents_missing = agenda.consents_missing.iter().map(|k| consent_label(*k)).collect();
    render(&page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_next_working_day_skips_the_weekend() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        for (from, next) in [
            ("2026-03-02", "2026-03-03"), // Monday → Tuesday
            ("2026-03-06", "2026-03-09"), // Friday → Monday
            ("2026-03-07", "2026-03-09"), // Saturday → Monday
            ("2026-03-08", "2026-03-09"), // Sunday → Monday
        ] {
            assert_eq!(next_working_day(day(from)), day(next), "after {from}");
        }
    }

    #[test]
    fn a_summary_names_every_kind_of_item_and_counts() {
        let agenda = Agenda {
            incidents: vec!["a".into(), "b".into()],
            homework: vec!["h".into()],
            measures: vec![Instrument::Phq9],
            unsigned_notes: vec![],
            consents_missing: vec![sanctum_practice::ConsentKind::Treatment],
        };
        assert_eq!(
            summary(&agenda),
            ["2 concerns to discuss", "1 homework due for review", "PHQ-9 due", "consent missing: Treatment"]
        );
        assert!(summary(&Agenda::default()).is_empty());
    }
}
