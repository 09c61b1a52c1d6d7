//! The guide's workspace in the repository, on both databases: intake sections with
//! versions, the plan and its history, idempotent notes with follow-ups, interpreter
//! booking without double booking, consent versions, handover and the caseload.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use common::{client_ids_of, client_named, day, DEMIR, KELLER, WEBER};
use lotse_app::casework::{AppointmentStatus, GoalStatus, StepStatus};
use lotse_app::domain::{ClientId, MunicipalityId, TeamId, UserId};
use lotse_server::auth::permission::{client_access, Principal};
use lotse_server::db::appointments::{Booking, NewAppointment, NewInterpreter};
use lotse_server::db::case_file::Written;
use lotse_server::db::clients::{CaseloadFilter, CaseloadNarrowing};
use lotse_server::db::consents::NewConsent;
use lotse_server::db::notes::NewNote;
use lotse_server::db::plan::{NewGoal, NewStep};
use lotse_server::db::Store;
use std::collections::BTreeMap;

async fn user(store: &Store, email: &str) -> UserId {
    store.user_by_email(email).await.unwrap().unwrap().user_id()
}

fn values(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

both_backends!(seeded intake_sections_refuse_stale_versions, |store: Store| async move {
    let c = ClientId(client_ids_of(&store, WEBER).await[0]);
    let v = values(&[("german_level", "a2")]);
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .save_intake_section(lotse_app::casework::intake_section("languages").unwrap(), &v, 0)
            .await
            .unwrap(),
        Written::Saved
    );
    // A second "first save" (another guide with the empty form open) is refused.
    let other = values(&[("german_level", "b1")]);
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .save_intake_section(
                lotse_app::casework::intake_section("languages").unwrap(),
                &other,
                0
            )
            .await
            .unwrap(),
        Written::Conflict
    );
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .save_intake_section(
                lotse_app::casework::intake_section("languages").unwrap(),
                &other,
                1
            )
            .await
            .unwrap(),
        Written::Saved
    );
    // Now at version 2: a save made from version 1 is stale.
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .save_intake_section(lotse_app::casework::intake_section("languages").unwrap(), &v, 1)
            .await
            .unwrap(),
        Written::Conflict
    );
    let rows = store
        .case(&common::own_guide(&store, c).await)
        .intake()
        .await
        .unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].version, 2);
    assert_eq!(
        rows[0].values().get("german_level").map(String::as_str),
        Some("b1")
    );
});

both_backends!(seeded plan_steps_history_and_confirmation, |store: Store| async move {
    let c = ClientId(client_ids_of(&store, WEBER).await[0]);
    let goal = store
        .case(&common::own_guide(&store, c).await)
        .add_goal(&NewGoal {
            field: "work".into(),
            template_id: None,
            title: "Praktikum".into(),
            review_on: None,
        })
        .await
        .unwrap()
        .unwrap();
    let step = NewStep {
        text: "Lebenslauf schreiben".into(),
        actor: "client".into(),
        actor_name: None,
        due_on: Some(day(6)),
        link: None,
    };
    let s = store
        .case(&common::own_guide(&store, c).await)
        .add_step(goal, &step)
        .await
        .unwrap()
        .unwrap();
    // A goal of another client cannot take steps through this client.
    let other = ClientId(client_ids_of(&store, DEMIR).await[0]);
    assert!(store
        .case(&common::own_guide(&store, other).await)
        .add_step(goal, &step)
        .await
        .unwrap()
        .is_none());
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .set_step_status(s, 1, StepStatus::Done, None)
            .await
            .unwrap(),
        Written::Saved
    );
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .set_step_status(s, 1, StepStatus::Dropped, Some("x"))
            .await
            .unwrap(),
        Written::Conflict
    );
    let steps = store
        .case(&common::own_guide(&store, c).await)
        .steps()
        .await
        .unwrap();
    assert_eq!(steps.iter().find(|x| x.id == s).unwrap().status.as_str(), "done");
    let history = store
        .case(&common::own_guide(&store, c).await)
        .plan_history(10)
        .await
        .unwrap();
    let changes: Vec<_> = history.iter().map(|h| h.change.as_str()).collect();
    assert_eq!(changes[..3], ["step-status", "step-added", "goal-added"]);
    assert!(store
        .case(&common::own_guide(&store, c).await)
        .plan_confirmation()
        .await
        .unwrap()
        .is_none());
    let client_user = UserId(store.client_scope(c).await.unwrap().unwrap().user_id);
    store.confirm_plan(c, client_user).await.unwrap();
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .plan_confirmation()
            .await
            .unwrap()
            .map(|x| x.1),
        Some(false)
    );
    store
        .case(&common::own_guide(&store, c).await)
        .add_step(goal, &step)
        .await
        .unwrap();
    assert_eq!(
        store
            .case(&common::own_guide(&store, c).await)
            .plan_confirmation()
            .await
            .unwrap()
            .map(|x| x.1),
        Some(true),
        "changed since"
    );
});

