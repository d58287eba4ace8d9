//! The protocols' JSON API (issue 7) through HTTP with personal API tokens, on each
//! backend: groups (a member joins only with the current group agreement), a group
//! session's attendance and group-level note, team meetings with case presentations
//! de-identified against the whole practice (a colleague sees only pseudonyms, never
//! the client or the link to them; a text that still identifies a client is refused
//! without repeating it, and nothing is stored), errors that name the field, and another
//! therapist's group, session or client answering exactly like a missing one.

#[path = "support/api_client.rs"]
mod api_client;
mod support;

use sanctum_practice::{ClientProfile, Role, GROUP_AGREEMENT_VERSION};
use sanctum_vault::{Actor, RowId};
use serde_json::{json, Value};

use api_client::Api;

fn tomorrow() -> String {
    (chrono::Utc::now() + chrono::Duration::days(1)).format("%Y-%m-%d").to_string()
}

/// Records the current group agreement for `client` through the API.
async fn sign_agreement(api: &Api, client: &str) {
    let body = json!({"kind": "group-confidentiality", "version": GROUP_AGREEMENT_VERSION});
    api.created(&format!("/api/v1/clients/{client}/consents"), body).await;
}

/// A group of `api`'s therapist with `members` (each signs the agreement first) and a
/// session tomorrow: `(group, session)`.
async fn group_with_session(api: &Api, members: &[&str]) -> (String, String) {
    let group = api.created("/api/v1/groups", json!({"name": "Harbour Circle"})).await;
    for client in members {
        sign_agreement(api, client).await;
        api.ok(&format!("/api/v1/groups/{group}/members"), json!({"client": client}), 204).await;
    }
    let session = api
        .created(&format!("/api/v1/groups/{group}/sessions"), json!({"starts_at": format!("{}T18:00:00Z", tomorrow())}))
        .await;
    (group, session)
}

/// A client of `therapist` with a nickname and an employer the guard knows.
async fn imogen(app: &support::TestApp, therapist: &support::Staff) -> String {
    let mut p = ClientProfile::default();
    (p.given_name, p.family_name, p.preferred_name) = ("Imogen".into(), "Threlkeld".into(), "Immy".into());
    p.employer = "Harbourside Bakery".into();
    app.vault().add_client(&Actor::Operator, &p, Some(&therapist.id)).await.expect("client").to_string()
}

const DRAFT: &str = "Immy works at Harbourside Bakery and has felt stuck since the spring.";

