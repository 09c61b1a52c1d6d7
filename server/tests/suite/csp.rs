//! The Content-Security-Policy: every page names a fresh nonce, every script of the page
//! carries it, and the check that the authorization matrix runs on every page it fetches
//! does catch a script without it. (That Chromium refuses such a script is shown by the
//! end-to-end test `tests/e2e/csp.test.mjs`.)
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::{header, HeaderMap, HeaderValue};
use common::policy::page_policy;
use common::{sign_in_client, sign_in_staff, Client, WEBER};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

fn nonce_of(headers: &HeaderMap) -> String {
    let policy = headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
    policy
        .split("'nonce-")
        .nth(1)
        .unwrap()
        .split('\'')
        .next()
        .unwrap()
        .to_string()
}

both_backends!(seeded
    every_page_has_a_policy_with_a_fresh_nonce,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut out = Client::new(app.clone());
        let first = out.get("/signin").await;
        let second = out.get("/signin").await;
        for r in [&first, &second] {
            page_policy(&r.headers, &r.body).unwrap();
            let policy = r.headers[header::CONTENT_SECURITY_POLICY].to_str().unwrap();
            assert!(policy.contains("script-src 'self' 'nonce-"), "{policy}");
            assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
            // The hydration script and the service worker's boot script, both with the nonce.
            assert!(common::count(&r.body, "<script") >= 2, "{}", r.body);
            // The islands' loader (written once per process, copied with each page's
            // nonce): its script carries this page's, and its two preload links are there.
            let nonce = nonce_of(&r.headers);
            assert_eq!(common::count(&r.body, &format!("<script type=\"module\" nonce=\"{nonce}\">")), 1);
            assert_eq!(common::count(&r.body, "<link rel=\"modulepreload\" href=\"/pkg/"), 1);
            assert_eq!(common::count(&r.body, "<link rel=\"preload\" href=\"/pkg/"), 1);
        }
        assert_ne!(
            nonce_of(&first.headers),
            nonce_of(&second.headers),
            "a nonce per response"
        );

        // leptos_meta writes the document's language, direction and title.
        let mut client = Client::new(app.clone());
        sign_in_client(&mut client, CLIENT_NUMBER, CLIENT_PIN).await;
        client
            .post("/lang", &[("lang", "ar"), ("return_to", "/me")])
            .await;
        let home = client.get("/me").await;
        page_policy(&home.headers, &home.body).unwrap();
        assert!(
            home.body
                .starts_with("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\""),
            "{}",
            &home.body[..200]
        );
        assert_eq!(common::count(&home.body, "<title>"), 1);

        // Pages after a refused form and error pages carry it too.
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let missing = guide.get("/cases/999999").await;
        assert_eq!(missing.status, axum::http::StatusCode::NOT_FOUND);
        page_policy(&missing.headers, &missing.body).unwrap();
        let refused = guide.post("/cases/new", &[("first_name", "")]).await;
        page_policy(&refused.headers, &refused.body).unwrap();
    }
);

#[test]
fn the_check_catches_a_script_without_the_nonce() {
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    let page =
        "<html><head><script nonce=\"abc\">ok()</script></head><body><script>evil()</script></body></html>";
    assert!(page_policy(&headers, page).is_err(), "no policy header at all");
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "script-src 'self' 'nonce-abc'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
        ),
    );
    let err = page_policy(&headers, page).unwrap_err();
    assert!(err.contains("evil()") || err.contains("<script>"), "{err}");
    assert!(page_policy(
        &headers,
        &page.replace("<script>evil", "<script nonce=\"abc\">evil")
    )
    .is_ok());
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
        ),
    );
    assert!(
        page_policy(&headers, "<p>no script</p>").is_err(),
        "unsafe-inline is never allowed"
    );
}
