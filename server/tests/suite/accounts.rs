//! Running a county: staff accounts (invitation by one-time link, changes, deactivation,
//! password reset), the rules that protect them (the last administrator stays, nobody
//! raises their own rights, a coordinator stays in their municipality), and the
//! organisation built from an empty installation.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, COORDINATOR, DEMIR, KELLER, WEBER};
use lotse_app::domain::{Role, UserId};
use lotse_server::db::accounts::{Refused, StaffAccount, StaffScope};
use lotse_server::db::users::NewUser;
use lotse_server::db::Store;
use lotse_server::seed::STAFF_PASSWORD;

const ADMIN: &str = "admin@lotse.example";

/// The one-time link a page shows (`…/welcome/<token>`), as its path.
fn welcome_path(body: &str) -> Option<String> {
    let at = body.find("/welcome/")?;
    let token: String = body[at + 9..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Some(format!("/welcome/{token}"))
}

async fn id_of(store: &Store, email: &str) -> i64 {
    store.user_by_email(email).await.unwrap().unwrap().id
}

async fn team_mitte(store: &Store) -> i64 {
    store
        .teams(None)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.name == "Mitte")
        .unwrap()
        .id
}

both_backends!(seeded
    an_invited_guide_sets_a_password_once_and_signs_in,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut admin = Client::new(app.clone());
        sign_in_staff(&mut admin, ADMIN).await;
        assert_eq!(admin.get("/admin/staff/new").await.status, StatusCode::OK);
        let team = team_mitte(&store).await.to_string();
        let municipality = "1";

        // Without a team a guide cannot be invited; what was typed stays.
        let r = admin
            .post("/admin/staff/new", &[("name", "Nora Blum"), ("email", "n.blum@talheim.example"),
                ("role", "guide"), ("municipality", municipality), ("team", "")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("value=\"Nora Blum\"") && r.body.contains("Begleitungen gehören zu einem Team"), "{}", r.body);
        // An address that has an account already.
        let r = admin
            .post("/admin/staff/new", &[("name", "Doppelt"), ("email", WEBER),
                ("role", "guide"), ("municipality", municipality), ("team", team.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("hat schon ein anderes Konto"));

        let r = admin
            .post("/admin/staff/new", &[("name", "Nora Blum"), ("email", "N.Blum@talheim.example"),
                ("role", "lead"), ("municipality", municipality), ("team", team.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page_path = r.location.clone().unwrap();
        let page = admin.get(&page_path).await;
        let link = welcome_path(&page.body).expect("the link, shown once");
        assert!(page.body.contains("Teamleitung"));
        assert!(welcome_path(&admin.get(&page_path).await.body).is_none(), "only once");
        let nora = store.user_by_email("n.blum@talheim.example").await.unwrap().unwrap();
        assert!(nora.is_team_lead && nora.password_hash.is_none());
        // The link also waits in the outbox, for the relay.
        let mails = store.mail_to("n.blum@talheim.example").await.unwrap();
        assert!(mails.iter().any(|m| m.to_address == "n.blum@talheim.example" && m.body.contains(&link)));

        // The invited person, on their own device.
        let mut nora_c = Client::new(app.clone());
        let r = nora_c.get(&link).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Nora Blum"));
        let r = nora_c.post(&link, &[("password", "kurz")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = nora_c.post(&link, &[("password", "ein langer guter Satz")]).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("/signin/staff"));
        assert_eq!(nora_c.get(&link).await.status, StatusCode::NOT_FOUND, "a link works once");
        let r = nora_c
            .post("/signin/staff", &[("email", "n.blum@talheim.example"), ("password", "ein langer guter Satz")])
            .await;
        assert_eq!(r.location.as_deref(), Some("/cases"), "{}", r.body);

        // Everything is in the change log, which administrators read.
        let log = admin.get("/admin/log").await;
        assert_eq!(log.status, StatusCode::OK);
        assert!(log.body.contains("Eingeladen") && log.body.contains("Passwort gewählt"));
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        assert_eq!(coordinator.get("/admin/log").await.status, StatusCode::FORBIDDEN);
    }
);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deactivation_ends_sessions_on_another_instance_sqlite() {
    let db = common::TestDb::open(common::Backend::Sqlite, common::Start::Seeded)
        .await
        .unwrap();
    deactivation_ends_sessions_on_another_instance(db.store.clone(), db.url.clone()).await;
    db.drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deactivation_ends_sessions_on_another_instance_postgres() {
    let Some(db) = common::TestDb::open(common::Backend::Postgres, common::Start::Seeded).await else {
        return;
    };
    deactivation_ends_sessions_on_another_instance(db.store.clone(), db.url.clone()).await;
    db.drop().await;
}

async fn deactivation_ends_sessions_on_another_instance(store: Store, url: String) {
    // Two instances: their own pools and routers, one database.
    let second = Store::connect(&url).await.unwrap();
    let a = common::app(store.clone()).await;
    let b = common::app(second).await;
    let mut guide = Client::new(a.clone());
    sign_in_staff(&mut guide, WEBER).await;
    assert_eq!(guide.get("/cases").await.status, StatusCode::OK);

    let weber = id_of(&store, WEBER).await;
    let mut admin = Client::new(b.clone());
    sign_in_staff(&mut admin, ADMIN).await;
    let page = admin.get(&format!("/admin/staff/{weber}")).await;
    assert!(
        page.body.contains("zugeordnet"),
        "the clients still assigned are named"
    );
    let r = admin.post(&format!("/admin/staff/{weber}/deactivate"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

    // The session on the other instance is over at its next request.
    assert_eq!(
        guide.get("/cases").await.location.as_deref(),
        Some("/signin/staff")
    );
    let r = Client::new(a.clone())
        .post("/signin/staff", &[("email", WEBER), ("password", STAFF_PASSWORD)])
        .await;
    assert_ne!(r.status, StatusCode::SEE_OTHER, "no sign-in while deactivated");
    // What they wrote keeps their name: the account is still there.
    assert!(store
        .user_by_email(WEBER)
        .await
        .unwrap()
        .unwrap()
        .disabled_at
        .is_some());

    let r = admin.post(&format!("/admin/staff/{weber}/reactivate"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut again = Client::new(a);
    sign_in_staff(&mut again, WEBER).await;
    let log = store.staff_changes(Some(UserId(weber)), 10).await.unwrap();
    let actions: Vec<_> = log.iter().map(|c| c.action.as_str()).collect();
    assert_eq!(actions, ["reactivated", "deactivated"]);
}

both_backends!(seeded
    the_last_administrator_stays_and_nobody_raises_their_own_rights,
    |store: Store| async move {
        let admin_id = UserId(id_of(&store, ADMIN).await);
        let as_guide = StaffAccount {
            display_name: "Admin".into(),
            email: ADMIN.into(),
            role: Role::Guide,
            municipality: None,
            team: None,
            team_lead: false,
        };
        assert_eq!(store.set_staff_active(StaffScope::All, admin_id, false, admin_id).await.unwrap(), Err(Refused::LastAdmin));
        assert_eq!(store.update_staff(StaffScope::All, admin_id, 1, &as_guide, admin_id).await.unwrap(), Err(Refused::LastAdmin));
        // An invited administrator who has not set a password does not count yet.
        let second = store
            .invite_staff(&StaffAccount { display_name: "Zweite".into(), email: "zweite@lotse.example".into(),
                role: Role::Admin, municipality: None, team: None, team_lead: false }, "hash-zweite", i64::MAX, admin_id)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(store.set_staff_active(StaffScope::All, admin_id, false, admin_id).await.unwrap(), Err(Refused::LastAdmin));
        assert!(store.redeem_staff_link("hash-zweite", "x").await.unwrap().is_some());
        assert_eq!(store.set_staff_active(StaffScope::All, admin_id, false, second).await.unwrap(), Ok(()));
        assert_eq!(store.set_staff_active(StaffScope::All, second, false, second).await.unwrap(), Err(Refused::LastAdmin));
        store.set_staff_active(StaffScope::All, admin_id, true, second).await.unwrap().unwrap();

        let app = common::app(store.clone()).await;
        let mut admin = Client::new(app.clone());
        sign_in_staff(&mut admin, ADMIN).await;
        // One's own account: not deactivated, no new link, rights unchanged by a post.
        let own = format!("/admin/staff/{}", admin_id.0);
        assert_eq!(admin.post(&format!("{own}/deactivate"), &[]).await.status, StatusCode::FORBIDDEN);
        assert_eq!(admin.post(&format!("{own}/link"), &[]).await.status, StatusCode::FORBIDDEN);

        // A coordinator: their municipality only, and never administrator rights.
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        let hoffmann = store.user_by_email(COORDINATOR).await.unwrap().unwrap();
        let v = store.staff_member(StaffScope::All, hoffmann.user_id()).await.unwrap().unwrap().version.to_string();
        let r = coordinator
            .post(&format!("/admin/staff/{}", hoffmann.id), &[("name", "M. Hoffmann"), ("email", COORDINATOR),
                ("role", "admin"), ("municipality", "1"), ("team", ""), ("version", v.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "own name may change: {}", r.body);
        let after = store.user_by_email(COORDINATOR).await.unwrap().unwrap();
        assert_eq!((after.role.as_str(), after.display_name.as_str()), ("coordinator", "M. Hoffmann"));
        let team = team_mitte(&store).await.to_string();
        let r = coordinator
            .post("/admin/staff/new", &[("name", "Neu"), ("email", "neu@talheim.example"),
                ("role", "admin"), ("municipality", "1"), ("team", team.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Diese Rolle können Sie nicht vergeben"));
        let demir = id_of(&store, DEMIR).await;
        assert_eq!(coordinator.get(&format!("/admin/staff/{demir}")).await.status, StatusCode::NOT_FOUND);
        assert_eq!(coordinator.post(&format!("/admin/staff/{demir}/deactivate"), &[]).await.status, StatusCode::NOT_FOUND);
        assert_eq!(coordinator.get(&format!("/admin/staff/{}", admin_id.0)).await.status, StatusCode::NOT_FOUND);
        let list = coordinator.get("/admin/staff").await;
        assert!(list.body.contains("Weber") && !list.body.contains("Demir"), "{}", list.body);
        // A guide manages no accounts.
        let mut guide = Client::new(app);
        sign_in_staff(&mut guide, KELLER).await;
        assert_eq!(guide.get("/admin/staff").await.status, StatusCode::FORBIDDEN);
    }
);

both_backends!(seeded
    a_guide_with_clients_keeps_their_team_and_edits_do_not_overwrite_each_other,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut admin = Client::new(app.clone());
        sign_in_staff(&mut admin, ADMIN).await;
        let weber = store.user_by_email(WEBER).await.unwrap().unwrap();
        let path = format!("/admin/staff/{}", weber.id);
        let version = store.staff_member(StaffScope::All, weber.user_id()).await.unwrap().unwrap().version.to_string();
        // Another team (in Bergfeld): not while Weber still has clients.
        let other = store.teams(None).await.unwrap().into_iter().find(|t| t.name != "Mitte").unwrap();
        let (m, t) = (other.municipality_id.to_string(), other.id.to_string());
        let r = admin
            .post(&path, &[("name", "Jonas Weber"), ("email", WEBER), ("role", "guide"), ("municipality", m.as_str()),
                ("team", t.as_str()), ("version", version.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Übergeben Sie die Fälle zuerst"), "{}", r.body);
        assert_eq!(store.user_by_email(WEBER).await.unwrap().unwrap().team_id, weber.team_id);
        // Two editors from the same version: the second is told, and keeps what they typed.
        let team = weber.team_id.unwrap().to_string();
        let first = admin
            .post(&path, &[("name", "J. Weber"), ("email", WEBER), ("role", "guide"), ("municipality", "1"),
                ("team", team.as_str()), ("version", version.as_str())])
            .await;
        assert_eq!(first.status, StatusCode::SEE_OTHER, "{}", first.body);
        let second = admin
            .post(&path, &[("name", "Jonas W."), ("email", WEBER), ("role", "lead"), ("municipality", "1"),
                ("team", team.as_str()), ("version", version.as_str())])
            .await;
        assert_eq!(second.status, StatusCode::CONFLICT);
        assert!(second.body.contains("value=\"Jonas W.\""));
        let now = store.user_by_email(WEBER).await.unwrap().unwrap();
        assert_eq!((now.display_name.as_str(), now.is_team_lead), ("J. Weber", false));
    }
);

both_backends!(
    an_empty_installation_gets_its_county_providers_and_teams,
    |store: Store| async move {
        let hash = lotse_server::auth::credentials::hash_secret(STAFF_PASSWORD).unwrap();
        store
            .create_user(&NewUser {
                role: Some(Role::Admin),
                display_name: "Erste Administration".into(),
                email: Some(ADMIN.into()),
                password_hash: Some(hash),
                ..Default::default()
            })
            .await
            .unwrap();
        let app = common::app(store.clone()).await;
        let mut admin = Client::new(app);
        sign_in_staff(&mut admin, ADMIN).await;
        let page = admin.get("/admin/organisation").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Name des Landkreises"));
        // A provider needs the county first.
        let r = admin
            .post(
                "/admin/organisation/providers",
                &[("name", "Caritas"), ("contact", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let r = admin
            .post(
                "/admin/organisation/municipalities",
                &[
                    ("county", "Landkreis Neu"),
                    ("name", "Neustadt"),
                    ("caseload_target", "5"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "a target of 1:5 is refused"
        );
        assert!(r.body.contains("value=\"Neustadt\""));
        let r = admin
            .post(
                "/admin/organisation/municipalities",
                &[
                    ("county", "Landkreis Neu"),
                    ("name", "Neustadt"),
                    ("caseload_target", "80"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = admin
            .post(
                "/admin/organisation/providers",
                &[("name", "Caritas"), ("contact", "0711 123")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = admin
            .post(
                "/admin/organisation/providers",
                &[("name", "Caritas"), ("contact", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a name once");
        let m = store.municipalities(None).await.unwrap()[0].id.to_string();
        // Settings: the target caseload and how long closed cases are kept.
        let path = format!("/admin/organisation/municipalities/{m}");
        let r = admin
            .post(
                &path,
                &[
                    ("name", "Neustadt"),
                    ("caseload_target", "80"),
                    ("retention_months", "3"),
                    ("client_langs", "de,ar"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "kept at least half a year"
        );
        let r = admin
            .post(
                &path,
                &[
                    ("name", "Neustadt"),
                    ("caseload_target", "70"),
                    ("retention_months", "24"),
                    ("client_langs", "de,ar,ti"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let settings = &store.municipalities(None).await.unwrap()[0];
        assert_eq!((settings.caseload_target, settings.retention_months), (70, 24));
        assert_eq!(settings.client_langs, "de,ar,ti");
        let p = store.providers().await.unwrap()[0].id.to_string();
        let r = admin
            .post(
                "/admin/organisation/teams",
                &[
                    ("name", "Team Nord"),
                    ("municipality", m.as_str()),
                    ("provider", p.as_str()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let team = store.teams(None).await.unwrap()[0].id.to_string();
        let r = admin
            .post(
                "/admin/staff/new",
                &[
                    ("name", "Erste Begleitung"),
                    ("email", "b@neustadt.example"),
                    ("role", "guide"),
                    ("municipality", m.as_str()),
                    ("team", team.as_str()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = admin.get("/admin/organisation").await;
        assert!(
            page.body.contains("Landkreis Neu")
                && page.body.contains("Team Nord")
                && page.body.contains("Caritas")
        );
        let changes = store.staff_changes(None, 10).await.unwrap();
        assert_eq!(
            changes.len(),
            5,
            "municipality (added, changed), provider, team, invitation"
        );
    }
);

both_backends!(seeded
    the_roles_without_case_files_are_given_within_scope_and_land_on_their_work,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        // A municipality's coordinator may give the volunteer coordinator's role, not the
        // county coordinator's (wider than their own scope): the form says so, keeps it.
        let page = coordinator.get("/admin/staff/new").await;
        assert!(page.body.contains("value=\"volunteer_coordinator\""));
        assert!(!page.body.contains("value=\"county_coordinator\""));
        let r = coordinator
            .post("/admin/staff/new", &[("name", "Kreis Versuch"), ("email", "kreis@talheim.example"),
                ("role", "county_coordinator"), ("municipality", "1"), ("team", "")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Diese Rolle können Sie nicht vergeben") && r.body.contains("value=\"Kreis Versuch\""));
        assert!(store.user_by_email("kreis@talheim.example").await.unwrap().is_none());

        let mut admin = Client::new(app.clone());
        sign_in_staff(&mut admin, ADMIN).await;
        for (role, email, home) in [
            ("volunteer_coordinator", "ehrenamt@talheim.example", "/groups/manage"),
            ("county_coordinator", "kreis@lotse.example", "/directory/manage"),
        ] {
            let client = if role == "volunteer_coordinator" { &mut coordinator } else { &mut admin };
            let r = client
                .post("/admin/staff/new", &[("name", &format!("Konto {email}")), ("email", email), ("role", role),
                    ("municipality", "1"), ("team", "")])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
            let link = welcome_path(&client.get(r.location.as_deref().unwrap()).await.body).unwrap();
            let mut person = Client::new(app.clone());
            person.post(&link, &[("password", "ein langer guter Satz")]).await;
            let r = person
                .post("/signin/staff", &[("email", email), ("password", "ein langer guter Satz")])
                .await;
            assert_eq!(r.location.as_deref(), Some(home), "{role}: {}", r.body);
            let start = person.get(home).await;
            assert_eq!(start.status, StatusCode::OK, "{role}");
            // No caseload, in the top bar or behind it.
            assert!(!start.body.contains("href=\"/cases\""), "{role}");
            assert_ne!(person.get("/cases").await.location.as_deref(), Some("/cases"));
            let haddad = common::client_named(&store, "Haddad").await;
            assert_eq!(person.get(&format!("/cases/{haddad}")).await.status, StatusCode::NOT_FOUND);
        }
        // The county coordinator's account is out of a municipal coordinator's reach.
        let county = id_of(&store, "kreis@lotse.example").await;
        assert_eq!(coordinator.get(&format!("/admin/staff/{county}")).await.status, StatusCode::NOT_FOUND);
        let staff = coordinator.get("/admin/staff").await;
        assert!(staff.body.contains("Konto ehrenamt@talheim.example"));
        assert!(!staff.body.contains("Konto kreis@lotse.example"));
    }
);

both_backends!(seeded
    a_municipality_offers_its_clients_the_languages_it_chose,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        let path = "/admin/organisation/municipalities/1";
        let form = |langs: &'static str| {
            vec![("name", "Talheim"), ("caseload_target", "80"), ("retention_months", "36"), ("client_langs", langs)]
        };
        // None at all: the form says so and keeps the rest.
        let r = coordinator.post(path, &form("")).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Bitte wählen Sie mindestens eine Sprache"));
        let r = coordinator.post(path, &form("ar,de,en")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // The client (Arabic) is offered only those three, and cannot pick another.
        let mut client = Client::new(app.clone());
        common::sign_in_client(&mut client, lotse_server::seed::CLIENT_NUMBER, lotse_server::seed::CLIENT_PIN).await;
        let home = client.get("/me").await;
        let switcher = &home.body[home.body.find("id=\"lang-select\"").unwrap()..];
        let switcher = &switcher[..switcher.find("</select>").unwrap()];
        assert!(switcher.contains("value=\"ar\"") && switcher.contains("value=\"de\""));
        assert!(!switcher.contains("value=\"ti\"") && !switcher.contains("value=\"fa\""), "{switcher}");
        client.post("/lang", &[("lang", "ti"), ("return_to", "/me")]).await;
        let amal = store.user_by_login_number(lotse_server::seed::CLIENT_NUMBER).await.unwrap().unwrap();
        assert_ne!(amal.lang.as_deref(), Some("ti"));

        // A guide's new client: only the offered languages, and a post of another refused.
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let page = guide.get("/cases/new").await;
        let select = &page.body[page.body.find("name=\"preferred_lang\"").unwrap()..];
        let select = &select[..select.find("</select>").unwrap()];
        assert!(!select.contains("value=\"ti\"") && select.contains("value=\"ar\""), "{select}");
        let r = guide
            .post("/cases/new", &[("first_name", "Selam"), ("last_name", "Haile"), ("preferred_lang", "ti")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Diese Sprache bietet die Gemeinde in der App nicht an") && r.body.contains("value=\"Selam\""));
    }
);
