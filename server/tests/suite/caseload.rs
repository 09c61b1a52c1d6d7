//! The caseload at a municipality's size: a coordinator's list of every client is paged
//! (200 a page), counts all of them, and logs a look only at the clients on the page shown.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, COORDINATOR, KELLER, WEBER};
use lotse_app::domain::{ClientId, MunicipalityId, TeamId};
use lotse_server::db::clients::NewClient;
use lotse_server::db::Store;

both_backends!(seeded
    a_municipality_wide_list_is_paged_and_logs_only_the_page_shown,
    |store: Store| async move {
        let weber = store.user_by_email(WEBER).await.unwrap().unwrap();
        let mut added = vec![];
        // Last names starting with "Z" sort after the demo's: page 2 is all new clients.
        for i in 0..230 {
            added.push(
                store
                    .create_client(&NewClient {
                        first_name: format!("Person{i:03}"),
                        // The last ten by another name, for the search below.
                        last_name: if i < 220 { "Zahlreich" } else { "Zuckmayer" }.into(),
                        birth_date: None,
                        preferred_lang: "ar".into(),
                        languages: vec!["ar".into()],
                        phone: None,
                        municipality: MunicipalityId(1),
                        login_number: format!("8{i:07}"),
                        guide: weber.user_id(),
                        team: TeamId(weber.team_id.unwrap()),
                    })
                    .await
                    .unwrap(),
            );
        }
        let app = common::app(store.clone()).await;
        let mut coordinator = Client::new(app);
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        let rows = |body: &str| body.matches("<tr").count() - 1;
        let logged = |store: Store, c: ClientId| async move {
            store.access_log_for_client(c, 50).await.unwrap().iter().any(|e| e.detail == "caseload")
        };

        // Fluent isolates placeables for right-to-left readers; the checks read plain text.
        let plain = |body: &str| body.replace(['\u{2068}', '\u{2069}'], "");

        let first = coordinator.get("/cases?sort=name").await;
        assert_eq!(first.status, StatusCode::OK);
        // The heading names the coordinator's municipality (read with the session), and
        // a team lead's names the team.
        assert!(plain(&first.body).contains("Klient:innen in Talheim"), "the municipality named");
        let mut lead = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut lead, KELLER).await;
        let team = lead.get("/cases").await;
        assert!(plain(&team.body).contains("Klient:innen im Team Mitte"), "the lead's team named");
        // Renamed, the team is called by its new name on the next page.
        let mitte = store.teams(None).await.unwrap().into_iter().find(|t| t.name == "Mitte").unwrap();
        let by = store.user_by_email(COORDINATOR).await.unwrap().unwrap().user_id();
        let renamed = store.update_team(TeamId(mitte.id), mitte.provider_id, "Mitte-Nord", by).await.unwrap();
        assert!(renamed.is_ok());
        assert!(plain(&lead.get("/cases").await.body).contains("Klient:innen im Team Mitte-Nord"));
        let open = plain(&first.body).split("Seite 1 von 2").count();
        assert_eq!(open, 2, "one pager saying page 1 of 2");
        assert_eq!(rows(&first.body), 200);
        assert!(first.body.contains("href=\"/cases?sort=name&amp;page=2\""), "the next page keeps the sort");
        let last = *added.last().unwrap();
        assert!(!logged(store.clone(), last).await, "a client not shown is not logged as seen");

        let second = coordinator.get("/cases?sort=name&page=2").await;
        let total = 200 + rows(&second.body);
        assert!(total > 230, "the demo's clients and the 230 new ones: {total}");
        assert!(plain(&second.body).contains(&format!("{total} Klient")), "the count is of all pages");
        assert!(second.body.contains("Person229 Zuckmayer"));
        assert!(second.body.contains("rel=\"prev\""));
        assert!(logged(store.clone(), last).await, "now shown, now logged");

        // A page past the end shows the last one; a search is narrowed before paging.
        let past = coordinator.get("/cases?sort=name&page=99").await;
        assert!(past.body.contains("Person229 Zuckmayer"));
        let search = coordinator.get("/cases?q=Zuckmayer").await;
        assert_eq!(rows(&search.body), 10);
        assert!(!search.body.contains("class=\"pager\""), "one page needs no pager");
    }
);

