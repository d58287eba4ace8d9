//! The vault's promises, checked on every backend: each case runs on a temporary
//! SQLite vault, and again on PostgreSQL when `SANCTUM_TEST_PG` holds a server URL
//! (`scripts/test` starts a throwaway cluster and sets it). Each PostgreSQL case gets
//! its own fresh database.

mod support;

use sanctum_practice::{
    AgendaItem, AmendmentText, ClientProfile, Consent, ConsentKind, Group, Homework, HomeworkStatus, Incident,
    Instrument, Location as Place, MeasureResponse, Note, NoteSections, NoteState, NoteTemplate, Relative, Role,
    Session, SessionKind, SessionStatus, TeamMeeting,
};
use sanctum_vault::{Actor, AuditReport, Error, Head, KdfParams, KeySource, LookupField, SessionWith, Store, Vault};
use support::{conformance, key_file, profile, TestVault};

/// The group confidentiality agreement, current version: a group member needs it.
fn group_agreement() -> Consent {
    Consent {
        kind: ConsentKind::GroupConfidentiality,
        version: sanctum_practice::GROUP_AGREEMENT_VERSION.into(),
        signed_at: 1,
        revoked_at: None,
    }
}

conformance!(creating_and_opening, |t: TestVault| async move {
    let vault = t.create().await;
    let head = vault.audit_head().await.unwrap();
    assert_eq!(head.seq, 2, "the creation and that its access rows are signed from the start");
    assert!(matches!(Vault::create(&t.location(), &t.key, t.kdf()).await, Err(Error::AlreadyInitialised(_))));
    let wrong = key_file();
    assert!(matches!(Vault::open(&t.location(), &wrong).await, Err(Error::WrongKey(_))));
    let pass = KeySource::Passphrase("a passphrase".to_owned().into());
    assert!(matches!(Vault::open(&t.location(), &pass).await, Err(Error::WrongKey(_))));
    let reopened = t.open().await;
    assert_eq!(reopened.audit_head().await.unwrap(), head, "a refused key changes nothing");
    let empty = t.sibling("empty").await;
    assert!(matches!(Vault::open(&empty.location(), &t.key).await, Err(Error::NotInitialised(_))));
});

/// Every file in a directory, by name, with its size and a digest of its bytes.
fn files(dir: &std::path::Path) -> std::collections::BTreeMap<String, (usize, String)> {
    use sha2::Digest as _;
    std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| {
            let path = e.expect("entry").path();
            // SQLite may remove its -wal or -shm between the listing and the read.
            let bytes = std::fs::read(&path).ok()?;
            let digest = sha2::Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
            Some((path.file_name().expect("name").to_string_lossy().into_owned(), (bytes.len(), digest)))
        })
        .collect()
}

