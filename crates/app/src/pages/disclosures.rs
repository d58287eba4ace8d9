//! Mandated disclosures, the separate and explicit path for a legal duty to disclose
//! (imminent danger, suspected abuse, a court order): the therapist's draft from a
//! client's chart, the explicit conversion of an incident (its own choice and its own
//! justification, never a default), a supervisor's co-signature that makes it final, and
//! the report of every disclosure for audit. A supervisor sees the disclosures they are
//! to co-sign — not the client's chart.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use sanctum_practice::{ClientInformed, Conversion, Disclosure, LegalBasis, Role, Tagged};
use sanctum_vault::{Action, RecordRef, RowId};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::chart::{authorize_write, client_id, record_client, staff_names};
use crate::pages::clients::display_name;
use crate::pages::incidents::IncidentView;
use crate::pages::{parse_date, render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// How "was the client informed" reads.
pub fn informed_label(informed: ClientInformed) -> &'static str {
    match informed {
        ClientInformed::Before => "Informed before (or when) disclosing",
        ClientInformed::After => "Informed afterwards",
        ClientInformed::Not => "Not informed",
    }
}

/// The legal bases for a form: `(tag, label)`.
fn bases() -> Vec<(&'static str, &'static str)> {
    LegalBasis::ALL.iter().map(|b| (b.tag(), b.label())).collect()
}

/// The choices of "was the client informed": `(tag, label)`.
fn informed_choices() -> Vec<(&'static str, &'static str)> {
    ClientInformed::ALL.iter().map(|i| (i.tag(), informed_label(*i))).collect()
}

/// The disclosure form (the conversion form adds `conversion_reason` and `confirm`).
#[derive(Debug, Deserialize)]
pub struct DisclosureForm {
    #[serde(default)]
    basis: String,
    #[serde(default)]
    justification: String,
    #[serde(default)]
    recipient: String,
    #[serde(default)]
    information: String,
    #[serde(default)]
    informed: String,
    /// `YYYY-MM-DD`, when the client was informed.
    #[serde(default)]
    informed_on: String,
    #[serde(default)]
    not_informed_reason: String,
    #[serde(default)]
    conversion_reason: String,
    /// The explicit choice to convert an incident (`yes`).
    #[serde(default)]
    confirm: String,
}

impl DisclosureForm {
    /// The draft the form describes (checked by the practice rule in the vault).
    fn disclosure(&self, clock: &Clock) -> Result<Disclosure, Failure> {
        let basis = LegalBasis::from_tag(self.basis.trim())
            .ok_or_else(|| Failure::input("basis", "choose the legal basis from the list"))?;
        let informed = ClientInformed::from_tag(self.informed.trim())
            .ok_or_else(|| Failure::input("informed", "say whether the client was informed"))?;
        let informed_at = match (informed, self.informed_on.trim()) {
            (ClientInformed::Not, _) | (_, "") => None,
            (_, day) => {
                let day = parse_date("informed_on", day)?;
                if day > clock.today() {
                    return Err(Failure::input("informed_on", "is in the future"));
                }
                Some(clock.start_of(day))
            }
        };
        let mut d = Disclosure::default();
        d.basis = basis;
        d.justification = self.justification.trim().to_owned();
        d.recipient = self.recipient.trim().to_owned();
        d.information = self.information.trim().to_owned();
        d.informed = informed;
        d.informed_at = informed_at;
        d.not_informed_reason =
            if informed == ClientInformed::Not { self.not_informed_reason.trim().to_owned() } else { String::new() };
        Ok(d)
    }
}

/// `informed_at` as the vault's rule names it, for the form's date field.
fn form_field(f: Failure) -> Failure {
    match f {
        Failure::Input { field, message } if field == "informed_at" => {
            Failure::Input { field: "informed_on".into(), message }
        }
        other => other,
    }
}

#[derive(Template)]
#[template(path = "disclosure_new.html")]
struct DisclosurePage {
    frame: Frame,
    client: String,
    name: String,
    /// Where the form posts.
    action: String,
    /// Converting this incident.
    incident: Option<IncidentView>,
    bases: Vec<(&'static str, &'static str)>,
    informed: Vec<(&'static str, &'static str)>,
    today: String,
}