/// A hand-made municipality for comparing the paged caseload with the query it replaced:
/// namesakes and equal dates (ties), clients never contacted, closed and restricted
/// cases, health steps, steps done or without a date, a handover whose consent did not
/// cover the plan, past, cancelled and coming appointments, open and answered requests,
/// steps the client asked help with, an ended earlier assignment, and a deputy.
async fn caseload_town(url: &str) {
    let now = lotse_server::time::now();
    let day = |n: i64| common::day(n);
    let mut sql = format!(
        "INSERT INTO municipalities (id, county_id, name) SELECT 902, county_id, 'Listenstadt' FROM municipalities WHERE id = 1; \
         INSERT INTO providers (id, county_id, name) SELECT 902, county_id, 'Listenträger' FROM municipalities WHERE id = 1; \
         INSERT INTO teams (id, municipality_id, provider_id, name) VALUES (902, 902, 902, 'Team Liste A'), (903, 902, 902, 'Team Liste B'); \
         INSERT INTO users (id, role, display_name, email, municipality_id, team_id, created_at) VALUES \
           (5001, 'guide', 'Gabi Liste', 'gabi@liste.example', 902, 902, {now}), \
           (5002, 'guide', 'Paul Liste', 'paul@liste.example', 902, 902, {now}), \
           (5003, 'guide', 'Rana Liste', 'rana@liste.example', 902, 903, {now}); \
         INSERT INTO deputies (guide_id, deputy_id, starts_on, ends_on, created_by, created_at) \
           VALUES (5001, 5002, '{}', '{}', 5001, {now});",
        day(-1),
        day(1)
    );
    let firsts = ["Mohamed", "Muhammad", "Ali", "Ayşe", "Yonas", "Fatima", "Ali"];
    let lasts = ["Hassan", "Haddad", "Ali", "Yildiz", "Tesfay"];
    for i in 0..45_i64 {
        let (c, u) = (6000 + i, 7000 + i);
        let (guide, team) = match i % 7 {
            6 => (5003, 903),
            _ => ([5001, 5002, 5001][(i % 3) as usize], 902),
        };
        let contact = if i % 5 == 0 {
            "NULL".to_string()
        } else {
            format!("'{}'", day(-(i % 9)))
        };
        let closed = if i % 11 == 10 {
            format!("{}", now - 86_400)
        } else {
            "NULL".into()
        };
        let restricted = if i == 13 { format!("{now}") } else { "NULL".into() };
        sql += &format!(
            "INSERT INTO users (id, role, display_name, login_number, municipality_id, lang, created_at) \
               VALUES ({u}, 'client', '{first}', '95{i:06}', 902, 'ar', {now}); \
             INSERT INTO clients (id, user_id, municipality_id, first_name, last_name, preferred_lang, languages, \
               last_contact_on, closed_at, restricted_at, created_at) \
               VALUES ({c}, {u}, 902, '{first}', '{last}', 'ar', 'ar,en', {contact}, {closed}, {restricted}, {now});",
            first = firsts[(i % 7) as usize],
            last = lasts[(i % 5) as usize],
        );
        if i % 9 == 4 {
            sql += &format!(
                "INSERT INTO assignments (client_id, guide_id, team_id, started_at, ended_at) \
                   VALUES ({c}, 5003, 903, {}, {});",
                now - 90 * 86_400,
                now - 30 * 86_400
            );
        }
        // A handover whose consent did not cover the plan: goals from before it are hidden.
        let (since, covers) = if i % 8 == 3 {
            (format!("{}", now - 86_400), "'notes'")
        } else {
            ("NULL".to_string(), "NULL")
        };
        sql += &format!(
            "INSERT INTO assignments (client_id, guide_id, team_id, started_at, history_since, history_covers) \
               VALUES ({c}, {guide}, {team}, {}, {since}, {covers});",
            now - 20 * 86_400
        );
        let (work, health) = (8000 + 2 * i, 8001 + 2 * i);
        if i % 2 == 0 {
            sql += &format!(
                "INSERT INTO goals (id, client_id, field, title, created_at, created_by) \
                   VALUES ({work}, {c}, 'work', 'Arbeit finden', {}, {guide}); \
                 INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, created_at) \
                   VALUES ({work}, {c}, 'Bewerbung {i}', 'client', '{}', {now});",
                now - 10 * 86_400,
                day(i % 6 - 3)
            );
            if i % 4 == 0 {
                sql += &format!(
                    "INSERT INTO plan_steps (goal_id, client_id, text, actor, created_at) \
                       VALUES ({work}, {c}, 'Ohne Datum', 'guide', {now});"
                );
            }
            if i % 6 == 2 {
                sql += &format!(
                    "INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, status, created_at) \
                       VALUES ({work}, {c}, 'Erledigt', 'client', '{}', 'done', {now});",
                    day(-20)
                );
            }
            if i % 5 == 1 || i % 10 == 6 {
                sql += &format!(
                    "INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, help_requested_at, created_at) \
                       VALUES ({work}, {c}, 'Hilfe bitte', 'client', '{}', {now}, {now});",
                    day(5)
                );
            }
        }
        if i % 3 == 0 {
            sql += &format!(
                "INSERT INTO goals (id, client_id, field, title, created_at, created_by) \
                   VALUES ({health}, {c}, 'health', 'Gesundheit', {}, {guide}); \
                 INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, created_at) \
                   VALUES ({health}, {c}, 'Arzttermin {i}', 'client', '{}', {now});",
                now - 10 * 86_400,
                day(i % 4 - 5)
            );
        }
        if i % 3 == 0 {
            sql += &format!(
                "INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, created_at) \
                   VALUES ({c}, {guide}, {}, 60, 'office', 'Amt', {now});",
                now + (i % 4) * 86_400 + 3_600
            );
        }
        if i % 5 == 2 {
            sql += &format!(
                "INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, created_at) \
                   VALUES ({c}, {guide}, {}, 60, 'office', 'Amt', {now});",
                now - 2 * 86_400
            );
        }
        if i % 7 == 1 {
            sql += &format!(
                "INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, status, created_at) \
                   VALUES ({c}, {guide}, {}, 60, 'office', 'Amt', 'cancelled', {now});",
                now + 86_400
            );
        }
        if i % 4 == 2 {
            sql += &format!(
                "INSERT INTO client_requests (client_id, category, body, created_at) VALUES \
                   ({c}, 'other', 'Frage', {now}), ({c}, 'other', 'Noch eine', {now});"
            );
        }
        if i % 6 == 5 {
            sql += &format!(
                "INSERT INTO client_requests (client_id, category, body, status, created_at) \
                   VALUES ({c}, 'other', 'Beantwortet', 'answered', {now});"
            );
        }
    }
    common::exec_sql(url, &sql).await;
}

