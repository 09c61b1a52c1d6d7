//! Sign-in under a flood: the try is counted before Argon2 runs, so parallel guesses do
//! not slip past the limit, and hashing is bounded so a flood cannot exhaust memory.

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, KELLER, WEBER};
use lotse_server::db::Store;

both_backends!(seeded
    parallel_guesses_reach_the_password_check_five_times_at_most,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        // The owner has signed in on this browser before (and signed out since).
        let mut owner = Client::new(app.clone());
        sign_in_staff(&mut owner, WEBER).await;
        assert_eq!(owner.post("/signout", &[]).await.status, StatusCode::SEE_OTHER);
        let mut flood = tokio::task::JoinSet::new();
        for i in 0..60 {
            let app = app.clone();
            flood.spawn(async move {
                let mut c = Client::new(app);
                let guess = format!("wrong-guess-{i}");
                c.post("/signin/staff", &[("email", WEBER), ("password", guess.as_str())])
                    .await
            });
        }
        let mut statuses = vec![];
        while let Some(r) = flood.join_next().await {
            let r = r.unwrap();
            if r.status == StatusCode::SERVICE_UNAVAILABLE {
                assert!(r.headers.get("retry-after").is_some(), "503 says when to retry");
            }
            statuses.push(r.status);
        }
        assert!(
            statuses.iter().all(|s| [
                StatusCode::UNAUTHORIZED,
                StatusCode::TOO_MANY_REQUESTS,
                StatusCode::SERVICE_UNAVAILABLE
            ]
            .contains(s)),
            "{statuses:?}"
        );
        // Every try that reached the password check is a recorded failure.
        let key = format!("email:{WEBER}");
        let (checked, _) = store.failures_for_account(&key, 0).await.unwrap();
        // At most five; when the whole flood arrives at once it may be none at all (each
        // sees the others' reservations and steps back), which is the safe side.
        assert!(checked <= 5, "{checked} guesses reached the password check");
        assert!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::UNAUTHORIZED)
                .count()
                <= 5
        );
        // Five more wrong guesses, one after the other, spend the unknown-device budget.
        let mut attacker = Client::new(app.clone());
        for i in 0..5 {
            let guess = format!("again-{i}");
            attacker
                .post("/signin/staff", &[("email", WEBER), ("password", guess.as_str())])
                .await;
        }
        // A stranger with the right password now waits; the owner on their own browser
        // does not: guessing slows down unknown devices only.
        let mut stranger = Client::new(app.clone());
        let r = stranger
            .post(
                "/signin/staff",
                &[("email", WEBER), ("password", lotse_server::seed::STAFF_PASSWORD)],
            )
            .await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
        sign_in_staff(&mut owner, WEBER).await;
        assert_eq!(owner.get("/cases").await.status, StatusCode::OK);
        // Someone else signs in from the same address as usual.
        let mut keller = Client::new(app.clone());
        sign_in_staff(&mut keller, KELLER).await;
        assert_eq!(keller.get("/cases").await.status, StatusCode::OK);
    }
);
