//! Team meetings for case consultation: the list of meetings one attends, creating one
//! (date, time, attendees from the staff list: therapists and supervisors), a meeting's
//! page (the agenda of de-identified case presentations, minutes and follow-up actions,
//! which any attendee may edit), and drafting a case presentation from a client's chart:
//! write → "Check and de-identify" (the guard against the whole practice, see
//! [`crate::case_presentation`]) → review each replacement → "Add to meeting".
//!
//! Attendees see only the de-identified text; the link to the client is shown only to
//! the presenting therapist (the vault returns it to them alone). Administrators have no
//! part in team meetings (403); a meeting one does not attend answers like a missing one.
//!
//! The rules behind the forms take the staff member rather than the browser session, so
//! the JSON API (`crate::api::meetings`) runs the same ones.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sanctum_practice::{Role, TeamMeeting};
use sanctum_vault::{Action, Actor, RowId, StaffMember};
use serde::Deserialize;

use crate::case_presentation::{self, Edit, Review, Verdict};
use crate::disclosure_check::Segment;
use crate::error::Failure;
use crate::pages::chart::{authorize_write, client_id, staff_names};
use crate::pages::{parse_date, parse_time, render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// The heading that separates the minutes from the follow-up actions in the stored
/// minutes (the meeting record has one text for both).
const FOLLOW_UPS: &str = "\n\n## Follow-up actions\n";

/// The stored minutes split into `(minutes, follow-up actions)`.
pub fn split_minutes(stored: &str) -> (String, String) {
    match stored.split_once(FOLLOW_UPS) {
        Some((minutes, actions)) => (minutes.to_owned(), actions.to_owned()),
        None => (stored.to_owned(), String::new()),
    }
}

/// The minutes and follow-up actions as stored; minutes holding the follow-ups'
/// heading are refused (field `minutes`), so the two never run together.
pub fn join_minutes(minutes: &str, actions: &str) -> Result<String, Failure> {
    let (minutes, actions) = (minutes.trim().replace("\r\n", "\n"), actions.trim().replace("\r\n", "\n"));
    if minutes.contains(FOLLOW_UPS.trim()) {
        return Err(Failure::input("minutes", "write follow-up actions in their own box, not under that heading"));
    }
    Ok(if actions.is_empty() { minutes } else { format!("{minutes}{FOLLOW_UPS}{actions}") })
}

/// Therapists and supervisors take part in team meetings; administrators do not.
pub fn require_clinician(who: &StaffMember) -> Result<(), Failure> {
    match who.role {
        Role::Therapist | Role::Supervisor => Ok(()),
        Role::Admin => Err(Failure::Refused(who.id.clone())),
    }
}

/// The meetings `who` attends, soonest last.
pub async fn attended(state: &AppState, who: &StaffMember) -> Result<Vec<(RowId, TeamMeeting)>, Failure> {
    require_clinician(who)?;
    let me = who.id.to_string();
    let all = state.vault().team_meetings(&Actor::User(who.id.clone())).await?;
    Ok(all.into_iter().filter(|(_, m)| m.attendees.contains(&me)).collect())
}

/// One case presentation of a meeting as its attendees see it.
#[derive(Debug)]
pub struct Presented {
    pub id: RowId,
    pub presenter: RowId,
    /// The presenter's user name.
    pub presenter_name: String,
    /// The de-identified text.
    pub text: String,
    /// The client, on the reader's own presentations only.
    pub client: Option<RowId>,
}

/// A meeting's case presentations in the order added, with their presenters' names:
/// what the meeting page and `GET /api/v1/meetings/{id}` show.
pub async fn presentations(state: &AppState, actor: &Actor, meeting: &RowId) -> Result<Vec<Presented>, Failure> {
    let found = state.vault().case_presentations(actor, meeting).await?;
    let names = staff_names(state, found.iter().map(|(_, p, _, _)| p.to_string()).collect()).await?;
    Ok(found
        .into_iter()
        .map(|(id, presenter, text, client)| Presented {
            presenter_name: names.get(presenter.as_str()).cloned().unwrap_or_default(),
            id,
            presenter,
            text,
            client,
        })
        .collect())
}

/// A meeting `who` attends; any other answers like a missing one.
pub async fn meeting_for(state: &AppState, who: &StaffMember, raw: &str) -> Result<(RowId, TeamMeeting), Failure> {
    let id = RowId::parse(raw.trim()).map_err(|_| Failure::NotFound)?;
    attended(state, who).await?.into_iter().find(|(m, _)| *m == id).ok_or(Failure::NotFound)
}

/// A meeting in a list: `(id, when, attendees' names)`.
#[derive(Debug)]
pub struct MeetingLine {
    /// Its id.
    pub id: String,
    /// When.
    pub when: String,
    /// Who attends, by user name.
    pub attendees: String,
}

async fn lines(state: &AppState, meetings: &[(RowId, TeamMeeting)]) -> Result<Vec<MeetingLine>, Failure> {
    let clock = Clock::of(state);
    let ids = meetings.iter().flat_map(|(_, m)| m.attendees.iter().cloned()).collect();
    let names = staff_names(state, ids).await?;
    Ok(meetings
        .iter()
        .map(|(id, m)| MeetingLine {
            id: id.to_string(),
            when: clock.date_time(m.held_at),
            attendees: m.attendees.iter().filter_map(|a| names.get(a).cloned()).collect::<Vec<_>>().join(", "),
        })
        .collect())
}

#[derive(Template)]
#[template(path = "meeting_list.html")]
struct ListPage {
    frame: Frame,
    upcoming: Vec<MeetingLine>,
    past: Vec<MeetingLine>,
    /// Therapists and supervisors who may attend: `(id, name, role, is me)`.
    staff: Vec<(String, String, &'static str, bool)>,
    today: String,
}

/// `GET /meetings`: the meetings one attends, and the form for a new one.
pub async fn list(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    let meetings = attended(&state, &who.user).await?;
    let clock = Clock::of(&state);
    let start = clock.start_of(clock.today());
    let (upcoming, past): (Vec<_>, Vec<_>) = meetings.into_iter().partition(|(_, m)| m.held_at >= start);
    let mut past = lines(&state, &past).await?;
    past.reverse();
    let mut staff: Vec<(String, String, &'static str, bool)> = state
        .vault()
        .staff()
        .await?
        .into_iter()
        .filter_map(|s| {
            let role = match s.role {
                Role::Therapist => "therapist",
                Role::Supervisor => "supervisor",
                Role::Admin => return None,
            };
            Some((s.id.to_string(), s.username, role, s.id == *who.id()))
        })
        .collect();
    staff.sort_by_key(|(_, name, _, _)| name.to_lowercase());
    render(&ListPage {
        frame: Frame::new(&state, &who, "meetings"),
        upcoming: lines(&state, &upcoming).await?,
        past,
        staff,
        today: clock.today().to_string(),
    })
}

/// `POST /meetings`: `date`, `time`, and `attendee` once per staff member (the creator
/// always attends).
pub async fn create(
    State(state): State<AppState>,
    Posted(who, form): Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    require_clinician(&who.user)?;
    let get = |name: &str| form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    let clock = Clock::of(&state);
    let day = parse_date("date", get("date"))?;
    let held_at = clock.at(parse_time("time", day, get("time"))?);
    let invited: Vec<&str> = form.iter().filter(|(k, _)| k == "attendee").map(|(_, v)| v.as_str()).collect();
    let id = new_meeting(&state, &who.user, held_at, &invited, &|_| "attendee".to_owned()).await?;
    Ok(see_other(&format!("/meetings/{id}")))
}

/// Creates a team meeting at `held_at` attended by `who` and by each of `invited` (staff
/// ids; each must be a therapist or supervisor of the practice, or the error names
/// `field(i)`; repeats count once).
pub async fn new_meeting(
    state: &AppState,
    who: &StaffMember,
    held_at: i64,
    invited: &[&str],
    field: &(dyn Fn(usize) -> String + Sync),
) -> Result<RowId, Failure> {
    require_clinician(who)?;
    let staff = state.vault().staff().await?;
    let mut attendees = vec![who.id.to_string()];
    for (i, raw) in invited.iter().enumerate() {
        let member = staff
            .iter()
            .find(|s| s.id.as_str() == raw.trim() && matches!(s.role, Role::Therapist | Role::Supervisor))
            .ok_or_else(|| Failure::input(field(i), "is not a therapist or supervisor of the practice"))?;
        if !attendees.contains(&member.id.to_string()) {
            attendees.push(member.id.to_string());
        }
    }
    let meeting = TeamMeeting { held_at, attendees, presentations: Vec::new(), minutes: String::new() };
    Ok(state.vault().add_team_meeting(&Actor::User(who.id.clone()), &meeting).await?)
}

/// A case presentation as an attendee sees it.
#[derive(Debug)]
pub struct PresentationView {
    /// Its id.
    pub id: String,
    /// The presenter's user name.
    pub presenter: String,
    /// The de-identified text.
    pub text: String,
    /// The client's chart: only on the presenter's own presentations.
    pub chart: Option<String>,
}

#[derive(Template)]
#[template(path = "meeting_page.html")]
struct MeetingPage {
    frame: Frame,
    id: String,
    when: String,
    attendees: String,
    presentations: Vec<PresentationView>,
    minutes: String,
    follow_ups: String,
    therapist: bool,
}

/// `GET /meetings/{meeting}`: the agenda of case presentations, minutes, follow-ups.
pub async fn show(State(state): State<AppState>, who: SignedIn, Path(raw): Path<String>) -> Result<Response, Failure> {
    let (id, meeting) = meeting_for(&state, &who.user, &raw).await?;
    let presentations = presentations(&state, &who.actor(), &id)
        .await?
        .into_iter()
        .map(|p| PresentationView {
            id: p.id.to_string(),
            presenter: p.presenter_name,
            text: p.text,
            chart: p.client.map(|c| format!("/clients/{c}")),
        })
        .collect();
    let line = lines(&state, &[(id.clone(), meeting.clone())]).await?.pop().ok_or(Failure::Internal)?;
    let (minutes, follow_ups) = split_minutes(&meeting.minutes);
    render(&MeetingPage {
        frame: Frame::new(&state, &who, "meetings"),
        id: id.to_string(),
        when: line.when,
        attendees: line.attendees,
        presentations,
        minutes,
        follow_ups,
        therapist: who.user.role == Role::Therapist,
    })
}

/// The minutes form.
#[derive(Debug, Deserialize)]
pub struct MinutesForm {
    #[serde(default)]
    minutes: String,
    #[serde(default)]
    follow_ups: String,
}

/// `POST /meetings/{meeting}`: an attendee replaces the minutes and follow-up actions.
pub async fn update(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Posted(who, form): Posted<MinutesForm>,
) -> Result<Response, Failure> {
    let (id, mut meeting) = meeting_for(&state, &who.user, &raw).await?;
    meeting.minutes = join_minutes(&form.minutes, &form.follow_ups)?;
    state.vault().update_team_meeting(&who.actor(), &id, &meeting).await?;
    Ok(see_other(&format!("/meetings/{id}")))
}

/// Upcoming meetings the therapist attends, for the draft's "present at" choice.
async fn meeting_choices(state: &AppState, who: &SignedIn) -> Result<Vec<MeetingLine>, Failure> {
    let clock = Clock::of(state);
    let start = clock.start_of(clock.today());
    let upcoming: Vec<_> = attended(state, &who.user).await?.into_iter().filter(|(_, m)| m.held_at >= start).collect();
    lines(state, &upcoming).await
}

#[derive(Template)]
#[template(path = "meeting_draft.html")]
struct DraftPage {
    frame: Frame,
    client: String,
    meetings: Vec<MeetingLine>,
}

/// `GET /clients/{client}/case-presentation`: an empty draft (the therapist writes it).
pub async fn draft_form(
    State(state): State<AppState>,
    who: SignedIn,
    Path(raw): Path<String>,
) -> Result<Response, Failure> {
    let client = client_id(&raw)?;
    authorize_write(&state, &who, &client, Action::PresentationWrite).await?;
    let meetings = meeting_choices(&state, &who).await?;
    render(&DraftPage { frame: Frame::new(&state, &who, "meetings"), client: client.to_string(), meetings })
}

/// An edit as the review form shows it.
#[derive(Debug)]
pub struct EditView {
    /// Its position (the fields' suffix).
    pub n: usize,
    /// The draft's text it replaces.
    pub original: String,
    /// What the replaced text is.
    pub kind_label: &'static str,
    /// The kind tag, carried in the form.
    pub kind: String,
    /// Its span in the draft.
    pub start: usize,
    /// Its end in the draft.
    pub end: usize,
    /// The replacement text.
    pub with: String,
}

#[derive(Template)]
#[template(path = "meeting_review.html")]
struct ReviewPage {
    frame: Frame,
    client: String,
    meeting: String,
    meeting_when: String,
    draft: String,
    edits: Vec<EditView>,
    segments: Vec<Segment>,
    clean: bool,
    reasons: Vec<String>,
    /// Why the save was refused: `(field, message)`.
    error: Option<(String, String)>,
}

fn review_page(
    state: &AppState,
    who: &SignedIn,
    client: &RowId,
    meeting: (&RowId, &str),
    review: &Review,
    verdict: Verdict,
    error: Option<(String, String)>,
) -> Result<Response, Failure> {
    let edits = review
        .edits
        .iter()
        .enumerate()
        .map(|(n, e): (usize, &Edit)| EditView {
            n,
            original: review.draft.get(e.start..e.end).unwrap_or_default().to_owned(),
            kind_label: e.kind_label(),
            kind: e.kind.clone(),
            start: e.start,
            end: e.end,
            with: e.with.clone(),
        })
        .collect();
    render(&ReviewPage {
        frame: Frame::new(state, who, "meetings"),
        client: client.to_string(),
        meeting: meeting.0.to_string(),
        meeting_when: meeting.1.to_owned(),
        draft: review.draft.clone(),
        edits,
        segments: verdict.segments,
        clean: verdict.clean,
        reasons: verdict.reasons,
        error,
    })
}

/// What the draft and review forms carry, read and checked: the client (authorized),
/// the meeting (attended), and the review with any "redact more" applied.
async fn posted_review(
    state: &AppState,
    who: &SignedIn,
    raw_client: &str,
    form: &[(String, String)],
) -> Result<(RowId, RowId, String, Review, bool), Failure> {
    let client = client_id(raw_client)?;
    authorize_write(state, who, &client, Action::PresentationWrite).await?;
    let get = |name: &str| form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str());
    let (meeting, held) = meeting_for(state, &who.user, get("meeting"))
        .await
        .map_err(|_| Failure::input("meeting", "choose a team meeting you attend"))?;
    let when = Clock::of(state).date_time(held.held_at);
    let first = get("stage") != "review";
    let mut review = Review::from_form(form)?;
    review.redact_more(get("more"), get("more_with"))?;
    Ok((client, meeting, when, review, first))
}

/// `POST /clients/{client}/case-presentation/review`: "Check and de-identify" (from the
/// draft) or "Check again" (from the review): the draft de-identified against the whole
/// practice, each replacement listed for review, and the verdict on the result.
pub async fn review(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Posted(who, form): Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (client, meeting, when, review, first) = posted_review(&state, &who, &raw, &form).await?;
    let (review, verdict) = case_presentation::check(&state, &who.actor(), review, first).await?;
    review_page(&state, &who, &client, (&meeting, &when), &review, verdict, None)
}

/// `POST /clients/{client}/case-presentation`: "Add to meeting". The reviewed text is
/// checked again here; one that still identifies a client comes back (422) naming the
/// replacement to correct, and nothing is saved.
pub async fn add(
    State(state): State<AppState>,
    Path(raw): Path<String>,
    Posted(who, form): Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    let (client, meeting, when, review, _) = posted_review(&state, &who, &raw, &form).await?;
    match present(&state, &who.actor(), &meeting, &client, review).await? {
        Presenting::Added(id) => Ok(see_other(&format!("/meetings/{meeting}#presentation-{id}"))),
        Presenting::StillIdentifies(review, verdict) => {
            let field = verdict.field.clone().unwrap_or_else(|| "draft".to_owned());
            let message = STILL_IDENTIFIES.to_owned();
            let page = review_page(&state, &who, &client, (&meeting, &when), &review, verdict, Some((field, message)))?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}

/// Why a reviewed presentation is refused.
pub const STILL_IDENTIFIES: &str = "still identifies a client; change it and check again";

/// What became of a reviewed presentation.
#[derive(Debug)]
pub enum Presenting {
    /// Added to the meeting: the presentation's id.
    Added(RowId),
    /// Still identifies a client (or holds contact details): nothing was saved.
    StillIdentifies(Review, Verdict),
}

/// Checks a reviewed presentation again against the whole practice (the review as sent
/// is never trusted) and adds the reviewed text to `meeting` only if it identifies
/// nobody. `client` must already be authorized for `actor` and the meeting attended.
pub async fn present(
    state: &AppState,
    actor: &Actor,
    meeting: &RowId,
    client: &RowId,
    review: Review,
) -> Result<Presenting, Failure> {
    let (review, verdict) = case_presentation::check(state, actor, review, false).await?;
    if !verdict.clean {
        return Ok(Presenting::StillIdentifies(review, verdict));
    }
    Ok(Presenting::Added(state.vault().add_case_presentation(actor, meeting, client, &verdict.reviewed).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minutes_and_follow_ups_round_trip_and_stay_apart() {
        let stored = join_minutes("Discussed two cases.", "Dana: book a consult.\r\nSam: send the rota.").unwrap();
        assert_eq!(
            split_minutes(&stored),
            ("Discussed two cases.".to_owned(), "Dana: book a consult.\nSam: send the rota.".to_owned())
        );
        assert_eq!(split_minutes("Only minutes."), ("Only minutes.".to_owned(), String::new()));
        assert_eq!(join_minutes(" Only minutes. ", " ").unwrap(), "Only minutes.");
        let err = join_minutes("A\n## Follow-up actions\nB", "").unwrap_err();
        assert_eq!(err.field(), Some("minutes"));
    }
}