both_backends!(seeded_url the_paged_caseload_is_the_caseload_it_replaced, |store: Store, url: String| async move {
    use lotse_app::domain::{MunicipalityId, TeamId, UserId};
    use lotse_server::db::caseload::{sort_rows, CaseloadAsk, CaseloadOrder};
    use lotse_server::db::clients::{CaseloadFilter, CaseloadNarrowing};
    use lotse_server::search::NameQuery;
    caseload_town(&url).await;
    let now = lotse_server::time::now();
    let lists = [
        (CaseloadFilter::Guide(UserId(5001)), UserId(5001)),
        // Paul stands in for Gabi today: her clients are in his list, her health steps not.
        (CaseloadFilter::Guide(UserId(5002)), UserId(5002)),
        (CaseloadFilter::Team(TeamId(902)), UserId(5002)),
        (CaseloadFilter::Municipality(MunicipalityId(902)), UserId(1)),
    ];
    let narrowings = [
        CaseloadNarrowing::default(),
        CaseloadNarrowing { guide: Some(UserId(5001)), ..CaseloadNarrowing::default() },
        CaseloadNarrowing { field: Some("health".into()), ..CaseloadNarrowing::default() },
        CaseloadNarrowing { field: Some("work".into()), ..CaseloadNarrowing::default() },
        CaseloadNarrowing { closed: true, ..CaseloadNarrowing::default() },
    ];
    let key = |r: &lotse_server::db::clients::CaseloadRowDb| {
        (r.id, r.first_name.clone(), r.last_name.clone(), r.languages.clone(), r.last_contact_on.clone(),
         r.guide_id, r.guide_name.clone(), r.next_step_due.clone(), r.next_appointment, r.open_requests)
    };
    let mut compared = 0;
    for (filter, viewer) in lists {
        for narrowing in &narrowings {
            let mut all = store.caseload(filter, narrowing, viewer, now).await.unwrap();
            assert!(all.len() <= 45);
            for q in ["", "Mohamed", "ali", "Hadad"] {
                let search = NameQuery::new(q);
                let mut expected = all.clone();
                if let Some(s) = &search {
                    expected.retain(|r| s.matches(&format!("{} {}", r.first_name, r.last_name)));
                }
                for order in ["due", "name", "contact", "appointment"] {
                    let order = CaseloadOrder::parse(order).unwrap();
                    let mut sorted = expected.clone();
                    sort_rows(&mut sorted, order);
                    let mut guides: Vec<(i64, String)> = sorted
                        .iter()
                        .filter_map(|r| Some((r.guide_id?, r.guide_name.clone()?)))
                        .collect();
                    guides.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
                    guides.dedup();
                    // Pages of 7 cut every list; a page of 50 holds each whole (read
                    // differently: what a row shows comes with the list).
                    for (per_page, page) in [(7_i64, 1_i64), (7, 2), (7, 3), (7, 99), (50, 1)] {
                        let total = sorted.len() as i64;
                        let offset = |total: i64| lotse_app::pages::pager::Paging::new(page, total, per_page).offset(per_page);
                        let got = store
                            .caseload_page(&CaseloadAsk {
                                filter,
                                narrowing,
                                viewer,
                                now,
                                order,
                                search: search.as_ref(),
                                per_page,
                                offset: &offset,
                            })
                            .await
                            .unwrap();
                        let want: Vec<_> = sorted.iter().skip(offset(total) as usize).take(per_page as usize).map(key).collect();
                        let context = format!("{filter:?} {narrowing:?} {q:?} {order:?} page {page} of {per_page}");
                        assert_eq!(got.total, total, "{context}");
                        assert_eq!(got.rows.iter().map(key).collect::<Vec<_>>(), want, "{context}");
                        if matches!(filter, CaseloadFilter::Team(_)) {
                            assert_eq!(got.guides, guides, "{context}");
                        }
                        compared += got.rows.len();
                    }
                }
            }
            all.clear();
        }
    }
    assert!(compared > 1_000, "the lists are not empty ({compared})");
});

