//! The confidentiality protocols' storage and access rules, on every backend (as
//! `conformance.rs`: SQLite always, PostgreSQL with `SANCTUM_TEST_PG`): incidents per
//! client and discussed in the client's own session, agendas, mandated disclosures,
//! groups (agreement, attendance, group notes), team meetings with de-identified
//! presentations — and the new tables through a backup.

#[allow(dead_code)]
mod support;

use sanctum_practice::{
    ClientInformed, Consent, ConsentKind, Conversion, Disclosure, Discussion, Group, Homework, HomeworkStatus,
    Incident, IncidentSource, Instrument, Involvement, LegalBasis, Location as Place, Note, NoteTemplate, Role,
    Session, SessionKind, SessionStatus, GROUP_AGREEMENT_VERSION,
};
use sanctum_vault::{Actor, Error, RowId, SessionWith, Store, Vault};
use support::{conformance, profile, TestVault};

const NOW: i64 = 2_000_000_000;
const DAY: i64 = 86_400;

/// A small practice: two therapists, two supervisors, an admin; Ann and Bob are Dana's
/// clients (both in Dana's group, both having signed the current group agreement),
/// Cleo is Eli's.
struct Practice {
    dana: RowId,
    eli: RowId,
    sam: RowId,
    noor: RowId,
    root: RowId,
    ann: RowId,
    bob: RowId,
    cleo: RowId,
    group: RowId,
}

impl Practice {
    async fn new(vault: &Vault) -> Practice {
        let op = &Actor::Operator;
        let (dana, _) = vault.add_user(op, "dana", Role::Therapist).await.expect("setup");
        let (eli, _) = vault.add_user(op, "eli", Role::Therapist).await.expect("setup");
        let (sam, _) = vault.add_user(op, "sam", Role::Supervisor).await.expect("setup");
        let (noor, _) = vault.add_user(op, "noor", Role::Supervisor).await.expect("setup");
        let (root, _) = vault.add_user(op, "root", Role::Admin).await.expect("setup");
        let ann = vault.add_client(op, &profile("Ann", "Example"), Some(&dana)).await.expect("setup");
        let bob = vault.add_client(op, &profile("Bob", "Sample"), Some(&dana)).await.expect("setup");
        let cleo = vault.add_client(op, &profile("Cleo", "Other"), Some(&eli)).await.expect("setup");
        let d = Actor::User(dana.clone());
        let mut group = Group::default();
        group.name = "Tuesday group".into();
        let group = vault.create_group(&d, &dana, &group).await.expect("setup");
        for c in [&ann, &bob] {
            vault.add_consent(&d, c, &agreement(GROUP_AGREEMENT_VERSION)).await.expect("setup");
            vault.add_group_member(&d, &group, c).await.expect("setup");
        }
        Practice { dana, eli, sam, noor, root, ann, bob, cleo, group }
    }

    fn d(&self) -> Actor {
        Actor::User(self.dana.clone())
    }
    fn e(&self) -> Actor {
        Actor::User(self.eli.clone())
    }
    fn s(&self) -> Actor {
        Actor::User(self.sam.clone())
    }
    fn n(&self) -> Actor {
        Actor::User(self.noor.clone())
    }

    async fn session(&self, vault: &Vault, with: SessionWith, starts_at: i64, location: Place) -> RowId {
        let kind = if matches!(with, SessionWith::Group(_)) { SessionKind::Group } else { SessionKind::Individual };
        let session = Session { kind, starts_at, duration_minutes: 50, location, status: SessionStatus::Scheduled };
        vault.schedule_session(&self.d(), &with, &self.dana, &session).await.expect("setup")
    }
}

fn agreement(version: &str) -> Consent {
    Consent { kind: ConsentKind::GroupConfidentiality, version: version.into(), signed_at: 1, revoked_at: None }
}

fn incident(text: &str, involvement: Involvement) -> Incident {
    Incident::new(NOW - DAY, text, IncidentSource::Observed, involvement)
}

fn talk(closes: bool, steps: &str) -> Discussion {
    Discussion {
        session: String::new(),
        at: 0,
        client_account: "Felt exposed; wants the agreement revisited.".into(),
        agreed_steps: steps.into(),
        closes,
    }
}

