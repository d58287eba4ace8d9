//! The incident protocol through HTTP: a concern recorded in a group goes on the agenda
//! of each concerned client's next individual session (not a later one, never the
//! group's), is discussed and carried to the following session, then closed; a client
//! with no session shows as "needs a session" with the schedule form; another
//! therapist's incidents and sessions answer 404 and the refusals are audited; a bad
//! form is named and writes nothing.

mod support;

use sanctum_app::pages::Clock;
use sanctum_practice::{Consent, ConsentKind, Group, Location, Role, Session, SessionKind, SessionStatus};
use sanctum_vault::{Actor, RowId, SessionWith};
use serde_json::json;
use support::{Body, Browser, Staff, TestApp};

/// A group of `therapist` with `members` (each signs the current group agreement first)
/// and one group session at `starts_at`.
async fn group_with_session(app: &TestApp, therapist: &Staff, members: &[&RowId], starts_at: i64) -> RowId {
    let op = &Actor::Operator;
    let group =
        app.vault().create_group(op, &therapist.id, &Group { name: "Tuesday group".into() }).await.expect("group");
    for member in members {
        let agreement = Consent {
            kind: ConsentKind::GroupConfidentiality,
            version: sanctum_practice::GROUP_AGREEMENT_VERSION.into(),
            signed_at: starts_at - 30 * 86_400,
            revoked_at: None,
        };
        app.vault().add_consent(op, member, &agreement).await.expect("agreement");
        app.vault().add_group_member(op, &group, member).await.expect("member");
    }
    let session = Session {
        kind: SessionKind::Group,
        starts_at,
        duration_minutes: 90,
        location: Location::InPerson("Group room".into()),
        status: SessionStatus::Scheduled,
    };
    app.vault().schedule_session(op, &SessionWith::Group(group), &therapist.id, &session).await.expect("group session")
}

/// The incidents on a session's agenda, through the API.
async fn agenda_incidents(app: &TestApp, token: &str, session: &RowId) -> Vec<String> {
    let mut b = app.browser();
    let page = b.send("GET", &format!("/api/v1/sessions/{session}/agenda"), Body::Empty, Some(token)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let agenda: serde_json::Value = serde_json::from_str(&page.body).expect("JSON");
    agenda["incidents"].as_array().expect("incidents").iter().map(|v| v.as_str().expect("id").to_owned()).collect()
}

/// A day `days` from today at `hour`, in the practice's zone.
fn at(clock: &Clock, days: i64, hour: i64) -> i64 {
    clock.start_of(clock.today() + chrono::Duration::days(days)) + hour * 3600
}

async fn discuss(b: &mut Browser, incident: &str, session: &RowId, outcome: &str) -> support::Page {
    let session = session.to_string();
    b.post(
        &format!("/incidents/{incident}/discussions"),
        &[
            ("session", &session),
            ("client_account", "Ann says she mentioned it to her sister only."),
            ("agreed_steps", "Revisit the group agreement together."),
            ("outcome", outcome),
        ],
    )
    .await
}

app_test!(a_group_concern_goes_to_each_clients_next_session_is_carried_then_closed, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let (ann, ben) = (app.client(&dana, "Ann", "Arden").await, app.client(&dana, "Ben", "Brook").await);
    let carl = app.client(&dana, "Carl", "Crane").await;
    let clock = Clock::of(&app.state);
    let group_session = group_with_session(&app, &dana, &[&ann, &ben], at(&clock, 1, 18)).await;
    let ann_next = app.session_at(&dana, &ann, at(&clock, 2, 10), false).await;
    let ann_later = app.session_at(&dana, &ann, at(&clock, 9, 10), false).await;
    let ben_next = app.session_at(&dana, &ben, at(&clock, 3, 11), false).await;
    let carl_next = app.session_at(&dana, &carl, at(&clock, 2, 12), false).await;
    let token = app.api_token(&dana).await;
    let mut b = app.session_for(&dana).await;

    let form = b.get(&format!("/incidents/new?session={group_session}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Ann Arden") && form.body.contains("Ben Brook"), "the members are offered");
    assert!(!form.body.contains("Carl Crane"), "only the group's members");
    assert!(form.body.contains("It goes on the agenda of your next session with each client concerned"));
    assert!(form.body.contains("sealed under their key"), "the form says where each description goes");

    let (ann_id, ben_id, group_id) = (ann.to_string(), ben.to_string(), group_session.to_string());
    let ann_text = "Ann heard her story repeated at her workplace.";
    let ben_text = "It was reported that you repeated something from the group.";
    let today = clock.today().to_string();
    let recorded = b
        .post(
            "/incidents",
            &[
                ("session", &group_id),
                ("affected", ann_id.as_str()),
                ("suspected", &ben_id),
                (&format!("description.{ann}"), ann_text),
                (&format!("description.{ben}"), ben_text),
                (&format!("description.{carl}"), "ignored: Carl is not chosen"),
                ("source", "other-client"),
                ("date", today.as_str()),
                ("time", "00:00"),
                ("back", "/"),
            ],
        )
        .await;
    assert_eq!((recorded.status, recorded.location()), (303, Some("/")), "{}", recorded.body);

    let on_ann_next = agenda_incidents(&app, &token, &ann_next).await;
    assert_eq!(on_ann_next.len(), 1, "on Ann's next session");
    assert!(agenda_incidents(&app, &token, &ann_later).await.is_empty(), "not on a later session");
    assert_eq!(agenda_incidents(&app, &token, &ben_next).await.len(), 1, "on Ben's next session");
    assert!(agenda_incidents(&app, &token, &group_session).await.is_empty(), "never on the group's agenda");
    assert!(agenda_incidents(&app, &token, &carl_next).await.is_empty(), "not on an unconcerned client's");
    let incident = on_ann_next[0].clone();

    let group_agenda = b.get(&format!("/sessions/{group_session}/agenda")).await;
    assert!(!group_agenda.body.contains(ann_text) && !group_agenda.body.contains(ben_text), "{}", group_agenda.body);
    let ann_chart = b.get(&format!("/clients/{ann}")).await;
    assert!(ann_chart.body.contains(ann_text), "Ann's chart holds her record");
    assert!(!ann_chart.body.contains(ben_text) && !ann_chart.body.contains("Ben Brook"), "and nothing of Ben's");

    let agenda = b.get(&format!("/sessions/{ann_next}/agenda")).await;
    assert!(agenda.body.contains(ann_text) && agenda.body.contains("Discuss"), "{}", agenda.body);
    assert!(!agenda.body.contains(ben_text) && !agenda.body.contains("Ben Brook"));
    let carried = discuss(&mut b, &incident, &ann_next, "carry").await;
    assert_eq!(carried.status, 303, "{}", carried.body);
    let held = b.post(&format!("/sessions/{ann_next}/status"), &[("status", "held")]).await;
    assert_eq!(held.status, 303, "{}", held.body);
    assert_eq!(
        agenda_incidents(&app, &token, &ann_later).await,
        std::slice::from_ref(&incident),
        "carried to the following session"
    );
    let later = b.get(&format!("/sessions/{ann_later}/agenda")).await;
    assert!(later.body.contains("carried to the following session"), "the earlier discussion shows");

    let closed = discuss(&mut b, &incident, &ann_later, "close").await;
    assert_eq!(closed.status, 303, "{}", closed.body);
    assert!(agenda_incidents(&app, &token, &ann_later).await.is_empty(), "closed: gone from the agenda");
    let ann_chart = b.get(&format!("/clients/{ann}")).await;
    assert!(ann_chart.body.contains("badge ok\">closed"), "the chart shows it closed");
    let again = discuss(&mut b, &incident, &ann_later, "close").await;
    assert_eq!(again.status, 422, "a closed incident is not discussed again");
});

