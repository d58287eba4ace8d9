//! The incident protocol's pages (DESIGN.md §1): recording a suspected confidentiality
//! violation — from a group session (the member whose information may have been shared,
//! the member suspected of sharing, others concerned) or from one client's chart — and
//! one incident as its client's chart holds it, with its discussions.
//!
//! A concern is recorded once per client, each record with that client's own
//! description and sealed under their key, all in one transaction. It goes on the agenda
//! of the next session with each client concerned: the app offers no action that reports
//! it to an authority, tells other clients or puts it to the group. Talking it through
//! happens on the session's agenda page ([`crate::pages::agenda`]).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use sanctum_practice::{Discussion, Incident, IncidentSource, Involvement, Role, Tagged};
use sanctum_vault::{Action, Actor, RecordRef, RowId, ScheduledSession, SessionWith};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::chart::{client_id, record_client};
use crate::pages::clients::display_name;
use crate::pages::schedule::back_to;
use crate::pages::{parse_date, parse_time, render, see_other, Clock, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// How a source reads on a form.
pub fn source_label(source: IncidentSource) -> &'static str {
    match source {
        IncidentSource::ClientReport => "The client told me",
        IncidentSource::OtherClient => "Another client told me",
        IncidentSource::Observed => "I observed it",
        IncidentSource::ThirdParty => "Someone outside the practice told me",
        IncidentSource::Online => "Seen online",
    }
}

/// How a client's part in an incident reads.
pub fn involvement_label(involvement: Involvement) -> &'static str {
    match involvement {
        Involvement::Affected => "their information may have been shared",
        Involvement::SuspectedOfSharing => "suspected of sharing",
        Involvement::Concerned => "concerned",
    }
}

/// One client's part in a new incident: who, how, and what is known as it will be raised
/// with them.
#[derive(Debug)]
pub struct Concern {
    /// The client.
    pub client: RowId,
    /// Their part.
    pub involvement: Involvement,
    /// What is known, for this client's own chart.
    pub description: String,
}

/// A suspected violation as the form or the API describes it.
#[derive(Debug)]
pub struct NewIncident {
    /// The group session it came up in (or about), if any.
    pub group_session: Option<RowId>,
    /// When it happened (or was noticed).
    pub occurred_at: i64,
    /// Where the information came from.
    pub source: IncidentSource,
    /// Every client concerned.
    pub concerns: Vec<Concern>,
}

/// Records one suspected violation for every client concerned, in one transaction
/// (the page and `POST /api/v1/incidents` share it). With `group_session`, it must be a
/// session of one of the reporter's groups and every client one of its members. Errors
/// name the field through `field(position, name)`, so the form and the API each name
/// their own.
pub async fn record(
    state: &AppState,
    actor: &Actor,
    reporter: &RowId,
    new: &NewIncident,
    field: &(dyn Fn(usize, &str) -> String + Sync),
) -> Result<Vec<RowId>, Failure> {
    let (concerns, occurred_at, source) = (&new.concerns, new.occurred_at, new.source);
    if concerns.is_empty() {
        return Err(Failure::input("concerned", "name at least one client"));
    }
    if occurred_at > Clock::of(state).now() {
        return Err(Failure::input("occurred_at", "is in the future"));
    }
    let group = match &new.group_session {
        Some(session) => {
            let (_, group, members) = group_members(state, actor, reporter, session).await?;
            if let Some(i) = concerns.iter().position(|c| !members.contains(&c.client)) {
                return Err(Failure::input(field(i, "client"), "is not a member of this group"));
            }
            Some(group.to_string())
        }
        None => None,
    };
    for (i, c) in concerns.iter().enumerate() {
        if c.description.trim().is_empty() {
            return Err(Failure::input(
                field(i, "description"),
                "say what is known, as you will raise it with this client",
            ));
        }
        if concerns[..i].iter().any(|earlier| earlier.client == c.client) {
            return Err(Failure::input(field(i, "client"), "is named twice: one part per client"));
        }
    }
    let records: Vec<(RowId, Incident)> = concerns
        .iter()
        .map(|c| {
            let mut incident = Incident::new(occurred_at, c.description.trim(), source, c.involvement);
            incident.group = group.clone();
            (c.client.clone(), incident)
        })
        .collect();
    state.vault().record_incident(actor, reporter, &records).await.map_err(|e| match Failure::from(e) {
        Failure::Input { field: f, message } => Failure::Input { field: rename(&f, field), message },
        other => other,
    })
}

