//! Progress notes: the editor (the SOAP, DAP or BIRP sections as labelled text areas,
//! each with a hint saying what goes there), saving a draft, signing (which locks the
//! note for good), and amending a signed note with a reason and the correction.
//!
//! A note is signed only when every section holds text: the check runs before anything
//! is written, and a refusal re-renders the editor with everything typed, naming the
//! empty section. Routes keyed by a note find its client and check access before
//! anything else, so another therapist's note answers exactly like a missing one.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use sanctum_practice::{AmendmentText, Note, NoteSections, NoteState, NoteTemplate, Tagged};
use sanctum_vault::{Action, Chart, ChartNote, RecordRef, RowId};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::chart::{authorize_write, client_id, record_client};
use crate::pages::clients::display_name;
use crate::pages::{render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// What goes into a section, shown under its text area.
pub fn section_hint(template: NoteTemplate, section: &str) -> &'static str {
    match (template, section) {
        (NoteTemplate::Soap, "subjective") => {
            "What the client reports: concerns, mood, events since the last session, in their words."
        }
        (NoteTemplate::Soap, "objective") => {
            "What you observed: appearance, affect, behaviour, speech; measure scores."
        }
        (NoteTemplate::Dap, "data") => {
            "What was said and observed in the session: the client's report and your observations."
        }
        (NoteTemplate::Birp, "behaviour") => "How the client presented and what they reported or showed.",
        (NoteTemplate::Birp, "intervention") => "What you did: techniques, topics, homework reviewed or set.",
        (NoteTemplate::Birp, "response") => "How the client responded to the interventions.",
        (_, "assessment") => "Your clinical impression: progress towards goals, risk, how it fits the formulation.",
        (_, "plan") => "Next steps: focus of the next session, homework, referrals, risk follow-up.",
        _ => "",
    }
}

/// A section's name as a heading: "subjective" → "Subjective".
pub fn section_label(section: &str) -> String {
    let mut chars = section.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// One section of the editor.
#[derive(Debug)]
pub struct SectionField {
    /// The form field's name, `sections.plan` (also what a refusal names).
    pub field: String,
    /// "Plan".
    pub label: String,
    /// What goes there.
    pub hint: &'static str,
    /// The text so far.
    pub text: String,
    /// Why it was refused, if it was.
    pub error: Option<String>,
}

/// A template in the chooser: `(tag, label, chosen)`.
type TemplateChoice = (&'static str, String, bool);

#[derive(Template)]
#[template(path = "note_edit.html")]
struct EditorPage {
    frame: Frame,
    client: String,
    name: String,
    /// The session the note documents: `(id, "Mon 23 Nov 2026, 14:00")`.
    session: Option<(String, String)>,
    /// Where the form posts.
    action: String,
    /// The note's id, once it exists (its template is then fixed).
    note: Option<String>,
    template: &'static str,
    templates: Vec<TemplateChoice>,
    sections: Vec<SectionField>,
    error: Option<String>,
}

impl EditorPage {
    /// The editor over `draft`, with `error` marked on the section it names.
    fn new(state: &AppState, who: &SignedIn, chart: &Chart, draft: Draft<'_>, error: Option<&Failure>) -> EditorPage {
        let Draft { session, note, template, texts } = draft;
        let clock = Clock::of(state);
        // The client's own sessions are in the chart; a group session they attended is not.
        let session = session.map(|id| match chart.sessions.iter().find(|(sid, _)| sid == id) {
            Some((_, s)) => (id.to_string(), clock.date_time(s.starts_at)),
            None => (id.to_string(), "a group session".to_owned()),
        });
        let sections = template
            .sections()
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let field = format!("sections.{name}");
                SectionField {
                    error: error.filter(|e| e.field() == Some(field.as_str())).map(message_of),
                    label: section_label(name),
                    hint: section_hint(template, name),
                    text: texts.0.get(i).cloned().unwrap_or_default(),
                    field,
                }
            })
            .collect();
        EditorPage {
            frame: Frame::new(state, who, "clients"),
            client: chart.id.to_string(),
            name: display_name(&chart.profile),
            session,
            action: note.map_or_else(|| format!("/clients/{}/notes", chart.id), |id| format!("/notes/{id}")),
            note: note.map(RowId::to_string),
            template: template.tag(),
            templates: NoteTemplate::ALL.iter().map(|t| (t.tag(), template_label(*t), *t == template)).collect(),
            sections,
            error: error.map(|e| match e.field().and_then(|f| f.strip_prefix("sections.")) {
                Some(section) => format!("{}: {}", section_label(section), message_of(e)),
                None => e.to_string(),
            }),
        }
    }

    /// The page, answered with 422 when it shows a refusal.
    fn answer(&self) -> Result<Response, Failure> {
        let mut response = render(self)?;
        if self.error.is_some() {
            *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        }
        Ok(response)
    }
}

