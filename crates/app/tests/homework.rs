//! Homework through HTTP: assigned from a held session, overdue on the chart and due for
//! review on the day of the next session, reviewed as partly done with the client's
//! account; a bad due date and a bad status are named; another therapist's homework
//! answers 404 and the refusal is audited.

mod support;

use sanctum_app::pages::Clock;
use sanctum_practice::Role;
use sanctum_vault::RowId;
use support::TestApp;

app_test!(homework_is_assigned_overdue_due_for_review_and_reviewed_as_partly_done, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let clock = Clock::of(&app.state);
    let today = clock.today();
    let last_week =
        app.session_at(&dana, &client, clock.start_of(today - chrono::Duration::days(7)) + 3600, true).await;
    app.session_at(&dana, &client, clock.start_of(today) + 60, false).await;
    let mut b = app.signed_in(&dana).await;

    let chart = b.get(&format!("/clients/{client}")).await;
    assert!(chart.body.contains(&format!("<option value=\"{last_week}\">")), "the held session is offered");
    let due = (today - chrono::Duration::days(2)).to_string();
    let task = "Walk for ten minutes after lunch.";
    let last_week_field = last_week.to_string();
    let assigned = b
        .post(&format!("/clients/{client}/homework"), &[("session", &last_week_field), ("task", task), ("due", &due)])
        .await;
    assert_eq!(assigned.status, 303, "{}", assigned.body);
    let homework = assigned.location().and_then(|l| l.split_once("#homework-")).expect("to the homework").1.to_owned();

    let chart = b.get(&format!("/clients/{client}")).await;
    let row = &chart.body[chart.body.find(&format!("id=\"homework-{homework}\"")).expect("the row")..];
    assert!(row.contains(task) && row.contains("overdue"), "overdue work stands out");
    let home = b.get("/").await;
    assert!(home.body.contains("1 homework due for review"), "{}", home.body);

    let account = "Did two of the five walks.";
    let reviewed = b.post(&format!("/homework/{homework}"), &[("status", "partly"), ("response", account)]).await;
    assert_eq!(reviewed.status, 303, "{}", reviewed.body);
    let chart = b.get(&format!("/clients/{client}")).await;
    let row = &chart.body[chart.body.find(&format!("id=\"homework-{homework}\"")).expect("the row")..];
    let row = &row[..row.find("</tr>").expect("the row's end")];
    assert!(row.contains("partly done") && row.contains(account) && row.contains(task), "{row}");
    assert!(!row.contains("overdue"), "reviewed work is not overdue");
    assert!(!b.get("/").await.body.contains("due for review"), "nothing left to review");

    let bad_due = b.post(&format!("/clients/{client}/homework"), &[("task", task), ("due", "next Tuesday")]).await;
    assert_eq!(bad_due.status, 422);
    assert!(bad_due.body.contains("due: is not a date"), "{}", bad_due.body);
    let no_task = b.post(&format!("/clients/{client}/homework"), &[("task", " "), ("due", &due)]).await;
    assert_eq!(no_task.status, 422);
    assert!(no_task.body.contains("task: is empty"), "{}", no_task.body);
    let bad_status = b.post(&format!("/homework/{homework}"), &[("status", "mostly"), ("response", "")]).await;
    assert_eq!(bad_status.status, 422);
    assert!(bad_status.body.contains("status: is assigned, done, partly or not-done"), "{}", bad_status.body);
    let chart = b.get(&format!("/clients/{client}")).await;
    assert_eq!(chart.body.matches(task).count(), 1, "the refused forms wrote nothing");
});

app_test!(another_therapists_homework_answers_not_found_and_is_audited, |app: TestApp| async move {
    let dana = app.staff("dana", Role::Therapist).await;
    let eve = app.staff("eve", Role::Therapist).await;
    let client = app.client(&dana, "Ann", "Example").await;
    let mut dana_b = app.signed_in(&dana).await;
    let assigned =
        dana_b.post(&format!("/clients/{client}/homework"), &[("task", "Sleep diary."), ("due", "2030-01-01")]).await;
    let homework = assigned.location().and_then(|l| l.split_once("#homework-")).expect("assigned").1.to_owned();

    let mut eve_b = app.signed_in(&eve).await;
    let review = eve_b.post(&format!("/homework/{homework}"), &[("status", "done"), ("response", "x")]).await;
    let assign = eve_b.post(&format!("/clients/{client}/homework"), &[("task", "x"), ("due", "2030-01-01")]).await;
    let missing = eve_b.post(&format!("/homework/{}", RowId::generate()), &[("status", "done")]).await;
    assert_eq!((review.status, assign.status, missing.status), (404, 404, 404));
    assert_eq!(review.body, missing.body, "another therapist's homework looks like none at all");
    let denied = app.denials(&eve, &client).await;
    assert_eq!(denied, 2);
    let chart = dana_b.get(&format!("/clients/{client}")).await;
    assert!(chart.body.contains("Sleep diary.") && !chart.body.contains("badge ok\">done"), "unchanged");
});
