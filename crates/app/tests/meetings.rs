//! Team meetings through HTTP: a case presentation drafted from a chart is
//! de-identified against the whole practice, reviewed, and added to a meeting; a
//! colleague sees only pseudonyms, the presenter alone the link to the client; a text
//! that still identifies a client is refused naming the field; administrators have no
//! access to meetings.

mod support;

use sanctum_practice::{ClientProfile, Role};
use sanctum_vault::{Actor, RowId};

/// The `name`/`value` pairs of a page's `<input>` elements (the review form's state).
fn inputs(html: &str) -> Vec<(String, String)> {
    let attr = |tag: &str, name: &str| {
        let key = format!(" {name}=\"");
        tag.find(&key).map(|at| {
            let rest = &tag[at + key.len()..];
            let raw = &rest[..rest.find('"').unwrap_or(rest.len())];
            raw.replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
    };
    html.split("<input")
        .skip(1)
        .filter_map(|piece| {
            let tag = &piece[..piece.find('>').unwrap_or(piece.len())];
            Some((attr(tag, "name")?, attr(tag, "value").unwrap_or_default()))
        })
        .filter(|(name, _)| name != "csrf")
        .collect()
}

fn reviewed_text(html: &str) -> &str {
    let start = html.find("class=\"reviewed-text\">").expect("the reviewed text");
    let rest = &html[start..];
    &rest[..rest.find("</p>").expect("end of the reviewed text")]
}

async fn post_pairs(browser: &mut support::Browser, path: &str, pairs: &[(String, String)]) -> support::Page {
    let fields: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    browser.post(path, &fields).await
}

app_test!(a_presentation_reaches_colleagues_only_de_identified, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let sam = app.staff("sam", Role::Therapist).await;
    let mut p = ClientProfile::default();
    (p.given_name, p.family_name, p.preferred_name) = ("Imogen".into(), "Threlkeld".into(), "Immy".into());
    p.employer = "Harbourside Bakery".into();
    let client = app.vault().add_client(&Actor::Operator, &p, Some(&dana.id)).await.expect("client");

    let mut presenter = app.session_for(&dana).await;
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).format("%Y-%m-%d").to_string();
    let created =
        presenter.post("/meetings", &[("date", &tomorrow), ("time", "12:30"), ("attendee", &sam.id.to_string())]).await;
    assert_eq!(created.status, 303, "{}", created.body);
    let meeting_path = created.location().expect("the meeting").to_owned();
    let meeting = meeting_path.trim_start_matches("/meetings/").to_owned();

    let chart = presenter.get(&format!("/clients/{client}")).await;
    assert!(chart.body.contains(&format!("href=\"/clients/{client}/case-presentation\"")), "the chart offers a draft");
    let draft_page = presenter.get(&format!("/clients/{client}/case-presentation")).await;
    assert_eq!(draft_page.status, 200, "{}", draft_page.body);
    assert!(draft_page.body.contains(&meeting), "the meeting is offered");

    let draft = "Immy works at Harbourside Bakery and has felt stuck since the spring.";
    let review_path = format!("/clients/{client}/case-presentation/review");
    let review = presenter.post(&review_path, &[("meeting", &meeting), ("draft", draft)]).await;
    assert_eq!(review.status, 200, "{}", review.body);
    let shown = reviewed_text(&review.body);
    assert!(shown.contains("Client A") && shown.contains("Client A&#39;s employer"), "{shown}");
    assert!(!shown.contains("Immy") && !shown.contains("Harbourside"), "{shown}");
    assert!(review.body.contains("no longer identifies any client"), "{}", review.body);
    let state = inputs(&review.body);
    assert!(state.iter().any(|(k, v)| k.starts_with("with.") && v == "Client A"), "{state:?}");

    // The reviewer edits the nickname's replacement back to the name: refused on save.
    let mut forged = state.clone();
    let renamed = forged.iter_mut().find(|(k, v)| k.starts_with("with.") && v == "Client A").expect("the nickname");
    renamed.1 = "Imogen Threlkeld".into();
    let field = renamed.0.clone();
    let refused = post_pairs(&mut presenter, &format!("/clients/{client}/case-presentation"), &forged).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains(&format!("{field}: still identifies a client")), "{}", refused.body);
    assert!(app
        .vault()
        .case_presentations(&Actor::Operator, &RowId::parse(&meeting).unwrap())
        .await
        .unwrap()
        .is_empty());

    // Redacting more, then adding the accepted review.
    let mut more: Vec<(String, String)> = state.iter().filter(|(k, _)| !k.starts_with("more")).cloned().collect();
    more.push(("more".into(), "since the spring".into()));
    more.push(("more_with".into(), "for some months".into()));
    let again = post_pairs(&mut presenter, &review_path, &more).await;
    assert!(reviewed_text(&again.body).contains("has felt stuck for some months."), "{}", again.body);
    let added = post_pairs(&mut presenter, &format!("/clients/{client}/case-presentation"), &inputs(&again.body)).await;
    assert_eq!(added.status, 303, "{}", added.body);
    assert!(added.location().is_some_and(|l| l.starts_with(&format!("{meeting_path}#presentation-"))));

    let mut colleague = app.session_for(&sam).await;
    let seen = colleague.get(&meeting_path).await;
    assert_eq!(seen.status, 200, "{}", seen.body);
    assert!(seen.body.contains("Client A works at [Client A&#39;s employer]"), "{}", seen.body);
    for secret in ["Immy", "Imogen", "Threlkeld", "Harbourside", &format!("/clients/{client}")] {
        assert!(!seen.body.contains(secret), "a colleague sees {secret}");
    }
    let own = presenter.get(&meeting_path).await;
    assert!(own.body.contains(&format!("href=\"/clients/{client}\"")), "the presenter keeps the link");

    // Minutes and follow-ups, by an attendee.
    let saved =
        colleague.post(&meeting_path, &[("minutes", "Discussed Client A."), ("follow_ups", "Dana: consult.")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let page = presenter.get(&meeting_path).await;
    assert!(page.body.contains("Discussed Client A.") && page.body.contains("Dana: consult."), "{}", page.body);
});

app_test!(meetings_are_for_their_attendees_and_never_for_administrators, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let theo = app.staff("theo", Role::Therapist).await;
    let morgan = app.staff("morgan", Role::Admin).await;
    let mut presenter = app.session_for(&dana).await;
    let created = presenter.post("/meetings", &[("date", "2031-01-07"), ("time", "12:30")]).await;
    let meeting_path = created.location().expect("the meeting").to_owned();

    let mut admin = app.session_for(&morgan).await;
    assert_eq!(admin.get("/meetings").await.status, 403);
    assert_eq!(admin.get(&meeting_path).await.status, 403);
    let not_attending = app.session_for(&theo).await.get(&meeting_path).await;
    assert_eq!(not_attending.status, 404);

    let bad = presenter.post("/meetings", &[("date", "2031-01-07"), ("time", "noon")]).await;
    assert!(bad.status == 422 && bad.body.contains("time: is not a time"), "{}", bad.body);
    let stranger = RowId::generate().to_string();
    let bad = presenter.post("/meetings", &[("date", "2031-01-07"), ("time", "12:30"), ("attendee", &stranger)]).await;
    assert!(bad.status == 422 && bad.body.contains("attendee:"), "{}", bad.body);
    let client = app.client(&dana, "Ada", "Quill").await;
    let empty = presenter
        .post(
            &format!("/clients/{client}/case-presentation/review"),
            &[("meeting", meeting_path.trim_start_matches("/meetings/")), ("draft", " ")],
        )
        .await;
    assert!(empty.status == 422 && empty.body.contains("draft: write the case presentation first"), "{}", empty.body);
});