/// What the editor shows: the note (if it exists yet), its session, template and text.
struct Draft<'a> {
    session: Option<&'a RowId>,
    note: Option<&'a RowId>,
    template: NoteTemplate,
    texts: &'a NoteSections,
}

/// "SOAP — Subjective, Objective, Assessment, Plan".
pub fn template_label(template: NoteTemplate) -> String {
    let sections: Vec<String> = template.sections().iter().map(|s| section_label(s)).collect();
    format!("{} — {}", template.tag().to_uppercase(), sections.join(", "))
}

/// The message of an input failure without its field.
fn message_of(e: &Failure) -> String {
    match e {
        Failure::Input { message, .. } => message.clone(),
        other => other.to_string(),
    }
}

/// `?session=&template=`.
#[derive(Debug, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    session: String,
    #[serde(default)]
    template: String,
}

fn parse_template(value: &str) -> Result<NoteTemplate, Failure> {
    match value.trim() {
        "" => Ok(NoteTemplate::Soap),
        tag => NoteTemplate::from_tag(tag).ok_or_else(|| Failure::input("template", "is soap, dap or birp")),
    }
}

/// The session a new note documents: empty for none; otherwise one of the client's own,
/// or a session of one of the signed-in therapist's groups the client belongs to.
async fn parse_session(state: &AppState, who: &SignedIn, chart: &Chart, value: &str) -> Result<Option<RowId>, Failure> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let not_theirs = || Failure::input("session", "is not a session of this client");
    let id = RowId::parse(value).map_err(|_| not_theirs())?;
    if chart.sessions.iter().any(|(s, _)| *s == id) {
        return Ok(Some(id));
    }
    let Ok(sanctum_vault::SessionWith::Group(group)) = state.vault().session_with(&id).await else {
        return Err(not_theirs());
    };
    if state.vault().group_therapist(&group).await.ok().as_ref() != Some(who.id()) {
        return Err(not_theirs());
    }
    let (_, members) = state.vault().group(&who.actor(), &group).await?;
    members.contains(&chart.id).then_some(Some(id)).ok_or_else(not_theirs)
}

/// Opens a chart for writing a note: the role, then the vault's access rule, then the read.
async fn chart_for_notes(state: &AppState, who: &SignedIn, client: &RowId, action: Action) -> Result<Chart, Failure> {
    authorize_write(state, who, client, action).await?;
    Ok(state.vault().chart(&who.actor(), client).await?)
}

/// `GET /clients/{client}/notes/new?session=&template=`: an empty editor.
pub async fn new_form(
    State(state): State<AppState>,
    who: SignedIn,
    Path(client): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response, Failure> {
    let chart = chart_for_notes(&state, &who, &client_id(&client)?, Action::NoteWrite).await?;
    let template = parse_template(&q.template)?;
    let session = parse_session(&state, &who, &chart, &q.session).await?;
    let texts = Note::draft(template).sections;
    let draft = Draft { session: session.as_ref(), note: None, template, texts: &texts };
    EditorPage::new(&state, &who, &chart, draft, None).answer()
}

/// The editor's fields as posted: `sections.<name>` per section, and which button.
#[derive(Debug)]
pub struct Posting {
    fields: Vec<(String, String)>,
}

impl<'de> Deserialize<'de> for Posting {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Posting, D::Error> {
        Ok(Posting { fields: Vec::deserialize(d)? })
    }
}

impl Posting {
    fn get(&self, name: &str) -> &str {
        self.fields.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    /// The section texts for `template`, in its order (a missing section is empty).
    fn sections(&self, template: NoteTemplate) -> NoteSections {
        NoteSections(template.sections().iter().map(|s| self.get(&format!("sections.{s}")).to_owned()).collect())
    }

    /// Whether "Sign" was pressed (rather than "Save draft").
    fn signing(&self) -> Result<bool, Failure> {
        match self.get("intent") {
            "sign" => Ok(true),
            "draft" | "" => Ok(false),
            _ => Err(Failure::input("intent", "is draft or sign")),
        }
    }
}

/// Checks that a note could be signed as it stands, without writing anything.
fn check_signable(template: NoteTemplate, sections: &NoteSections, who: &SignedIn) -> Result<(), Failure> {
    let mut note = Note::draft(template);
    note.sections = sections.clone();
    note.sign(who.id().as_str(), 0)?;
    Ok(())
}

/// `POST /clients/{client}/notes`: a new draft, or a note written and signed at once.
pub async fn create(
    State(state): State<AppState>,
    Path(client): Path<String>,
    Posted(who, form): Posted<Posting>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    let chart = chart_for_notes(&state, &who, &client, Action::NoteWrite).await?;
    let template = parse_template(form.get("template"))?;
    let session = parse_session(&state, &who, &chart, form.get("session")).await?;
    let sections = form.sections(template);
    let signing = form.signing()?;
    if signing {
        if let Err(e @ Failure::Input { .. }) = check_signable(template, &sections, &who) {
            let draft = Draft { session: session.as_ref(), note: None, template, texts: &sections };
            return EditorPage::new(&state, &who, &chart, draft, Some(&e)).answer();
        }
    }
    let mut note = Note::draft(template);
    note.sections = sections;
    let vault = state.vault();
    let id = if signing {
        vault.add_signed_note(&who.actor(), &client, session.as_ref(), who.id(), &note).await?
    } else {
        vault.add_note(&who.actor(), &client, session.as_ref(), who.id(), &note).await?
    };
    Ok(see_other(&format!("/clients/{client}#note-{id}")))
}

/// A note of the chart, or not found.
fn find_note<'c>(chart: &'c Chart, id: &RowId) -> Result<&'c ChartNote, Failure> {
    chart.notes.iter().find(|n| n.id == *id).ok_or(Failure::NotFound)
}

