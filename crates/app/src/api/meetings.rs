//! Team meetings over the API, as on the pages: the meetings one attends, creating one,
//! a meeting with its case presentations, minutes and follow-up actions (which any
//! attendee may replace), and presenting a case: a draft from a client's chart is
//! de-identified by the guard against the whole practice's caseload and reviewed
//! (`.../presentations/review`), then added (`.../presentations`) — checked again on
//! save, and refused while it still identifies anyone.
//!
//! Attendees see only the de-identified text; the client of a presentation is given only
//! to its presenter (the vault returns it to them alone). Administrators have no part in
//! team meetings (403); a meeting one does not attend answers like a missing one. The
//! rules are the pages' ([`crate::pages::meetings`], [`crate::case_presentation`]).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use sanctum_practice::{Role, TeamMeeting};
use sanctum_vault::{Action, RowId};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::{body_id, instant, rfc3339, ApiFailure, ApiJson, ApiUser, Created, ErrorBody};
use crate::case_presentation::{self, Review, Verdict, ADDED};
use crate::disclosure_check::Segment;
use crate::error::Failure;
use crate::pages::chart::staff_names;
use crate::pages::meetings::{self, Presenting, STILL_IDENTIFIES};
use crate::pages::Clock;
use crate::AppState;

/// A staff member at a meeting.
#[derive(Debug, Serialize, ToSchema)]
pub struct StaffLine {
    /// Their id.
    pub id: String,
    /// Their user name.
    pub name: String,
}

/// A meeting in a list.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingSummary {
    /// Its id.
    pub id: String,
    /// When, RFC 3339 in the practice's time zone.
    pub held_at: String,
    /// Who attends.
    pub attendees: Vec<StaffLine>,
}

async fn summaries(state: &AppState, meetings: &[(RowId, TeamMeeting)]) -> Result<Vec<MeetingSummary>, ApiFailure> {
    let clock = Clock::of(state);
    let names = staff_names(state, meetings.iter().flat_map(|(_, m)| m.attendees.iter().cloned()).collect()).await?;
    Ok(meetings
        .iter()
        .map(|(id, m)| MeetingSummary {
            id: id.to_string(),
            held_at: rfc3339(&clock, m.held_at),
            attendees: m
                .attendees
                .iter()
                .map(|a| StaffLine { id: a.clone(), name: names.get(a).cloned().unwrap_or_default() })
                .collect(),
        })
        .collect())
}

/// `GET /api/v1/meetings`: the meetings the caller attends, earliest first.
#[utoipa::path(get, path = "/api/v1/meetings", tag = "meetings",
    responses((status = 200, body = [MeetingSummary]), (status = 401, body = ErrorBody),
        (status = 403, description = "An administrator", body = ErrorBody)))]
pub async fn list(State(state): State<AppState>, who: ApiUser) -> Result<Json<Vec<MeetingSummary>>, ApiFailure> {
    let meetings = meetings::attended(&state, &who.user).await?;
    Ok(Json(summaries(&state, &meetings).await?))
}

/// A new team meeting.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMeeting {
    /// When: RFC 3339, or a `YYYY-MM-DD` date (midnight, practice time).
    #[schema(example = "2026-03-04T12:30:00+01:00")]
    pub held_at: String,
    /// Who else attends: therapists and supervisors of the practice (staff ids). The
    /// caller always attends.
    #[serde(default)]
    pub attendees: Vec<String>,
}

/// `POST /api/v1/meetings`: a team meeting the caller attends.
#[utoipa::path(post, path = "/api/v1/meetings", tag = "meetings", request_body = NewMeeting,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody),
        (status = 403, description = "An administrator", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(body): ApiJson<NewMeeting>,
) -> Result<Response, ApiFailure> {
    meetings::require_clinician(&who.user)?;
    let held_at = instant(&Clock::of(&state), "held_at", &body.held_at)?;
    let invited: Vec<&str> = body.attendees.iter().map(String::as_str).collect();
    let id = meetings::new_meeting(&state, &who.user, held_at, &invited, &|i| format!("attendees[{i}]")).await?;
    Ok(Created::response(&id))
}

/// A case presentation as an attendee sees it.
#[derive(Debug, Serialize, ToSchema)]
pub struct PresentationView {
    /// Its id.
    pub id: String,
    /// Who presents it.
    pub presenter: StaffLine,
    /// The de-identified text.
    pub text: String,
    /// The client it is about: only on the caller's own presentations.
    pub client: Option<String>,
}

/// A team meeting.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingDetail {
    /// Its id.
    pub id: String,
    /// When, RFC 3339 in the practice's time zone.
    pub held_at: String,
    /// Who attends.
    pub attendees: Vec<StaffLine>,
    /// The agenda: de-identified case presentations, in the order added.
    pub presentations: Vec<PresentationView>,
    /// The minutes.
    pub minutes: String,
    /// The follow-up actions.
    pub follow_ups: String,
}