both_backends!(seeded
    notes_land_once_and_follow_ups_join_the_plan,
    |store: Store| async move {
        let c = ClientId(client_ids_of(&store, WEBER).await[0]);
        let note = NewNote {
            // Today: later than any last contact of the demo.
            held_on: day(0),
            topic: "Wohnungssuche".into(),
            field: Some("housing".into()),
            participants: None,
            interpreter: None,
            body: "Besprochen".into(),
            shared_with_client: false,
            client_key: "k-1".into(),
            follow_ups: vec![NewStep {
                text: "WBS beantragen".into(),
                actor: "client".into(),
                actor_name: None,
                due_on: None,
                link: None,
            }],
            follow_up_goal: None,
        };
        let file = common::own_guide(&store, c).await;
        assert!(store.case(&file).add_note(&note).await.unwrap().unwrap());
        assert!(
            !store.case(&file).add_note(&note).await.unwrap().unwrap(),
            "a retried save lands once"
        );
        assert_eq!(store.case(&file).notes().await.unwrap().len(), 1);
        assert!(
            store
                .case(&common::own_record(&store, c).await)
                .notes()
                .await
                .unwrap()
                .is_empty(),
            "not shared with the client"
        );
        let goals = store
            .case(&common::own_guide(&store, c).await)
            .goals()
            .await
            .unwrap();
        let g = goals
            .iter()
            .find(|g| g.title == "Wohnungssuche")
            .expect("goal from the topic");
        assert_eq!(g.field, "housing");
        let steps = store
            .case(&common::own_guide(&store, c).await)
            .steps()
            .await
            .unwrap();
        assert_eq!(
            steps.iter().filter(|s| s.goal_id == g.id).count(),
            1,
            "the follow-up once"
        );
        assert_eq!(
            store
                .case(&common::own_guide(&store, c).await)
                .overview()
                .await
                .unwrap()
                .unwrap()
                .last_contact_on
                .as_deref(),
            Some(day(0).as_str())
        );
    }
);