/// The client's name on the therapist's caseload.
async fn client_name(state: &AppState, who: &SignedIn, client: &RowId) -> Result<String, Failure> {
    let caseload = state.vault().clients_of(&who.actor(), who.id()).await?;
    caseload.iter().find(|c| c.id == *client).map(|c| display_name(&c.profile)).ok_or(Failure::NotFound)
}

fn page(
    state: &AppState,
    who: &SignedIn,
    client: &RowId,
    name: String,
    action: String,
    incident: Option<IncidentView>,
) -> Result<Response, Failure> {
    render(&DisclosurePage {
        frame: Frame::new(state, who, "clients"),
        client: client.to_string(),
        name,
        action,
        incident,
        bases: bases(),
        informed: informed_choices(),
        today: Clock::of(state).today().to_string(),
    })
}

/// `GET /clients/{client}/disclosures/new`: the mandated disclosure form.
pub async fn new_form(
    State(state): State<AppState>,
    who: SignedIn,
    Path(client): Path<String>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    authorize_write(&state, &who, &client, Action::DisclosureDraft).await?;
    let name = client_name(&state, &who, &client).await?;
    page(&state, &who, &client, name, format!("/clients/{client}/disclosures"), None)
}

/// `POST /clients/{client}/disclosures`: records the draft; a supervisor co-signs it.
pub async fn draft(
    State(state): State<AppState>,
    Path(client): Path<String>,
    Posted(who, form): Posted<DisclosureForm>,
) -> Result<Response, Failure> {
    let client = client_id(&client)?;
    authorize_write(&state, &who, &client, Action::DisclosureDraft).await?;
    let d = form.disclosure(&Clock::of(&state))?;
    state.vault().draft_disclosure(&who.actor(), &client, &d).await.map_err(|e| form_field(e.into()))?;
    Ok(see_other(&format!("/clients/{client}#disclosures-h")))
}

/// `GET /incidents/{incident}/disclosure`: converting an incident, with the incident shown.
pub async fn convert_form(
    State(state): State<AppState>,
    who: SignedIn,
    Path(incident): Path<String>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Incident, &incident, Action::DisclosureDraft).await?;
    let (_, opened) = state.vault().incident(&who.actor(), &id).await?;
    let name = client_name(&state, &who, &client).await?;
    let view = IncidentView::of(&Clock::of(&state), &id, &opened);
    page(&state, &who, &client, name, format!("/incidents/{id}/disclosure"), Some(view))
}

/// `POST /incidents/{incident}/disclosure`: converts the incident into a draft — only
/// with the explicit choice (`confirm`) and a justification of its own.
pub async fn convert(
    State(state): State<AppState>,
    Path(incident): Path<String>,
    Posted(who, form): Posted<DisclosureForm>,
) -> Result<Response, Failure> {
    let (id, client) = record_client(&state, &who, RecordRef::Incident, &incident, Action::DisclosureDraft).await?;
    if form.confirm.trim() != "yes" {
        return Err(Failure::input("confirm", "converting a concern is an explicit choice: confirm it"));
    }
    let mut d = form.disclosure(&Clock::of(&state))?;
    d.from_incident = Some(Conversion { incident: id.to_string(), reason: form.conversion_reason.trim().to_owned() });
    state.vault().convert_incident(&who.actor(), &id, &d).await.map_err(|e| form_field(e.into()))?;
    Ok(see_other(&format!("/clients/{client}#disclosures-h")))
}

/// A disclosure as the chart and the supervisor's queue show it, in full.
#[derive(Debug)]
pub struct DisclosureView {
    /// Its id.
    pub id: String,
    /// The legal basis.
    pub basis: &'static str,
    /// Why it applies.
    pub justification: String,
    /// To whom.
    pub recipient: String,
    /// What was disclosed.
    pub information: String,
    /// Whether the client was informed, and when (or why not).
    pub informed: String,
    /// The reason given for converting an incident, if it was one.
    pub conversion: Option<String>,
    /// Who drafted it.
    pub drafted_by: String,
    /// "Co-signed by sol on ...", or None for a draft.
    pub cosigned: Option<String>,
}

