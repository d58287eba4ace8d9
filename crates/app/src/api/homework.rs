//! Homework over the API: assigning it to a client and updating it (its status, the
//! client's response, or the task and due date). An update changes only the properties
//! it sends.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sanctum_practice::{Homework, HomeworkStatus};
use sanctum_vault::{Action, RecordRef};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::{
    api_enum, body_id, date, writable_client, writable_record, ApiFailure, ApiJson, ApiUser, Created, ErrorBody,
};
use crate::error::Failure;
use crate::AppState;

api_enum! {
    /// Where homework stands.
    HomeworkState => HomeworkStatus {
        /// Given, not yet reviewed.
        Assigned = "assigned",
        /// Done by the client.
        Done = "done",
        /// Partly done.
        Partly = "partly",
        /// Not done.
        NotDone = "not-done",
    }
}

/// New homework.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewHomework {
    /// The session it was given in (one of the client's).
    #[serde(default)]
    pub session: Option<String>,
    /// What the client is asked to do.
    pub task: String,
    /// Due date, `YYYY-MM-DD`.
    #[schema(example = "2026-03-09")]
    pub due: String,
    /// Where it stands (default `assigned`).
    #[serde(default)]
    pub status: Option<HomeworkState>,
    /// The client's own account of it.
    #[serde(default)]
    pub response: String,
}

/// Due dates are read as dates here, so a bad one is named before the vault sees it.
fn due(value: &str) -> Result<String, ApiFailure> {
    Ok(date("due", value)?.to_string())
}

/// `POST /api/v1/clients/{client}/homework`: assigns homework.
#[utoipa::path(post, path = "/api/v1/clients/{client}/homework", tag = "homework", request_body = NewHomework,
    params(("client" = String, Path, description = "The client's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such client of yours", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    Path(client): Path<String>,
    ApiJson(body): ApiJson<NewHomework>,
) -> Result<Response, ApiFailure> {
    let client = writable_client(&state, &who, &client, Action::HomeworkWrite).await?;
    let session = body.session.as_deref().map(|s| body_id("session", s)).transpose()?;
    let homework = Homework {
        task: body.task.trim().to_owned(),
        due: due(&body.due)?,
        status: body.status.map_or(HomeworkStatus::Assigned, HomeworkState::domain),
        response: body.response.trim().to_owned(),
    };
    let id = state.vault().add_homework(&who.actor(), &client, session.as_ref(), &homework).await?;
    Ok(Created::response(&id))
}

/// Changes to homework; what is left out stays as it is.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HomeworkChange {
    /// A new task.
    #[serde(default)]
    pub task: Option<String>,
    /// A new due date, `YYYY-MM-DD`.
    #[serde(default)]
    pub due: Option<String>,
    /// Where it stands now.
    #[serde(default)]
    pub status: Option<HomeworkState>,
    /// The client's own account of it.
    #[serde(default)]
    pub response: Option<String>,
}

/// `POST /api/v1/homework/{homework}`: updates homework.
#[utoipa::path(post, path = "/api/v1/homework/{homework}", tag = "homework", request_body = HomeworkChange,
    params(("homework" = String, Path, description = "The homework's id")),
    responses((status = 204, description = "Updated"), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such homework of your clients", body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn update(
    State(state): State<AppState>,
    who: ApiUser,
    Path(homework): Path<String>,
    ApiJson(body): ApiJson<HomeworkChange>,
) -> Result<Response, ApiFailure> {
    let (id, client) = writable_record(&state, &who, RecordRef::Homework, &homework, Action::HomeworkWrite).await?;
    // The current text is sealed with the chart: reading it is an audited chart read.
    let chart = state.vault().chart(&who.actor(), &client).await?;
    let (_, current) = chart.homework.iter().find(|(h, _)| *h == id).ok_or(Failure::NotFound)?;
    let homework = Homework {
        task: body.task.as_deref().map_or_else(|| current.task.clone(), |t| t.trim().to_owned()),
        due: body.due.as_deref().map_or_else(|| Ok(current.due.clone()), due)?,
        status: body.status.map_or(current.status, HomeworkState::domain),
        response: body.response.as_deref().map_or_else(|| current.response.clone(), |r| r.trim().to_owned()),
    };
    state.vault().update_homework(&who.actor(), &id, &homework).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
