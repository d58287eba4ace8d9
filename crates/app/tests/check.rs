//! "Check before posting", the page and `POST /api/v1/check`: a draft is checked
//! against the therapist's own caseload only; the evidence is marked, each client
//! named with a reason, and a de-identified alternative offered; bad input names the field.

mod support;

use sanctum_practice::{ClientProfile, Role};
use sanctum_vault::Actor;
use secrecy::ExposeSecret;

async fn nicknamed(app: &support::TestApp, therapist: &support::Staff, given: &str, family: &str, nick: &str) {
    let mut p = ClientProfile::default();
    (p.given_name, p.family_name, p.preferred_name) = (given.into(), family.into(), nick.into());
    p.employer = "Harbourside Bakery".into();
    app.vault().add_client(&Actor::Operator, &p, Some(&therapist.id)).await.expect("client");
}

app_test!(the_page_marks_evidence_and_offers_an_alternative, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let sam = app.staff("sam", Role::Therapist).await;
    nicknamed(&app, &dana, "Imogen", "Threlkeld", "Immy").await;
    nicknamed(&app, &sam, "Bartholomew", "Quince", "Bart").await;
    let mut browser = app.signed_in(&dana).await;
    assert_eq!(browser.get("/check").await.status, 200);

    let draft = "So proud of Immy from the bakery today! Bart Quince said hi too.";
    let page = browser.post("/check", &[("text", draft)]).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("do not post"), "{}", page.body);
    assert!(page.body.contains("<mark class=\"identifying\">Immy</mark>"), "the nickname is marked: {}", page.body);
    assert!(page.body.contains("Client A"), "a pseudonym replaces her: {}", page.body);
    assert!(
        page.body.contains("could identify 1 of your clients"),
        "another therapist's client is not in this caseload"
    );

    let clean = browser.post("/check", &[("text", "A restful weekend to everyone.")]).await;
    assert!(clean.body.contains("No client of yours is identifiable"), "{}", clean.body);
    let empty = browser.post("/check", &[("text", "  ")]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("text: paste the draft"), "{}", empty.body);

    // Each check is on the record with its verdict (never the draft): flagged, then clean.
    let actions: Vec<String> = app.audit().await.into_iter().map(|e| e.1).collect();
    let checks: Vec<&String> = actions.iter().filter(|a| a.starts_with("check.")).collect();
    assert_eq!(checks, ["check.flagged", "check.clean"], "{actions:?}");
});

app_test!(the_api_answers_in_json_and_only_for_therapists, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let morgan = app.staff("morgan", Role::Admin).await;
    nicknamed(&app, &dana, "Imogen", "Threlkeld", "Immy").await;
    let (_, token) = app.vault().create_api_token(&Actor::Operator, &dana.id, "script").await.expect("token");
    let (_, admin_token) = app.vault().create_api_token(&Actor::Operator, &morgan.id, "admin").await.expect("token");
    let client = reqwest::Client::new();
    let post = |token: String, body: serde_json::Value| {
        let request = client.post(format!("{}/api/v1/check", app.base)).bearer_auth(token).json(&body);
        async move {
            let r = request.send().await.expect("POST");
            (r.status().as_u16(), r.json::<serde_json::Value>().await.expect("JSON"))
        }
    };
    let (status, body) =
        post(token.expose_secret().to_owned(), serde_json::json!({"text": "Immy had a good week."})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["clean"], false);
    assert_eq!(body["identified"][0]["name"], "Imogen Threlkeld");
    assert!(body["deidentified"].as_str().is_some_and(|t| !t.contains("Immy")), "{body}");

    let (status, body) = post(token.expose_secret().to_owned(), serde_json::json!({"txt": "x"})).await;
    assert_eq!((status, body["field"].as_str()), (422, Some("txt")), "{body}");
    let (status, _) = post(admin_token.expose_secret().to_owned(), serde_json::json!({"text": "Immy"})).await;
    assert_eq!(status, 403, "an administrator has no caseload to check against");
});

app_test!(checks_are_limited_per_therapist_per_minute, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let sam = app.staff("sam", Role::Therapist).await;
    nicknamed(&app, &dana, "Imogen", "Threlkeld", "Immy").await;
    let token = |who: &support::Staff| {
        let id = who.id.clone();
        let vault = app.vault();
        async move { vault.create_api_token(&Actor::Operator, &id, "script").await.expect("token").1 }
    };
    let (dana_token, sam_token) = (token(&dana).await, token(&sam).await);
    let client = reqwest::Client::new();
    let post = |token: &secrecy::SecretString| {
        let request = client
            .post(format!("{}/api/v1/check", app.base))
            .bearer_auth(token.expose_secret())
            .json(&serde_json::json!({"text": "Is Immy a client here?"}));
        async move { request.send().await.expect("POST").status().as_u16() }
    };
    // A script asking again and again is stopped within the minute; a colleague is not.
    // The allowance refills as time passes (one check every 60 / CHECKS_PER_MINUTE
    // seconds), so on a slow machine a few more than the burst may get through before
    // the first refusal: as many as the time taken refilled, and no more.
    let limit = sanctum_app::limits::CHECKS_PER_MINUTE;
    let started = std::time::Instant::now();
    let mut allowed = 0;
    while post(&dana_token).await == 200 {
        allowed += 1;
        assert!(allowed <= 3 * limit, "never refused after {allowed} checks");
    }
    let refilled = (started.elapsed().as_secs_f64() * f64::from(limit) / 60.0).ceil() as u32;
    assert!(
        (limit..=limit + refilled).contains(&allowed),
        "{allowed} checks allowed, limit {limit} + {refilled} refilled"
    );
    assert_eq!(post(&sam_token).await, 200);
});
