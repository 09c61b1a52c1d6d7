//! The client's self-service through the real router, on both databases: deadlines
//! (their own and the guide's, the residence permit's end from the intake, in the feed),
//! "ask my guide" with a checked photo and the guide's answer, and "my data" with the
//! download, consents and who opened the file. Each client reaches only their own.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{
    client_named, input_value, sign_in_client, sign_in_staff, Client, DEMIR, KELLER, TINY_PNG, VOLUNTEER,
    WEBER,
};
use lotse_app::casework::{AppointmentStatus, StepStatus};
use lotse_app::domain::ClientId;
use lotse_server::db::consents::NewConsent;
use lotse_server::db::deadlines::NewDeadline;
use lotse_server::db::requests::NewRequest;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

fn in_days(days: i64) -> String {
    common::day(days)
}

async fn amal(store: &Store) -> (ClientId, Client) {
    let id = ClientId(client_named(store, "Haddad").await);
    let mut c = Client::new(common::app(store.clone()).await);
    assert_eq!(
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await.status,
        StatusCode::SEE_OTHER
    );
    (id, c)
}

/// A second client with their own sign-in, created and activated through the pages.
async fn another_client(store: &Store) -> (ClientId, Client) {
    let app = common::app(store.clone()).await;
    let mut g = Client::new(app.clone());
    sign_in_staff(&mut g, WEBER).await;
    let r = g
        .post(
            "/cases/new",
            &[
                ("first_name", "Tesfay"),
                ("last_name", "Gebremedhin"),
                ("preferred_lang", "ti"),
                ("languages", "ti"),
            ],
        )
        .await;
    let location = r.location.unwrap();
    let page = g.get(&location).await.body;
    let code = page.split("data-testid=\"activation-code\"").nth(1).unwrap();
    let code = code
        .split('>')
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap()
        .to_string();
    let mut c = Client::new(app);
    let r = c
        .post(
            "/activate",
            &[("code", &code), ("pin", "739164"), ("pin_repeat", "739164")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let id = location.trim_start_matches("/cases/").parse().unwrap();
    (ClientId(id), c)
}

both_backends!(seeded
    deadlines_reach_the_client_and_their_calendar,
    |store: Store| async move {
        let (id, mut c) = amal(&store).await;

        // The residence permit's end comes from the intake.
        let before = store
            .case(&common::own_guide(&store, id).await)
            .deadlines()
            .await
            .unwrap()
            .len();
        let (mut residence, version) = store
            .case(&common::own_guide(&store, id).await)
            .intake()
            .await
            .unwrap()
            .into_iter()
            .find(|s| s.section == "residence")
            .map(|s| (s.values(), s.version))
            .unwrap_or_default();
        residence.insert("document_expires_on".to_string(), in_days(60));
        store
            .case(&common::own_guide(&store, id).await)
            .save_intake_section(
                lotse_app::casework::intake_section("residence").unwrap(),
                &residence,
                version,
            )
            .await
            .unwrap();
        // Read with the deadlines in one statement, also when there are none yet.
        let (rows, expiry) = store
            .case(&common::own_guide(&store, id).await)
            .deadlines_and_residence_expiry()
            .await
            .unwrap();
        assert_eq!((rows.len(), expiry), (before, Some(in_days(60))));
        let page = c.get("/me/deadlines").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("lang=\"ar\""));
        assert!(
            page.body.contains("deadline reminding"),
            "60 days is inside the 90-day window"
        );

        // The guide adds a benefit renewal in the case file; it is on the client's home.
        let mut g = Client::new(c.app.clone());
        sign_in_staff(&mut g, KELLER).await;
        let r = g
            .post(
                &format!("/cases/{}/deadlines", id.0),
                &[
                    ("kind", "benefit_renewal"),
                    ("title", "Weiterbewilligungsantrag"),
                    ("due_on", &in_days(10)),
                    ("remind_days", "30"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let home = c.get("/me").await.body;
        assert!(
            home.contains("Weiterbewilligungsantrag"),
            "reminder on the home page"
        );
        // Read together as read apart: the same deadlines in the same order.
        let guide = common::own_guide(&store, id).await;
        let file = store.case(&guide);
        let (together, expiry) = file.deadlines_and_residence_expiry().await.unwrap();
        let apart: Vec<i64> = file.deadlines().await.unwrap().iter().map(|d| d.id).collect();
        assert!(apart.len() > before);
        assert_eq!(together.iter().map(|d| d.id).collect::<Vec<_>>(), apart);
        assert_eq!(expiry, Some(in_days(60)));
        // The next appointment's place (a German name on her Arabic page) in its own
        // isolate, after the date and time.
        assert!(home.contains(" · \u{2068}") && home.contains("\u{2069}</p>"), "{home}");

        // The client adds their own; bad input is answered in Arabic and kept.
        let page = c.get("/me/deadlines").await.body;
        let key = input_value(&page, "client_key").unwrap();
        let r = c
            .post(
                "/me/deadlines",
                &[
                    ("client_key", &key),
                    ("kind", "other"),
                    ("title", ""),
                    ("due_on", "31.02.2027"),
                    ("remind_days", "7"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("31.02.2027"), "what was typed is kept");
        assert!(r.body.contains("role=\"alert\""));
        let form = [
            ("client_key", key.as_str()),
            ("kind", "other"),
            ("title", "رسالة المدرسة"),
            ("due_on", in_days(5).leak() as &str),
            ("remind_days", "7"),
        ];
        assert_eq!(c.post("/me/deadlines", &form).await.status, StatusCode::SEE_OTHER);
        // The same post again (a queued retry): stored once.
        assert_eq!(c.post("/me/deadlines", &form).await.status, StatusCode::SEE_OTHER);
        let stored = store
            .case(&common::own_guide(&store, id).await)
            .deadlines()
            .await
            .unwrap();
        assert_eq!(stored.iter().filter(|d| d.title == "رسالة المدرسة").count(), 1);
        let own = stored.iter().find(|d| d.by_client).unwrap().id;
        let guides = stored.iter().find(|d| !d.by_client).unwrap().id;

        // Tick own off; the guide's cannot be removed by the client.
        let r = c
            .post(&format!("/me/deadlines/{own}/done"), &[("done", "1")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            c.post(&format!("/me/deadlines/{guides}/remove"), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert!(store
            .case(&common::own_guide(&store, id).await)
            .deadlines()
            .await
            .unwrap()
            .iter()
            .any(|d| d.id == guides));

        // Another client cannot see, tick or remove them by guessing ids.
        let (_, mut other) = another_client(&store).await;
        assert!(!other
            .get("/me/deadlines")
            .await
            .body
            .contains("Weiterbewilligungsantrag"));
        for path in [
            format!("/me/deadlines/{guides}/done"),
            format!("/me/deadlines/{own}/remove"),
        ] {
            assert_eq!(
                other.post(&path, &[("done", "1")]).await.status,
                StatusCode::NOT_FOUND,
                "{path}"
            );
        }
        assert_eq!(
            store
                .case(&common::own_guide(&store, id).await)
                .deadlines()
                .await
                .unwrap()
                .len(),
            before + 2
        );

        // In the calendar feed: open deadlines with a reminder ahead and the day before.
        c.post("/me/calendar/new", &[]).await;
        let page = c.get("/me/calendar").await.body;
        let at = page.find("/calendar/").unwrap();
        let path = page[at..at + page[at..].find(".ics").unwrap() + 4].to_string();
        let feed = Client::new(c.app.clone()).get(&path).await.body;
        let cal = ical::IcalParser::new(feed.as_bytes()).next().unwrap().unwrap();
        let summary = |e: &ical::parser::ical::component::IcalEvent| {
            e.properties
                .iter()
                .find(|p| p.name == "SUMMARY")
                .and_then(|p| p.value.clone())
                .unwrap_or_default()
        };
        let renewal = cal
            .events
            .iter()
            .find(|e| summary(e).contains("Weiterbewilligungsantrag"))
            .unwrap();
        assert_eq!(renewal.alarms.len(), 2, "30 days ahead and the day before");
        assert!(cal
            .events
            .iter()
            .any(|e| e.properties.iter().any(|p| p.name == "UID"
                && p.value
                    .as_deref()
                    .unwrap_or("")
                    .starts_with(&format!("residence-{}", in_days(60))))));
        assert!(
            !cal.events.iter().any(|e| summary(e).contains("رسالة المدرسة")),
            "done: not in the feed"
        );

        // Staff: the case file shows them; another team's guide gets 404 and cannot add.
        let case = g.get(&format!("/cases/{}/appointments", id.0)).await.body;
        assert!(case.contains("رسالة المدرسة") && case.contains("Erstgespräch (Aufenthaltsdokument)"));
        let mut demir = Client::new(c.app.clone());
        sign_in_staff(&mut demir, DEMIR).await;
        let r = demir
            .post(
                &format!("/cases/{}/deadlines", id.0),
                &[
                    ("kind", "other"),
                    ("title", "x"),
                    ("due_on", &in_days(3)),
                    ("remind_days", "7"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_eq!(
            demir
                .post(&format!("/cases/{}/deadlines/{guides}/remove", id.0), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            store
                .case(&common::own_guide(&store, id).await)
                .deadlines()
                .await
                .unwrap()
                .len(),
            before + 2
        );
    }
);

both_backends!(seeded
    requests_with_a_photo_and_the_guides_answer,
    |store: Store| async move {
        let (id, mut c) = amal(&store).await;
        let page = c.get("/me/requests").await.body;
        assert!(page.contains("enctype=\"multipart/form-data\""));
        let key = input_value(&page, "client_key").unwrap();

        // Not a picture: refused in Arabic, the text kept.
        let r = c
            .post_multipart(
                "/me/requests",
                &[
                    ("client_key", &key),
                    ("category", "letter"),
                    ("body", "وصلتني رسالة من مركز العمل"),
                ],
                Some(("photo", "image/png", b"%PDF-1.4 not a picture")),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", r.body);
        assert!(r.body.contains("وصلتني رسالة من مركز العمل"), "text kept");
        assert!(r.body.contains("f-photo-error"));
        // Too big: refused without reading it all, the text kept.
        let big = vec![0xFFu8; 5 * 1024 * 1024 + 10];
        let r = c
            .post_multipart(
                "/me/requests",
                &[
                    ("client_key", &key),
                    ("category", "letter"),
                    ("body", "صورة كبيرة"),
                ],
                Some(("photo", "image/jpeg", &big)),
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("صورة كبيرة"));
        assert!(store
            .case(&common::own_guide(&store, id).await)
            .requests()
            .await
            .unwrap()
            .iter()
            .all(|q| q.category != "letter"));

        // A real photo: stored once, even when the post is repeated.
        for _ in 0..2 {
            let r = c
                .post_multipart(
                    "/me/requests",
                    &[
                        ("client_key", &key),
                        ("category", "letter"),
                        ("body", "وصلتني رسالة من مركز العمل"),
                    ],
                    Some(("photo", "image/png", &TINY_PNG)),
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        }
        let mine = store
            .case(&common::own_guide(&store, id).await)
            .requests()
            .await
            .unwrap();
        let letter: Vec<_> = mine.iter().filter(|q| q.category == "letter").collect();
        assert_eq!(letter.len(), 1);
        assert!(letter[0].has_photo);
        let rid = letter[0].id;

        // The guide sees it, opens the photo, answers; other roles cannot.
        let mut g = Client::new(c.app.clone());
        sign_in_staff(&mut g, KELLER).await;
        let tab = g.get(&format!("/cases/{}/requests", id.0)).await;
        assert_eq!(tab.status, StatusCode::OK);
        assert!(tab.body.contains("وصلتني رسالة من مركز العمل"));
        let photo = g.get(&format!("/cases/{}/requests/{rid}/photo", id.0)).await;
        assert_eq!(photo.status, StatusCode::OK);
        assert_eq!(photo.headers["content-type"], "image/png");
        assert!(photo.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store"));
        let r = g
            .post(&format!("/cases/{}/requests/{rid}", id.0), &[("answer", "")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        for email in [DEMIR, VOLUNTEER] {
            let mut other = Client::new(c.app.clone());
            sign_in_staff(&mut other, email).await;
            for path in [
                format!("/cases/{}/requests", id.0),
                format!("/cases/{}/requests/{rid}/photo", id.0),
            ] {
                let s = other.get(&path).await.status;
                assert!(
                    s == StatusCode::NOT_FOUND || s == StatusCode::SEE_OTHER,
                    "{email} {path}: {s}"
                );
            }
            let r = other
                .post(&format!("/cases/{}/requests/{rid}", id.0), &[("answer", "nein")])
                .await;
            assert!(r.status == StatusCode::NOT_FOUND || r.status == StatusCode::SEE_OTHER);
        }
        assert!(store
            .case(&common::own_guide(&store, id).await)
            .requests()
            .await
            .unwrap()
            .iter()
            .all(|q| q.answer.is_none()));
        let r = g
            .post(
                &format!("/cases/{}/requests/{rid}", id.0),
                &[("answer", "Bitte bringen Sie den Brief am Dienstag mit.")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);

        // The client sees "new answer" on the home page, then reads it.
        let home = c.get("/me").await.body;
        assert!(home.contains("data-testid=\"new-answers\""));
        let page = c.get("/me/requests").await.body;
        assert!(page.contains("Bitte bringen Sie den Brief am Dienstag mit.") && page.contains("badge-new"));
        assert!(
            !c.get("/me").await.body.contains("data-testid=\"new-answers\""),
            "seen"
        );

        // Another client: no requests of Amal, and the photo route is staff-only.
        let (_, mut other) = another_client(&store).await;
        assert!(!other.get("/me/requests").await.body.contains("وصلتني"));
        let s = other
            .get(&format!("/cases/{}/requests/{rid}/photo", id.0))
            .await
            .status;
        assert!(s == StatusCode::NOT_FOUND || s == StatusCode::SEE_OTHER, "{s}");

        // Retention: photos of answered requests go after the retention time.
        assert_eq!(
            store
                .purge_request_photos(lotse_server::db::now() - 3600)
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            store
                .purge_request_photos(lotse_server::db::now() + 1)
                .await
                .unwrap(),
            1
        );
        assert!(
            !store
                .case(&common::own_guide(&store, id).await)
                .requests()
                .await
                .unwrap()[0]
                .has_photo
        );
        // A request through the repository, unused key: the plain form path works too.
        assert!(store
            .case(&common::own_record(&store, id).await)
            .add_request(&NewRequest {
                category: "question".into(),
                body: "?".into(),
                client_key: None,
                consent_id: None,
                photo: None
            })
            .await
            .unwrap());
    }
);

both_backends!(seeded
    my_data_shows_everything_and_who_looked,
    |store: Store| async move {
        let (id, mut c) = amal(&store).await;
        let keller = store.user_by_email(KELLER).await.unwrap().unwrap();
        let consent = store
            .case(&common::own_guide(&store, id).await)
            .add_consent(&NewConsent {
                purpose: "release_jobcenter".into(),
                recipient: "Jobcenter Talheim".into(),
                recipient_team: None,
                covers: vec![],
                given_on: in_days(-30),
                form: "paper".into(),
            })
            .await
            .unwrap()
            .unwrap();
        store
            .case(&common::own_guide(&store, id).await)
            .add_deadline(&NewDeadline {
                kind: "registration".into(),
                title: "Anmeldung Kita".into(),
                due_on: in_days(20),
                remind_days: 7,
                by_client: false,
                client_key: None,
            })
            .await
            .unwrap();
        // The guide opens the file: that is what the client will see.
        let mut g = Client::new(c.app.clone());
        sign_in_staff(&mut g, KELLER).await;
        assert_eq!(
            g.get(&format!("/cases/{}/intake", id.0)).await.status,
            StatusCode::OK
        );
        // Another client's file is opened too; it must not appear in Amal's list.
        let (other_id, mut other) = another_client(&store).await;
        let _ = other.get("/me").await;

        let page = c.get("/me/data").await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("lang=\"ar\""));
        assert!(page.body.contains("Amal Haddad"));
        assert!(page.body.contains("Anmeldung Kita"));
        // German text on the Arabic page keeps its own direction, with the date beside it
        // (it used to read "Anmeldung beim Sprachkursträger 2026/11/abgeben · 30").
        assert!(
            page.body.contains("\u{2068}Anmeldung beim Sprachkursträger abgeben\u{2069} · "),
            "{}",
            page.body
        );
        assert!(page.body.contains("Jobcenter Talheim"));
        assert!(page.body.contains(&keller.display_name), "who opened the file");
        assert!(!page.body.contains("Tesfay"), "never another client");
        let print = c.get("/me/data/print").await;
        assert_eq!(print.status, StatusCode::OK);
        assert!(
            !print.body.contains("/me/data/consents/"),
            "no buttons on the printable page"
        );

        let json = c.get("/me/data.json").await;
        assert_eq!(json.status, StatusCode::OK);
        assert!(json.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment"));
        assert!(json.headers["cache-control"]
            .to_str()
            .unwrap()
            .contains("no-store"));
        let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(v["person"]["last_name"], "Haddad");
        assert!(v["plan"].as_array().unwrap().len() >= 2);
        assert!(v["deadlines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["title"] == "Anmeldung Kita"));
        let access = v["file_opened_or_changed_by_staff"].as_array().unwrap();
        assert!(access
            .iter()
            .any(|e| e["name"] == keller.display_name.as_str() && e["role"] == "guide"));
        assert!(access.iter().all(|e| e["role"] != "client"));
        // Notes not shared with the client are not in it (the guide's working notes).
        let unshared = store
            .case(&common::own_guide(&store, id).await)
            .notes()
            .await
            .unwrap()
            .into_iter()
            .filter(|n| !n.shared_with_client)
            .collect::<Vec<_>>();
        for n in unshared {
            assert!(!json.body.contains(&n.body));
        }

        // Withdraw: a request to the data-protection officer (see `privacy`); only once
        // while open; not others'.
        let r = c.post(&format!("/me/data/consents/{consent}/revoke"), &[]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        c.post(&format!("/me/data/consents/{consent}/revoke"), &[]).await;
        let asks = store
            .case(&common::own_record(&store, id).await)
            .privacy_requests()
            .await
            .unwrap()
            .into_iter()
            .filter(|q| q.consent_id == Some(consent))
            .count();
        assert_eq!(asks, 1);
        assert!(c.get("/me/data/rights").await.body.contains("Jobcenter Talheim"));
        assert_eq!(
            other
                .post(&format!("/me/data/consents/{consent}/revoke"), &[])
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let theirs = other.get("/me/data").await.body;
        assert!(!theirs.contains("Haddad") && theirs.contains("Tesfay"));
        let _ = other_id;

        // Signed out or staff: no "my data".
        let mut anon = Client::new(c.app.clone());
        assert_eq!(anon.get("/me/data.json").await.status, StatusCode::SEE_OTHER);
        assert_ne!(g.get("/me/data.json").await.status, StatusCode::OK);
    }
);

both_backends!(seeded ten_photos_a_day_then_a_kind_no, |store: Store| async move {
    let (_, mut c) = amal(&store).await;
    let limit = lotse_server::db::requests::PHOTOS_PER_DAY;
    for i in 0..=limit {
        let key = format!("photo-{i}");
        let r = c
            .post_multipart(
                "/me/requests",
                &[("client_key", &key), ("category", "letter"), ("body", "رسالة")],
                Some(("photo", "image/png", &TINY_PNG)),
            )
            .await;
        if i < limit {
            assert_eq!(r.status, StatusCode::SEE_OTHER, "photo {i}");
        } else {
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "photo {i}");
            assert!(r.body.contains("لقد أرسلت صورًا كثيرة اليوم"), "in Arabic");
            assert!(r.body.contains("رسالة"), "the text is kept");
        }
    }
    // A question without a photo still goes through.
    let r = c
        .post_multipart(
            "/me/requests",
            &[
                ("client_key", "no-photo"),
                ("category", "question"),
                ("body", "سؤال"),
            ],
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

// The home page's notices in one statement (`CaseFile::home_notices`) say what the three
// reads said before (the renewal of the access, today's deputy of the guide, unseen
// answers), on a data set with the edge cases: a renewal just inside and just outside
// the window, overlapping arrangements (the latest wins), an ended one, a disabled
// deputy, a day before any, no guide; answers seen, unseen and requests not answered.
both_backends!(seeded_url home_notices_are_what_the_three_reads_said, |store: Store, url: String| async move {
    use lotse_app::domain::UserId;
    let client = ClientId(common::client_named(&store, "Haddad").await);
    let access = common::own_record(&store, client).await;
    let guide = UserId(common::query_i64(&url, &format!("SELECT guide_id FROM assignments WHERE client_id = {} AND ended_at IS NULL", client.0)).await);
    let others = common::query_strings(
        &url,
        &format!("SELECT CAST(id AS TEXT) FROM users WHERE role = 'guide' AND id <> {} ORDER BY id LIMIT 2", guide.0),
    )
    .await;
    let (u1, u2) = (others[0].clone(), others[1].clone());
    let guide_access = common::own_guide(&store, client).await;
    let check = |label: &'static str| {
        let store = store.clone();
        let access = access.clone();
        let guide_access = guide_access.clone();
        async move {
            for since in [1_700_000_000_i64, 1_750_000_000, 1_760_000_001, 1_800_000_000] {
                for guide in [Some(guide), None] {
                    for today in ["2025-01-01", "2026-06-15", "2026-07-01", "2026-12-31"] {
                        let now = since + 86_400;
                        let got = store.case(&access).home_notices(since, guide, today, now).await.unwrap();
                        let renewal = store.access_renewal(client, since).await.unwrap();
                        let deputy = match guide {
                            Some(g) => store.deputy_today(g, today).await.unwrap(),
                            None => None,
                        };
                        let answers = store.case(&access).new_answers().await.unwrap();
                        let at = format!("{label}: since {since}, guide {guide:?}, {today}");
                        assert_eq!(got.access_renewed(), renewal, "{at}");
                        assert_eq!(got.deputy(), deputy, "{at}");
                        assert_eq!(got.new_answers, answers, "{at}");
                        // The plan and the dates as the page derived them from the
                        // whole plan and every appointment.
                        let file = store.case(&access);
                        let steps = file.steps().await.unwrap();
                        let next_step = steps
                            .iter()
                            .filter(|s| s.status == StepStatus::Open && s.actor == "client")
                            .min_by(|a, b| (a.due_on.is_none(), &a.due_on).cmp(&(b.due_on.is_none(), &b.due_on)))
                            .map(|s| s.text.clone());
                        let appointments = file.appointments().await.unwrap();
                        let next_appointment = appointments
                            .iter()
                            .filter(|a| a.status == AppointmentStatus::Planned && a.starts_at >= now)
                            .min_by_key(|a| a.starts_at)
                            .map(|a| (a.starts_at, a.place_name.clone()));
                        let has_plan = !steps.is_empty() || !file.client_goals().await.unwrap().is_empty();
                        assert_eq!(got.next_step, next_step, "{at}");
                        assert_eq!(got.next_appointment(), next_appointment, "{at}");
                        assert_eq!(got.has_plan, has_plan, "{at}");
                        assert_eq!(got.has_appointments, !appointments.is_empty(), "{at}");
                        // Staff read none of it here.
                        let staff = store.case(&guide_access).home_notices(since, guide, today, now).await.unwrap();
                        assert_eq!((staff.next_step.clone(), staff.has_plan, staff.next_appointment(), staff.has_appointments), (None, false, None, false));
                    }
                }
            }
        }
    };
    check("as seeded").await;
    common::exec_sql(
        &url,
        &format!(
            "UPDATE clients SET access_renewed_at = 1760000000, access_renewed_by = {u1} WHERE id = {};\
             INSERT INTO deputies (guide_id, deputy_id, starts_on, ends_on, created_by, created_at) \
             VALUES ({g}, {u1}, '2026-01-01', '2026-12-31', {g}, 1), ({g}, {u2}, '2026-06-01', '2026-06-30', {g}, 2);\
             INSERT INTO client_requests (client_id, category, body, status, created_at, answered_at, answer_seen_at) \
             VALUES ({c}, 'other', 'a', 'answered', 1, 2, NULL), ({c}, 'other', 'b', 'answered', 1, 2, 3), \
             ({c}, 'other', 'c', 'open', 1, NULL, NULL);",
            client.0,
            g = guide.0,
            c = client.0
        ),
    )
    .await;
    check("renewed, two arrangements, answers").await;
    // Steps: undated and dated, two due the same day (the lower id first), done, the
    // guide's, of a dropped goal, of the special category, of a goal before the window;
    // appointments: past, two at the same instant, cancelled, before the window.
    let c = client.0;
    let g = guide.0;
    common::exec_sql(
        &url,
        &format!(
            "INSERT INTO goals (id, client_id, field, title, created_at, created_by) VALUES \
               (9101, {c}, 'work', 'Arbeit', 1760000000, {g}), (9102, {c}, 'health', 'Gesundheit', 1760000000, {g}), \
               (9103, {c}, 'work', 'Alt', 1700000000, {g}); \
             INSERT INTO goals (id, client_id, field, title, status, created_at, created_by) VALUES \
               (9104, {c}, 'work', 'Fallen gelassen', 'dropped', 1760000000, {g}); \
             INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, status, created_at) VALUES \
               (9101, {c}, 'Ohne Datum', 'client', NULL, 'open', 1), (9101, {c}, 'Zweiter am 3.', 'client', '2026-03-03', 'open', 1), \
               (9101, {c}, 'Erledigt', 'client', '2026-01-01', 'done', 1), (9101, {c}, 'Vom Guide', 'guide', '2026-01-02', 'open', 1), \
               (9104, {c}, 'Gestrichen', 'client', '2026-02-02', 'open', 1), (9102, {c}, 'Arzt', 'client', '2026-02-20', 'open', 1), \
               (9103, {c}, 'Vor dem Fenster', 'client', '2025-01-01', 'open', 1), (9101, {c}, 'Dritter am 3.', 'client', '2026-03-03', 'open', 1); \
             INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, status, created_at) VALUES \
               ({c}, {g}, 1750000000, 60, 'office', 'Vorbei', 'planned', 1760000000), \
               ({c}, {g}, 1760090000, 60, 'office', 'Zuerst angelegt', 'planned', 1760000000), \
               ({c}, {g}, 1760090000, 60, 'office', 'Danach angelegt', 'planned', 1760000000), \
               ({c}, {g}, 1760086400, 60, 'office', 'Abgesagt', 'cancelled', 1760000000), \
               ({c}, {g}, 1760086500, 60, 'office', 'Vor dem Fenster', 'planned', 1700000000);"
        ),
    )
    .await;
    check("steps and appointments").await;
    common::exec_sql(
        &url,
        &format!("UPDATE deputies SET ended_at = 5 WHERE deputy_id = {u2} AND guide_id = {}", guide.0),
    )
    .await;
    check("the later arrangement ended").await;
    common::exec_sql(&url, &format!("UPDATE users SET disabled_at = 5 WHERE id = {u1}")).await;
    check("the deputy disabled").await;
});