fn disclosure() -> Disclosure {
    let mut d = Disclosure::default();
    d.basis = LegalBasis::DangerToOthers;
    d.justification = "A specific threat against a named person, with means.".into();
    d.recipient = "The county duty officer".into();
    d.information = "Name, the threat as stated, the date.".into();
    d.informed = ClientInformed::Before;
    d.informed_at = Some(NOW);
    d
}

fn field_of(e: Error) -> String {
    match e {
        Error::Input { field, .. } => field,
        Error::Rule(r) => r.field,
        other => panic!("not a field error: {other:?}"),
    }
}

async fn last(vault: &Vault) -> (String, String) {
    let e = vault.store().audit_page(0, 1_000_000).await.expect("setup").pop().expect("an entry");
    (e.action, e.outcome)
}

conformance!(an_incident_is_recorded_per_client_and_talked_through_in_their_own_session, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let (d, e) = (p.d(), p.e());

    // One event, two clients, each with their own text: one transaction, one link.
    let concerned = [
        (p.ann.clone(), incident("What you said in group may have been repeated.", Involvement::Affected)),
        (p.bob.clone(), incident("Something said in group was repeated outside.", Involvement::SuspectedOfSharing)),
    ];
    let ids = vault.record_incident(&d, &p.dana, &concerned).await.unwrap();
    assert_eq!(ids.len(), 2);
    let (ann_of, ann_inc) = vault.incident(&d, &ids[0]).await.unwrap();
    let (bob_of, bob_inc) = vault.incident(&d, &ids[1]).await.unwrap();
    assert_eq!((ann_of, bob_of), (p.ann.clone(), p.bob.clone()));
    assert!(!ann_inc.link.is_empty());
    assert_eq!(ann_inc.link, bob_inc.link, "one event, one link");
    assert_eq!(ann_inc.description, concerned[0].1.description);
    assert_eq!(bob_inc.involvement, Involvement::SuspectedOfSharing);
    assert_eq!(last(&vault).await, ("incident.read".into(), "ok".into()));

    // All or nothing: Eli's client among them refuses the whole event.
    let before = vault.open_incidents(&d, &p.dana).await.unwrap().len();
    let mixed = [
        (p.ann.clone(), incident("x", Involvement::Affected)),
        (p.cleo.clone(), incident("y", Involvement::Concerned)),
    ];
    assert!(matches!(vault.record_incident(&d, &p.dana, &mixed).await, Err(Error::NotFound(w)) if w == "client"));
    assert_eq!(last(&vault).await, ("incident.write".into(), "denied".into()));
    assert_eq!(vault.open_incidents(&d, &p.dana).await.unwrap().len(), before);
    // Validation names the position.
    let blank = [(p.ann.clone(), incident(" ", Involvement::Affected))];
    assert_eq!(field_of(vault.record_incident(&d, &p.dana, &blank).await.unwrap_err()), "concerned[0].description");
    let twice =
        [(p.ann.clone(), incident("a", Involvement::Affected)), (p.ann.clone(), incident("b", Involvement::Affected))];
    assert_eq!(field_of(vault.record_incident(&d, &p.dana, &twice).await.unwrap_err()), "concerned[1].client");
    assert_eq!(field_of(vault.record_incident(&d, &p.dana, &[]).await.unwrap_err()), "concerned");

    // Another therapist, an admin, a supervisor without a grant: like a missing one.
    let unknown = RowId::generate();
    let missing = vault.incident(&e, &unknown).await.unwrap_err().to_string();
    for who in [&e, &Actor::User(p.root.clone()), &p.s()] {
        assert_eq!(vault.incident(who, &ids[0]).await.unwrap_err().to_string(), missing);
        assert_eq!(last(&vault).await, ("incident.read".into(), "denied".into()));
    }
    assert_eq!(missing, "not found: incident");

    // Sessions: a group session first, Ann's own next, Bob's.
    let group_session =
        p.session(&vault, SessionWith::Group(p.group.clone()), NOW + DAY / 2, Place::InPerson("Room 2".into())).await;
    let ann_next =
        p.session(&vault, SessionWith::Client(p.ann.clone()), NOW + DAY, Place::InPerson("Room 1".into())).await;
    let ann_later =
        p.session(&vault, SessionWith::Client(p.ann.clone()), NOW + 8 * DAY, Place::InPerson("Room 1".into())).await;
    let bob_next =
        p.session(&vault, SessionWith::Client(p.bob.clone()), NOW + DAY, Place::InPerson("Room 1".into())).await;

    // On Ann's next session's agenda, not the group's, not the one after.
    assert!(vault.agenda(&d, &group_session, NOW, "2033-05-18").await.unwrap().is_empty());
    assert_eq!(vault.agenda(&d, &ann_next, NOW, "2033-05-19").await.unwrap().incidents, [ids[0].to_string()]);
    assert!(vault.agenda(&d, &ann_later, NOW, "2033-05-26").await.unwrap().incidents.is_empty());
    assert_eq!(vault.agenda(&d, &bob_next, NOW, "2033-05-19").await.unwrap().incidents, [ids[1].to_string()]);
    assert!(matches!(vault.agenda(&e, &ann_next, NOW, "2033-05-19").await, Err(Error::NotFound(w)) if w == "session"));

    // Discussed: never in the group, never in another client's session.
    assert_eq!(
        field_of(vault.discuss_incident(&d, &ids[0], &group_session, talk(false, "")).await.unwrap_err()),
        "session"
    );
    assert_eq!(field_of(vault.discuss_incident(&d, &ids[0], &bob_next, talk(false, "")).await.unwrap_err()), "session");
    assert_eq!(
        field_of(vault.discuss_incident(&d, &ids[0], &ann_next, talk(true, "")).await.unwrap_err()),
        "agreed_steps"
    );
    assert!(
        matches!(vault.discuss_incident(&e, &ids[0], &ann_next, talk(false, "")).await, Err(Error::NotFound(w)) if w == "incident")
    );
    vault.discuss_incident(&d, &ids[0], &ann_next, talk(false, "")).await.unwrap();
    let (_, carried) = vault.incident(&d, &ids[0]).await.unwrap();
    assert!(carried.is_open(), "carried to the next session");
    assert_eq!(carried.discussions[0].session, ann_next.to_string());
    assert!(carried.discussions[0].at > 0);
    vault.discuss_incident(&d, &ids[0], &ann_next, talk(true, "Revisit the group agreement.")).await.unwrap();
    assert_eq!(
        field_of(vault.discuss_incident(&d, &ids[0], &ann_next, talk(false, "")).await.unwrap_err()),
        "incident"
    );

    // The caseload's open incidents: only the therapist and the operator.
    let open = vault.open_incidents(&d, &p.dana).await.unwrap();
    assert_eq!(open.iter().map(|o| (&o.0, &o.1)).collect::<Vec<_>>(), [(&ids[1], &p.bob)]);
    assert_eq!(vault.open_incidents(&Actor::Operator, &p.dana).await.unwrap().len(), 1);
    for who in [&e, &p.s()] {
        assert!(matches!(vault.open_incidents(who, &p.dana).await, Err(Error::NotFound(w)) if w == "therapist"));
    }
    assert!(vault.open_incidents(&e, &p.eli).await.unwrap().is_empty());
    // The chart shows the whole story; the group listing never shows incidents.
    let chart = vault.chart(&d, &p.ann).await.unwrap();
    assert_eq!(chart.incidents[0].1.discussions.len(), 2);
    let actions = t.actions(&vault).await;
    assert!(actions.iter().filter(|a| *a == "incident.write").count() >= 4);
});