app_test!(groups_sessions_attendance_and_notes_through_the_api, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let api = Api::of(&app, &dana).await;
    let (mara, jon) = (
        app.client(&dana, "Mara", "Lindqvist").await.to_string(),
        app.client(&dana, "Jon", "Okafor").await.to_string(),
    );

    let group = api.created("/api/v1/groups", json!({"name": "Harbour Circle"})).await;
    let members = format!("/api/v1/groups/{group}/members");
    // The agreement gate: refused on `client`, naming the agreement and its version; nothing written.
    let message = api.refused(&members, json!({"client": mara}), "client").await;
    assert!(message.contains("group confidentiality agreement must be signed first"), "{message}");
    assert!(message.contains(GROUP_AGREEMENT_VERSION), "{message}");
    assert_eq!(api.read(&format!("/api/v1/groups/{group}")).await["members"], json!([]));
    let old = json!({"kind": "group-confidentiality", "version": "2020-01"});
    api.created(&format!("/api/v1/clients/{mara}/consents"), old).await;
    let message = api.refused(&members, json!({"client": mara}), "client").await;
    assert!(message.contains("old version"), "an outdated agreement does not count: {message}");

    for client in [&mara, &jon] {
        sign_agreement(&api, client).await;
        api.ok(&members, json!({"client": client}), 204).await;
    }
    let again = api.refused(&members, json!({"client": jon}), "client").await;
    assert!(again.contains("already a member"), "{again}");

    let starts = format!("{}T18:00:00Z", tomorrow());
    let session = api
        .created(
            &format!("/api/v1/groups/{group}/sessions"),
            json!({"starts_at": starts, "place": "in-person", "location": "Group room"}),
        )
        .await;
    let detail = api.read(&format!("/api/v1/groups/{group}")).await;
    assert_eq!(detail["name"], "Harbour Circle");
    let names: Vec<&str> = detail["members"].as_array().unwrap().iter().filter_map(|m| m["name"].as_str()).collect();
    assert_eq!(names, ["Jon Okafor", "Mara Lindqvist"]);
    assert_eq!(detail["upcoming"][0]["id"], session.as_str());
    assert_eq!(detail["upcoming"][0]["duration_minutes"], 90);
    assert_eq!(detail["upcoming"][0]["location"], "Group room");
    assert_eq!(detail["past"], json!([]));
    let list = api.read("/api/v1/groups").await;
    assert_eq!(list[0]["id"], group.as_str());
    assert_eq!(list[0]["members"].as_array().map(Vec::len), Some(2));
    assert_eq!(list[0]["upcoming"][0]["id"], session.as_str());

    let record_path = format!("/api/v1/group-sessions/{session}");
    let marks = json!({"attendance": {mara.clone(): "present", jon.clone(): "excused"}});
    api.ok(&format!("{record_path}/attendance"), marks, 204).await;
    let note = json!({"sections": {"data": "The group practised grounding.", "plan": "Continue next week."}});
    let note_id = api.created(&format!("{record_path}/notes"), note).await;

    let record = api.read(&record_path).await;
    assert_eq!(
        (record["group"].as_str(), record["group_name"].as_str()),
        (Some(group.as_str()), Some("Harbour Circle"))
    );
    let by_name = |name: &str| record["members"].as_array().unwrap().iter().find(|m| m["name"] == name).cloned();
    let mara_there = by_name("Mara Lindqvist").expect("Mara");
    assert_eq!(mara_there["attendance"], "present");
    assert_eq!(mara_there["own_note"], format!("/api/v1/clients/{mara}/notes"));
    assert_eq!(by_name("Jon Okafor").expect("Jon")["attendance"], "excused");
    assert_eq!(record["notes"][0]["id"], note_id.as_str());
    assert_eq!(record["notes"][0]["author"], dana.id.to_string());
    assert_eq!(
        record["notes"][0]["sections"],
        json!([{"name": "data", "text": "The group practised grounding."}, {"name": "assessment", "text": ""},
               {"name": "plan", "text": "Continue next week."}])
    );

    // A member's own note about the session, where the record points.
    let own = json!({"session": session, "template": "dap", "sections": {"data": "Mara spoke about work."}});
    api.created(mara_there["own_note"].as_str().unwrap(), own).await;
    let record = api.read(&record_path).await;
    assert!(!record.to_string().contains("Mara spoke about work"), "a member's note stays in their chart");
});

