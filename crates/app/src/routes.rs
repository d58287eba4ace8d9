//! Every route of the app, in one table: method, path, handler, and who may use it.
//! The router is built from the table and the authorization test walks the same
//! table, so a route cannot be added without saying who may use it — and the test
//! fails until its matrix covers the new route.
//!
//! [`Access`] documents the rule; the handler enforces it (through the extractors in
//! [`crate::session`] and the vault's `authorize`, which records refusals).

use axum::routing::{get, post};
use axum::Router;

use crate::api;
use crate::pages::{account, admin, chart, clients, consents, homework, measures, notes, schedule};
use crate::{assets, sign_in, AppState};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// A session whose second factor may still be outstanding (or whose issued password
    /// must still be replaced).
    Pending,
    /// Any signed-in staff member; the page shows what their role may see.
    Staff,
    /// Administrators only.
    Admin,
    /// Therapists only (their own caseload).
    Therapist,
    /// The client's therapist, or a supervisor the therapist granted the chart to (read only).
    ClientRead,
    /// The client's therapist only.
    ClientWrite,
    /// Supervisors only (mandated disclosures: co-signing and the audit report).
    Supervisor,
}

/// One route.
#[derive(Debug, Clone, Copy)]
pub struct Route {
    /// `GET` or `POST`.
    pub method: &'static str,
    /// The axum path pattern.
    pub path: &'static str,
    /// Who may use it.
    pub access: Access,
}

macro_rules! routes {
    ($($method:ident $path:literal => $handler:path, $access:ident;)+) => {
        /// The table of every route.
        pub const ROUTES: &[Route] = &[
            $(Route { method: routes!(@upper $method), path: $path, access: Access::$access }),+
        ];

        /// The router built from [`ROUTES`].
        pub fn router() -> Router<AppState> {
            Router::new()$(.route($path, $method($handler)))+
        }
    };
    (@upper get) => { "GET" };
    (@upper post) => { "POST" };
}

