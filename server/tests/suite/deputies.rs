//! Deputies (Vertretung): a colleague of the team opens the guide's cases as the guide
//! does on the days named, and not a day before or after; every read is logged under
//! the deputy's name; the client sees who stands in.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{client_ids_of, client_named, sign_in_client, sign_in_staff, Client, DEMIR, KELLER, WEBER};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

fn day(offset: i64) -> String {
    (lotse_server::time::today() + chrono::Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

both_backends!(seeded
    a_deputy_sees_the_cases_on_the_days_named_and_is_logged,
    |store: Store| async move {
        let amal = client_named(&store, "Haddad").await;
        // Amal's guide and a colleague of the same team.
        let (guide_email, colleague_email) = if client_ids_of(&store, WEBER).await.contains(&amal) {
            (WEBER, KELLER)
        } else {
            (KELLER, WEBER)
        };
        let colleague = store.user_by_email(colleague_email).await.unwrap().unwrap();
        let app = common::app(store.clone()).await;
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, guide_email).await;
        let mut deputy = Client::new(app.clone());
        sign_in_staff(&mut deputy, colleague_email).await;
        let record = format!("/cases/{amal}/intake");
        let lead = colleague_email == KELLER;
        if !lead {
            assert_eq!(deputy.get(&record).await.status, StatusCode::NOT_FOUND, "not before it is named");
        }

        // Not a colleague from another team; not a period in the past; not too long.
        let demir = store.user_by_email(DEMIR).await.unwrap().unwrap().id.to_string();
        let me = store.user_by_email(guide_email).await.unwrap().unwrap().id.to_string();
        let c = colleague.id.to_string();
        let (tomorrow, in_a_week, long, yesterday) = (day(1), day(7), day(200), day(-1));
        for (who, from, to) in [(&demir, &tomorrow, &in_a_week), (&c, &day(-5), &yesterday), (&c, &tomorrow, &long)] {
            let r = guide
                .post("/cases/deputies", &[("guide", me.as_str()), ("deputy", who.as_str()), ("starts_on", from.as_str()), ("ends_on", to.as_str())])
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{who} {from} {to}");
        }
        // From tomorrow: not yet today.
        let r = guide
            .post("/cases/deputies", &[("guide", me.as_str()), ("deputy", c.as_str()), ("starts_on", tomorrow.as_str()), ("ends_on", in_a_week.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let page = guide.get("/cases/deputies").await;
        assert!(page.body.contains(&colleague.display_name));
        if !lead {
            assert_eq!(deputy.get(&record).await.status, StatusCode::NOT_FOUND, "from tomorrow only");
        }
        // From today: the deputy opens the case as the guide does (health included), logged.
        let today = day(0);
        let r = guide
            .post("/cases/deputies", &[("guide", me.as_str()), ("deputy", c.as_str()), ("starts_on", today.as_str()), ("ends_on", today.as_str())])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = deputy.get(&record).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("f-health") || r.body.contains("health"), "the own guide's view, health included");
        assert!(deputy.get("/cases").await.body.contains(&format!("href=\"/cases/{amal}\"")), "on the deputy's list");
        let log = store.access_log_for_client(lotse_app::domain::ClientId(amal), 20).await.unwrap();
        assert!(log.iter().any(|l| l.actor_user_id == colleague.id && l.action == "read"), "logged under the deputy");
        // The client sees who stands in.
        let mut client = Client::new(app.clone());
        sign_in_client(&mut client, CLIENT_NUMBER, CLIENT_PIN).await;
        let home = client.get("/me").await;
        assert!(home.body.contains("data-testid=\"deputy\"") && home.body.contains(&colleague.display_name), "{} {}", home.status, &home.body[home.body.find("<main").unwrap_or(0)..]);
        // Ended: gone at once.
        let ids: Vec<i64> = store
            .deputies(store.user_by_email(guide_email).await.unwrap().unwrap().user_id(), None, &today)
            .await
            .unwrap()
            .into_iter()
            .map(|d| d.id)
            .collect();
        for id in ids {
            assert_eq!(guide.post(&format!("/cases/deputies/{id}/end"), &[]).await.status, StatusCode::SEE_OTHER);
        }
        if !lead {
            assert_eq!(deputy.get(&record).await.status, StatusCode::NOT_FOUND, "over");
        }
        assert!(!client.get("/me").await.body.contains("data-testid=\"deputy\""));
        // Someone else's arrangement cannot be ended by a guide of another team.
        let mut other = Client::new(app);
        sign_in_staff(&mut other, DEMIR).await;
        assert_eq!(other.post("/cases/deputies/1/end", &[]).await.status, StatusCode::NOT_FOUND);
    }
);