app_test!(bad_input_names_the_field_and_changes_nothing, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let sol = app.staff("sol", Role::Supervisor).await;
    let morgan = app.staff("morgan", Role::Admin).await;
    let api = Api::of(&app, &dana).await;
    let mara = app.client(&dana, "Mara", "Lindqvist").await.to_string();
    let outsider = app.client(&dana, "Jon", "Okafor").await.to_string();
    let (group, session) = group_with_session(&api, &[&mara]).await;

    api.refused("/api/v1/groups", json!({"name": "  "}), "name").await;
    api.refused("/api/v1/groups", json!({"name": "x", "colour": "red"}), "colour").await;
    api.refused(&format!("/api/v1/groups/{group}/members"), json!({"client": "nobody"}), "client").await;
    let sessions = format!("/api/v1/groups/{group}/sessions");
    api.refused(&sessions, json!({"starts_at": "tomorrow"}), "starts_at").await;
    api.refused(&sessions, json!({"starts_at": tomorrow(), "duration_minutes": 2}), "duration_minutes").await;
    api.refused(&sessions, json!({"starts_at": tomorrow(), "place": "moon"}), "place").await;

    let attendance = format!("/api/v1/group-sessions/{session}/attendance");
    api.refused(&attendance, json!({"attendance": {}}), "attendance").await;
    let field = format!("attendance.{mara}");
    api.refused(&attendance, json!({"attendance": {mara.clone(): "late"}}), &field).await;
    // A non-member among good marks: refused on its own field, and no mark is written.
    let mixed = json!({"attendance": {mara.clone(): "present", outsider.clone(): "present"}});
    let message = api.refused(&attendance, mixed, &format!("attendance.{outsider}")).await;
    assert!(message.contains("not a member"), "{message}");
    let record = api.read(&format!("/api/v1/group-sessions/{session}")).await;
    assert_eq!(record["members"][0]["attendance"], Value::Null, "nothing was written");

    let notes = format!("/api/v1/group-sessions/{session}/notes");
    api.refused(&notes, json!({"sections": {"data": " "}}), "sections.data").await;
    let message = api.refused(&notes, json!({"sections": {"mood": "Low."}}), "sections.mood").await;
    assert!(message.contains("data, assessment, plan"), "{message}");
    assert_eq!(api.read(&format!("/api/v1/group-sessions/{session}")).await["notes"], json!([]));

    let meeting = api.created("/api/v1/meetings", json!({"held_at": tomorrow()})).await;
    api.refused("/api/v1/meetings", json!({"held_at": "noon"}), "held_at").await;
    let stranger = RowId::generate().to_string();
    let message = api
        .refused(
            "/api/v1/meetings",
            json!({"held_at": tomorrow(), "attendees": [sol.id.to_string(), stranger]}),
            "attendees[1]",
        )
        .await;
    assert!(!message.contains(&stranger), "{message}");
    let with_admin = json!({"held_at": tomorrow(), "attendees": [morgan.id.to_string()]});
    api.refused("/api/v1/meetings", with_admin, "attendees[0]").await;
    assert_eq!(api.read("/api/v1/meetings").await.as_array().map(Vec::len), Some(1), "no meeting was added");
    let minutes = json!({"minutes": "A\n## Follow-up actions\nB"});
    api.refused(&format!("/api/v1/meetings/{meeting}/minutes"), minutes, "minutes").await;

    let present = format!("/api/v1/meetings/{meeting}/presentations");
    let review = format!("{present}/review");
    api.refused(&review, json!({"client": mara, "draft": " "}), "draft").await;
    api.refused(&review, json!({"client": "Mara", "draft": "A client."}), "client").await;
    let overlap = json!({"client": mara, "draft": "Abcdef", "replacements": [
        {"start": 0, "end": 3, "with": "X"}, {"start": 2, "end": 4, "with": "Y"}]});
    api.refused(&present, overlap, "replacements[1].start").await;
    let emptied = json!({"client": mara, "draft": "Abcdef", "replacements": [{"start": 0, "end": 3, "with": " "}]});
    api.refused(&present, emptied, "replacements[0].with").await;
    let unknown =
        json!({"client": mara, "draft": "Abcdef", "replacements": [{"start": 0, "end": 3, "with": "X", "by": "me"}]});
    api.refused(&present, unknown, "replacements[0].by").await;
    let id = RowId::parse(&meeting).unwrap();
    assert!(app.vault().case_presentations(&Actor::Operator, &id).await.unwrap().is_empty(), "nothing stored");
});