/// `GET /api/v1/meetings/{meeting}`: a meeting the caller attends.
#[utoipa::path(get, path = "/api/v1/meetings/{meeting}", tag = "meetings",
    params(("meeting" = String, Path, description = "The meeting's id")),
    responses((status = 200, body = MeetingDetail), (status = 401, body = ErrorBody),
        (status = 403, description = "An administrator", body = ErrorBody),
        (status = 404, description = "No such meeting you attend", body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    who: ApiUser,
    Path(meeting): Path<String>,
) -> Result<Json<MeetingDetail>, ApiFailure> {
    let (id, meeting) = meetings::meeting_for(&state, &who.user, &meeting).await?;
    let presentations = meetings::presentations(&state, &who.actor(), &id)
        .await?
        .into_iter()
        .map(|p| PresentationView {
            id: p.id.to_string(),
            presenter: StaffLine { name: p.presenter_name, id: p.presenter.to_string() },
            text: p.text,
            client: p.client.map(|c| c.to_string()),
        })
        .collect();
    let (minutes, follow_ups) = meetings::split_minutes(&meeting.minutes);
    let summary = summaries(&state, &[(id, meeting)]).await?.pop().ok_or(Failure::Internal)?;
    Ok(Json(MeetingDetail {
        id: summary.id,
        held_at: summary.held_at,
        attendees: summary.attendees,
        presentations,
        minutes,
        follow_ups,
    }))
}

/// A meeting's minutes and follow-up actions, replacing what was recorded.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MinutesBody {
    /// The minutes.
    #[serde(default)]
    pub minutes: String,
    /// The follow-up actions.
    #[serde(default)]
    pub follow_ups: String,
}

/// `POST /api/v1/meetings/{meeting}/minutes`: an attendee replaces the minutes and
/// follow-up actions.
#[utoipa::path(post, path = "/api/v1/meetings/{meeting}/minutes", tag = "meetings", request_body = MinutesBody,
    params(("meeting" = String, Path, description = "The meeting's id")),
    responses((status = 204, description = "Saved"), (status = 401, body = ErrorBody),
        (status = 403, description = "An administrator", body = ErrorBody),
        (status = 404, description = "No such meeting you attend", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn minutes(
    State(state): State<AppState>,
    who: ApiUser,
    Path(meeting): Path<String>,
    ApiJson(body): ApiJson<MinutesBody>,
) -> Result<Response, ApiFailure> {
    let (id, mut meeting) = meetings::meeting_for(&state, &who.user, &meeting).await?;
    meeting.minutes = meetings::join_minutes(&body.minutes, &body.follow_ups)?;
    state.vault().update_team_meeting(&who.actor(), &id, &meeting).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// One replacement of the draft: bytes `start..end` become `with`.
#[derive(Debug, Clone, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReplacementBody {
    /// First byte of the draft replaced (UTF-8 offset, on a character boundary).
    pub start: usize,
    /// One past the last byte replaced.
    pub end: usize,
    /// What stands in its place ("Client A", "[redacted]").
    pub with: String,
    /// What the replaced text is (the guard's evidence kind, as a review gives it), or
    /// `ADDED` for a passage the therapist redacts themselves (the default).
    #[serde(default = "added")]
    pub kind: String,
    /// What the replaced text is, in words, as a review gives it; ignored, so a review's
    /// replacements can be sent back as they came.
    #[serde(default)]
    pub described: Option<String>,
}

fn added() -> String {
    ADDED.to_owned()
}

/// A case presentation drafted from a client's chart.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PresentationBody {
    /// The client it is about (one of the caller's).
    pub client: String,
    /// What the therapist wrote.
    pub draft: String,
    /// The reviewed replacements, sorted and not overlapping. Left out on a review, the
    /// guard proposes them; on adding, the draft with these replacements is the text.
    #[serde(default)]
    pub replacements: Option<Vec<ReplacementBody>>,
}

impl std::fmt::Debug for PresentationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PresentationBody(<redacted>)")
    }
}

/// A JSON path for a field of the review form (`with.2` → `replacements[2].with`).
fn json_field(form_field: &str) -> String {
    match form_field.split_once('.') {
        Some((name, n)) if n.parse::<usize>().is_ok() => format!("replacements[{n}].{name}"),
        _ => form_field.to_owned(),
    }
}

fn renamed(failure: Failure) -> ApiFailure {
    match failure {
        Failure::Input { field, message } => ApiFailure::input(json_field(&field), message),
        other => ApiFailure(other),
    }
}

/// The client (authorized for the caller), the meeting (attended) and the review the
/// body describes, checked as the page checks its form.
async fn posted(
    state: &AppState,
    who: &ApiUser,
    meeting: &str,
    body: &PresentationBody,
) -> Result<(RowId, RowId, Review), ApiFailure> {
    who.require(Role::Therapist)?;
    // The client first, as on the page: a refusal names them in the audit trail.
    let client = body_id("client", &body.client)?;
    state.vault().authorize(&who.actor(), &client, Action::PresentationWrite).await?;
    let (meeting, _) = meetings::meeting_for(state, &who.user, meeting).await?;
    let mut form = vec![("draft".to_owned(), body.draft.clone())];
    for (n, r) in body.replacements.iter().flatten().enumerate() {
        form.push((format!("start.{n}"), r.start.to_string()));
        form.push((format!("end.{n}"), r.end.to_string()));
        form.push((format!("with.{n}"), r.with.clone()));
        form.push((format!("kind.{n}"), r.kind.clone()));
    }
    let review = Review::from_form(&form).map_err(renamed)?;
    Ok((client, meeting, review))
}

