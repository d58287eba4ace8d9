//! Mandated disclosures through HTTP: a draft is not final; its author, another
//! therapist and an administrator cannot co-sign it; a supervisor sees it on their home
//! (not the chart, which still answers 404 and is audited), co-signs it, and it is final
//! and in the report. Converting an incident needs the explicit choice and its own
//! justification, named when missing.

mod support;

use sanctum_app::pages::Clock;
use sanctum_practice::Role;
use serde_json::json;
use support::{Body, TestApp};

const JUSTIFICATION: &str = "The client described a specific plan to harm a named colleague.";

app_test!(a_draft_is_final_only_once_a_supervisor_co_signs_it, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let sol = app.staff("sol", Role::Supervisor).await;
    let amira = app.staff("amira", Role::Admin).await;
    let ann = app.client(&dana, "Ann", "Arden").await;
    let mut dana_b = app.session_for(&dana).await;

    let chart = dana_b.get(&format!("/clients/{ann}")).await;
    assert!(chart.body.contains(&format!("/clients/{ann}/disclosures/new")), "the chart links the separate path");
    assert!(chart.body.contains("For legal duties only"), "with its explanation");
    let form = dana_b.get(&format!("/clients/{ann}/disclosures/new")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Imminent danger to others") && form.body.contains("Court order"), "the fixed list");
    let today = Clock::of(&app.state).today().to_string();
    let drafted = dana_b
        .post(
            &format!("/clients/{ann}/disclosures"),
            &[
                ("basis", "danger-to-others"),
                ("justification", JUSTIFICATION),
                ("recipient", "Duty officer, city police"),
                ("information", "The plan and the colleague's name."),
                ("informed", "before"),
                ("informed_on", &today),
            ],
        )
        .await;
    assert_eq!(drafted.status, 303, "{}", drafted.body);
    let chart = dana_b.get(&format!("/clients/{ann}")).await;
    assert!(chart.body.contains(JUSTIFICATION) && chart.body.contains("draft: awaiting"), "a draft, not final");

    let sol_token = app.api_token(&sol).await;
    let mut api = app.browser();
    let report = api.send("GET", "/api/v1/disclosures", Body::Empty, Some(&sol_token)).await;
    let entries: serde_json::Value = serde_json::from_str(&report.body).expect("JSON");
    assert_eq!(entries.as_array().map(Vec::len), Some(1), "{}", report.body);
    assert!(entries[0]["cosigned_by"].is_null(), "not final yet");
    assert!(!report.body.contains(JUSTIFICATION), "the report holds the facts, not the content");
    let id = entries[0]["id"].as_str().expect("id").to_owned();

    for who in [&dana, &eve, &amira] {
        let mut b = app.session_for(who).await;
        let page = b.post(&format!("/disclosures/{id}/cosign"), &[]).await;
        assert_eq!(page.status, 403, "{} cannot co-sign", who.username);
    }
    let dana_token = app.api_token(&dana).await;
    let by_author = api.send("POST", &format!("/api/v1/disclosures/{id}/cosign"), Body::Empty, Some(&dana_token)).await;
    assert_eq!(by_author.status, 403, "the author cannot co-sign");
    let dana_report = api.send("GET", "/api/v1/disclosures", Body::Empty, Some(&dana_token)).await;
    assert_eq!(dana_report.status, 403, "the report is for supervisors");

    let mut sol_b = app.session_for(&sol).await;
    let home = sol_b.get("/").await;
    let waiting = &home.body[home.body.find("Disclosures awaiting your co-signature").expect("the queue")..];
    assert!(waiting.contains(JUSTIFICATION) && waiting.contains(&format!("/disclosures/{id}/cosign")), "{waiting}");
    assert!(!home.body.contains("Ann Arden"), "the disclosure, not the chart");
    let chart = sol_b.get(&format!("/clients/{ann}")).await;
    assert_eq!(chart.status, 404, "a supervisor still cannot open the chart");
    assert_eq!(app.denials(&sol, &ann).await, 1, "and the attempt is on the record");

    let cosigned = sol_b.post(&format!("/disclosures/{id}/cosign"), &[]).await;
    assert_eq!(cosigned.status, 303, "{}", cosigned.body);
    let again = api.send("POST", &format!("/api/v1/disclosures/{id}/cosign"), Body::Empty, Some(&sol_token)).await;
    assert_eq!(again.status, 422, "co-signed once: {}", again.body);
    assert!(again.body.contains("\"field\":\"disclosure\""), "{}", again.body);
    let report = sol_b.get("/disclosures").await;
    assert!(report.body.contains("Imminent danger to others") && report.body.contains("sol, "), "{}", report.body);
    let entries: serde_json::Value =
        serde_json::from_str(&api.send("GET", "/api/v1/disclosures", Body::Empty, Some(&sol_token)).await.body)
            .expect("JSON");
    assert_eq!(entries[0]["cosigned_by"], json!(sol.id.to_string()), "final");
    let chart = dana_b.get(&format!("/clients/{ann}")).await;
    assert!(chart.body.contains("badge ok\">final") && chart.body.contains("Co-signed by sol"), "final on the chart");
    assert!(!sol_b.get("/").await.body.contains(JUSTIFICATION), "no longer waiting");
});