/// [`files`] once SQLite's -wal and -shm are gone: they exist while a connection is
/// open, and sqlx closes connections on a worker thread, after `close` returns. (Up to
/// 30 s: on a loaded two-core machine the close has taken more than five.)
async fn settled(dir: &std::path::Path) -> std::collections::BTreeMap<String, (usize, String)> {
    for _ in 0..300 {
        let now = files(dir);
        if now.len() == 1 {
            return now;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    files(dir)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_or_a_wrong_path_touches_no_file() {
    let t = TestVault::sqlite();
    t.create().await.close().await;
    let dir = t.dir.path().join("vault");
    let before = settled(&dir).await;
    assert!(matches!(Vault::open(&t.location(), &key_file()).await, Err(Error::WrongKey(_))));
    let pass = KeySource::Passphrase("a passphrase".to_owned().into());
    assert!(matches!(Vault::open(&t.location(), &pass).await, Err(Error::WrongKey(_))));
    assert_eq!(settled(&dir).await, before, "a refused key changed the vault's files");

    let typo = t.dir.path().join("vualt");
    match Vault::open(&sanctum_vault::Location::Sqlite(typo.clone()), &t.key).await {
        Err(Error::NotInitialised(at)) => assert_eq!(at, typo.display().to_string()),
        other => panic!("a wrong path: {:?}", other.map(drop)),
    }
    assert!(!typo.exists(), "opening a wrong path created it");
    // An existing directory without a database stays empty too.
    std::fs::create_dir(&typo).expect("mkdir");
    assert!(matches!(
        Vault::open(&sanctum_vault::Location::Sqlite(typo.clone()), &t.key).await,
        Err(Error::NotInitialised(_))
    ));
    assert!(files(&typo).is_empty(), "opening an empty directory wrote into it");
}

conformance!(the_code_and_the_migrations_agree_on_every_table, |t: TestVault| async move {
    use sanctum_vault::store::{Query, Store};
    let vault = t.create().await;
    // Reading every column of every table the code knows fails on any name the
    // migrations lack; the round trips in the other cases check the kinds.
    for table in sanctum_vault::schema::ALL {
        let read = vault.store().read(vec![Query::all(table)]).await;
        assert!(read.is_ok(), "{}: {:?}", table.name, read.err());
    }
});

conformance!(passphrase_vaults_store_their_argon2_parameters, |t: TestVault| async move {
    let key = KeySource::Passphrase("correct horse battery staple".to_owned().into());
    let params = KdfParams::with_cost(sanctum_vault::Kdf::Argon2id, 1024, 1, 1);
    Vault::create(&t.location(), &key, params.clone()).await.unwrap();
    let vault = Vault::open(&t.location(), &key).await.unwrap();
    assert_eq!(vault.kdf(), &params);
    let typo = KeySource::Passphrase("correct horse battery stapler".to_owned().into());
    assert!(matches!(Vault::open(&t.location(), &typo).await, Err(Error::WrongKey(_))));
});

conformance!(staff_sign_in_is_audited_both_ways, |t: TestVault| async move {
    let vault = t.create().await;
    let (id, password) = vault.add_user(&Actor::Operator, "Dana", Role::Therapist).await.unwrap();
    let err = vault.add_user(&Actor::Operator, " dana ", Role::Admin).await.unwrap_err();
    assert!(err.to_string().contains("already exists"), "{err}");
    let user = vault.sign_in("dana", &password.0).await.unwrap();
    assert_eq!((user.id.clone(), user.role), (id.clone(), Role::Therapist));
    assert_eq!(vault.find_user("DANA").await.unwrap(), Some(user));
    let wrong = "not the password".to_owned().into();
    assert!(matches!(vault.sign_in("dana", &wrong).await, Err(Error::Denied)));
    assert!(matches!(vault.sign_in("nobody", &wrong).await, Err(Error::Denied)));
    let actions = t.actions(&vault).await;
    assert_eq!(actions[actions.len() - 3..], ["sign-in", "sign-in.failed", "sign-in.failed"]);
});

conformance!(a_chart_holds_every_record_and_every_access_is_audited, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(therapist.clone());
    let mut p = profile("Ann", "Example");
    p.relatives.push(Relative { name: "Bob Example".into(), relation: "husband".into(), phone: String::new() });
    p.distinctive.push("sings in the cathedral choir".into());
    let client = vault.add_client(&Actor::Operator, &p, Some(&therapist)).await.unwrap();

    let session = Session {
        kind: SessionKind::Individual,
        starts_at: 1_700_000_000,
        duration_minutes: 50,
        location: Place::Telehealth("https://meet.invalid/abc".into()),
        status: SessionStatus::Scheduled,
    };
    let session_id =
        vault.schedule_session(&me, &SessionWith::Client(client.clone()), &therapist, &session).await.unwrap();
    vault.set_session_status(&me, &session_id, SessionStatus::Held).await.unwrap();
    assert!(matches!(
        vault.set_session_status(&me, &session_id, SessionStatus::Cancelled).await,
        Err(Error::Conflict(_))
    ));

    let note_id =
        vault.add_note(&me, &client, Some(&session_id), &therapist, &Note::draft(NoteTemplate::Soap)).await.unwrap();
    let sections = NoteSections(vec!["Sleeping better.".into(), "Calm.".into(), "Improving.".into(), "Weekly.".into()]);
    vault.write_note(&me, &note_id, &sections).await.unwrap();
    vault.sign_note(&me, &note_id, &therapist).await.unwrap();
    assert!(matches!(vault.write_note(&me, &note_id, &sections).await, Err(Error::Conflict(_))));
    assert!(vault.sign_note(&me, &note_id, &therapist).await.is_err());
    let why = AmendmentText { reason: "wrong date".into(), text: "The session was on Tuesday.".into() };
    vault.amend_note(&me, &note_id, &therapist, why.clone()).await.unwrap();

    let mut homework = Homework::default();
    homework.task = "Keep a sleep diary".into();
    homework.due = "2024-01-10".into();
    let hw = vault.add_homework(&me, &client, Some(&session_id), &homework).await.unwrap();
    homework.status = HomeworkStatus::Done;
    homework.response = "Did it every night.".into();
    vault.update_homework(&me, &hw, &homework).await.unwrap();
    let consent = Consent {
        kind: ConsentKind::LimitsOfConfidentiality,
        version: "2024-03".into(),
        signed_at: 5,
        revoked_at: None,
    };
    let consent_id = vault.add_consent(&me, &client, &consent).await.unwrap();
    vault.revoke_consent(&me, &consent_id, 9).await.unwrap();
    assert!(vault.revoke_consent(&me, &consent_id, 10).await.is_err(), "revoked once");
    let phq = MeasureResponse::new(Instrument::Phq9, 7, vec![1, 1, 2, 0, 0, 1, 3, 0, 0]).unwrap();
    vault.add_measure(&me, &client, &phq).await.unwrap();
    let bad = MeasureResponse { instrument: Instrument::Gad7, taken_at: 7, answers: vec![9; 7] };
    assert!(matches!(vault.add_measure(&me, &client, &bad).await, Err(Error::Rule(_))));
    let mut incident = Incident::default();
    incident.description = "A group member repeated her story at work.".into();
    vault.add_incident(&me, &client, &therapist, &incident).await.unwrap();
    let mut item = AgendaItem::default();
    item.text = "Talk through what was repeated.".into();
    vault.add_agenda_item(&me, &client, None, &item).await.unwrap();

    let chart = vault.chart(&me, &client).await.unwrap();
    assert_eq!(chart.profile, p);
    assert_eq!(chart.sessions.len(), 1);
    assert_eq!(chart.sessions[0].1.status, SessionStatus::Held);
    assert_eq!(chart.sessions[0].1.location, session.location);
    let note = &chart.notes[0];
    assert_eq!(note.note.sections, sections);
    assert!(matches!(note.note.state, NoteState::Signed { .. }));
    assert_eq!(note.amendments.len(), 1);
    assert_eq!(note.amendments[0].text, why);
    assert_eq!(note.amendments[0].by, therapist.to_string());
    assert_eq!(chart.homework[0].1, homework);
    assert_eq!(chart.consents[0].1.revoked_at, Some(9));
    assert_eq!(chart.consents[0].1.version, "2024-03");
    assert_eq!(chart.measures[0].1.total(), 8);
    assert!(!chart.incidents[0].1.link.is_empty(), "an incident gets a link of its own");
    incident.link = chart.incidents[0].1.link.clone();
    assert_eq!(chart.incidents[0].1, incident);
    assert_eq!(chart.agenda[0].1, item);

    let actions = t.actions(&vault).await;
    for want in [
        "client.add",
        "caseload.assign",
        "session.write",
        "note.write",
        "note.sign",
        "note.amend",
        "homework.write",
        "consent.write",
        "measure.write",
        "incident.write",
        "agenda.write",
        "chart.read",
    ] {
        assert!(actions.iter().any(|a| a == want), "{want} missing from {actions:?}");
    }
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(groups_and_team_meetings_are_sealed_under_the_practice_key, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(therapist.clone());
    let a = vault.add_client(&me, &profile("Ann", "Example"), Some(&therapist)).await.unwrap();
    let mut group = Group::default();
    group.name = "Tuesday grief group".into();
    let g = vault.create_group(&me, &therapist, &group).await.unwrap();
    vault.add_consent(&me, &a, &group_agreement()).await.unwrap();
    vault.add_group_member(&me, &g, &a).await.unwrap();
    let session = Session {
        kind: SessionKind::Group,
        starts_at: 10,
        duration_minutes: 90,
        location: Place::InPerson("Room 2".into()),
        status: SessionStatus::Scheduled,
    };
    vault.schedule_session(&me, &SessionWith::Group(g.clone()), &therapist, &session).await.unwrap();
    assert_eq!(vault.group(&me, &g).await.unwrap(), (group, vec![a]));
    let mut meeting = TeamMeeting::default();
    meeting.held_at = 100;
    meeting.attendees = vec![therapist.to_string()];
    meeting.minutes = "Discussed two cases.".into();
    vault.add_team_meeting(&me, &meeting).await.unwrap();
    assert_eq!(vault.team_meetings(&me).await.unwrap()[0].1, meeting);
});

conformance!(signed_notes_are_locked_by_the_database_too, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let mut note = Note::draft(NoteTemplate::Dap);
    note.sections = NoteSections(vec!["d".into(), "a".into(), "p".into()]);
    let id = vault.add_note(&Actor::Operator, &client, None, &therapist, &note).await.unwrap();
    vault.sign_note(&Actor::Operator, &id, &therapist).await.unwrap();
    let refused = vault
        .store()
        .execute_raw(&format!("UPDATE notes SET state = 'draft', signed_by = NULL, signed_at = NULL WHERE id = '{id}'"))
        .await;
    assert!(refused.is_err(), "a signed note must not be editable even by SQL");
});

conformance!(records_refuse_another_clients_session, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(therapist.clone());
    let ann = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let bea = vault.add_client(&Actor::Operator, &profile("Bea", "Other"), None).await.unwrap();
    let session = Session {
        kind: SessionKind::Individual,
        starts_at: 1,
        duration_minutes: 50,
        location: Place::InPerson("room 1".into()),
        status: SessionStatus::Held,
    };
    let anns = vault.schedule_session(&me, &SessionWith::Client(ann.clone()), &therapist, &session).await.unwrap();
    let group = vault.create_group(&me, &therapist, &Group { name: "Mondays".into() }).await.unwrap();
    vault.add_consent(&me, &bea, &group_agreement()).await.unwrap();
    vault.add_group_member(&Actor::Operator, &group, &bea).await.unwrap();
    let mut group_session = session.clone();
    group_session.kind = SessionKind::Group;
    let groups = vault.schedule_session(&me, &SessionWith::Group(group), &therapist, &group_session).await.unwrap();
    let before = vault.audit_head().await.unwrap();
    let mut note = Note::draft(NoteTemplate::Dap);
    note.sections = NoteSections(vec!["d".into(), "a".into(), "p".into()]);
    let mut homework = Homework::default();
    (homework.task, homework.due) = ("Walk".into(), "2030-01-01".into());
    let mut item = AgendaItem::default();
    item.text = "Sleep".into();
    let unknown = sanctum_vault::RowId::generate();
    for session in [&anns, &unknown] {
        let session = Some(session);
        let refusals = [
            vault.add_note(&me, &bea, session, &therapist, &note).await.map(drop),
            vault.add_signed_note(&me, &bea, session, &therapist, &note).await.map(drop),
            vault.add_homework(&me, &bea, session, &homework).await.map(drop),
            vault.add_agenda_item(&me, &bea, session, &item).await.map(drop),
        ];
        for refused in refusals {
            match refused {
                Err(Error::Input { field, .. }) => assert_eq!(field, "session"),
                other => panic!("another client's session was accepted: {other:?}"),
            }
        }
    }
    assert_eq!(vault.audit_head().await.unwrap(), before, "nothing was written");
    // The client's own session, and a session of its group, are fine.
    vault.add_homework(&me, &ann, Some(&anns), &homework).await.unwrap();
    vault.add_note(&me, &bea, Some(&groups), &therapist, &note).await.unwrap();
    assert!(vault.add_agenda_item(&me, &ann, Some(&groups), &item).await.is_err(), "not a member");
});

conformance!(a_failed_chart_read_is_on_the_record, |t: TestVault| async move {
    use sanctum_vault::store::Store;
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(therapist.clone());
    let last = || async { vault.store().audit_page(0, 100_000).await.unwrap().pop().expect("an entry") };
    let unknown = sanctum_vault::RowId::generate();
    assert!(matches!(vault.chart(&me, &unknown).await, Err(Error::NotFound(_))));
    let entry = last().await;
    assert_eq!(
        (entry.action.as_str(), entry.outcome.as_str(), entry.client.as_deref()),
        ("chart.read", "failed", Some(unknown.as_str()))
    );
    assert!(entry.actor.contains(therapist.as_str()), "{}", entry.actor);
    // Erased, and tampered: both attempts recorded.
    let erased = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    vault.erase_client(&Actor::Operator, &erased).await.unwrap();
    assert!(vault.chart(&me, &erased).await.is_err());
    assert_eq!((last().await.action, last().await.outcome), ("chart.read".to_owned(), "failed".to_owned()));
    // On the therapist's caseload, so the read gets past the access check to the data.
    let a = vault.add_client(&Actor::Operator, &profile("Bea", "Other"), Some(&therapist)).await.unwrap();
    let b = vault.add_client(&Actor::Operator, &profile("Cy", "Third"), None).await.unwrap();
    copy_sealed(&vault, ("clients", "profile", a.as_str()), ("clients", "profile", b.as_str())).await;
    assert!(matches!(vault.chart(&me, &a).await, Err(Error::Tampered(_))));
    assert_eq!(last().await.outcome, "failed");
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(clients_are_found_by_blind_index_only, |t: TestVault| async move {
    let vault = t.create().await;
    let mut p = profile("Ann", "Example");
    p.email = "Ann@Example.org".into();
    p.phone = "(724) 474-2865".into();
    let a = vault.add_client(&Actor::Operator, &p, None).await.unwrap();
    vault.add_client(&Actor::Operator, &profile("Bea", "Other"), None).await.unwrap();
    let find = |f, v: &'static str| {
        let vault = &vault;
        async move { vault.find_clients(&Actor::Operator, f, v).await.unwrap() }
    };
    assert_eq!(find(LookupField::Name, "  ann EXAMPLE").await, vec![a.clone()]);
    assert_eq!(find(LookupField::Email, "ann@example.org").await, vec![a.clone()]);
    assert_eq!(find(LookupField::Phone, "724-474-2865").await, vec![a.clone()]);
    assert!(find(LookupField::Name, "Ann Exampel").await.is_empty());
});

conformance!(the_guard_reads_a_therapists_caseload_from_the_vault, |t: TestVault| async move {
    let vault = t.create().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let (eli, _) = vault.add_user(&Actor::Operator, "eli", Role::Therapist).await.unwrap();
    let mut p = profile("Charles", "Benson");
    p.preferred_name = "Chuck".into();
    p.employer = "Mclaughlin Law LLP".into();
    let chuck = vault.add_client(&Actor::Operator, &p, Some(&dana)).await.unwrap();
    vault.add_client(&Actor::Operator, &profile("Nathan", "Robinson"), Some(&eli)).await.unwrap();
    let caseload = vault.caseload(&Actor::User(dana.clone()), &dana).await.unwrap();
    assert_eq!(caseload.clients.len(), 1);
    let index = sanctum_guard::CaseloadIndex::new(&caseload);
    let found = index.scan("Proud of Chuck today, Mclaughlin Law LLP should promote him.");
    assert_eq!(found.clients[0].client_id, chuck.to_string());
    assert!(index.scan("Nathan Robinson called.").clients.is_empty(), "another therapist's client");
    let (admin, _) = vault.add_user(&Actor::Operator, "root", Role::Admin).await.unwrap();
    assert!(
        matches!(vault.assign(&Actor::Operator, &admin, &chuck).await, Err(Error::NotFound(_))),
        "only therapists carry a caseload"
    );
});

conformance!(ciphertexts_moved_or_altered_do_not_open, |t: TestVault| async move {
    let vault = t.create().await;
    let a = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let b = vault.add_client(&Actor::Operator, &profile("Bea", "Other"), None).await.unwrap();
    let store = vault.store();
    // Swap the two profiles.
    store
        .execute_raw(&format!(
            "UPDATE clients SET profile = (SELECT c.profile FROM clients c WHERE c.id = '{b}') WHERE id = '{a}'"
        ))
        .await
        .unwrap();
    match vault.chart(&Actor::Operator, &a).await {
        Err(Error::Tampered(msg)) => assert!(msg.contains("clients.profile"), "{msg}"),
        other => panic!("a swapped ciphertext opened: {other:?}"),
    }
    assert!(vault.chart(&Actor::Operator, &b).await.is_ok());
    // Swap the two clients' wrapped keys.
    store.execute_raw(&format!("UPDATE client_keys SET wrapped = (SELECT wrapped FROM client_keys WHERE client_id = '{a}') WHERE client_id = '{b}'")).await.unwrap();
    assert!(matches!(vault.chart(&Actor::Operator, &b).await, Err(Error::Tampered(_))));
});

/// Moves a sealed value from one row to another with a plain SQL copy.
async fn copy_sealed(
    vault: &Vault,
    (to_table, to_col, to_row): (&str, &str, &str),
    (from_table, from_col, from_row): (&str, &str, &str),
) {
    vault
        .store()
        .execute_raw(&format!(
            "UPDATE {to_table} SET {to_col} = (SELECT f.{from_col} FROM {from_table} f WHERE f.id = '{from_row}') WHERE id = '{to_row}'"
        ))
        .await
        .expect("the copy runs");
}

fn expect_tampered<T: std::fmt::Debug>(result: Result<T, Error>, place: &str) {
    match result {
        Err(Error::Tampered(msg)) => assert!(msg.contains(place), "{msg}"),
        other => panic!("a ciphertext moved into {place} under the same key opened: {other:?}"),
    }
}

// The swaps above cross data keys, so they would fail without associated data too;
// these stay under one key, so only the bound table, column and row refuse them.
conformance!(ciphertexts_moved_under_the_same_key_do_not_open, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(therapist.clone());
    let draft = |text: &str| {
        let mut note = Note::draft(NoteTemplate::Dap);
        note.sections = NoteSections(vec![text.into(), "b".into(), "c".into()]);
        note
    };
    let homework = |task: &str| {
        let mut h = Homework::default();
        h.task = task.into();
        h.due = "2030-01-01".into();
        h
    };

    // Two notes of one client: same key, same column, different rows.
    let ann = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let n1 = vault.add_note(&me, &ann, None, &therapist, &draft("first")).await.unwrap();
    let n2 = vault.add_note(&me, &ann, None, &therapist, &draft("second")).await.unwrap();
    copy_sealed(&vault, ("notes", "body", n1.as_str()), ("notes", "body", n2.as_str())).await;
    expect_tampered(vault.chart(&Actor::Operator, &ann).await, &format!("notes.body[{n1}]"));

    // One client's note body into its homework: same key and column name, another table.
    let bea = vault.add_client(&Actor::Operator, &profile("Bea", "Other"), None).await.unwrap();
    let note = vault.add_note(&me, &bea, None, &therapist, &draft("a note")).await.unwrap();
    let hw = vault.add_homework(&me, &bea, None, &homework("a task")).await.unwrap();
    assert!(vault.chart(&Actor::Operator, &bea).await.is_ok());
    copy_sealed(&vault, ("homework", "body", hw.as_str()), ("notes", "body", note.as_str())).await;
    expect_tampered(vault.chart(&Actor::Operator, &bea).await, &format!("homework.body[{hw}]"));

    // One client's profile into a session location: same key, another column and table.
    let cy = vault.add_client(&Actor::Operator, &profile("Cy", "Third"), None).await.unwrap();
    let session = Session {
        kind: SessionKind::Individual,
        starts_at: 1,
        duration_minutes: 50,
        location: Place::InPerson("room 1".into()),
        status: SessionStatus::Scheduled,
    };
    let s = vault.schedule_session(&me, &SessionWith::Client(cy.clone()), &therapist, &session).await.unwrap();
    copy_sealed(&vault, ("sessions", "location", s.as_str()), ("clients", "profile", cy.as_str())).await;
    expect_tampered(vault.chart(&Actor::Operator, &cy).await, &format!("sessions.location[{s}]"));

    // Under the practice key: two groups' names, two team meetings.
    let g1 = vault.create_group(&me, &therapist, &Group { name: "Mondays".into() }).await.unwrap();
    let g2 = vault.create_group(&me, &therapist, &Group { name: "Fridays".into() }).await.unwrap();
    copy_sealed(&vault, ("therapy_groups", "name", g1.as_str()), ("therapy_groups", "name", g2.as_str())).await;
    expect_tampered(vault.group(&me, &g1).await, &format!("therapy_groups.name[{g1}]"));
    assert!(vault.group(&me, &g2).await.is_ok());
    let mut meeting = TeamMeeting::default();
    meeting.held_at = 1;
    let m1 = vault.add_team_meeting(&me, &meeting).await.unwrap();
    meeting.held_at = 2;
    let m2 = vault.add_team_meeting(&me, &meeting).await.unwrap();
    copy_sealed(&vault, ("team_meetings", "body", m1.as_str()), ("team_meetings", "body", m2.as_str())).await;
    expect_tampered(vault.team_meetings(&me).await, &format!("team_meetings.body[{m1}]"));
});

conformance!(audit_edit_is_detected, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    vault
        .store()
        .execute_raw("UPDATE audit_log SET actor = 'operator', action = 'sign-in' WHERE seq = 4")
        .await
        .unwrap();
    t.expect_break(&vault, 4, "edited").await;
});

