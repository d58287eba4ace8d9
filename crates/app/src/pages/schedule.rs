//! The schedule: today's sessions (a therapist's home page), the week, and the forms
//! that create, move, cancel a session and mark it held or a no-show. Times are shown
//! and entered in the practice's time zone.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use chrono::NaiveDate;
use sanctum_practice::{Location, Role, Session, SessionKind, SessionStatus, Tagged};
use sanctum_vault::{RowId, ScheduledSession, SessionWith};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::{parse_date, parse_time, render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// A session as a schedule shows it.
#[derive(Debug)]
pub struct Slot {
    /// The session's id.
    pub id: String,
    /// "14:00–14:50".
    pub time: String,
    /// The client's or group's name.
    pub title: String,
    /// The chart to open, for an individual session.
    pub chart: Option<String>,
    /// "in person" or "video".
    pub place: &'static str,
    /// The status tag.
    pub status: &'static str,
    /// Whether it can still be marked held, cancelled or a no-show.
    pub open: bool,
    /// The local date, `YYYY-MM-DD` (for the move form).
    pub date: String,
    /// The local start, `HH:MM`.
    pub start: String,
    /// The client, for an individual session.
    pub client: Option<RowId>,
    /// What is on its agenda, one line per kind (filled in on the therapist's day).
    pub agenda: Vec<String>,
}

impl Slot {
    fn of(clock: &Clock, s: &ScheduledSession) -> Slot {
        let end = s.session.starts_at + i64::from(s.session.duration_minutes) * 60;
        Slot {
            id: s.id.to_string(),
            time: format!("{}–{}", clock.time(s.session.starts_at), clock.time(end)),
            title: s.title.clone(),
            chart: match &s.with {
                SessionWith::Client(c) => Some(format!("/clients/{c}")),
                SessionWith::Group(_) => None,
            },
            place: match s.session.location {
                Location::InPerson(_) => "in person",
                Location::Telehealth(_) => "video",
            },
            status: s.session.status.tag(),
            open: s.session.status == SessionStatus::Scheduled,
            date: clock.local(s.session.starts_at).format("%Y-%m-%d").to_string(),
            start: clock.time(s.session.starts_at),
            client: match &s.with {
                SessionWith::Client(c) => Some(c.clone()),
                SessionWith::Group(_) => None,
            },
            agenda: Vec::new(),
        }
    }
}

/// One day of a schedule.
#[derive(Debug)]
pub struct Day {
    /// "Mon 23 Nov 2026".
    pub label: String,
    /// Whether it is today.
    pub today: bool,
    /// Its sessions, by start.
    pub slots: Vec<Slot>,
}

async fn days(state: &AppState, who: &SignedIn, first: NaiveDate, count: i64) -> Result<Vec<Day>, Failure> {
    let clock = Clock::of(state);
    let from = clock.start_of(first);
    let to = clock.start_of(first + chrono::Duration::days(count));
    let sessions = state.vault().schedule(&who.actor(), who.id(), from, to).await?;
    let today = clock.today();
    Ok((0..count)
        .map(|i| {
            let day = first + chrono::Duration::days(i);
            let (start, end) = (clock.start_of(day), clock.start_of(day + chrono::Duration::days(1)));
            Day {
                label: clock.date(start),
                today: day == today,
                slots: sessions
                    .iter()
                    .filter(|s| (start..end).contains(&s.session.starts_at))
                    .map(|s| Slot::of(&clock, s))
                    .collect(),
            }
        })
        .collect())
}

/// A client in the "new session" form.
#[derive(Debug)]
pub struct Choice {
    /// The value.
    pub id: String,
    /// The label.
    pub label: String,
}

async fn client_choices(state: &AppState, who: &SignedIn) -> Result<Vec<Choice>, Failure> {
    let mut clients: Vec<Choice> = state
        .vault()
        .clients_of(&who.actor(), who.id())
        .await?
        .into_iter()
        .map(|c| Choice { id: c.id.to_string(), label: crate::pages::clients::display_name(&c.profile) })
        .collect();
    clients.sort_by_key(|c| c.label.to_lowercase());
    Ok(clients)
}

#[derive(Template)]
#[template(path = "today.html")]
struct TodayPage {
    frame: Frame,
    day: Day,
    clients: Vec<Choice>,
    date: String,
    /// Clients with an open concern and no session to raise it in.
    needs_session: Vec<crate::pages::agenda::NeedsSession>,
    /// The "schedule a session" default for them: the next working day.
    next_working_day: String,
}

/// `GET /`: a therapist's day; a supervisor's and an administrator's own home.
pub async fn home(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    match who.user.role {
        Role::Therapist => {}
        Role::Admin => return Ok(see_other("/admin/staff")),
        Role::Supervisor => return crate::pages::account::supervision(&state, &who).await,
    }
    let today = Clock::of(&state).today();
    let mut days = days(&state, &who, today, 1).await?;
    let mut day = days.pop().ok_or(Failure::Internal)?;
    let agendas = crate::pages::agenda::day_agendas(&state, &who, today).await?;
    for slot in &mut day.slots {
        if let Some((_, summary)) = agendas.slots.iter().find(|(id, _)| id.as_str() == slot.id) {
            slot.agenda = summary.clone();
        }
    }
    let clients = client_choices(&state, &who).await?;
    render(&TodayPage {
        frame: Frame::new(&state, &who, "today"),
        day,
        clients,
        date: today.to_string(),
        needs_session: agendas.needs_session,
        next_working_day: crate::pages::agenda::next_working_day(today).to_string(),
    })
}

/// `?week=YYYY-MM-DD`.
#[derive(Debug, Deserialize)]
pub struct WeekQuery {
    week: Option<String>,
}

#[derive(Template)]
#[template(path = "week.html")]
struct WeekPage {
    frame: Frame,
    days: Vec<Day>,
    title: String,
    previous: String,
    next: String,
    clients: Vec<Choice>,
    date: String,
}

/// `GET /schedule?week=`: the week holding the date (this week by default).
pub async fn week(
    State(state): State<AppState>,
    who: SignedIn,
    Query(q): Query<WeekQuery>,
) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let clock = Clock::of(&state);
    let day = match q.week.as_deref().filter(|w| !w.is_empty()) {
        Some(w) => parse_date("week", w)?,
        None => clock.today(),
    };
    let monday = Clock::monday(day);
    let days = days(&state, &who, monday, 7).await?;
    let title = format!("Week of {}", clock.date(clock.start_of(monday)));
    let page = WeekPage {
        frame: Frame::new(&state, &who, "week"),
        days,
        title,
        previous: (monday - chrono::Duration::days(7)).to_string(),
        next: (monday + chrono::Duration::days(7)).to_string(),
        clients: client_choices(&state, &who).await?,
        date: clock.today().to_string(),
    };
    render(&page)
}