/// A reviewed replacement, as proposed or kept.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReviewedReplacement {
    /// First byte of the draft replaced.
    pub start: usize,
    /// One past the last byte replaced.
    pub end: usize,
    /// What stands in its place.
    pub with: String,
    /// The evidence kind (send it back as given), or `ADDED`.
    pub kind: String,
    /// What the replaced text is, in words ("nickname", "added by you").
    pub described: &'static str,
}

/// A draft de-identified for review.
#[derive(Debug, Serialize, ToSchema)]
pub struct PresentationReview {
    /// The replacements: accept them by sending them back with the draft, edit their
    /// `with`, or add your own.
    pub replacements: Vec<ReviewedReplacement>,
    /// The draft with the replacements made: what colleagues would read.
    pub reviewed: String,
    /// Whether the reviewed text identifies no client of the practice and holds no
    /// phone number or e-mail address (only then can it be added).
    pub clean: bool,
    /// The reviewed text, with what still identifies someone marked.
    pub segments: Vec<Segment>,
    /// Why it is not clean, one line per client still identifiable.
    pub reasons: Vec<String>,
    /// The property to correct when it is not clean (`replacements[N].with`, or `draft`).
    pub field: Option<String>,
}

impl PresentationReview {
    fn of(review: &Review, verdict: Verdict) -> PresentationReview {
        PresentationReview {
            replacements: review
                .edits
                .iter()
                .map(|e| ReviewedReplacement {
                    start: e.start,
                    end: e.end,
                    with: e.with.clone(),
                    kind: e.kind.clone(),
                    described: e.kind_label(),
                })
                .collect(),
            reviewed: verdict.reviewed,
            clean: verdict.clean,
            segments: verdict.segments,
            reasons: verdict.reasons,
            field: verdict.field.as_deref().map(json_field),
        }
    }
}

/// `POST /api/v1/meetings/{meeting}/presentations/review`: de-identifies a draft against
/// the whole practice's caseload. Without `replacements` the guard proposes them; with
/// them, they are kept and the result is checked. Nothing is stored.
#[utoipa::path(post, path = "/api/v1/meetings/{meeting}/presentations/review", tag = "meetings",
    request_body = PresentationBody,
    params(("meeting" = String, Path, description = "The meeting's id")),
    responses((status = 200, body = PresentationReview), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such client of yours, or meeting you attend", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn review(
    State(state): State<AppState>,
    who: ApiUser,
    Path(meeting): Path<String>,
    ApiJson(body): ApiJson<PresentationBody>,
) -> Result<Json<PresentationReview>, ApiFailure> {
    let (_, _, review) = posted(&state, &who, &meeting, &body).await?;
    let first = body.replacements.is_none();
    let (review, verdict) = case_presentation::check(&state, &who.actor(), review, first).await.map_err(renamed)?;
    Ok(Json(PresentationReview::of(&review, verdict)))
}

/// `POST /api/v1/meetings/{meeting}/presentations`: adds the reviewed presentation (the
/// draft with `replacements` made). It is checked again against the whole practice; while
/// it still identifies a client it is refused (422, naming the property to correct and
/// why, without repeating the text) and nothing is saved.
#[utoipa::path(post, path = "/api/v1/meetings/{meeting}/presentations", tag = "meetings",
    request_body = PresentationBody,
    params(("meeting" = String, Path, description = "The meeting's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody),
        (status = 403, description = "Not a therapist", body = ErrorBody),
        (status = 404, description = "No such client of yours, or meeting you attend", body = ErrorBody),
        (status = 422, description = "Still identifies a client, or a bad replacement", body = ErrorBody)))]
pub async fn present(
    State(state): State<AppState>,
    who: ApiUser,
    Path(meeting): Path<String>,
    ApiJson(body): ApiJson<PresentationBody>,
) -> Result<Response, ApiFailure> {
    let (client, meeting, review) = posted(&state, &who, &meeting, &body).await?;
    match meetings::present(&state, &who.actor(), &meeting, &client, review).await.map_err(renamed)? {
        Presenting::Added(id) => Ok(Created::response(&id)),
        Presenting::StillIdentifies(_, verdict) => {
            let field = verdict.field.as_deref().map_or_else(|| "draft".to_owned(), json_field);
            let reasons = verdict.grounds.join("; ");
            Err(ApiFailure::input(field, format!("{STILL_IDENTIFIES} ({reasons})")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_fields_become_json_paths() {
        assert_eq!(json_field("with.2"), "replacements[2].with");
        assert_eq!(json_field("start.0"), "replacements[0].start");
        assert_eq!(json_field("draft"), "draft");
        assert_eq!(json_field("sections.data"), "sections.data");
    }
}