conformance!(audit_delete_is_detected, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    vault.store().execute_raw("DELETE FROM audit_log WHERE seq = 3").await.unwrap();
    t.expect_break(&vault, 3, "deleted").await;
});

conformance!(audit_reorder_is_detected, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let s = vault.store();
    s.execute_raw("UPDATE audit_log SET seq = -1 WHERE seq = 3").await.unwrap();
    s.execute_raw("UPDATE audit_log SET seq = 3 WHERE seq = 4").await.unwrap();
    s.execute_raw("UPDATE audit_log SET seq = 4 WHERE seq = -1").await.unwrap();
    t.expect_break(&vault, 3, "reordered").await;
});

conformance!(audit_truncation_is_detected_by_the_checkpoint, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let before = vault.audit_head().await.unwrap();
    vault.store().execute_raw("DELETE FROM audit_log WHERE seq > 5").await.unwrap();
    t.expect_break(&vault, 6, "truncated").await;
    // Moving the checkpoint back with the tail does not help: it is authenticated.
    vault
        .store()
        .execute_raw("UPDATE audit_head SET seq = 5, hash = (SELECT hash FROM audit_log WHERE seq = 5)")
        .await
        .unwrap();
    t.expect_break(&vault, 5, "not authentic").await;
    // And a tampered head stops every write, so an append cannot launder it.
    let err = vault.add_client(&Actor::Operator, &profile("New", "Client"), None).await.unwrap_err();
    assert!(matches!(err, Error::Tampered(_)), "{err}");
    assert!(before.seq > 5);
});

conformance!(a_checkpoint_put_back_from_an_older_copy_is_detected, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let s = vault.store();
    // An attacker keeps the (authentic) checkpoint row from an earlier copy of the
    // database and puts it back after more entries were written.
    s.execute_raw("CREATE TABLE old_head AS SELECT * FROM audit_head").await.unwrap();
    let old = vault.audit_head().await.unwrap();
    vault.add_client(&Actor::Operator, &profile("Later", "Client"), None).await.unwrap();
    s.execute_raw("DELETE FROM audit_head").await.unwrap();
    s.execute_raw("INSERT INTO audit_head SELECT * FROM old_head").await.unwrap();
    t.expect_break(&vault, old.seq + 1, "rolled back").await;
});

conformance!(a_head_recorded_elsewhere_catches_a_rollback, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let head = vault.audit_head().await.unwrap();
    assert!(matches!(vault.verify_audit(Some(&head)).await.unwrap(), AuditReport::Intact { .. }));
    vault.add_client(&Actor::Operator, &profile("Later", "Client"), None).await.unwrap();
    assert!(
        matches!(vault.verify_audit(Some(&head)).await.unwrap(), AuditReport::Intact { .. }),
        "a later head extends it"
    );
    let forged = Head { seq: head.seq, hash: [7; 32] };
    t.expect_break_against(&vault, Some(&forged), head.seq, "expected head").await;
    let future = Head { seq: head.seq + 100, hash: head.hash };
    t.expect_break_against(&vault, Some(&future), head.seq + 2, "rolled back").await;
});

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erased_clients_wrapped_key_leaves_no_copy_in_the_vault_directory() {
    use sanctum_vault::schema::{Value, CLIENT_KEYS};
    use sanctum_vault::store::{Query, Store};
    let t = TestVault::sqlite();
    let vault = t.create().await;
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let rows = vault
        .store()
        .read(vec![Query::by(&CLIENT_KEYS, "client_id", Value::id(&client))])
        .await
        .expect("read the wrapped key");
    let wrapped = rows[0][0].blob("wrapped").expect("wrapped").to_vec();
    let dir = t.dir.path().join("vault");
    let holding = || {
        std::fs::read_dir(&dir)
            .expect("dir")
            .map(|e| e.expect("entry").path())
            .filter(|p| std::fs::read(p).expect("read").windows(wrapped.len()).any(|w| w == wrapped))
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
    };
    assert!(!holding().is_empty(), "the search finds the key while it is live, so its silence means something");
    vault.erase_client(&Actor::Operator, &client).await.unwrap();
    // Checked with the vault still open: a stolen copy of the directory is taken live.
    assert_eq!(holding(), Vec::<String>::new(), "the erased client's wrapped key is still on disk");
}

conformance!(erasing_a_client_shreds_its_key, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), Some(&therapist)).await.unwrap();
    let mut note = Note::draft(NoteTemplate::Birp);
    note.sections = NoteSections(vec!["b".into(), "i".into(), "r".into(), "p".into()]);
    vault.add_note(&Actor::Operator, &client, None, &therapist, &note).await.unwrap();
    let other = vault.add_client(&Actor::Operator, &profile("Bea", "Other"), None).await.unwrap();
    // An attacker keeps copies of the ciphertexts (as old pages or a stolen copy would).
    let s = vault.store();
    s.execute_raw(&format!("CREATE TABLE stolen_clients AS SELECT * FROM clients WHERE id = '{client}'"))
        .await
        .unwrap();
    s.execute_raw(&format!("CREATE TABLE stolen_notes AS SELECT * FROM notes WHERE client_id = '{client}'"))
        .await
        .unwrap();
    // Another app instance has the client's key cached from a write…
    let elsewhere = t.open().await;
    let mut homework = Homework::default();
    (homework.task, homework.due) = ("Walk daily".into(), "2030-01-01".into());
    elsewhere.add_homework(&Actor::Operator, &client, None, &homework).await.unwrap();
    vault.erase_client(&Actor::Operator, &client).await.unwrap();
    // …and still cannot write for the erased client.
    let refused = elsewhere.add_homework(&Actor::Operator, &client, None, &homework).await;
    assert!(matches!(refused, Err(Error::NotFound(_))), "{refused:?}");
    assert!(matches!(vault.chart(&Actor::Operator, &client).await, Err(Error::NotFound(_))));
    assert!(vault.find_clients(&Actor::Operator, LookupField::Name, "Ann Example").await.unwrap().is_empty());
    assert!(vault.caseload(&Actor::Operator, &therapist).await.unwrap().clients.is_empty());
    assert!(matches!(vault.erase_client(&Actor::Operator, &client).await, Err(Error::NotFound(_))));
    assert!(t.actions(&vault).await.contains(&"client.erase".to_owned()));
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
    // Putting the ciphertexts back does not bring the client back: its key is gone…
    s.execute_raw(&format!("DELETE FROM clients WHERE id = '{client}'")).await.unwrap();
    s.execute_raw("INSERT INTO clients SELECT * FROM stolen_clients").await.unwrap();
    s.execute_raw("INSERT INTO notes SELECT * FROM stolen_notes").await.unwrap();
    assert!(matches!(vault.chart(&Actor::Operator, &client).await, Err(Error::NotFound(_))));
    // …and no other key opens them: another client's wrapped key is bound to that client.
    s.execute_raw(&format!(
        "INSERT INTO client_keys SELECT '{client}', wrapped FROM client_keys WHERE client_id = '{other}'"
    ))
    .await
    .unwrap();
    assert!(matches!(vault.chart(&Actor::Operator, &client).await, Err(Error::Tampered(_))));
});

