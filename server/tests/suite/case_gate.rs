//! The case gate (`db::case_file`): what a receiving team may not see it cannot read
//! through a side door or write to, and health stays with the client's own guide. Each
//! test reproduces a finding of the security review; each failed before the gate.

use crate::common;
use axum::http::StatusCode;
use common::{client_ids_of, day, sign_in_staff, Client, DEMIR, KELLER, WEBER};
use lotse_server::db::Store;

async fn user_id(store: &Store, email: &str) -> String {
    store
        .user_by_email(email)
        .await
        .unwrap()
        .unwrap()
        .user_id()
        .0
        .to_string()
}

/// Weber hands client `id` to Demir (team Bergfeld) with a consent that covers only
/// `covers`.
async fn hand_to_bergfeld(weber: &mut Client, store: &Store, id: i64, covers: &str) {
    hand_over(weber, store, id, ("2", DEMIR), covers).await;
}

/// `from` hands client `id` to the guide `to` of team `team` with a consent that covers
/// only `covers`.
async fn hand_over(from: &mut Client, store: &Store, id: i64, (team, to): (&str, &str), covers: &str) {
    let past = day(-3);
    let r = from
        .post(
            &format!("/cases/{id}/consent"),
            &[
                ("purpose", "handover"),
                ("team", team),
                ("covers", covers),
                ("given_on", past.as_str()),
                ("form", "paper"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The handover window is by the second: records must be older than it.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let to = user_id(store, to).await;
    let r = from
        .post(
            &format!("/cases/{id}/handover"),
            &[("guide", to.as_str()), ("reason", "Umzug")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

both_backends!(seeded
    a_stale_intake_save_shows_nothing_outside_the_window,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        for (section, field, value) in [
            ("health", "health_needs", "Insulinpflichtiger Diabetes"),
            ("languages", "other_languages", "Kurmandschi und Sorani"),
        ] {
            let r = weber
                .post(
                    &format!("/cases/{id}/intake/{section}"),
                    &[(field, value), ("version", "0")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        // The consent covers the plan only: the earlier intake stays behind.
        hand_to_bergfeld(&mut weber, &store, id, "plan").await;
        let mut demir = Client::new(app.clone());
        sign_in_staff(&mut demir, DEMIR).await;
        let page = demir.get(&format!("/cases/{id}/intake")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("Kurmandschi"));
        for (section, field) in [("health", "health_needs"), ("languages", "other_languages")] {
            // A save "from an empty form" meets the hidden section: refused, and the
            // answer shows nothing of what is stored.
            let r = demir
                .post(
                    &format!("/cases/{id}/intake/{section}"),
                    &[(field, "Mein neuer Eintrag"), ("version", "0")],
                )
                .await;
            assert_eq!(r.status, StatusCode::CONFLICT, "{section}");
            assert!(!r.body.contains("Diabetes"), "health leaked via the 409 page");
            assert!(
                !r.body.contains("Kurmandschi"),
                "hidden intake leaked via the 409 page"
            );
            assert!(r.body.contains("Mein neuer Eintrag"), "what was typed is kept");
            // Guessing the stored version does not overwrite the hidden record either.
            let r = demir
                .post(
                    &format!("/cases/{id}/intake/{section}"),
                    &[(field, "überschrieben"), ("version", "1")],
                )
                .await;
            assert_eq!(r.status, StatusCode::CONFLICT, "{section}");
        }
        let stored = store
            .case(&common::own_guide(&store, lotse_app::domain::ClientId(id)).await)
            .intake()
            .await
            .unwrap();
        assert!(stored.is_empty(), "Demir sees no intake from before");
    }
);

both_backends!(seeded plan_writes_cannot_reach_hidden_goals, |store: Store| async move {
    let id = client_ids_of(&store, WEBER).await[0];
    let app = common::app(store.clone()).await;
    let mut weber = Client::new(app.clone());
    sign_in_staff(&mut weber, WEBER).await;
    let r = weber
        .post(
            &format!("/cases/{id}/plan/goals"),
            &[("field", "work"), ("title", "Geheimziel Umschulung")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let file = common::own_guide(&store, lotse_app::domain::ClientId(id)).await;
    let goal = store
        .case(&file)
        .goals()
        .await
        .unwrap()
        .into_iter()
        .find(|g| g.title == "Geheimziel Umschulung")
        .unwrap();
    let r = weber
        .post(
            &format!("/cases/{id}/plan/goals/{}/steps", goal.id),
            &[("text", "Geheimer Schritt"), ("actor", "client")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let step = store
        .case(&file)
        .steps()
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.text == "Geheimer Schritt")
        .unwrap();
    // The consent covers appointments only: the plan stays behind.
    hand_to_bergfeld(&mut weber, &store, id, "appointments").await;
    let mut demir = Client::new(app.clone());
    sign_in_staff(&mut demir, DEMIR).await;
    let version = goal.version.to_string();
    let r = demir
        .post(
            &format!("/cases/{id}/plan/goals/{}", goal.id),
            &[("status", "dropped"), ("version", version.as_str())],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "a hidden goal is not found");
    let version = step.version.to_string();
    let r = demir
        .post(
            &format!("/cases/{id}/plan/steps/{}", step.id),
            &[("status", "done"), ("version", version.as_str())],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "a hidden step is not found");
    let r = demir
        .post(
            &format!("/cases/{id}/plan/goals/{}/steps", goal.id),
            &[("text", "Neuer Schritt"), ("actor", "client")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "no step joins a hidden goal");
    let plan = demir.get(&format!("/cases/{id}/plan")).await;
    assert_eq!(plan.status, StatusCode::OK);
    assert!(
        !plan.body.contains("Geheim"),
        "neither the goal nor a history line names it"
    );
    // Nothing changed behind the window (read with Weber's access from before).
    let after = store.case(&file).goals().await.unwrap();
    let same = after.iter().find(|g| g.id == goal.id).unwrap();
    assert_eq!((same.version, same.status.as_str()), (goal.version, "open"));
    let steps = store.case(&file).steps().await.unwrap();
    assert_eq!(steps.iter().filter(|s| s.goal_id == goal.id).count(), 1);
});

both_backends!(seeded
    health_in_the_plan_is_for_the_own_guide_only,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let r = weber
            .post(
                &format!("/cases/{id}/plan/goals"),
                &[("field", "health"), ("title", "Traumatherapie beginnen")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(weber
            .get(&format!("/cases/{id}/plan"))
            .await
            .body
            .contains("Traumatherapie"));
        let r = lead.get(&format!("/cases/{id}/plan")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            !r.body.contains("Traumatherapie"),
            "the team lead sees neither the goal nor its history line"
        );
        let r = lead
            .post(
                &format!("/cases/{id}/plan/goals"),
                &[("field", "health"), ("title", "Arzttermin")],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::NOT_FOUND,
            "only the own guide writes health"
        );
    }
);

both_backends!(seeded
    a_handover_inside_the_team_never_widens_the_window,
    |store: Store| async move {
        let id = client_ids_of(&store, DEMIR).await[0];
        let app = common::app(store.clone()).await;
        let mut demir = Client::new(app.clone());
        sign_in_staff(&mut demir, DEMIR).await;
        let r = demir
            .post(
                &format!("/cases/{id}/plan/goals"),
                &[("field", "work"), ("title", "Vertrauliches Ziel")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // To team Mitte with a consent for appointments only.
        hand_over(&mut demir, &store, id, ("1", WEBER), "appointments").await;
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        assert!(!weber
            .get(&format!("/cases/{id}/plan"))
            .await
            .body
            .contains("Vertrauliches Ziel"));
        // The team lead cannot make themselves the own guide...
        let keller = user_id(&store, KELLER).await;
        let r = lead
            .post(&format!("/cases/{id}/handover"), &[("guide", keller.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("nicht an sich selbst"), "says why");
        // ...and a colleague's handover inside the team keeps the window.
        let r = weber
            .post(&format!("/cases/{id}/handover"), &[("guide", keller.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let r = lead.get(&format!("/cases/{id}/plan")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            !r.body.contains("Vertrauliches Ziel"),
            "the earlier plan stays hidden after a handover inside the team"
        );
        assert!(r.body.contains("anderen Team"), "still marked as taken over");
    }
);

/// The activation code in a case page's one-time notice.
fn shown_code(body: &str) -> String {
    let after = body.split("data-testid=\"activation-code\"").nth(1).unwrap();
    after
        .split('>')
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string()
}

both_backends!(seeded
    a_new_code_for_an_activated_client_is_the_own_guides_and_seen,
    |store: Store| async move {
        use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};
        let amal = common::client_named(&store, "Haddad").await;
        let app = common::app(store.clone()).await;
        let mut phone = Client::new(app.clone());
        common::sign_in_client(&mut phone, CLIENT_NUMBER, CLIENT_PIN).await;
        assert_eq!(phone.get("/me").await.status, StatusCode::OK);
        // Weber's client: Keller leads the team but is not the own guide.
        let other = client_ids_of(&store, WEBER).await[0];
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let r = lead.post(&format!("/cases/{other}/activation"), &[]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "only the own guide");
        // Keller is Amal's own guide: the code is issued, Amal's phone is signed out.
        let r = lead.post(&format!("/cases/{amal}/activation"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let code = shown_code(&lead.get(&format!("/cases/{amal}")).await.body);
        assert_ne!(
            phone.get("/me").await.status,
            StatusCode::OK,
            "the old session ended"
        );
        // Whoever uses the code is logged as the staff member who issued it...
        let mut holder = Client::new(app.clone());
        let r = holder
            .post(
                "/activate",
                &[("code", &code), ("pin", "918273"), ("pin_repeat", "918273")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let log = store
            .case(&common::own_record(&store, lotse_app::domain::ClientId(amal)).await)
            .staff_access(20)
            .await
            .unwrap();
        assert!(
            log.iter()
                .any(|e| e.action == "activate" && e.actor_name == "Sabine Keller"),
            "{log:?}"
        );
        // ...and the account's home page says who renewed it and when, in Arabic.
        let home = holder.get("/me").await;
        assert!(home.body.contains(r#"lang="ar""#));
        assert!(home.body.contains("أُعيد إعداد دخولك"), "the renewal is told");
        assert!(home.body.contains("Sabine Keller"));
    }
);

async fn post_note(c: &mut Client, id: i64, fields: Vec<(&'static str, String)>) -> common::Reply {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post(&format!("/cases/{id}/notes"), &pairs).await
}

both_backends!(seeded notes_keep_health_and_the_window, |store: Store| async move {
    let id = client_ids_of(&store, WEBER).await[0];
    let app = common::app(store.clone()).await;
    let mut weber = Client::new(app.clone());
    sign_in_staff(&mut weber, WEBER).await;
    let mut lead = Client::new(app.clone());
    sign_in_staff(&mut lead, KELLER).await;
    let today = day(0);
    let note = |topic: &'static str, field: &'static str, key: &'static str| {
        vec![
            ("held_on", today.clone()),
            ("topic", topic.to_string()),
            ("field", field.to_string()),
            ("body", format!("{topic} – Inhalt")),
            ("client_key", key.to_string()),
            ("follow_up_actor_1", "client".to_string()),
            ("follow_up_actor_2", "client".to_string()),
        ]
    };
    let r = post_note(&mut weber, id, note("Therapiegespräch", "health", "n-1")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = lead.get(&format!("/cases/{id}/notes")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        !page.body.contains("Therapiegespräch"),
        "a health note is the own guide's"
    );
    let r = post_note(&mut lead, id, note("Arztbrief", "health", "n-2")).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(weber
        .get(&format!("/cases/{id}/notes"))
        .await
        .body
        .contains("Therapiegespräch"));
    // A follow-up cannot join a goal behind the window: it starts a goal of its own.
    let r = weber
        .post(
            &format!("/cases/{id}/plan/goals"),
            &[("field", "work"), ("title", "Altes Ziel")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let before = common::own_guide(&store, lotse_app::domain::ClientId(id)).await;
    let old_goal = store
        .case(&before)
        .goals()
        .await
        .unwrap()
        .into_iter()
        .find(|g| g.title == "Altes Ziel")
        .unwrap();
    hand_to_bergfeld(&mut weber, &store, id, "appointments").await;
    let mut demir = Client::new(app.clone());
    sign_in_staff(&mut demir, DEMIR).await;
    let mut fields = note("Erstgespräch", "work", "n-3");
    fields.push(("follow_up_1", "Lebenslauf".to_string()));
    fields.push(("follow_up_goal", old_goal.id.to_string()));
    let r = post_note(&mut demir, id, fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let steps = store.case(&before).steps().await.unwrap();
    assert!(
        !steps.iter().any(|s| s.goal_id == old_goal.id),
        "nothing joined the hidden goal"
    );
    assert!(steps.iter().any(|s| s.text == "Lebenslauf"));
});

both_backends!(seeded
    deadlines_from_before_a_handover_stay_behind,
    |store: Store| async move {
        let amal = common::client_named(&store, "Haddad").await;
        let app = common::app(store.clone()).await;
        let mut keller = Client::new(app.clone());
        sign_in_staff(&mut keller, KELLER).await;
        let page = keller.get(&format!("/cases/{amal}/appointments")).await;
        assert!(page.body.contains("Weiterbewilligung"), "the demo's deadline");
        // The residence permit's end, from the intake, in German dates.
        let expiry = chrono::NaiveDate::parse_from_str(&day(75), "%Y-%m-%d")
            .unwrap()
            .format("%d.%m.%Y")
            .to_string();
        assert!(page.body.contains(&expiry), "{expiry}");
        // Amal asks her guide something (a request, with a photo-less form).
        let mut phone = Client::new(app.clone());
        common::sign_in_client(
            &mut phone,
            lotse_server::seed::CLIENT_NUMBER,
            lotse_server::seed::CLIENT_PIN,
        )
        .await;
        let form = phone.get("/me/requests").await.body;
        let key = common::input_value(&form, "client_key").unwrap();
        let r = phone
            .post_multipart(
                "/me/requests",
                &[
                    ("client_key", &key),
                    ("category", "letter"),
                    ("body", "Was will das Jobcenter von mir?"),
                ],
                None,
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(keller
            .get(&format!("/cases/{amal}/requests"))
            .await
            .body
            .contains("Was will das Jobcenter"));
        hand_over(&mut keller, &store, amal, ("2", DEMIR), "appointments").await;
        let mut demir = Client::new(app.clone());
        sign_in_staff(&mut demir, DEMIR).await;
        let requests = demir.get(&format!("/cases/{amal}/requests")).await;
        assert_eq!(requests.status, StatusCode::OK);
        assert!(
            !requests.body.contains("Was will das Jobcenter"),
            "no consent for earlier requests"
        );
        let page = demir.get(&format!("/cases/{amal}/appointments")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            !page.body.contains("Weiterbewilligung"),
            "no consent for deadlines"
        );
        assert!(!page.body.contains(&expiry), "nor for the intake");
    }
);

both_backends!(seeded
    referrals_to_health_services_are_the_own_guides,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let r = weber
            .post(
                &format!("/cases/{id}/referrals"),
                &[
                    ("service", "psychosocial"),
                    ("recipient", "Psychosoziales Zentrum Talheim"),
                    ("reason", "Schlafstörungen nach der Flucht"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(weber
            .get(&format!("/cases/{id}/referrals"))
            .await
            .body
            .contains("Psychosoziales Zentrum"));
        let page = lead.get(&format!("/cases/{id}/referrals")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("Psychosoziales Zentrum"));
        assert!(!page.body.contains("Schlafstörungen"));
        let r = lead
            .post(
                &format!("/cases/{id}/referrals"),
                &[
                    ("service", "health"),
                    ("recipient", "Hausarztpraxis"),
                    ("reason", "Impfungen"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
    }
);

both_backends!(seeded
    the_caseload_tells_leads_and_coordinators_no_health,
    |store: Store| async move {
        use lotse_app::domain::{ClientId, MunicipalityId, TeamId};
        use lotse_server::db::clients::{CaseloadFilter, CaseloadNarrowing};
        use lotse_server::db::plan::{NewGoal, NewStep};
        let id = client_ids_of(&store, WEBER).await[0];
        let file_access = common::own_guide(&store, ClientId(id)).await;
        let file = store.case(&file_access);
        let goal = file
            .add_goal(&NewGoal {
                field: "health".into(),
                template_id: None,
                title: "Traumatherapie".into(),
                review_on: None,
            })
            .await
            .unwrap()
            .unwrap();
        let step = NewStep {
            text: "Termin Traumaambulanz".into(),
            actor: "client".into(),
            actor_name: None,
            due_on: Some(day(-400)),
            link: None,
        };
        file.add_step(goal, &step).await.unwrap().unwrap();
        let user = |email: &'static str| {
            let store = store.clone();
            async move { store.user_by_email(email).await.unwrap().unwrap().user_id() }
        };
        let (weber, keller, coordinator) = (
            user(WEBER).await,
            user(KELLER).await,
            user(common::COORDINATOR).await,
        );
        let all = CaseloadNarrowing::default();
        let health = CaseloadNarrowing {
            guide: None,
            field: Some("health".into()),
            closed: false,
        };
        let row = |rows: Vec<lotse_server::db::clients::CaseloadRowDb>| {
            rows.into_iter()
                .find(|r| r.id == id)
                .expect("the client is listed")
        };

        // The own guide sees the step and can narrow by health.
        let own = store
            .caseload(CaseloadFilter::Guide(weber), &health, weber, 0)
            .await
            .unwrap();
        assert!(own.iter().all(|r| r.id == id || r.guide_id == Some(weber.0)));
        assert_eq!(row(own).next_step().unwrap().1, "Termin Traumaambulanz");

        // The team lead sees that a step is due, not what it is; narrowing by health
        // lists everyone, as if no field was chosen.
        let team = TeamId(1);
        let lead = store
            .caseload(CaseloadFilter::Team(team), &all, keller, 0)
            .await
            .unwrap();
        let everyone = lead.len();
        let (due, text) = row(lead)
            .next_step()
            .map(|(d, t)| (d.to_string(), t.to_string()))
            .unwrap();
        assert_eq!((due.as_str(), text.as_str()), (day(-400).as_str(), ""));
        let narrowed = store
            .caseload(CaseloadFilter::Team(team), &health, keller, 0)
            .await
            .unwrap();
        assert_eq!(narrowed.len(), everyone, "no list of clients with a health goal");

        // The coordinator's list has no step texts at all.
        let municipality = store
            .caseload(
                CaseloadFilter::Municipality(MunicipalityId(1)),
                &all,
                coordinator,
                0,
            )
            .await
            .unwrap();
        assert!(municipality
            .iter()
            .all(|r| r.next_step().is_none_or(|(_, t)| t.is_empty())));

        // A guide filter with someone else's id shows no name (here a guide of another
        // team, whom the lead's page never names).
        let demir = store.user_by_email(DEMIR).await.unwrap().unwrap();
        let app = common::app(store.clone()).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let page = lead.get(&format!("/cases?guide={}", demir.id)).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains(&demir.display_name));

        // And so the pages: the health option only in the own list.
        for (email, shows) in [(WEBER, true), (KELLER, false), (common::COORDINATOR, false)] {
            let mut c = Client::new(app.clone());
            sign_in_staff(&mut c, email).await;
            let page = c.get("/cases?field=health").await;
            assert_eq!(page.status, StatusCode::OK);
            assert_eq!(page.body.contains("Termin Traumaambulanz"), shows, "{email}");
            assert_eq!(page.body.contains("value=\"health\""), shows, "{email}");
            // A look at someone else's list is a look at each client on it, once a day.
            let _ = c.get("/cases").await;
        }
        let listed: Vec<(i64, String)> = store
            .access_log_for_client(ClientId(id), 200)
            .await
            .unwrap()
            .into_iter()
            .filter(|e| e.detail == "caseload")
            .map(|e| (e.actor_user_id, e.actor_role))
            .collect();
        assert_eq!(
            listed.len(),
            2,
            "the lead and the coordinator, not the own guide: {listed:?}"
        );
        assert!(listed.iter().any(|(u, _)| *u == coordinator.0));
    }
);

both_backends!(seeded
    a_health_appointment_shows_others_only_that_it_exists,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let form = |health: &'static str| {
            vec![
                ("date", day(3)),
                ("time", "10:00".to_string()),
                ("duration", "60".to_string()),
                ("with_kind", "office".to_string()),
                ("place_name", "Traumaambulanz Talheim".to_string()),
                ("contact_person", "Dr. Roth".to_string()),
                ("health", health.to_string()),
            ]
        };
        let path = format!("/cases/{id}/appointments");
        // Only the own guide is offered the box, and only they can make one.
        assert!(weber
            .get(&format!("/cases/{id}/appointments"))
            .await
            .body
            .contains("name=\"health\""));
        let page = lead.get(&format!("/cases/{id}/appointments")).await;
        assert!(!page.body.contains("name=\"health\""));
        let r = post_form(&mut lead, &path, &form("on")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let r = post_form(&mut weber, &path, &form("on")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);

        // The own guide sees it all; the lead sees a health appointment at that time.
        let mine = weber.get(&format!("/cases/{id}/appointments")).await.body;
        assert!(mine.contains("Traumaambulanz") && mine.contains("Dr. Roth"));
        let theirs = lead.get(&format!("/cases/{id}/appointments")).await.body;
        assert!(!theirs.contains("Traumaambulanz") && !theirs.contains("Dr. Roth"));
        assert!(theirs.contains("Gesundheitstermin"));
        // And cannot record what came of it.
        let file_access = common::own_guide(&store, lotse_app::domain::ClientId(id)).await;
        let appointment = store
            .case(&file_access)
            .appointments()
            .await
            .unwrap()
            .into_iter()
            .find(|a| a.health)
            .unwrap();
        let r = lead
            .post(
                &format!("/cases/{id}/appointments/{}/outcome", appointment.id),
                &[
                    ("version", &appointment.version.to_string()),
                    ("status", "done"),
                    ("outcome", "x"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // The client sees where to go.
        let client = common::own_record(&store, lotse_app::domain::ClientId(id)).await;
        let own = store.case(&client).appointments().await.unwrap();
        assert!(own.iter().any(|a| a.place_name == "Traumaambulanz Talheim"));
    }
);

async fn post_form(c: &mut Client, path: &str, f: &[(&str, String)]) -> common::Reply {
    let pairs: Vec<(&str, &str)> = f.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post(path, &pairs).await
}

both_backends!(seeded
    a_look_at_who_looked_is_itself_on_the_record,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let mut lead = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut lead, KELLER).await;
        assert_eq!(
            lead.get(&format!("/cases/{id}/history")).await.status,
            StatusCode::OK
        );
        let log = store
            .access_log_for_client(lotse_app::domain::ClientId(id), 10)
            .await
            .unwrap();
        assert!(log.iter().any(|e| e.detail == "history"), "{log:?}");
    }
);

both_backends!(seeded
    a_page_logs_each_area_it_shows_once_whatever_it_reads_through,
    |store: Store| async move {
        let id = lotse_app::domain::ClientId(client_ids_of(&store, WEBER).await[0]);
        let reads = |store: Store| async move {
            let mut areas: Vec<String> = store
                .access_log_for_client(id, 500)
                .await
                .unwrap()
                .into_iter()
                .filter(|e| e.action == "read")
                .map(|e| e.detail)
                .collect();
            areas.sort();
            areas
        };
        let before = reads(store.clone()).await;
        // Through the gate: one page's access, several handles of the case file.
        let access = common::own_guide(&store, id).await;
        store.case(&access).reading(&["notes", "plan"]).await.unwrap();
        store.case(&access).goals().await.unwrap();
        store.case(&access).notes().await.unwrap();
        store.case(&access).household_members().await.unwrap();
        store.case(&access).reading(&["plan", "household"]).await.unwrap();
        let mut logged = reads(store.clone()).await;
        for area in &before {
            let at = logged.iter().position(|a| a == area).unwrap();
            logged.remove(at);
        }
        assert_eq!(logged, ["household", "notes", "plan"], "each area once for the page");
        // The next page is another look, logged again.
        let again = common::own_guide(&store, id).await;
        store.case(&again).notes().await.unwrap();
        let after = reads(store.clone()).await;
        assert_eq!(after.len(), before.len() + 4);
        // Over HTTP: the notes tab logs what it shows.
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app);
        sign_in_staff(&mut weber, WEBER).await;
        let page = weber.get(&format!("/cases/{}/notes", id.0)).await;
        assert_eq!(page.status, StatusCode::OK);
        let shown = reads(store.clone()).await;
        assert_eq!(shown.len(), after.len() + 3, "notes, plan and household");
    }
);
