//! Groups through HTTP: a member joins only with the current group confidentiality
//! agreement (the refusal names the consent and links to the chart), attendance per
//! member, the group-level note, and no member's incident on any group page.

mod support;

use sanctum_practice::{Incident, IncidentSource, Involvement, Location, Role, Session, SessionKind, SessionStatus};
use sanctum_vault::{Actor, RowId, SessionWith};

/// A group of `therapist`'s, created through the page; its id from the redirect.
async fn new_group(browser: &mut support::Browser, name: &str) -> String {
    let page = browser.post("/groups", &[("name", name)]).await;
    assert_eq!(page.status, 303, "{}", page.body);
    page.location().and_then(|l| l.strip_prefix("/groups/")).expect("the group's page").to_owned()
}

async fn group_session(app: &support::TestApp, therapist: &support::Staff, group: &str) -> RowId {
    let session = Session {
        kind: SessionKind::Group,
        starts_at: support::unix_now() as i64 + 86_400,
        duration_minutes: 90,
        location: Location::InPerson("Group room".into()),
        status: SessionStatus::Scheduled,
    };
    let with = SessionWith::Group(RowId::parse(group).expect("group id"));
    app.vault().schedule_session(&Actor::Operator, &with, &therapist.id, &session).await.expect("group session")
}

async fn sign_agreement(browser: &mut support::Browser, client: &RowId) {
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let page = browser
        .post(
            &format!("/clients/{client}/consents"),
            &[
                ("kind", "group-confidentiality"),
                ("version", sanctum_practice::GROUP_AGREEMENT_VERSION),
                ("signed", &today),
            ],
        )
        .await;
    assert_eq!(page.status, 303, "{}", page.body);
}

app_test!(a_member_joins_only_with_the_group_agreement, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Mara", "Lindqvist").await;
    let mut browser = app.session_for(&dana).await;
    let group = new_group(&mut browser, "Harbour Circle").await;

    let refused = browser.post(&format!("/groups/{group}/members"), &[("client", &client.to_string())]).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("consent: the group confidentiality agreement must be signed first"),
        "{}",
        refused.body
    );
    assert!(refused.body.contains(&format!("/clients/{client}#consents-h")), "links to the chart: {}", refused.body);
    assert!(app.vault().group(&Actor::Operator, &RowId::parse(&group).unwrap()).await.unwrap().1.is_empty());

    sign_agreement(&mut browser, &client).await;
    let added = browser.post(&format!("/groups/{group}/members"), &[("client", &client.to_string())]).await;
    assert_eq!((added.status, added.location()), (303, Some(format!("/groups/{group}").as_str())), "{}", added.body);
    let page = browser.get(&format!("/groups/{group}")).await;
    assert!(page.body.contains("Mara Lindqvist"), "{}", page.body);
    let list = browser.get("/groups").await;
    assert!(list.body.contains("Harbour Circle") && list.body.contains("Mara Lindqvist"), "{}", list.body);

    let again = browser.post(&format!("/groups/{group}/members"), &[("client", &client.to_string())]).await;
    assert_eq!(again.status, 422, "already a member");
    let empty = browser.post("/groups", &[("name", "  ")]).await;
    assert!(empty.status == 422 && empty.body.contains("name: give the group a name"), "{}", empty.body);
});

app_test!(attendance_and_the_group_note_are_recorded_per_session, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let (mara, jon) = (app.client(&dana, "Mara", "Lindqvist").await, app.client(&dana, "Jon", "Okafor").await);
    let mut browser = app.session_for(&dana).await;
    let group = new_group(&mut browser, "Harbour Circle").await;
    for c in [&mara, &jon] {
        sign_agreement(&mut browser, c).await;
        let added = browser.post(&format!("/groups/{group}/members"), &[("client", &c.to_string())]).await;
        assert_eq!(added.status, 303, "{}", added.body);
    }
    let scheduled =
        browser.post(&format!("/groups/{group}/sessions"), &[("date", "2031-05-06"), ("time", "18:00")]).await;
    assert_eq!(scheduled.status, 303, "{}", scheduled.body);
    let session = group_session(&app, &dana, &group).await;
    let path = format!("/group-sessions/{session}");

    let marks = [(format!("attendance.{mara}"), "present"), (format!("attendance.{jon}"), "excused")];
    let fields: Vec<(&str, &str)> = marks.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let saved = browser.post(&format!("{path}/attendance"), &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let recorded = app.vault().attendance(&Actor::Operator, &session).await.expect("attendance");
    assert_eq!(recorded.len(), 2);
    assert!(recorded.contains(&(jon.clone(), sanctum_vault::AttendanceStatus::Excused)));
    let page = browser.get(&path).await;
    assert!(page.body.contains(&format!("name=\"attendance.{mara}\" value=\"present\" checked")), "{}", page.body);
    assert!(page.body.contains(&format!("/clients/{jon}/notes/new?session={session}")), "a note per member");

    let bad = browser.post(&format!("{path}/attendance"), &[(&format!("attendance.{mara}"), "late")]).await;
    assert!(bad.status == 422 && bad.body.contains(&format!("attendance.{mara}: is present")), "{}", bad.body);
    let stranger = RowId::generate();
    let bad = browser.post(&format!("{path}/attendance"), &[(&format!("attendance.{stranger}"), "present")]).await;
    assert_eq!(bad.status, 422, "{}", bad.body);

    let note = browser.post(&format!("{path}/notes"), &[("sections.data", "The group practised grounding.")]).await;
    assert_eq!(note.status, 303, "{}", note.body);
    assert!(browser.get(&path).await.body.contains("The group practised grounding."));
    let empty = browser.post(&format!("{path}/notes"), &[("sections.data", " ")]).await;
    assert_eq!(empty.status, 422);
});

