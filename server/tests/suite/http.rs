//! Handler tests through the real router, on both databases: sign-in, activation, bad
//! input, languages, set-up and expired sessions. Who may see what is in `authorization.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{client_ids_of, count, seeded, sign_in_client, sign_in_staff, Client, KELLER, WEBER};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

both_backends!(seeded
    client_signs_in_and_sees_home_in_arabic,
    |store: Store| async move {
        let mut c = Client::new(common::app(store).await);
        let r = sign_in_client(&mut c, "2026 0001", CLIENT_PIN).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(r.location.as_deref(), Some("/me"));
        let cookie = r.headers.get("set-cookie").unwrap().to_str().unwrap().to_string();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
            "{cookie}"
        );
        let home = c.get("/me").await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(home.body.contains(r#"lang="ar""#) && home.body.contains(r#"dir="rtl""#));
        assert!(home.body.contains("مرحب"), "Arabic greeting expected");
        assert!(home.body.contains("Amal"));
        assert!(home.body.contains("Sabine Keller"), "guide's name");
        assert!(home.body.contains("tel:07131555201"), "guide's phone");
        assert_eq!(home.headers.get("cache-control").unwrap(), "no-store");
        // Staff pages are not for clients.
        let r = c.get("/cases").await;
        assert_eq!(r.location.as_deref(), Some("/me"));
    }
);

both_backends!(seeded
    wrong_pin_is_refused_then_rate_limited,
    |store: Store| async move {
        let mut c = Client::new(common::app(store).await);
        c.accept_language = Some("ti".into());
        let r = sign_in_client(&mut c, CLIENT_NUMBER, "000001").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(r.body.contains(r#"lang="ti""#));
        assert!(
            r.body.contains(r#"value="20260001""#),
            "the number stays in the form"
        );
        assert!(!r.body.contains("000001"), "the PIN is never sent back");
        for _ in 0..4 {
            sign_in_client(&mut c, CLIENT_NUMBER, "000001").await;
        }
        let r = sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        assert_eq!(
            r.status,
            StatusCode::TOO_MANY_REQUESTS,
            "even the right PIN waits"
        );
        // An unknown number is refused the same way as a wrong PIN.
        let r = sign_in_client(&mut c, "9999 9999", "482915").await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        // Empty fields: a message beside each, no 500.
        let r = c.post("/signin", &[]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(count(&r.body, r#"class="error""#) >= 2);
    }
);

both_backends!(seeded
    guide_creates_client_who_activates_with_code,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut g = Client::new(app.clone());
        sign_in_staff(&mut g, WEBER).await;
        // Bad input: kept, explained, nothing written.
        let before = client_ids_of(&store, WEBER).await.len();
        let r = g
            .post(
                "/cases/new",
                &[
                    ("first_name", ""),
                    ("last_name", "Rahimi"),
                    ("birth_date", "2099-01-01"),
                    ("phone", "call me"),
                    ("languages", "prs"),
                    ("languages", "fa"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains(r#"value="Rahimi""#));
        assert!(r.body.contains("call me"));
        assert!(
            count(&r.body, r#"class="error""#) >= 3,
            "first name, birth date, phone"
        );
        assert!(
            r.body.contains(r#"value="prs" checked"#)
                || r.body.contains(r#"checked value="prs""#)
                || r.body.contains("value=\"prs\" checked=\"\""),
            "checkbox kept"
        );
        assert_eq!(client_ids_of(&store, WEBER).await.len(), before);

        let r = g
            .post(
                "/cases/new",
                &[
                    ("first_name", "Parwana"),
                    ("last_name", "Rahimi"),
                    ("birth_date", "1997-05-03"),
                    ("preferred_lang", "fa"),
                    ("languages", "prs"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let location = r.location.unwrap();
        let page = g.get(&location).await;
        assert_eq!(page.status, StatusCode::OK);
        let code = page.body.split("data-testid=\"activation-code\"").nth(1).unwrap();
        let code = code
            .split('>')
            .nth(1)
            .unwrap()
            .split('<')
            .next()
            .unwrap()
            .to_string();
        assert_eq!(code.len(), 12, "code shown once: {code}");
        assert!(page.body.contains("<svg"), "QR code");
        // Shown once only.
        assert!(!g.get(&location).await.body.contains(&code));

        let mut cl = Client::new(app.clone());
        let r = cl
            .post(
                "/activate",
                &[("code", &code), ("pin", "12345"), ("pin_repeat", "12345")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "PIN too short");
        assert!(r.body.contains(&code), "code kept");
        let r = cl
            .post(
                "/activate",
                &[("code", &code), ("pin", "482915"), ("pin_repeat", "482916")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "mismatch");
        let r = cl
            .post(
                "/activate",
                &[
                    ("code", "AAAA-BBBB-CC"),
                    ("pin", "482915"),
                    ("pin_repeat", "482915"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "wrong code");
        let r = cl
            .post(
                "/activate",
                &[
                    ("code", &code.to_lowercase()),
                    ("pin", "739164"),
                    ("pin_repeat", "739164"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let home = cl.get("/me").await;
        assert!(home.body.contains(r#"lang="fa""#) && home.body.contains(r#"dir="rtl""#));
        assert!(home.body.contains("Parwana"));
        // The code is used up.
        let mut other = Client::new(app.clone());
        let r = other
            .post(
                "/activate",
                &[("code", &code), ("pin", "739164"), ("pin_repeat", "739164")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Reissue: a new code works, and the guide sees "activated" afterwards.
        let r = g.post(&format!("{location}/activation"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = g.get(&location).await;
        assert!(page.body.contains("data-testid=\"activation-code\""));
    }
);

both_backends!(seeded
    cross_site_and_oversized_and_malformed_posts_are_refused_kindly,
    |store: Store| async move {
        let mut c = Client::new(common::app(store).await);
        let r = c
            .post_raw("/signin/staff", "email=x%40y.de&password=abc".into(), None)
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = c
            .post_raw(
                "/signin/staff",
                "email=x%40y.de&password=abc".into(),
                Some("https://evil.example"),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(r.body.contains("<html"), "a page, not a bare status");
        let big = format!("email={}&password=x", "a".repeat(200 * 1024));
        let r = c.post_raw("/signin/staff", big, Some(common::ORIGIN)).await;
        assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(
            r.body.contains("zu groß") || r.body.contains("too large"),
            "{}",
            &r.body[..200.min(r.body.len())]
        );
        let r = c
            .post_raw(
                "/signin/staff",
                "email=%ZZ%&password".into(),
                Some(common::ORIGIN),
            )
            .await;
        assert!(
            r.status == StatusCode::BAD_REQUEST || r.status == StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            r.status
        );
        assert!(r.body.contains("<html"));
        let r = c.get("/no/such/page").await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(r.body.contains("<html"));
    }
);

both_backends!(seeded
    sign_out_ends_the_session_on_the_server,
    |store: Store| async move {
        let mut c = Client::new(common::app(store).await);
        sign_in_staff(&mut c, WEBER).await;
        let stolen = c.cookies.clone();
        let r = c.post("/signout", &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            r.headers.get("clear-site-data").unwrap(),
            "\"cache\", \"storage\""
        );
        c.cookies = stolen;
        let r = c.get("/cases").await;
        assert_eq!(r.location.as_deref(), Some("/signin/staff"), "old cookie is dead");
        let r = c.get("/signin/staff").await;
        assert!(r.body.contains("abgemeldet"), "expired-session notice in German");
    }
);

both_backends!(seeded
    language_from_profile_cookie_and_browser,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut anon = Client::new(app.clone());
        assert!(
            anon.get("/signin").await.body.contains(r#"lang="en""#),
            "default for clients is English"
        );
        assert!(
            anon.get("/signin/staff").await.body.contains(r#"lang="de""#),
            "default for staff is German"
        );
        anon.accept_language = Some("fa-IR,fa;q=0.9,en;q=0.5".into());
        assert!(anon.get("/signin").await.body.contains(r#"lang="fa""#));
        let r = anon
            .post("/lang", &[("lang", "ti"), ("return_to", "/signin")])
            .await;
        assert_eq!(r.location.as_deref(), Some("/signin"));
        assert!(
            anon.get("/signin").await.body.contains(r#"lang="ti""#),
            "cookie beats Accept-Language"
        );
        let r = anon
            .post("/lang", &[("lang", "de"), ("return_to", "https://evil.example/")])
            .await;
        assert_eq!(r.location.as_deref(), Some("/"), "no open redirect");
        // Signed in: the profile wins and is saved.
        let mut c = Client::new(app);
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        c.post("/lang", &[("lang", "en"), ("return_to", "/me")]).await;
        c.cookies.retain(|(k, _)| k != "lotse_lang");
        assert!(c.get("/me").await.body.contains(r#"lang="en""#));
        let amal = store.user_by_login_number(CLIENT_NUMBER).await.unwrap().unwrap();
        assert_eq!(amal.lang.as_deref(), Some("en"));
    }
);

both_backends!(
    new_installation_creates_first_admin_once,
    |store: Store| async move {
        use lotse_server::auth::credentials::token_hash;
        store
            .create_setup_token(&token_hash("first-run-token"))
            .await
            .unwrap();
        let mut c = Client::new(common::app(store.clone()).await);
        assert_eq!(c.get("/setup?token=wrong").await.status, StatusCode::NOT_FOUND);
        let r = c.get("/setup?token=first-run-token").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains(r#"lang="de""#));
        let r = c
            .post(
                "/setup",
                &[
                    ("token", "first-run-token"),
                    ("name", "Erika Admin"),
                    ("email", "erika@example.org"),
                    ("password", "short"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("erika@example.org"), "typed values kept");
        assert!(store.is_empty().await.unwrap(), "nothing written");
        let r = c
            .post(
                "/setup",
                &[
                    ("token", "first-run-token"),
                    ("name", "Erika Admin"),
                    ("email", "erika@example.org"),
                    ("password", "a long admin password"),
                ],
            )
            .await;
        // Administrators must use two-step sign-in: the new one sets it up first.
        assert_eq!(r.status, StatusCode::OK, "{:?}", r.location);
        assert!(r.body.contains("action=\"/signin/enroll\""), "{}", r.body);
        assert_ne!(
            c.get("/admin").await.status,
            StatusCode::OK,
            "not signed in before the second step"
        );
        let secret = common::totp_secret_on(&r.body);
        let key = common::input_value(&r.body, "key").unwrap();
        let code = lotse_server::auth::two_factor::code_at(&secret, lotse_server::time::now()).unwrap();
        let r = c
            .post(
                "/signin/enroll",
                &[("key", key.as_str()), ("code", code.as_str())],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(c.get("/admin").await.status, StatusCode::OK);
        let mut other = Client::new(common::app(store.clone()).await);
        let r = other
            .post(
                "/setup",
                &[
                    ("token", "first-run-token"),
                    ("name", "Mallory"),
                    ("email", "m@example.org"),
                    ("password", "another long password"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "the link works once");
        // An admin sees no case data.
        assert_eq!(c.get("/cases").await.location.as_deref(), Some("/admin"));
    }
);

both_backends!(seeded
    form_survives_an_expired_session_for_its_owner_only,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut g = Client::new(app.clone());
        sign_in_staff(&mut g, WEBER).await;
        // The session runs out (idle) while the form is being filled in.
        let token = g
            .cookies
            .iter()
            .find(|(k, _)| k == "lotse_session")
            .map(|(_, v)| v.clone())
            .unwrap();
        let hash = lotse_server::auth::credentials::token_hash(&token);
        let at = lotse_server::time::now();
        store.touch_session(&hash, at, at - 1).await.unwrap();
        let typed = [
            ("first_name", "Samir"),
            ("last_name", "Yousef & Söhne"),
            ("birth_date", "1990-02-03"),
        ];
        let r = g.post("/cases/new", &typed).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        // The sign-in page carries a key to the kept form, not the form.
        assert!(!r.body.contains("Samir"), "the form stays on the server");
        let key = common::input_value(&r.body, "resume").expect("a key to the kept form");
        let pw = lotse_server::seed::STAFF_PASSWORD;

        // Someone else signing in with the key gets nothing (a shared tablet, or a sign-in
        // page crafted elsewhere), and the form stays for its owner.
        let mut keller = Client::new(app.clone());
        let r = keller
            .post(
                "/signin/staff",
                &[("email", KELLER), ("password", pw), ("resume", key.as_str())],
            )
            .await;
        assert_eq!(r.location.as_deref(), Some("/cases"));

        // The owner sees what will be sent, and where, before sending it.
        let r = g
            .post(
                "/signin/staff",
                &[("email", WEBER), ("password", pw), ("resume", key.as_str())],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "resume page");
        assert!(r.body.contains("action=\"/cases/new\""));
        assert!(r.body.contains("<dd>Samir</dd>"), "{}", r.body);
        assert!(r.body.contains("value=\"Yousef &amp; Söhne\""), "{}", r.body);
        // Offered once.
        let mut again = Client::new(app.clone());
        let r = again
            .post(
                "/signin/staff",
                &[("email", WEBER), ("password", pw), ("resume", key.as_str())],
            )
            .await;
        assert_eq!(r.location.as_deref(), Some("/cases"));
        let before = client_ids_of(&store, WEBER).await.len();
        let r = g.post("/cases/new", &typed).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(client_ids_of(&store, WEBER).await.len(), before + 1);

        // A form carried in the sign-in post itself (as it once was) is ignored.
        let mut c = Client::new(app.clone());
        let r = c
            .post(
                "/signin",
                &[
                    ("number", CLIENT_NUMBER),
                    ("pin", CLIENT_PIN),
                    ("resume_path", "/me/deadlines"),
                    ("resume_data", "title=x"),
                ],
            )
            .await;
        assert_eq!(r.location.as_deref(), Some("/me"));

        // Without a session there is nobody to keep the form for: the page says so.
        let mut stranger = Client::new(app);
        let r = stranger.post("/cases/new", &typed).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        assert!(common::input_value(&r.body, "resume").is_none());
    }
);

both_backends!(old_setup_links_stop_working, |store: Store| async move {
    use lotse_server::auth::credentials::token_hash;
    // Two starts on an empty database printed two links: only the latest works.
    store
        .create_setup_token(&token_hash("first-start"))
        .await
        .unwrap();
    store
        .create_setup_token(&token_hash("second-start"))
        .await
        .unwrap();
    let mut c = Client::new(common::app(store.clone()).await);
    assert_eq!(
        c.get("/setup?token=first-start").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(c.get("/setup?token=second-start").await.status, StatusCode::OK);
    // Once anyone has an account (here: the demo), no set-up link works any more.
    store
        .create_setup_token(&token_hash("third-start"))
        .await
        .unwrap();
    seeded(&store).await;
    assert_eq!(
        c.get("/setup?token=third-start").await.status,
        StatusCode::NOT_FOUND
    );
    let r = c
        .post(
            "/setup",
            &[
                ("token", "third-start"),
                ("name", "Mallory"),
                ("email", "mallory@example.org"),
                ("password", "a long admin password"),
            ],
        )
        .await;
    assert_ne!(r.location.as_deref(), Some("/admin"));
    assert!(store
        .user_by_email("mallory@example.org")
        .await
        .unwrap()
        .is_none());
});

both_backends!(seeded
    security_headers_and_host_cookies_behind_https,
    |store: Store| async move {
        // Plain http (a test machine): no HSTS, cookies without the prefix.
        let mut plain = Client::new(common::app(store.clone()).await);
        let r = plain.get("/signin").await;
        assert!(r.headers.get("strict-transport-security").is_none());
        assert_eq!(
            r.headers.get("cross-origin-opener-policy").unwrap(),
            "same-origin"
        );
        // Behind https: HSTS on every response, `__Host-` cookies that are Secure.
        let app = common::app_with(store.clone(), |s| {
            s.public_url = "https://lotse.talheim.example".into()
        })
        .await;
        let mut c = Client::new(app);
        for path in ["/signin", "/offices", "/no-such-page"] {
            let r = c.get(path).await;
            assert!(
                r.headers
                    .get("strict-transport-security")
                    .is_some_and(|v| v.to_str().unwrap().contains("max-age=31536000")),
                "{path}"
            );
            assert_eq!(
                r.headers.get("cross-origin-opener-policy").unwrap(),
                "same-origin"
            );
        }
        let r = c
            .post(
                "/signin/staff",
                &[("email", WEBER), ("password", lotse_server::seed::STAFF_PASSWORD)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let cookie = r.headers.get("set-cookie").unwrap().to_str().unwrap();
        assert!(cookie.starts_with("__Host-lotse_session="), "{cookie}");
        assert!(cookie.contains("Secure") && cookie.contains("Path=/"), "{cookie}");
        assert!(!cookie.contains("Domain"), "{cookie}");
        // A session starts: the HTTP cache of the previous person goes (the service
        // worker empties its own kept pages and outbox before the post leaves).
        assert_eq!(r.headers.get("clear-site-data").unwrap(), "\"cache\"");
        assert_eq!(c.get("/cases").await.status, StatusCode::OK, "the session works");
        let r = c.post("/signout", &[]).await;
        assert_eq!(
            r.headers.get("clear-site-data").unwrap(),
            "\"cache\", \"storage\""
        );
    }
);

// Pages go out brotli-compressed in one piece (`web::compress`), for whoever accepts it;
// a browser without brotli gets gzip from the general layer, and one that refuses both
// the page as it is. Each says `Vary: Accept-Encoding`, and each unpacks to the page.
both_backends!(seeded
    pages_are_compressed_for_what_the_browser_takes,
    |store: Store| async move {
        use axum::body::Body;
        use axum::http::{header, Request};
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let mut c = Client::new(common::app(store).await);
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
        let cookie = c.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
        let fetch = |encoding: &'static str| {
            let app = c.app.clone();
            let cookie = cookie.clone();
            async move {
                let req = Request::get("/me")
                    .header(header::COOKIE, cookie)
                    .header(header::ACCEPT_ENCODING, encoding)
                    .body(Body::empty())
                    .unwrap();
                let res = app.oneshot(req).await.unwrap();
                assert_eq!(res.status(), StatusCode::OK);
                let h = res.headers().clone();
                let bytes = res.into_body().collect().await.unwrap().to_bytes().to_vec();
                let vary = h.get_all(header::VARY).iter().map(|v| v.to_str().unwrap().to_lowercase()).collect::<Vec<_>>();
                assert!(vary.iter().any(|v| v.contains("accept-encoding")), "{encoding}: vary {vary:?}");
                (h.get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap().to_string()), bytes)
            }
        };
        let whole = |page: &[u8]| {
            let page = String::from_utf8(page.to_vec()).unwrap();
            assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
            assert!(page.contains(r#"lang="ar""#) && page.contains("Amal"));
            page.len()
        };

        let (encoding, packed) = fetch("gzip, deflate, br, zstd").await;
        assert_eq!(encoding.as_deref(), Some("br"));
        // Compressed at once with a window fitted to pages: a brotli stream whose first
        // bit is 0 declares a 64 KiB window (RFC 7932, 9.1); the streaming encoder's
        // 4 MiB window costs a third more CPU per page for the same bytes.
        assert_eq!(packed[0] & 1, 0, "a 64 KiB window");
        let mut page = Vec::new();
        brotli::BrotliDecompress(&mut &packed[..], &mut page).unwrap();
        let size = whole(&page);
        assert!(packed.len() * 2 < size, "{} of {size} bytes", packed.len());

        let (encoding, packed) = fetch("gzip").await;
        assert_eq!(encoding.as_deref(), Some("gzip"));
        let mut page = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&packed[..]), &mut page).unwrap();
        whole(&page);

        let (encoding, page) = fetch("br;q=0, identity").await;
        assert_eq!(encoding, None);
        whole(&page);
    }
);
