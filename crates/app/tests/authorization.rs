//! The authorization matrix (issue 6): every route of [`sanctum_app::routes::ROUTES`],
//! called for real by every role against the records of therapist A, with a valid CSRF
//! token (or API token) and a plausible body.
//!
//! [`MATRIX`] has one line per route; the test fails, naming the route, when `ROUTES` has
//! a route the matrix lacks or the matrix names one `ROUTES` does not have. A new route
//! is covered by adding its line: its path and body may use the `{placeholders}` of
//! [`Fixtures`] and [`values`]; `{note=signed_note}` fills the route's `{note}` with
//! another fixture.
//!
//! Each route gets fresh fixtures (a client of A with a session, notes, homework, a
//! consent, ... and a grant to one supervisor), and its cells run with the owner last,
//! so a route that changes or removes a record cannot spoil another cell or route.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use sanctum_app::routes::ROUTES;
use sanctum_practice::{
    AgendaItem, Consent, ConsentKind, Group, Homework, HomeworkStatus, Incident, IncidentSource, Instrument,
    Involvement, Location, MeasureResponse, Note, NoteTemplate, Role, Session, SessionKind, SessionStatus,
};
use sanctum_vault::{Actor, RowId, SessionWith};
use secrecy::ExposeSecret;
use support::{Body, Browser, Page, Staff, TestApp};

/// What a role gets from a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Served: not 401, 403, 404 or a server error, and not sent to sign in (unless the
    /// route ended the session on purpose: signing out).
    Allow,
    /// Not signed in: a page redirects to `/sign-in`, the API answers 401.
    SignIn,
    /// Signed in, but the wrong role: 403.
    Forbid,
    /// Not the caller's client or record: 404 with the same body as for an unknown id,
    /// and, when the record is a client's, a `denied` audit entry for the caller and
    /// the client.
    Hide,
}
use Expect::{Allow, Forbid, Hide, SignIn};

/// The callers, in the order of a line's cells.
const CALLERS: [&str; 6] = ["anonymous", "admin", "owner", "other therapist", "supervisor", "supervisor with grant"];

/// The order cells run in: everyone else before the owner (who may change the record).
const RUN_ORDER: [usize; 6] = [0, 1, 3, 4, 5, 2];

