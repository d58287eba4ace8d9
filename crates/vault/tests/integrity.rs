//! Authorization data a database writer cannot forge, on every backend (as
//! `conformance.rs`: SQLite always, PostgreSQL with `SANCTUM_TEST_PG`): roles, caseload
//! assignments, supervision grants and group leadership edited, inserted or given
//! another row's MAC by raw SQL grant nothing and are on the record; rows written
//! before the MACs existed are signed once, when the vault is opened after the upgrade;
//! rotating the key keeps every genuine row and launders no forged one.

#[allow(dead_code)]
mod support;

use sanctum_practice::{Group, Role};
use sanctum_vault::{Action, Actor, AuditEntry, AuditReport, Error, KdfParams, RowId, Store, Vault};
use support::{conformance, key_file, profile, TestVault};

/// Dana and Eli (therapists), Sam (a supervisor), Root (an admin); Ann is Dana's client
/// (Sam holds a grant on her chart), Cleo is Eli's; Dana leads a group.
struct Practice {
    dana: RowId,
    eli: RowId,
    sam: RowId,
    root: RowId,
    ann: RowId,
    cleo: RowId,
    group: RowId,
    eli_password: secrecy::SecretString,
}

impl Practice {
    async fn new(vault: &Vault) -> Practice {
        let op = &Actor::Operator;
        let (dana, _) = vault.add_user(op, "dana", Role::Therapist).await.expect("setup");
        let (eli, eli_password) = vault.add_user(op, "eli", Role::Therapist).await.expect("setup");
        let (sam, _) = vault.add_user(op, "sam", Role::Supervisor).await.expect("setup");
        let (root, _) = vault.add_user(op, "root", Role::Admin).await.expect("setup");
        let ann = vault.add_client(op, &profile("Ann", "Example"), Some(&dana)).await.expect("setup");
        let cleo = vault.add_client(op, &profile("Cleo", "Sample"), Some(&eli)).await.expect("setup");
        vault.grant_chart(&Actor::User(dana.clone()), &ann, &sam).await.expect("setup");
        let group = vault.create_group(op, &dana, &Group { name: "Tuesday group".into() }).await.expect("setup");
        Practice { dana, eli, sam, root, ann, cleo, group, eli_password: eli_password.0 }
    }

    /// Every genuine row still decides access as it did.
    async fn works(&self, vault: &Vault) {
        let (dana, sam) = (Actor::User(self.dana.clone()), Actor::User(self.sam.clone()));
        assert_eq!(vault.chart(&dana, &self.ann).await.expect("Dana's client").profile.given_name, "Ann");
        assert_eq!(vault.chart(&sam, &self.ann).await.expect("the grant").profile.given_name, "Ann");
        vault.chart(&Actor::User(self.eli.clone()), &self.cleo).await.expect("Eli's client");
        vault.group(&dana, &self.group).await.expect("Dana's group");
        let names: Vec<String> = vault
            .clients_of(&dana, &self.dana)
            .await
            .expect("Dana's clients")
            .into_iter()
            .map(|c| c.profile.given_name.clone())
            .collect();
        assert_eq!(names, ["Ann"]);
        assert_eq!(vault.staff_member(&self.root).await.expect("staff").expect("root").role, Role::Admin);
        assert_eq!(vault.staff().await.expect("staff").len(), 4);
    }
}

async fn entries(vault: &Vault, action: Action) -> Vec<AuditEntry> {
    use sanctum_practice::Tagged;
    let all = vault.store().audit_page(0, 100_000).await.expect("audit log");
    all.into_iter().filter(|e| e.action == action.tag()).collect()
}

/// The `integrity.failure` entries naming `record` (and no other entries' text).
async fn failures_naming(vault: &Vault, record: &RowId) -> usize {
    let failures = entries(vault, Action::IntegrityFailure).await;
    assert!(failures.iter().all(|e| e.outcome == "failed"));
    failures.iter().filter(|e| e.record.as_deref() == Some(record.as_str())).count()
}