conformance!(agendas_come_from_the_chart_facts_one_read_per_client_for_a_schedule, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let d = p.d();
    let video = Place::Telehealth("https://meet.invalid/a".into());
    let ann_next = p.session(&vault, SessionWith::Client(p.ann.clone()), NOW + 3600, video).await;
    let group_session =
        p.session(&vault, SessionWith::Group(p.group.clone()), NOW + 7200, Place::InPerson("R".into())).await;
    let bob_next =
        p.session(&vault, SessionWith::Client(p.bob.clone()), NOW + 10_800, Place::InPerson("R".into())).await;
    let mut due = Homework::default();
    (due.task, due.due, due.status) = ("Keep a sleep diary".into(), "2033-05-18".into(), HomeworkStatus::Assigned);
    let due_id = vault.add_homework(&d, &p.ann, None, &due).await.unwrap();
    let mut later = due.clone();
    later.due = "2033-06-30".into();
    vault.add_homework(&d, &p.ann, None, &later).await.unwrap();
    let draft = vault.add_note(&d, &p.ann, Some(&ann_next), &p.dana, &Note::draft(NoteTemplate::Soap)).await.unwrap();
    vault
        .add_consent(
            &d,
            &p.ann,
            &Consent { kind: ConsentKind::Treatment, version: "1".into(), signed_at: 1, revoked_at: None },
        )
        .await
        .unwrap();
    let phq = sanctum_practice::MeasureResponse::new(Instrument::Phq9, NOW - DAY, vec![0; 9]).unwrap();
    vault.add_measure(&d, &p.ann, &phq).await.unwrap();

    let agenda = vault.agenda(&d, &ann_next, NOW, "2033-05-18").await.unwrap();
    assert_eq!(agenda.homework, [due_id.to_string()]);
    assert_eq!(agenda.measures, [Instrument::Gad7]);
    assert_eq!(agenda.unsigned_notes, [draft.to_string()]);
    assert_eq!(agenda.consents_missing, [ConsentKind::LimitsOfConfidentiality, ConsentKind::Telehealth]);
    assert_eq!(field_of(vault.agenda(&d, &ann_next, NOW, "18/05/2033").await.unwrap_err()), "session_date");

    let all = vault.upcoming_agendas(&d, &p.dana, NOW, NOW + DAY, NOW, &|_| "2033-05-18".to_owned()).await.unwrap();
    assert_eq!(
        all.iter().map(|a| a.0.clone()).collect::<Vec<_>>(),
        [ann_next.clone(), group_session, bob_next.clone()]
    );
    assert_eq!(all[0].1, agenda, "the same agenda as one session's");
    assert!(all[1].1.is_empty(), "a group session's agenda is empty");
    assert_eq!(all[2].1, vault.agenda(&d, &bob_next, NOW, "2033-05-18").await.unwrap());
    // One agenda.read per client whose facts were read.
    let entries = vault.store().audit_page(0, 1_000_000).await.unwrap();
    let n = entries.len();
    let tail: Vec<_> = entries[n - 3..n - 1].iter().map(|e| (e.action.as_str(), e.client.clone())).collect();
    assert!(tail.iter().all(|(a, _)| *a == "agenda.read"));
    assert!(matches!(
        vault.upcoming_agendas(&p.e(), &p.dana, NOW, NOW + DAY, NOW, &|_| "2033-05-18".to_owned()).await,
        Err(Error::NotFound(w)) if w == "therapist"
    ));
    assert!(vault
        .upcoming_agendas(&d, &p.dana, NOW + 5 * DAY, NOW + 6 * DAY, NOW, &|_| String::new())
        .await
        .unwrap()
        .is_empty());
});