app_test!(a_concern_with_no_session_needs_one_and_the_form_schedules_it, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let dora = app.client(&dana, "Dora", "Dale").await;
    let mut b = app.session_for(&dana).await;
    let today = Clock::of(&app.state).today().to_string();
    let dora_id = dora.to_string();
    let form = b.get(&format!("/incidents/new?client={dora}")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    let recorded = b
        .post(
            "/incidents",
            &[
                ("client", &dora_id),
                ("involvement", "affected"),
                ("description", "Dora saw a post about her session."),
                ("source", "online"),
                ("date", today.as_str()),
                ("time", "00:00"),
            ],
        )
        .await;
    assert_eq!(recorded.status, 303, "{}", recorded.body);

    let home = b.get("/").await;
    let section = &home.body[home.body.find("Needs a session").expect("needs a session")..];
    assert!(section.contains("Dora Dale") && section.contains("Schedule a session"), "{section}");
    let next = sanctum_app::pages::agenda::next_working_day(Clock::of(&app.state).today()).to_string();
    assert!(section.contains(&format!("name=\"client\" value=\"{dora}\"")), "the client is preselected");
    assert!(section.contains(&format!("value=\"{next}\"")), "the next working day is offered");

    let scheduled =
        b.post("/sessions", &[("client", &dora_id), ("date", &next), ("time", "10:00"), ("back", "/")]).await;
    assert_eq!(scheduled.status, 303, "{}", scheduled.body);
    assert!(!b.get("/").await.body.contains("Needs a session"), "a session is scheduled now");
});