app_test!(a_colleague_sees_only_the_de_identified_presentation, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let sam = app.staff("sam", Role::Therapist).await;
    let sol = app.staff("sol", Role::Supervisor).await;
    let client = imogen(&app, &dana).await;
    let (presenter, colleague, supervisor) =
        (Api::of(&app, &dana).await, Api::of(&app, &sam).await, Api::of(&app, &sol).await);

    let held_at = format!("{}T12:30:00Z", tomorrow());
    let meeting = presenter
        .created("/api/v1/meetings", json!({"held_at": held_at, "attendees": [sam.id.to_string(), sol.id.to_string()]}))
        .await;
    let listed = colleague.read("/api/v1/meetings").await;
    assert_eq!(listed[0]["id"], meeting.as_str());
    let attending: Vec<&str> =
        listed[0]["attendees"].as_array().unwrap().iter().filter_map(|a| a["name"].as_str()).collect();
    assert_eq!(attending, ["dana", "sam", "sol"]);

    // The review: the guard's pseudonyms, nothing stored yet.
    let path = format!("/api/v1/meetings/{meeting}/presentations");
    let review = presenter.ok(&format!("{path}/review"), json!({"client": client, "draft": DRAFT}), 200).await;
    assert_eq!(review["clean"], true, "{review}");
    let reviewed = review["reviewed"].as_str().unwrap();
    assert!(reviewed.starts_with("Client A works at [Client A's employer]"), "{reviewed}");
    let replacements = review["replacements"].as_array().unwrap();
    assert!(replacements.iter().any(|r| r["with"] == "Client A" && r["described"] == "nickname"), "{review}");
    let id = RowId::parse(&meeting).unwrap();
    assert!(app.vault().case_presentations(&Actor::Operator, &id).await.unwrap().is_empty(), "a review stores nothing");

    // The therapist redacts more, checks again, and adds the accepted review.
    let at = DRAFT.find("since the spring").unwrap();
    let mut accepted: Vec<Value> = replacements
        .iter()
        .map(|r| json!({"start": r["start"], "end": r["end"], "with": r["with"], "kind": r["kind"]}))
        .collect();
    accepted.push(json!({"start": at, "end": at + "since the spring".len(), "with": "for some months"}));
    let body = json!({"client": client, "draft": DRAFT, "replacements": accepted});
    let again = presenter.ok(&format!("{path}/review"), body.clone(), 200).await;
    assert_eq!(again["clean"], true, "{again}");
    assert!(again["reviewed"].as_str().unwrap().ends_with("has felt stuck for some months."), "{again}");
    let presentation = presenter.created(&path, body).await;

    let seen = colleague.read(&format!("/api/v1/meetings/{meeting}")).await;
    let seen_text = seen.to_string();
    assert_eq!(seen["presentations"][0]["id"], presentation.as_str());
    assert_eq!(seen["presentations"][0]["presenter"], json!({"id": dana.id.to_string(), "name": "dana"}));
    assert_eq!(seen["presentations"][0]["client"], Value::Null, "no link for a colleague");
    let text = seen["presentations"][0]["text"].as_str().unwrap();
    assert!(text.starts_with("Client A works at [Client A's employer]"), "{text}");
    let by_supervisor = supervisor.get(&format!("/api/v1/meetings/{meeting}")).await;
    assert_eq!(by_supervisor.status, 200, "{}", by_supervisor.text);
    for secret in ["Immy", "Imogen", "Threlkeld", "Harbourside", "spring", &client] {
        assert!(!seen_text.contains(secret), "a colleague sees {secret}: {}", seen_text);
        assert!(!by_supervisor.text.contains(secret), "a supervisor sees {secret}");
    }
    let own = presenter.read(&format!("/api/v1/meetings/{meeting}")).await;
    assert_eq!(own["presentations"][0]["client"], client.as_str(), "the presenter keeps the link");

    // Minutes and follow-ups, by an attendee.
    let minutes = json!({"minutes": "Discussed Client A.", "follow_ups": "Dana: consult."});
    colleague.ok(&format!("/api/v1/meetings/{meeting}/minutes"), minutes, 204).await;
    let after = presenter.read(&format!("/api/v1/meetings/{meeting}")).await;
    assert_eq!(
        (after["minutes"].as_str(), after["follow_ups"].as_str()),
        (Some("Discussed Client A."), Some("Dana: consult."))
    );

    // Presenting is the client's therapist's alone: a supervisor attendee is refused.
    let refused = supervisor.post(&path, json!({"client": client, "draft": "A client.", "replacements": []})).await;
    assert_eq!(refused.status, 403, "{}", refused.text);
});

