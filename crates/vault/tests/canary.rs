//! The canary test: distinctive strings written through every kind of field must
//! appear nowhere on disk — not in the database file, not in its WAL, not in a backup.

use std::path::Path;

use sanctum_practice::{
    AgendaItem, CasePresentation, ClientInformed, ClientProfile, Consent, ConsentKind, Conversion, Disclosure,
    Discussion, Group, Homework, Incident, IncidentSource, Involvement, Location, Note, NoteSections, NoteTemplate,
    Relative, Role, Session, SessionKind, SessionStatus, TeamMeeting,
};
use sanctum_vault::{Actor, Kdf, KdfParams, KeySource, SessionWith, Vault};
use secrecy::ExposeSecret;

/// A unique string for `field`; for the date of birth, a random date (validation wants one).
fn canary(field: &str) -> String {
    let r = uuid::Uuid::new_v4();
    if field == "date_of_birth" {
        let n = r.as_u128();
        return format!("{}-{:02}-{:02}", 1000 + n % 9000, 1 + (n >> 16) % 12, 1 + (n >> 32) % 28);
    }
    format!("canary{field}{}", r.simple())
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// A backup's plaintext payload, opened with the age crate (as `age -d -i KEYFILE` would).
fn decrypted(key_file: &secrecy::SecretString, backup: &Path) -> Vec<u8> {
    use std::io::Read as _;
    let line = key_file.expose_secret().lines().find(|l| l.starts_with("AGE-SECRET-KEY-")).expect("identity line");
    let identity: age::x25519::Identity = line.parse().expect("an age identity");
    let file = std::fs::File::open(backup).expect("open backup");
    let decryptor = age::Decryptor::new(file).expect("an age file");
    let mut payload = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .expect("the vault key opens its backup")
        .read_to_end(&mut payload)
        .expect("read payload");
    payload
}

fn files_containing(dir: &Path, needle: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if !path.is_file() {
            continue;
        }
        if contains(&std::fs::read(&path).expect("read file"), needle) {
            hits.push(path.display().to_string());
        }
    }
    hits
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_canary_reaches_the_disk() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let vault_dir = dir.path().join("vault");
    let location = sanctum_vault::Location::Sqlite(vault_dir.clone());
    let key_text = KeySource::new_key_file();
    let key = KeySource::key_file(key_text.expose_secret()).expect("key");
    let vault = Vault::create(&location, &key, KdfParams::with_cost(Kdf::KeyFile, 0, 0, 0)).await.expect("create");
    let mut canaries = Vec::new();
    let mut c = |field: &str| {
        let s = canary(field);
        canaries.push(s.clone());
        s
    };

    let staff_name = c("staff");
    let (therapist, _) = vault.add_user(&Actor::Operator, &staff_name, Role::Therapist).await.expect("user");
    let me = Actor::User(therapist.clone());
    let mut profile = ClientProfile::default();
    // Every field holds its own canary, shaped where validation needs a shape: the
    // phone gets digits after its canary, the e-mail a domain, and the date of birth is
    // a random date whose text is the canary.
    for field in ClientProfile::FIELDS {
        *profile.field_mut(field).expect("field") = match field {
            "phone" => format!("{} 555 0142", c(field)),
            "email" => format!("{}@example.org", c(field)),
            _ => c(field),
        };
    }
    profile.relatives.push(Relative { name: c("relative"), relation: c("relation"), phone: c("relphone") });
    profile.distinctive.push(c("distinctive"));
    let client = vault.add_client(&me, &profile, Some(&therapist)).await.expect("client");

    let session = Session {
        kind: SessionKind::Individual,
        starts_at: 1,
        duration_minutes: 50,
        location: Location::InPerson(c("location")),
        status: SessionStatus::Scheduled,
    };
    let sid =
        vault.schedule_session(&me, &SessionWith::Client(client.clone()), &therapist, &session).await.expect("session");
    let mut note = Note::draft(NoteTemplate::Soap);
    note.sections = NoteSections(vec![c("subjective"), c("objective"), c("assessment"), c("plan")]);
    let nid = vault.add_note(&me, &client, Some(&sid), &therapist, &note).await.expect("note");
    vault.sign_note(&me, &nid, &therapist).await.expect("sign");
    vault
        .amend_note(
            &me,
            &nid,
            &therapist,
            sanctum_practice::AmendmentText { reason: c("reason"), text: c("amendment") },
        )
        .await
        .expect("amend");
    let mut homework = Homework::default();
    homework.task = c("task");
    homework.due = "2030-01-01".into();
    homework.response = c("response");
    vault.add_homework(&me, &client, Some(&sid), &homework).await.expect("homework");
    let consent = Consent { kind: ConsentKind::Treatment, version: c("version"), signed_at: 1, revoked_at: None };
    vault.add_consent(&me, &client, &consent).await.expect("consent");
    let mut incident = Incident::default();
    incident.description = c("incident");
    vault.add_incident(&me, &client, &therapist, &incident).await.expect("incident");
    let mut linked = Incident::new(5, &c("incident-linked"), IncidentSource::Observed, Involvement::Affected);
    linked.group = None;
    let ids = vault.record_incident(&me, &therapist, &[(client.clone(), linked)]).await.expect("record incident");
    let discussion = Discussion {
        session: String::new(),
        at: 0,
        client_account: c("client-account"),
        agreed_steps: c("agreed-steps"),
        closes: true,
    };
    vault.discuss_incident(&me, &ids[0], &sid, discussion).await.expect("discuss incident");
    let mut disclosure = Disclosure::default();
    disclosure.justification = c("justification");
    disclosure.recipient = c("recipient");
    disclosure.information = c("information");
    disclosure.informed = ClientInformed::Not;
    disclosure.not_informed_reason = c("not-informed");
    vault.draft_disclosure(&me, &client, &disclosure).await.expect("disclosure");
    let mut converted = disclosure.clone();
    converted.from_incident = Some(Conversion { incident: ids[0].to_string(), reason: c("conversion") });
    vault.convert_incident(&me, &ids[0], &converted).await.expect("conversion");
    let mut item = AgendaItem::default();
    item.text = c("agenda");
    vault.add_agenda_item(&me, &client, Some(&sid), &item).await.expect("agenda");
    let mut group = Group::default();
    group.name = c("group");
    let gid = vault.create_group(&me, &therapist, &group).await.expect("group");
    let mut meeting = TeamMeeting::default();
    meeting.minutes = c("minutes");
    meeting.presentations.push(CasePresentation { presenter: therapist.to_string(), text: c("presentation") });
    let mid = vault.add_team_meeting(&me, &meeting).await.expect("meeting");
    meeting.minutes = c("minutes-updated");
    vault.update_team_meeting(&me, &mid, &meeting).await.expect("meeting update");
    vault.add_case_presentation(&me, &mid, &client, &c("case-presentation")).await.expect("presentation");
    let agreement = Consent {
        kind: ConsentKind::GroupConfidentiality,
        version: sanctum_practice::GROUP_AGREEMENT_VERSION.into(),
        signed_at: 1,
        revoked_at: None,
    };
    vault.add_consent(&me, &client, &agreement).await.expect("group agreement");
    vault.add_group_member(&me, &gid, &client).await.expect("member");
    let group_session = Session {
        kind: SessionKind::Group,
        starts_at: 2,
        duration_minutes: 90,
        location: Location::InPerson(c("group-location")),
        status: SessionStatus::Scheduled,
    };
    let gsid = vault
        .schedule_session(&me, &SessionWith::Group(gid.clone()), &therapist, &group_session)
        .await
        .expect("group session");
    vault.record_attendance(&me, &gsid, &client, sanctum_vault::AttendanceStatus::Present).await.expect("attendance");
    let mut group_note = Note::draft(NoteTemplate::Dap);
    group_note.sections = NoteSections(vec![c("group-data"), c("group-assessment"), c("group-plan")]);
    vault.add_group_note(&me, &gsid, &therapist, &group_note).await.expect("group note");
    vault.create_api_token(&me, &therapist, &c("token-label")).await.expect("API token");
    let totp = c("totp-secret");
    vault.set_totp_secret(&me, &therapist, Some(totp.as_bytes())).await.expect("TOTP");
    let chart = vault.chart(&me, &client).await.expect("chart");
    // Nor in what a log line or a panic message would print.
    let debug = format!("{chart:?} {:?} {:?}", chart.notes, vault.team_meetings(&me).await.expect("meetings"));
    for needle in &canaries {
        assert!(!debug.contains(needle.as_str()), "{needle} in Debug output");
    }
    vault.caseload(&me, &therapist).await.expect("caseload");

    let backup = dir.path().join("backup.age");
    vault.backup(&Actor::Operator, &key, &backup).await.expect("backup");
    let payload = decrypted(&key_text, &backup);
    assert!(
        contains(&payload, client.as_str()),
        "the backup's payload holds the client id, so its silence means something"
    );
    assert!(vault_dir.join("sanctum.db-wal").exists(), "the WAL is checked while it exists");
    // The search does find what is stored in the clear (ids), so its silence means something.
    assert!(!files_containing(&vault_dir, client.as_str()).is_empty(), "the client id is stored in the clear");
    for needle in &canaries {
        assert_eq!(files_containing(&vault_dir, needle), Vec::<String>::new(), "{needle} on disk (vault open)");
        assert!(!contains(&payload, needle), "{needle} in the backup's decrypted payload");
    }
    vault.close().await;
    for needle in &canaries {
        assert_eq!(files_containing(&vault_dir, needle), Vec::<String>::new(), "{needle} on disk (vault closed)");
    }
    // The directory holds the database and SQLite's own files, nothing else.
    for entry in std::fs::read_dir(&vault_dir).expect("dir") {
        let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
        assert!(name.starts_with("sanctum.db"), "unexpected file {name} in the vault directory");
    }
}