app_test!(another_therapists_incidents_and_sessions_answer_not_found_and_are_audited, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let ann = app.client(&dana, "Ann", "Arden").await;
    let clock = Clock::of(&app.state);
    let session = app.session_at(&dana, &ann, at(&clock, 1, 10), false).await;
    let group_session = group_with_session(&app, &dana, &[&ann], at(&clock, 1, 18)).await;
    let dana_token = app.api_token(&dana).await;
    let mut api = app.browser();
    let body = json!({"occurred_at": clock.today().to_string(), "source": "observed",
        "concerned": [{"client": ann.to_string(), "involvement": "concerned", "description": "Seen at the café."}]});
    let created = api.send("POST", "/api/v1/incidents", Body::Json(body.clone()), Some(&dana_token)).await;
    assert_eq!(created.status, 201, "{}", created.body);
    let created: serde_json::Value = serde_json::from_str(&created.body).expect("JSON");
    let incident = created["ids"][0].as_str().expect("id").to_owned();

    let mut eve_b = app.session_for(&eve).await;
    let unknown = RowId::generate();
    let show = eve_b.get(&format!("/incidents/{incident}")).await;
    let missing = eve_b.get(&format!("/incidents/{unknown}")).await;
    assert_eq!((show.status, missing.status), (404, 404));
    assert_eq!(show.body, missing.body, "another therapist's incident looks like none at all");
    assert_eq!(discuss(&mut eve_b, &incident, &session, "close").await.status, 404);
    assert_eq!(eve_b.get(&format!("/sessions/{session}/agenda")).await.status, 404);
    assert_eq!(eve_b.get(&format!("/incidents/new?session={group_session}")).await.status, 404);
    let eve_token = app.api_token(&eve).await;
    let agenda = api.send("GET", &format!("/api/v1/sessions/{session}/agenda"), Body::Empty, Some(&eve_token)).await;
    assert_eq!(agenda.status, 404);
    let recorded = api.send("POST", "/api/v1/incidents", Body::Json(body), Some(&eve_token)).await;
    assert_eq!(recorded.status, 404, "{}", recorded.body);
    assert!(app.denials(&eve, &ann).await >= 5, "every refusal about Ann is on the record");
    let eve_actor = format!("user:{}", eve.id);
    assert!(
        app.audit().await.iter().any(|(a, _, c, o)| *a == eve_actor && c.is_none() && o == "denied"),
        "the group session's refusal too"
    );
    let mut dana_b = app.session_for(&dana).await;
    assert!(dana_b.get(&format!("/incidents/{incident}")).await.body.contains("Not discussed yet"), "unchanged");
});

app_test!(a_bad_concern_is_named_and_writes_nothing, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let (ann, ben) = (app.client(&dana, "Ann", "Arden").await, app.client(&dana, "Ben", "Brook").await);
    let carl = app.client(&dana, "Carl", "Crane").await;
    let clock = Clock::of(&app.state);
    let group_session = group_with_session(&app, &dana, &[&ann, &ben], at(&clock, 1, 18)).await;
    let ann_next = app.session_at(&dana, &ann, at(&clock, 2, 10), false).await;
    let token = app.api_token(&dana).await;
    let mut b = app.session_for(&dana).await;
    let (ann_id, carl_id, group_id) = (ann.to_string(), carl.to_string(), group_session.to_string());
    let today = clock.today().to_string();
    let tomorrow = (clock.today() + chrono::Duration::days(1)).to_string();
    let (ann_desc, carl_desc) = (format!("description.{ann}"), format!("description.{carl}"));
    let (ann_desc, carl_desc) = (ann_desc.as_str(), carl_desc.as_str());
    let base = [("session", group_id.as_str()), ("source", "observed"), ("time", "00:00")];
    for (extra, field) in [
        (vec![("affected", ann_id.as_str()), ("date", today.as_str())], format!("description.{ann}")),
        (
            vec![
                ("affected", ann_id.as_str()),
                (ann_desc, "Known."),
                ("concerned", carl_id.as_str()),
                (carl_desc, "x"),
                ("date", today.as_str()),
            ],
            "concerned".into(),
        ),
        (vec![("affected", ann_id.as_str()), (ann_desc, "Known."), ("date", tomorrow.as_str())], "occurred_at".into()),
        (vec![(ann_desc, "Known."), ("date", today.as_str())], "affected".into()),
    ] {
        let fields: Vec<(&str, &str)> = base.iter().copied().chain(extra).collect();
        let page = b.post("/incidents", &fields).await;
        assert_eq!(page.status, 422, "{field}: {}", page.body);
        assert!(page.body.contains(&format!("{field}: ")), "names {field}: {}", page.body);
    }
    let mut api = app.browser();
    let body = json!({"occurred_at": today, "source": "observed", "concerned": [
        {"client": ann.to_string(), "involvement": "affected", "description": "Known."},
        {"client": ann.to_string(), "involvement": "concerned", "description": "Twice."}]});
    let twice = api.send("POST", "/api/v1/incidents", Body::Json(body), Some(&token)).await;
    assert_eq!(twice.status, 422);
    assert!(twice.body.contains("concerned[1].client"), "{}", twice.body);
    assert!(agenda_incidents(&app, &token, &ann_next).await.is_empty(), "nothing was written");
});