/// The views of `disclosures`, with staff names.
pub async fn views(state: &AppState, disclosures: &[(RowId, Disclosure)]) -> Result<Vec<DisclosureView>, Failure> {
    let clock = Clock::of(state);
    let mut people: Vec<String> = disclosures.iter().map(|(_, d)| d.drafted_by.clone()).collect();
    people.extend(disclosures.iter().filter_map(|(_, d)| d.cosigned.as_ref().map(|c| c.by.clone())));
    let names = staff_names(state, people).await?;
    let name = |id: &str| names.get(id).cloned().unwrap_or_default();
    Ok(disclosures
        .iter()
        .map(|(id, d)| DisclosureView {
            id: id.to_string(),
            basis: d.basis.label(),
            justification: d.justification.clone(),
            recipient: d.recipient.clone(),
            information: d.information.clone(),
            informed: match (d.informed, d.informed_at) {
                (ClientInformed::Not, _) => format!("Not informed: {}", d.not_informed_reason),
                (i, Some(at)) => format!("{} ({})", informed_label(i), clock.date(at)),
                (i, None) => informed_label(i).to_owned(),
            },
            conversion: d.from_incident.as_ref().map(|c| c.reason.clone()),
            drafted_by: name(&d.drafted_by),
            cosigned: d.cosigned.as_ref().map(|c| format!("Co-signed by {} on {}", name(&c.by), clock.date_time(c.at))),
        })
        .collect())
}

/// The disclosures awaiting `who`'s co-signature (a supervisor's home shows them).
pub async fn awaiting(state: &AppState, who: &SignedIn) -> Result<Vec<DisclosureView>, Failure> {
    let queue = state.vault().disclosures_awaiting_cosign(&who.actor()).await?;
    let drafts: Vec<(RowId, Disclosure)> = queue.into_iter().map(|(id, _, d)| (id, d)).collect();
    views(state, &drafts).await
}

/// The co-sign form carries nothing but its CSRF token.
#[derive(Debug, Deserialize)]
pub struct Cosign {}

/// `POST /disclosures/{disclosure}/cosign`: a supervisor co-signs a draft, making it final.
pub async fn cosign(
    State(state): State<AppState>,
    Path(disclosure): Path<String>,
    Posted(who, Cosign {}): Posted<Cosign>,
) -> Result<Response, Failure> {
    who.require(Role::Supervisor)?;
    let id = RowId::parse(&disclosure).map_err(|_| Failure::NotFound)?;
    state.vault().cosign_disclosure(&who.actor(), &id).await?;
    Ok(see_other("/#awaiting-h"))
}

/// A line of the audit report.
#[derive(Debug)]
pub struct ReportLine {
    /// The disclosure's id.
    pub id: String,
    /// The client's id (the report names no one).
    pub client: String,
    /// When it was drafted.
    pub drafted: String,
    /// By whom.
    pub drafted_by: String,
    /// The legal basis.
    pub basis: &'static str,
    /// Whether the client was informed.
    pub informed: &'static str,
    /// Whether it was converted from an incident.
    pub from_incident: bool,
    /// "sol, Mon 23 Nov 2026, 14:05", or None while a draft.
    pub cosigned: Option<String>,
}

#[derive(Template)]
#[template(path = "disclosure_report.html")]
struct ReportPage {
    frame: Frame,
    lines: Vec<ReportLine>,
}

/// `GET /disclosures`: every disclosure for audit (supervisors).
pub async fn report(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    who.require(Role::Supervisor)?;
    let clock = Clock::of(&state);
    let all = state.vault().disclosure_report(&who.actor()).await?;
    let mut people: Vec<String> = all.iter().map(|d| d.drafted_by.to_string()).collect();
    people.extend(all.iter().filter_map(|d| d.cosigned.as_ref().map(|(by, _)| by.to_string())));
    let names = staff_names(&state, people).await?;
    let name = |id: &RowId| names.get(id.as_str()).cloned().unwrap_or_default();
    let lines = all
        .iter()
        .rev()
        .map(|d| ReportLine {
            id: d.id.to_string(),
            client: d.client.to_string(),
            drafted: clock.date_time(d.drafted_at),
            drafted_by: name(&d.drafted_by),
            basis: d.basis.label(),
            informed: informed_label(d.informed),
            from_incident: d.from_incident.is_some(),
            cosigned: d.cosigned.as_ref().map(|(by, at)| format!("{}, {}", name(by), clock.date_time(*at))),
        })
        .collect();
    render(&ReportPage { frame: Frame::new(&state, &who, "supervision"), lines })
}