fn refused<T: std::fmt::Debug>(result: Result<T, Error>, what: &str) {
    assert!(matches!(&result, Err(Error::NotFound(_))), "{what}: {result:?}");
}

async fn raw(vault: &Vault, sql: &str) {
    vault.store().execute_raw(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

conformance!(a_role_edited_in_the_database_gives_no_rights, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    raw(&vault, &format!("UPDATE users SET role = 'admin' WHERE id = '{}'", p.eli)).await;

    // Not an administrator: not a staff member at all, for every way the app asks.
    assert_eq!(vault.staff_member(&p.eli).await.unwrap(), None);
    assert_eq!(vault.find_user("eli").await.unwrap(), None);
    assert!(vault.staff().await.unwrap().iter().all(|m| m.id != p.eli));
    assert!(matches!(vault.sign_in("eli", &p.eli_password).await, Err(Error::Denied)));
    // Nor a therapist any more: the tampered row decides nothing.
    refused(vault.chart(&Actor::User(p.eli.clone()), &p.cleo).await, "Eli's own client");
    refused(vault.clients_of(&Actor::User(p.eli.clone()), &p.eli).await, "Eli's caseload");
    assert!(failures_naming(&vault, &p.eli).await >= 4, "each refusal is on the record");
    // Nobody else is touched, and the chain is intact.
    assert_eq!(vault.staff_member(&p.root).await.unwrap().expect("root").role, Role::Admin);
    vault.chart(&Actor::User(p.dana.clone()), &p.ann).await.expect("Dana");
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(a_caseload_row_inserted_in_the_database_opens_no_chart, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    raw(
        &vault,
        &format!("INSERT INTO caseload (therapist_id, client_id, assigned_at) VALUES ('{}', '{}', 0)", p.eli, p.ann),
    )
    .await;
    let eli = Actor::User(p.eli.clone());
    refused(vault.chart(&eli, &p.ann).await, "the chart");
    refused(vault.authorize(&eli, &p.ann, Action::ChartRead).await, "authorize");
    let listed: Vec<RowId> = vault.clients_of(&eli, &p.eli).await.unwrap().into_iter().map(|c| c.id).collect();
    assert_eq!(listed, std::slice::from_ref(&p.cleo), "the client list leaves the forged assignment out");
    assert!(vault.caseload(&eli, &p.eli).await.unwrap().clients.iter().all(|c| c.id != p.ann.as_str()));
    let failures = entries(&vault, Action::IntegrityFailure).await;
    assert!(failures
        .iter()
        .any(|e| e.client.as_deref() == Some(p.ann.as_str()) && e.record.as_deref() == Some(p.eli.as_str())));
    p.works(&vault).await;
});

conformance!(a_mac_copied_from_another_row_does_not_verify, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let eli = Actor::User(p.eli.clone());

    // Eli's genuine assignment's MAC, on an assignment of Dana's client to Eli.
    raw(
        &vault,
        &format!(
            "INSERT INTO caseload (therapist_id, client_id, assigned_at, auth_mac) \
             SELECT therapist_id, '{}', assigned_at, auth_mac FROM caseload WHERE client_id = '{}'",
            p.ann, p.cleo
        ),
    )
    .await;
    refused(vault.chart(&eli, &p.ann).await, "a copied assignment MAC");

    // Root's role and MAC, copied onto Eli.
    raw(
        &vault,
        &format!(
            "UPDATE users SET role = 'admin', auth_mac = (SELECT u.auth_mac FROM users u WHERE u.id = '{}') \
             WHERE id = '{}'",
            p.root, p.eli
        ),
    )
    .await;
    assert_eq!(vault.staff_member(&p.eli).await.unwrap(), None, "a copied role MAC");

    // A revoked grant made live again, keeping its MAC.
    let grant = vault.chart_grants(&p.ann).await.unwrap().pop().expect("Sam's grant").id;
    vault.revoke_chart_grant(&Actor::User(p.dana.clone()), &grant).await.expect("revoke");
    raw(&vault, &format!("UPDATE chart_grants SET revoked_at = NULL WHERE id = '{grant}'")).await;
    refused(vault.chart(&Actor::User(p.sam.clone()), &p.ann).await, "an unrevoked grant");
    assert!(vault.charts_granted_to(&Actor::User(p.sam.clone()), &p.sam).await.unwrap().is_empty());

    // Dana's group handed to Eli, keeping its MAC: now nobody's.
    raw(&vault, &format!("UPDATE therapy_groups SET therapist_id = '{}' WHERE id = '{}'", p.eli, p.group)).await;
    refused(vault.group(&eli, &p.group).await, "a group handed over");
    refused(vault.group(&Actor::User(p.dana.clone()), &p.group).await, "the tampered group");
    assert!(vault.groups_of(&Actor::Operator, &p.eli).await.unwrap().is_empty());
    assert!(vault.groups_of(&Actor::Operator, &p.dana).await.unwrap().is_empty());

    assert!(failures_naming(&vault, &p.eli).await >= 1);
    assert!(failures_naming(&vault, &grant).await >= 1);
    assert!(failures_naming(&vault, &p.group).await >= 1);
    // The genuine rows still work.
    vault.chart(&Actor::User(p.dana.clone()), &p.ann).await.expect("Dana");
    assert_eq!(vault.staff_member(&p.root).await.unwrap().expect("root").role, Role::Admin);
});

/// Turns the vault at `t` back into one written before migration 0005: the MAC columns
/// gone and the migration not applied.
async fn before_the_macs(vault: &Vault) {
    for table in ["users", "caseload", "chart_grants", "therapy_groups"] {
        raw(vault, &format!("ALTER TABLE {table} DROP COLUMN auth_mac")).await;
    }
    raw(vault, "DELETE FROM _sqlx_migrations WHERE version = 5").await;
}

conformance!(no_open_signs_rows_written_without_macs, |t: TestVault| async move {
    // A vault whose rows carry no MACs, as one made before them (or one whose schema a
    // database writer rolled back, a forged admin among its rows).
    let vault = Vault::create_as_before_access_macs(&t.location(), &t.key, t.kdf()).await.expect("create vault");
    let p = Practice::new(&vault).await;
    raw(&vault, &format!("UPDATE users SET role = 'admin' WHERE id = '{}'", p.eli)).await;
    before_the_macs(&vault).await;
    vault.close().await;

    // The open applies the migration again and signs nothing: every such row is refused.
    let vault = t.open().await;
    assert!(entries(&vault, Action::IntegrityBackfill).await.is_empty(), "nothing signed");
    refused(vault.chart(&Actor::User(p.dana.clone()), &p.ann).await, "an unsigned assignment");
    assert!(vault.staff_member(&p.eli).await.unwrap().is_none(), "the forged admin is nobody");
    assert!(!entries(&vault, Action::IntegrityFailure).await.is_empty());
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
    vault.close().await;
    // Nor does the next.
    let vault = t.open().await;
    assert!(entries(&vault, Action::IntegrityBackfill).await.is_empty(), "nothing signed");
});

conformance!(rotating_the_key_keeps_access_and_launders_nothing, |t: TestVault| async move {
    let mut vault = t.create().await;
    let p = Practice::new(&vault).await;
    raw(
        &vault,
        &format!("INSERT INTO caseload (therapist_id, client_id, assigned_at) VALUES ('{}', '{}', 0)", p.eli, p.ann),
    )
    .await;
    let new_key = key_file();
    vault
        .rotate_key(&Actor::Operator, &new_key, KdfParams::with_cost(sanctum_vault::Kdf::KeyFile, 0, 0, 0))
        .await
        .unwrap();
    p.works(&vault).await;
    vault.close().await;
    let vault = Vault::open(&t.location(), &new_key).await.expect("the new key opens it");
    p.works(&vault).await;
    refused(vault.chart(&Actor::User(p.eli.clone()), &p.ann).await, "the forged row, after the rotation");
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));

    // A backup carries the MACs: the restored vault decides as this one does.
    let file = t.dir.path().join("rotated.age");
    vault.backup(&Actor::Operator, &new_key, &file).await.expect("backup");
    let twin = t.sibling("restored").await;
    let (restored, _) = Vault::restore(&twin.location(), &new_key, &file, false).await.expect("restore");
    p.works(&restored).await;
    refused(restored.chart(&Actor::User(p.eli.clone()), &p.ann).await, "the forged row, restored");
    let signed = entries(&restored, Action::IntegrityBackfill).await;
    assert!(signed.iter().all(|e| e.record.is_none()), "nothing to sign: {signed:?}");
});

