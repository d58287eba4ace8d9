//! The server-rendered pages. Each module owns the pages of one thing a therapist
//! works on; templates live in `crates/app/templates` and escape every value
//! (askama's HTML escaping is on for `.html` files). Every page is a plain HTML form
//! that works without JavaScript; htmx only spares a reload where it helps.
//!
//! This module holds what all pages share: the [`Frame`] around a page (who is signed
//! in, the navigation, the CSRF token), rendering, how a [`Failure`] is shown to a
//! browser, and the practice's clock ([`Clock`]) that turns stored UTC times into the
//! practice's local time and back.

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone};
use chrono_tz::Tz;
use sanctum_practice::Role;

use crate::error::Failure;
use crate::session::SignedIn;
use crate::AppState;

pub mod account;
pub mod admin;
pub mod agenda;
pub mod chart;
pub mod check;
pub mod clients;
pub mod consents;
pub mod disclosures;
pub mod groups;
pub mod homework;
pub mod incidents;
pub mod measures;
pub mod meetings;
pub mod notes;
pub mod schedule;
pub mod trend_chart;

/// What surrounds every signed-in page.
#[derive(Clone)]
pub struct Frame {
    /// The signed-in user's name.
    pub username: String,
    /// Their role.
    pub role: Role,
    /// The CSRF token for the page's forms.
    pub csrf: String,
    /// A demonstration practice.
    pub demo: bool,
    /// The navigation entry to mark as current.
    pub section: &'static str,
}

impl std::fmt::Debug for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The CSRF token stays out of any log line that formats a page.
        f.debug_struct("Frame").field("username", &self.username).field("role", &self.role).finish_non_exhaustive()
    }
}

impl Frame {
    /// The frame for `who` on a page of `section`.
    pub fn new(state: &AppState, who: &SignedIn, section: &'static str) -> Frame {
        Frame {
            username: who.user.username.clone(),
            role: who.user.role,
            csrf: who.csrf.clone(),
            demo: state.settings().demo,
            section,
        }
    }

    /// The navigation for this role: `(section, label, href)`.
    pub fn nav(&self) -> &'static [(&'static str, &'static str, &'static str)] {
        match self.role {
            Role::Therapist => &[
                ("today", "Today", "/"),
                ("week", "Week", "/schedule"),
                ("clients", "Clients", "/clients"),
                ("groups", "Groups", "/groups"),
                ("meetings", "Team meetings", "/meetings"),
                ("check", "Check before posting", "/check"),
                ("account", "Account", "/account"),
            ],
            Role::Supervisor => &[
                ("supervision", "Supervision", "/"),
                ("meetings", "Team meetings", "/meetings"),
                ("account", "Account", "/account"),
            ],
            Role::Admin => &[("staff", "Staff", "/"), ("account", "Account", "/account")],
        }
    }

    /// The role as a word.
    pub fn role_name(&self) -> &'static str {
        match self.role {
            Role::Therapist => "therapist",
            Role::Supervisor => "supervisor",
            Role::Admin => "administrator",
        }
    }
}

/// Renders a template into a page.
pub fn render(template: &impl Template) -> Result<Response, Failure> {
    Ok(Html(template.render()?).into_response())
}

/// A "303 See Other" to `to`: the answer to a form that worked.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    status: u16,
    title: &'static str,
    message: String,
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        if let Failure::SignedOut = self {
            return Redirect::to("/sign-in").into_response();
        }
        let title = match self.status() {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::FORBIDDEN => "Not allowed",
            StatusCode::UNPROCESSABLE_ENTITY => "Please check the form",
            StatusCode::CONFLICT => "That cannot be changed",
            StatusCode::TOO_MANY_REQUESTS => "Too many attempts",
            _ => "Something went wrong",
        };
        let page = ErrorPage { status: self.status().as_u16(), title, message: self.to_string() };
        let body = page.render().unwrap_or_else(|_| "Something went wrong.".into());
        self.mark((self.status(), Html(body)).into_response())
    }
}

/// The practice's clock: its time zone, for showing stored UTC times and reading
/// times typed into forms.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// The practice's time zone.
    pub zone: Tz,
}

impl Clock {
    /// The clock of the practice's time zone.
    pub fn of(state: &AppState) -> Clock {
        Clock { zone: state.settings().time_zone }
    }

    /// Now, as Unix seconds.
    pub fn now(&self) -> i64 {
        chrono::Utc::now().timestamp()
    }

    /// A stored time in the practice's zone.
    pub fn local(&self, at: i64) -> DateTime<Tz> {
        self.zone.timestamp_opt(at, 0).single().unwrap_or_else(|| self.zone.timestamp_opt(0, 0).unwrap())
    }

    /// Today's date in the practice's zone.
    pub fn today(&self) -> NaiveDate {
        self.local(self.now()).date_naive()
    }

    /// The first second of `day` in the practice's zone.
    pub fn start_of(&self, day: NaiveDate) -> i64 {
        self.at(day.and_hms_opt(0, 0, 0).unwrap_or_default())
    }

    /// A local date and time as Unix seconds (the earlier instant when the clocks go back;
    /// the instant after the gap when they go forward).
    pub fn at(&self, local: NaiveDateTime) -> i64 {
        match self.zone.from_local_datetime(&local) {
            chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => t.timestamp(),
            chrono::LocalResult::None => self.at(local + chrono::Duration::hours(1)),
        }
    }

    /// "14:05".
    pub fn time(&self, at: i64) -> String {
        self.local(at).format("%H:%M").to_string()
    }

    /// "Mon 23 Nov 2026".
    pub fn date(&self, at: i64) -> String {
        self.local(at).format("%a %-d %b %Y").to_string()
    }

    /// "Mon 23 Nov 2026, 14:05".
    pub fn date_time(&self, at: i64) -> String {
        self.local(at).format("%a %-d %b %Y, %H:%M").to_string()
    }

    /// The Monday of the week holding `day`.
    pub fn monday(day: NaiveDate) -> NaiveDate {
        day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()))
    }
}

/// Parses a `YYYY-MM-DD` form field.
/// Dates a practice deals in: anything outside is a typing slip (and date arithmetic
/// near chrono's limits would overflow).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Parses a `YYYY-MM-DD` field, between the years 1900 and 2200.
pub fn parse_date(field: &str, value: &str) -> Result<NaiveDate, Failure> {
    let day = NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| Failure::input(field, "is not a date (YYYY-MM-DD)"))?;
    if !YEARS.contains(&day.year()) {
        return Err(Failure::input(field, "is not a year between 1900 and 2200"));
    }
    Ok(day)
}

/// Parses a `HH:MM` form field on `day`.
pub fn parse_time(field: &str, day: NaiveDate, value: &str) -> Result<NaiveDateTime, Failure> {
    let time = chrono::NaiveTime::parse_from_str(value.trim(), "%H:%M")
        .map_err(|_| Failure::input(field, "is not a time (HH:MM)"))?;
    Ok(day.and_time(time))
}
