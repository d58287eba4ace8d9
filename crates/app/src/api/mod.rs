//! The JSON API under `/api/v1`: the same operations as the pages, for scripts and
//! other programs. This module owns what every endpoint shares:
//!
//! - [`ApiUser`]: who is asking, from `Authorization: Bearer snct_...` only. Cookies are
//!   ignored, so a browser's session can never drive the API and no CSRF check is needed.
//! - [`ApiFailure`]: every error as JSON `{"field": ..., "message": ...}` with its status.
//!   A client that is not the caller's answers exactly like one that does not exist.
//! - [`ApiJson`]: a JSON body read with the path of a bad value named (`relatives[0].name`),
//!   and never echoing the value itself.
//! - Times: [`instant`] reads RFC 3339 or an ISO date (midnight in the practice's zone);
//!   [`rfc3339`] writes the practice's local time with its offset.
//! - [`ApiDoc`]: the OpenAPI 3 document, generated from the handlers' `#[utoipa::path]`
//!   and served at `GET /api/v1/openapi.json`.
//!
//! One module per resource holds its endpoints and their request and response types.

use axum::body::Bytes;
use axum::extract::{FromRef, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, Datelike, NaiveDate};
use sanctum_practice::Role;
use sanctum_vault::{Action, Actor, RecordRef, RowId, StaffMember, API_TOKEN_PREFIX};
use serde::de::DeserializeOwned;
use serde::Serialize;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi, ToSchema};

use crate::error::Failure;
use crate::pages::Clock;
use crate::AppState;

pub mod chart;
pub mod check;
pub mod clients;
pub mod consents;
pub mod disclosures;
pub mod groups;
pub mod homework;
pub mod incidents;
pub mod me;
pub mod measures;
pub mod meetings;
pub mod notes;
pub mod sessions;

/// The staff member an API token speaks for.
#[derive(Debug, Clone)]
pub struct ApiUser {
    /// Who.
    pub user: StaffMember,
}

impl ApiUser {
    /// Their id.
    pub fn id(&self) -> &RowId {
        &self.user.id
    }

    /// The actor to record in the audit trail.
    pub fn actor(&self) -> Actor {
        Actor::User(self.user.id.clone())
    }

    /// Refuses (403) unless the staff member has `role`.
    pub fn require(&self, role: Role) -> Result<(), ApiFailure> {
        if self.user.role == role {
            Ok(())
        } else {
            Err(Failure::Refused(self.user.id.clone()).into())
        }
    }
}

/// The token in an `Authorization: Bearer ...` header, if the header is one.
fn bearer(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && token.starts_with(API_TOKEN_PREFIX)).then_some(token)
}

impl<S: Send + Sync> FromRequestParts<S> for ApiUser
where
    AppState: FromRef<S>,
{
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<ApiUser, ApiFailure> {
        let state = AppState::from_ref(state);
        // The token is only ever handed to the vault (which hashes it); it is not logged,
        // and no answer repeats it.
        let token = bearer(parts).ok_or(Failure::SignedOut)?;
        let user = state.vault().api_token_user(token).await?.ok_or(Failure::SignedOut)?;
        Ok(ApiUser { user })
    }
}

/// What went wrong, as every API error answers it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// The JSON property (a path such as `relatives[0].name`) or query parameter at
    /// fault; `null` when the error is not about one.
    pub field: Option<String>,
    /// What is wrong, for a person to read. Never repeats the value sent.
    pub message: String,
}

/// A failed API request: a [`Failure`] answered as JSON.
#[derive(Debug)]
pub struct ApiFailure(pub Failure);

impl From<Failure> for ApiFailure {
    fn from(e: Failure) -> ApiFailure {
        ApiFailure(e)
    }
}

impl From<sanctum_vault::Error> for ApiFailure {
    fn from(e: sanctum_vault::Error) -> ApiFailure {
        ApiFailure(e.into())
    }
}

impl From<sanctum_practice::RuleError> for ApiFailure {
    fn from(e: sanctum_practice::RuleError) -> ApiFailure {
        ApiFailure(e.into())
    }
}

impl ApiFailure {
    /// An input error naming `field`.
    pub fn input(field: impl Into<String>, message: impl Into<String>) -> ApiFailure {
        ApiFailure(Failure::input(field, message))
    }