app_test!(group_pages_show_no_incident_and_only_to_their_therapist, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let theo = app.staff("theo", Role::Therapist).await;
    let mara = app.client(&dana, "Mara", "Lindqvist").await;
    let mut browser = app.session_for(&dana).await;
    let group = new_group(&mut browser, "Harbour Circle").await;
    sign_agreement(&mut browser, &mara).await;
    browser.post(&format!("/groups/{group}/members"), &[("client", &mara.to_string())]).await;
    let session = group_session(&app, &dana, &group).await;
    let secret = "Told a coworker what another member shared.";
    let incident =
        Incident::new(support::unix_now() as i64 - 3600, secret, IncidentSource::Observed, Involvement::Concerned);
    app.vault().add_incident(&Actor::Operator, &mara, &dana.id, &incident).await.expect("incident");

    for path in ["/groups".to_owned(), format!("/groups/{group}"), format!("/group-sessions/{session}")] {
        let page = browser.get(&path).await;
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        assert!(!page.body.contains(secret) && !page.body.contains("coworker"), "{path} shows the incident");
    }

    let mut other = app.session_for(&theo).await;
    let theo_denied = || async {
        let actor = format!("user:{}", theo.id);
        app.audit().await.into_iter().filter(|(a, _, _, outcome)| *a == actor && outcome == "denied").count()
    };
    let before = theo_denied().await;
    for path in [format!("/groups/{group}"), format!("/group-sessions/{session}")] {
        let page = other.get(&path).await;
        assert_eq!(page.status, 404, "{path}");
        assert!(!page.body.contains("Harbour Circle"));
    }
    assert!(theo_denied().await >= before + 2, "each refusal is audited");
    assert_eq!(app.denials(&theo, &mara).await, 0, "refused before the members were read: no member is named");
    assert!(!other.get("/groups").await.body.contains("Harbour Circle"));
});

app_test!(a_member_gets_an_individual_note_for_a_group_session, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let member = app.client(&dana, "Mara", "Lindqvist").await;
    let outsider = app.client(&dana, "Tobias", "Renner").await;
    let mut browser = app.session_for(&dana).await;
    let group = new_group(&mut browser, "Harbour Circle").await;
    sign_agreement(&mut browser, &member).await;
    let joined = browser.post(&format!("/groups/{group}/members"), &[("client", &member.to_string())]).await;
    assert_eq!(joined.status, 303, "{}", joined.body);
    let session = group_session(&app, &dana, &group).await;

    let editor = browser.get(&format!("/clients/{member}/notes/new?session={session}")).await;
    assert_eq!(editor.status, 200, "{}", editor.body);
    assert!(editor.body.contains(&format!("value=\"{session}\"")), "the note stays tied to the group session");
    let fields = [
        ("template", "dap"),
        ("session", &session.to_string()),
        ("sections.data", "Quiet in group; spoke once about the move."),
        ("sections.assessment", "Settling in."),
        ("sections.plan", "Check in next week."),
        ("intent", "draft"),
    ];
    let saved = browser.post(&format!("/clients/{member}/notes"), &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let chart = app.vault().chart(&Actor::Operator, &member).await.expect("chart");
    assert_eq!(chart.notes[0].session.as_ref(), Some(&session));

    // Someone not in the group cannot have a note on its session.
    let refused = browser.get(&format!("/clients/{outsider}/notes/new?session={session}")).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("session: is not a session of this client"), "{}", refused.body);
});