conformance!(
    a_mandated_disclosure_is_drafted_by_the_therapist_and_final_once_a_supervisor_cosigns,
    |t: TestVault| async move {
        let vault = t.create().await;
        let p = Practice::new(&vault).await;
        let (d, e, s, n) = (p.d(), p.e(), p.s(), p.n());

        let mut incomplete = disclosure();
        incomplete.recipient = " ".into();
        assert_eq!(field_of(vault.draft_disclosure(&d, &p.ann, &incomplete).await.unwrap_err()), "recipient");
        let mut from = disclosure();
        from.from_incident = Some(Conversion { incident: RowId::generate().to_string(), reason: "x".into() });
        assert_eq!(field_of(vault.draft_disclosure(&d, &p.ann, &from).await.unwrap_err()), "from_incident");
        assert!(
            matches!(vault.draft_disclosure(&e, &p.ann, &disclosure()).await, Err(Error::NotFound(w)) if w == "client")
        );
        assert!(matches!(vault.draft_disclosure(&s, &p.ann, &disclosure()).await, Err(Error::NotFound(_))));
        let id = vault.draft_disclosure(&d, &p.ann, &disclosure()).await.unwrap();
        assert_eq!(last(&vault).await, ("disclosure.draft".into(), "ok".into()));

        // The supervisors' queue: supervisors only; they see it, not the chart.
        let queue = vault.disclosures_awaiting_cosign(&s).await.unwrap();
        assert_eq!(queue.len(), 1);
        assert_eq!((&queue[0].0, &queue[0].1), (&id, &p.ann));
        assert_eq!(queue[0].2.drafted_by, p.dana.to_string());
        assert!(matches!(vault.chart(&s, &p.ann).await, Err(Error::NotFound(_))), "a supervisor still needs a grant");
        for who in [&d, &e, &Actor::User(p.root.clone()), &Actor::Operator] {
            assert!(
                matches!(vault.disclosures_awaiting_cosign(who).await, Err(Error::NotFound(w)) if w == "disclosures")
            );
        }

        // Co-signing: the author is refused by the rule, a stranger like a missing record.
        assert_eq!(field_of(vault.cosign_disclosure(&d, &id).await.unwrap_err()), "cosigner");
        assert!(matches!(vault.cosign_disclosure(&e, &id).await, Err(Error::NotFound(w)) if w == "disclosure"));
        assert_eq!(last(&vault).await, ("disclosure.cosign".into(), "denied".into()));
        assert!(
            matches!(vault.cosign_disclosure(&s, &RowId::generate()).await, Err(Error::NotFound(w)) if w == "disclosure")
        );
        vault.cosign_disclosure(&s, &id).await.unwrap();
        assert_eq!(field_of(vault.cosign_disclosure(&n, &id).await.unwrap_err()), "disclosure", "only once");
        assert!(vault.disclosures_awaiting_cosign(&n).await.unwrap().is_empty());

        // Converting an incident: explicit, with its own reason, only by the therapist.
        let inc = vault
            .record_incident(&d, &p.dana, &[(p.bob.clone(), incident("x", Involvement::Concerned))])
            .await
            .unwrap();
        let mut convert = disclosure();
        convert.basis = LegalBasis::ChildAbuse;
        assert_eq!(field_of(vault.convert_incident(&d, &inc[0], &convert).await.unwrap_err()), "from_incident");
        convert.from_incident = Some(Conversion { incident: inc[0].to_string(), reason: " ".into() });
        assert_eq!(field_of(vault.convert_incident(&d, &inc[0], &convert).await.unwrap_err()), "conversion_reason");
        convert.from_incident =
            Some(Conversion { incident: inc[0].to_string(), reason: "Disclosed harm to a child.".into() });
        assert!(
            matches!(vault.convert_incident(&e, &inc[0], &convert).await, Err(Error::NotFound(w)) if w == "incident")
        );
        let converted = vault.convert_incident(&d, &inc[0], &convert).await.unwrap();
        assert!(vault.incident(&d, &inc[0]).await.unwrap().1.is_open(), "the incident stays for the client's session");

        // The report: supervisors and the operator; facts and basis.
        let report = vault.disclosure_report(&n).await.unwrap();
        assert_eq!(report.len(), 2);
        let first = report.iter().find(|r| r.id == id).expect("the first");
        assert_eq!(first.cosigned.as_ref().map(|c| &c.0), Some(&p.sam));
        assert_eq!(first.basis, LegalBasis::DangerToOthers);
        let second = report.iter().find(|r| r.id == converted).expect("the converted one");
        assert_eq!(second.from_incident.as_deref(), Some(inc[0].as_str()));
        assert_eq!(second.basis, LegalBasis::ChildAbuse);
        assert!(second.cosigned.is_none());
        assert_eq!(vault.disclosure_report(&Actor::Operator).await.unwrap().len(), 2);
        for who in [&d, &e] {
            assert!(matches!(vault.disclosure_report(who).await, Err(Error::NotFound(_))));
        }
        assert_eq!(vault.disclosures_of(&d, &p.bob).await.unwrap()[0].0, converted);
        assert!(matches!(vault.disclosures_of(&e, &p.bob).await, Err(Error::NotFound(_))));
        let actions = t.actions(&vault).await;
        for a in ["disclosure.draft", "disclosure.cosign", "disclosure.read"] {
            assert!(actions.iter().any(|x| x == a), "{a}");
        }
        // Erasing the client takes its disclosures with it (crypto-shredded, then deleted).
        vault.erase_client(&Actor::Operator, &p.bob).await.unwrap();
        assert_eq!(vault.disclosure_report(&n).await.unwrap().len(), 1);
    }
);