    /// The body of the answer.
    pub fn body(&self) -> ErrorBody {
        let message = match &self.0 {
            Failure::SignedOut => "send a valid API token: Authorization: Bearer snct_...".to_owned(),
            Failure::Input { message, .. } => message.clone(),
            other => other.to_string(),
        };
        ErrorBody { field: self.0.field().map(str::to_owned), message }
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let mut response = self.0.mark((self.0.status(), Json(self.body())).into_response());
        if self.0.status() == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

/// A JSON request body. Malformed JSON is an error on `body`; a value of the wrong
/// shape names its path; an unknown or missing property names itself.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiFailure;

    async fn from_request(req: Request, state: &S) -> Result<ApiJson<T>, ApiFailure> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(ApiFailure::input("body", "send JSON with Content-Type: application/json"));
        }
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| ApiFailure::input("body", "could not be read (too large?)"))?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Reads `bytes` as a `T`, naming what is wrong without repeating any value.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiFailure> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        json_error(if path == "." { "" } else { &path }, e.inner())
    })?;
    de.end().map_err(|e| json_error("", &e))?;
    Ok(value)
}

fn json_error(path: &str, e: &serde_json::Error) -> ApiFailure {
    use serde_json::error::Category;
    let at = format!("line {}, column {}", e.line(), e.column());
    match e.classify() {
        Category::Io | Category::Syntax | Category::Eof => {
            ApiFailure::input("body", format!("is not valid JSON ({at})"))
        }
        Category::Data => {
            let full = e.to_string();
            let text = full.rfind(" at line ").map_or(full.as_str(), |i| &full[..i]);
            let named = |rest: &str| rest.split('`').nth(1).map(|name| join(path, name));
            if let Some(rest) = text.strip_prefix("missing field ") {
                return ApiFailure::input(named(rest).unwrap_or_else(|| field_or_body(path)), "is required");
            }
            if let Some(rest) = text.strip_prefix("unknown field ") {
                let expected =
                    rest.split_once(", expected ").map_or(String::new(), |(_, e)| format!(" (expected {e})"));
                return ApiFailure::input(
                    named(rest).unwrap_or_else(|| field_or_body(path)),
                    format!("is not a known property{expected}"),
                );
            }
            // Serde's other messages quote the value ("invalid type: string \"...\"");
            // only what was expected is kept.
            let message = match text.split_once(", expected ") {
                Some((_, expected)) => format!("expected {expected}"),
                None if text.contains('"') || text.contains('`') => "has the wrong form".to_owned(),
                None => text.to_owned(),
            };
            ApiFailure::input(field_or_body(path), message)
        }
    }
}