both_backends!(seeded interpreters_are_never_double_booked, |store: Store| async move {
    let m = MunicipalityId(1);
    let ids = client_ids_of(&store, WEBER).await;
    let (a, b) = (ClientId(ids[0]), ClientId(ids[1]));
    let i = store
        .create_interpreter(
            m,
            &NewInterpreter {
                name: "Test Dolmetscherin".into(),
                kind: "paid".into(),
                languages: vec!["ar".into()],
                dialects: None,
                phone: None,
                email: None,
                windows: vec![(1, 8 * 60, 18 * 60)],
            },
        )
        .await
        .unwrap();
    let at = |start: i64, minutes: i64| NewAppointment {
        starts_at: start,
        duration_minutes: minutes,
        with_kind: "office".into(),
        place_name: "Jobcenter".into(),
        address: None,
        room: None,
        contact_person: None,
        contact_phone: None,
        bring: String::new(),
        interpreter_lang: Some("ar".into()),
        health: false,
    };
    let nine = 1_795_500_000; // a quarter-hour boundary (divisible by 900)
    let first = store
        .case(&common::own_guide(&store, a).await)
        .create_appointment(&at(nine, 60), Some(i))
        .await
        .unwrap();
    assert!(first.is_ok());
    // Overlapping by 15 minutes, for another client: refused, nothing saved.
    let before = store
        .case(&common::own_guide(&store, b).await)
        .appointments()
        .await
        .unwrap()
        .len();
    let clash = store
        .case(&common::own_guide(&store, b).await)
        .create_appointment(&at(nine + 45 * 60, 60), Some(i))
        .await
        .unwrap();
    assert_eq!(clash, Err(nine));
    assert_eq!(
        store
            .case(&common::own_guide(&store, b).await)
            .appointments()
            .await
            .unwrap()
            .len(),
        before
    );
    // Right after: fine.
    assert!(store
        .case(&common::own_guide(&store, b).await)
        .create_appointment(&at(nine + 60 * 60, 30), Some(i))
        .await
        .unwrap()
        .is_ok());
    // Booking an existing appointment into the taken time is refused too.
    let later = store
        .case(&common::own_guide(&store, b).await)
        .create_appointment(&at(nine + 30 * 60, 30), None)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .case(&common::own_guide(&store, b).await)
            .book_interpreter(later, i, m)
            .await
            .unwrap(),
        Booking::DoubleBooked(nine)
    );
    // An interpreter of another municipality cannot be booked here.
    assert_eq!(
        store
            .case(&common::own_guide(&store, b).await)
            .book_interpreter(later, i, MunicipalityId(2))
            .await
            .unwrap(),
        Booking::NotFound
    );
    // Cancelling frees the time.
    let appt = store
        .case(&common::own_guide(&store, a).await)
        .appointments()
        .await
        .unwrap()
        .into_iter()
        .find(|x| x.starts_at == nine)
        .unwrap();
    assert_eq!(
        store
            .case(&common::own_guide(&store, a).await)
            .record_outcome(appt.id, appt.version, AppointmentStatus::Cancelled, None)
            .await
            .unwrap(),
        Written::Saved
    );
    assert_eq!(
        store
            .case(&common::own_guide(&store, b).await)
            .book_interpreter(later, i, m)
            .await
            .unwrap(),
        Booking::Booked
    );
});

both_backends!(seeded
    handover_moves_access_and_respects_consent,
    |store: Store| async move {
        let weber = user(&store, WEBER).await;
        let demir = user(&store, DEMIR).await;
        let c = ClientId(client_ids_of(&store, WEBER).await[0]);
        // Some history: a note and a goal before the handover.
        let note = NewNote {
            held_on: day(-24),
            topic: "Vor der Übergabe".into(),
            field: None,
            participants: None,
            interpreter: None,
            body: "Alt".into(),
            shared_with_client: false,
            client_key: "old".into(),
            follow_ups: vec![],
            follow_up_goal: None,
        };
        store
            .case(&common::own_guide(&store, c).await)
            .add_note(&note)
            .await
            .unwrap()
            .unwrap();
        store
            .case(&common::own_guide(&store, c).await)
            .add_goal(&NewGoal {
                field: "language".into(),
                template_id: None,
                title: "B1".into(),
                review_on: None,
            })
            .await
            .unwrap()
            .unwrap();
        let bergfeld = TeamId(2);
        let weber_access = common::own_guide(&store, c).await;
        let file = store.case(&weber_access);
        assert!(file.handover_consent(bergfeld).await.unwrap().is_none());
        let consent = NewConsent {
            purpose: "handover".into(),
            recipient: "Team Bergfeld".into(),
            recipient_team: Some(bergfeld),
            covers: vec!["plan".into()],
            given_on: day(-5),
            form: "paper".into(),
        };
        let first = file.add_consent(&consent).await.unwrap().unwrap();
        let second = file.add_consent(&consent).await.unwrap().unwrap();
        let all = file.consents().await.unwrap();
        assert_eq!(
            all.iter().find(|x| x.id == second).unwrap().version,
            2,
            "versioned"
        );
        assert!(file.revoke_consent(first, &day(-4)).await.unwrap());
        assert!(!file.revoke_consent(first, &day(-4)).await.unwrap(), "once");
        let found = file.handover_consent(bergfeld).await.unwrap().unwrap();
        assert_eq!(found.id, second);
        // Move the clock past the old records' second.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert!(
            !file.hand_over(weber, TeamId(1), None, None).await.unwrap(),
            "nobody hands a case to themselves"
        );
        assert!(file
            .hand_over(demir, bergfeld, Some(&found), Some("Umzug".into()))
            .await
            .unwrap());
        let old = Principal::Guide {
            user: weber,
            team: TeamId(1),
            municipality: MunicipalityId(1),
            team_lead: false,
        };
        assert!(
            client_access(&store, &old, c).await.is_err(),
            "the old guide loses access"
        );
        let new = Principal::Guide {
            user: demir,
            team: bergfeld,
            municipality: MunicipalityId(2),
            team_lead: false,
        };
        let access = client_access(&store, &new, c).await.unwrap();
        let h = access.history();
        assert!(h.is_restricted());
        assert_eq!(h.visible_since("plan"), 0, "the plan was covered");
        assert!(
            store.case(&access).notes().await.unwrap().is_empty(),
            "notes were not"
        );
        let goals = store.case(&access).goals().await.unwrap();
        assert!(goals.iter().any(|g| g.title == "B1"), "the plan went along");
        // Recorded on both sides.
        assert_eq!(store.transfers_from_guide(weber, 10).await.unwrap().len(), 1);
        let arrived = store.case(&access).transfers().await.unwrap();
        assert_eq!(arrived[0].to_team_name, "Bergfeld");
        // The receiving team sees the consent it holds the case on, not the one revoked
        // before the handover.
        let seen: Vec<i64> = store
            .case(&access)
            .consents()
            .await
            .unwrap()
            .iter()
            .map(|k| k.id)
            .collect();
        assert_eq!(seen, vec![second]);
        assert_eq!(store.client_scope(c).await.unwrap().unwrap().municipality_id, 2);
    }
);