conformance!(a_group_member_needs_the_current_agreement_to_join_and_to_be_at_a_session, |t: TestVault| async move {
    use sanctum_vault::AttendanceStatus;
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let (d, e) = (p.d(), p.e());
    let op = Actor::Operator;
    // No agreement, an old one, a revoked one: refused on `consent`.
    let dee = vault.add_client(&op, &profile("Dee", "Fourth"), Some(&p.dana)).await.unwrap();
    assert_eq!(field_of(vault.add_group_member(&d, &p.group, &dee).await.unwrap_err()), "consent");
    vault.add_consent(&d, &dee, &agreement("2020-01")).await.unwrap();
    let old = vault.add_group_member(&d, &p.group, &dee).await.unwrap_err();
    assert!(old.to_string().contains("old version"), "{old}");
    let current = vault.add_consent(&d, &dee, &agreement(GROUP_AGREEMENT_VERSION)).await.unwrap();
    // Another therapist may not add to Dana's group, nor Dana add Eli's client.
    assert!(matches!(vault.add_group_member(&e, &p.group, &dee).await, Err(Error::NotFound(w)) if w == "group"));
    vault.add_consent(&e, &p.cleo, &agreement(GROUP_AGREEMENT_VERSION)).await.unwrap();
    assert!(matches!(vault.add_group_member(&d, &p.group, &p.cleo).await, Err(Error::NotFound(w)) if w == "client"));
    vault.add_group_member(&d, &p.group, &dee).await.unwrap();

    // Attendance: members only, agreement in force, the group's therapist only.
    let session = p.session(&vault, SessionWith::Group(p.group.clone()), NOW, Place::InPerson("Room 2".into())).await;
    let anns = p.session(&vault, SessionWith::Client(p.ann.clone()), NOW, Place::InPerson("Room 1".into())).await;
    vault.record_attendance(&d, &session, &p.ann, AttendanceStatus::Present).await.unwrap();
    vault.record_attendance(&d, &session, &p.bob, AttendanceStatus::Absent).await.unwrap();
    vault.record_attendance(&d, &session, &p.bob, AttendanceStatus::Excused).await.unwrap();
    assert_eq!(
        field_of(vault.record_attendance(&d, &session, &p.cleo, AttendanceStatus::Present).await.unwrap_err()),
        "client"
    );
    assert_eq!(
        field_of(vault.record_attendance(&d, &anns, &p.ann, AttendanceStatus::Present).await.unwrap_err()),
        "session"
    );
    assert!(matches!(
        vault.record_attendance(&e, &session, &p.ann, AttendanceStatus::Present).await,
        Err(Error::NotFound(w)) if w == "session"
    ));
    vault.revoke_consent(&d, &current, NOW).await.unwrap();
    assert_eq!(
        field_of(vault.record_attendance(&d, &session, &dee, AttendanceStatus::Present).await.unwrap_err()),
        "consent"
    );
    let mut expected = vec![(p.ann.clone(), AttendanceStatus::Present), (p.bob.clone(), AttendanceStatus::Excused)];
    expected.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(vault.attendance(&d, &session).await.unwrap(), expected);
    assert!(matches!(vault.attendance(&e, &session).await, Err(Error::NotFound(_))));

    // Several marks are one transaction: a non-member among them, named by position,
    // and none is written.
    let marks = [(p.ann.clone(), AttendanceStatus::Absent), (p.cleo.clone(), AttendanceStatus::Present)];
    assert_eq!(field_of(vault.record_attendances(&d, &session, &marks).await.unwrap_err()), "marks[1].client");
    assert_eq!(vault.attendance(&d, &session).await.unwrap(), expected, "nothing written");
    assert_eq!(field_of(vault.record_attendances(&d, &session, &[]).await.unwrap_err()), "marks");
    let marks = [(p.ann.clone(), AttendanceStatus::Absent), (p.bob.clone(), AttendanceStatus::Present)];
    vault.record_attendances(&d, &session, &marks).await.unwrap();
    let mut now_marked = marks.to_vec();
    now_marked.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(vault.attendance(&d, &session).await.unwrap(), now_marked);

    // A group note under the practice key; members' own notes hang on the group session.
    let mut note = Note::draft(NoteTemplate::Dap);
    note.sections =
        sanctum_practice::NoteSections(vec!["The group worked on trust.".into(), String::new(), String::new()]);
    let gn = vault.add_group_note(&d, &session, &p.dana, &note).await.unwrap();
    let notes = vault.group_notes(&d, &session).await.unwrap();
    assert_eq!((&notes[0].0, &notes[0].1, &notes[0].2), (&gn, &p.dana, &note));
    assert!(matches!(vault.add_group_note(&e, &session, &p.eli, &note).await, Err(Error::NotFound(_))));
    assert!(matches!(vault.group_notes(&e, &session).await, Err(Error::NotFound(_))));
    assert_eq!(field_of(vault.add_group_note(&d, &anns, &p.dana, &note).await.unwrap_err()), "session");
    let own = vault.add_note(&d, &p.ann, Some(&session), &p.dana, &Note::draft(NoteTemplate::Soap)).await.unwrap();
    assert!(vault
        .chart(&d, &p.ann)
        .await
        .unwrap()
        .notes
        .iter()
        .any(|n| n.id == own && n.session.as_ref() == Some(&session)));
    let actions = t.actions(&vault).await;
    for a in ["attendance.write", "attendance.read", "group-note.write", "group-note.read"] {
        assert!(actions.iter().any(|x| x == a), "{a}");
    }
});

