//! Progress notes over the API: writing one (a draft, or signed at once), signing a
//! draft, and amending a signed note. A signed note never changes; a correction is an
//! amendment beside it saying who, when and why.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sanctum_practice::{AmendmentText, Note, NoteTemplate};
use sanctum_vault::{Action, RecordRef};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::{
    api_enum, body_id, writable_client, writable_record, ApiFailure, ApiJson, ApiUser, Created, ErrorBody,
};
use crate::AppState;

api_enum! {
    /// A note's documentation template.
    NoteTemplateTag => NoteTemplate {
        /// Sections `subjective`, `objective`, `assessment`, `plan`.
        Soap = "soap",
        /// Sections `data`, `assessment`, `plan`.
        Dap = "dap",
        /// Sections `behaviour`, `intervention`, `response`, `plan`.
        Birp = "birp",
    }
}

/// A new progress note.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    /// The session it documents (one of the client's, or of a group they belong to).
    #[serde(default)]
    pub session: Option<String>,
    /// The template.
    pub template: NoteTemplateTag,
    /// Section texts by section name; a section left out is empty.
    #[schema(example = json!({"subjective": "...", "objective": "...", "assessment": "...", "plan": "..."}))]
    pub sections: BTreeMap<String, String>,
    /// Sign and lock it at once (every section must then hold text).
    #[serde(default)]
    pub sign: bool,
}

/// `POST /api/v1/clients/{client}/notes`: a draft, or a signed note with `"sign": true`.
#[utoipa::path(post, path = "/api/v1/clients/{client}/notes", tag = "notes", request_body = NewNote,
    params(("client" = String, Path, description = "The client's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such client of yours", body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    Path(client): Path<String>,
    ApiJson(body): ApiJson<NewNote>,
) -> Result<Response, ApiFailure> {
    let action = if body.sign { Action::NoteSign } else { Action::NoteWrite };
    let client = writable_client(&state, &who, &client, action).await?;
    let session = body.session.as_deref().map(|s| body_id("session", s)).transpose()?;
    let mut note = Note::draft(body.template.domain());
    for (section, text) in &body.sections {
        note.write(section, text.trim())?;
    }
    let vault = state.vault();
    let id = if body.sign {
        vault.add_signed_note(&who.actor(), &client, session.as_ref(), who.id(), &note).await?
    } else {
        vault.add_note(&who.actor(), &client, session.as_ref(), who.id(), &note).await?
    };
    Ok(Created::response(&id))
}

/// `POST /api/v1/notes/{note}/sign`: signs and locks a draft.
#[utoipa::path(post, path = "/api/v1/notes/{note}/sign", tag = "notes",
    params(("note" = String, Path, description = "The note's id")),
    responses((status = 204, description = "Signed"), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such note of your clients", body = ErrorBody),
        (status = 422, description = "Already signed, or a section is empty", body = ErrorBody)))]
pub async fn sign(
    State(state): State<AppState>,
    who: ApiUser,
    Path(note): Path<String>,
) -> Result<Response, ApiFailure> {
    let (note, _) = writable_record(&state, &who, RecordRef::Note, &note, Action::NoteSign).await?;
    state.vault().sign_note(&who.actor(), &note, who.id()).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// An amendment to a signed note.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAmendment {
    /// Why the note is amended (required).
    pub reason: String,
    /// The correction.
    pub text: String,
}

/// `POST /api/v1/notes/{note}/amendments`: amends a signed note.
#[utoipa::path(post, path = "/api/v1/notes/{note}/amendments", tag = "notes", request_body = NewAmendment,
    params(("note" = String, Path, description = "The note's id")),
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, description = "No such note of your clients", body = ErrorBody),
        (status = 422, description = "A draft, or no reason", body = ErrorBody)))]
pub async fn amend(
    State(state): State<AppState>,
    who: ApiUser,
    Path(note): Path<String>,
    ApiJson(body): ApiJson<NewAmendment>,
) -> Result<Response, ApiFailure> {
    let (note, _) = writable_record(&state, &who, RecordRef::Note, &note, Action::NoteAmend).await?;
    let text = AmendmentText { reason: body.reason.trim().to_owned(), text: body.text.trim().to_owned() };
    let id = state.vault().amend_note(&who.actor(), &note, who.id(), text).await?;
    Ok(Created::response(&id))
}