both_backends!(seeded caseload_shows_next_steps_and_narrows, |store: Store| async move {
    let keller = user(&store, KELLER).await;
    let weber = user(&store, WEBER).await;
    let amal = client_named(&store, "Haddad").await;
    let rows = store
        .caseload(
            CaseloadFilter::Guide(keller),
            &CaseloadNarrowing::default(),
            keller,
            0,
        )
        .await
        .unwrap();
    let row = rows.iter().find(|r| r.id == amal).unwrap();
    let (due, text) = row.next_step().expect("the seeded overdue step");
    assert_eq!(due.len(), 10, "an ISO date: {due}");
    assert_eq!(text, "Anmeldung beim Sprachkursträger abgeben");
    assert!(
        row.next_appointment.is_some(),
        "the seeded visit to the immigration office"
    );
    // Only clients with an open goal in the field.
    let narrowed = CaseloadNarrowing {
        guide: None,
        field: Some("education".into()),
        closed: false,
    };
    let team = store
        .caseload(CaseloadFilter::Team(TeamId(1)), &narrowed, keller, 0)
        .await
        .unwrap();
    assert!(team.iter().any(|r| r.id == amal));
    for r in &team {
        let goals = store
            .case(&common::own_guide(&store, ClientId(r.id)).await)
            .goals()
            .await
            .unwrap();
        let has = goals.iter().any(|g| g.field == "education" && g.status == GoalStatus::Open);
        assert!(has, "{} has an open education goal", r.last_name);
    }
    let everyone = store
        .caseload(
            CaseloadFilter::Team(TeamId(1)),
            &CaseloadNarrowing::default(),
            keller,
            0,
        )
        .await
        .unwrap();
    assert!(team.len() < everyone.len(), "narrowed");
    // One team member.
    let only_weber = CaseloadNarrowing {
        guide: Some(weber),
        field: None,
        closed: false,
    };
    let team = store
        .caseload(CaseloadFilter::Team(TeamId(1)), &only_weber, keller, 0)
        .await
        .unwrap();
    assert!(!team.is_empty());
    assert!(team.iter().all(|r| r.guide_id == Some(weber.0)));
});