app_test!(a_presentation_that_still_identifies_a_client_is_refused_unrepeated, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let theo = app.staff("theo", Role::Therapist).await;
    let client = imogen(&app, &dana).await;
    // Theo's client: the guard scans against the whole practice, not only Dana's caseload.
    let mut p = ClientProfile::default();
    (p.given_name, p.family_name) = ("Ottoline".into(), "Vandersteen".into());
    app.vault().add_client(&Actor::Operator, &p, Some(&theo.id)).await.expect("client");
    let api = Api::of(&app, &dana).await;
    let meeting = api.created("/api/v1/meetings", json!({"held_at": tomorrow()})).await;
    let path = format!("/api/v1/meetings/{meeting}/presentations");

    // The draft as written, with no replacement.
    let message = api.refused(&path, json!({"client": client, "draft": DRAFT, "replacements": []}), "draft").await;
    assert!(message.starts_with("still identifies a client"), "{message}");
    assert!(message.contains("nickname") || message.contains("employer"), "the reasons are given: {message}");
    for secret in ["Immy", "Imogen", "Harbourside", "stuck"] {
        assert!(!message.contains(secret), "the refusal repeats {secret}: {message}");
    }

    // A reviewed replacement edited back into the name: refused on that replacement.
    let review = api.ok(&format!("{path}/review"), json!({"client": client, "draft": DRAFT}), 200).await;
    let mut replacements = review["replacements"].as_array().unwrap().clone();
    let n = replacements.iter().position(|r| r["with"] == "Client A").expect("the nickname's replacement");
    replacements[n]["with"] = json!("Imogen Threlkeld");
    let forged = json!({"client": client, "draft": DRAFT, "replacements": replacements});
    let message = api.refused(&path, forged, &format!("replacements[{n}].with")).await;
    assert!(!message.contains("Imogen") && !message.contains("Threlkeld"), "{message}");

    // Another therapist's client named in Dana's presentation.
    let draft = "A client whose friend Ottoline Vandersteen also struggles.";
    let message = api.refused(&path, json!({"client": client, "draft": draft, "replacements": []}), "draft").await;
    assert!(!message.contains("Ottoline") && !message.contains("Vandersteen"), "{message}");

    let id = RowId::parse(&meeting).unwrap();
    assert!(app.vault().case_presentations(&Actor::Operator, &id).await.unwrap().is_empty(), "nothing stored");
    assert_eq!(api.read(&format!("/api/v1/meetings/{meeting}")).await["presentations"], json!([]));
});

