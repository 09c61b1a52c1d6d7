//! The guide's workspace through the real router, on both databases: every case
//! endpoint refuses the roles that must not use it, bad input comes back in German with
//! what was typed, concurrent edits are refused visibly, interpreters are not double
//! booked, and handover follows consent.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use chrono::Datelike;
use common::{
    client_ids_of, client_named, input_value, sign_in_client, sign_in_staff, Client, COORDINATOR, DEMIR,
    KELLER, VOLUNTEER, WEBER,
};
use lotse_app::domain::{ClientId, MunicipalityId};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

const PAGES: [&str; 8] = [
    "intake",
    "plan",
    "notes",
    "appointments",
    "referrals",
    "consent",
    "handover",
    "history",
];

/// Every write of the case file, with a form that would be accepted.
fn writes(id: i64) -> Vec<(String, Vec<(&'static str, &'static str)>)> {
    vec![
        (
            format!("/cases/{id}/intake/languages"),
            vec![("german_level", "a1"), ("version", "0")],
        ),
        (
            format!("/cases/{id}/intake/household"),
            vec![("member_first_name", "Eve"), ("relation", "child")],
        ),
        (
            format!("/cases/{id}/plan/goals"),
            vec![("field", "work"), ("title", "Arbeit")],
        ),
        (
            format!("/cases/{id}/notes"),
            vec![
                ("held_on", "2026-11-01"),
                ("topic", "T"),
                ("body", "B"),
                ("client_key", "x1"),
                ("follow_up_actor_1", "client"),
                ("follow_up_actor_2", "client"),
            ],
        ),
        (
            format!("/cases/{id}/appointments"),
            vec![
                ("date", "2030-01-07"),
                ("time", "10:00"),
                ("with_kind", "office"),
                ("place_name", "Amt"),
            ],
        ),
        (
            format!("/cases/{id}/referrals"),
            vec![("service", "jobcenter"), ("recipient", "JC"), ("reason", "R")],
        ),
        (
            format!("/cases/{id}/consent"),
            vec![
                ("purpose", "release_jobcenter"),
                ("recipient", "JC"),
                ("given_on", "2026-11-01"),
                ("form", "paper"),
            ],
        ),
        (format!("/cases/{id}/handover"), vec![("guide", "1")]),
    ]
}

/// Rows of everything the writes above could create.
async fn footprint(store: &Store, id: i64) -> (usize, usize, usize, usize, usize, usize, usize) {
    let c = ClientId(id);
    (
        store
            .case(&common::own_guide(store, c).await)
            .intake()
            .await
            .unwrap()
            .len(),
        store
            .case(&common::own_guide(store, c).await)
            .household_members()
            .await
            .unwrap()
            .len(),
        store
            .case(&common::own_guide(store, c).await)
            .goals()
            .await
            .unwrap()
            .len(),
        store
            .case(&common::own_guide(store, c).await)
            .notes()
            .await
            .unwrap()
            .len(),
        store
            .case(&common::own_guide(store, c).await)
            .appointments()
            .await
            .unwrap()
            .len(),
        store
            .case(&common::own_guide(store, c).await)
            .referrals()
            .await
            .unwrap()
            .len(),
        store
            .case(&common::own_guide(store, c).await)
            .consents()
            .await
            .unwrap()
            .len(),
    )
}