/// `path.name`, unless the path already ends at `name` (serde_path_to_error includes an
/// unknown property in the path, but not a missing one).
fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else if path == name || path.ends_with(&format!(".{name}")) {
        path.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

fn field_or_body(path: &str) -> String {
    if path.is_empty() {
        "body".to_owned()
    } else {
        path.to_owned()
    }
}

/// Declares an API enum whose JSON values are the domain's stable tags and whose
/// variants map one to one onto the domain type's (so the schema lists the values).
macro_rules! api_enum {
    // `Api => Domain`: the same variants both ways (checked: both matches are exhaustive).
    ($(#[$meta:meta])* $name:ident => $domain:ident { $($(#[$vmeta:meta])* $variant:ident = $tag:literal),+ $(,)? }) => {
        api_enum!(@define $(#[$meta])* $name -> $domain { $($(#[$vmeta])* $variant = $tag),+ });

        impl From<$domain> for $name {
            fn from(d: $domain) -> $name {
                match d {
                    $($domain::$variant => $name::$variant),+
                }
            }
        }
    };
    // `Api -> Domain`: a subset of the domain's variants (what a request may ask for).
    ($(#[$meta:meta])* $name:ident -> $domain:ident { $($(#[$vmeta:meta])* $variant:ident = $tag:literal),+ $(,)? }) => {
        api_enum!(@define $(#[$meta])* $name -> $domain { $($(#[$vmeta])* $variant = $tag),+ });
    };
    (@define $(#[$meta:meta])* $name:ident -> $domain:ident { $($(#[$vmeta:meta])* $variant:ident = $tag:literal),+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize, utoipa::ToSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $tag)] $variant),+
        }

        impl $name {
            /// The domain value.
            pub fn domain(self) -> $domain {
                match self {
                    $($name::$variant => $domain::$variant),+
                }
            }
        }
    };
}
pub(crate) use api_enum;

/// A path segment naming a record: an id that does not parse is simply not found.
pub fn record_id(id: &str) -> Result<RowId, ApiFailure> {
    RowId::parse(id).map_err(|_| ApiFailure(Failure::NotFound))
}

/// The client at `client` (a path segment), after checking that the caller is a therapist
/// and may do `action` to it. A client that is not theirs is refused (and recorded) as
/// not found.
pub async fn writable_client(
    state: &AppState,
    who: &ApiUser,
    client: &str,
    action: Action,
) -> Result<RowId, ApiFailure> {
    who.require(Role::Therapist)?;
    let client = record_id(client)?;
    state.vault().authorize(&who.actor(), &client, action).await?;
    Ok(client)
}

/// The client a record belongs to, after the same checks as [`writable_client`]; a
/// record that does not exist is not found, like one of another therapist's clients.
pub async fn writable_record(
    state: &AppState,
    who: &ApiUser,
    record: fn(RowId) -> RecordRef,
    id: &str,
    action: Action,
) -> Result<(RowId, RowId), ApiFailure> {
    who.require(Role::Therapist)?;
    let id = record_id(id)?;
    let client = state.vault().client_of(record(id.clone())).await.map_err(|e| match e {
        // No such record, or a group's session: nothing this route can touch.
        sanctum_vault::Error::NotFound(_) | sanctum_vault::Error::Input { .. } => ApiFailure(Failure::NotFound),
        e => e.into(),
    })?;
    state.vault().authorize(&who.actor(), &client, action).await?;
    Ok((id, client))
}

/// An id in a request body, refused on `field` when it does not parse.
pub fn body_id(field: &str, id: &str) -> Result<RowId, ApiFailure> {
    RowId::parse(id.trim()).map_err(|_| ApiFailure::input(field, "is not an id (32 hex digits)"))
}

/// An instant sent as RFC 3339 (`2026-03-02T14:00:00+01:00`) or as an ISO date
/// (`2026-03-02`, midnight in the practice's time zone), as Unix seconds.
pub fn instant(clock: &Clock, field: &str, value: &str) -> Result<i64, ApiFailure> {
    let value = value.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(value) {
        if !crate::pages::YEARS.contains(&t.year()) {
            return Err(ApiFailure::input(field, "is not a year between 1900 and 2200"));
        }
        return Ok(t.timestamp());
    }
    if NaiveDate::parse_from_str(value, "%Y-%m-%d").is_err() {
        return Err(ApiFailure::input(field, "is not an RFC 3339 time or a YYYY-MM-DD date"));
    }
    Ok(clock.start_of(date(field, value)?))
}

/// An ISO date (`YYYY-MM-DD`), between the years 1900 and 2200.
pub fn date(field: &str, value: &str) -> Result<NaiveDate, ApiFailure> {
    Ok(crate::pages::parse_date(field, value)?)
}

/// A stored instant as RFC 3339 in the practice's time zone.
pub fn rfc3339(clock: &Clock, at: i64) -> String {
    clock.local(at).to_rfc3339()
}

/// The answer to a request that created something: its id.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    /// The new record's id (32 hex digits).
    pub id: String,
}

impl Created {
    /// `201 Created` with the id.
    pub fn response(id: &RowId) -> Response {
        (StatusCode::CREATED, Json(Created { id: id.to_string() })).into_response()
    }
}

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let scheme = HttpBuilder::new()
            .scheme(HttpAuthScheme::Bearer)
            .bearer_format("snct_ token")
            .description(Some("A personal API token, created on the account page and shown once."))
            .build();
        components.add_security_scheme("bearer", SecurityScheme::Http(scheme));
    }
}

/// The OpenAPI 3 document of the API.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "Sanctum API",
        description = "The operations of Sanctum's pages as JSON. Every call needs \
            `Authorization: Bearer snct_...`. Errors are `{\"field\", \"message\"}`; a client that is \
            not yours answers 404 exactly like one that does not exist. Times are RFC 3339 strings \
            (answers are in the practice's time zone) or, where stated, YYYY-MM-DD dates."
    ),
    paths(
        me::me,
        sessions::schedule,
        sessions::create,
        sessions::set_status,
        clients::list,
        clients::create,
        chart::show,
        notes::create,
        notes::sign,
        notes::amend,
        homework::create,
        homework::update,
        measures::create,
        consents::create,
        check::check,
        incidents::create,
        incidents::discuss,
        incidents::agenda,
        disclosures::create,
        disclosures::cosign,
        disclosures::report,
        groups::list,
        groups::create,
        groups::show,
        groups::add_member,
        groups::schedule,
        groups::session_record,
        groups::record_attendance,
        groups::add_note,
        meetings::list,
        meetings::create,
        meetings::show,
        meetings::minutes,
        meetings::review,
        meetings::present,
        openapi,
    ),
    components(schemas(ErrorBody, Created)),
    modifiers(&BearerAuth),
    security(("bearer" = []))
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`: this document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta", security(()),
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json")))]
pub async fn openapi() -> Response {
    Json(ApiDoc::openapi()).into_response()
}
