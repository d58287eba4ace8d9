//! Homework: assigning it from a session on the chart (a task and a due date),
//! reviewing it (done, partly done, not done, with the client's own account). What is
//! due for review at a session is on its agenda (`crate::pages::agenda`).

use axum::extract::{Path, State};
use axum::response::Response;
use sanctum_practice::{Homework, HomeworkStatus, Tagged};
use sanctum_vault::{Action, RecordRef, RowId};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::chart::{authorize_write, client_id, record_client};
use crate::pages::{parse_date, see_other};
use crate::session::Posted;
use crate::AppState;

/// How a status reads on screen.
pub fn status_label(status: HomeworkStatus) -> &'static str {
    match status {
        HomeworkStatus::Assigned => "assigned",
        HomeworkStatus::Done => "done",
        HomeworkStatus::Partly => "partly done",
        HomeworkStatus::NotDone => "not done",
    }
}

/// The assignment form.
#[derive(Debug, Deserialize)]
pub struct AssignForm {
    #[serde(default)]
    task: String,
    #[serde(default)]
    due: String,
    /// The session it is given in (empty: none).
    #[serde(default)]
    session: String,
}

/// `POST /clients/{client}/homework`: assigns homework, from a session of the client's.
pub async fn assign(
    State(state): State<AppState>,
    Path(client): Path<String>,
    Posted(who, form): Posted<AssignForm>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    authorize_write(&state, &who, &client, Action::HomeworkWrite).await?;
    let session = match form.session.trim() {
        "" => None,
        raw => Some(RowId::parse(raw).map_err(|_| Failure::input("session", "is not a session of this client"))?),
    };
    let homework = Homework {
        task: form.task.trim().to_owned(),
        due: parse_date("due", &form.due)?.to_string(),
        status: HomeworkStatus::Assigned,
        response: String::new(),
    };
    let id = state.vault().add_homework(&who.actor(), &client, session.as_ref(), &homework).await?;
    Ok(see_other(&format!("/clients/{client}#homework-{id}")))
}

/// The review form.
#[derive(Debug, Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    response: String,
}

/// `POST /homework/{homework}`: records how the homework went and the client's account.
pub async fn review(
    State(state): State<AppState>,
    Path(homework): Path<String>,
    Posted(who, form): Posted<ReviewForm>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Homework, &homework, Action::HomeworkWrite).await?;
    let status = HomeworkStatus::from_tag(form.status.trim())
        .ok_or_else(|| Failure::input("status", "is assigned, done, partly or not-done"))?;
    let chart = state.vault().chart(&who.actor(), &client).await?;
    let (_, current) = chart.homework.iter().find(|(h, _)| *h == id).ok_or(Failure::NotFound)?;
    let updated = Homework {
        task: current.task.clone(),
        due: current.due.clone(),
        status,
        response: form.response.trim().to_owned(),
    };
    state.vault().update_homework(&who.actor(), &id, &updated).await?;
    Ok(see_other(&format!("/clients/{client}#homework-{id}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_unreviewed_homework_due_by_the_day_waits_for_review() {
        let at = |due: &str, status| Homework { task: "t".into(), due: due.into(), status, response: String::new() };
        for (homework, day, due) in [
            (at("2026-03-01", HomeworkStatus::Assigned), "2026-03-01", true),
            (at("2026-02-20", HomeworkStatus::Assigned), "2026-03-01", true),
            (at("2026-03-02", HomeworkStatus::Assigned), "2026-03-01", false),
            (at("2026-02-20", HomeworkStatus::Partly), "2026-03-01", false),
            (at("2026-02-20", HomeworkStatus::Done), "2026-03-01", false),
            (at("2026-02-20", HomeworkStatus::NotDone), "2026-03-01", false),
        ] {
            assert_eq!(homework.due_for_review(day), due, "{:?} on {day}", homework.status);
        }
    }
}
