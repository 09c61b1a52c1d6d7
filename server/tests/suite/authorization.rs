//! Authorization through the real router, on both databases: each role reaches only
//! its own scope, guessed ids answer "not found", and nothing is written on refusal.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{
    client_ids_of, sign_in_client, sign_in_staff, Client, COORDINATOR, DEMIR, KELLER, VOLUNTEER, WEBER,
};
use lotse_app::domain::{MunicipalityId, TeamId};
use lotse_server::db::clients::CaseloadFilter;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

both_backends!(seeded
    signed_out_requests_get_the_sign_in_page,
    |store: Store| async move {
        let mut c = Client::new(common::app(store.clone()).await);
        for path in ["/me", "/volunteer"] {
            let r = c.get(path).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{path}");
            assert_eq!(r.location.as_deref(), Some("/signin"), "{path}");
        }
        for path in ["/cases", "/cases/1", "/cases/new", "/admin"] {
            let r = c.get(path).await;
            assert_eq!(r.location.as_deref(), Some("/signin/staff"), "{path}");
        }
        // A signed-out post gets the sign-in page, carrying the form along; nothing is written.
        let before = store
            .case(&common::own_guide(&store, lotse_app::domain::ClientId(1)).await)
            .household_members()
            .await
            .unwrap()
            .len();
        let r = c
            .post("/cases/1/intake/household", &[("member_first_name", "X")])
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(r.body.contains(r#"action="/signin/staff""#));
        assert_eq!(
            store
                .case(&common::own_guide(&store, lotse_app::domain::ClientId(1)).await)
                .household_members()
                .await
                .unwrap()
                .len(),
            before
        );
        let r = c.get("/signin").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("name=\"number\""));
    }
);

both_backends!(seeded
    guide_sees_own_caseload_in_german_and_not_other_teams,
    |store: Store| async move {
        let other_team = client_ids_of(&store, DEMIR).await;
        let own = client_ids_of(&store, WEBER).await;
        let mut c = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut c, WEBER).await;
        let r = c.get("/cases").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains(r#"lang="de""#));
        for id in &own {
            assert!(
                r.body.contains(&format!("/cases/{id}\"")),
                "own client {id} listed"
            );
        }
        for id in &other_team {
            assert!(
                !r.body.contains(&format!("/cases/{id}\"")),
                "other team's client {id} hidden"
            );
            let r = c.get(&format!("/cases/{id}")).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "guessing id {id}");
            let before = store
                .case(&common::own_guide(&store, lotse_app::domain::ClientId(*id)).await)
                .household_members()
                .await
                .unwrap()
                .len();
            let r = c
                .post(
                    &format!("/cases/{id}/intake/household"),
                    &[("member_first_name", "Eve"), ("relation", "child")],
                )
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND);
            let r = c.post(&format!("/cases/{id}/activation"), &[]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND);
            assert_eq!(
                store
                    .case(&common::own_guide(&store, lotse_app::domain::ClientId(*id)).await)
                    .household_members()
                    .await
                    .unwrap()
                    .len(),
                before,
                "nothing written"
            );
        }
        // Ids that do not exist or are not numbers look the same as forbidden ones.
        assert_eq!(c.get("/cases/999999").await.status, StatusCode::NOT_FOUND);
        assert_eq!(c.get("/cases/abc").await.status, StatusCode::NOT_FOUND);
        // The own client's record opens and is logged.
        let r = c.get(&format!("/cases/{}", own[0])).await;
        assert_eq!(r.status, StatusCode::OK);
        let log = store
            .access_log_for_client(lotse_app::domain::ClientId(own[0]), 10)
            .await
            .unwrap();
        assert!(log.iter().any(|e| e.action == "read"));
    }
);

both_backends!(seeded
    team_lead_sees_team_coordinator_sees_list_only,
    |store: Store| async move {
        let weber_clients = client_ids_of(&store, WEBER).await;
        let mut lead = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut lead, KELLER).await;
        let r = lead.get("/cases").await;
        assert!(
            r.body.contains("Team \u{2068}Mitte\u{2069}"),
            "team caseload heading"
        );
        assert!(r.body.contains(&format!("/cases/{}\"", weber_clients[0])));
        assert_eq!(
            lead.get(&format!("/cases/{}", weber_clients[0])).await.status,
            StatusCode::OK
        );

        let mut coord = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut coord, COORDINATOR).await;
        let r = coord.get("/cases").await;
        assert_eq!(r.status, StatusCode::OK);
        let talheim = store
            .caseload(
                CaseloadFilter::Municipality(MunicipalityId(1)),
                &Default::default(),
                lotse_app::domain::UserId(0),
                0,
            )
            .await
            .unwrap();
        assert!(!talheim.is_empty());
        assert!(r.body.contains(&talheim[0].last_name));
        assert!(
            !r.body.contains("/cases/new"),
            "coordinators do not create clients"
        );
        assert_eq!(
            coord.get(&format!("/cases/{}", weber_clients[0])).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(coord.get("/cases/new").await.status, StatusCode::FORBIDDEN);
        let _ = TeamId(0);
    }
);

both_backends!(seeded
    volunteer_and_client_cannot_reach_case_records,
    |store: Store| async move {
        let ids = client_ids_of(&store, KELLER).await;
        let mut v = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut v, VOLUNTEER).await;
        assert_eq!(v.get("/cases").await.location.as_deref(), Some("/volunteer"));
        for id in &ids {
            assert_eq!(v.get(&format!("/cases/{id}")).await.status, StatusCode::NOT_FOUND);
        }
        assert_eq!(
            v.post("/cases/new", &[("first_name", "A"), ("last_name", "B")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );
        let r = v.get("/volunteer").await;
        assert!(r.body.contains("Peter"));

        let mut cl = Client::new(common::app(store.clone()).await);
        sign_in_client(&mut cl, CLIENT_NUMBER, CLIENT_PIN).await;
        for id in ids.iter().skip(1) {
            assert_eq!(
                cl.get(&format!("/cases/{id}")).await.status,
                StatusCode::NOT_FOUND,
                "client guessing {id}"
            );
        }
        // Clients have no e-mail sign-in, staff have no number sign-in.
        let mut x = Client::new(common::app(store).await);
        let r = x
            .post(
                "/signin/staff",
                &[("email", "admin@lotse.example"), ("password", "wrong-password")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }
);
