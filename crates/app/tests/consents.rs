//! Consents through HTTP: the chart says which required consents are missing until they
//! are recorded, and again once one is revoked; bad input is named; another therapist's
//! client and consent answer 404, audited.

mod support;

use sanctum_practice::Role;
use sanctum_vault::RowId;
use support::TestApp;

/// The chart's "Consent missing" notice, or "" when there is none.
fn missing_notice(body: &str) -> &str {
    body.find("Consent missing:").map_or("", |at| &body[at..at + body[at..].find("</p>").unwrap_or(0)])
}

app_test!(missing_consents_are_recorded_then_revoked, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut b = app.signed_in(&dana).await;
    let chart = b.get(&format!("/clients/{client}")).await;
    let missing = missing_notice(&chart.body);
    assert!(missing.contains("Treatment") && missing.contains("Limits of confidentiality"), "{missing}");

    let path = format!("/clients/{client}/consents");
    let treatment = b.post(&path, &[("kind", "treatment"), ("version", "2026-01"), ("signed", "2026-01-05")]).await;
    assert_eq!(treatment.status, 303, "{}", treatment.body);
    let missing = missing_notice(&b.get(&format!("/clients/{client}")).await.body).to_owned();
    assert!(!missing.contains("Treatment") && missing.contains("Limits of confidentiality"), "{missing}");

    let limits =
        b.post(&path, &[("kind", "limits-of-confidentiality"), ("version", "2026-01"), ("signed", "2026-01-05")]).await;
    let consent = limits.location().and_then(|l| l.split_once("#consent-")).expect("to the consent").1.to_owned();
    b.post(&path, &[("kind", "telehealth"), ("version", "v3"), ("signed", "2026-01-06")]).await;
    let chart = b.get(&format!("/clients/{client}")).await;
    assert_eq!(missing_notice(&chart.body), "", "nothing missing");
    assert!(chart.body.contains("Telehealth (version v3), signed"));

    let revoked = b.post(&format!("/consents/{consent}/revoke"), &[]).await;
    assert_eq!(revoked.status, 303, "{}", revoked.body);
    let chart = b.get(&format!("/clients/{client}")).await;
    assert!(missing_notice(&chart.body).contains("Limits of confidentiality"), "a revoked consent is missing again");
    assert!(chart.body.contains("revoked"));
    assert_eq!(b.post(&format!("/consents/{consent}/revoke"), &[]).await.status, 409, "revoked once");

    for (fields, named) in [
        (vec![("kind", "everything"), ("version", "1"), ("signed", "2026-01-05")], "kind: is one of treatment"),
        (vec![("kind", "treatment"), ("version", " "), ("signed", "2026-01-05")], "version: is empty"),
        (vec![("kind", "treatment"), ("version", "1"), ("signed", "5 Jan")], "signed: is not a date"),
        (vec![("kind", "treatment"), ("version", "1"), ("signed", "2199-01-01")], "signed: is in the future"),
    ] {
        let page = b.post(&path, &fields).await;
        assert_eq!(page.status, 422, "{named}");
        assert!(page.body.contains(named), "{named}: {}", page.body);
    }
    let chart = b.get(&format!("/clients/{client}")).await;
    assert_eq!(chart.body.matches("<li id=\"consent-").count(), 3, "the refused forms wrote nothing");
});

app_test!(another_therapists_consents_answer_not_found_and_are_audited, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut dana_b = app.signed_in(&dana).await;
    let fields = [("kind", "treatment"), ("version", "2026-01"), ("signed", "2026-01-05")];
    let recorded = dana_b.post(&format!("/clients/{client}/consents"), &fields).await;
    let consent = recorded.location().and_then(|l| l.split_once("#consent-")).expect("recorded").1.to_owned();

    let mut eve_b = app.signed_in(&eve).await;
    let revoke = eve_b.post(&format!("/consents/{consent}/revoke"), &[]).await;
    let record = eve_b.post(&format!("/clients/{client}/consents"), &fields).await;
    let missing = eve_b.post(&format!("/consents/{}/revoke", RowId::generate()), &[]).await;
    assert_eq!((revoke.status, record.status, missing.status), (404, 404, 404));
    assert_eq!(revoke.body, missing.body, "another therapist's consent looks like none at all");
    let denied = app.denials(&eve, &client).await;
    assert_eq!(denied, 2);
    let chart = dana_b.get(&format!("/clients/{client}")).await;
    assert!(!chart.body.contains("<strong>revoked"), "still in force");
});
