//! The JSON API (issue 6), on each backend: bearer tokens (created from the vault and
//! from the account page, revoked), every endpoint's happy path, errors that name the
//! field, another therapist's client hidden exactly like a missing one (and the refusal
//! on the audit trail), supervisors and administrators, the OpenAPI document against
//! the route table, and tokens never reaching the server's log.

#[path = "support/api_client.rs"]
mod api_client;
mod support;

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use reqwest::header::COOKIE;
use sanctum_app::routes::ROUTES;
use sanctum_practice::Role;
use sanctum_vault::{Actor, RowId};
use serde_json::{json, Value};

use api_client::Api;

/// A therapist with a client and a token.
async fn therapist(app: &support::TestApp, name: &str) -> (support::Staff, RowId, Api) {
    let staff = app.staff(name, Role::Therapist).await;
    let client = app.client(&staff, "Ann", "Example").await;
    let (_, token) =
        app.vault().create_api_token(&Actor::User(staff.id.clone()), &staff.id, "tests").await.expect("token");
    let api = Api::new(app, Some(secrecy::ExposeSecret::expose_secret(&token)));
    (staff, client, api)
}

async fn token_for(app: &support::TestApp, who: &support::Staff) -> Api {
    let (_, token) = app.vault().create_api_token(&Actor::User(who.id.clone()), &who.id, "tests").await.expect("token");
    Api::new(app, Some(secrecy::ExposeSecret::expose_secret(&token)))
}

fn error(field: Option<&str>, message: &str) -> Value {
    json!({"field": field, "message": message})
}

