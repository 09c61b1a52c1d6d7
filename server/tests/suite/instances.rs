//! Two server instances on one PostgreSQL, as a county scales out: everything a second
//! instance needs lives in the database. (That a mail is sent once is shown in
//! `groups_manage::a_mail_is_claimed_by_one_instance_only`.)

use crate::common;
use axum::http::StatusCode;
use common::{seeded, sign_in_staff, Client, KELLER, WEBER};
use lotse_server::db::Store;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_sessions_and_sign_in_limits() {
    let Some(db) = common::TestDb::new_postgres().await else {
        return;
    };
    seeded(&db.store).await;
    // The second instance: its own pool, its own router, the same database.
    let second = Store::connect(&db.url).await.unwrap();
    let a = common::app(db.store.clone()).await;
    let b = common::app(second.clone()).await;

    // A session started on one instance works on the other (a load balancer may send
    // the next request anywhere), and signing out on the other ends it everywhere.
    let mut guide = Client::new(a.clone());
    sign_in_staff(&mut guide, WEBER).await;
    guide.app = b.clone();
    assert_eq!(guide.get("/cases").await.status, StatusCode::OK);
    let r = guide.post("/signout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    guide.app = a.clone();
    assert_eq!(
        guide.get("/cases").await.status,
        StatusCode::SEE_OTHER,
        "signed out on both"
    );

    // Wrong passwords counted on one instance slow down unknown devices on the other too.
    let mut attacker = Client::new(a.clone());
    for i in 0..5 {
        let guess = format!("wrong-{i}");
        attacker
            .post(
                "/signin/staff",
                &[("email", KELLER), ("password", guess.as_str())],
            )
            .await;
    }
    let mut other = Client::new(b.clone());
    let r = other
        .post("/signin/staff", &[("email", KELLER), ("password", "wrong-again")])
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "the count is shared");
    second.close().await;
    db.drop().await;
}
