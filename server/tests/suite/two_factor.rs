//! Two-factor sign-in for staff: required for administrators, per municipality for
//! guides and coordinators, optional otherwise; codes used once, recovery codes once.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{input_value, sign_in_staff, totp_secret_on, Client, DEMIR, KELLER, WEBER};
use lotse_server::auth::two_factor::code_at;
use lotse_server::db::Store;
use lotse_server::seed::STAFF_PASSWORD;
use lotse_server::time::now;

const ADMIN: &str = "admin@lotse.example";

async fn password(c: &mut Client, email: &str) -> common::Reply {
    c.post("/signin/staff", &[("email", email), ("password", STAFF_PASSWORD)])
        .await
}

fn recovery_codes(body: &str) -> Vec<String> {
    body.split("<code>")
        .skip(1)
        .filter_map(|s| s.split("</code>").next())
        .map(String::from)
        .collect()
}

async fn secret_of(store: &Store, email: &str) -> String {
    let u = store.user_by_email(email).await.unwrap().unwrap();
    store.two_factor(u.user_id()).await.unwrap().totp_secret.unwrap()
}

both_backends!(seeded
    an_administrator_sets_up_a_second_factor_and_uses_it,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app.clone());
        // The password alone is not enough: the administrator sets up an app first.
        let r = password(&mut c, ADMIN).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("<svg"), "a QR code");
        assert!(r.body.contains("action=\"/signin/enroll\""));
        assert_eq!(
            c.get("/admin").await.location.as_deref(),
            Some("/signin/staff"),
            "not signed in yet"
        );
        let secret = totp_secret_on(&r.body);
        let key = input_value(&r.body, "key").unwrap();
        let r = c
            .post("/signin/enroll", &[("key", key.as_str()), ("code", "000000")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let code = code_at(&secret, now()).unwrap();
        let r = c
            .post(
                "/signin/enroll",
                &[("key", key.as_str()), ("code", code.as_str())],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(r.location.as_deref(), Some("/account/security"));
        // The recovery codes are shown once.
        let page = c.get("/account/security").await;
        assert_eq!(page.status, StatusCode::OK);
        let codes = recovery_codes(&page.body);
        assert_eq!(codes.len(), 10, "{}", page.body);
        assert!(recovery_codes(&c.get("/account/security").await.body).is_empty());
        assert_eq!(c.get("/admin").await.status, StatusCode::OK);
        assert_eq!(c.post("/signout", &[]).await.status, StatusCode::SEE_OTHER);

        // Next time: password, then a code. A wrong one and the one already used fail.
        let r = password(&mut c, ADMIN).await;
        assert!(r.body.contains("action=\"/signin/code\""));
        let key = input_value(&r.body, "key").unwrap();
        for wrong in ["123456", code.as_str()] {
            let r = c
                .post("/signin/code", &[("key", key.as_str()), ("code", wrong)])
                .await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{wrong}");
        }
        let next = code_at(&secret, now() + 30).unwrap();
        let r = c
            .post("/signin/code", &[("key", key.as_str()), ("code", next.as_str())])
            .await;
        assert_eq!(r.location.as_deref(), Some("/admin"));
        c.post("/signout", &[]).await;

        // Without the phone: a recovery code, once.
        for (attempt, expected) in [(1, StatusCode::SEE_OTHER), (2, StatusCode::UNAUTHORIZED)] {
            let mut d = Client::new(app.clone());
            let r = password(&mut d, ADMIN).await;
            let key = input_value(&r.body, "key").unwrap();
            let typed = codes[0].to_lowercase().replace('-', " ");
            let r = d
                .post("/signin/code", &[("key", key.as_str()), ("code", typed.as_str())])
                .await;
            assert_eq!(r.status, expected, "attempt {attempt}");
        }
        // A made-up key leads back to the sign-in page.
        let r = c
            .post(
                "/signin/code",
                &[("key", "x".repeat(43).as_str()), ("code", "123456")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(r.body.contains("action=\"/signin/staff\""));
    }
);

both_backends!(seeded
    a_municipality_can_require_it_of_its_guides,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app.clone());
        assert_eq!(
            password(&mut weber, WEBER).await.status,
            StatusCode::SEE_OTHER,
            "optional by default"
        );
        let mut admin = Client::new(app.clone());
        sign_in_staff(&mut admin, ADMIN).await;
        let talheim = store
            .two_factor_settings()
            .await
            .unwrap()
            .into_iter()
            .find(|(_, name, _)| name == "Talheim")
            .unwrap()
            .0;
        let r = admin
            .post("/admin/two-factor", &[("require", talheim.to_string().as_str())])
            .await;
        assert_eq!(r.location.as_deref(), Some("/admin"));
        // Only an administrator changes it.
        let r = weber.post("/admin/two-factor", &[]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // Weber (Talheim) must set it up at the next sign-in; Demir (Bergfeld) need not.
        let mut again = Client::new(app.clone());
        let r = password(&mut again, WEBER).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("action=\"/signin/enroll\""));
        let mut demir = Client::new(app.clone());
        assert_eq!(password(&mut demir, DEMIR).await.status, StatusCode::SEE_OTHER);
        // Where it is required it cannot be turned off.
        sign_in_staff(&mut again, WEBER).await;
        let r = again
            .post("/account/security/disable", &[("code", "123456")])
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
);

both_backends!(seeded
    a_guide_turns_it_on_and_off_themselves,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app.clone());
        sign_in_staff(&mut c, KELLER).await;
        let page = c.get("/account/security").await;
        assert_eq!(page.status, StatusCode::OK);
        let secret = totp_secret_on(&page.body);
        let r = c.post("/account/security/enable", &[("code", "000000")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let code = code_at(&secret, now()).unwrap();
        let r = c
            .post("/account/security/enable", &[("code", code.as_str())])
            .await;
        assert_eq!(r.location.as_deref(), Some("/account/security"));
        assert_eq!(recovery_codes(&c.get("/account/security").await.body).len(), 10);
        assert_eq!(secret_of(&store, KELLER).await, secret);
        // The next sign-in asks for a code.
        let mut d = Client::new(app.clone());
        let r = password(&mut d, KELLER).await;
        assert!(r.body.contains("action=\"/signin/code\""));
        // Turning it off takes a current code.
        let next = code_at(&secret, now() + 30).unwrap();
        let r = c
            .post("/account/security/disable", &[("code", next.as_str())])
            .await;
        assert_eq!(r.location.as_deref(), Some("/account/security"));
        let mut e = Client::new(app);
        assert_eq!(password(&mut e, KELLER).await.status, StatusCode::SEE_OTHER);
    }
);