conformance!(rotating_the_key_rewraps_everything_and_retires_the_old_key, |t: TestVault| async move {
    let mut vault = t.create().await;
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let new_key = key_file();
    vault
        .rotate_key(&Actor::Operator, &new_key, KdfParams::with_cost(sanctum_vault::Kdf::KeyFile, 0, 0, 0))
        .await
        .unwrap();
    assert_eq!(vault.chart(&Actor::Operator, &client).await.unwrap().profile.given_name, "Ann");
    drop(vault);
    assert!(matches!(Vault::open(&t.location(), &t.key).await, Err(Error::WrongKey(_))));
    let vault = Vault::open(&t.location(), &new_key).await.unwrap();
    assert_eq!(vault.chart(&Actor::Operator, &client).await.unwrap().profile.family_name, "Example");
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
    assert!(t.actions(&vault).await.contains(&"keys.rotate".to_owned()));
});

conformance!(an_import_is_all_or_nothing, |t: TestVault| async move {
    let vault = t.create().await;
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let mut bad = profile("Bad", "Date");
    bad.date_of_birth = "1990-02-30".into();
    let batch = [profile("Ann", "Example"), bad, profile("Cy", "Third")];
    let err = vault.import_clients(&Actor::Operator, &batch, Some(&therapist)).await.unwrap_err();
    assert!(err.to_string().contains("clients[1].date_of_birth"), "{err}");
    let head = vault.audit_head().await.unwrap();
    assert!(vault.find_clients(&Actor::Operator, LookupField::Name, "Ann Example").await.unwrap().is_empty());
    let ok = [profile("Ann", "Example"), profile("Cy", "Third")];
    assert_eq!(vault.import_clients(&Actor::Operator, &ok, Some(&therapist)).await.unwrap().len(), 2);
    assert!(vault.audit_head().await.unwrap().seq > head.seq);
    // A therapist that does not exist fails the whole import too.
    let nobody = sanctum_vault::RowId::generate();
    assert!(vault.import_clients(&Actor::Operator, &[profile("Dee", "Fourth")], Some(&nobody)).await.is_err());
    assert!(vault.find_clients(&Actor::Operator, LookupField::Name, "Dee Fourth").await.unwrap().is_empty());
});

/// Counts what a long operation reports, for the progress bars.
#[derive(Default)]
struct Counted {
    total: std::sync::atomic::AtomicU64,
    done: std::sync::atomic::AtomicU64,
}

impl sanctum_vault::Progress for Counted {
    fn start(&self, total: u64) {
        self.total.store(total, std::sync::atomic::Ordering::SeqCst);
    }
    fn advance(&self, n: u64) {
        self.done.fetch_add(n, std::sync::atomic::Ordering::SeqCst);
    }
}

impl Counted {
    fn get(&self) -> (u64, u64) {
        use std::sync::atomic::Ordering::SeqCst;
        (self.total.load(SeqCst), self.done.load(SeqCst))
    }
}

conformance!(import_backup_and_restore_report_every_row, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let imported = Counted::default();
    let profiles = [profile("Ada", "First"), profile("Bo", "Second"), profile("Cy", "Third")];
    vault.import_clients_reporting(&Actor::Operator, &profiles, None, &imported).await.unwrap();
    assert_eq!(imported.get(), (3, 3));

    let written = std::sync::Arc::new(Counted::default());
    let file = t.dir.path().join("reported.age");
    let manifest = vault.backup_reporting(&Actor::Operator, &t.key, &file, written.clone()).await.unwrap();
    let rows: u64 = manifest.tables.values().sum();
    assert!(rows > 3);
    assert_eq!(written.get(), (rows, rows));

    let read = std::sync::Arc::new(Counted::default());
    let target = t.sibling("reported").await;
    Vault::restore_reporting(&target.location(), &t.key, &file, false, read.clone()).await.unwrap();
    assert_eq!(read.get(), (rows, rows));
});

conformance!(restore_replaces_only_a_vault_its_key_opens, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let file = t.backup(&vault, "practice.age").await;
    // A vault under another key: the backup's key does not open it, so it stays.
    let other = t.sibling("other").await;
    let other_key = key_file();
    let theirs = Vault::create(&other.location(), &other_key, t.kdf()).await.unwrap();
    theirs.add_client(&Actor::Operator, &profile("Dee", "Fourth"), None).await.unwrap();
    let their_head = theirs.audit_head().await.unwrap();
    theirs.close().await;
    match Vault::restore(&other.location(), &t.key, &file, true).await {
        Err(Error::WrongKey(msg)) => assert!(msg.contains("replace"), "{msg}"),
        other => panic!("a restore over a vault its key does not open: {:?}", other.map(|(_, m)| m)),
    }
    let theirs = Vault::open(&other.location(), &other_key).await.unwrap();
    assert_eq!(theirs.audit_head().await.unwrap(), their_head, "the refused restore changed the vault");
    // A vault under the same key is replaced, and the restore entry names its old head.
    let target = t.sibling("target").await;
    let old = target.create().await;
    let old_head = old.audit_head().await.unwrap();
    old.close().await;
    let (restored, _) = Vault::restore(&target.location(), &t.key, &file, true).await.unwrap();
    use sanctum_vault::store::Store;
    let entries = restored.store().audit_page(0, 100_000).await.unwrap();
    let restore = entries.iter().rfind(|e| e.action == "restore").expect("a restore entry");
    let prefix: String = old_head.hash[..16].iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(restore.record.as_deref(), Some(prefix.as_str()));
});

/// Rewrites a backup's payload as someone holding only the age key could: decrypted,
/// edited line by line, re-encrypted to the same recipient.
fn rewrite_backup(key: &KeySource, from: &std::path::Path, to: &std::path::Path, edit: impl Fn(&mut Vec<String>)) {
    use secrecy::ExposeSecret;
    use std::io::{Read as _, Write as _};
    let KeySource::KeyFile(text) = key else { unreachable!("tests use key files") };
    let identity: age::x25519::Identity = text.expose_secret().parse().expect("an age identity");
    let decryptor = age::Decryptor::new(std::fs::File::open(from).expect("open")).expect("an age file");
    let mut payload = String::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .expect("decrypt")
        .read_to_string(&mut payload)
        .expect("read");
    let mut lines: Vec<String> = payload.lines().map(str::to_owned).collect();
    edit(&mut lines);
    let recipient = identity.to_public();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).expect("encryptor");
    let mut out = encryptor.wrap_output(std::fs::File::create(to).expect("create")).expect("wrap");
    for line in &lines {
        writeln!(out, "{line}").expect("write");
    }
    out.finish().expect("finish");
}

