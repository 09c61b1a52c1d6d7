//! The client's own plan through the real router, on both databases: in their language,
//! only their own steps, ticking off what they do themselves, asking for help (seen on
//! the guide's caseload), confirming, and the guide's changes marked as new.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{client_ids_of, client_named, sign_in_client, sign_in_staff, Client, KELLER, WEBER};
use lotse_app::casework::StepStatus;
use lotse_app::domain::ClientId;
use lotse_server::db::plan::NewStep;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

both_backends!(seeded client_reads_and_works_their_own_plan, |store: Store| async move {
    let amal = ClientId(client_named(&store, "Haddad").await);
    let app = common::app(store.clone()).await;
    let mut c = Client::new(app.clone());
    assert_eq!(
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await.status,
        StatusCode::SEE_OTHER
    );

    let r = c.get("/me/plan").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("lang=\"ar\""));
    assert!(r.body.contains("تعلّم الألمانية"), "the template's Arabic title");
    let home = c.get("/me").await;
    assert!(home.body.contains("href=\"/me/plan\""), "home links to the plan");

    let steps = store
        .case(&common::own_guide(&store, amal).await)
        .steps()
        .await
        .unwrap();
    let mine = steps
        .iter()
        .find(|s| s.actor == "client" && s.status == StepStatus::Open)
        .unwrap();
    let guides = steps.iter().find(|s| s.actor == "guide").unwrap();
    let r = c.post(&format!("/me/plan/steps/{}/done", mine.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Again (a retried post): still done once, no second history line.
    let r = c.post(&format!("/me/plan/steps/{}/done", mine.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let after = store
        .case(&common::own_guide(&store, amal).await)
        .steps()
        .await
        .unwrap();
    assert_eq!(after.iter().find(|s| s.id == mine.id).unwrap().status.as_str(), "done");
    let history = store
        .case(&common::own_guide(&store, amal).await)
        .plan_history(50)
        .await
        .unwrap();
    assert_eq!(history.iter().filter(|h| h.change == "client-done").count(), 1);
    // The guide's own step cannot be ticked off by the client.
    assert_eq!(
        c.post(&format!("/me/plan/steps/{}/done", guides.id), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A step of another client: not found, unchanged.
    let other = ClientId(client_ids_of(&store, WEBER).await[0]);
    let foreign = store
        .case(&common::own_guide(&store, other).await)
        .steps()
        .await
        .unwrap();
    let foreign_step = foreign.first().unwrap();
    for action in ["done", "help"] {
        let r = c
            .post(&format!("/me/plan/steps/{}/{action}", foreign_step.id), &[])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{action}");
    }
    let unchanged = store
        .case(&common::own_guide(&store, other).await)
        .steps()
        .await
        .unwrap();
    assert_eq!(unchanged.first().unwrap().status, foreign_step.status);
    assert!(unchanged.first().unwrap().help_requested_at.is_none());

    // "I need help" reaches the guide's caseload.
    let r = c.post(&format!("/me/plan/steps/{}/help", guides.id), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, KELLER).await;
    let caseload = guide.get("/cases?q=Haddad").await.body;
    let start = caseload[..caseload.find("Amal Haddad</a>").unwrap()]
        .rfind("<tr")
        .unwrap();
    let row = &caseload[start..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("badge-warn\">1<"), "one open request: {row}");
    let plan = guide.get(&format!("/cases/{}/plan", amal.0)).await.body;
    assert!(plan.contains("Braucht Hilfe"));

    // Confirming is recorded; the guide sees it.
    let r = c.post("/me/plan/confirm", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        store
            .case(&common::own_guide(&store, amal).await)
            .plan_confirmation()
            .await
            .unwrap()
            .map(|x| x.1),
        Some(false)
    );
    assert!(guide
        .get(&format!("/cases/{}/plan", amal.0))
        .await
        .body
        .contains("bestätigt am"));

    // What the guide adds after the client's visit is marked as new on the next one.
    let _ = c.get("/me/plan").await;
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let goal = store
        .case(&common::own_guide(&store, amal).await)
        .goals()
        .await
        .unwrap()[0]
        .id;
    let step = NewStep {
        text: "Neuer Schritt".into(),
        actor: "client".into(),
        actor_name: None,
        due_on: None,
        link: None,
    };
    store
        .case(&common::own_guide(&store, amal).await)
        .add_step(goal, &step)
        .await
        .unwrap();
    let r = c.get("/me/plan").await;
    let at = r.body.find("Neuer Schritt").unwrap();
    let li = &r.body[r.body[..at].rfind("<li").unwrap()..at];
    assert!(li.contains("changed"), "marked as changed");
    assert!(
        r.body.contains("تغيّرت") || r.body.contains("تغير"),
        "asks to confirm again"
    );

    // Seen once, the mark is gone on the next look; a look at the unchanged plan keeps
    // the last look's time (it writes nothing), and the mark stays gone.
    let own = common::own_record(&store, amal).await;
    let looked = store.case(&own).plan_seen().await.unwrap().unwrap().before;
    assert!(looked.is_some());
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    for _ in 0..2 {
        let r = c.get("/me/plan").await;
        let at = r.body.find("Neuer Schritt").unwrap();
        let li = &r.body[r.body[..at].rfind("<li").unwrap()..at];
        assert!(!li.contains("changed"), "marked only once: {li}");
    }
    assert_eq!(
        store.case(&own).plan_seen().await.unwrap().unwrap().before,
        looked,
        "an unchanged plan's look writes nothing"
    );
    // A look that began earlier and writes later (two pages loading at once) does not
    // put its older time over the newer one.
    let earlier = lotse_server::db::case_file::PlanSeen {
        before: None,
        at: looked.unwrap() - 100,
    };
    store.case(&own).saw_plan(&earlier, None).await.unwrap();
    assert_eq!(store.case(&own).plan_seen().await.unwrap().unwrap().before, looked);
});

both_backends!(seeded only_clients_have_a_plan_page, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let mut out = Client::new(app.clone());
    assert_eq!(out.get("/me/plan").await.location.as_deref(), Some("/signin"));
    assert_eq!(
        out.post("/me/plan/confirm", &[]).await.status,
        StatusCode::UNAUTHORIZED
    );
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, WEBER).await;
    assert_eq!(guide.get("/me/plan").await.location.as_deref(), Some("/cases"));
    let r = guide.post("/me/plan/confirm", &[]).await;
    assert_eq!(r.location.as_deref(), Some("/cases"));
});