// The templates and their titles in other languages are one read now (they were two);
// held to the two statements as they were, with a template translated into several
// languages, one into none, two of one title in one field, a retired one and another
// county's.
both_backends!(seeded_url goal_templates_and_their_titles_read_together, |store: Store, url: String| async move {
    use lotse_app::languages::Lang;
    let lang = |code: &str| Lang::from_code(code).unwrap();
    use lotse_server::db::plan::NewTemplate;
    let here = MunicipalityId(1);
    let new = |field: &str, title: &str, titles: Vec<(Lang, &str)>| NewTemplate {
        field: field.into(),
        title: title.into(),
        titles: titles.into_iter().map(|(l, t)| (l, t.to_string())).collect(),
    };
    store
        .create_goal_template(here, &new("work", "Bewerbung schreiben", vec![(lang("ar"), "كتابة طلب"), (lang("fa"), "نوشتن درخواست"), (lang("ti"), "ምጽሓፍ ሕቶ")]))
        .await
        .unwrap();
    store.create_goal_template(here, &new("work", "Bewerbung schreiben", vec![])).await.unwrap();
    store.create_goal_template(here, &new("health", "Hausarzt finden", vec![(lang("en"), "Find a GP")])).await.unwrap();
    let retired = store
        .create_goal_template(here, &new("health", "Alt", vec![(lang("ar"), "قديم")]))
        .await
        .unwrap();
    assert!(store.retire_goal_template(here, retired).await.unwrap());
    common::exec_sql(
        &url,
        "INSERT INTO counties (id, name) VALUES (9996, 'Nachbarkreis'); \
         INSERT INTO municipalities (id, county_id, name) VALUES (9996, 9996, 'Nachbarort')",
    )
    .await;
    store
        .create_goal_template(MunicipalityId(9996), &new("work", "Anderswo", vec![(lang("ar"), "مكان آخر")]))
        .await
        .unwrap();
    for m in [1, 9996] {
        let rows = common::query_strings(
            &url,
            &format!(
                "SELECT CAST(t.id AS TEXT) || '|' || t.field || '|' || t.title \
                 FROM goal_templates t JOIN municipalities m ON m.county_id = t.county_id \
                 WHERE m.id = {m} AND t.retired_at IS NULL ORDER BY t.field, t.title, t.id"
            ),
        )
        .await;
        let titles = common::query_strings(
            &url,
            &format!(
                "SELECT CAST(tt.template_id AS TEXT) || '|' || tt.lang || '|' || tt.title FROM goal_template_titles tt \
                 JOIN goal_templates t ON t.id = tt.template_id JOIN municipalities m ON m.county_id = t.county_id \
                 WHERE m.id = {m} AND t.retired_at IS NULL ORDER BY tt.template_id, tt.lang"
            ),
        )
        .await;
        let expected: Vec<String> = rows
            .iter()
            .map(|row| {
                let id = row.split('|').next().unwrap();
                let own: Vec<&str> = titles
                    .iter()
                    .filter(|t| t.split('|').next() == Some(id))
                    .map(|t| &t[id.len() + 1..])
                    .collect();
                format!("{row} [{}]", own.join(", "))
            })
            .collect();
        let read: Vec<String> = store
            .goal_templates(MunicipalityId(m))
            .await
            .unwrap()
            .into_iter()
            .map(|t| {
                let own: Vec<String> = t.titles.iter().map(|(l, x)| format!("{l}|{x}")).collect();
                format!("{}|{}|{} [{}]", t.id, t.field, t.title, own.join(", "))
            })
            .collect();
        assert_eq!(read, expected, "municipality {m}");
        assert!(read.len() >= (if m == 1 { 3 } else { 1 }));
        // The plan tab's choices: the same templates in the same order, German titles;
        // and the municipality's published offers by title, read in the same statement.
        let both = store.plan_choices(MunicipalityId(m)).await.unwrap();
        let choices: Vec<String> = both
            .templates
            .into_iter()
            .map(|(id, field, title)| format!("{id}|{field}|{title}"))
            .collect();
        assert_eq!(choices, rows, "municipality {m}");
        let offers = common::query_strings(
            &url,
            &format!(
                "SELECT CAST(g.id AS TEXT) || '|' || t.title FROM group_offers g \
                 JOIN group_texts t ON t.group_id = g.id AND t.lang = 'de' AND t.status = 'published' \
                 WHERE g.municipality_id = {m} ORDER BY t.title, g.id"
            ),
        )
        .await;
        let groups: Vec<String> = both.groups.iter().map(|(id, title)| format!("{id}|{title}")).collect();
        assert_eq!(groups, offers, "municipality {m}");
        assert_eq!(groups.is_empty(), m == 9996, "the demo's offers, none in the other county");
    }
    assert!(!store.goal_templates(MunicipalityId(1)).await.unwrap().iter().any(|t| t.id == retired));
});