conformance!(a_backup_with_a_row_altered_and_a_recomputed_manifest_is_refused, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let file = t.backup(&vault, "practice.age").await;
    let same = t.dir.path().join("same.age");
    rewrite_backup(&t.key, &file, &same, |_| {});
    assert!(Vault::check_backup(&t.key, &same).await.is_ok(), "re-encrypting alone changes nothing");
    // One client's creation time changed: counts, keys and chain are all still consistent.
    let altered = t.dir.path().join("altered.age");
    rewrite_backup(&t.key, &file, &altered, |lines| {
        let i = lines.iter().position(|l| l.starts_with(r#"{"table":"clients""#)).expect("a client row");
        let mut row: serde_json::Value = serde_json::from_str(&lines[i]).expect("json");
        row["row"][1] = serde_json::json!(12345);
        lines[i] = row.to_string();
    });
    // A client row dropped, with the manifest's count recomputed.
    let dropped = t.dir.path().join("dropped.age");
    rewrite_backup(&t.key, &file, &dropped, |lines| {
        let i = lines.iter().rposition(|l| l.starts_with(r#"{"table":"clients""#)).expect("a client row");
        let id = serde_json::from_str::<serde_json::Value>(&lines[i]).expect("json")["row"][0].clone();
        let id = id.as_str().expect("id");
        lines.retain(|l| l.starts_with(r#"{"table":"audit_log""#) || !l.contains(id));
        let mut manifest: serde_json::Value = serde_json::from_str(&lines[0]).expect("manifest");
        for table in ["clients", "client_keys"] {
            let n = manifest["tables"][table].as_u64().expect("count");
            manifest["tables"][table] = serde_json::json!(n - 1);
        }
        lines[0] = manifest.to_string();
    });
    let target = t.sibling("target").await;
    for bad in [&altered, &dropped] {
        match Vault::restore(&target.location(), &t.key, bad, false).await {
            Err(Error::Tampered(msg)) => assert!(msg.contains("MAC"), "{msg}"),
            other => panic!("an altered backup was accepted: {:?}", other.map(|(_, m)| m)),
        }
    }
});

/// The backup was first written to `.NAME.partial`: a symlink planted there by another
/// local user redirected the write (and truncated the file it pointed to).
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_does_not_follow_a_symlink_planted_beside_it() {
    let t = TestVault::sqlite();
    let vault = t.create().await;
    let victim = t.dir.path().join("victim.txt");
    std::fs::write(&victim, "precious").unwrap();
    let out = t.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::os::unix::fs::symlink(&victim, out.join(".practice.age.partial")).unwrap();
    vault.backup(&Actor::Operator, &t.key, &out.join("practice.age")).await.unwrap();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    assert!(Vault::check_backup(&t.key, &out.join("practice.age")).await.is_ok());
    let names: Vec<_> = std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "the backup and the planted link, no temporary file left: {names:?}");
}

conformance!(backups_restore_only_when_verified, |t: TestVault| async move {
    let vault = t.busy_vault().await;
    let file = t.backup(&vault, "practice.age").await;
    let client = vault.find_clients(&Actor::Operator, LookupField::Name, "Client Three").await.unwrap()[0].clone();
    let target = t.sibling("restored").await;
    let (restored, manifest) = Vault::restore(&target.location(), &t.key, &file, false).await.unwrap();
    assert_eq!(manifest.tables["clients"], 5);
    assert_eq!(restored.chart(&Actor::Operator, &client).await.unwrap().profile.given_name, "Client");
    assert!(matches!(restored.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
    assert!(t.actions(&restored).await.ends_with(&[
        "export".to_owned(),
        "restore".to_owned(),
        "chart.read".to_owned()
    ]));
    // Refusals: an existing vault without --replace, the wrong key, a damaged file.
    assert!(matches!(
        Vault::restore(&target.location(), &t.key, &file, false).await,
        Err(Error::AlreadyInitialised(_))
    ));
    assert!(matches!(Vault::restore(&target.location(), &key_file(), &file, true).await, Err(Error::WrongKey(_))));
    let mut bytes = std::fs::read(&file).unwrap();
    let n = bytes.len();
    bytes[n - 40] ^= 1;
    let damaged = t.dir.path().join("damaged.age");
    std::fs::write(&damaged, &bytes).unwrap();
    assert!(Vault::restore(&target.location(), &t.key, &damaged, true).await.is_err());
    // A vault with a broken chain is not backed up.
    vault.store().execute_raw("UPDATE audit_log SET outcome = 'denied' WHERE seq = 2").await.unwrap();
    let err = vault.backup(&Actor::Operator, &t.key, &t.dir.path().join("broken.age")).await.unwrap_err();
    assert!(matches!(err, Error::Tampered(_)), "{err}");
});

conformance!(concurrent_writers_keep_one_linear_chain, |t: TestVault| async move {
    let vault = std::sync::Arc::new(t.create().await);
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let start = vault.audit_head().await.unwrap().seq;
    let mut tasks = Vec::new();
    for writer in 0..8 {
        // A second connection pool to the same database: another app server.
        let vault = if writer % 2 == 0 { vault.clone() } else { std::sync::Arc::new(t.open().await) };
        let (client, therapist) = (client.clone(), therapist.clone());
        tasks.push(tokio::spawn(async move {
            for _ in 0..10 {
                let mut note = Note::draft(NoteTemplate::Dap);
                note.sections = NoteSections(vec![format!("writer {writer}"), "a".into(), "p".into()]);
                let id =
                    vault.add_note(&Actor::User(therapist.clone()), &client, None, &therapist, &note).await.unwrap();
                vault.sign_note(&Actor::User(therapist.clone()), &id, &therapist).await.unwrap();
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let head = vault.audit_head().await.unwrap();
    assert_eq!(head.seq, start + 8 * 10 * 2);
    assert_eq!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { head });
    assert_eq!(vault.chart(&Actor::Operator, &client).await.unwrap().notes.len(), 80);
});

// The head lock relies on READ COMMITTED (a writer that waited on the head's row lock
// then reads the committed head); a server whose default isolation is stricter must
// not turn waiting writers into serialization failures.
conformance!(concurrent_writers_do_not_depend_on_the_servers_default_isolation, |t: TestVault| async move {
    let first = t.create().await;
    let client = first.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    if first.store().backend() == sanctum_vault::Backend::Postgres {
        first
            .store()
            .execute_raw(
                "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET default_transaction_isolation = %L', \
                 current_database(), 'repeatable read'); END $$",
            )
            .await
            .unwrap();
    }
    first.close().await;
    let mut tasks = Vec::new();
    for writer in 0..6 {
        // Fresh pools, so their sessions start with the new default.
        let vault = t.open().await;
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..10 {
                let mut consent = Consent {
                    kind: ConsentKind::Treatment,
                    version: format!("v{writer}"),
                    signed_at: 1,
                    revoked_at: None,
                };
                consent.signed_at = writer;
                vault.add_consent(&Actor::Operator, &client, &consent).await.expect("a concurrent write");
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let vault = t.open().await;
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
    assert_eq!(vault.chart(&Actor::Operator, &client).await.unwrap().consents.len(), 60);
});

conformance!(a_batch_that_fails_among_concurrent_ones_fails_alone, |t: TestVault| async move {
    let vault = std::sync::Arc::new(t.create().await);
    let (therapist, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), None).await.unwrap();
    let session = Session {
        kind: SessionKind::Individual,
        starts_at: 10,
        duration_minutes: 50,
        location: Place::InPerson("Room 1".into()),
        status: SessionStatus::Scheduled,
    };
    let sid = vault
        .schedule_session(&Actor::Operator, &SessionWith::Client(client.clone()), &therapist, &session)
        .await
        .unwrap();
    let start = vault.audit_head().await.unwrap().seq;
    let mut tasks = Vec::new();
    for i in 0..16 {
        let (vault, sid, client, therapist) = (vault.clone(), sid.clone(), client.clone(), therapist.clone());
        tasks.push(tokio::spawn(async move {
            if i % 2 == 0 {
                // Only one of these can move the session out of "scheduled".
                let to = if i % 4 == 0 { SessionStatus::Held } else { SessionStatus::NoShow };
                vault.set_session_status(&Actor::Operator, &sid, to).await.is_ok()
            } else {
                let mut note = Note::draft(NoteTemplate::Dap);
                note.sections = NoteSections(vec!["d".into(), "a".into(), "p".into()]);
                vault.add_signed_note(&Actor::Operator, &client, None, &therapist, &note).await.unwrap();
                false
            }
        }));
    }
    let mut changed = 0;
    for task in tasks {
        changed += usize::from(task.await.unwrap());
    }
    assert_eq!(changed, 1, "exactly one status change wins");
    let head = vault.audit_head().await.unwrap();
    assert_eq!(head.seq, start + 8 + 1, "eight notes and one status change; refused batches left no entry");
    assert_eq!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { head });
    let chart = vault.chart(&Actor::Operator, &client).await.unwrap();
    assert_eq!(chart.notes.len(), 8);
    assert_ne!(chart.sessions[0].1.status, SessionStatus::Scheduled);
});

/// Backups are logical: one taken on SQLite restores into PostgreSQL.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sqlite_backup_restores_into_postgresql() {
    let Some(pg) = TestVault::postgres().await else {
        return eprintln!("SANCTUM_TEST_PG is not set: PostgreSQL case skipped");
    };
    let sqlite = pg.sqlite_twin();
    let vault = sqlite.busy_vault().await;
    let file = sqlite.backup(&vault, "move.age").await;
    let (moved, manifest) = Vault::restore(&pg.location(), &pg.key, &file, false).await.unwrap();
    assert_eq!(manifest.tables["clients"], 5);
    let found = moved.find_clients(&Actor::Operator, LookupField::Name, "Client Four").await.unwrap();
    assert_eq!(moved.chart(&Actor::Operator, &found[0]).await.unwrap().profile.family_name, "Four");
    assert!(matches!(moved.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
}

#[test]
fn every_single_valued_profile_field_is_in_fields() {
    // The canary test and the import fill a profile through `FIELDS`: a text field added
    // to the struct but not to the list would be neither canaried nor importable.
    let json = serde_json::to_value(ClientProfile::default()).expect("a profile serialises");
    let mut text_fields: Vec<&str> = json
        .as_object()
        .expect("a profile is an object")
        .iter()
        .filter(|(_, v)| v.is_string())
        .map(|(k, _)| k.as_str())
        .collect();
    let mut fields = ClientProfile::FIELDS.to_vec();
    text_fields.sort_unstable();
    fields.sort_unstable();
    assert_eq!(text_fields, fields);
    let mut profile = ClientProfile::default();
    for field in ClientProfile::FIELDS {
        *profile.field_mut(field).expect("every listed field is addressable") = field.to_owned();
    }
    let filled = serde_json::to_value(&profile).expect("a profile serialises");
    for field in ClientProfile::FIELDS {
        assert_eq!(filled[field], field, "field_mut({field:?}) writes another field");
    }
}

conformance!(staff_details_open_and_passwords_change_on_the_record, |t: TestVault| async move {
    let vault = t.create().await;
    let (dana, first) = vault.add_user(&Actor::Operator, " Dana ", Role::Therapist).await.unwrap();
    let (sam, _) = vault.add_user(&Actor::Operator, "sam", Role::Supervisor).await.unwrap();
    let member = vault.staff_member(&dana).await.unwrap().expect("dana");
    assert_eq!((member.username.as_str(), member.role, member.totp_enrolled), ("Dana", Role::Therapist, false));
    assert_eq!(vault.staff_member(&sanctum_vault::RowId::generate()).await.unwrap(), None);
    let names: Vec<_> = vault.staff().await.unwrap().into_iter().map(|m| (m.id, m.username)).collect();
    assert_eq!(names, vec![(dana.clone(), "Dana".to_owned()), (sam.clone(), "sam".to_owned())]);

    let me = Actor::User(dana.clone());
    let short = secrecy::SecretString::from("short".to_owned());
    match vault.set_password(&me, &dana, &short).await {
        Err(Error::Input { field, .. }) => assert_eq!(field, "password"),
        other => panic!("a short password: {other:?}"),
    }
    let new = secrecy::SecretString::from("a much longer passphrase".to_owned());
    vault.set_password(&me, &dana, &new).await.unwrap();
    assert!(matches!(vault.sign_in("dana", &first.0).await, Err(Error::Denied)), "the old password is gone");
    assert_eq!(vault.sign_in("dana", &new).await.unwrap().id, dana);
    let nobody = sanctum_vault::RowId::generate();
    assert!(matches!(vault.set_password(&Actor::Operator, &nobody, &new).await, Err(Error::NotFound(_))));
    assert!(t.actions(&vault).await.contains(&"user.password".to_owned()));
});

/// Whether a web session token still opens a session.
async fn live(vault: &Vault, token: &secrecy::SecretString) -> bool {
    use secrecy::ExposeSecret;
    vault.web_session(token.expose_secret(), 600).await.expect("read a web session").is_some()
}

conformance!(an_issued_password_must_change_until_the_user_sets_one, |t: TestVault| async move {
    use sanctum_vault::schema::PASSWORD_RESETS;
    use sanctum_vault::store::{Query, Store};
    use secrecy::{ExposeSecret, SecretString};
    let vault = t.create().await;
    let (dana, issued) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let (sam, _) = vault.add_user(&Actor::Operator, "sam", Role::Supervisor).await.unwrap();
    // Added in one transaction with the user: the flag is read with every staff lookup.
    assert!(vault.staff_member(&dana).await.unwrap().expect("dana").password_must_change);
    assert!(vault.staff().await.unwrap().iter().all(|m| m.password_must_change));
    let web = vault.start_web_session(&dana, false, 3600).await.unwrap();
    let session = vault.web_session(web.expose_secret(), 600).await.unwrap().expect("a live session");
    assert!(session.user.password_must_change);
    let (_, api) = vault.create_api_token(&Actor::Operator, &dana, "script").await.unwrap();
    assert!(vault.api_token_user(api.expose_secret()).await.unwrap().expect("dana").password_must_change);
    let rows = vault.store().read(vec![Query::all(&PASSWORD_RESETS)]).await.unwrap();
    assert_eq!(rows[0].len(), 2);
    assert!(rows[0].iter().all(|r| r.int("issued_at").unwrap() > 0));
    // The issued password still signs in (the app then asks for a new one).
    assert_eq!(vault.sign_in("dana", &issued.0).await.unwrap().id, dana);

    // A refused password changes nothing: the old one stands and must still change.
    let me = Actor::User(dana.clone());
    let eleven = SecretString::from("elevenchars".to_owned());
    match vault.set_password(&me, &dana, &eleven).await {
        Err(Error::Input { field, message }) => {
            assert_eq!(field, "password");
            assert!(message.contains("12") && !message.contains("elevenchars"), "{message}");
        }
        other => panic!("an 11-character password: {other:?}"),
    }
    assert!(vault.staff_member(&dana).await.unwrap().expect("dana").password_must_change);
    assert_eq!(vault.sign_in("dana", &issued.0).await.unwrap().id, dana);

    let own = SecretString::from("twelve chars".to_owned());
    vault.set_password(&me, &dana, &own).await.unwrap();
    let member = vault.staff_member(&dana).await.unwrap().expect("dana");
    assert!(!member.password_must_change, "setting a password clears the demand");
    assert!(vault.web_session(web.expose_secret(), 600).await.unwrap().is_some_and(|s| !s.user.password_must_change));
    assert!(matches!(vault.sign_in("dana", &issued.0).await, Err(Error::Denied)), "the issued password is gone");
    assert_eq!(vault.sign_in("dana", &own).await.unwrap().id, dana);
    // Only dana's row went; sam still has the issued password.
    let rows = vault.store().read(vec![Query::all(&PASSWORD_RESETS)]).await.unwrap();
    assert_eq!(rows[0].iter().map(|r| r.id("user_id").unwrap()).collect::<Vec<_>>(), vec![sam.clone()]);
    let flags: Vec<_> = vault.staff().await.unwrap().into_iter().map(|m| (m.id, m.password_must_change)).collect();
    assert_eq!(flags, vec![(dana.clone(), false), (sam.clone(), true)]);
    // Setting it again is harmless; the change is on the record, without the password.
    vault.set_password(&me, &dana, &SecretString::from("another of my own".to_owned())).await.unwrap();
    let entries = vault.store().audit_page(0, 100_000).await.unwrap();
    let changes: Vec<_> = entries.iter().filter(|e| e.action == "user.password").collect();
    assert_eq!(changes.len(), 2);

    // The app's change also ends every session of the account, in the same transaction.
    let other = vault.start_web_session(&dana, true, 3600).await.unwrap();
    let sams = vault.start_web_session(&sam, false, 3600).await.unwrap();
    match vault.set_password_ending_sessions(&me, &dana, &eleven).await {
        Err(Error::Input { field, .. }) => assert_eq!(field, "password"),
        other => panic!("an 11-character password: {other:?}"),
    }
    assert!(live(&vault, &web).await && live(&vault, &other).await, "a refused change ends nothing");
    let latest = SecretString::from("the latest of mine".to_owned());
    vault.set_password_ending_sessions(&me, &dana, &latest).await.unwrap();
    assert!(!live(&vault, &web).await && !live(&vault, &other).await, "every session of dana's ended");
    assert!(live(&vault, &sams).await, "sam's session is not dana's");
    assert_eq!(vault.sign_in("dana", &latest).await.unwrap().id, dana);
    let actions = t.actions(&vault).await;
    assert_eq!(actions[actions.len() - 3..], ["user.password", "sign-out", "sign-in"]);
    let entries = vault.store().audit_page(0, 100_000).await.unwrap();
    let changes: Vec<_> = entries.iter().filter(|e| e.action == "user.password").collect();
    assert_eq!(changes.len(), 3);
    assert!(changes.iter().all(|e| e.record.as_deref() == Some(dana.as_str()) && e.actor == format!("user:{dana}")));
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(a_totp_step_is_accepted_once_and_only_forward, |t: TestVault| async move {
    let vault = t.create().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(dana.clone());
    assert!(vault.totp_secret(&dana).await.unwrap().is_none());
    assert!(matches!(vault.accept_totp_step(&dana, 5).await, Err(Error::NotFound(_))), "not enrolled");
    match vault.set_totp_secret(&me, &dana, Some(b"short")).await {
        Err(Error::Input { field, .. }) => assert_eq!(field, "secret"),
        other => panic!("a short secret: {other:?}"),
    }
    let secret = *b"0123456789abcdefghij";
    vault.set_totp_secret(&me, &dana, Some(&secret)).await.unwrap();
    assert_eq!(vault.totp_secret(&dana).await.unwrap().as_deref().map(Vec::as_slice), Some(secret.as_slice()));
    assert!(vault.staff_member(&dana).await.unwrap().unwrap().totp_enrolled);
    // The secret is sealed under the practice key, bound to its row.
    let raw = vault.store().read(vec![sanctum_vault::store::Query::all(&sanctum_vault::schema::STAFF_TOTP)]).await;
    let stored = raw.unwrap()[0][0].blob("secret").unwrap().to_vec();
    assert!(!stored.windows(secret.len()).any(|w| w == secret), "the secret is stored in the clear");

    let step = 57_000_000;
    assert!(vault.accept_totp_step(&dana, step).await.unwrap());
    assert!(!vault.accept_totp_step(&dana, step).await.unwrap(), "a replay");
    assert!(!vault.accept_totp_step(&dana, step - 1).await.unwrap(), "an older code");
    assert!(vault.accept_totp_step(&dana, step + 1).await.unwrap());
    // Two requests racing with the same code: exactly one wins.
    let (a, b) = tokio::join!(vault.accept_totp_step(&dana, step + 5), vault.accept_totp_step(&dana, step + 5));
    assert!(a.unwrap() ^ b.unwrap(), "one of two concurrent uses of a code");
    let entries = vault.store().audit_page(0, 100_000).await.unwrap();
    let totp: Vec<_> =
        entries.iter().filter(|e| e.action == "sign-in.totp").map(|e| e.outcome.as_str()).collect::<Vec<_>>();
    assert_eq!(totp.iter().filter(|o| **o == "ok").count(), 3);
    assert_eq!(totp.iter().filter(|o| **o == "denied").count(), 3);
    // Enrolling anew resets the guard; removing it unenrolls.
    vault.set_totp_secret(&me, &dana, Some(b"another secret, 20 b")).await.unwrap();
    assert!(vault.accept_totp_step(&dana, step).await.unwrap());
    vault.set_totp_secret(&Actor::Operator, &dana, None).await.unwrap();
    assert!(vault.totp_secret(&dana).await.unwrap().is_none());
    assert!(!vault.staff_member(&dana).await.unwrap().unwrap().totp_enrolled);
    assert!(t.actions(&vault).await.contains(&"user.totp".to_owned()));
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(web_sessions_are_shared_hashed_and_expire, |t: TestVault| async move {
    use sanctum_vault::store::{Query, Store};
    use secrecy::ExposeSecret;
    let vault = t.create().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let (eli, _) = vault.add_user(&Actor::Operator, "eli", Role::Therapist).await.unwrap();
    let head = vault.audit_head().await.unwrap();
    let token = vault.start_web_session(&dana, true, 3600).await.unwrap();
    assert_eq!(token.expose_secret().len(), 43, "32 bytes, base64url without padding");
    // Another app instance on the same database sees it.
    let other = t.open().await;
    let session = other.web_session(token.expose_secret(), 600).await.unwrap().expect("a live session");
    assert_eq!((session.user.id.clone(), session.second_factor), (dana.clone(), true));
    assert_eq!(session.expires_at - session.created_at, 3600);
    assert_eq!(vault.audit_head().await.unwrap(), head, "starting and using a session is housekeeping");
    // Only the hash is stored.
    let rows = vault.store().read(vec![Query::all(&sanctum_vault::schema::WEB_SESSIONS)]).await.unwrap();
    let stored = rows[0][0].blob("token_hash").unwrap().to_vec();
    assert_eq!(stored.len(), 32);
    assert!(!stored.windows(8).any(|w| token.expose_secret().as_bytes().windows(8).any(|x| x == w)));
    for bad in ["", "nonsense", &format!("{}x", token.expose_secret()), &"A".repeat(43)] {
        assert!(vault.web_session(bad, 600).await.unwrap().is_none(), "{bad:?}");
    }
    assert!(matches!(vault.start_web_session(&dana, false, 0).await, Err(Error::Input { .. })));
    assert!(matches!(
        vault.start_web_session(&sanctum_vault::RowId::generate(), false, 60).await,
        Err(Error::NotFound(_))
    ));

    // Idle too long, and past the absolute expiry: gone, and the rows deleted.
    let idle = vault.start_web_session(&dana, false, 3600).await.unwrap();
    let s = vault.store();
    s.execute_raw("UPDATE web_sessions SET last_seen = last_seen - 1000").await.unwrap();
    assert!(vault.web_session(idle.expose_secret(), 600).await.unwrap().is_none(), "idle");
    assert!(vault.web_session(token.expose_secret(), 600).await.unwrap().is_none(), "idle too");
    let expired = vault.start_web_session(&eli, false, 3600).await.unwrap();
    s.execute_raw("UPDATE web_sessions SET expires_at = created_at - 1").await.unwrap();
    assert!(vault.web_session(expired.expose_secret(), 1_000_000).await.unwrap().is_none(), "expired");
    let left = s.read(vec![Query::all(&sanctum_vault::schema::WEB_SESSIONS)]).await.unwrap();
    assert!(left[0].is_empty(), "expired rows are deleted: {}", left[0].len());

    // last_seen is refreshed at most once a minute.
    let live = vault.start_web_session(&eli, false, 3600).await.unwrap();
    s.execute_raw("UPDATE web_sessions SET last_seen = last_seen - 30").await.unwrap();
    vault.web_session(live.expose_secret(), 600).await.unwrap().expect("live");
    let seen = |rows: Vec<Vec<sanctum_vault::schema::Row>>| rows[0][0].int("last_seen").unwrap();
    let table = || Query::all(&sanctum_vault::schema::WEB_SESSIONS);
    let before = seen(s.read(vec![table()]).await.unwrap());
    s.execute_raw("UPDATE web_sessions SET last_seen = last_seen - 100").await.unwrap();
    vault.web_session(live.expose_secret(), 600).await.unwrap().expect("live");
    assert!(seen(s.read(vec![table()]).await.unwrap()) > before - 100, "refreshed after a minute");

    // Signing out is on the record; so is ending every session of a user.
    vault.end_web_session(live.expose_secret()).await.unwrap();
    assert!(vault.web_session(live.expose_secret(), 600).await.unwrap().is_none());
    vault.end_web_session(live.expose_secret()).await.unwrap();
    let a = vault.start_web_session(&dana, false, 3600).await.unwrap();
    let b = vault.start_web_session(&dana, true, 3600).await.unwrap();
    let c = vault.start_web_session(&eli, true, 3600).await.unwrap();
    vault.end_web_sessions_of(&Actor::Operator, &dana).await.unwrap();
    assert!(vault.web_session(a.expose_secret(), 600).await.unwrap().is_none());
    assert!(vault.web_session(b.expose_secret(), 600).await.unwrap().is_none());
    assert!(vault.web_session(c.expose_secret(), 600).await.unwrap().is_some());
    let entries = vault.store().audit_page(0, 100_000).await.unwrap();
    let outs: Vec<_> = entries.iter().filter(|e| e.action == "sign-out").collect();
    assert_eq!(outs.len(), 2);
    assert_eq!(outs[0].actor, format!("user:{eli}"));
    assert_eq!((outs[1].actor.as_str(), outs[1].record.as_deref()), ("operator", Some(dana.as_str())));
});

conformance!(housekeeping_writes_touch_only_web_sessions, |t: TestVault| async move {
    use sanctum_vault::store::{Query, Store, Write};
    let vault = t.create().await;
    let head = vault.audit_head().await.unwrap();
    let refused = vault.store().housekeep(vec![Write::Delete(Query::all(&sanctum_vault::schema::CLIENTS))]).await;
    assert!(matches!(refused, Err(Error::Corrupt(_))), "{refused:?}");
    let mixed = vec![
        Write::Delete(Query::all(&sanctum_vault::schema::WEB_SESSIONS)),
        Write::Delete(Query::all(&sanctum_vault::schema::AUDIT_LOG)),
    ];
    assert!(vault.store().housekeep(mixed).await.is_err());
    assert_eq!(vault.audit_head().await.unwrap(), head);
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(charts_open_only_for_their_therapist_or_a_granted_supervisor, |t: TestVault| async move {
    use sanctum_vault::{Action, RecordRef, RowId};
    let vault = t.create().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let (eli, _) = vault.add_user(&Actor::Operator, "eli", Role::Therapist).await.unwrap();
    let (sam, _) = vault.add_user(&Actor::Operator, "sam", Role::Supervisor).await.unwrap();
    let (root, _) = vault.add_user(&Actor::Operator, "root", Role::Admin).await.unwrap();
    let (d, e, s, r) =
        (Actor::User(dana.clone()), Actor::User(eli.clone()), Actor::User(sam.clone()), Actor::User(root));
    let ann = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), Some(&dana)).await.unwrap();
    let unknown = RowId::generate();
    let last = || async { vault.store().audit_page(0, 100_000).await.unwrap().pop().expect("an entry") };

    assert_eq!(vault.chart(&d, &ann).await.unwrap().profile.given_name, "Ann");
    vault.authorize(&Actor::Operator, &ann, Action::NoteWrite).await.unwrap();
    vault.authorize(&d, &ann, Action::NoteWrite).await.unwrap();
    // Another therapist, an unassigned supervisor, an admin: the same answer as for a
    // client that does not exist, and a denied entry.
    for (who, action) in
        [(&e, Action::ChartRead), (&s, Action::ChartRead), (&r, Action::ChartRead), (&e, Action::NoteWrite)]
    {
        let refused = vault.authorize(who, &ann, action).await.unwrap_err();
        let missing = vault.authorize(who, &unknown, action).await.unwrap_err();
        assert_eq!(refused.to_string(), missing.to_string());
        assert!(matches!(refused, Error::NotFound(ref what) if what == "client"), "{refused}");
        assert!(matches!(vault.chart(who, &ann).await, Err(Error::NotFound(_))));
        let entry = last().await;
        assert_eq!((entry.action.as_str(), entry.outcome.as_str()), ("chart.read", "denied"));
        assert_eq!(entry.client.as_deref(), Some(ann.as_str()));
    }
    assert!(matches!(vault.chart(&Actor::Unknown, &ann).await, Err(Error::NotFound(_))));

    // Grants: only the client's therapist grants, only to a supervisor.
    assert!(matches!(vault.grant_chart(&e, &ann, &sam).await, Err(Error::NotFound(_))));
    assert!(matches!(vault.grant_chart(&s, &ann, &sam).await, Err(Error::NotFound(_))), "not self-granted");
    match vault.grant_chart(&d, &ann, &eli).await {
        Err(Error::Input { field, .. }) => assert_eq!(field, "supervisor"),
        other => panic!("a grant to a therapist: {other:?}"),
    }
    let grant = vault.grant_chart(&d, &ann, &sam).await.unwrap();
    assert!(matches!(vault.grant_chart(&d, &ann, &sam).await, Err(Error::Conflict(_))), "one live grant");
    assert_eq!(vault.chart(&s, &ann).await.unwrap().profile.family_name, "Example");
    assert!(matches!(vault.authorize(&s, &ann, Action::NoteWrite).await, Err(Error::NotFound(_))), "read only");
    let shared = vault.charts_granted_to(&s, &sam).await.unwrap();
    assert_eq!(
        shared.iter().map(|c| (c.id.clone(), c.profile.given_name.as_str())).collect::<Vec<_>>(),
        [(ann.clone(), "Ann")]
    );
    assert!(matches!(vault.charts_granted_to(&d, &sam).await, Err(Error::NotFound(_))), "only the supervisor");
    let grants = vault.chart_grants(&ann).await.unwrap();
    assert_eq!(grants.len(), 1);
    assert_eq!((grants[0].supervisor.clone(), grants[0].granted_by.clone()), (sam.clone(), Some(dana.clone())));
    assert_eq!(vault.chart_grants_to(&sam).await.unwrap(), grants);
    assert!(matches!(vault.revoke_chart_grant(&e, &grant).await, Err(Error::NotFound(_))));
    vault.revoke_chart_grant(&d, &grant).await.unwrap();
    assert!(matches!(vault.revoke_chart_grant(&d, &grant).await, Err(Error::Conflict(_))));
    assert!(matches!(vault.chart(&s, &ann).await, Err(Error::NotFound(_))), "revoked");
    assert!(vault.charts_granted_to(&s, &sam).await.unwrap().is_empty());
    assert!(vault.chart_grants(&ann).await.unwrap()[0].revoked_at.is_some());
    let again = vault.grant_chart(&Actor::Operator, &ann, &sam).await.unwrap();
    assert_eq!(vault.chart_grants(&ann).await.unwrap().len(), 2);
    let actions = t.actions(&vault).await;
    assert!(actions.contains(&"chart.grant".to_owned()) && actions.contains(&"chart.grant.revoke".to_owned()));

    // Records lead back to their client; a group session to its group.
    let session = Session {
        kind: SessionKind::Individual,
        starts_at: 10,
        duration_minutes: 50,
        location: Place::InPerson("Room 1".into()),
        status: SessionStatus::Scheduled,
    };
    let sid = vault.schedule_session(&d, &SessionWith::Client(ann.clone()), &dana, &session).await.unwrap();
    let mut note = Note::draft(NoteTemplate::Dap);
    note.sections = NoteSections(vec!["d".into(), "a".into(), "p".into()]);
    let nid = vault.add_note(&d, &ann, Some(&sid), &dana, &note).await.unwrap();
    let mut homework = Homework::default();
    (homework.task, homework.due) = ("Walk".into(), "2030-01-01".into());
    let hid = vault.add_homework(&d, &ann, None, &homework).await.unwrap();
    let consent = Consent { kind: ConsentKind::Treatment, version: "1".into(), signed_at: 1, revoked_at: None };
    let cid = vault.add_consent(&d, &ann, &consent).await.unwrap();
    let iid = vault.add_incident(&d, &ann, &dana, &Incident::default()).await.unwrap();
    // Each incident recorded alone gets a link of its own, whatever it was given.
    let mut given = Incident::default();
    given.link = "chosen".into();
    let other = vault.add_incident(&d, &ann, &dana, &given).await.unwrap();
    let (first, second) = (
        vault.incident(&d, &iid).await.unwrap().1.link.clone(),
        vault.incident(&d, &other).await.unwrap().1.link.clone(),
    );
    assert!(!first.is_empty() && first != "chosen" && second != "chosen" && first != second, "{first} {second}");
    let aid = vault.add_agenda_item(&d, &ann, None, &AgendaItem::default()).await.unwrap();
    for record in [
        RecordRef::Note(nid),
        RecordRef::Homework(hid),
        RecordRef::Consent(cid),
        RecordRef::Session(sid.clone()),
        RecordRef::Incident(iid),
        RecordRef::AgendaItem(aid),
    ] {
        assert_eq!(vault.client_of(record).await.unwrap(), ann);
    }
    assert!(matches!(vault.client_of(RecordRef::Note(unknown.clone())).await, Err(Error::NotFound(_))));
    let group = vault.create_group(&d, &dana, &Group { name: "Mondays".into() }).await.unwrap();
    let mut group_session = session.clone();
    group_session.kind = SessionKind::Group;
    let gsid = vault.schedule_session(&d, &SessionWith::Group(group.clone()), &dana, &group_session).await.unwrap();
    match vault.client_of(RecordRef::Session(gsid.clone())).await {
        Err(Error::Input { field, .. }) => assert_eq!(field, "record"),
        other => panic!("a group session's client: {other:?}"),
    }
    assert_eq!(vault.session_with(&gsid).await.unwrap(), SessionWith::Group(group.clone()));
    assert_eq!(vault.session_with(&sid).await.unwrap(), SessionWith::Client(ann.clone()));
    assert_eq!(vault.group_therapist(&group).await.unwrap(), dana);
    assert!(matches!(vault.group_therapist(&unknown).await, Err(Error::NotFound(_))));

    // Erasing the client takes its grants with it.
    vault.erase_client(&Actor::Operator, &ann).await.unwrap();
    assert!(vault.chart_grants(&ann).await.unwrap().is_empty(), "{again}");
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(a_therapist_lists_their_own_schedule_clients_and_groups, |t: TestVault| async move {
    use sanctum_vault::RowId;
    let vault = t.create().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let (eli, _) = vault.add_user(&Actor::Operator, "eli", Role::Therapist).await.unwrap();
    let (root, _) = vault.add_user(&Actor::Operator, "root", Role::Admin).await.unwrap();
    let (d, e) = (Actor::User(dana.clone()), Actor::User(eli.clone()));
    let mut chuck = profile("Charles", "Benson");
    chuck.preferred_name = "Chuck".into();
    let c = vault.add_client(&Actor::Operator, &chuck, Some(&dana)).await.unwrap();
    let a = vault.add_client(&Actor::Operator, &profile("Ann", "Adams"), Some(&dana)).await.unwrap();
    let z = vault.add_client(&Actor::Operator, &profile("Zed", "Other"), Some(&eli)).await.unwrap();
    let gone = vault.add_client(&Actor::Operator, &profile("Gone", "Erased"), Some(&dana)).await.unwrap();
    vault.erase_client(&Actor::Operator, &gone).await.unwrap();
    let group = vault.create_group(&d, &dana, &Group { name: "Tuesday grief group".into() }).await.unwrap();
    vault.add_consent(&d, &a, &group_agreement()).await.unwrap();
    vault.add_group_member(&d, &group, &a).await.unwrap();
    let at = |starts_at, kind| Session {
        kind,
        starts_at,
        duration_minutes: 50,
        location: Place::InPerson("Room 1".into()),
        status: SessionStatus::Scheduled,
    };
    let s3 = vault
        .schedule_session(&d, &SessionWith::Client(c.clone()), &dana, &at(3000, SessionKind::Individual))
        .await
        .unwrap();
    let s1 = vault
        .schedule_session(&d, &SessionWith::Client(a.clone()), &dana, &at(1000, SessionKind::Individual))
        .await
        .unwrap();
    let s2 = vault
        .schedule_session(&d, &SessionWith::Group(group.clone()), &dana, &at(2000, SessionKind::Group))
        .await
        .unwrap();
    vault
        .schedule_session(&e, &SessionWith::Client(z.clone()), &eli, &at(1500, SessionKind::Individual))
        .await
        .unwrap();
    vault
        .schedule_session(&d, &SessionWith::Client(a.clone()), &dana, &at(5000, SessionKind::Individual))
        .await
        .unwrap();

    let head = vault.audit_head().await.unwrap();
    let day = vault.schedule(&d, &dana, 1000, 5000).await.unwrap();
    assert_eq!(vault.audit_head().await.unwrap().seq, head.seq + 1, "one entry");
    let got: Vec<_> = day.iter().map(|s| (s.id.clone(), s.title.as_str(), s.session.starts_at)).collect();
    assert_eq!(
        got,
        vec![
            (s1.clone(), "Ann Adams", 1000),
            (s2.clone(), "Tuesday grief group", 2000),
            (s3.clone(), "Chuck Benson", 3000)
        ]
    );
    assert_eq!(day[1].with, SessionWith::Group(group.clone()));
    assert_eq!(day[0].session.location, Place::InPerson("Room 1".into()));
    assert_eq!(t.actions(&vault).await.last().map(String::as_str), Some("schedule.read"));
    assert!(vault.schedule(&d, &dana, 0, 10).await.unwrap().is_empty());
    assert!(matches!(vault.schedule(&d, &dana, 10, 0).await, Err(Error::Input { .. })));
    // Only the therapist themselves (or the operator).
    for who in [&e, &Actor::User(root.clone())] {
        assert!(matches!(vault.schedule(who, &dana, 0, 10_000).await, Err(Error::NotFound(_))));
        assert!(matches!(vault.clients_of(who, &dana).await, Err(Error::NotFound(_))));
        assert!(matches!(vault.groups_of(who, &dana).await, Err(Error::NotFound(_))));
        assert!(matches!(vault.caseload(who, &dana).await, Err(Error::NotFound(_))));
    }
    assert_eq!(vault.schedule(&Actor::Operator, &eli, 0, 10_000).await.unwrap()[0].title, "Zed Other");

    let clients: Vec<_> = vault.clients_of(&d, &dana).await.unwrap().into_iter().map(|c| (c.id, c.profile)).collect();
    assert_eq!(clients, vec![(a.clone(), profile("Ann", "Adams")), (c.clone(), chuck.clone())], "live, by name");
    let groups = vault.groups_of(&d, &dana).await.unwrap();
    assert_eq!(groups, vec![(group.clone(), Group { name: "Tuesday grief group".into() }, vec![a.clone()])]);
    assert!(vault.groups_of(&e, &eli).await.unwrap().is_empty());

    // One session; moving it.
    assert_eq!(vault.session(&d, &s2).await.unwrap().title, "Tuesday grief group");
    assert_eq!(vault.session(&d, &s3).await.unwrap().title, "Chuck Benson");
    for id in [&s2, &s3, &RowId::generate()] {
        match vault.session(&e, id).await {
            Err(Error::NotFound(what)) => assert_eq!(what, "session"),
            other => panic!("another therapist's session: {other:?}"),
        }
        assert!(matches!(vault.move_session(&e, id, 9000, 50).await, Err(Error::NotFound(_))));
    }
    vault.move_session(&d, &s3, 4000, 80).await.unwrap();
    vault.move_session(&d, &s2, 2500, 90).await.unwrap();
    let moved = vault.session(&d, &s3).await.unwrap();
    assert_eq!((moved.session.starts_at, moved.session.duration_minutes), (4000, 80));
    assert!(matches!(vault.move_session(&d, &s3, 4000, 1).await, Err(Error::Rule(_))));
    vault.set_session_status(&d, &s1, SessionStatus::Held).await.unwrap();
    assert!(matches!(vault.move_session(&d, &s1, 4000, 50).await, Err(Error::Conflict(_))), "held stays");

    // Editing a profile re-seals it and refreshes the blind indexes.
    let mut renamed = profile("Ann", "Baker");
    renamed.email = "ann@example.org".into();
    vault.update_client(&d, &a, &renamed).await.unwrap();
    assert_eq!(vault.chart(&d, &a).await.unwrap().profile, renamed);
    assert!(vault.find_clients(&Actor::Operator, LookupField::Name, "Ann Adams").await.unwrap().is_empty());
    assert_eq!(
        vault.find_clients(&Actor::Operator, LookupField::Email, "ann@example.org").await.unwrap(),
        vec![a.clone()]
    );
    assert!(matches!(vault.update_client(&e, &a, &renamed).await, Err(Error::NotFound(_))));
    let mut bad = renamed.clone();
    bad.date_of_birth = "1990-02-30".into();
    assert!(matches!(vault.update_client(&d, &a, &bad).await, Err(Error::Rule(_))));
    assert!(matches!(vault.update_client(&Actor::Operator, &gone, &renamed).await, Err(Error::NotFound(_))));
    assert!(t.actions(&vault).await.contains(&"client.write".to_owned()));
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(api_tokens_are_hashed_labelled_and_revocable, |t: TestVault| async move {
    use secrecy::ExposeSecret;
    let vault = t.create().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let me = Actor::User(dana.clone());
    for bad in ["", "   ", &"x".repeat(101)] {
        match vault.create_api_token(&me, &dana, bad).await {
            Err(Error::Input { field, .. }) => assert_eq!(field, "label"),
            other => panic!("label {bad:?}: {:?}", other.map(|(id, _)| id)),
        }
    }
    let (id, token) = vault.create_api_token(&me, &dana, " laptop script ").await.unwrap();
    let (other, _) = vault.create_api_token(&me, &dana, "phone").await.unwrap();
    assert!(token.expose_secret().starts_with("snct_"));
    assert_eq!(vault.api_token_user(token.expose_secret()).await.unwrap().map(|m| m.id), Some(dana.clone()));
    for bad in ["", "snct_", "nonsense", &token.expose_secret()[5..], &format!("{}A", token.expose_secret())] {
        assert!(vault.api_token_user(bad).await.unwrap().is_none(), "{bad:?}");
    }
    let listed = vault.api_tokens(&dana).await.unwrap();
    let mut labels: Vec<_> = listed.iter().map(|t| t.1.as_str()).collect();
    labels.sort_unstable();
    assert_eq!(labels, ["laptop script", "phone"]);
    assert!(listed.iter().all(|t| t.3.is_none()));
    vault.revoke_api_token(&me, &id).await.unwrap();
    assert!(vault.api_token_user(token.expose_secret()).await.unwrap().is_none(), "revoked");
    assert!(matches!(vault.revoke_api_token(&me, &id).await, Err(Error::Conflict(_))));
    assert!(matches!(vault.revoke_api_token(&me, &sanctum_vault::RowId::generate()).await, Err(Error::NotFound(_))));
    assert!(vault.api_tokens(&dana).await.unwrap().iter().any(|t| t.0 == id && t.3.is_some()));
    assert!(vault.api_tokens(&dana).await.unwrap().iter().any(|t| t.0 == other && t.3.is_none()));
    let nobody = sanctum_vault::RowId::generate();
    assert!(matches!(vault.create_api_token(&Actor::Operator, &nobody, "x").await, Err(Error::NotFound(_))));
    let actions = t.actions(&vault).await;
    assert!(actions.contains(&"api-token.create".to_owned()) && actions.contains(&"api-token.revoke".to_owned()));
});

conformance!(the_app_tables_round_trip_through_a_backup, |t: TestVault| async move {
    use secrecy::ExposeSecret;
    let vault = t.busy_vault().await;
    let (dana, _) = vault.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let (sam, _) = vault.add_user(&Actor::Operator, "sam", Role::Supervisor).await.unwrap();
    let client = vault.add_client(&Actor::Operator, &profile("Ann", "Example"), Some(&dana)).await.unwrap();
    vault.set_totp_secret(&Actor::Operator, &dana, Some(b"0123456789abcdefghij")).await.unwrap();
    let web = vault.start_web_session(&dana, true, 3600).await.unwrap();
    let (_, api) = vault.create_api_token(&Actor::Operator, &dana, "script").await.unwrap();
    let grant = vault.grant_chart(&Actor::User(dana.clone()), &client, &sam).await.unwrap();
    // Dana chose her own password; Sam still has the issued one.
    let own = secrecy::SecretString::from("dana's own password".to_owned());
    vault.set_password(&Actor::User(dana.clone()), &dana, &own).await.unwrap();
    let file = t.backup(&vault, "app.age").await;
    let target = t.sibling("app").await;
    let (restored, manifest) = Vault::restore(&target.location(), &t.key, &file, false).await.unwrap();
    for table in ["staff_totp", "web_sessions", "api_tokens", "chart_grants", "password_resets"] {
        assert_eq!(manifest.tables[table], 1, "{table}");
    }
    let must_change = |m: Option<sanctum_vault::StaffMember>| m.expect("restored staff member").password_must_change;
    assert!(!must_change(restored.staff_member(&dana).await.unwrap()));
    assert!(must_change(restored.staff_member(&sam).await.unwrap()));
    assert_eq!(restored.sign_in("dana", &own).await.unwrap().id, dana);
    assert_eq!(
        restored.totp_secret(&dana).await.unwrap().as_deref().map(Vec::as_slice),
        Some(&b"0123456789abcdefghij"[..])
    );
    assert_eq!(restored.web_session(web.expose_secret(), 600).await.unwrap().map(|s| s.user.id), Some(dana.clone()));
    assert_eq!(restored.api_token_user(api.expose_secret()).await.unwrap().map(|m| m.id), Some(dana.clone()));
    assert_eq!(restored.chart_grants(&client).await.unwrap()[0].id, grant);
    assert_eq!(restored.chart(&Actor::User(sam), &client).await.unwrap().profile.given_name, "Ann");
});

conformance!(two_instances_taking_turns_keep_one_chain, |t: TestVault| async move {
    // Each instance's committer remembers the head it last wrote; the other one's
    // appends make that stale, and every write must notice and read the head again.
    let one = t.create().await;
    let (therapist, _) = one.add_user(&Actor::Operator, "dana", Role::Therapist).await.unwrap();
    let client = one.add_client(&Actor::Operator, &profile("Ann", "Example"), Some(&therapist)).await.unwrap();
    let two = t.open().await;
    let start = one.audit_head().await.unwrap().seq;
    let mut note = Note::draft(NoteTemplate::Dap);
    note.sections = NoteSections(vec!["d".into(), "a".into(), "p".into()]);
    for i in 0..10 {
        let vault = if i % 2 == 0 { &one } else { &two };
        vault.add_signed_note(&Actor::Operator, &client, None, &therapist, &note).await.unwrap();
        vault.chart(&Actor::User(therapist.clone()), &client).await.unwrap();
    }
    let head = two.audit_head().await.unwrap();
    assert_eq!(head.seq, start + 20, "ten notes and ten chart reads, each one entry");
    assert_eq!(one.verify_audit(None).await.unwrap(), AuditReport::Intact { head });
    assert_eq!(one.chart(&Actor::Operator, &client).await.unwrap().notes.len(), 10);
});
