//! The client's appointments and calendar through the real router, on both databases:
//! only their own appointments, confirming and asking to move, a single-event download
//! and a subscription feed that a standard iCalendar parser reads (with the reminders a
//! day and two hours ahead), behind a secret link that can be revoked.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{client_ids_of, client_named, sign_in_client, Client, WEBER};
use lotse_app::domain::ClientId;
use lotse_server::db::appointments::NewAppointment;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

fn appointment(starts_at: i64) -> NewAppointment {
    NewAppointment {
        starts_at,
        duration_minutes: 60,
        with_kind: "office".into(),
        place_name: "Ausländerbehörde Talheim".into(),
        address: Some("Marktplatz 1, 71234 Talheim".into()),
        room: Some("2.14".into()),
        contact_person: Some("Frau Bauer".into()),
        contact_phone: Some("07131 994-210".into()),
        bring: "Pass\nFoto".into(),
        interpreter_lang: Some("ar".into()),
        health: false,
    }
}

/// Parses an iCalendar text with the `ical` crate; returns (summary, alarm count) per event.
fn events(text: &str) -> Vec<(String, usize)> {
    let mut out = vec![];
    for cal in ical::IcalParser::new(std::io::BufReader::new(text.as_bytes())) {
        let cal = cal.expect("valid iCalendar");
        for e in cal.events {
            let summary = e
                .properties
                .iter()
                .find(|p| p.name == "SUMMARY")
                .and_then(|p| p.value.clone())
                .unwrap_or_default();
            out.push((summary, e.alarms.len()));
        }
    }
    out
}