app_test!(a_token_opens_the_api_and_a_revoked_one_does_not, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let actor = Actor::User(dana.id.clone());
    let (id, token) = app.vault().create_api_token(&actor, &dana.id, "laptop").await.expect("token");
    let token = secrecy::ExposeSecret::expose_secret(&token).to_owned();
    let api = Api::new(&app, Some(&token));
    let me = api.get("/api/v1/me").await;
    assert_eq!(me.status, 200, "{}", me.text);
    assert_eq!(me.body["username"], "dana");
    assert_eq!(me.body["role"], "therapist");
    assert_eq!(me.body["id"], dana.id.to_string());

    // No token, a token of the wrong shape, a made-up token, a session cookie: 401.
    let refused = error(None, "send a valid API token: Authorization: Bearer snct_...");
    let none = Api::new(&app, None).get("/api/v1/me").await;
    assert_eq!((none.status, &none.body), (401, &refused));
    let made_up = Api::new(&app, Some("snct_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).get("/api/v1/me").await;
    assert_eq!((made_up.status, &made_up.body), (401, &refused));
    let browser = app.signed_in(&dana).await;
    let cookies: String = browser.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
    let with_cookie = reqwest::Client::new()
        .get(format!("{}/api/v1/me", app.base))
        .header(COOKIE, cookies)
        .send()
        .await
        .expect("GET");
    assert_eq!(with_cookie.status(), 401, "the API ignores the session cookie");

    app.vault().revoke_api_token(&actor, &id).await.expect("revoke");
    let revoked = api.get("/api/v1/me").await;
    assert_eq!((revoked.status, &revoked.body), (401, &refused));
});

app_test!(every_endpoint_does_its_work, |app: support::TestApp| async move {
    let (dana, _, api) = therapist(&app, "dana").await;
    let client = api
        .ok(
            "/api/v1/clients",
            json!({"given_name": "Bea", "family_name": "Quill", "preferred_name": "Bee", "date_of_birth": "1990-04-01",
                   "relatives": [{"name": "Cora Quill", "relation": "sister"}], "distinctive": ["plays the oboe"]}),
            201,
        )
        .await["id"]
        .as_str()
        .expect("client id")
        .to_owned();
    let clients = api.get("/api/v1/clients").await;
    assert_eq!(clients.status, 200, "{}", clients.text);
    let names: Vec<&str> = clients.body.as_array().expect("list").iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, ["Ann Example", "Bee Quill"]);

    let session = api
        .ok(
            "/api/v1/sessions",
            json!({"client": client, "starts_at": "2026-03-02T14:00:00+01:00", "place": "telehealth", "location": "https://video.example/room"}),
            201,
        )
        .await["id"]
        .as_str()
        .expect("session id")
        .to_owned();
    let schedule = api.get("/api/v1/schedule?from=2026-03-01&to=2026-03-07").await;
    assert_eq!(schedule.status, 200, "{}", schedule.text);
    let listed = &schedule.body[0];
    assert_eq!((listed["id"].as_str(), listed["title"].as_str()), (Some(session.as_str()), Some("Bee Quill")));
    assert_eq!((listed["status"].as_str(), listed["place"].as_str()), (Some("scheduled"), Some("telehealth")));
    assert_eq!(listed["duration_minutes"], 50);
    let other_week = api.get("/api/v1/schedule?from=2026-03-09&to=2026-03-15").await;
    assert_eq!(other_week.body, json!([]));
    let status = api.post(&format!("/api/v1/sessions/{session}/status"), json!({"status": "held"})).await;
    assert_eq!(status.status, 204, "{}", status.text);
    let again = api.post(&format!("/api/v1/sessions/{session}/status"), json!({"status": "cancelled"})).await;
    assert_eq!(again.status, 409, "a held session is final: {}", again.text);

    let notes = format!("/api/v1/clients/{client}/notes");
    let draft = api
        .ok(&notes, json!({"session": session, "template": "dap", "sections": {"data": "Slept better.", "assessment": "Improving."}}), 201)
        .await["id"]
        .as_str()
        .expect("note id")
        .to_owned();
    let empty_plan = api.post(&format!("/api/v1/notes/{draft}/sign"), json!({})).await;
    assert_eq!((empty_plan.status, &empty_plan.body["field"]), (422, &json!("sections.plan")), "{}", empty_plan.text);
    let draft_amended =
        api.post(&format!("/api/v1/notes/{draft}/amendments"), json!({"reason": "r", "text": "t"})).await;
    assert_eq!(draft_amended.status, 422, "a draft is not amended: {}", draft_amended.text);
    let signed = api
        .ok(
            &notes,
            json!({"template": "soap", "sign": true,
            "sections": {"subjective": "S.", "objective": "O.", "assessment": "A.", "plan": "P."}}),
            201,
        )
        .await["id"]
        .as_str()
        .expect("note id")
        .to_owned();
    api.ok(
        &format!("/api/v1/notes/{signed}/amendments"),
        json!({"reason": "Wrong date.", "text": "Held on Monday."}),
        201,
    )
    .await;
    let resign = api.post(&format!("/api/v1/notes/{signed}/sign"), json!({})).await;
    assert_eq!(resign.status, 422, "a signed note stays as it is: {}", resign.text);

    let homework = api
        .ok(&format!("/api/v1/clients/{client}/homework"), json!({"task": "Walk daily.", "due": "2026-03-09"}), 201)
        .await["id"]
        .as_str()
        .expect("homework id")
        .to_owned();
    let update =
        api.post(&format!("/api/v1/homework/{homework}"), json!({"status": "done", "response": "Most days."})).await;
    assert_eq!(update.status, 204, "{}", update.text);
    let measure = api
        .ok(
            &format!("/api/v1/clients/{client}/measures"),
            json!({"instrument": "phq-9", "answers": [1, 1, 1, 1, 1, 1, 1, 1, 2], "taken_at": "2026-03-02"}),
            201,
        )
        .await;
    assert_eq!((measure["total"].as_u64(), measure["band"].as_str()), (Some(10), Some("moderate")));
    api.ok(&format!("/api/v1/clients/{client}/consents"), json!({"kind": "treatment", "version": "2026-01"}), 201)
        .await;

    let chart = api.get(&format!("/api/v1/clients/{client}")).await;
    assert_eq!(chart.status, 200, "{}", chart.text);
    let c = &chart.body;
    assert_eq!(c["profile"]["preferred_name"], "Bee");
    assert_eq!(c["profile"]["relatives"][0]["relation"], "sister");
    assert_eq!(c["sessions"][0]["status"], "held");
    assert_eq!(c["sessions"][0]["noted"], true);
    let note = |id: &str| c["notes"].as_array().expect("notes").iter().find(|n| n["id"] == id).cloned().expect("note");
    let (draft_note, signed_note) = (note(&draft), note(&signed));
    assert_eq!(
        (draft_note["state"].as_str(), draft_note["sections"][0]["text"].as_str()),
        (Some("draft"), Some("Slept better."))
    );
    assert_eq!(signed_note["state"], "signed");
    assert_eq!(signed_note["signed_by"], dana.id.to_string());
    assert_eq!(signed_note["amendments"][0]["reason"], "Wrong date.");
    assert_eq!(
        (c["homework"][0]["status"].as_str(), c["homework"][0]["response"].as_str(), c["homework"][0]["task"].as_str()),
        (Some("done"), Some("Most days."), Some("Walk daily.")),
        "an update changes only what it sends"
    );
    assert_eq!((c["measures"][0]["total"].as_u64(), c["measures"][0]["band"].as_str()), (Some(10), Some("moderate")));
    assert_eq!(c["consents"][0]["kind"], "treatment");
    assert_eq!(
        c["missing_consents"],
        json!(["limits-of-confidentiality", "telehealth"]),
        "a client seen by video needs the telehealth consent too"
    );
});