routes! {
    get "/assets/{file}" => assets::asset, Public;
    get "/sign-in" => sign_in::form, Public;
    post "/sign-in" => sign_in::submit, Public;
    get "/sign-in/code" => sign_in::code_form, Pending;
    post "/sign-in/code" => sign_in::code_submit, Pending;
    post "/sign-out" => sign_in::sign_out, Pending;
    get "/account/second-factor" => sign_in::enrol_form, Pending;
    post "/account/second-factor" => sign_in::enrol_submit, Pending;
    get "/account/password" => sign_in::password_form, Pending;
    post "/account/password" => sign_in::password_submit, Pending;
    get "/account" => account::show, Staff;
    post "/account/api-tokens" => account::create_token, Staff;
    post "/account/api-tokens/{token}/revoke" => account::revoke_token, Staff;
    get "/" => schedule::home, Staff;
    get "/schedule" => schedule::week, Therapist;
    post "/sessions" => schedule::create, Therapist;
    post "/sessions/{session}/status" => schedule::set_status, Therapist;
    post "/sessions/{session}/move" => schedule::move_session, Therapist;
    get "/clients" => clients::list, Therapist;
    get "/clients/new" => clients::new_form, Therapist;
    post "/clients" => clients::create, Therapist;
    get "/clients/{client}" => chart::show, ClientRead;
    get "/clients/{client}/notes/new" => notes::new_form, ClientWrite;
    post "/clients/{client}/notes" => notes::create, ClientWrite;
    get "/notes/{note}/edit" => notes::edit_form, ClientWrite;
    post "/notes/{note}" => notes::update, ClientWrite;
    post "/notes/{note}/amend" => notes::amend, ClientWrite;
    post "/clients/{client}/homework" => homework::assign, ClientWrite;
    post "/homework/{homework}" => homework::review, ClientWrite;
    get "/clients/{client}/measures/new" => measures::new_form, ClientWrite;
    post "/clients/{client}/measures" => measures::record, ClientWrite;
    post "/clients/{client}/consents" => consents::record, ClientWrite;
    post "/consents/{consent}/revoke" => consents::revoke, ClientWrite;
    get "/check" => crate::pages::check::form, Therapist;
    post "/check" => crate::pages::check::submit, Therapist;
    post "/api/v1/check" => api::check::check, Therapist;
    get "/admin/staff" => admin::staff, Admin;
    post "/admin/staff" => admin::add, Admin;
    get "/api/v1/openapi.json" => api::openapi, Public;
    get "/api/v1/me" => api::me::me, Staff;
    get "/api/v1/schedule" => api::sessions::schedule, Therapist;
    post "/api/v1/sessions" => api::sessions::create, Therapist;
    post "/api/v1/sessions/{session}/status" => api::sessions::set_status, Therapist;
    get "/api/v1/clients" => api::clients::list, Therapist;
    post "/api/v1/clients" => api::clients::create, Therapist;
    get "/api/v1/clients/{client}" => api::chart::show, ClientRead;
    post "/api/v1/clients/{client}/notes" => api::notes::create, ClientWrite;
    post "/api/v1/notes/{note}/sign" => api::notes::sign, ClientWrite;
    post "/api/v1/notes/{note}/amendments" => api::notes::amend, ClientWrite;
    post "/api/v1/clients/{client}/homework" => api::homework::create, ClientWrite;
    post "/api/v1/homework/{homework}" => api::homework::update, ClientWrite;
    post "/api/v1/clients/{client}/measures" => api::measures::create, ClientWrite;
    post "/api/v1/clients/{client}/consents" => api::consents::create, ClientWrite;
    get "/groups" => crate::pages::groups::list, Therapist;
    post "/groups" => crate::pages::groups::create, Therapist;
    get "/groups/{group}" => crate::pages::groups::show, Therapist;
    post "/groups/{group}/members" => crate::pages::groups::add_member, Therapist;
    post "/groups/{group}/sessions" => crate::pages::groups::schedule, Therapist;
    get "/group-sessions/{group_session}" => crate::pages::groups::session_page, Therapist;
    post "/group-sessions/{group_session}/attendance" => crate::pages::groups::record_attendance, Therapist;
    post "/group-sessions/{group_session}/notes" => crate::pages::groups::add_note, Therapist;
    get "/meetings" => crate::pages::meetings::list, Staff;
    post "/meetings" => crate::pages::meetings::create, Staff;
    get "/meetings/{meeting}" => crate::pages::meetings::show, Staff;
    post "/meetings/{meeting}" => crate::pages::meetings::update, Staff;
    get "/clients/{client}/case-presentation" => crate::pages::meetings::draft_form, ClientWrite;
    post "/clients/{client}/case-presentation/review" => crate::pages::meetings::review, ClientWrite;
    post "/clients/{client}/case-presentation" => crate::pages::meetings::add, ClientWrite;
    get "/incidents/new" => crate::pages::incidents::new_form, Therapist;
    post "/incidents" => crate::pages::incidents::create, Therapist;
    get "/incidents/{incident}" => crate::pages::incidents::show, ClientRead;
    post "/incidents/{incident}/discussions" => crate::pages::incidents::discuss_submit, ClientWrite;
    get "/sessions/{session}/agenda" => crate::pages::agenda::show, Therapist;
    get "/clients/{client}/disclosures/new" => crate::pages::disclosures::new_form, ClientWrite;
    post "/clients/{client}/disclosures" => crate::pages::disclosures::draft, ClientWrite;
    get "/incidents/{incident}/disclosure" => crate::pages::disclosures::convert_form, ClientWrite;
    post "/incidents/{incident}/disclosure" => crate::pages::disclosures::convert, ClientWrite;
    post "/disclosures/{disclosure}/cosign" => crate::pages::disclosures::cosign, Supervisor;
    get "/disclosures" => crate::pages::disclosures::report, Supervisor;
    post "/api/v1/incidents" => api::incidents::create, Therapist;
    post "/api/v1/incidents/{incident}/discussions" => api::incidents::discuss, ClientWrite;
    get "/api/v1/sessions/{session}/agenda" => api::incidents::agenda, Therapist;
    post "/api/v1/clients/{client}/disclosures" => api::disclosures::create, ClientWrite;
    post "/api/v1/disclosures/{disclosure}/cosign" => api::disclosures::cosign, Supervisor;
    get "/api/v1/disclosures" => api::disclosures::report, Supervisor;
    get "/api/v1/groups" => api::groups::list, Therapist;
    post "/api/v1/groups" => api::groups::create, Therapist;
    get "/api/v1/groups/{group}" => api::groups::show, Therapist;
    post "/api/v1/groups/{group}/members" => api::groups::add_member, Therapist;
    post "/api/v1/groups/{group}/sessions" => api::groups::schedule, Therapist;
    get "/api/v1/group-sessions/{group_session}" => api::groups::session_record, Therapist;
    post "/api/v1/group-sessions/{group_session}/attendance" => api::groups::record_attendance, Therapist;
    post "/api/v1/group-sessions/{group_session}/notes" => api::groups::add_note, Therapist;
    get "/api/v1/meetings" => api::meetings::list, Staff;
    post "/api/v1/meetings" => api::meetings::create, Staff;
    get "/api/v1/meetings/{meeting}" => api::meetings::show, Staff;
    post "/api/v1/meetings/{meeting}/minutes" => api::meetings::minutes, Staff;
    post "/api/v1/meetings/{meeting}/presentations/review" => api::meetings::review, ClientWrite;
    post "/api/v1/meetings/{meeting}/presentations" => api::meetings::present, ClientWrite;
}