both_backends!(seeded
    case_endpoints_deny_everyone_but_the_case_team,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let before = footprint(&store, id).await;
        let app = common::app(store.clone()).await;

        let mut signed_out = Client::new(app.clone());
        for page in PAGES {
            let r = signed_out.get(&format!("/cases/{id}/{page}")).await;
            assert_eq!(r.location.as_deref(), Some("/signin/staff"), "{page}");
        }
        for (path, form) in writes(id) {
            let r = signed_out.post(&path, &form).await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED, "{path}");
        }

        let mut other_team = Client::new(app.clone());
        sign_in_staff(&mut other_team, DEMIR).await;
        let mut volunteer = Client::new(app.clone());
        sign_in_staff(&mut volunteer, VOLUNTEER).await;
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        let mut client = Client::new(app.clone());
        assert_eq!(
            sign_in_client(&mut client, CLIENT_NUMBER, CLIENT_PIN)
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        let own = client_named(&store, "Haddad").await;
        for (who, c) in [
            ("guide of another team", &mut other_team),
            ("volunteer", &mut volunteer),
            ("coordinator", &mut coordinator),
            ("client", &mut client),
        ] {
            for target in [id, own, 999_999] {
                for page in PAGES {
                    let r = c.get(&format!("/cases/{target}/{page}")).await;
                    assert_eq!(r.status, StatusCode::NOT_FOUND, "{who} reads {page} of {target}");
                }
            }
            for (path, form) in writes(id) {
                let r = c.post(&path, &form).await;
                assert_eq!(r.status, StatusCode::NOT_FOUND, "{who} writes {path}");
            }
        }
        assert_eq!(footprint(&store, id).await, before, "nothing written");

        // The team lead reads the team's cases; the own guide does too.
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        for page in PAGES {
            assert_eq!(
                lead.get(&format!("/cases/{id}/{page}")).await.status,
                StatusCode::OK,
                "lead {page}"
            );
            assert_eq!(
                guide.get(&format!("/cases/{id}/{page}")).await.status,
                StatusCode::OK,
                "guide {page}"
            );
        }
        // Each read is in the access log, and the guide sees that history.
        let r = guide.get(&format!("/cases/{id}/history")).await;
        assert!(r.body.contains("Sabine Keller"), "the lead's reads are listed");
        assert!(r.body.contains("Notizen"));
    }
);

