//! The caseload at a municipality's size: a coordinator's list of every client is paged
//! (200 a page), counts all of them, and logs a look only at the clients on the page shown.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, COORDINATOR, WEBER};
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