conformance!(a_case_presentation_shows_its_client_only_to_the_presenter, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let (d, e, s) = (p.d(), p.e(), p.s());
    let mut meeting = sanctum_practice::TeamMeeting::default();
    meeting.held_at = NOW;
    meeting.attendees = vec![p.dana.to_string(), p.eli.to_string(), p.sam.to_string()];
    let m = vault.add_team_meeting(&d, &meeting).await.unwrap();
    let text = "Client A, a baker in her forties, reports panic at work.";
    assert_eq!(field_of(vault.add_case_presentation(&d, &m, &p.ann, " ").await.unwrap_err()), "text");
    assert!(
        matches!(vault.add_case_presentation(&e, &m, &p.ann, text).await, Err(Error::NotFound(w)) if w == "client")
    );
    assert!(
        matches!(vault.add_case_presentation(&d, &RowId::generate(), &p.ann, text).await, Err(Error::NotFound(w)) if w == "meeting")
    );
    assert_eq!(field_of(vault.add_case_presentation(&Actor::Operator, &m, &p.ann, text).await.unwrap_err()), "actor");
    let pa = vault.add_case_presentation(&d, &m, &p.ann, text).await.unwrap();
    let pc = vault.add_case_presentation(&e, &m, &p.cleo, "Client B, a student.").await.unwrap();

    let by_dana = vault.case_presentations(&d, &m).await.unwrap();
    let of = |list: &[(RowId, RowId, String, Option<RowId>)], id: &RowId| {
        list.iter().find(|x| &x.0 == id).cloned().expect("listed")
    };
    assert_eq!(of(&by_dana, &pa), (pa.clone(), p.dana.clone(), text.to_owned(), Some(p.ann.clone())));
    assert_eq!(of(&by_dana, &pc).3, None, "another presenter's link stays with them");
    let by_eli = vault.case_presentations(&e, &m).await.unwrap();
    assert_eq!((of(&by_eli, &pa).3, of(&by_eli, &pc).3), (None, Some(p.cleo.clone())));
    let by_sam = vault.case_presentations(&s, &m).await.unwrap();
    assert!(by_sam.iter().all(|x| x.3.is_none()));
    assert_eq!(by_sam.len(), 2);
    assert!(matches!(vault.chart(&s, &p.ann).await, Err(Error::NotFound(_))));
    assert!(vault.case_presentations(&Actor::Operator, &m).await.unwrap().iter().all(|x| x.3.is_none()));
    assert!(
        matches!(vault.case_presentations(&Actor::User(p.root.clone()), &m).await, Err(Error::NotFound(w)) if w == "meeting")
    );
    assert_eq!(last(&vault).await, ("presentation.read".into(), "denied".into()));

    // Erasing a client ends the link; the de-identified presentation stays with the
    // meeting, and the other client's link is untouched.
    vault.erase_client(&Actor::Operator, &p.ann).await.unwrap();
    let by_dana = vault.case_presentations(&d, &m).await.unwrap();
    assert_eq!(of(&by_dana, &pa), (pa.clone(), p.dana.clone(), text.to_owned(), None));
    assert_eq!(of(&vault.case_presentations(&e, &m).await.unwrap(), &pc).3, Some(p.cleo.clone()));

    // Minutes and follow-ups.
    meeting.minutes = "Agreed: A to be seen weekly; follow up in a month.".into();
    vault.update_team_meeting(&s, &m, &meeting).await.unwrap();
    assert_eq!(vault.team_meetings(&d).await.unwrap()[0].1.minutes, meeting.minutes);
    assert!(matches!(vault.update_team_meeting(&d, &RowId::generate(), &meeting).await, Err(Error::NotFound(_))));
    assert!(matches!(
        vault.update_team_meeting(&Actor::User(p.root.clone()), &m, &meeting).await,
        Err(Error::NotFound(_))
    ));
});