both_backends!(seeded health_is_for_the_own_guide_only, |store: Store| async move {
    let id = client_ids_of(&store, WEBER).await[0];
    let app = common::app(store.clone()).await;
    let mut lead = Client::new(app.clone());
    sign_in_staff(&mut lead, KELLER).await;
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, WEBER).await;
    assert!(guide
        .get(&format!("/cases/{id}/intake"))
        .await
        .body
        .contains("id=\"section-health\""));
    let r = lead.get(&format!("/cases/{id}/intake")).await;
    assert!(
        !r.body.contains("id=\"section-health\""),
        "special-category data hidden from the lead"
    );
    let r = lead
        .post(
            &format!("/cases/{id}/intake/health"),
            &[("health_needs", "x"), ("version", "0")],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    let r = guide
        .post(
            &format!("/cases/{id}/intake/health"),
            &[("health_needs", "Diabetes"), ("version", "0")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

/// (path, form, expected message, value that must be kept)
type BadInput = (
    String,
    Vec<(&'static str, &'static str)>,
    &'static str,
    &'static str,
);

both_backends!(seeded
    bad_input_is_explained_in_german_and_kept,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let mut c = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut c, WEBER).await;
        let cases: Vec<BadInput> = vec![
            (
                format!("/cases/{id}/notes"),
                vec![
                    ("held_on", "2026-11-01"),
                    ("topic", ""),
                    ("body", "Mein langer Text"),
                    ("client_key", "k"),
                    ("follow_up_actor_1", "client"),
                    ("follow_up_actor_2", "client"),
                ],
                "Bitte füllen Sie dieses Feld aus",
                "Mein langer Text",
            ),
            (
                format!("/cases/{id}/appointments"),
                vec![
                    ("date", "2030-01-07"),
                    ("time", "25:00"),
                    ("with_kind", "office"),
                    ("place_name", "Ausländerbehörde"),
                ],
                "14:30",
                "Ausländerbehörde",
            ),
            (
                format!("/cases/{id}/intake/education"),
                vec![
                    ("school_years", "zwölf"),
                    ("qualifications", "Schneiderin"),
                    ("version", "0"),
                ],
                "ganze Zahl",
                "Schneiderin",
            ),
            (
                format!("/cases/{id}/plan/goals"),
                vec![("title", "Führerschein")],
                "Handlungsfeld",
                "Führerschein",
            ),
            (
                format!("/cases/{id}/referrals"),
                vec![
                    ("service", "jobcenter"),
                    ("recipient", "Jobcenter Talheim"),
                    ("reason", ""),
                ],
                "Bitte füllen Sie dieses Feld aus",
                "Jobcenter Talheim",
            ),
            (
                format!("/cases/{id}/consent"),
                vec![
                    ("purpose", "handover"),
                    ("given_on", "2026-11-01"),
                    ("form", "paper"),
                ],
                "Team",
                "2026-11-01",
            ),
            (
                "/interpreters".to_string(),
                vec![("name", "Rahel"), ("from", "16:00"), ("to", "09:00")],
                "mindestens eine Sprache",
                "Rahel",
            ),
        ];
        for (path, form, message, kept) in cases {
            let r = c.post(&path, &form).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{path}: {}", r.status);
            assert!(r.body.contains(message), "{path}: message {message:?}");
            assert!(r.body.contains(kept), "{path}: keeps {kept:?}");
            assert!(r.body.contains("id=\"form-alert\""), "{path}: summary");
        }
        // Guides use templates; only the coordinator changes them.
        let r = c.post("/templates", &[("field", "work")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let mut coord = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut coord, COORDINATOR).await;
        let r = coord
            .post("/templates", &[("field", "work"), ("title_de", "Arbeit finden")])
            .await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Arbeit finden"));
    }
);

both_backends!(seeded
    concurrent_intake_edits_are_refused_and_both_versions_shown,
    |store: Store| async move {
        let id = client_ids_of(&store, WEBER).await[0];
        let app = common::app(store.clone()).await;
        let mut weber = Client::new(app.clone());
        sign_in_staff(&mut weber, WEBER).await;
        let mut lead = Client::new(app.clone());
        sign_in_staff(&mut lead, KELLER).await;
        // Both open the form at version 0.
        let page = weber.get(&format!("/cases/{id}/intake")).await.body;
        let version = input_value(&page[page.find("action=\"/cases").unwrap()..], "version").unwrap();
        assert_eq!(version, "0");
        let path = format!("/cases/{id}/intake/languages");
        let r = weber
            .post(&path, &[("german_level", "a2"), ("version", "0")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        let r = lead
            .post(
                &path,
                &[
                    ("german_level", "b1"),
                    ("other_languages", "Kurdisch, Türkisch"),
                    ("version", "0"),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT, "the second save is refused");
        assert!(r.body.contains("data-testid=\"their-version\""));
        assert!(r.body.contains("Jonas Weber"), "who saved meanwhile");
        assert!(
            r.body.contains("Kurdisch, Türkisch"),
            "what the lead typed is kept"
        );
        let stored = store
            .case(&common::own_guide(&store, ClientId(id)).await)
            .intake()
            .await
            .unwrap();
        assert_eq!(
            stored[0].values().get("german_level").map(String::as_str),
            Some("a2"),
            "nothing overwritten"
        );
        // Saving again, knowingly, goes through.
        let r = lead
            .post(&path, &[("german_level", "b1"), ("version", "1")])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
    }
);

/// Next Monday at least a week ahead, as ISO date.
fn a_monday() -> String {
    common::pin_clock();
    let today = lotse_server::time::today();
    let ahead = 7 + (7 - today.weekday().num_days_from_monday() as i64) % 7;
    (today + chrono::Duration::days(ahead))
        .format("%Y-%m-%d")
        .to_string()
}

both_backends!(seeded interpreter_double_booking_is_refused, |store: Store| async move {
    let ids = client_ids_of(&store, WEBER).await;
    let mut c = Client::new(common::app(store.clone()).await);
    sign_in_staff(&mut c, WEBER).await;
    let samir = store
        .interpreters(MunicipalityId(1))
        .await
        .unwrap()
        .into_iter()
        .find(|i| i.name == "Samir Nasser")
        .unwrap()
        .id
        .to_string();
    let monday = a_monday();
    let form = |time: &'static str| {
        vec![
            ("date", monday.clone()),
            ("time", time.to_string()),
            ("duration", "60".to_string()),
            ("with_kind", "office".to_string()),
            ("place_name", "Jobcenter Talheim".to_string()),
            ("interpreter_lang", "ar".to_string()),
            ("interpreter", samir.clone()),
        ]
    };
    async fn post(c: &mut Client, id: i64, f: Vec<(&'static str, String)>) -> common::Reply {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(f.iter().map(|(k, v)| (*k, v.as_str())))
            .finish();
        c.post_raw(&format!("/cases/{id}/appointments"), body, Some(common::ORIGIN))
            .await
    }
    let r = post(&mut c, ids[0], form("10:00")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let r = post(&mut c, ids[1], form("10:30")).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("schon gebucht"));
    assert!(r.body.contains("Jobcenter Talheim"), "the form keeps its values");
    // Outside the interpreter's hours (Samir works until 17:00): refused with a reason.
    let r = post(&mut c, ids[1], form("16:30")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("nicht verfügbar"));
    let r = post(&mut c, ids[1], form("11:00")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

both_backends!(seeded handover_follows_consent, |store: Store| async move {
    let id = client_ids_of(&store, WEBER).await[0];
    let app = common::app(store.clone()).await;
    let mut weber = Client::new(app.clone());
    sign_in_staff(&mut weber, WEBER).await;
    let demir = store
        .user_by_email(DEMIR)
        .await
        .unwrap()
        .unwrap()
        .user_id()
        .0
        .to_string();
    let r = weber
        .post(&format!("/cases/{id}/handover"), &[("guide", demir.as_str())])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("data-testid=\"handover-missing\""));
    assert!(r.body.contains("Bergfeld"), "says which consent is missing");
    let r = weber
        .post(
            &format!("/cases/{id}/consent"),
            &[
                ("purpose", "handover"),
                ("team", "2"),
                ("covers", "plan"),
                ("given_on", "2026-11-01"),
                ("form", "paper"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = weber
        .post(
            &format!("/cases/{id}/handover"),
            &[("guide", demir.as_str()), ("reason", "Umzug")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.location.as_deref(), Some("/cases"));
    assert_eq!(
        weber.get(&format!("/cases/{id}")).await.status,
        StatusCode::NOT_FOUND,
        "the old guide loses access"
    );
    let r = weber.get("/cases").await;
    assert!(r.body.contains("Der Fall wurde übergeben"));
    assert!(
        r.body.contains("Zuletzt übergeben"),
        "recorded on the giving side"
    );
    let mut receiving = Client::new(app.clone());
    sign_in_staff(&mut receiving, DEMIR).await;
    let r = receiving.get(&format!("/cases/{id}/handover")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Jonas Weber"), "recorded on the receiving side");
    assert!(r
        .body
        .contains("Dieser Fall wurde von einem anderen Team übernommen"));
    // Within a team no consent is needed.
    let keller = store
        .user_by_email(KELLER)
        .await
        .unwrap()
        .unwrap()
        .user_id()
        .0
        .to_string();
    let other = client_ids_of(&store, WEBER).await[0];
    let r = weber
        .post(&format!("/cases/{other}/handover"), &[("guide", keller.as_str())])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
});

both_backends!(seeded caseload_search_sort_and_filters, |store: Store| async move {
    let mut c = Client::new(common::app(store.clone()).await);
    sign_in_staff(&mut c, KELLER).await;
    let amal = client_named(&store, "Haddad").await;
    for q in ["Hadad", "amal", "AMAL+haddad"] {
        let r = c.get(&format!("/cases?q={q}")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(
            r.body.contains(&format!("/cases/{amal}\"")),
            "{q} finds Amal Haddad"
        );
    }
    let r = c.get("/cases?q=Zzyzx").await;
    assert!(r.body.contains("Niemand passt zu dieser Suche"));
    let r = c.get("/cases?field=education&sort=name").await;
    assert!(r.body.contains(&format!("/cases/{amal}\"")));
    let all = c.get("/cases").await;
    assert!(
        common::count(&r.body, "<tr") < common::count(&all.body, "<tr"),
        "narrowed"
    );
    // Overdue steps come first, marked.
    let r = c.get("/cases").await;
    let body = &r.body[r.body.find("<tbody>").unwrap()..];
    assert!(body[..body.find("</tr>").unwrap()].contains("Überfällig"));
    // Unknown filter values are ignored, not errors.
    assert_eq!(
        c.get("/cases?field=x&sort=y&guide=z").await.status,
        StatusCode::OK
    );
});