both_backends!(seeded
    client_sees_confirms_and_moves_own_appointments,
    |store: Store| async move {
        let amal = ClientId(client_named(&store, "Haddad").await);
        let tomorrow = lotse_server::db::now() + 86_400;
        let mine = store
            .case(&common::own_guide(&store, amal).await)
            .create_appointment(&appointment(tomorrow), None)
            .await
            .unwrap()
            .unwrap();
        let other = ClientId(client_ids_of(&store, WEBER).await[0]);
        let theirs = store
            .case(&common::own_guide(&store, other).await)
            .create_appointment(&appointment(tomorrow), None)
            .await
            .unwrap()
            .unwrap();

        let mut c = Client::new(common::app(store.clone()).await);
        assert_eq!(
            sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await.status,
            StatusCode::SEE_OTHER
        );
        let r = c.get("/me/appointments").await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Ausländerbehörde Talheim"));
        assert!(r.body.contains("geo:0,0?q="), "map link");
        assert!(c.get("/me").await.body.contains("href=\"/me/appointments\""));

        assert_eq!(
            c.post(&format!("/me/appointments/{mine}/confirm"), &[])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let a = store
            .case(&common::own_guide(&store, amal).await)
            .appointment(mine)
            .await
            .unwrap()
            .unwrap();
        assert!(a.client_confirmed_at.is_some());
        // Moving needs a reason; asked twice, one request.
        let r = c
            .post(&format!("/me/appointments/{mine}/move"), &[("reason", " ")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(store
            .case(&common::own_record(&store, amal).await)
            .move_requests_open()
            .await
            .unwrap()
            .is_empty());
        for _ in 0..2 {
            let r = c
                .post(
                    &format!("/me/appointments/{mine}/move"),
                    &[("reason", "Ich habe an dem Tag Kurs")],
                )
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
        }
        assert_eq!(
            store
                .case(&common::own_record(&store, amal).await)
                .move_requests_open()
                .await
                .unwrap(),
            vec![mine]
        );

        // Someone else's appointment: not found, untouched.
        for path in [
            format!("/me/appointments/{theirs}/confirm"),
            format!("/me/appointments/{theirs}/move"),
        ] {
            let r = c.post(&path, &[("reason", "x")]).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        }
        assert_eq!(
            c.get(&format!("/me/appointments/{theirs}/event.ics"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert!(store
            .case(&common::own_guide(&store, other).await)
            .appointment(theirs)
            .await
            .unwrap()
            .unwrap()
            .client_confirmed_at
            .is_none());
        assert!(store
            .case(&common::own_record(&store, other).await)
            .move_requests_open()
            .await
            .unwrap()
            .is_empty());

        // One appointment as a calendar file: a real parser reads it, with two reminders.
        let r = c.get(&format!("/me/appointments/{mine}/event.ics")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r
            .headers
            .get("content-type")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/calendar"));
        let evs = events(&r.body);
        assert_eq!(evs.len(), 1);
        assert!(evs[0].0.contains("Ausländerbehörde Talheim"));
        assert!(
            evs[0].0.chars().any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch)),
            "title in Arabic: {}",
            evs[0].0
        );
        assert_eq!(evs[0].1, 2, "a day and two hours ahead");
        let day = r.body.contains("TRIGGER:-P1D") || r.body.contains("TRIGGER:-PT86400S");
        let two_hours = r.body.contains("TRIGGER:-PT2H") || r.body.contains("TRIGGER:-PT7200S");
        assert!(day && two_hours, "{}", r.body);
    }
);

both_backends!(seeded calendar_feed_is_secret_and_revocable, |store: Store| async move {
    let amal = ClientId(client_named(&store, "Haddad").await);
    let soon = lotse_server::db::now() + 3 * 86_400;
    store
        .case(&common::own_guide(&store, amal).await)
        .create_appointment(&appointment(soon), None)
        .await
        .unwrap()
        .unwrap();
    let app = common::app(store.clone()).await;
    let mut c = Client::new(app.clone());
    assert_eq!(
        sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(c
        .get("/me/calendar")
        .await
        .body
        .contains("action=\"/me/calendar/new\""));
    assert_eq!(
        c.post("/me/calendar/new", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    let page = c.get("/me/calendar").await.body;
    assert!(page.contains("webcal://"), "add-to-calendar link");
    assert!(page.contains("<svg"), "QR code");
    let at = page.find("/calendar/").unwrap();
    let path = page[at..at + page[at..].find(".ics").unwrap() + 4].to_string();
    // Shown once: the next visit does not show it again.
    assert!(!c.get("/me/calendar").await.body.contains(&path));

    // A calendar app fetches it without a session.
    let mut app_fetch = Client::new(app.clone());
    let r = app_fetch.get(&path).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.headers.get("cache-control").unwrap(), "private, no-store");
    let evs = events(&r.body);
    assert!(
        evs.iter()
            .any(|(s, alarms)| s.contains("Ausländerbehörde") && *alarms == 2),
        "{evs:?}"
    );
    assert!(
        evs.iter()
            .any(|(s, _)| s.contains("Anmeldung beim Sprachkursträger")),
        "the client's deadlines"
    );
    // Titles made from placeables carry no isolation marks (calendar apps show them as
    // boxes): the page's FSI/PDI stay on the page.
    assert!(
        !r.body.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
        "{}",
        r.body
    );
    // Every fetch reads the record without a session: the first of each day is logged.
    assert_eq!(app_fetch.get(&path).await.status, StatusCode::OK);
    let feed_reads = store
        .access_log_for_client(amal, 100)
        .await
        .unwrap()
        .into_iter()
        .filter(|e| e.detail == "calendar-feed")
        .count();
    assert_eq!(feed_reads, 1, "logged once a day");
    // Guessed links: not found.
    assert_eq!(
        app_fetch.get("/calendar/abc.ics").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app_fetch
            .get(&path.replace("/calendar/", "/calendar/x"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    // A new link revokes the old one; revoking leaves none.
    assert_eq!(
        c.post("/me/calendar/new", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        app_fetch.get(&path).await.status,
        StatusCode::NOT_FOUND,
        "old link revoked"
    );
    let page = c.get("/me/calendar").await.body;
    let _ = page;
    assert_eq!(
        c.post("/me/calendar/revoke", &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(!store.has_calendar_token(amal).await.unwrap());
});
