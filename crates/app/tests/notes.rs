//! Progress notes through HTTP: write a SOAP note from a held session, refuse to sign it
//! with an empty section (keeping the text), sign it, find it locked, amend it, and see
//! the original with the attributed amendment on the chart; another therapist's client
//! and note answer 404 and the refusal is audited.

mod support;

use sanctum_practice::Role;
use sanctum_vault::RowId;
use support::TestApp;

/// The note id a redirect to `/clients/{client}#note-{id}` names.
fn note_of(location: Option<&str>) -> String {
    location.and_then(|l| l.split_once("#note-")).map(|(_, id)| id.to_owned()).expect("a redirect to the note")
}

const SOAP: [(&str, &str); 4] = [
    ("sections.subjective", "Reports sleeping better since the last session."),
    ("sections.objective", "Calm, good eye contact; PHQ-9 down to 8."),
    ("sections.assessment", "Improving; no risk indicators."),
    ("sections.plan", "Continue behavioural activation; review diary."),
];

app_test!(a_soap_note_is_drafted_signed_locked_and_amended, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let session = app.session_at(&dana, &client, support::unix_now() as i64 - 86_400, true).await;
    let mut b = app.signed_in(&dana).await;

    let chart = b.get(&format!("/clients/{client}")).await;
    let write_link = format!("/clients/{client}/notes/new?session={session}");
    assert!(chart.body.contains(&write_link), "a held session without a note offers one: {}", chart.body);

    let editor = b.get(&write_link).await;
    assert_eq!(editor.status, 200, "{}", editor.body);
    for label in ["Subjective", "Objective", "Assessment", "Plan", "What the client reports", "Save draft", "Sign"] {
        assert!(editor.body.contains(label), "the editor shows {label}");
    }
    let birp = b.get(&format!("{write_link}&template=birp")).await;
    assert!(
        birp.body.contains("name=\"sections.intervention\"") && !birp.body.contains("name=\"sections.subjective\""),
        "BIRP has its own sections"
    );
    let bad = b.get(&format!("{write_link}&template=freeform")).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("template"), "{}", bad.body);

    // A draft with only the first section.
    let session_field = session.to_string();
    let draft = [("template", "soap"), ("session", &session_field), ("intent", "draft"), SOAP[0]];
    let saved = b.post(&format!("/clients/{client}/notes"), &draft).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let note = note_of(saved.location());
    let edit = b.get(&format!("/notes/{note}/edit")).await;
    assert_eq!(edit.status, 200);
    assert!(edit.body.contains(SOAP[0].1), "the draft's text is back in the editor");

    // Signing with the plan empty is refused, naming it, and keeps what was typed.
    let mut unfinished: Vec<(&str, &str)> = SOAP[..3].to_vec();
    unfinished.push(("intent", "sign"));
    let refused = b.post(&format!("/notes/{note}"), &unfinished).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("Plan: is empty; cannot sign"), "{}", refused.body);
    assert!(refused.body.contains(SOAP[1].1) && refused.body.contains(SOAP[2].1), "nothing typed is lost");
    let chart = b.get(&format!("/clients/{client}")).await;
    assert!(!chart.body.contains(SOAP[1].1), "a refused signature writes nothing");

    let mut finished: Vec<(&str, &str)> = SOAP.to_vec();
    finished.push(("intent", "sign"));
    let signed = b.post(&format!("/notes/{note}"), &finished).await;
    assert_eq!((signed.status, signed.location()), (303, Some(format!("/clients/{client}#note-{note}").as_str())));

    // Locked: neither the editor nor a post changes it.
    assert_eq!(b.get(&format!("/notes/{note}/edit")).await.status, 409);
    let mut changed: Vec<(&str, &str)> = SOAP.to_vec();
    changed[3] = ("sections.plan", "Something else entirely.");
    assert_eq!(b.post(&format!("/notes/{note}"), &changed).await.status, 409);

    // An amendment needs a reason; the refusal keeps the correction typed.
    let correction = "PHQ-9 was 9, not 8.";
    let no_reason = b.post(&format!("/notes/{note}/amend"), &[("reason", " "), ("text", correction)]).await;
    assert_eq!(no_reason.status, 422, "{}", no_reason.body);
    assert!(no_reason.body.contains("reason: an amendment must say why"), "{}", no_reason.body);
    assert!(no_reason.body.contains(correction), "the correction typed is kept");
    let amended = b.post(&format!("/notes/{note}/amend"), &[("reason", "Score misread"), ("text", correction)]).await;
    assert_eq!(amended.status, 303, "{}", amended.body);

    let chart = b.get(&format!("/clients/{client}")).await;
    let original = chart.body.find(SOAP[1].1).expect("the original stays");
    let amendment = chart.body.find(correction).expect("the amendment is shown");
    assert!(original < amendment, "the amendment is below the original");
    assert!(chart.body.contains("Amendment by dana on") && chart.body.contains("Score misread"));
    assert!(chart.body.contains("Signed by dana on"));
    assert!(!chart.body.contains(&write_link), "a documented session offers no second note");
    assert!(!chart.body.contains("Something else entirely."));
});

app_test!(another_therapists_client_and_note_answer_not_found_and_are_audited, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut dana_b = app.signed_in(&dana).await;
    let signed: Vec<(&str, &str)> = SOAP.iter().copied().chain([("template", "soap"), ("intent", "sign")]).collect();
    let note = note_of(dana_b.post(&format!("/clients/{client}/notes"), &signed).await.location());

    let mut eve_b = app.signed_in(&eve).await;
    let missing = RowId::generate();
    for (path, post) in [
        (format!("/clients/{client}/notes/new"), false),
        (format!("/clients/{client}/notes"), true),
        (format!("/notes/{note}/edit"), false),
        (format!("/notes/{note}"), true),
        (format!("/notes/{note}/amend"), true),
        (format!("/notes/{missing}/edit"), false),
        (format!("/clients/{missing}/notes/new"), false),
    ] {
        let page = if post {
            eve_b.post(&path, &[("reason", "r"), ("text", "t"), ("intent", "sign")]).await
        } else {
            eve_b.get(&path).await
        };
        assert_eq!(page.status, 404, "{path}");
        assert!(!page.body.contains("Ann") && !page.body.contains(SOAP[0].1), "{path} shows nothing of the client");
    }
    let denied = app.denials(&eve, &client).await;
    assert_eq!(denied, 5, "each refusal about Ann's chart is on the record");
    let chart = dana_b.get(&format!("/clients/{client}")).await;
    assert_eq!(chart.body.matches("class=\"amendment\"").count(), 0, "eve's attempts changed nothing");
});