// A look at a list is logged once a day per client (`log_list_view`). Each server
// remembers the looks it found logged today and asks the database about them no more; a
// server that has not seen them (a second instance, a restart) asks and writes only
// what is missing.
both_backends!(seeded_url a_list_look_is_asked_about_once_a_day_per_server, |store: Store, url: String| async move {
    use lotse_app::domain::Role;
    let coordinator = store.user_by_email(COORDINATOR).await.unwrap().unwrap().user_id();
    let clients: Vec<ClientId> = common::client_ids_of(&store, WEBER).await.into_iter().map(ClientId).collect();
    assert!(clients.len() > 2);
    let lines = || {
        let url = url.clone();
        async move {
            common::query_i64(&url, &format!(
                "SELECT COUNT(*) FROM access_log WHERE actor_user_id = {} AND detail = 'caseload'", coordinator.0)).await
        }
    };
    let n = clients.len() as i64;
    store.log_list_view(coordinator, Role::Coordinator, &clients, "caseload").await.unwrap();
    assert_eq!(lines().await, n, "one line per client");
    store.log_list_view(coordinator, Role::Coordinator, &clients, "caseload").await.unwrap();
    assert_eq!(lines().await, n, "once a day");
    // One client's line taken away behind the server's back: it asks no more today.
    common::exec_sql(&url, &format!(
        "DELETE FROM access_log WHERE actor_user_id = {} AND detail = 'caseload' AND client_id = {}",
        coordinator.0, clients[0].0)).await;
    store.log_list_view(coordinator, Role::Coordinator, &clients, "caseload").await.unwrap();
    assert_eq!(lines().await, n - 1, "a later look the same day asks the database nothing");
    // A client this server has not seen in the list today is asked about.
    let new = ClientId(common::client_ids_of(&store, common::DEMIR).await[0]);
    assert!(!clients.contains(&new));
    store.log_list_view(coordinator, Role::Coordinator, &[clients[1], new], "caseload").await.unwrap();
    assert_eq!(lines().await, n, "the new client's look is written, and only it");
    // A second server finds the one line missing and writes it, and no other.
    let second = Store::connect(&url).await.unwrap();
    second.log_list_view(coordinator, Role::Coordinator, &clients, "caseload").await.unwrap();
    assert_eq!(lines().await, n + 1, "the other server writes what is missing");
});