/// `concerned[1].description` (the vault's name) as the caller names it.
fn rename(vault_field: &str, field: &(dyn Fn(usize, &str) -> String + Sync)) -> String {
    let parsed = vault_field.strip_prefix("concerned[").and_then(|rest| rest.split_once("].")).and_then(|(i, name)| {
        let i: usize = i.parse().ok()?;
        Some(field(i, name))
    });
    parsed.unwrap_or_else(|| vault_field.to_owned())
}

/// A group session the reporter leads, its group and the group's members. Another
/// therapist's session is refused (and recorded) by the vault as not found.
pub async fn group_members(
    state: &AppState,
    actor: &Actor,
    reporter: &RowId,
    session: &RowId,
) -> Result<(ScheduledSession, RowId, Vec<RowId>), Failure> {
    let scheduled = state.vault().session(actor, session).await?;
    if scheduled.therapist != *reporter {
        return Err(Failure::NotFound);
    }
    let SessionWith::Group(group) = scheduled.with.clone() else {
        return Err(Failure::input("session", "is not a group session: record the concern from the client's chart"));
    };
    let (_, members) = state.vault().group(actor, &group).await?;
    Ok((scheduled, group, members))
}

/// `?session=` (a group session) or `?client=` (from a chart).
#[derive(Debug, Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    session: String,
    #[serde(default)]
    client: String,
}

/// A client the form offers.
#[derive(Debug)]
pub struct Member {
    /// The client's id.
    pub id: String,
    /// Their name.
    pub name: String,
}

#[derive(Template)]
#[template(path = "incident_new.html")]
struct NewIncidentPage {
    frame: Frame,
    /// The group session, for a group's form.
    session: Option<String>,
    /// The group session's title and time.
    context: String,
    /// The group's members, or the one client of a chart.
    members: Vec<Member>,
    /// Recording from a chart: the one client.
    single: bool,
    sources: Vec<(&'static str, &'static str)>,
    involvements: Vec<(&'static str, &'static str)>,
    today: String,
    now: String,
    back: String,
}

/// `GET /incidents/new?session=|client=`: the form. From a group session it offers the
/// group's members; from a chart, that client; with neither, the caseload to choose from.
pub async fn new_form(
    State(state): State<AppState>,
    who: SignedIn,
    Query(q): Query<NewQuery>,
) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let clock = Clock::of(&state);
    let caseload = state.vault().clients_of(&who.actor(), who.id()).await?;
    let name_of = |id: &RowId| caseload.iter().find(|c| c.id == *id).map(|c| display_name(&c.profile));
    let (session, context, members, single, back) = if !q.session.trim().is_empty() {
        let id = RowId::parse(q.session.trim()).map_err(|_| Failure::NotFound)?;
        let (scheduled, _, members) = group_members(&state, &who.actor(), who.id(), &id).await?;
        let members =
            members.iter().filter_map(|m| Some(Member { id: m.to_string(), name: name_of(m)? })).collect::<Vec<_>>();
        let context = format!("{}, {}", scheduled.title, clock.date_time(scheduled.session.starts_at));
        (Some(id.to_string()), context, members, false, "/".to_owned())
    } else if !q.client.trim().is_empty() {
        let client = client_id(q.client.trim())?;
        state.vault().authorize(&who.actor(), &client, Action::IncidentWrite).await?;
        let name = name_of(&client).ok_or(Failure::NotFound)?;
        let back = format!("/clients/{client}");
        (None, name.clone(), vec![Member { id: client.to_string(), name }], true, back)
    } else {
        let mut all: Vec<Member> =
            caseload.iter().map(|c| Member { id: c.id.to_string(), name: display_name(&c.profile) }).collect();
        all.sort_by_key(|m| m.name.to_lowercase());
        (None, String::new(), all, false, "/".to_owned())
    };
    render(&NewIncidentPage {
        frame: Frame::new(&state, &who, "today"),
        session,
        context,
        members,
        single,
        sources: IncidentSource::ALL.iter().map(|s| (s.tag(), source_label(*s))).collect(),
        involvements: Involvement::ALL.iter().map(|i| (i.tag(), involvement_label(*i))).collect(),
        today: clock.today().to_string(),
        now: clock.time(clock.now()),
        back,
    })
}

