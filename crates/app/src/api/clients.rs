//! A therapist's clients over the API: the list of their caseload and adding a client
//! with every field the disclosure guard uses to recognise them. [`Profile`] is the
//! JSON shape of a client's profile, read and written alike.

use axum::extract::State;
use axum::response::Response;
use axum::Json;
use sanctum_practice::{ClientProfile, Relative, Role};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::api::{ApiFailure, ApiJson, ApiUser, Created, ErrorBody};
use crate::pages::clients::display_name;
use crate::AppState;

/// A relative or contact of a client.
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RelativeBody {
    /// Their name.
    pub name: String,
    /// How they are related ("mother", "emergency contact").
    pub relation: String,
    /// How to reach them.
    #[serde(default)]
    pub phone: String,
}

/// Who a client is: every property is optional text except that a client needs a given
/// or a family name.
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields, default)]
pub struct Profile {
    /// Given (first) name.
    pub given_name: String,
    /// Family name.
    pub family_name: String,
    /// The name they go by.
    pub preferred_name: String,
    /// `YYYY-MM-DD`.
    pub date_of_birth: String,
    /// Phone number.
    pub phone: String,
    /// E-mail address.
    pub email: String,
    /// House number and street.
    pub street: String,
    /// City or town.
    pub city: String,
    /// Postal code.
    pub postcode: String,
    /// Employer.
    pub employer: String,
    /// Occupation.
    pub occupation: String,
    /// School or college.
    pub school: String,
    /// Relatives and emergency contacts.
    pub relatives: Vec<RelativeBody>,
    /// Distinctive facts that could identify the client in combination.
    pub distinctive: Vec<String>,
}

impl Profile {
    /// The JSON shape of a stored profile.
    pub fn of(p: &ClientProfile) -> Profile {
        Profile {
            given_name: p.given_name.clone(),
            family_name: p.family_name.clone(),
            preferred_name: p.preferred_name.clone(),
            date_of_birth: p.date_of_birth.clone(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            street: p.street.clone(),
            city: p.city.clone(),
            postcode: p.postcode.clone(),
            employer: p.employer.clone(),
            occupation: p.occupation.clone(),
            school: p.school.clone(),
            relatives: p
                .relatives
                .iter()
                .map(|r| RelativeBody { name: r.name.clone(), relation: r.relation.clone(), phone: r.phone.clone() })
                .collect(),
            distinctive: p.distinctive.clone(),
        }
    }

    /// The profile to store, trimmed and checked; a bad relative is named by position.
    pub fn profile(&self) -> Result<ClientProfile, ApiFailure> {
        let p = ClientProfile {
            given_name: self.given_name.trim().to_owned(),
            family_name: self.family_name.trim().to_owned(),
            preferred_name: self.preferred_name.trim().to_owned(),
            date_of_birth: self.date_of_birth.trim().to_owned(),
            phone: self.phone.trim().to_owned(),
            email: self.email.trim().to_owned(),
            street: self.street.trim().to_owned(),
            city: self.city.trim().to_owned(),
            postcode: self.postcode.trim().to_owned(),
            employer: self.employer.trim().to_owned(),
            occupation: self.occupation.trim().to_owned(),
            school: self.school.trim().to_owned(),
            relatives: self
                .relatives
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    for (field, value) in [("name", &r.name), ("relation", &r.relation)] {
                        if value.trim().is_empty() {
                            return Err(ApiFailure::input(format!("relatives[{i}].{field}"), "is empty"));
                        }
                    }
                    Ok(Relative {
                        name: r.name.trim().to_owned(),
                        relation: r.relation.trim().to_owned(),
                        phone: r.phone.trim().to_owned(),
                    })
                })
                .collect::<Result<_, _>>()?,
            distinctive: self
                .distinctive
                .iter()
                .map(|d| d.trim())
                .filter(|d| !d.is_empty())
                .map(String::from)
                .collect(),
        };
        p.validate()?;
        Ok(p)
    }
}

/// A client on the caller's caseload.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClientView {
    /// The client's id.
    pub id: String,
    /// The name they go by, then the family name.
    pub name: String,
    /// Who they are.
    pub profile: Profile,
}

/// `GET /api/v1/clients`: the caller's clients, by name.
#[utoipa::path(get, path = "/api/v1/clients", tag = "clients",
    responses((status = 200, body = [ClientView]), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn list(State(state): State<AppState>, who: ApiUser) -> Result<Json<Vec<ClientView>>, ApiFailure> {
    who.require(Role::Therapist)?;
    let clients = state.vault().clients_of(&who.actor(), who.id()).await?;
    let mut views: Vec<ClientView> = clients
        .iter()
        .map(|c| ClientView { id: c.id.to_string(), name: display_name(&c.profile), profile: Profile::of(&c.profile) })
        .collect();
    views.sort_by_key(|v| v.name.to_lowercase());
    Ok(Json(views))
}

/// `POST /api/v1/clients`: adds a client to the caller's caseload.
#[utoipa::path(post, path = "/api/v1/clients", tag = "clients", request_body = Profile,
    responses((status = 201, body = Created), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    who: ApiUser,
    ApiJson(body): ApiJson<Profile>,
) -> Result<Response, ApiFailure> {
    who.require(Role::Therapist)?;
    let profile = body.profile()?;
    let id = state.vault().add_client(&who.actor(), &profile, Some(who.id())).await?;
    Ok(Created::response(&id))
}