/// The "new session" form.
#[derive(Debug, Deserialize)]
pub struct NewSession {
    client: String,
    date: String,
    time: String,
    #[serde(default = "fifty")]
    duration_minutes: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    back: String,
}

fn fifty() -> String {
    "50".into()
}

/// The `duration_minutes` field: minutes, or `default` when left empty.
pub fn duration(value: &str, default: u32) -> Result<u32, Failure> {
    match value.trim() {
        "" => Ok(default),
        v => v.parse().map_err(|_| Failure::input("duration_minutes", "is not a number of minutes")),
    }
}

/// The `place` (in-person or telehealth) and `location` fields; an in-person session
/// with no room given is at "Practice".
pub fn location(place: &str, text: &str) -> Result<Location, Failure> {
    let text = text.trim().to_owned();
    match place {
        "" | "in-person" => Ok(Location::InPerson(if text.is_empty() { "Practice".into() } else { text })),
        "telehealth" => Ok(Location::Telehealth(text)),
        _ => Err(Failure::input("place", "is in-person or telehealth")),
    }
}

/// Where to go after a form: the page it came from, if it is a path of ours — one `/`
/// then no second `/` or `\` (which browsers read as another host), no control
/// characters (which would break the Location header).
pub fn back_to(back: &str, default: &str) -> String {
    let ours = back.starts_with('/')
        && !back[1..].starts_with(['/', '\\'])
        && !back.contains('\\')
        && !back.chars().any(char::is_control);
    if ours {
        back.to_owned()
    } else {
        default.to_owned()
    }
}