app_test!(bad_input_names_the_field_and_never_repeats_the_value, |app: support::TestApp| async move {
    let (_, client, api) = therapist(&app, "dana").await;
    let notes = format!("/api/v1/clients/{client}/notes");
    let measures = format!("/api/v1/clients/{client}/measures");
    // (path, body, field) — every value below holds the canary, which no answer may repeat.
    let cases: Vec<(&str, String, &str)> = vec![
        ("/api/v1/clients", r#"{"given_name": "Canary77"#.into(), "body"),
        ("/api/v1/clients", r#"{"given_name": "A"} "Canary77""#.into(), "body"),
        ("/api/v1/clients", json!({"given_name": "A", "nickname": "Canary77"}).to_string(), "nickname"),
        ("/api/v1/clients", json!({"given_name": 77}).to_string(), "given_name"),
        (
            "/api/v1/clients",
            json!({"given_name": "A", "relatives": [{"name": "Canary77"}]}).to_string(),
            "relatives[0].relation",
        ),
        (
            "/api/v1/clients",
            json!({"given_name": "A", "relatives": [{"name": ["Canary77"], "relation": "x"}]}).to_string(),
            "relatives[0].name",
        ),
        ("/api/v1/clients", json!({"given_name": "A", "date_of_birth": "Canary77"}).to_string(), "date_of_birth"),
        ("/api/v1/clients", json!({"preferred_name": "Canary77"}).to_string(), "given_name"),
        (&notes, json!({"sections": {"data": "Canary77"}}).to_string(), "template"),
        (&notes, json!({"template": "Canary77", "sections": {}}).to_string(), "template"),
        (&notes, json!({"template": "dap", "sections": {"Canary77": "x"}}).to_string(), "sections.Canary77"),
        (&notes, json!({"template": "dap", "sections": {}, "session": "Canary77"}).to_string(), "session"),
        (&measures, json!({"instrument": "gad-7", "answers": [0, 1, 2]}).to_string(), "answers"),
        (&measures, json!({"instrument": "gad-7", "answers": [0, 1, 2, 3, 4, 0, 0]}).to_string(), "answers[4]"),
        (
            &measures,
            json!({"instrument": "gad-7", "answers": [0, 0, 0, 0, 0, 0, 0], "taken_at": "Canary77"}).to_string(),
            "taken_at",
        ),
        ("/api/v1/sessions", json!({"client": client.to_string(), "starts_at": "Canary77"}).to_string(), "starts_at"),
        (
            "/api/v1/sessions",
            json!({"client": client.to_string(), "starts_at": "2026-03-02", "duration_minutes": 2}).to_string(),
            "duration_minutes",
        ),
    ];
    for (path, body, field) in cases {
        let answer = api.send("POST", path, Some(("application/json", body.clone()))).await;
        assert_eq!(answer.status, 422, "{path} {body}: {}", answer.text);
        assert_eq!(answer.body["field"], field, "{path} {body}: {}", answer.text);
        let message = answer.body["message"].as_str().expect("message");
        assert!(!message.is_empty() && !message.contains("Canary77"), "{path} {body}: {message}");
    }
    let as_form =
        api.send("POST", "/api/v1/clients", Some(("application/x-www-form-urlencoded", "given_name=A".into()))).await;
    assert_eq!((as_form.status, &as_form.body["field"]), (422, &json!("body")));
    let query = api.get("/api/v1/schedule?from=2026-03-09&to=2026-03-01").await;
    assert_eq!((query.status, &query.body["field"]), (422, &json!("to")));
    // Nothing was half-written: the caseload still holds only the first client.
    assert_eq!(api.get("/api/v1/clients").await.body.as_array().map(Vec::len), Some(1));
});

app_test!(another_therapists_client_is_not_found_like_a_random_one, |app: support::TestApp| async move {
    let (dana, client, _) = therapist(&app, "dana").await;
    let (eve, _, api) = therapist(&app, "eve").await;
    let session = app
        .vault()
        .schedule_session(
            &Actor::Operator,
            &sanctum_vault::SessionWith::Client(client.clone()),
            &dana.id,
            &sanctum_practice::Session {
                kind: sanctum_practice::SessionKind::Individual,
                starts_at: 1_900_000_000,
                duration_minutes: 50,
                location: sanctum_practice::Location::InPerson("Room 1".into()),
                status: sanctum_practice::SessionStatus::Scheduled,
            },
        )
        .await
        .expect("session");
    let random = RowId::generate();
    let not_found = error(None, "not found");
    let note = json!({"template": "dap", "sections": {"data": "D."}});
    let cases: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", "/api/v1/clients/{}".to_owned(), None),
        ("POST", "/api/v1/clients/{}/notes".to_owned(), Some(note)),
        ("POST", "/api/v1/clients/{}/homework".to_owned(), Some(json!({"task": "T.", "due": "2026-03-09"}))),
        (
            "POST",
            "/api/v1/clients/{}/measures".to_owned(),
            Some(json!({"instrument": "gad-7", "answers": [0, 0, 0, 0, 0, 0, 0]})),
        ),
        ("POST", "/api/v1/clients/{}/consents".to_owned(), Some(json!({"kind": "treatment", "version": "1"}))),
    ];
    for (method, pattern, body) in cases {
        let mut answers = Vec::new();
        for id in [client.to_string(), random.to_string(), "not-an-id".to_owned()] {
            let path = pattern.replace("{}", &id);
            let body = body.as_ref().map(|b| ("application/json", b.to_string()));
            answers.push(api.send(method, &path, body).await);
        }
        for a in &answers {
            assert_eq!((a.status, &a.body), (404, &not_found), "{method} {pattern}: {}", a.text);
        }
        assert_eq!(answers[0].text, answers[1].text, "{method} {pattern}: the same bytes");
    }
    let hidden_session = api.post(&format!("/api/v1/sessions/{session}/status"), json!({"status": "held"})).await;
    let random_session = api.post(&format!("/api/v1/sessions/{random}/status"), json!({"status": "held"})).await;
    assert_eq!((hidden_session.status, &hidden_session.text), (404, &random_session.text));
    let scheduled =
        api.post("/api/v1/sessions", json!({"client": client.to_string(), "starts_at": "2026-03-02"})).await;
    assert_eq!((scheduled.status, &scheduled.body), (404, &not_found));

    let denied: Vec<_> = app
        .audit()
        .await
        .into_iter()
        .filter(|(actor, _, c, outcome)| {
            actor.contains(eve.id.as_str()) && c.as_deref() == Some(client.as_str()) && outcome == "denied"
        })
        .map(|(_, action, _, _)| action)
        .collect();
    for action in ["chart.read", "note.write", "homework.write", "measure.write", "consent.write", "session.write"] {
        assert!(denied.iter().any(|a| a == action), "no denied {action} entry: {denied:?}");
    }
    let chart = app.vault().chart(&Actor::Operator, &client).await.expect("chart");
    assert!(chart.notes.is_empty() && chart.homework.is_empty() && chart.measures.is_empty(), "nothing was written");
    assert_eq!(chart.sessions[0].1.status, sanctum_practice::SessionStatus::Scheduled);
});

app_test!(a_supervisor_reads_a_granted_chart_and_writes_nothing, |app: support::TestApp| async move {
    let (_, client, _) = therapist(&app, "dana").await;
    let sam = app.staff("sam", Role::Supervisor).await;
    let api = token_for(&app, &sam).await;
    let chart = format!("/api/v1/clients/{client}");
    let before = api.get(&chart).await;
    assert_eq!((before.status, &before.body), (404, &error(None, "not found")));
    app.vault().grant_chart(&Actor::Operator, &client, &sam.id).await.expect("grant");
    let granted = api.get(&chart).await;
    assert_eq!(granted.status, 200, "{}", granted.text);
    assert_eq!(granted.body["profile"]["given_name"], "Ann");
    let write = api.post(&format!("{chart}/notes"), json!({"template": "dap", "sections": {"data": "D."}})).await;
    assert_eq!((write.status, &write.body), (403, &error(None, "your role cannot do this")));
    assert_eq!(api.get("/api/v1/clients").await.status, 403);
    assert_eq!(api.get("/api/v1/schedule").await.status, 403);
});

app_test!(an_administrator_gets_no_clinical_data, |app: support::TestApp| async move {
    let (_, client, _) = therapist(&app, "dana").await;
    let ada = app.staff("ada", Role::Admin).await;
    let api = token_for(&app, &ada).await;
    assert_eq!(api.get("/api/v1/me").await.body["role"], "admin");
    let chart = api.get(&format!("/api/v1/clients/{client}")).await;
    assert_eq!((chart.status, &chart.body), (404, &error(None, "not found")));
    for path in ["/api/v1/clients", "/api/v1/schedule"] {
        assert_eq!(api.get(path).await.status, 403, "{path}");
    }
    let add = api.post("/api/v1/clients", json!({"given_name": "Zed"})).await;
    assert_eq!(add.status, 403, "{}", add.text);
    let note = api.post(&format!("/api/v1/clients/{client}/notes"), json!({"template": "dap", "sections": {}})).await;
    assert_eq!(note.status, 403, "{}", note.text);
});

app_test!(the_openapi_document_matches_the_route_table, |app: support::TestApp| async move {
    let doc = Api::new(&app, None).get("/api/v1/openapi.json").await;
    assert_eq!(doc.status, 200, "{}", doc.text);
    assert!(doc.body["openapi"].as_str().is_some_and(|v| v.starts_with("3.")), "{}", doc.body["openapi"]);
    let mut documented = BTreeSet::new();
    for (path, item) in doc.body["paths"].as_object().expect("paths") {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                documented.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let routed: BTreeSet<(String, String)> = ROUTES
        .iter()
        .filter(|r| r.path.starts_with("/api/v1/"))
        .map(|r| (r.method.to_owned(), r.path.to_owned()))
        .collect();
    assert_eq!(documented, routed, "the document and the router disagree");
    assert_eq!(doc.body["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    assert_eq!(doc.body["security"], json!([{"bearer": []}]));
    let error_schema = &doc.body["components"]["schemas"]["ErrorBody"]["properties"];
    assert!(error_schema.get("field").is_some() && error_schema.get("message").is_some(), "{error_schema}");
});

app_test!(tokens_are_made_and_revoked_on_the_account_page, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let mut browser = app.signed_in(&dana).await;
    let no_csrf = browser.post("/account/api-tokens", &[("label", "script"), ("csrf", "forged")]).await;
    assert_eq!(no_csrf.status, 403);
    let empty = browser.post("/account/api-tokens", &[("label", " ")]).await;
    assert_eq!(empty.status, 422, "{}", empty.body);
    assert!(app.vault().api_tokens(&dana.id).await.expect("tokens").is_empty(), "nothing was written");

    let made = browser.post("/account/api-tokens", &[("label", "backup script")]).await;
    assert_eq!(made.status, 200, "{}", made.body);
    let start = made.body.find("snct_").expect("the new token is shown");
    let token: String =
        made.body[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
    assert_eq!(Api::new(&app, Some(&token)).get("/api/v1/me").await.status, 200);
    let later = browser.get("/account").await;
    assert!(later.body.contains("backup script") && !later.body.contains(&token), "shown once, then only listed");

    let tokens = app.vault().api_tokens(&dana.id).await.expect("tokens");
    let id = tokens[0].0.to_string();
    let mut eves = app.signed_in(&eve).await;
    assert_eq!(eves.post(&format!("/account/api-tokens/{id}/revoke"), &[]).await.status, 404, "not eve's token");
    assert_eq!(Api::new(&app, Some(&token)).get("/api/v1/me").await.status, 200);
    let revoked = browser.post(&format!("/account/api-tokens/{id}/revoke"), &[]).await;
    assert_eq!((revoked.status, revoked.location()), (303, Some("/account")));
    assert_eq!(Api::new(&app, Some(&token)).get("/api/v1/me").await.status, 401);
    assert!(browser.get("/account").await.body.contains("revoked"));
});

/// Everything the test binary's code logs, at every level, from every crate.
fn captured_log() -> &'static Arc<Mutex<Vec<u8>>> {
    static LOG: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOG.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = Capture(buffer.clone());
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber of this test binary");
        buffer
    })
}

#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

app_test!(a_token_never_reaches_the_log, |app: support::TestApp| async move {
    let log = captured_log();
    let (dana, client, api) = therapist(&app, "dana").await;
    let token = api.token.clone().expect("token");
    let secret = token.trim_start_matches("snct_").to_owned();
    // Served, refused, malformed and failing calls all carry the token.
    api.get("/api/v1/me").await;
    api.get(&format!("/api/v1/clients/{client}")).await;
    api.post(&format!("/api/v1/clients/{client}/notes"), json!({"template": 1})).await;
    api.send("POST", "/api/v1/clients", Some(("application/json", "{".into()))).await;
    let half = Api::new(&app, Some(&token[..token.len() - 3]));
    assert_eq!(half.get("/api/v1/me").await.status, 401);
    let id = app.vault().api_tokens(&dana.id).await.expect("tokens")[0].0.clone();
    app.vault().revoke_api_token(&Actor::Operator, &id).await.expect("revoke");
    assert_eq!(api.get("/api/v1/me").await.status, 401);

    let text = String::from_utf8_lossy(&log.lock().expect("log buffer")).into_owned();
    assert!(text.contains("/api/v1/me") && text.contains("status=401"), "the capture saw the requests:\n{text}");
    assert!(!text.contains(&secret), "the token reached the log");
    assert!(!text.contains(&secret[..16]), "part of the token reached the log");
});
