//! `GET /api/v1/clients/{client}`: a client's chart as JSON — sessions, notes with their
//! amendments, homework, measures with totals and severity bands, consents and the
//! required consents still missing. Opening it is a chart read on the audit trail; a
//! supervisor gets it only through a live grant, and nobody learns whether a chart they
//! may not open exists.

use axum::extract::{Path, State};
use axum::Json;
use sanctum_practice::{NoteState, Tagged};
use sanctum_vault::Chart;
use serde::Serialize;
use utoipa::ToSchema;

use crate::api::clients::Profile;
use crate::api::sessions::Place;
use crate::api::{record_id, rfc3339, ApiFailure, ApiUser, ErrorBody};
use crate::pages::chart::missing_consents;
use crate::pages::Clock;
use crate::AppState;

/// A session of the client.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChartSession {
    /// Its id.
    pub id: String,
    /// Start, RFC 3339.
    pub starts_at: String,
    /// Length in minutes.
    pub duration_minutes: u32,
    /// `scheduled`, `held`, `cancelled` or `no-show`.
    #[schema(example = "held")]
    pub status: &'static str,
    /// In person or by video.
    pub place: Place,
    /// The room, address or video link.
    pub location: String,
    /// Whether a note documents it.
    pub noted: bool,
}

/// One section of a note.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteSection {
    /// The section's name (`subjective`, `data`, `behaviour`...).
    pub name: &'static str,
    /// Its text.
    pub text: String,
}

/// A correction to a signed note.
#[derive(Debug, Serialize, ToSchema)]
pub struct AmendmentView {
    /// Who amended (a staff id).
    pub by: String,
    /// When, RFC 3339.
    pub at: String,
    /// Why.
    pub reason: String,
    /// The correction.
    pub text: String,
}

/// A progress note.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteView {
    /// Its id.
    pub id: String,
    /// The session it documents.
    pub session: Option<String>,
    /// Who wrote it (a staff id).
    pub author: String,
    /// `soap`, `dap` or `birp`.
    #[schema(example = "soap")]
    pub template: &'static str,
    /// The sections, in the template's order.
    pub sections: Vec<NoteSection>,
    /// `draft` or `signed`.
    #[schema(example = "signed")]
    pub state: &'static str,
    /// Who signed it (a staff id).
    pub signed_by: Option<String>,
    /// When it was signed, RFC 3339.
    pub signed_at: Option<String>,
    /// Amendments, oldest first.
    pub amendments: Vec<AmendmentView>,
}

/// Homework.
#[derive(Debug, Serialize, ToSchema)]
pub struct HomeworkView {
    /// Its id.
    pub id: String,
    /// What the client is asked to do.
    pub task: String,
    /// Due date, `YYYY-MM-DD`.
    pub due: String,
    /// `assigned`, `done` or `not-done`.
    #[schema(example = "assigned")]
    pub status: &'static str,
    /// The client's own account of it.
    pub response: String,
    /// Past due and still assigned.
    pub overdue: bool,
}

/// A completed outcome measure.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeasureView {
    /// Its id.
    pub id: String,
    /// `phq-9` or `gad-7`.
    #[schema(example = "phq-9")]
    pub instrument: &'static str,
    /// When it was taken, RFC 3339.
    pub taken_at: String,
    /// Item answers, 0–3 each.
    pub answers: Vec<u8>,
    /// Total score.
    pub total: u32,
    /// Severity band of the total (`minimal`, `mild`, `moderate`...).
    #[schema(example = "mild")]
    pub band: &'static str,
}

/// A consent.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsentView {
    /// Its id.
    pub id: String,
    /// What it covers, e.g. `treatment`.
    #[schema(example = "treatment")]
    pub kind: &'static str,
    /// The form's version.
    pub version: String,
    /// When it was signed, RFC 3339.
    pub signed_at: String,
    /// When it was revoked, RFC 3339.
    pub revoked_at: Option<String>,
}

/// A client's chart.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChartView {
    /// The client's id.
    pub id: String,
    /// Who they are.
    pub profile: Profile,
    /// Individual sessions, by start.
    pub sessions: Vec<ChartSession>,
    /// Progress notes.
    pub notes: Vec<NoteView>,
    /// Homework.
    pub homework: Vec<HomeworkView>,
    /// Outcome measures, by date.
    pub measures: Vec<MeasureView>,
    /// Consents, live and revoked.
    pub consents: Vec<ConsentView>,
    /// Kinds of the required consents with no live consent (e.g. `treatment`).
    pub missing_consents: Vec<&'static str>,
}