app_test!(another_therapists_group_answers_like_a_missing_one, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let theo = app.staff("theo", Role::Therapist).await;
    let sol = app.staff("sol", Role::Supervisor).await;
    let morgan = app.staff("morgan", Role::Admin).await;
    let (owner, other) = (Api::of(&app, &dana).await, Api::of(&app, &theo).await);
    let mara = app.client(&dana, "Mara", "Lindqvist").await.to_string();
    let (group, session) = group_with_session(&owner, &[&mara]).await;
    let theos_client = app.client(&theo, "Tobias", "Brandt").await.to_string();
    let theos_group = other.created("/api/v1/groups", json!({"name": "Theo's group"})).await;
    let meeting = owner.created("/api/v1/meetings", json!({"held_at": tomorrow()})).await;

    // Each call with Dana's ids and with ids that exist nowhere: the same 404, word for word.
    let calls: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", format!("/api/v1/groups/{group}"), None),
        ("POST", format!("/api/v1/groups/{group}/sessions"), Some(json!({"starts_at": tomorrow()}))),
        ("POST", format!("/api/v1/groups/{group}/members"), Some(json!({"client": theos_client}))),
        ("GET", format!("/api/v1/group-sessions/{session}"), None),
        (
            "POST",
            format!("/api/v1/group-sessions/{session}/attendance"),
            Some(json!({"attendance": {mara.clone(): "present"}})),
        ),
        ("POST", format!("/api/v1/group-sessions/{session}/notes"), Some(json!({"sections": {"data": "Met."}}))),
        ("GET", format!("/api/v1/meetings/{meeting}"), None),
        ("POST", format!("/api/v1/meetings/{meeting}/minutes"), Some(json!({"minutes": "Met."}))),
        ("POST", format!("/api/v1/groups/{theos_group}/members"), Some(json!({"client": mara}))),
        (
            "POST",
            format!("/api/v1/meetings/{meeting}/presentations"),
            Some(json!({"client": mara, "draft": "A client.", "replacements": []})),
        ),
    ];
    for (method, path, body) in calls {
        let hidden = other.send_json(method, &path, body.clone()).await;
        let mut unknown_path = path.clone();
        let mut unknown_body = body.as_ref().map(Value::to_string).unwrap_or_default();
        for id in [&group, &session, &meeting, &mara] {
            unknown_path = unknown_path.replace(id.as_str(), &RowId::generate().to_string());
            unknown_body = unknown_body.replace(id.as_str(), &RowId::generate().to_string());
        }
        let unknown_body = body.map(|_| serde_json::from_str(&unknown_body).unwrap());
        let unknown = other.send_json(method, &unknown_path, unknown_body).await;
        assert_eq!(hidden.status, 404, "{path}: {}", hidden.text);
        assert_eq!((hidden.status, &hidden.body), (unknown.status, &unknown.body), "{path}");
    }
    assert!(
        app.denials(&theo, &RowId::parse(&mara).unwrap()).await >= 2,
        "refusals about Dana's client are on the audit trail"
    );
    assert!(!other.read("/api/v1/groups").await.to_string().contains("Harbour Circle"));
    assert_eq!(owner.read(&format!("/api/v1/groups/{group}")).await["members"].as_array().map(Vec::len), Some(1));
    assert_eq!(owner.read(&format!("/api/v1/group-sessions/{session}")).await["notes"], json!([]), "nothing written");

    // Groups are therapists' only; team meetings are not for administrators.
    let (supervisor, admin) = (Api::of(&app, &sol).await, Api::of(&app, &morgan).await);
    assert_eq!(supervisor.get("/api/v1/groups").await.status, 403);
    assert_eq!(supervisor.get(&format!("/api/v1/groups/{group}")).await.status, 403);
    assert_eq!(admin.get("/api/v1/meetings").await.status, 403);
    assert_eq!(admin.post("/api/v1/meetings", json!({"held_at": tomorrow()})).await.status, 403);
});

app_test!(every_schema_the_document_names_is_in_it, |app: support::TestApp| async move {
    let doc = reqwest::get(format!("{}/api/v1/openapi.json", app.base)).await.expect("GET").text().await.expect("body");
    let doc: Value = serde_json::from_str(&doc).expect("JSON");
    fn refs(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    out.push(r.clone());
                }
                map.values().for_each(|v| refs(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut named = Vec::new();
    refs(&doc, &mut named);
    for name in ["GroupSessionRecord", "PresentationBody", "PresentationReview", "MeetingDetail", "AttendanceTag"] {
        assert!(named.iter().any(|r| r.ends_with(&format!("/{name}"))), "the document names {name}");
    }
    let schemas = doc["components"]["schemas"].as_object().expect("schemas");
    let missing: Vec<&String> =
        named.iter().filter(|r| !schemas.contains_key(r.trim_start_matches("#/components/schemas/"))).collect();
    assert!(missing.is_empty(), "schemas named but not defined: {missing:?}");
});
