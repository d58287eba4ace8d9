//! Measures through HTTP: a PHQ-9 entered item by item, its total and band on the chart
//! with the trend's SVG; answers out of range or missing, and a future date, are named
//! with the answers given kept; another therapist's client answers 404, audited.

mod support;

use sanctum_practice::Role;
use sanctum_vault::RowId;
use support::TestApp;

/// The form fields of a PHQ-9 answered `answers` on `taken`.
fn phq9<'a>(answers: &'a [&'a str], taken: &'a str, names: &'a [String]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![("instrument", "phq-9"), ("taken", taken)];
    form.extend(names.iter().map(String::as_str).zip(answers.iter().copied()));
    form
}

fn item_names() -> Vec<String> {
    (0..9).map(|i| format!("answers[{i}]")).collect()
}

app_test!(a_phq9_is_entered_scored_banded_and_charted, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut b = app.signed_in(&dana).await;
    let chart = b.get(&format!("/clients/{client}")).await;
    assert!(!chart.body.contains("<svg"), "no measures, no chart");

    let form = b.get(&format!("/clients/{client}/measures/new?instrument=phq-9")).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("Little interest or pleasure in doing things"));
    assert!(form.body.contains("Thoughts that you would be better off dead or of hurting yourself in some way"));
    assert_eq!(form.body.matches("<fieldset class=\"item\"").count(), 9, "one fieldset per item");
    assert_eq!(form.body.matches("<legend>").count(), 9);
    assert_eq!(form.body.matches("Nearly every day").count(), 9, "each item offers the four answers");
    let gad = b.get(&format!("/clients/{client}/measures/new?instrument=gad-7")).await;
    assert_eq!(gad.body.matches("<fieldset class=\"item\"").count(), 7);
    assert!(gad.body.contains("Not being able to stop or control worrying"));

    let names = item_names();
    let today = sanctum_app::pages::Clock::of(&app.state).today().to_string();
    let answers = ["2", "2", "2", "2", "1", "1", "1", "1", "0"];
    let recorded = b.post(&format!("/clients/{client}/measures"), &phq9(&answers, &today, &names)).await;
    assert_eq!(recorded.status, 303, "{}", recorded.body);
    let measure = recorded.location().and_then(|l| l.split_once("#measure-")).expect("to the result").1.to_owned();

    let chart = b.get(&format!("/clients/{client}")).await;
    let row = &chart.body[chart.body.find(&format!("id=\"measure-{measure}\"")).expect("the result's row")..];
    let row = &row[..row.find("</tr>").expect("row end")];
    assert!(row.contains("PHQ-9") && row.contains("<td>12</td>") && row.contains("moderate"), "{row}");
    assert!(!row.contains("assess risk"), "item 9 was not endorsed");
    let svg = &chart.body[chart.body.find("<svg").expect("the trend chart")..];
    assert!(svg.contains("<title id=\"trend-title\">PHQ-9 scores over time</title>"));
    assert!(svg.contains("PHQ-9: one score, 12 on"), "the text alternative says what the chart shows");
    assert!(svg.contains("moderately severe (15–19)"), "the bands are labelled");

    let endorsed = ["0", "0", "0", "0", "0", "0", "0", "0", "1"];
    b.post(&format!("/clients/{client}/measures"), &phq9(&endorsed, &today, &names)).await;
    assert!(b.get(&format!("/clients/{client}")).await.body.contains("item 9 (thoughts of death or self-harm)"));
});

app_test!(bad_answers_and_dates_are_named_and_nothing_is_recorded, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut b = app.signed_in(&dana).await;
    let names = item_names();
    let path = format!("/clients/{client}/measures");

    let out_of_range = ["1", "1", "1", "4", "1", "1", "1", "1", "1"];
    let page = b.post(&path, &phq9(&out_of_range, "2026-01-05", &names)).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("answers[3]: 4 is not an answer 0-3"), "{}", page.body);
    assert!(page.body.contains("id=\"answers[3]-error\""), "the item itself is marked");
    assert_eq!(page.body.matches(" checked>").count(), 8, "the valid answers are kept");

    let unanswered = ["1", "1", "1", "1", "1", "1", "1", "1"];
    let page = b.post(&path, &phq9(&unanswered, "2026-01-05", &names[..8])).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("answers[8]: is not answered"), "{}", page.body);

    let page = b.post(&path, &phq9(&["0"; 9], "2199-01-01", &names)).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("taken: is in the future"), "{}", page.body);
    let page = b.post(&path, &phq9(&["0"; 9], "yesterday", &names)).await;
    assert!(page.status == 422 && page.body.contains("taken: is not a date"), "{}", page.body);
    let page = b.post(&path, &[("instrument", "beck"), ("taken", "2026-01-05")]).await;
    assert!(page.status == 422 && page.body.contains("instrument: is phq-9 or gad-7"), "{}", page.body);

    let chart = b.get(&format!("/clients/{client}")).await;
    assert!(chart.body.contains("No measures recorded.") && !chart.body.contains("<svg"), "nothing half-written");
});

app_test!(another_therapists_client_measures_answer_not_found_and_are_audited, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut eve_b = app.signed_in(&eve).await;
    let names = item_names();
    let form = eve_b.get(&format!("/clients/{client}/measures/new")).await;
    let post = eve_b.post(&format!("/clients/{client}/measures"), &phq9(&["0"; 9], "2026-01-05", &names)).await;
    let missing = eve_b.get(&format!("/clients/{}/measures/new", RowId::generate())).await;
    assert_eq!((form.status, post.status, missing.status), (404, 404, 404));
    assert_eq!(form.body, missing.body);
    let denied = app.denials(&eve, &client).await;
    assert_eq!(denied, 2);
});