conformance!(the_protocol_tables_round_trip_through_a_backup, |t: TestVault| async move {
    use sanctum_vault::AttendanceStatus;
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let d = p.d();
    let inc =
        vault.record_incident(&d, &p.dana, &[(p.ann.clone(), incident("x", Involvement::Affected))]).await.unwrap();
    let disc = vault.draft_disclosure(&d, &p.ann, &disclosure()).await.unwrap();
    let session = p.session(&vault, SessionWith::Group(p.group.clone()), NOW, Place::InPerson("R".into())).await;
    vault.record_attendance(&d, &session, &p.ann, AttendanceStatus::Present).await.unwrap();
    vault.add_group_note(&d, &session, &p.dana, &Note::draft(NoteTemplate::Soap)).await.unwrap();
    let mut meeting = sanctum_practice::TeamMeeting::default();
    meeting.held_at = NOW;
    let m = vault.add_team_meeting(&d, &meeting).await.unwrap();
    let pres = vault.add_case_presentation(&d, &m, &p.ann, "Client A.").await.unwrap();

    let file = t.backup(&vault, "protocols.age").await;
    let target = t.sibling("protocols").await;
    let (restored, manifest) = Vault::restore(&target.location(), &t.key, &file, false).await.unwrap();
    for table in ["disclosures", "attendance", "group_notes", "case_presentations", "presentation_links"] {
        assert_eq!(manifest.tables[table], 1, "{table}");
    }
    assert_eq!(restored.incident(&d, &inc[0]).await.unwrap().0, p.ann);
    assert_eq!(restored.disclosures_awaiting_cosign(&p.s()).await.unwrap()[0].0, disc);
    assert_eq!(restored.attendance(&d, &session).await.unwrap(), [(p.ann.clone(), AttendanceStatus::Present)]);
    assert_eq!(restored.group_notes(&d, &session).await.unwrap().len(), 1);
    assert_eq!(
        restored.case_presentations(&d, &m).await.unwrap()[0],
        (pres, p.dana.clone(), "Client A.".into(), Some(p.ann.clone()))
    );
    restored.verify_audit(None).await.unwrap();
});