/// The value of `name` in a posted form (the first, trimmed; empty if absent).
fn value<'a>(form: &'a [(String, String)], name: &str) -> &'a str {
    form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.trim())
}

/// A client id posted in `field`.
fn posted_client(field: &str, raw: &str) -> Result<RowId, Failure> {
    RowId::parse(raw).map_err(|_| Failure::input(field, "choose a client"))
}

/// `POST /incidents`: records the concern for every client named, in one transaction.
/// A chart's form names one `client` with its `involvement` and `description`; a
/// group's names the `affected` member, the `suspected` one, others `concerned`, each
/// with `description.{client}`.
pub async fn create(
    State(state): State<AppState>,
    Posted(who, form): Posted<Vec<(String, String)>>,
) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let clock = Clock::of(&state);
    let day = parse_date("date", value(&form, "date"))?;
    let occurred_at = clock.at(parse_time("time", day, value(&form, "time"))?);
    let source: IncidentSource =
        value(&form, "source").parse().map_err(|_| Failure::input("source", "choose where it came from"))?;
    let session = match value(&form, "session") {
        "" => None,
        raw => Some(RowId::parse(raw).map_err(|_| Failure::NotFound)?),
    };
    let mut concerns = Vec::new();
    let mut field_names: Vec<String> = Vec::new();
    if !value(&form, "client").is_empty() {
        let involvement: Involvement = value(&form, "involvement")
            .parse()
            .map_err(|_| Failure::input("involvement", "say how the client is concerned"))?;
        concerns.push(Concern {
            client: posted_client("client", value(&form, "client"))?,
            involvement,
            description: value(&form, "description").to_owned(),
        });
        field_names.push(String::new());
    } else {
        if value(&form, "affected").is_empty() {
            return Err(Failure::input("affected", "choose the member whose information may have been shared"));
        }
        let mut named = vec![("affected", Involvement::Affected, value(&form, "affected"))];
        if !value(&form, "suspected").is_empty() {
            named.push(("suspected", Involvement::SuspectedOfSharing, value(&form, "suspected")));
        }
        for (k, v) in &form {
            if k == "concerned" && !v.trim().is_empty() {
                named.push(("concerned", Involvement::Concerned, v.trim()));
            }
        }
        for (name, involvement, raw) in named {
            let client = posted_client(name, raw)?;
            if concerns.iter().any(|c: &Concern| c.client == client) {
                return Err(Failure::input(name, "is already named in another part: one part per client"));
            }
            let description = value(&form, &format!("description.{client}")).to_owned();
            field_names.push(name.to_owned());
            concerns.push(Concern { client, involvement, description });
        }
    }
    let ids: Vec<String> = concerns.iter().map(|c| c.client.to_string()).collect();
    let field = |i: usize, name: &str| match (name, field_names.get(i).map(String::as_str)) {
        (_, Some("")) => name.to_owned(),
        ("description", _) => format!("description.{}", ids.get(i).map_or("", String::as_str)),
        (_, Some(posted)) => posted.to_owned(),
        (_, None) => name.to_owned(),
    };
    let new = NewIncident { group_session: session, occurred_at, source, concerns };
    record(&state, &who.actor(), who.id(), &new, &field).await?;
    Ok(see_other(&back_to(value(&form, "back"), "/")))
}

/// A discussion as the chart and the incident page show it.
#[derive(Debug)]
pub struct DiscussionView {
    /// When.
    pub when: String,
    /// The client's account.
    pub account: String,
    /// What was agreed.
    pub steps: String,
    /// Whether it closed the incident.
    pub closed: bool,
}

/// An incident as its client's chart shows it (nothing of any other client).
#[derive(Debug)]
pub struct IncidentView {
    /// Its id.
    pub id: String,
    /// When it happened.
    pub when: String,
    /// Where the information came from.
    pub source: &'static str,
    /// The client's part.
    pub involvement: &'static str,
    /// Whether it happened in a group.
    pub in_group: bool,
    /// What is known.
    pub description: String,
    /// Still to be talked through (or carried).
    pub open: bool,
    /// The conversations, oldest first.
    pub discussions: Vec<DiscussionView>,
}