conformance!(a_new_vaults_schema_rolled_back_gets_no_forged_row_signed, |t: TestVault| async move {
    // A vault made with its access rows signed says so in its chain from the start...
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    let created = entries(&vault, Action::IntegrityBackfill).await;
    assert_eq!(created.len(), 1);
    assert_eq!((created[0].seq, created[0].record.as_deref()), (2, None));
    // ...so a forged assignment smuggled in by rolling the schema back is never signed.
    raw(
        &vault,
        &format!("INSERT INTO caseload (therapist_id, client_id, assigned_at) VALUES ('{}', '{}', 0)", p.eli, p.ann),
    )
    .await;
    before_the_macs(&vault).await;
    vault.close().await;
    let vault = t.open().await;
    assert_eq!(entries(&vault, Action::IntegrityBackfill).await.len(), 1, "nothing signed");
    refused(vault.chart(&Actor::User(p.eli.clone()), &p.ann).await, "a forged row after a rollback");
    refused(vault.chart(&Actor::User(p.dana.clone()), &p.ann).await, "every row the rollback unsigned");
    assert!(matches!(vault.verify_audit(None).await.unwrap(), AuditReport::Intact { .. }));
});

conformance!(a_password_hash_written_into_the_database_signs_no_one_in, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    // A genuine change re-signs the row: the new password signs in, the row still decides.
    let chosen = secrecy::SecretString::from("a long and genuine passphrase".to_owned());
    vault.set_password(&Actor::User(p.dana.clone()), &p.dana, &chosen).await.unwrap();
    assert_eq!(vault.sign_in("dana", &chosen).await.unwrap().id, p.dana);
    p.works(&vault).await;

    // Eli's hash copied onto Dana's row: Eli's password does not sign in as Dana, nor
    // does Dana's any more, and Dana is nobody until the row is restored.
    raw(
        &vault,
        &format!(
            "UPDATE users SET password_hash = (SELECT u.password_hash FROM users u WHERE u.id = '{}') WHERE id = '{}'",
            p.eli, p.dana
        ),
    )
    .await;
    assert!(vault.sign_in("dana", &p.eli_password).await.is_err());
    assert!(vault.sign_in("dana", &chosen).await.is_err());
    assert_eq!(vault.staff_member(&p.dana).await.unwrap(), None);
    assert!(failures_naming(&vault, &p.dana).await > 0);
});

conformance!(no_assignment_is_signed_for_a_forged_therapist, |t: TestVault| async move {
    let vault = t.create().await;
    let p = Practice::new(&vault).await;
    // Sam, a supervisor, made a therapist by a database writer: assigning Ann to him is
    // refused, as for nobody, and nothing is written.
    raw(&vault, &format!("UPDATE users SET role = 'therapist' WHERE id = '{}'", p.sam)).await;
    refused(vault.assign(&Actor::Operator, &p.sam, &p.ann).await, "a forged therapist");
    let profile = profile("Dora", "Example");
    refused(
        vault.import_clients(&Actor::Operator, &[profile], Some(&p.sam)).await,
        "an import onto a forged therapist",
    );
    refused(vault.chart(&Actor::User(p.sam.clone()), &p.ann).await, "the chart");
    // A genuine therapist is assigned as before.
    vault.assign(&Actor::Operator, &p.eli, &p.ann).await.unwrap();
    vault.chart(&Actor::User(p.eli.clone()), &p.ann).await.expect("Eli now has Ann");
});
