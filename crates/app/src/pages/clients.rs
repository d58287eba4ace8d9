//! A therapist's clients: the list (with search through the vault's blind indexes by
//! exact name, e-mail or phone, and by part of a name among their own clients) and the
//! new-client form, which asks for every caseload field the guard uses to recognise
//! the client in outgoing text.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use sanctum_practice::{ClientProfile, Relative, Role};
use sanctum_vault::{LookupField, RowId};
use serde::Deserialize;

use crate::error::Failure;
use crate::pages::{render, see_other, Frame};
use crate::session::{Posted, SignedIn};
use crate::AppState;

/// How a client is named on screen: the name they go by, then the family name.
pub fn display_name(p: &ClientProfile) -> String {
    let first = if p.preferred_name.trim().is_empty() { &p.given_name } else { &p.preferred_name };
    format!("{} {}", first.trim(), p.family_name.trim()).trim().to_owned()
}

/// A row of the client list.
#[derive(Debug)]
pub struct Row {
    /// The chart link.
    pub href: String,
    /// The display name.
    pub name: String,
    /// Given and family name, when the display name is a nickname.
    pub legal: String,
    /// Date of birth.
    pub born: String,
}

#[derive(Template)]
#[template(path = "clients.html")]
struct ListPage {
    frame: Frame,
    rows: Vec<Row>,
    q: String,
    total: usize,
}

/// `?q=`.
#[derive(Debug, Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

/// `GET /clients?q=`.
pub async fn list(
    State(state): State<AppState>,
    who: SignedIn,
    Query(search): Query<Search>,
) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let clients = state.vault().clients_of(&who.actor(), who.id()).await?;
    let total = clients.len();
    let q = search.q.trim().to_owned();
    let mut exact: Vec<RowId> = Vec::new();
    if !q.is_empty() {
        for field in [LookupField::Name, LookupField::Email, LookupField::Phone] {
            exact.extend(state.vault().find_clients(&who.actor(), field, &q).await?);
        }
    }
    let needle = q.to_lowercase();
    let mut rows: Vec<Row> = clients
        .iter()
        .filter(|c| {
            let p = &c.profile;
            q.is_empty()
                || exact.contains(&c.id)
                || [&p.given_name, &p.family_name, &p.preferred_name].iter().any(|n| n.to_lowercase().contains(&needle))
        })
        .map(|c| {
            let p = &c.profile;
            Row {
                href: format!("/clients/{}", c.id),
                name: display_name(p),
                legal: if p.preferred_name.trim().is_empty() {
                    String::new()
                } else {
                    format!("{} {}", p.given_name, p.family_name)
                },
                born: p.date_of_birth.clone(),
            }
        })
        .collect();
    rows.sort_by_key(|r| r.name.to_lowercase());
    render(&ListPage { frame: Frame::new(&state, &who, "clients"), rows, q, total })
}

#[derive(Template)]
#[template(path = "client_new.html")]
struct NewPage {
    frame: Frame,
    form: NewClient,
    error: Option<Failure>,
}

/// `GET /clients/new`.
pub async fn new_form(State(state): State<AppState>, who: SignedIn) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    render(&NewPage { frame: Frame::new(&state, &who, "clients"), form: NewClient::default(), error: None })
}

/// The new-client form: the profile's fields, relatives one per line
/// (`name, relation, phone`), distinctive facts one per line.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewClient {
    /// Given name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// Name they go by.
    pub preferred_name: String,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Street.
    pub street: String,
    /// City.
    pub city: String,
    /// Postcode.
    pub postcode: String,
    /// Employer.
    pub employer: String,
    /// Occupation.
    pub occupation: String,
    /// School.
    pub school: String,
    /// Relatives, one per line.
    pub relatives: String,
    /// Distinctive facts, one per line.
    pub distinctive: String,
}

impl NewClient {
    /// The profile the form describes; a malformed relatives line is named by number.
    pub fn profile(&self) -> Result<ClientProfile, Failure> {
        let mut p = ClientProfile::default();
        for (field, value) in [
            ("given_name", &self.given_name),
            ("family_name", &self.family_name),
            ("preferred_name", &self.preferred_name),
            ("date_of_birth", &self.date_of_birth),
            ("phone", &self.phone),
            ("email", &self.email),
            ("street", &self.street),
            ("city", &self.city),
            ("postcode", &self.postcode),
            ("employer", &self.employer),
            ("occupation", &self.occupation),
            ("school", &self.school),
        ] {
            if let Some(slot) = p.field_mut(field) {
                *slot = value.trim().to_owned();
            }
        }
        for (i, line) in self.relatives.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split(',').map(str::trim).collect();
            match parts[..] {
                [name, relation] | [name, relation, ""] if !name.is_empty() && !relation.is_empty() => {
                    p.relatives.push(Relative { name: name.into(), relation: relation.into(), phone: String::new() })
                }
                [name, relation, phone] if !name.is_empty() && !relation.is_empty() => {
                    p.relatives.push(Relative { name: name.into(), relation: relation.into(), phone: phone.into() })
                }
                _ => return Err(Failure::input("relatives", format!("line {}: write name, relation[, phone]", i + 1))),
            }
        }
        p.distinctive = self.distinctive.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
        p.validate()?;
        Ok(p)
    }
}

/// `POST /clients`: adds a client to the signed-in therapist's caseload.
pub async fn create(State(state): State<AppState>, Posted(who, form): Posted<NewClient>) -> Result<Response, Failure> {
    who.require(Role::Therapist)?;
    let profile = match form.profile() {
        Ok(p) => p,
        Err(e @ Failure::Input { .. }) => {
            let page = NewPage { frame: Frame::new(&state, &who, "clients"), form, error: Some(e) };
            let mut response = render(&page)?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            return Ok(response);
        }
        Err(e) => return Err(e),
    };
    let id = state.vault().add_client(&who.actor(), &profile, Some(who.id())).await?;
    Ok(see_other(&format!("/clients/{id}")))
}
