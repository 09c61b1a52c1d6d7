//! The end of a case: the own guide closes it with a reason and each open goal's
//! outcome; the case becomes read-only, leaves the caseload (a filter shows it), the
//! client reads on their home page that the support ended and whom to turn to, and the
//! case can be reopened within the retention period as a new episode.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{client_ids_of, client_named, sign_in_client, sign_in_staff, Client, KELLER, WEBER};
use lotse_app::domain::MunicipalityId;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

/// Amal Haddad (the demo client who signs in) and the email of her guide.
async fn amal(store: &Store) -> (i64, &'static str) {
    let amal = client_named(store, "Haddad").await;
    let guide = if client_ids_of(store, WEBER).await.contains(&amal) {
        WEBER
    } else {
        KELLER
    };
    (amal, guide)
}

/// The `outcome_<id>` fields the closing form asks for.
fn outcome_fields(body: &str) -> Vec<String> {
    body.match_indices("name=\"outcome_")
        .map(|(at, _)| {
            let rest = &body[at + 6..];
            rest[..rest.find('"').unwrap()].to_string()
        })
        .collect()
}

both_backends!(seeded
    a_closed_case_is_read_only_and_its_client_is_told_whom_to_turn_to,
    |store: Store| async move {
        let (amal, guide_email) = amal(&store).await;
        let app = common::app(store.clone()).await;
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, guide_email).await;
        let path = format!("/cases/{amal}/closing");
        let page = guide.get(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        let outcomes = outcome_fields(&page.body);
        assert!(!outcomes.is_empty(), "Amal has open goals: {}", page.body);

        // Every open goal needs an outcome; a handing-over names the service.
        let r = guide.post(&path, &[("reason", "regular_services"), ("note", "Gut angekommen")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("für jedes offene Ziel ein Ergebnis"));
        assert!(r.body.contains("Wählen Sie, an wen übergeben wurde"));
        assert!(r.body.contains("Gut angekommen"), "the note stays");
        let mut form: Vec<(&str, &str)> = vec![("reason", "regular_services"), ("handed_to", "jobcenter"), ("note", "Gut angekommen")];
        for (i, name) in outcomes.iter().enumerate() {
            form.push((name.as_str(), if i == 0 { "achieved" } else { "partly" }));
        }
        let r = guide.post(&path, &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(guide.post(&path, &form).await.status, StatusCode::CONFLICT, "closed once");

        // Read-only now: the record opens with a banner, every change is refused.
        let record = guide.get(&format!("/cases/{amal}")).await;
        assert_eq!(record.status, StatusCode::OK);
        assert!(record.body.contains("data-testid=\"case-closed\""));
        let r = guide
            .post(&format!("/cases/{amal}/notes"), &[("topic", "Nachtrag"), ("client_key", "k1")])
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("Diese Begleitung ist beendet"));
        // It left the caseload; the filter shows it.
        let list = guide.get("/cases").await;
        assert!(!list.body.contains(&format!("href=\"/cases/{amal}\"")));
        let closed = guide.get("/cases?state=closed").await;
        assert!(closed.body.contains(&format!("href=\"/cases/{amal}\"")), "{}", closed.body);
        let page = guide.get(&path).await;
        assert!(page.body.contains("Jobcenter") && page.body.contains("Gut angekommen") && page.body.contains("Erreicht"));

        // The client still signs in and reads; their home page says it ended, in their language.
        let mut client = Client::new(app.clone());
        let r = sign_in_client(&mut client, CLIENT_NUMBER, CLIENT_PIN).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let home = client.get("/me").await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(home.body.contains("data-testid=\"case-ended\""), "{}", home.body);
        assert!(home.body.contains("lang=\"ar\""));
        assert!(home.body.contains("Jobcenter"));
        assert_eq!(client.get("/me/plan").await.status, StatusCode::OK);
        let r = client.post("/me/deadlines", &[("title", "Miete"), ("due_on", "2026-12-20"), ("client_key", "k2")]).await;
        assert_eq!(r.status, StatusCode::CONFLICT, "nothing changes in a closed record");
        // No form offers to ask the guide any more; earlier questions stay readable.
        let requests = client.get("/me/requests").await;
        assert_eq!(requests.status, StatusCode::OK);
        assert!(requests.body.contains("data-testid=\"closed-note\""), "{}", requests.body);
        assert!(!requests.body.contains("action=\"/me/requests\""));
        for (page, action) in [("/me/plan", "action=\"/me/plan/"), ("/me/deadlines", "action=\"/me/deadlines"), ("/me/appointments", "action=\"/me/appointments/")] {
            let body = client.get(page).await.body;
            assert!(!body.contains(action), "{page} offers no change");
        }
        assert!(client.get("/me/plan").await.body.contains("data-testid=\"closed-note\""));
        assert!(client.get("/me/deadlines").await.body.contains("data-testid=\"closed-note\""));

        // Reopened: a new episode; the first one stays on record.
        let r = guide.post(&format!("{path}/reopen"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(guide.get("/cases").await.body.contains(&format!("href=\"/cases/{amal}\"")));
        assert!(!client.get("/me").await.body.contains("data-testid=\"case-ended\""));
        assert!(client.get("/me/requests").await.body.contains("action=\"/me/requests\""), "asking again");
        assert!(client.get("/me/deadlines").await.body.contains("action=\"/me/deadlines\""), "adding again");
        let page = guide.get(&path).await;
        assert!(page.body.contains("Wieder geöffnet am"), "{}", page.body);
        let log = store.access_log_for_client(lotse_app::domain::ClientId(amal), 50).await.unwrap();
        let details: Vec<_> = log.iter().map(|l| l.detail.as_str()).collect();
        assert!(details.contains(&"closed") && details.contains(&"reopened"), "{details:?}");
    }
);

both_backends!(seeded
    only_the_own_guide_closes_and_a_case_past_retention_stays_closed,
    |store: Store| async move {
        let (amal, guide_email) = amal(&store).await;
        let app = common::app(store.clone()).await;
        let path = format!("/cases/{amal}/closing");
        // A team lead looking in (not the own guide) does not close.
        if guide_email != KELLER {
            let mut lead = Client::new(app.clone());
            sign_in_staff(&mut lead, KELLER).await;
            assert_eq!(lead.post(&path, &[("reason", "independent")]).await.status, StatusCode::NOT_FOUND);
        }
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, guide_email).await;
        let outcomes = outcome_fields(&guide.get(&path).await.body);
        let mut form: Vec<(&str, &str)> = vec![("reason", "moved"), ("moved_to", "Hamburg")];
        for name in &outcomes {
            form.push((name.as_str(), "no_longer_relevant"));
        }
        assert_eq!(guide.post(&path, &form).await.status, StatusCode::SEE_OTHER);
        // No longer kept (a retention of 0 months): it cannot be reopened.
        store.set_retention_months(MunicipalityId(1), 0).await.unwrap();
        let r = guide.post(&format!("{path}/reopen"), &[]).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("Aufbewahrungsfrist ist abgelaufen"));
    }
);

both_backends!(seeded
    the_demo_has_ended_cases_with_reasons_for_the_figures,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        // Team Mitte's two ended cases are under "closed", not on the caseload; Bergfeld's
        // is not the lead's.
        let closed = lead.get("/cases?state=closed").await;
        assert!(closed.body.contains("Nouri") && closed.body.contains("Gebremedhin"), "{}", closed.body);
        assert!(!closed.body.contains("Khalil"));
        let open = lead.get("/cases").await;
        assert!(!open.body.contains("Nouri") && !open.body.contains("Gebremedhin"));
        // The case's link in the closed list, the last before the name.
        let at = closed.body.find("Nouri").unwrap();
        let href = closed.body[..at].rfind("href=\"/cases/").unwrap() + 6;
        let path: String = closed.body[href..].chars().take_while(|c| *c != '"').collect();
        let page = lead.get(&format!("{path}/closing")).await;
        assert!(page.body.contains("Unbefristete Stelle als Elektriker"), "the closing note");
    }
);