fn refuse_signed(note: &ChartNote) -> Result<(), Failure> {
    match note.note.state {
        NoteState::Draft => Ok(()),
        NoteState::Signed { .. } => {
            Err(Failure::Conflict("the note is signed and locked; add an amendment instead".to_owned()))
        }
    }
}

/// `GET /notes/{note}/edit`: a draft in the editor; a signed note is locked.
pub async fn edit_form(
    State(state): State<AppState>,
    who: SignedIn,
    Path(note): Path<String>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Note, &note, Action::NoteWrite).await?;
    let chart = state.vault().chart(&who.actor(), &client).await?;
    let note = find_note(&chart, &id)?;
    refuse_signed(note)?;
    let template = note.note.template;
    let draft = Draft { session: note.session.as_ref(), note: Some(&id), template, texts: &note.note.sections };
    EditorPage::new(&state, &who, &chart, draft, None).answer()
}

/// `POST /notes/{note}`: saves a draft's text, and signs it when "Sign" was pressed.
pub async fn update(
    State(state): State<AppState>,
    Path(note): Path<String>,
    Posted(who, form): Posted<Posting>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Note, &note, Action::NoteWrite).await?;
    let chart = state.vault().chart(&who.actor(), &client).await?;
    let note = find_note(&chart, &id)?;
    refuse_signed(note)?;
    let template = note.note.template;
    let sections = form.sections(template);
    let signing = form.signing()?;
    if signing {
        if let Err(e @ Failure::Input { .. }) = check_signable(template, &sections, &who) {
            let draft = Draft { session: note.session.as_ref(), note: Some(&id), template, texts: &sections };
            return EditorPage::new(&state, &who, &chart, draft, Some(&e)).answer();
        }
    }
    state.vault().write_note(&who.actor(), &id, &sections).await?;
    if signing {
        state.vault().sign_note(&who.actor(), &id, who.id()).await?;
    }
    Ok(see_other(&format!("/clients/{client}#note-{id}")))
}

/// The amendment form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AmendForm {
    /// Why the note is amended.
    pub reason: String,
    /// The correction.
    pub text: String,
}

#[derive(Template)]
#[template(path = "note_amend.html")]
struct AmendPage {
    frame: Frame,
    client: String,
    name: String,
    note: String,
    /// `(section, text)` of the signed note, for reference.
    sections: Vec<(String, String)>,
    form: AmendForm,
    error: Failure,
}

/// `POST /notes/{note}/amend`: a correction to a signed note, with its reason. A
/// refusal shows the note and the form again with what was typed.
pub async fn amend(
    State(state): State<AppState>,
    Path(note): Path<String>,
    Posted(who, form): Posted<AmendForm>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Note, &note, Action::NoteAmend).await?;
    let text = AmendmentText { reason: form.reason.trim().to_owned(), text: form.text.trim().to_owned() };
    match state.vault().amend_note(&who.actor(), &id, who.id(), text).await {
        Ok(_) => Ok(see_other(&format!("/clients/{client}#note-{id}"))),
        Err(e) => match Failure::from(e) {
            error @ Failure::Input { .. } => {
                let chart = state.vault().chart(&who.actor(), &client).await?;
                let note = find_note(&chart, &id)?;
                let sections = note
                    .note
                    .template
                    .sections()
                    .iter()
                    .zip(&note.note.sections.0)
                    .map(|(name, text)| (section_label(name), text.clone()))
                    .collect();
                let page = AmendPage {
                    frame: Frame::new(&state, &who, "clients"),
                    client: client.to_string(),
                    name: display_name(&chart.profile),
                    note: id.to_string(),
                    sections,
                    form,
                    error,
                };
                let mut response = render(&page)?;
                *response.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
                Ok(response)
            }
            other => Err(other),
        },
    }
}