impl IncidentView {
    /// The view of `incident`.
    pub fn of(clock: &Clock, id: &RowId, incident: &Incident) -> IncidentView {
        IncidentView {
            id: id.to_string(),
            when: clock.date_time(incident.occurred_at),
            source: source_label(incident.source),
            involvement: involvement_label(incident.involvement),
            in_group: incident.group.is_some(),
            description: incident.description.clone(),
            open: incident.is_open(),
            discussions: incident
                .discussions
                .iter()
                .map(|d| DiscussionView {
                    when: clock.date_time(d.at),
                    account: d.client_account.clone(),
                    steps: d.agreed_steps.clone(),
                    closed: d.closes,
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "incident_show.html")]
struct IncidentPage {
    frame: Frame,
    client: String,
    name: String,
    incident: IncidentView,
    writable: bool,
}

/// `GET /incidents/{incident}`: one incident, as its client's chart holds it.
pub async fn show(
    State(state): State<AppState>,
    who: SignedIn,
    Path(incident): Path<String>,
) -> Result<Response, Failure> {
    let id = RowId::parse(&incident).map_err(|_| Failure::NotFound)?;
    let (client, incident) = state.vault().incident(&who.actor(), &id).await?;
    let name = staff_or_client_name(&state, &who, &client).await?;
    render(&IncidentPage {
        frame: Frame::new(&state, &who, if who.user.role == Role::Therapist { "clients" } else { "supervision" }),
        client: client.to_string(),
        name,
        incident: IncidentView::of(&Clock::of(&state), &id, &incident),
        writable: who.user.role == Role::Therapist,
    })
}

/// The client's name for a page heading: from the caseload (a therapist) or the charts
/// shared with a supervisor.
async fn staff_or_client_name(state: &AppState, who: &SignedIn, client: &RowId) -> Result<String, Failure> {
    let clients = match who.user.role {
        Role::Therapist => state.vault().clients_of(&who.actor(), who.id()).await?,
        _ => state.vault().charts_granted_to(&who.actor(), who.id()).await?,
    };
    clients.iter().find(|c| c.id == *client).map(|c| display_name(&c.profile)).ok_or(Failure::NotFound)
}

/// The discussion form.
#[derive(Debug, Deserialize)]
pub struct DiscussForm {
    #[serde(default)]
    session: String,
    #[serde(default)]
    client_account: String,
    #[serde(default)]
    agreed_steps: String,
    /// `close` or `carry`.
    #[serde(default)]
    outcome: String,
}

/// Whether an outcome closes the incident: `close` or `carry` (to the following session).
pub fn closes(field: &str, outcome: &str) -> Result<bool, Failure> {
    match outcome.trim() {
        "close" => Ok(true),
        "carry" => Ok(false),
        _ => Err(Failure::input(field, "close it, or carry it to the following session")),
    }
}

/// Records a discussion of `incident` in `session` (the page and the API share it).
pub async fn discuss(
    state: &AppState,
    actor: &Actor,
    incident: &RowId,
    session: &RowId,
    client_account: &str,
    agreed_steps: &str,
    closes: bool,
) -> Result<(), Failure> {
    let discussion = Discussion {
        session: session.to_string(),
        at: 0,
        client_account: client_account.trim().to_owned(),
        agreed_steps: agreed_steps.trim().to_owned(),
        closes,
    };
    Ok(state.vault().discuss_incident(actor, incident, session, discussion).await?)
}

/// `POST /incidents/{incident}/discussions`: the client's account and the agreed steps,
/// then close or carry; back to the session's agenda.
pub async fn discuss_submit(
    State(state): State<AppState>,
    Path(incident): Path<String>,
    Posted(who, form): Posted<DiscussForm>,
) -> Result<Response, Failure> {
    let (id, _) = record_client(&state, &who, RecordRef::Incident, &incident, Action::IncidentWrite).await?;
    let session =
        RowId::parse(form.session.trim()).map_err(|_| Failure::input("session", "is not a session of this client"))?;
    let closes = closes("outcome", &form.outcome)?;
    discuss(&state, &who.actor(), &id, &session, &form.client_account, &form.agreed_steps, closes).await?;
    Ok(see_other(&format!("/sessions/{session}/agenda#incident-{id}")))
}