/// A request body; `{name}` is replaced by the fixture or value of that name.
#[derive(Debug, Clone, Copy)]
enum Template {
    /// No body.
    Empty,
    /// A form; the session's CSRF token is added unless it has a `csrf` field.
    Form(&'static [(&'static str, &'static str)]),
    /// JSON (API routes).
    Json(&'static str),
}
use Template::{Empty, Form, Json};

/// One route: method, path, body, and the outcome for each of [`CALLERS`].
type Line = (&'static str, &'static str, Template, [Expect; 6]);

#[rustfmt::skip]
const MATRIX: &[Line] = &[
    //                                                                                    anonymous admin  owner  other  superv. granted
    ("GET",  "/assets/{file}",                 Empty,                                       [Allow,  Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/sign-in",                       Empty,                                       [Allow,  Allow,  Allow, Allow, Allow,  Allow]),
    ("POST", "/sign-in",                       Form(&[("csrf", "{pre}"), ("username", "{owner_name}"), ("password", "{owner_password}")]),
                                                                                            [Allow,  Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/sign-in/code",                  Empty,                                       [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("POST", "/sign-in/code",                  Form(&[("code", "{next_code}")]),            [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("POST", "/sign-out",                      Form(&[]),                                   [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/account/second-factor",         Empty,                                       [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("POST", "/account/second-factor",         Form(&[("secret", "{totp_secret}"), ("code", "{code}")]),
                                                                                            [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/account/password",              Empty,                                       [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    // Refused (422, the current password is wrong), so every caller keeps theirs; tests/password.rs changes them.
    ("POST", "/account/password",              Form(&[("current_password", "not anyone's password"), ("new_password", "a brand new passphrase"), ("repeat_password", "a brand new passphrase")]),
                                                                                            [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/account",                       Empty,                                       [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/",                              Empty,                                       [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/schedule",                      Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/sessions",                      Form(&[("client", "{client}"), ("date", "{tomorrow}"), ("time", "15:00")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/sessions/{session}/status",     Form(&[("status", "held")]),                 [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/sessions/{session}/move",       Form(&[("date", "{tomorrow}"), ("time", "16:00")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/clients",                       Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/clients/new",                   Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/clients",                       Form(&[("given_name", "Zora"), ("family_name", "Fixture")]),
                                                                                            [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/clients/{client}",              Empty,                                       [SignIn, Hide,   Allow, Hide,  Hide,   Allow]),
    ("GET",  "/admin/staff",                   Empty,                                       [SignIn, Allow,  Forbid, Forbid, Forbid, Forbid]),
    ("POST", "/admin/staff",                   Form(&[("username", "{fresh_name}"), ("role", "therapist")]),
                                                                                            [SignIn, Allow,  Forbid, Forbid, Forbid, Forbid]),
    ("POST", "/account/api-tokens",            Form(&[("label", "laptop")]),                [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("POST", "/account/api-tokens/{token}/revoke", Form(&[]),                               [SignIn, Hide,   Allow, Hide,  Hide,   Hide]),
    ("GET",  "/clients/{client}/notes/new",    Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/notes",        Form(&[("template", "dap"), ("sections.data", "D."), ("sections.assessment", "A."), ("sections.plan", "P."), ("intent", "draft")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/notes/{note}/edit",             Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/notes/{note}",                  Form(&[("sections.subjective", "S."), ("sections.objective", "O."), ("sections.assessment", "A."), ("sections.plan", "P."), ("intent", "sign")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/notes/{note=signed_note}/amend", Form(&[("reason", "A typo."), ("text", "Corrected.")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/homework",     Form(&[("task", "Walk daily."), ("due", "{tomorrow}"), ("session", "{session}")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/homework/{homework}",           Form(&[("status", "done"), ("response", "Walked.")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/clients/{client}/measures/new", Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/measures",     Form(&[("instrument", "gad-7"), ("taken", "{today}"), ("answers[0]", "1"), ("answers[1]", "2"), ("answers[2]", "0"), ("answers[3]", "1"), ("answers[4]", "3"), ("answers[5]", "0"), ("answers[6]", "1")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/consents",     Form(&[("kind", "telehealth"), ("version", "2026-01"), ("signed", "{today}")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/consents/{consent}/revoke",     Form(&[]),                                   [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/check",                         Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/check",                         Form(&[("text", "Tough session with Ada Fixture today.")]),
                                                                                            [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/api/v1/openapi.json",           Empty,                                       [Allow,  Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/api/v1/me",                     Empty,                                       [SignIn, Allow,  Allow, Allow, Allow,  Allow]),
    ("GET",  "/api/v1/schedule",               Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/api/v1/sessions",               Json(r#"{"client": "{client}", "starts_at": "{tomorrow}T15:00:00Z"}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/sessions/{session}/status", Json(r#"{"status": "held"}"#),             [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/api/v1/clients",                Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/api/v1/clients",                Json(r#"{"given_name": "Zora", "family_name": "Fixture"}"#),
                                                                                            [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/api/v1/clients/{client}",       Empty,                                       [SignIn, Hide,   Allow, Hide,  Hide,   Allow]),
    ("POST", "/api/v1/clients/{client}/notes", Json(r#"{"template": "dap", "sections": {"data": "D.", "assessment": "A.", "plan": "P."}}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/notes/{note}/sign",      Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/notes/{note=signed_note}/amendments", Json(r#"{"reason": "A typo.", "text": "Corrected."}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/clients/{client}/homework", Json(r#"{"task": "Walk daily.", "due": "{tomorrow}"}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/homework/{homework}",    Json(r#"{"status": "done"}"#),               [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/clients/{client}/measures", Json(r#"{"instrument": "phq-9", "answers": [1, 1, 1, 1, 1, 1, 1, 1, 1]}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/clients/{client}/consents", Json(r#"{"kind": "telehealth", "version": "2026-01"}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/check",                  Json(r#"{"text": "Tough session with Ada Fixture today."}"#),
                                                                                            [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/groups",                        Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/groups",                        Form(&[("name", "Thursday group")]),         [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/groups/{group}",                Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/groups/{group}/members",        Form(&[("client", "{client}")]),             [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/groups/{group}/sessions",       Form(&[("date", "{tomorrow}"), ("time", "18:00")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/group-sessions/{group_session}", Empty,                                      [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/group-sessions/{group_session}/attendance", Form(&[]),                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/group-sessions/{group_session}/notes", Form(&[("sections.data", "The group met.")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/meetings",                      Empty,                                       [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("POST", "/meetings",                      Form(&[("date", "{tomorrow}"), ("time", "12:30")]),
                                                                                            [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("GET",  "/meetings/{meeting}",            Empty,                                       [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("POST", "/meetings/{meeting}",            Form(&[("minutes", "Met."), ("follow_ups", "None.")]),
                                                                                            [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("GET",  "/clients/{client}/case-presentation", Empty,                                  [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/case-presentation/review", Form(&[("meeting", "{meeting}"), ("draft", "A client finds evenings hard.")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/case-presentation", Form(&[("meeting", "{meeting}"), ("stage", "review"), ("draft", "A client finds evenings hard.")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/incidents/new",                 Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/incidents",                     Form(&[("client", "{client}"), ("involvement", "concerned"), ("description", "Fixture concern."), ("source", "observed"), ("date", "{today}"), ("time", "00:00")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/incidents/{incident}",          Empty,                                       [SignIn, Hide,   Allow, Hide,  Hide,   Allow]),
    ("POST", "/incidents/{incident}/discussions", Form(&[("session", "{session}"), ("client_account", "Talked."), ("agreed_steps", "Revisit."), ("outcome", "close")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/sessions/{session}/agenda",     Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/clients/{client}/disclosures/new", Empty,                                    [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/clients/{client}/disclosures",  Form(&[("basis", "court-order"), ("justification", "Ordered."), ("recipient", "The court."), ("information", "Dates."), ("informed", "not"), ("not_informed_reason", "Sealed order.")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/incidents/{incident}/disclosure", Empty,                                     [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/incidents/{incident}/disclosure", Form(&[("confirm", "yes"), ("conversion_reason", "Danger."), ("basis", "danger-to-others"), ("justification", "Threat."), ("recipient", "Police."), ("information", "The threat."), ("informed", "after"), ("informed_on", "{today}")]),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/disclosures/{disclosure}/cosign", Form(&[]),                                 [SignIn, Forbid, Forbid, Forbid, Allow, Allow]),
    ("GET",  "/disclosures",                   Empty,                                       [SignIn, Forbid, Forbid, Forbid, Allow, Allow]),
    ("POST", "/api/v1/incidents",              Json(r#"{"occurred_at": "{today}", "source": "observed", "concerned": [{"client": "{client}", "involvement": "concerned", "description": "Fixture concern."}]}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/incidents/{incident}/discussions", Json(r#"{"session": "{session}", "client_account": "Talked.", "agreed_steps": "Revisit.", "outcome": "close"}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/api/v1/sessions/{session}/agenda", Empty,                                    [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/clients/{client}/disclosures", Json(r#"{"basis": "court-order", "justification": "Ordered.", "recipient": "The court.", "information": "Dates.", "informed": "not", "not_informed_reason": "Sealed order."}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/disclosures/{disclosure}/cosign", Empty,                              [SignIn, Forbid, Forbid, Forbid, Allow, Allow]),
    ("GET",  "/api/v1/disclosures",            Empty,                                       [SignIn, Forbid, Forbid, Forbid, Allow, Allow]),
    ("GET",  "/api/v1/groups",                 Empty,                                       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("POST", "/api/v1/groups",                 Json(r#"{"name": "Thursday group"}"#),       [SignIn, Forbid, Allow, Allow, Forbid, Forbid]),
    ("GET",  "/api/v1/groups/{group}",         Empty,                                       [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/groups/{group}/members", Json(r#"{"client": "{client}"}"#),           [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/groups/{group}/sessions", Json(r#"{"starts_at": "{tomorrow}T18:00:00Z"}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/api/v1/group-sessions/{group_session}", Empty,                               [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    // No mark (422 for the owner), as on the page: a client in the body would make the line client-scoped.
    ("POST", "/api/v1/group-sessions/{group_session}/attendance", Json(r#"{"attendance": {}}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/group-sessions/{group_session}/notes", Json(r#"{"sections": {"data": "The group met."}}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("GET",  "/api/v1/meetings",               Empty,                                       [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("POST", "/api/v1/meetings",               Json(r#"{"held_at": "{tomorrow}T12:30:00Z"}"#),
                                                                                            [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("GET",  "/api/v1/meetings/{meeting}",     Empty,                                       [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("POST", "/api/v1/meetings/{meeting}/minutes", Json(r#"{"minutes": "Met.", "follow_ups": "None."}"#),
                                                                                            [SignIn, Forbid, Allow, Allow, Allow,  Allow]),
    ("POST", "/api/v1/meetings/{meeting}/presentations/review", Json(r#"{"client": "{client}", "draft": "A client finds evenings hard."}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
    ("POST", "/api/v1/meetings/{meeting}/presentations", Json(r#"{"client": "{client}", "draft": "A client finds evenings hard.", "replacements": []}"#),
                                                                                            [SignIn, Forbid, Allow, Hide,  Forbid, Forbid]),
];

/// The staff of the matrix: one per signed-in caller.
struct Cast {
    admin: Staff,
    owner: Staff,
    other: Staff,
    supervisor: Staff,
    granted: Staff,
}

impl Cast {
    fn caller(&self, i: usize) -> Option<&Staff> {
        [None, Some(&self.admin), Some(&self.owner), Some(&self.other), Some(&self.supervisor), Some(&self.granted)][i]
    }
}

/// The fixtures that belong to no client: a route using only these is not client-scoped.
/// Fixtures whose refusal is recorded against the record, not a client: an API token
/// belongs to no client, and a group's refusal names the group (the vault refuses before
/// it reads who the members are).
const NOT_OF_THE_CLIENT: [&str; 3] = ["token", "group", "group_session"];

/// Therapist A's records for one route: `{client}`, `{session}`, `{note}`,
/// `{signed_note}`, `{homework}`, `{consent}`, `{measure}`, `{incident}`,
/// `{agenda_item}`, `{group}`, `{group_session}`, `{grant}` — all of one client, whose
/// chart is granted to the supervisor with a grant — and A's API token `{token}`, which
/// belongs to no client ([`NOT_OF_THE_CLIENT`]).
struct Fixtures {
    client: RowId,
    ids: BTreeMap<&'static str, String>,
}

impl Fixtures {
    async fn new(app: &TestApp, cast: &Cast) -> Fixtures {
        let (vault, op) = (app.vault(), &Actor::Operator);
        let owner = &cast.owner.id;
        let client = app.client(&cast.owner, "Ada", "Fixture").await;
        let tomorrow = support::unix_now() as i64 + 86_400;
        let session = |kind| Session {
            kind,
            starts_at: tomorrow,
            duration_minutes: 50,
            location: Location::InPerson("Room 1".into()),
            status: SessionStatus::Scheduled,
        };
        let with_client = SessionWith::Client(client.clone());
        let session_id = vault.schedule_session(op, &with_client, owner, &session(SessionKind::Individual)).await;
        let session_id = session_id.expect("session");
        let mut note = Note::draft(NoteTemplate::Soap);
        note.sections.0.iter_mut().for_each(|s| *s = "Fixture text.".into());
        let note_id = vault.add_note(op, &client, Some(&session_id), owner, &note).await.expect("note");
        let signed = vault.add_signed_note(op, &client, None, owner, &note).await.expect("signed note");
        let homework = Homework {
            task: "Fixture task".into(),
            due: "2099-01-01".into(),
            status: HomeworkStatus::Assigned,
            response: String::new(),
        };
        let homework = vault.add_homework(op, &client, Some(&session_id), &homework).await.expect("homework");
        let consent = Consent {
            kind: ConsentKind::Treatment,
            version: "2024-03".into(),
            signed_at: tomorrow - 86_400,
            revoked_at: None,
        };
        let consent = vault.add_consent(op, &client, &consent).await.expect("consent");
        let measure = MeasureResponse::new(Instrument::Gad7, tomorrow - 86_400, vec![1; 7]).expect("measure");
        let measure = vault.add_measure(op, &client, &measure).await.expect("measure");
        let incident =
            Incident::new(tomorrow - 86_400, "Fixture incident.", IncidentSource::Observed, Involvement::Concerned);
        let incident = vault.add_incident(op, &client, owner, &incident).await.expect("incident");
        let item = AgendaItem { text: "Fixture item.".into(), done: false };
        let agenda_item = vault.add_agenda_item(op, &client, Some(&session_id), &item).await.expect("agenda item");
        let group = vault.create_group(op, owner, &Group { name: "Fixture group".into() }).await.expect("group");
        let agreement = Consent {
            kind: ConsentKind::GroupConfidentiality,
            version: sanctum_practice::GROUP_AGREEMENT_VERSION.into(),
            signed_at: tomorrow - 86_400,
            revoked_at: None,
        };
        vault.add_consent(op, &client, &agreement).await.expect("group agreement");
        vault.add_group_member(op, &group, &client).await.expect("group member");
        let with_group = SessionWith::Group(group.clone());
        let group_session = vault.schedule_session(op, &with_group, owner, &session(SessionKind::Group)).await;
        let (token, _) = vault.create_api_token(op, owner, "fixture").await.expect("API token");
        let grant = vault.grant_chart(&Actor::User(owner.clone()), &client, &cast.granted.id).await.expect("grant");
        let attendees =
            [owner, &cast.other.id, &cast.supervisor.id, &cast.granted.id].map(|id| id.to_string()).to_vec();
        let meeting = sanctum_practice::TeamMeeting {
            held_at: tomorrow,
            attendees,
            presentations: Vec::new(),
            minutes: String::new(),
        };
        let meeting = vault.add_team_meeting(op, &meeting).await.expect("team meeting");
        let mut disclosure = sanctum_practice::Disclosure::default();
        (disclosure.justification, disclosure.recipient, disclosure.information) =
            ("Fixture order.".into(), "Fixture court.".into(), "Fixture dates.".into());
        (disclosure.informed, disclosure.not_informed_reason) =
            (sanctum_practice::ClientInformed::Not, "Fixture reason.".into());
        let disclosure =
            vault.draft_disclosure(&Actor::User(owner.clone()), &client, &disclosure).await.expect("disclosure");
        let ids = [
            ("client", &client),
            ("session", &session_id),
            ("note", &note_id),
            ("signed_note", &signed),
            ("homework", &homework),
            ("consent", &consent),
            ("measure", &measure),
            ("incident", &incident),
            ("agenda_item", &agenda_item),
            ("group", &group),
            ("group_session", &group_session.expect("group session")),
            ("grant", &grant),
            ("token", &token),
            ("meeting", &meeting),
            ("disclosure", &disclosure),
        ]
        .into_iter()
        .map(|(name, id)| (name, id.to_string()))
        .collect();
        Fixtures { client, ids }
    }

    /// The same names for ids that exist nowhere.
    fn unknown(&self) -> BTreeMap<&'static str, String> {
        self.ids.keys().map(|name| (*name, RowId::generate().to_string())).collect()
    }
}

/// Everything a `{placeholder}` can name for one call by `caller` (the owner's values
/// for an anonymous caller), with the fixtures' ids from `ids`.
fn values(cast: &Cast, caller: Option<&Staff>, ids: &BTreeMap<&'static str, String>) -> BTreeMap<String, String> {
    let me = caller.unwrap_or(&cast.owner);
    let now = support::unix_now();
    let day = |offset: i64| {
        chrono::DateTime::from_timestamp(now as i64 + offset, 0).expect("date").format("%Y-%m-%d").to_string()
    };
    let mut v: BTreeMap<String, String> = ids.iter().map(|(k, id)| ((*k).to_owned(), id.clone())).collect();
    v.insert("file".into(), "sanctum.css".into());
    v.insert("today".into(), day(0));
    v.insert("tomorrow".into(), day(86_400));
    v.insert("fresh_name".into(), format!("new{}", &RowId::generate().to_string()[..8].to_lowercase()));
    v.insert("owner_name".into(), cast.owner.username.clone());
    v.insert("owner_password".into(), cast.owner.password.expose_secret().to_owned());
    v.insert("totp_secret".into(), sanctum_app::totp::base32(&me.totp));
    v.insert("code".into(), sanctum_app::totp::code_at(&me.totp, now));
    // A step later than the one any sign-in of this test used (codes are accepted one
    // step either side, and each step once).
    v.insert("next_code".into(), sanctum_app::totp::code_at(&me.totp, now + 30));
    v
}

/// `text` with every `{name}` (lower case and `_`) replaced; other braces (JSON's) stay.
/// In a path, `{param=name}` fills the route's `param` with `name`. An unknown name is
/// an error naming it.
fn fill(text: &str, values: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let name_len = after.find(|c: char| !(c.is_ascii_lowercase() || c == '_' || c == '=')).unwrap_or(after.len());
        if name_len > 0 && after[name_len..].starts_with('}') {
            let name = after[..name_len].rsplit('=').next().unwrap_or_default();
            out.push_str(values.get(name).ok_or_else(|| format!("no fixture or value named {{{name}}}"))?);
            rest = &after[name_len + 1..];
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    Ok(out)
}

/// The route a matrix path stands for: `{param=name}` is the route's `{param}`.
fn route_path(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '=' => skipping = true,
            '}' => {
                skipping = false;
                out.push(c);
            }
            c if !skipping => out.push(c),
            _ => {}
        }
    }
    out
}

/// The `{names}` a line's path and body use (after any `param=`).
fn names_used(line: &Line) -> Vec<String> {
    let (_, path, template, _) = *line;
    let mut texts = vec![path.to_owned()];
    match template {
        Empty => {}
        Form(fields) => texts.extend(fields.iter().map(|(_, v)| (*v).to_owned())),
        Json(text) => texts.push(text.to_owned()),
    }
    let mut names = Vec::new();
    for text in texts {
        for piece in text.split('{').skip(1) {
            if let Some((name, _)) = piece.split_once('}') {
                names.push(name.rsplit('=').next().unwrap_or_default().to_owned());
            }
        }
    }
    names
}

/// Whether a line touches the fixture client's records (so a refusal must be audited).
fn client_scoped(line: &Line, fixtures: &Fixtures) -> bool {
    names_used(line).iter().any(|n| fixtures.ids.contains_key(n.as_str()) && !NOT_OF_THE_CLIENT.contains(&n.as_str()))
}

fn is_api(path: &str) -> bool {
    path.starts_with("/api/")
}

/// Calls a route as `caller` with `ids` for the fixtures.
async fn call(
    app: &TestApp,
    cast: &Cast,
    line: &Line,
    caller: Option<&Staff>,
    ids: &BTreeMap<&'static str, String>,
) -> Result<(Page, Browser), String> {
    let (method, path, template, _) = *line;
    let mut browser = match caller {
        Some(who) => app.session_for(who).await,
        None => app.browser(),
    };
    let bearer = match caller {
        Some(who) if is_api(path) => Some(app.api_token(who).await),
        _ => None,
    };
    let mut values = values(cast, caller, ids);
    let body = match template {
        Empty => Body::Empty,
        Json(text) => Body::Json(serde_json::from_str(&fill(text, &values)?).map_err(|e| format!("JSON body: {e}"))?),
        Form(fields) => {
            if fields.iter().any(|(_, v)| v.contains("{pre}")) {
                // A form shown before sign-in: its token is the double-submit cookie.
                browser.get("/sign-in").await;
                values.insert("pre".into(), browser.cookies.get("sanctum-pre").cloned().unwrap_or_default());
            }
            let mut form = fields
                .iter()
                .map(|(k, v)| Ok(((*k).to_owned(), fill(v, &values)?)))
                .collect::<Result<Vec<_>, String>>()?;
            if !fields.iter().any(|(k, _)| *k == "csrf") {
                form.push(("csrf".into(), browser.csrf()));
            }
            Body::Form(form)
        }
    };
    let page = browser.send(method, &fill(path, &values)?, body, bearer.as_deref()).await;
    Ok((page, browser))
}

/// Whether the response ended the browser's session on purpose (removed its cookie).
fn ended_session(page: &Page) -> bool {
    page.headers
        .get_all(reqwest::header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|c| c.starts_with("sanctum=") && c.contains("Max-Age=0"))
}

/// Checks one cell; `Err` says what is wrong.
async fn check_cell(app: &TestApp, cast: &Cast, line: &Line, i: usize, fixtures: &Fixtures) -> Result<(), String> {
    let (_, path, _, expect) = *line;
    let caller = cast.caller(i);
    let audit_before = app.audit().await.len();
    let (page, _) = call(app, cast, line, caller, &fixtures.ids).await?;
    let status = page.status;
    let to_sign_in = status == 303 && page.location() == Some("/sign-in");
    let seen = || format!("got {status} {:?}", page.location());
    match expect[i] {
        Allow => {
            if matches!(status, 401 | 403 | 404) || status >= 500 {
                return Err(format!("allowed, but {}: {}", seen(), excerpt(&page.body)));
            }
            if to_sign_in && !ended_session(&page) {
                return Err(format!("allowed, but sent to sign in ({})", seen()));
            }
        }
        SignIn if is_api(path) => {
            if status != 401 {
                return Err(format!("expected 401, {}", seen()));
            }
        }
        SignIn => {
            if !to_sign_in {
                return Err(format!("expected a redirect to /sign-in, {}", seen()));
            }
        }
        Forbid => {
            if status != 403 {
                return Err(format!("expected 403, {}", seen()));
            }
            let who = format!("user:{}", caller.expect("a signed-in caller").id);
            let denied = app.audit().await[audit_before..]
                .iter()
                .any(|(actor, _, _, outcome)| *actor == who && outcome == "denied");
            if !denied {
                return Err("403, but no `denied` audit entry for the caller".into());
            }
        }
        Hide => {
            if status != 404 {
                return Err(format!("expected 404, {}", seen()));
            }
            let who = format!("user:{}", caller.expect("a signed-in caller").id);
            let client = fixtures.client.to_string();
            let denied = app.audit().await[audit_before..]
                .iter()
                .any(|(actor, _, c, outcome)| *actor == who && c.as_deref() == Some(&client) && outcome == "denied");
            if client_scoped(line, fixtures) && !denied {
                return Err("404, but no `denied` audit entry for the caller and the client".into());
            }
            let (unknown, _) = call(app, cast, line, caller, &fixtures.unknown()).await?;
            if (unknown.status, &unknown.body) != (page.status, &page.body) {
                return Err(format!(
                    "the answer differs from an unknown id's ({} {})",
                    unknown.status,
                    excerpt(&unknown.body)
                ));
            }
        }
    }
    Ok(())
}

fn excerpt(body: &str) -> String {
    let text: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    text.chars().take(300).collect()
}

#[test]
fn the_matrix_has_one_line_per_route() {
    let routes: BTreeSet<(&str, String)> = ROUTES.iter().map(|r| (r.method, r.path.to_owned())).collect();
    let lines: BTreeSet<(&str, String)> = MATRIX.iter().map(|(m, p, _, _)| (*m, route_path(p))).collect();
    assert_eq!(lines.len(), MATRIX.len(), "the matrix names a route twice");
    let missing: Vec<_> = routes.difference(&lines).collect();
    let extra: Vec<_> = lines.difference(&routes).collect();
    assert!(missing.is_empty(), "routes without a line in the authorization matrix: {missing:?}");
    assert!(extra.is_empty(), "matrix lines for routes that do not exist: {extra:?}");
}

async fn every_cell(app: TestApp) {
    let cast = Cast {
        admin: app.staff("amira", Role::Admin).await,
        owner: app.staff("dana", Role::Therapist).await,
        other: app.staff("theo", Role::Therapist).await,
        supervisor: app.staff("sol", Role::Supervisor).await,
        granted: app.staff("greta", Role::Supervisor).await,
    };
    let mut failures = Vec::new();
    for line in MATRIX.iter().filter(|(m, p, _, _)| ROUTES.iter().any(|r| r.method == *m && r.path == route_path(p))) {
        let fixtures = Fixtures::new(&app, &cast).await;
        for i in RUN_ORDER {
            if let Err(e) = check_cell(&app, &cast, line, i, &fixtures).await {
                failures.push(format!("{} {} as {}: {e}", line.0, line.1, CALLERS[i]));
            }
        }
    }
    assert!(failures.is_empty(), "{} cells failed:\n{}", failures.len(), failures.join("\n"));
}

/// The matrix's settings: sign-in unthrottled (every caller comes from 127.0.0.1).
fn settings() -> sanctum_app::Settings {
    sanctum_app::Settings { sign_in_per_minute: 100_000, ..support::settings() }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_gets_what_the_matrix_says_sqlite() {
    every_cell(support::spawn_app_with(support::Backend::Sqlite, settings()).await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_role_gets_what_the_matrix_says_postgres() {
    match support::Backend::postgres().await {
        Some(b) => every_cell(support::spawn_app_with(b, settings()).await).await,
        None => eprintln!("SANCTUM_TEST_PG is not set: PostgreSQL case skipped"),
    }
}
