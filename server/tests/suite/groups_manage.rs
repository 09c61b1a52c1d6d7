//! The coordinator's side of group offers and the volunteers' own pages, over HTTP on
//! both databases: planning an offer (form, conflicts, translations, series, single
//! dates), cancelling and moving dates (volunteers are told, calendars follow), late
//! cancellations, the police certificate for work with children, invitations, profiles,
//! hours, document reminders, and that nobody reaches another municipality's groups.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use chrono::{NaiveTime, Weekday};
use common::{input_value, sign_in_client, sign_in_staff, Client, COORDINATOR, VOLUNTEER, WEBER};
use lotse_app::domain::{MunicipalityId, Role, UserId};
use lotse_server::auth::credentials;
use lotse_server::db::groups::{GroupFacts, GroupText};
use lotse_server::db::users::NewUser;
use lotse_server::db::{now, Store};
use lotse_server::groups::schedule::{Repeat, Series};
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN, STAFF_PASSWORD};
use lotse_server::time::today;

const TALHEIM: MunicipalityId = MunicipalityId(1);
const BERGFELD: MunicipalityId = MunicipalityId(2);
const YILMAZ: &str = "a.yilmaz@talheim.example"; // Aylin Yilmaz, volunteer

/// A coordinator of the neighbouring municipality.
async fn bergfeld_coordinator(store: &Store) -> &'static str {
    let email = "k.berg@bergfeld.example";
    store
        .create_user(&NewUser {
            role: Some(Role::Coordinator),
            display_name: "Karin Berg".into(),
            email: Some(email.into()),
            password_hash: Some(credentials::hash_secret(STAFF_PASSWORD).unwrap()),
            municipality_id: Some(BERGFELD),
            ..NewUser::default()
        })
        .await
        .unwrap();
    email
}

async fn user_id(store: &Store, email: &str) -> UserId {
    store.user_by_email(email).await.unwrap().unwrap().user_id()
}

/// An offer with a weekly series on Wednesdays, Peter and Aylin as its volunteers.
async fn sewing_cafe(store: &Store) -> i64 {
    let facts = GroupFacts {
        category: "crafts".into(),
        target_group: "women".into(),
        address: "Gemeindehaus, Kirchstraße 3".into(),
        capacity: 6,
        contact_name: "Peter Braun".into(),
        shift_needs: vec![("lead".into(), 1), ("helper".into(), 2), ("childcare".into(), 1)],
        ..GroupFacts::default()
    };
    let text = GroupText {
        title: "Nähcafé".into(),
        description: "Nähen, reden, Tee trinken.".into(),
    };
    let id = store
        .create_group(TALHEIM, &facts, &text, true, None)
        .await
        .unwrap();
    let series = Series {
        repeat: Repeat::Weekly,
        weekday: Weekday::Wed,
        start: NaiveTime::from_hms_opt(18, 0, 0).unwrap(),
        minutes: 120,
        first: today() + chrono::Duration::days(3),
        last: None,
    };
    store.add_series(id, &series).await.unwrap();
    for email in [VOLUNTEER, YILMAZ] {
        store
            .add_group_volunteer(id, user_id(store, email).await)
            .await
            .unwrap();
    }
    id
}

fn notices_of(rows: &[lotse_server::db::groups::NoticeRow], kind: &str) -> usize {
    rows.iter().filter(|n| n.kind == kind).count()
}