impl ChartView {
    /// The JSON shape of an opened chart.
    pub fn of(clock: &Clock, chart: &Chart) -> ChartView {
        let today = clock.today().to_string();
        let mut by_start: Vec<_> = chart.sessions.iter().collect();
        by_start.sort_by_key(|(_, s)| s.starts_at);
        let sessions = by_start
            .into_iter()
            .map(|(id, s)| {
                let (place, location) = Place::of(&s.location);
                ChartSession {
                    id: id.to_string(),
                    starts_at: rfc3339(clock, s.starts_at),
                    duration_minutes: s.duration_minutes,
                    status: s.status.tag(),
                    place,
                    location,
                    noted: chart.notes.iter().any(|n| n.session.as_ref() == Some(id)),
                }
            })
            .collect();
        let notes = chart
            .notes
            .iter()
            .map(|n| {
                let (state, signed_by, signed_at) = match &n.note.state {
                    NoteState::Draft => ("draft", None, None),
                    NoteState::Signed { by, at } => ("signed", Some(by.clone()), Some(rfc3339(clock, *at))),
                };
                NoteView {
                    id: n.id.to_string(),
                    session: n.session.as_ref().map(ToString::to_string),
                    author: n.author.to_string(),
                    template: n.note.template.tag(),
                    sections: n
                        .note
                        .template
                        .sections()
                        .iter()
                        .zip(&n.note.sections.0)
                        .map(|(name, text)| NoteSection { name, text: text.clone() })
                        .collect(),
                    state,
                    signed_by,
                    signed_at,
                    amendments: n
                        .amendments
                        .iter()
                        .map(|a| AmendmentView {
                            by: a.by.clone(),
                            at: rfc3339(clock, a.at),
                            reason: a.text.reason.clone(),
                            text: a.text.text.clone(),
                        })
                        .collect(),
                }
            })
            .collect();
        let homework = chart
            .homework
            .iter()
            .map(|(id, h)| HomeworkView {
                id: id.to_string(),
                task: h.task.clone(),
                due: h.due.clone(),
                status: h.status.tag(),
                response: h.response.clone(),
                overdue: h.is_overdue(&today),
            })
            .collect();
        let measures = chart
            .measures
            .iter()
            .map(|(id, m)| MeasureView {
                id: id.to_string(),
                instrument: m.instrument.tag(),
                taken_at: rfc3339(clock, m.taken_at),
                answers: m.answers.clone(),
                total: m.total(),
                band: m.instrument.severity(m.total()),
            })
            .collect();
        let consents = chart
            .consents
            .iter()
            .map(|(id, c)| ConsentView {
                id: id.to_string(),
                kind: c.kind.tag(),
                version: c.version.clone(),
                signed_at: rfc3339(clock, c.signed_at),
                revoked_at: c.revoked_at.map(|at| rfc3339(clock, at)),
            })
            .collect();
        let missing_consents = missing_consents(chart).into_iter().map(Tagged::tag).collect();
        ChartView {
            id: chart.id.to_string(),
            profile: Profile::of(&chart.profile),
            sessions,
            notes,
            homework,
            measures,
            consents,
            missing_consents,
        }
    }
}

/// `GET /api/v1/clients/{client}`: the chart (the client's therapist, or a supervisor
/// holding a live grant).
#[utoipa::path(get, path = "/api/v1/clients/{client}", tag = "clients",
    params(("client" = String, Path, description = "The client's id")),
    responses((status = 200, body = ChartView), (status = 401, body = ErrorBody),
        (status = 404, description = "No such client, or not yours to read", body = ErrorBody)))]
pub async fn show(
    State(state): State<AppState>,
    who: ApiUser,
    Path(client): Path<String>,
) -> Result<Json<ChartView>, ApiFailure> {
    let id = record_id(&client)?;
    let chart = state.vault().chart(&who.actor(), &id).await?;
    Ok(Json(ChartView::of(&Clock::of(&state), &chart)))
}