app_test!(converting_an_incident_needs_the_explicit_choice_and_its_own_justification, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let ann = app.client(&dana, "Ann", "Arden").await;
    let token = app.api_token(&dana).await;
    let mut api = app.browser();
    let today = Clock::of(&app.state).today().to_string();
    let recorded = api
        .send(
            "POST",
            "/api/v1/incidents",
            Body::Json(json!({"occurred_at": today, "source": "client-report", "concerned": [
                {"client": ann.to_string(), "involvement": "concerned", "description": "Ann spoke of a threat."}]})),
            Some(&token),
        )
        .await;
    assert_eq!(recorded.status, 201, "{}", recorded.body);
    let recorded: serde_json::Value = serde_json::from_str(&recorded.body).expect("JSON");
    let incident = recorded["ids"][0].as_str().expect("id").to_owned();
    let mut b = app.session_for(&dana).await;

    let page = b.get(&format!("/incidents/{incident}")).await;
    assert!(page.body.contains(&format!("/incidents/{incident}/disclosure")), "a separate link on the incident");
    let chart = b.get(&format!("/clients/{ann}")).await;
    assert!(!chart.body.contains("draft: awaiting"), "nothing is converted by default");

    let fields = |confirm: &'static str, reason: &'static str| {
        vec![
            ("confirm", confirm),
            ("conversion_reason", reason),
            ("basis", "danger-to-others"),
            ("justification", JUSTIFICATION),
            ("recipient", "Duty officer"),
            ("information", "The threat."),
            ("informed", "not"),
            ("not_informed_reason", "Telling would raise the risk."),
        ]
    };
    let path = format!("/incidents/{incident}/disclosure");
    let unconfirmed = b.post(&path, &fields("", "The threat became specific.")).await;
    assert_eq!(unconfirmed.status, 422);
    assert!(unconfirmed.body.contains("confirm: "), "{}", unconfirmed.body);
    let unjustified = b.post(&path, &fields("yes", "  ")).await;
    assert_eq!(unjustified.status, 422);
    assert!(unjustified.body.contains("conversion_reason: "), "{}", unjustified.body);
    let body = json!({"basis": "danger-to-others", "justification": JUSTIFICATION, "recipient": "Duty officer",
        "information": "The threat.", "informed": "not", "not_informed_reason": "Risk.",
        "from_incident": {"incident": incident, "reason": ""}});
    let by_api = api.send("POST", &format!("/api/v1/clients/{ann}/disclosures"), Body::Json(body), Some(&token)).await;
    assert_eq!(by_api.status, 422);
    assert!(by_api.body.contains("from_incident.reason"), "{}", by_api.body);
    assert!(!b.get(&format!("/clients/{ann}")).await.body.contains("draft: awaiting"), "nothing was written");

    let converted = b.post(&path, &fields("yes", "The threat became specific and imminent.")).await;
    assert_eq!(converted.status, 303, "{}", converted.body);
    let chart = b.get(&format!("/clients/{ann}")).await;
    assert!(chart.body.contains("The threat became specific and imminent."), "the conversion's own reason");
    assert!(chart.body.contains("badge warn\">open"), "the incident stays open for the client's next session");
});