/// `POST /sessions`: schedules a session with one of the therapist's clients.
pub async fn create(State(state): State<AppState>, Posted(who, form): Posted<NewSession>) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let client = RowId::parse(form.client.trim()).map_err(|_| Failure::input("client", "choose a client"))?;
    state.vault().authorize(&who.actor(), &client, sanctum_vault::Action::SessionWrite).await?;
    let clock = Clock::of(&state);
    let day = parse_date("date", &form.date)?;
    let starts_at = clock.at(parse_time("time", day, &form.time)?);
    let session = Session {
        kind: SessionKind::Individual,
        starts_at,
        duration_minutes: duration(&form.duration_minutes, 50)?,
        location: location(&form.place, &form.location)?,
        status: SessionStatus::Scheduled,
    };
    state.vault().schedule_session(&who.actor(), &SessionWith::Client(client), who.id(), &session).await?;
    Ok(see_other(&back_to(&form.back, "/")))
}

/// Loads a session and checks it is the signed-in therapist's.
async fn own_session(state: &AppState, who: &SignedIn, id: &str) -> Result<ScheduledSession, Failure> {
    who.require(Role::Therapist)?;
    let id = RowId::parse(id).map_err(|_| Failure::NotFound)?;
    let session = state.vault().session(&who.actor(), &id).await?;
    if let SessionWith::Client(c) = &session.with {
        state.vault().authorize(&who.actor(), c, sanctum_vault::Action::SessionWrite).await?;
    }
    if session.therapist != *who.id() {
        return Err(Failure::NotFound);
    }
    Ok(session)
}

/// The status form.
#[derive(Debug, Deserialize)]
pub struct StatusForm {
    status: String,
    #[serde(default)]
    back: String,
}

/// `POST /sessions/{session}/status`: held, cancelled or no-show.
pub async fn set_status(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted(who, form): Posted<StatusForm>,
) -> Result<Response, Failure> {
    let session = own_session(&state, &who, &id).await?;
    let status: SessionStatus =
        form.status.parse().map_err(|_| Failure::input("status", "is held, cancelled or no-show"))?;
    state.vault().set_session_status(&who.actor(), &session.id, status).await?;
    Ok(see_other(&back_to(&form.back, "/")))
}

/// The move form.
#[derive(Debug, Deserialize)]
pub struct MoveForm {
    date: String,
    time: String,
    #[serde(default = "fifty")]
    duration_minutes: String,
    #[serde(default)]
    back: String,
}

/// `POST /sessions/{session}/move`: a new date and time for a scheduled session.
pub async fn move_session(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Posted(who, form): Posted<MoveForm>,
) -> Result<Response, Failure> {
    let session = own_session(&state, &who, &id).await?;
    let clock = Clock::of(&state);
    let day = parse_date("date", &form.date)?;
    let starts_at = clock.at(parse_time("time", day, &form.time)?);
    state.vault().move_session(&who.actor(), &session.id, starts_at, duration(&form.duration_minutes, 50)?).await?;
    Ok(see_other(&back_to(&form.back, "/schedule")))
}

#[cfg(test)]
mod tests {
    use super::back_to;

    #[test]
    fn only_our_own_paths_are_gone_back_to() {
        for (back, ours) in [
            ("/schedule?week=2026-11-23", true),
            ("/", true),
            ("//evil.example/x", false),
            ("/\\evil.example/x", false),
            ("https://evil.example", false),
            ("/clients\r\nSet-Cookie: x=1", false),
            ("", false),
        ] {
            assert_eq!(back_to(back, "/") == back, ours, "{back:?}");
        }
    }
}
