//! The shortest path through the app: sign in with a password and a code, see today's
//! schedule, open a client's chart, sign out — on each backend.

mod support;

use sanctum_practice::Role;

app_test!(sign_in_see_today_open_a_chart_sign_out, |app: support::TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut browser = app.signed_in(&dana).await;
    let today = browser.get("/").await;
    assert_eq!(today.status, 200, "{}", today.body);
    assert!(today.body.contains("Today"), "{}", today.body);
    let chart = browser.get(&format!("/clients/{client}")).await;
    assert_eq!(chart.status, 200, "{}", chart.body);
    assert!(chart.body.contains("Ann Example"));
    let out = browser.post("/sign-out", &[]).await;
    assert_eq!((out.status, out.location()), (303, Some("/sign-in")));
    assert_eq!(browser.get("/").await.location(), Some("/sign-in"), "signed out means signed out");
});