both_backends!(seeded coordinator_plans_an_offer_over_http, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let mut hoffmann = Client::new(app.clone());
    sign_in_staff(&mut hoffmann, COORDINATOR).await;

    // The overview: gaps of the coming weeks (the demo leaves some open).
    let overview = hoffmann.get("/groups/manage").await;
    assert_eq!(overview.status, StatusCode::OK);
    assert!(overview.body.contains("lang=\"de\""));
    assert!(overview.body.contains("data-testid=\"gap\""), "the demo has gaps");
    assert!(
        overview.body.contains("data-testid=\"group-row-"),
        "translation states"
    );

    // A form with rubbish comes back with what was typed and the problems named.
    let bad = hoffmann
        .post(
            "/groups/manage/new",
            &[
                ("title", ""),
                ("category", "circus"),
                ("target_group", "women"),
                ("address", "Gemeindehaus"),
                ("capacity", "acht"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(input_value(&bad.body, "address").as_deref(), Some("Gemeindehaus"));
    assert_eq!(input_value(&bad.body, "capacity").as_deref(), Some("acht"));
    assert!(bad.body.contains("role=\"alert\""));

    let form = [
        ("title", "Nähcafé für Frauen"),
        ("description", "Wir nähen zusammen."),
        ("category", "crafts"),
        ("target_group", "women"),
        ("address", "Gemeindehaus, Kirchstraße 3"),
        ("capacity", "8"),
        ("need_lead", "1"),
        ("need_childcare", "1"),
        ("childcare", "on"),
        ("published", "on"),
    ];
    let created = hoffmann.post("/groups/manage/new", &form).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let plan_href = created.location.unwrap();
    let id: i64 = plan_href
        .trim_start_matches("/groups/manage/")
        .trim_end_matches("/plan")
        .parse()
        .unwrap();
    let g = store.group(TALHEIM, id).await.unwrap().unwrap();
    assert_eq!(g.group.capacity, 8);
    assert!(g.group.childcare);
    assert_eq!(
        g.shift_needs,
        vec![("childcare".to_string(), 1), ("lead".to_string(), 1)]
    );

    // Two people edit at once: the second save is refused and keeps what was typed.
    let edit = hoffmann.get(&format!("/groups/manage/{id}")).await;
    let version = input_value(&edit.body, "version").unwrap();
    let mut first = form.to_vec();
    first.push(("version", &version));
    first[5] = ("capacity", "10");
    assert_eq!(
        hoffmann
            .post(&format!("/groups/manage/{id}"), &first)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let mut second = form.to_vec();
    second.push(("version", &version));
    second[0] = ("title", "Nähtreff");
    let stale = hoffmann.post(&format!("/groups/manage/{id}"), &second).await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert_eq!(input_value(&stale.body, "title").as_deref(), Some("Nähtreff"));
    assert!(stale.body.contains("data-testid=\"their-version\""));
    assert_eq!(
        store.group(TALHEIM, id).await.unwrap().unwrap().group.capacity,
        10
    );

    // A weekly series: a year of Thursdays. A bad one is refused with the fields kept.
    let first_day = (today() + chrono::Duration::days(1)).to_string();
    let refused = hoffmann
        .post(
            &format!("/groups/manage/{id}/series"),
            &[
                ("repeat", "weekly"),
                ("nth", "1"),
                ("weekday", "3"),
                ("time", "25:00"),
                ("minutes", "0"),
                ("first", &first_day),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains(&first_day), "the typed date stays");
    let added = hoffmann
        .post(
            &format!("/groups/manage/{id}/series"),
            &[
                ("repeat", "weekly"),
                ("nth", "1"),
                ("weekday", "3"),
                ("time", "18:00"),
                ("minutes", "120"),
                ("first", &first_day),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let sessions = store.sessions(id, 0, 100).await.unwrap();
    assert!((52..=53).contains(&sessions.len()), "{}", sessions.len());
    // A monthly series on the last Friday, and a single date; one in the past is refused.
    let monthly = hoffmann
        .post(
            &format!("/groups/manage/{id}/series"),
            &[
                ("repeat", "monthly"),
                ("nth", "-1"),
                ("weekday", "4"),
                ("time", "10:00"),
                ("minutes", "90"),
                ("first", &first_day),
            ],
        )
        .await;
    assert_eq!(monthly.status, StatusCode::SEE_OTHER);
    let past = hoffmann
        .post(
            &format!("/groups/manage/{id}/sessions"),
            &[("date", "2020-01-01"), ("time", "10:00"), ("minutes", "60")],
        )
        .await;
    assert_eq!(past.status, StatusCode::UNPROCESSABLE_ENTITY);
    let plan = hoffmann.get(&plan_href).await;
    assert_eq!(plan.status, StatusCode::OK);
    assert!(plan.body.contains("Donnerstag"), "the series in words");
    assert!(plan.body.contains("letzten") && plan.body.contains("Freitag"));

    // An Arabic translation reaches Amal.
    let saved = hoffmann
        .post(
            &format!("/groups/manage/{id}/ar"),
            &[
                ("title", "مقهى الخياطة"),
                ("description", "نخيط معًا."),
                ("version", "0"),
                ("published", "on"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let mut amal = Client::new(app.clone());
    sign_in_client(&mut amal, CLIENT_NUMBER, CLIENT_PIN).await;
    assert!(amal.get("/groups").await.body.contains("مقهى الخياطة"));
    // Clients and volunteers do not plan; a guide neither.
    assert_ne!(amal.get("/groups/manage").await.status, StatusCode::OK);
    let mut weber = Client::new(app.clone());
    sign_in_staff(&mut weber, WEBER).await;
    assert_eq!(weber.get("/groups/manage").await.status, StatusCode::FORBIDDEN);
    let mut braun = Client::new(app.clone());
    sign_in_staff(&mut braun, VOLUNTEER).await;
    assert_ne!(
        braun.get(&format!("/groups/manage/{id}/plan")).await.status,
        StatusCode::OK
    );

    // The neighbouring municipality's coordinator finds nothing, whatever the id.
    let berg = bergfeld_coordinator(&store).await;
    let mut karin = Client::new(app.clone());
    sign_in_staff(&mut karin, berg).await;
    assert_eq!(karin.get("/groups/manage").await.status, StatusCode::OK);
    assert!(!karin.get("/groups/manage").await.body.contains("Nähcafé"));
    for path in [
        format!("/groups/manage/{id}"),
        format!("/groups/manage/{id}/plan"),
        format!("/groups/manage/{id}/ar"),
    ] {
        assert_eq!(karin.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let session = sessions[0].id;
    for path in [
        format!("/groups/manage/{id}/sessions/{session}/cancel"),
        format!("/groups/manage/{id}/series"),
        format!("/groups/manage/{id}"),
    ] {
        let r = karin
            .post(&path, &[("reason", "x"), ("version", "1"), ("title", "x")])
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(store.sessions(id, 0, 1).await.unwrap()[0].status, "scheduled");
});

both_backends!(seeded
    dates_change_and_volunteers_hear_of_it,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let group = sewing_cafe(&store).await;
        let tomorrow = store
            .add_session(
                group,
                today() + chrono::Duration::days(1),
                NaiveTime::from_hms_opt(10, 0, 0).unwrap(),
                120,
            )
            .await
            .unwrap()
            .unwrap();
        let sessions = store.sessions(group, now(), 100).await.unwrap();
        let later = sessions.iter().find(|s| s.id != tomorrow).unwrap().id;
        let far = sessions
            .iter()
            .rev()
            .find(|s| s.starts_at > now() + 70 * 86_400)
            .unwrap()
            .id;

        let mut braun = Client::new(app.clone());
        sign_in_staff(&mut braun, VOLUNTEER).await;
        let mut yilmaz = Client::new(app.clone());
        sign_in_staff(&mut yilmaz, YILMAZ).await;
        for (who, session, role) in [(0, tomorrow, "lead"), (1, tomorrow, "helper"), (1, later, "lead")] {
            let client = if who == 0 { &mut braun } else { &mut yilmaz };
            let r = client
                .post(&format!("/volunteer/shifts/{session}/take"), &[("role", role)])
                .await;
            assert_eq!(r.status, StatusCode::SEE_OTHER);
        }
        assert_eq!(store.session_volunteers(tomorrow).await.unwrap().len(), 2);

        // Childcare needs a police certificate valid on the day: Peter's runs out in five
        // weeks, so she may look after children next week but not in ten weeks.
        assert!(
            braun
                .post(
                    &format!("/volunteer/shifts/{later}/take"),
                    &[("role", "childcare")]
                )
                .await
                .status
                == StatusCode::SEE_OTHER
        );
        assert!(braun
            .get("/volunteer/shifts")
            .await
            .body
            .contains("role=\"status\""));
        braun
            .post(&format!("/volunteer/shifts/{far}/take"), &[("role", "childcare")])
            .await;
        let far_signups = store.session_volunteers(far).await.unwrap();
        assert!(far_signups.is_empty(), "no childcare without a valid certificate");
        assert!(store
            .session_volunteers(later)
            .await
            .unwrap()
            .contains(&user_id(&store, VOLUNTEER).await));

        // Peter gives back tomorrow's shift: the coordinator and Aylin hear of it.
        braun
            .post(&format!("/volunteer/shifts/{tomorrow}/cancel"), &[])
            .await;
        let coordinator = user_id(&store, COORDINATOR).await;
        let aylin = user_id(&store, YILMAZ).await;
        assert_eq!(
            notices_of(
                &store.unread_notices(coordinator).await.unwrap(),
                "late-cancellation"
            ),
            1
        );
        assert_eq!(
            notices_of(
                &store.unread_notices(aylin).await.unwrap(),
                "late-cancellation-volunteer"
            ),
            1
        );
        assert!(store
            .unread_notices(user_id(&store, VOLUNTEER).await)
            .await
            .unwrap()
            .is_empty());
        let home = yilmaz.get("/volunteer").await;
        assert!(home.body.contains("data-testid=\"notice\""));
        assert!(home.body.contains("Peter Braun"));

        // Amal takes a seat, and both she and Aylin subscribe to their calendars.
        let mut amal = Client::new(app.clone());
        sign_in_client(&mut amal, CLIENT_NUMBER, CLIENT_PIN).await;
        assert_eq!(
            amal.post(&format!("/groups/{group}/join"), &[]).await.status,
            StatusCode::SEE_OTHER
        );
        let feed_of = |page: &str| {
            let start = page.find("http://127.0.0.1:3000/calendar/").unwrap() + "http://127.0.0.1:3000".len();
            page[start..start + page[start..].find(".ics").unwrap() + 4].to_string()
        };
        amal.post("/me/calendar/new", &[]).await;
        let amal_feed = feed_of(&amal.get("/me/calendar").await.body);
        yilmaz.post("/volunteer/calendar/new", &[]).await;
        let aylin_feed = feed_of(&yilmaz.get("/volunteer/calendar").await.body);
        let mut anon = Client::new(app.clone());
        let before = anon.get(&aylin_feed).await;
        assert_eq!(before.status, StatusCode::OK);
        assert!(before.body.contains("Nähcafé"));
        assert!(!before.body.contains("STATUS:CANCELLED"));

        // The coordinator cancels tomorrow (a stale version is refused) and moves the next.
        let mut hoffmann = Client::new(app.clone());
        sign_in_staff(&mut hoffmann, COORDINATOR).await;
        let s = store.session_of_group(group, tomorrow).await.unwrap().unwrap();
        let stale = (s.version - 1).to_string();
        hoffmann
            .post(
                &format!("/groups/manage/{group}/sessions/{tomorrow}/cancel"),
                &[("reason", "Raum belegt"), ("version", &stale)],
            )
            .await;
        assert_eq!(
            store
                .session_of_group(group, tomorrow)
                .await
                .unwrap()
                .unwrap()
                .status,
            "scheduled"
        );
        let version = s.version.to_string();
        let r = hoffmann
            .post(
                &format!("/groups/manage/{group}/sessions/{tomorrow}/cancel"),
                &[("reason", "Raum belegt"), ("version", &version)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            store
                .session_of_group(group, tomorrow)
                .await
                .unwrap()
                .unwrap()
                .status,
            "cancelled"
        );
        assert_eq!(
            notices_of(&store.unread_notices(aylin).await.unwrap(), "session-cancelled"),
            1
        );

        let next = store.session_of_group(group, later).await.unwrap().unwrap();
        let new_day = (today() + chrono::Duration::days(20)).to_string();
        let r = hoffmann
            .post(
                &format!("/groups/manage/{group}/sessions/{later}/move"),
                &[
                    ("date", &new_day),
                    ("time", "17:30"),
                    ("reason", "Feiertag"),
                    ("version", &next.version.to_string()),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let moved = store.session_of_group(group, later).await.unwrap().unwrap();
        assert!(moved.moved);
        assert_ne!(moved.starts_at, next.starts_at);
        assert_eq!(
            notices_of(&store.unread_notices(aylin).await.unwrap(), "session-moved"),
            1
        );

        // The calendars follow: cancelled stays in as CANCELLED, the move has a new SEQUENCE.
        let after = anon.get(&aylin_feed).await.body;
        assert!(after.contains("STATUS:CANCELLED"), "{after}");
        assert!(after.contains(&format!("SEQUENCE:{}", moved.version)));
        let parsed = ical::IcalParser::new(after.as_bytes()).next().unwrap().unwrap();
        let sewing = parsed
            .events
            .iter()
            .filter(|e| {
                e.properties
                    .iter()
                    .any(|p| p.name == "SUMMARY" && p.value.as_deref().unwrap_or("").contains("Nähcafé"))
            })
            .count();
        assert_eq!(sewing, 2, "Aylin's two shifts in the sewing café");
        let amal_ics = anon.get(&amal_feed).await.body;
        assert!(amal_ics.contains("STATUS:CANCELLED"));
        assert!(amal_ics.contains(&format!("group-session-{later}-seat@")));
        assert!(ical::IcalParser::new(amal_ics.as_bytes()).next().unwrap().is_ok());
        // A volunteer's revoked link answers 404.
        yilmaz.post("/volunteer/calendar/revoke", &[]).await;
        assert_eq!(anon.get(&aylin_feed).await.status, StatusCode::NOT_FOUND);

        // Gaps: the cancelled date needs nobody; the others still need helpers.
        let gaps = store
            .shift_gaps(TALHEIM, now(), now() + 28 * 86_400)
            .await
            .unwrap();
        assert!(!gaps.iter().any(|g| g.session_id == tomorrow));
        assert!(gaps.iter().any(|g| g.group_id == group && g.role == "helper"));
        let overview = hoffmann.get("/groups/manage").await.body;
        assert!(overview.contains("Nähcafé"));
        assert!(
            overview.contains("data-testid=\"notice\""),
            "the late cancellation"
        );
    }
);

both_backends!(seeded
    volunteers_are_invited_and_record_hours,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut hoffmann = Client::new(app.clone());
        sign_in_staff(&mut hoffmann, COORDINATOR).await;

        let bad = hoffmann
            .post(
                "/groups/manage/volunteers",
                &[("name", "Lena Vogel"), ("email", "lena@")],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(input_value(&bad.body, "name").as_deref(), Some("Lena Vogel"));
        let taken = hoffmann
            .post("/groups/manage/volunteers", &[("name", "Jana"), ("email", WEBER)])
            .await;
        assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);

        let r = hoffmann
            .post(
                "/groups/manage/volunteers",
                &[("name", "Lena Vogel"), ("email", "L.Vogel@example.org")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let page = hoffmann.get("/groups/manage/volunteers").await.body;
        let start = page.find("/invite/").unwrap();
        let token = page[start + "/invite/".len()..]
            .split('<')
            .next()
            .unwrap()
            .to_string();
        // The mail waits in the outbox with the same link.
        let mail = store.mail_to("l.vogel@example.org").await.unwrap();
        assert_eq!(mail.len(), 1);
        assert!(mail[0].body.contains(&format!("/invite/{token}")));
        assert!(mail[0].body.contains("Lena Vogel"));
        // Shown once only.
        assert!(!hoffmann
            .get("/groups/manage/volunteers")
            .await
            .body
            .contains(&token));

        let mut lena = Client::new(app.clone());
        assert_eq!(
            lena.get("/invite/not-a-token").await.status,
            StatusCode::NOT_FOUND
        );
        let invite = lena.get(&format!("/invite/{token}")).await;
        assert_eq!(invite.status, StatusCode::OK);
        assert!(invite.body.contains("Lena Vogel"));
        let short = lena
            .post(&format!("/invite/{token}"), &[("password", "kurz")])
            .await;
        assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
        let accepted = lena
            .post(
                &format!("/invite/{token}"),
                &[("password", "ein langer Satz zum Merken")],
            )
            .await;
        assert_eq!(accepted.status, StatusCode::SEE_OTHER);
        assert_eq!(lena.get("/volunteer").await.status, StatusCode::OK);
        // The link works once.
        assert_eq!(
            Client::new(app.clone())
                .get(&format!("/invite/{token}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );

        // Her profile: unknown codes are dropped; a stale save is refused and keeps the choice.
        let lena_id = user_id(&store, "l.vogel@example.org").await;
        let profile = lena.get("/volunteer/profile").await;
        let version = input_value(&profile.body, "version").unwrap();
        let saved = lena
            .post(
                "/volunteer/profile",
                &[
                    ("languages", "ar"),
                    ("languages", "xx"),
                    ("skills", "cooking"),
                    ("availability", "1-ev"),
                    ("availability", "9-zz"),
                    ("note", "Gern mit Kindern"),
                    ("version", &version),
                ],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let p = store.volunteer_profile(lena_id).await.unwrap();
        assert_eq!(
            (p.languages.as_str(), p.skills.as_str(), p.availability.as_str()),
            ("ar", "cooking", "1-ev")
        );
        let stale = lena
            .post(
                "/volunteer/profile",
                &[("languages", "fa"), ("note", "Neu"), ("version", &version)],
            )
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT);
        assert!(stale.body.contains("Neu"));

        // Hours: a shift that took place, recorded by her; the yearly confirmation adds up.
        let group = sewing_cafe(&store).await;
        store.add_group_volunteer(group, lena_id).await.unwrap();
        let past = store
            .add_past_session(group, now() - 3600 * 5, 120, Some(7))
            .await
            .unwrap();
        let other = store
            .add_past_session(group, now() - 3600 * 30, 120, None)
            .await
            .unwrap();
        store
            .record_past_shift(past, lena_id, "helper", 120)
            .await
            .unwrap();
        assert_eq!(
            lena.post(&format!("/volunteer/hours/{past}"), &[("minutes", "150")])
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            lena.post(&format!("/volunteer/hours/{other}"), &[("minutes", "150")])
                .await
                .status,
            StatusCode::NOT_FOUND,
            "no shift of hers"
        );
        let hours = lena.get("/volunteer/hours").await.body;
        assert!(hours.contains("data-testid=\"hours-total\""));
        let certificate = lena.get("/volunteer/hours/certificate").await;
        assert_eq!(certificate.status, StatusCode::OK);
        assert!(certificate.body.contains("Lena Vogel"));
        assert!(certificate.body.contains("2.5"), "150 minutes are 2.5 hours");
        // She sees no planning page and no client record.
        assert_ne!(lena.get("/groups/manage/volunteers").await.status, StatusCode::OK);
        assert_ne!(lena.get("/cases").await.status, StatusCode::OK);

        // The coordinator records her police certificate; it runs out in ten days.
        let until = (today() + chrono::Duration::days(10)).to_string();
        let r = hoffmann
            .post(
                &format!("/groups/manage/volunteers/{}/documents", lena_id.0),
                &[("kind", "police_certificate"), ("valid_until", &until)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let bad_doc = hoffmann
            .post(
                &format!("/groups/manage/volunteers/{}/documents", lena_id.0),
                &[("kind", "passport"), ("valid_until", "morgen")],
            )
            .await;
        assert_eq!(bad_doc.status, StatusCode::UNPROCESSABLE_ENTITY);
        let detail = hoffmann
            .get(&format!("/groups/manage/volunteers/{}", lena_id.0))
            .await
            .body;
        assert!(detail.contains("Arabisch"), "her languages");
        assert!(detail.contains("data-testid=\"document\""));

        // Reminders: once per document, in Lotse and by mail.
        let i18n = lotse_app::i18n::I18n::load().unwrap();
        let first = lotse_server::groups::remind_expiring_documents(&store, &i18n)
            .await
            .unwrap();
        assert!(first >= 1);
        assert_eq!(
            lotse_server::groups::remind_expiring_documents(&store, &i18n)
                .await
                .unwrap(),
            0
        );
        assert_eq!(
            notices_of(
                &store.unread_notices(lena_id).await.unwrap(),
                "document-expiring-volunteer"
            ),
            1
        );
        let coordinator = user_id(&store, COORDINATOR).await;
        assert!(
            notices_of(
                &store.unread_notices(coordinator).await.unwrap(),
                "document-expiring"
            ) >= 1
        );
        assert_eq!(store.mail_to("l.vogel@example.org").await.unwrap().len(), 2);

        // Another municipality's coordinator cannot see or change her.
        let berg = bergfeld_coordinator(&store).await;
        let mut karin = Client::new(app.clone());
        sign_in_staff(&mut karin, berg).await;
        assert_eq!(
            karin
                .get(&format!("/groups/manage/volunteers/{}", lena_id.0))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let r = karin
            .post(
                &format!("/groups/manage/volunteers/{}/documents", lena_id.0),
                &[("kind", "measles")],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert!(!karin
            .get("/groups/manage/volunteers")
            .await
            .body
            .contains("Lena Vogel"));
    }
);

both_backends!(seeded
    guides_sign_clients_up_from_a_plan_step,
    |store: Store| async move {
        use lotse_app::domain::ClientId;
        let app = common::app(store.clone()).await;
        let group = sewing_cafe(&store).await;
        // One of Jana Weber's clients with an open step in her plan.
        let mut chosen = None;
        for id in common::client_ids_of(&store, WEBER).await {
            let open = store
                .case(&common::own_guide(&store, ClientId(id)).await)
                .steps()
                .await
                .unwrap()
                .into_iter()
                .find(|s| s.status == lotse_app::casework::StepStatus::Open);
            if let Some(step) = open {
                chosen = Some((ClientId(id), step.id));
                break;
            }
        }
        let (client, step) = chosen.expect("a client with an open step");
        let person = store
            .case(&common::own_guide(&store, client).await)
            .overview()
            .await
            .unwrap()
            .unwrap();

        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let plan = weber.get(&format!("/cases/{}/plan", client.0)).await.body;
        assert!(
            plan.contains(&format!("/plan/steps/{step}/group")),
            "the sign-up form"
        );
        assert!(
            plan.contains("Nähcafé"),
            "the municipality's offers to choose from"
        );

        // Nothing chosen: refused with the form kept open.
        let r = weber
            .post(
                &format!("/cases/{}/plan/steps/{step}/group", client.0),
                &[("group", "")],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        // Another municipality's offer is refused like one that does not exist.
        let bergfeld_offer = store.group_list(BERGFELD, "de", "de", "", 1000, 0).await.unwrap()[0].id;
        let r = weber
            .post(
                &format!("/cases/{}/plan/steps/{step}/group", client.0),
                &[("group", &bergfeld_offer.to_string())],
            )
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);

        let r = weber
            .post(
                &format!("/cases/{}/plan/steps/{step}/group", client.0),
                &[("group", &group.to_string()), ("share_first_name", "on")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(
            store.participation(client, group).await.unwrap().unwrap().0,
            "confirmed"
        );
        let plan = weber.get(&format!("/cases/{}/plan", client.0)).await.body;
        assert!(plan.contains("data-testid=\"step-group\""));
        // The place a step made is read with the steps. A second offer joined through
        // the same step leaves the first shown; once the first place is given up, the
        // second is.
        let guide = common::own_guide(&store, client).await;
        let linked = |steps: Vec<lotse_server::db::plan::StepRow>| {
            steps
                .into_iter()
                .map(|s| (s.id, s.group_id, s.group_title, s.group_status))
                .collect::<Vec<_>>()
        };
        let steps = linked(store.case(&guide).steps_with_groups().await.unwrap());
        assert!(steps.contains(&(step, Some(group), Some("Nähcafé".into()), Some("confirmed".into()))));
        assert!(store.case(&guide).steps().await.unwrap().iter().all(|s| s.group_id.is_none()), "read for the plan tab only");
        let second = sewing_cafe(&store).await;
        let r = weber
            .post(&format!("/cases/{}/plan/steps/{step}/group", client.0), &[("group", &second.to_string()), ("share_first_name", "on")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let steps = linked(store.case(&guide).steps_with_groups().await.unwrap());
        assert!(steps.iter().any(|s| s.0 == step && s.1 == Some(group)), "the first place through the step");
        assert_eq!(steps.iter().filter(|s| s.0 == step).count(), 1, "the step once");
        store.leave_group(client, group).await.unwrap();
        let steps = linked(store.case(&guide).steps_with_groups().await.unwrap());
        assert!(steps.iter().any(|s| s.0 == step && s.1 == Some(second)), "a place given up is not shown");

        // A guide of another team and municipality cannot, whatever the ids.
        let mut demir = Client::new(app.clone());
        sign_in_staff(&mut demir, common::DEMIR).await;
        let r = demir
            .post(
                &format!("/cases/{}/plan/steps/{step}/group", client.0),
                &[("group", &group.to_string())],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);

        // The group's volunteers see the first name she agreed to share, never more.
        let mut braun = Client::new(app.clone());
        sign_in_staff(&mut braun, VOLUNTEER).await;
        let shifts = braun.get("/volunteer/shifts?all=1").await.body;
        assert!(shifts.contains(&person.first_name));
        assert!(!shifts.contains(&person.last_name));
        assert_ne!(
            braun.get(&format!("/cases/{}", client.0)).await.status,
            StatusCode::OK
        );
        assert_ne!(
            braun.get(&format!("/cases/{}/plan", client.0)).await.status,
            StatusCode::OK
        );
    }
);

both_backends!(seeded_url
    exceptions_survive_the_daily_extension,
    |store: Store, url: String| async move {
        let group = sewing_cafe(&store).await;
        let sessions = store.sessions(group, 0, 100).await.unwrap();
        let count = sessions.len();
        let (cancel, moving) = (&sessions[1], &sessions[2]);
        assert!(store
            .cancel_session(group, cancel.id, "Ferien", cancel.version)
            .await
            .unwrap());
        let new_start = moving.starts_at + 3600;
        assert!(store
            .move_session(group, moving.id, new_start, "Raum", moving.version)
            .await
            .unwrap());
        // A stale version changes nothing.
        assert!(!store
            .cancel_session(group, moving.id, "x", moving.version)
            .await
            .unwrap());

        // The janitor extends every series; exceptions stay, nothing is doubled.
        store.extend_all_series().await.unwrap();
        store.extend_all_series().await.unwrap();
        let after = store.sessions(group, 0, 100).await.unwrap();
        assert_eq!(after.len(), count);
        let c = after.iter().find(|s| s.id == cancel.id).unwrap();
        assert_eq!(
            (c.status.as_str(), c.reason.as_deref()),
            ("cancelled", Some("Ferien"))
        );
        let m = after.iter().find(|s| s.id == moving.id).unwrap();
        assert!(m.moved);
        assert_eq!(m.starts_at, new_start);
        assert!(
            !after.iter().any(|s| s.starts_at == moving.starts_at),
            "no new date at the old time"
        );

        // Days later the horizon has moved: the series' last ten weeks are not written
        // yet (removed here). The daily step writes them, the same dates as before, and
        // the dates before them stay the rows they were.
        let all = store.sessions(group, 0, 100).await.unwrap();
        let cut = all[all.len() - 10].starts_at;
        common::exec_sql(&url, &format!("DELETE FROM group_sessions WHERE group_id = {group} AND starts_at >= {cut}")).await;
        assert_eq!(store.sessions(group, 0, 100).await.unwrap().len(), all.len() - 10);
        store.extend_all_series().await.unwrap();
        let again = store.sessions(group, 0, 100).await.unwrap();
        let key = |v: &[lotse_server::db::groups::SessionRow]| v.iter().map(|s| (s.starts_at, s.status.clone())).collect::<Vec<_>>();
        assert_eq!(key(&again), key(&all));
        assert_eq!(again[..all.len() - 10].iter().map(|s| s.id).collect::<Vec<_>>(),
            all[..all.len() - 10].iter().map(|s| s.id).collect::<Vec<_>>());
        store.extend_all_series().await.unwrap();
        assert_eq!(store.sessions(group, 0, 100).await.unwrap().len(), all.len(), "nothing doubled");
    }
);

both_backends!(
    a_mail_is_claimed_by_one_instance_only,
    |store: Store| async move {
        store
            .enqueue_mail("a@example.org", "Betreff", "Text")
            .await
            .unwrap();
        let mail = store.unsent_mail(10).await.unwrap().remove(0);
        // Two instances read the same row; only one may send it.
        let (a, b) = tokio::join!(
            store.claim_mail(mail.id, mail.attempts),
            store.claim_mail(mail.id, mail.attempts)
        );
        assert_eq!([a.unwrap(), b.unwrap()].iter().filter(|c| **c).count(), 1);
        // While it is on its way, a third instance reading now neither sees it nor can
        // claim it as a retry (it used to read as "tried once, not sent").
        assert!(
            store.unsent_mail(10).await.unwrap().is_empty(),
            "a claimed mail is out of reach"
        );
        assert!(!store.claim_mail(mail.id, mail.attempts + 1).await.unwrap());
        store.mail_sent(mail.id).await.unwrap();
        assert!(store.unsent_mail(10).await.unwrap().is_empty());
        assert!(
            !store.claim_mail(mail.id, mail.attempts + 1).await.unwrap(),
            "sent mail is not claimed again"
        );
    }
);
