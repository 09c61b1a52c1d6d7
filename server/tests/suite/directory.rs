//! The directory through the real router, on both databases: reading published offices
//! and guides in the reader's language with a fallback, filters and search, who may
//! edit (and that nobody else can, nor see drafts), translations marked outdated when
//! the German changes, imports (valid CSV, a file with errors that imports nothing,
//! Integreat's format), the JSON API and its OpenAPI document.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{count, sign_in_client, sign_in_staff, Client, COORDINATOR, KELLER, VOLUNTEER, WEBER};
use lotse_server::db::directory::{Contact, CountyId, OfficeFacts, OfficeText};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

use common::{demo_county as county, office_by_key as office_id};

fn anonymous(app: axum::Router, lang: &str) -> Client {
    let mut c = Client::new(app);
    c.accept_language = Some(lang.to_string());
    c
}

both_backends!(seeded reading_filters_and_fallback, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let mut c = anonymous(app.clone(), "ti");
    // The 24/7 emergency department speaks Tigrinya and is open now, at any hour.
    let list = c.get("/offices?language=ti&open=1").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains("lang=\"ti\""));
    let hospital = office_id(&store, "kreisklinik-talheim").await;
    assert!(
        list.body.contains(&format!("/offices/{hospital}\"")),
        "{}",
        list.body
    );
    // An office that does not speak Tigrinya is filtered out.
    let jobcenter = office_id(&store, "jobcenter-talheim").await;
    assert!(!list.body.contains(&format!("/offices/{jobcenter}\"")));
    // Every card of the filtered list speaks Tigrinya.
    assert!(count(&list.body, "data-testid=\"office-card\"") >= 1);

    let page = c.get(&format!("/offices/{hospital}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("href=\"geo:"), "map link");
    assert!(page.body.contains("openstreetmap.org"));
    assert!(page.body.contains("href=\"tel:"));

    // A text missing in the reader's language: shown in the fallback with a notice.
    let store2 = store.clone();
    let c_id = county(&store2).await;
    let facts = OfficeFacts {
        category: "library".into(),
        opening_hours: "Mo-Fr 10:00-18:00".into(),
        languages: vec!["de".into()],
        ..OfficeFacts::default()
    };
    let german = OfficeText {
        name: "Stadtteilbücherei Süd".into(),
        description: "Bücher <b>ausleihen</b>.".into(),
        ..OfficeText::default()
    };
    let id = store
        .create_office(c_id, &facts, &german, true, None, None)
        .await
        .unwrap();
    let english = OfficeText {
        name: "District library South".into(),
        ..OfficeText::default()
    };
    store
        .save_office_text(c_id, id, "en", 0, &english, true, None)
        .await
        .unwrap();
    let page = c.get(&format!("/offices/{id}")).await;
    assert!(page.body.contains("District library South"));
    assert!(page.body.contains("data-testid=\"fallback-notice\""));
    // The reader may choose German instead.
    let r = c
        .post(
            "/directory/fallback",
            &[("fallback", "de"), ("return_to", &format!("/offices/{id}"))],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = c.get(&format!("/offices/{id}")).await;
    assert!(page.body.contains("Stadtteilbücherei Süd"));
    // Editors' text never becomes markup.
    let de = anonymous(app.clone(), "de").get(&format!("/offices/{id}")).await;
    assert!(de.body.contains("&lt;b&gt;ausleihen&lt;/b&gt;"), "{}", de.body);
    assert!(!de.body.contains("<b>ausleihen"));

    // Outdated: the German changes after the English was made.
    let current = store.office(c_id, id).await.unwrap().unwrap();
    let changed = OfficeText {
        name: "Stadtteilbücherei Süd".into(),
        description: "Neue Öffnungszeiten ab Januar.".into(),
        ..OfficeText::default()
    };
    store
        .update_office(c_id, id, current.office.version, &facts, &changed, true, None)
        .await
        .unwrap();
    let en = anonymous(app.clone(), "en").get(&format!("/offices/{id}")).await;
    assert!(en.body.contains("data-testid=\"outdated-notice\""));

    // Search in Persian with Arabic letter variants finds the guides and offices.
    let fa = anonymous(app.clone(), "fa")
        .get("/offices?q=%D9%83%D9%84%D9%8A%D9%86%D9%8A%DA%A9")
        .await;
    assert_eq!(fa.status, StatusCode::OK);
    // A typo in German finds the Jobcenter.
    let typo = anonymous(app.clone(), "de").get("/offices?q=Jobcentr").await;
    assert!(typo.body.contains(&format!("/offices/{jobcenter}\"")));

    // Guides list and one guide.
    let guides = anonymous(app.clone(), "ar").get("/guides").await;
    assert_eq!(guides.status, StatusCode::OK);
    assert!(count(&guides.body, "/guides/") >= 8);

    // The JSON API and its description.
    let api = anonymous(app.clone(), "en")
        .get("/api/v1/offices?language=ti&open=1&lang=ar")
        .await;
    assert_eq!(api.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert!(v["offices"]
        .as_array()
        .unwrap()
        .iter()
        .any(|o| o["id"] == hospital && o["opening"]["state"] == "open"));
    let one = anonymous(app.clone(), "en")
        .get(&format!("/api/v1/offices/{hospital}?lang=ar"))
        .await;
    let v: serde_json::Value = serde_json::from_str(&one.body).unwrap();
    assert_eq!(v["lang"], "ar");
    let doc = anonymous(app.clone(), "en").get("/api/v1/openapi.json").await;
    let v: serde_json::Value = serde_json::from_str(&doc.body).unwrap();
    assert!(v["paths"]["/api/v1/offices"].is_object());
    // Errors are problem details in JSON (RFC 9457), not pages; an undeclared method is
    // 405 with its Allow header, not a cross-site refusal.
    for path in [
        "/api/v1/offices/abc",
        "/api/v1/offices/999999",
        "/api/v1/nothing-here",
    ] {
        let r = anonymous(app.clone(), "en").get(path).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(r.headers["content-type"], "application/problem+json", "{path}");
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["status"], 404);
    }
    let mut c = anonymous(app, "en");
    let r = c.post_raw("/api/v1/offices", String::new(), None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.headers["content-type"], "application/problem+json");
    assert!(r.headers["allow"].to_str().unwrap().contains("GET"));
});

both_backends!(seeded
    only_editors_write_and_drafts_stay_hidden,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let c_id = county(&store).await;
        let facts = OfficeFacts {
            category: "other".into(),
            ..OfficeFacts::default()
        };
        let draft = store
            .create_office(
                c_id,
                &facts,
                &OfficeText {
                    name: "Entwurf Beratung".into(),
                    ..OfficeText::default()
                },
                false,
                None,
                None,
            )
            .await
            .unwrap();
        // Nobody reads a draft: not signed in, a client, a volunteer.
        assert_eq!(
            anonymous(app.clone(), "de")
                .get(&format!("/offices/{draft}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            anonymous(app.clone(), "de")
                .get(&format!("/api/v1/offices/{draft}"))
                .await
                .status,
            StatusCode::NOT_FOUND
        );
        let mut client = Client::new(app.clone());
        sign_in_client(&mut client, CLIENT_NUMBER, CLIENT_PIN).await;
        assert_eq!(
            client.get(&format!("/offices/{draft}")).await.status,
            StatusCode::NOT_FOUND
        );
        assert!(!client.get("/offices").await.body.contains("Entwurf Beratung"));
        let mut volunteer = Client::new(app.clone());
        sign_in_staff(&mut volunteer, VOLUNTEER).await;
        assert_eq!(
            volunteer.get(&format!("/offices/{draft}?preview=1")).await.status,
            StatusCode::NOT_FOUND
        );

        // Writing: refused for clients, volunteers and guides not allowed, also by guessing.
        for who in [&mut client, &mut volunteer] {
            assert_eq!(who.get("/directory/manage").await.status, StatusCode::FORBIDDEN);
            let r = who
                .post(
                    &format!("/directory/manage/offices/{draft}/ar"),
                    &[("name", "x"), ("version", "0")],
                )
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN);
        }
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        assert_eq!(guide.get("/directory/manage").await.status, StatusCode::FORBIDDEN);
        assert_eq!(
            guide.get("/directory/manage/export.csv").await.status,
            StatusCode::FORBIDDEN
        );
        let r = guide
            .post(
                "/directory/manage/offices/new",
                &[("name", "Neu"), ("category", "other")],
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // A guide cannot allow themselves.
        let weber = store.user_by_email(WEBER).await.unwrap().unwrap().id;
        assert_eq!(
            guide
                .post(&format!("/directory/manage/editors/{weber}"), &[("allowed", "1")])
                .await
                .status,
            StatusCode::FORBIDDEN
        );

        // The coordinator edits, sees drafts in preview, and allows a guide.
        let mut coordinator = Client::new(app.clone());
        sign_in_staff(&mut coordinator, COORDINATOR).await;
        let dash = coordinator.get("/directory/manage").await;
        assert_eq!(dash.status, StatusCode::OK);
        assert!(dash.body.contains("Entwurf Beratung"));
        assert_eq!(
            coordinator
                .get(&format!("/offices/{draft}?preview=1&lang=ar"))
                .await
                .status,
            StatusCode::OK
        );
        // Bad input: a clear message, what was typed kept.
        let bad = coordinator
            .post(
                "/directory/manage/offices/new",
                &[
                    ("name", "Neue Stelle"),
                    ("category", "other"),
                    ("opening_hours", "Montag 8 bis 12"),
                    ("lat", "999"),
                    ("lon", "9"),
                ],
            )
            .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.body.contains("Neue Stelle") && bad.body.contains("Montag 8 bis 12"));
        let ok = coordinator
            .post(
                "/directory/manage/offices/new",
                &[
                    ("name", "Neue Stelle"),
                    ("category", "other"),
                    ("opening_hours", "Mo-Fr 08:00-12:00"),
                    ("published", "on"),
                ],
            )
            .await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        assert!(
            coordinator
                .post(&format!("/directory/manage/editors/{weber}"), &[("allowed", "1")])
                .await
                .status
                == StatusCode::SEE_OTHER
        );
        assert_eq!(guide.get("/directory/manage").await.status, StatusCode::OK);
        // A translation saved twice from the same form: the second is a conflict.
        let form = [("name", "مكتب جديد"), ("version", "0"), ("published", "on")];
        assert_eq!(
            guide
                .post(&format!("/directory/manage/offices/{draft}/ar"), &form)
                .await
                .status,
            StatusCode::SEE_OTHER
        );
        assert_eq!(
            guide
                .post(&format!("/directory/manage/offices/{draft}/ar"), &form)
                .await
                .status,
            StatusCode::CONFLICT
        );
        // Another county's editor would not find it: ids outside the county are 404.
        assert_eq!(
            coordinator.get("/directory/manage/offices/999999").await.status,
            StatusCode::NOT_FOUND
        );
        let _ = KELLER;
    }
);

both_backends!(seeded imports, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let c_id = county(&store).await;
    let before = store.offices_full(c_id).await.unwrap().len();

    // Errors: row numbers, nothing imported.
    let bad = "key;category;name_de;opening_hours;lat;lon;languages\n\
               a1;kita;Kita Eins;Mo-Fr 07:00-16:00;49.1;9.2;de en\n\
               a2;spaceship;Zwei;;;;de\n\
               a3;school;Drei;jeden Tag;;;xx\n";
    let r = coordinator
        .post_multipart(
            "/directory/manage/import",
            &[("format", "csv")],
            Some(("file", "text/csv", bad.as_bytes())),
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("data-testid=\"import-error\""));
    // Row numbers as Fluent writes them (isolated for right-to-left readers).
    let row = |n: u32| format!("Zeile \u{2068}{n}\u{2069}");
    assert!(r.body.contains(&row(3)) && r.body.contains(&row(4)), "{}", r.body);
    assert!(!r.body.contains(&row(2)));
    assert_eq!(store.offices_full(c_id).await.unwrap().len(), before);

    // A valid file: dry run first (nothing changes), then applied once.
    let good = "key,category,name_de,name_ar,opening_hours,lat,lon,languages,barrier_free\n\
                a1,kita,Kita Eins,روضة واحد,Mo-Fr 07:00-16:00,49.1,9.2,de ar,ja\n\
                a2,school,Schule Zwei,,,,,de,nein\n";
    let r = coordinator
        .post_multipart(
            "/directory/manage/import",
            &[("format", "csv")],
            Some(("file", "text/csv", good.as_bytes())),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let report_path = r.location.unwrap();
    let report = coordinator.get(&report_path).await;
    assert!(report.body.contains("data-testid=\"import-summary\""));
    assert_eq!(store.offices_full(c_id).await.unwrap().len(), before);
    let apply = format!("{report_path}/apply");
    assert_eq!(coordinator.post(&apply, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(coordinator.post(&apply, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(store.offices_full(c_id).await.unwrap().len(), before + 2);
    let kita = office_id(&store, "a1").await;
    let ar = anonymous(app.clone(), "ar")
        .get(&format!("/offices/{kita}"))
        .await;
    assert!(ar.body.contains("روضة واحد"));

    // Integreat's locations JSON.
    let sample = include_bytes!("../../../tests/fixtures/integreat-locations.json");
    let r = coordinator
        .post_multipart(
            "/directory/manage/import",
            &[("format", "integreat")],
            Some(("file", "application/json", sample)),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let report_path = r.location.unwrap();
    assert_eq!(
        coordinator
            .post(&format!("{report_path}/apply"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(store.offices_full(c_id).await.unwrap().len(), before + 5);
    let library = store
        .office_by_import_key(c_id, "integreat-1203")
        .await
        .unwrap()
        .unwrap()
        .0;
    let full = store.office(c_id, library).await.unwrap().unwrap();
    assert!(
        full.office.opening_hours.contains("Tu"),
        "{}",
        full.office.opening_hours
    );
    let kita = store
        .office_by_import_key(c_id, "integreat-1192")
        .await
        .unwrap()
        .unwrap()
        .0;
    assert!(
        store
            .office(c_id, kita)
            .await
            .unwrap()
            .unwrap()
            .office
            .by_appointment
    );

    // Export: every office, re-importable columns.
    let csv = coordinator.get("/directory/manage/export.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.starts_with("key,category,"));
    assert!(csv.body.contains("integreat-1203"));
    let json = coordinator.get("/directory/manage/export.json").await;
    let v: serde_json::Value = serde_json::from_str(&json.body).unwrap();
    assert_eq!(v.as_array().unwrap().len(), before + 5);
});

fn guide_form<'a>(version: &'a str, steps: &'a [[&'a str; 6]]) -> Vec<(String, String)> {
    let mut f = vec![
        ("version".to_string(), version.to_string()),
        ("title".into(), "Wohngeld beantragen".into()),
        ("summary".into(), "Zuschuss zur Miete.".into()),
        ("published".into(), "on".into()),
    ];
    for (i, [title, body, bring, office, from, order]) in steps.iter().enumerate() {
        let n = i + 1;
        for (k, v) in [
            ("title", title),
            ("body", body),
            ("bring", bring),
            ("office", office),
            ("from", from),
            ("order", order),
        ] {
            f.push((format!("step_{n}_{k}"), v.to_string()));
        }
    }
    f
}

fn pairs(f: &[(String, String)]) -> Vec<(&str, &str)> {
    f.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

both_backends!(seeded
    guides_are_created_and_their_steps_edited,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let c_id = county(&store).await;
        let wohngeld = office_id(&store, "sozialamt").await;
        let buergerbuero = office_id(&store, "buergerbuero-talheim").await;
        let mut coord = Client::new(app.clone());
        sign_in_staff(&mut coord, COORDINATOR).await;

        // A new guide: no steps is refused with the text kept; an unknown office too.
        let none = guide_form("0", &[["", "", "", "", "", ""]]);
        let r = coord.post("/directory/manage/guides/new", &pairs(&none)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Wohngeld beantragen"), "the title is kept");
        assert!(r.body.contains("mindestens einen Schritt"));
        let foreign = guide_form("0", &[["Hingehen", "", "", "999999", "", "1"]]);
        let r = coord.post("/directory/manage/guides/new", &pairs(&foreign)).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Dieses Amt gibt es nicht"));

        let w = wohngeld.to_string();
        let b = buergerbuero.to_string();
        let steps = [
            [
                "Unterlagen sammeln",
                "Mietvertrag und Einkommen.",
                "- Mietvertrag",
                "",
                "",
                "1",
            ],
            [
                "Antrag abgeben",
                "Bei der Wohngeldstelle.",
                "",
                w.as_str(),
                "",
                "2",
            ],
        ];
        let r = coord
            .post("/directory/manage/guides/new", &pairs(&guide_form("0", &steps)))
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let location = r.location.clone().unwrap();
        let id: i64 = location.rsplit('/').next().unwrap().parse().unwrap();
        let g = store.guide(c_id, id).await.unwrap().unwrap();
        assert_eq!(g.step_offices, vec![None, Some(wohngeld)]);
        let page = anonymous(app.clone(), "de").get(&format!("/guides/{id}")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Antrag abgeben"));
        assert!(page.body.contains(&format!("href=\"/offices/{wohngeld}\"")));

        // An Arabic translation of both steps.
        let ar = [
            ("version", "0"),
            ("title", "طلب إعانة السكن"),
            ("summary", "دعم للإيجار."),
            ("step_1_title", "اجمع الأوراق"),
            ("step_1_body", ""),
            ("step_1_bring", ""),
            ("step_2_title", "قدّم الطلب"),
            ("step_2_body", ""),
            ("step_2_bring", ""),
            ("published", "on"),
        ];
        let r = coord
            .post(&format!("/directory/manage/guides/{id}/ar"), &ar)
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        // German via the translation form is not a thing: the guide form is the source.
        let r = coord
            .post(&format!("/directory/manage/guides/{id}/de"), &ar)
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);

        // Reorder (submit first), add a step to the Bürgerbüro, all in one save.
        let edit = [
            [
                "Unterlagen sammeln",
                "Mietvertrag und Einkommen.",
                "- Mietvertrag",
                "",
                "1",
                "2",
            ],
            [
                "Antrag abgeben",
                "Bei der Wohngeldstelle.",
                "",
                w.as_str(),
                "2",
                "1",
            ],
            ["Meldebescheinigung holen", "", "", b.as_str(), "", "3"],
        ];
        let version = g.version.to_string();
        let r = coord
            .post(
                &format!("/directory/manage/guides/{id}"),
                &pairs(&guide_form(&version, &edit)),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let g = store.guide(c_id, id).await.unwrap().unwrap();
        assert_eq!(g.step_offices, vec![Some(wohngeld), None, Some(buergerbuero)]);
        let ar_steps = g.text("ar").unwrap().text().steps;
        assert_eq!(
            ar_steps.iter().map(|s| s.title.as_str()).collect::<Vec<_>>(),
            vec!["قدّم الطلب", "اجمع الأوراق", ""],
            "the translation's steps moved with the German ones"
        );
        // The Arabic reader: translated steps in Arabic, the new one in German, marked so,
        // and a notice that the translation is outdated.
        let page = anonymous(app.clone(), "ar").get(&format!("/guides/{id}")).await;
        assert!(page.body.contains("قدّم الطلب"));
        assert!(page.body.contains("lang=\"de\"") && page.body.contains("Meldebescheinigung holen"));
        assert!(page.body.contains("data-testid=\"outdated-notice\""));

        // A second save from the old form is a conflict that keeps the typing.
        let r = coord
            .post(
                &format!("/directory/manage/guides/{id}"),
                &pairs(&guide_form(&version, &edit)),
            )
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("Meldebescheinigung holen"));

        // Removing a step: clear its title.
        let version = g.version.to_string();
        let shorter = [
            ["Antrag abgeben", "", "", w.as_str(), "1", "1"],
            ["", "", "", "", "2", "2"],
            ["Meldebescheinigung holen", "", "", b.as_str(), "3", "3"],
        ];
        let r = coord
            .post(
                &format!("/directory/manage/guides/{id}"),
                &pairs(&guide_form(&version, &shorter)),
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let g = store.guide(c_id, id).await.unwrap().unwrap();
        assert_eq!(g.step_offices, vec![Some(wohngeld), Some(buergerbuero)]);
        assert_eq!(g.text("ar").unwrap().text().steps[0].title, "قدّم الطلب");

        // Nobody else creates or edits guides.
        let mut guide = Client::new(app.clone());
        sign_in_staff(&mut guide, WEBER).await;
        let r = guide
            .post("/directory/manage/guides/new", &pairs(&guide_form("0", &steps)))
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = guide
            .post(
                &format!("/directory/manage/guides/{id}"),
                &pairs(&guide_form(&version, &edit)),
            )
            .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
);

/// The search index finds what reading and scoring every office found, in the same
/// order, for queries with typos, beginnings, compounds, Arabic and Persian letter
/// variants, Ge'ez script, several words, and words found nowhere; in every reader
/// language (with its fallback to English and German), under each filter, with drafts
/// and an office in another county beside. An edit, a translation, a deletion and a
/// lost index (texts from before the index) leave it the same too.
fn reference(
    texts: Vec<(i64, String, String)>,
    q: &lotse_server::directory::search::Query,
) -> Vec<(u32, i64, String)> {
    let mut scorer = q.scorer();
    let mut ranked: Vec<(u32, i64, String)> = texts
        .into_iter()
        .filter_map(|(id, name, text)| scorer.score(&name, &text).map(|s| (s, id, name)))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)).then(a.1.cmp(&b.1)));
    ranked
}

async fn same_as_full_scan(store: &Store, c_id: CountyId, queries: &[&str]) -> usize {
    use lotse_server::db::directory::ListFilter;
    use lotse_server::db::directory_search::{SearchAsk, SearchDrive};
    use lotse_server::directory::search::Query;
    let at = lotse_server::db::now();
    let filters = [
        (None, None, false),
        (Some("library".to_string()), None, false),
        (None, Some("ar".to_string()), false),
        (None, None, true),
    ];
    let mut found = 0;
    for (reader, fallback) in [("de", "en"), ("ar", "en"), ("ti", "en"), ("en", "de")] {
        for (category, language, open_now) in &filters {
            let f = ListFilter {
                category: category.clone(),
                language: language.clone(),
                open_now: *open_now,
                ids: None,
                offset: 0,
                limit: 0,
            };
            for q in queries {
                let query = Query::new(q).unwrap();
                let texts = store
                    .office_search_texts(c_id, reader, fallback, &f, at)
                    .await
                    .unwrap();
                let expected = reference(texts, &query);
                let ask = SearchAsk {
                    county: c_id,
                    reader,
                    fallback,
                    filter: &f,
                    at,
                    query: &query,
                };
                let got = store.office_search(&ask).await.unwrap();
                assert_eq!(
                    got, expected,
                    "{q:?} read in {reader}, filters {category:?} {language:?} {open_now}"
                );
                // The first offices read score by score, as a page of results asks.
                // Names in other languages read both ways: from the untranslated offices
                // (few of them), and by walking the word's names (0: never few).
                // and the names of many words in one sorted read (0 walks at most).
                let drive = |few_untranslated, max_walks| SearchDrive {
                    few_untranslated,
                    max_walks,
                };
                let sizes = [1, 2, 3, 4, 5, 6, 21, 10_000].map(|w| (w, drive(2000, 60)));
                let other = [
                    (3, drive(0, 60)),
                    (21, drive(0, 60)),
                    (10_000, drive(0, 60)),
                    (21, drive(2000, 0)),
                ];
                for (want, drive) in sizes.into_iter().chain(other) {
                    let page = store.office_search_page_driven(&ask, want, drive).await.unwrap();
                    assert_eq!(
                        page,
                        expected[..want.min(expected.len())],
                        "{q:?} read in {reader}, first {want} ({drive:?}), filters {category:?} {language:?} {open_now}"
                    );
                }
                found += got.len();
            }
        }
    }
    found
}

both_backends!(seeded_url the_index_finds_what_the_full_scan_found, |store: Store, url: String| async move {
    let c_id = county(&store).await;
    let office = |name: &str, description: &str, category: &str| {
        (
            OfficeFacts {
                category: category.into(),
                opening_hours: "24/7".into(),
                languages: vec!["ar".into(), "fa".into()],
                ..OfficeFacts::default()
            },
            OfficeText {
                name: name.into(),
                description: description.into(),
                ..OfficeText::default()
            },
        )
    };
    // Edge cases beside the demo's 40 offices: letter variants, a compound, a name and a
    // text sharing a word, the same name twice, a draft, a published office with a
    // draft translation.
    let mut ids = vec![];
    for (name, description, category, published) in [
        ("Stadtbibliothek Mitte", "Bücher, Zeitungen und Beratung für Frauen", "library", true),
        ("Bibliothek", "Stadtbibliothek im Rathaus", "library", true),
        ("Bibliothek", "Zweigstelle", "library", true),
        ("کتابخانه شهر", "كتابخانه مركزی — مدرسة", "library", true),
        ("Ausländerbehörde Nord", "Aufenthaltstitel, Ausweis", "authority", true),
        ("Entwurf Jobcenter", "noch nicht veröffentlicht", "authority", false),
        // A typo in the name and the word itself in the text: the name's weaker match
        // counts (twice), not the text's better one.
        ("Jobcentr Süd", "Sprechstunde im Jobcenter", "authority", true),
        // Searches of several words, read score by score: both words as parts of one
        // compound in the name, one in the name and one in the text, a name holding
        // one word twice over (exact and in a compound), the other only in a text.
        ("Frauenberatung Nord", "Beratung für Frauen und Mädchen", "authority", true),
        ("Beratung Süd", "Für Frauen und Familien", "authority", true),
        ("Beratungsstelle Frauen West", "Beratung", "authority", true),
        ("Frauen Treff", "Beratung im Haus", "authority", true),
        ("Beratung Schuldnerberatung", "Schulden, Frauenhaus", "authority", true),
        ("Frauen und Beratung", "Treff", "authority", true),
        // Both in one compound (a walk of names only) sorting before the office above
        // that holds one word only in its text (a walk probing the text), both scoring
        // 8: the probing walk reads up to the last name the other put on the page.
        ("Allgemeine Frauenberatung", "Für alle", "authority", true),
    ] {
        let (facts, text) = office(name, description, category);
        ids.push(store.create_office(c_id, &facts, &text, published, None, None).await.unwrap());
    }
    let arabic = OfficeText { name: "مكتبة المدينة".into(), description: "كتب ومدرسة".into(), ..OfficeText::default() };
    store.save_office_text(c_id, ids[0], "ar", 0, &arabic, true, None).await.unwrap();
    store.save_office_text(c_id, ids[1], "ar", 0, &arabic, false, None).await.unwrap();
    let tigrinya = OfficeText { name: "ቤት ንባብ".into(), description: "ቤት ትምህርቲ".into(), ..OfficeText::default() };
    store.save_office_text(c_id, ids[2], "ti", 0, &tigrinya, true, None).await.unwrap();
    // Another county's office with the same words is never found.
    common::exec_sql(&url, "INSERT INTO counties (id, name) VALUES (9999, 'Nachbarkreis')").await;
    let other = 9999;
    let (facts, text) = office("Stadtbibliothek Nachbarkreis", "Bibliothek Jobcenter", "library");
    store.create_office(CountyId(other), &facts, &text, true, None, None).await.unwrap();

    let queries = [
        "jobcenter", "Jobcentr", "bibliothek", "Bibliothk", "stadtbib", "b", "bi", "zzz",
        "Beratung Fraun", "Auslanderbehorde", "ausweis titel", "كتابخانه", "کتابخانه", "مدرسه",
        "مكتبه", "ቤት", "ንባብ", "arzt", "Kinder", "Deutschkurs", "12", "beratung zzzz",
        // Two words in one text, and two words each in a text of another language (an
        // office is searched in the one it is shown in only).
        "مكتبة مدرسة", "zeitungen مكتبة",
        // Several words: each in names and texts, one word matching both, a word twice,
        // beginnings, three words, a word only in texts, four words (ranked whole).
        "beratung frauen", "frauenberatung beratung", "beratung beratung", "Berat Frau",
        "beratung frauen nord", "sprechstunde jobcenter", "beratung frauen kinder eltern",
    ];
    let found = same_as_full_scan(&store, c_id, &queries).await;
    assert!(found > 100, "the queries find offices ({found})");

    // An edit: the old name's words are gone, the new ones found.
    let before = store.office(c_id, ids[4]).await.unwrap().unwrap();
    let (facts, text) = office("Migrationsamt Nord", "Aufenthaltstitel", "authority");
    let saved = store
        .update_office(c_id, ids[4], before.office.version, &facts, &text, true, None)
        .await
        .unwrap();
    assert_eq!(saved, lotse_server::db::Saved::Done);
    store.delete_office(c_id, ids[0]).await.unwrap();
    same_as_full_scan(&store, c_id, &["Ausländerbehörde", "Migrationsamt", "Zeitungen", "مكتبة"]).await;

    // The index lost (a database from before it): the janitor builds it again.
    common::exec_sql(&url, "DELETE FROM office_words; DELETE FROM directory_words; UPDATE office_texts SET indexed_version = NULL").await;
    assert!(store.index_stale_office_texts().await.unwrap() > 40);
    assert_eq!(store.index_stale_office_texts().await.unwrap(), 0, "all indexed");
    same_as_full_scan(&store, c_id, &["Jobcentr", "stadtbib", "کتابخانه", "ቤት", "Beratung Fraun"]).await;
});

/// Every page of the list as the reader sees it, from `office_names` and computed as
/// before it (`Store::office_list_computed`), for every reader and fallback language,
/// each filter and page: the same rows, or the test says where they part.
async fn same_as_computed(store: &Store, c_id: CountyId) -> usize {
    use lotse_server::db::directory::{ListDrive, ListFilter};
    let at = lotse_server::db::now();
    let langs: Vec<&str> = lotse_app::languages::Lang::all()
        .iter()
        .map(|l| l.code())
        .collect();
    let filters = [
        ListFilter::default(),
        ListFilter {
            category: Some("library".into()),
            ..ListFilter::default()
        },
        ListFilter {
            language: Some("ar".into()),
            ..ListFilter::default()
        },
        ListFilter {
            open_now: true,
            ..ListFilter::default()
        },
        ListFilter {
            open_now: true,
            language: Some("ar".into()),
            ..ListFilter::default()
        },
        ListFilter {
            ids: Some(vec![1, 2, 3, 41, 42, 43, 44, 45, 46, 999_999]),
            ..ListFilter::default()
        },
    ];
    let mut rows = 0;
    for reader in &langs {
        for fallback in &langs {
            for filter in &filters {
                for offset in [0, 7, 14, 35, 42, 1000] {
                    let f = ListFilter {
                        offset,
                        limit: 7,
                        ..filter.clone()
                    };
                    let computed = store
                        .office_list_computed(c_id, reader, fallback, &f, at)
                        .await
                        .unwrap();
                    let listed = store.office_list(c_id, reader, fallback, &f, at).await.unwrap();
                    assert_eq!(
                        format!("{listed:?}"),
                        format!("{computed:?}"),
                        "reader {reader}, fallback {fallback}, {f:?}"
                    );
                    if f.open_now && f.offset == 0 {
                        assert!(!computed.is_empty(), "offices open at the test's hour: {f:?}");
                    }
                    // Both ways of finding a page, whichever the list chose.
                    for drive in [ListDrive::Names, ListDrive::OpenNow]
                        .into_iter()
                        .filter(|_| f.open_now)
                    {
                        let driven = store
                            .office_list_driven(c_id, reader, fallback, &f, at, drive)
                            .await
                            .unwrap();
                        assert_eq!(
                            format!("{driven:?}"),
                            format!("{computed:?}"),
                            "reader {reader}, fallback {fallback}, {f:?}, {drive:?}"
                        );
                    }
                    rows += listed.len();
                }
            }
        }
    }
    rows
}

both_backends!(seeded_url the_listed_names_are_the_names_computed, |store: Store, url: String| async move {
    let c_id = county(&store).await;
    let office = |name: &str| {
        (
            OfficeFacts { category: "library".into(), opening_hours: "24/7".into(), languages: vec!["ar".into()], ..OfficeFacts::default() },
            OfficeText { name: name.into(), ..OfficeText::default() },
        )
    };
    // Beside the demo's 40: names that sort among them and the same name twice, a
    // translation published and one still a draft, a fallback's name, a draft office.
    let mut ids = vec![];
    for (name, published) in [("Bibliothek", true), ("Bibliothek", true), ("Ämterlotse", true), ("Zentrum", true), ("Entwurf", false)] {
        let (facts, text) = office(name);
        ids.push(store.create_office(c_id, &facts, &text, published, None, None).await.unwrap());
    }
    let named = |name: &str| OfficeText { name: name.into(), ..OfficeText::default() };
    store.save_office_text(c_id, ids[0], "ar", 0, &named("مكتبة"), true, None).await.unwrap();
    store.save_office_text(c_id, ids[1], "ar", 0, &named("مكتبة ٢"), false, None).await.unwrap();
    store.save_office_text(c_id, ids[1], "en", 0, &named("Library"), true, None).await.unwrap();
    store.save_office_text(c_id, ids[2], "ti", 0, &named("ቤት ንባብ"), true, None).await.unwrap();
    store.save_office_text(c_id, ids[3], "fa", 0, &named("مرکز"), true, None).await.unwrap();
    // Another county's office never shows.
    common::exec_sql(&url, "INSERT INTO counties (id, name) VALUES (9998, 'Nachbarkreis')").await;
    let (facts, text) = office("Aaa Nachbarkreis");
    store.create_office(CountyId(9998), &facts, &text, true, None, None).await.unwrap();
    assert!(same_as_computed(&store, c_id).await > 1000);

    // A rename, a German text taken back to a draft, a translation published, a delete.
    let before = store.office(c_id, ids[3]).await.unwrap().unwrap();
    let (facts, text) = office("Aaa Zentrum");
    store.update_office(c_id, ids[3], before.office.version, &facts, &text, true, None).await.unwrap();
    let before = store.office(c_id, ids[2]).await.unwrap().unwrap();
    let (facts, text) = office("Ämterlotse");
    store.update_office(c_id, ids[2], before.office.version, &facts, &text, false, None).await.unwrap();
    let ar = store.office(c_id, ids[1]).await.unwrap().unwrap();
    let version = ar.text("ar").map(|t| t.version).unwrap_or_default();
    store.save_office_text(c_id, ids[1], "ar", version, &named("مكتبة ٢"), true, None).await.unwrap();
    store.delete_office(c_id, ids[0]).await.unwrap();
    same_as_computed(&store, c_id).await;

    // The names lost (a database from before them): the janitor writes them again.
    common::exec_sql(&url, "DELETE FROM office_names; UPDATE office_texts SET indexed_version = NULL").await;
    assert!(store.index_stale_office_texts().await.unwrap() > 40);
    same_as_computed(&store, c_id).await;
    // A language added to the registry since: every office is named for it too.
    common::exec_sql(&url, "DELETE FROM office_names WHERE reader = 'uk'").await;
    assert!(store.mark_office_names_for_new_languages().await.unwrap());
    assert!(store.index_stale_office_texts().await.unwrap() > 40);
    assert!(!store.mark_office_names_for_new_languages().await.unwrap());
    same_as_computed(&store, c_id).await;
});

// Search results come 20 to a page, best first, with a link to the next page that keeps
// the query; the pages do not overlap, and together they are every office found. The
// list without a query stays at 50 a page (the demo county's 40 offices on one).
both_backends!(seeded search_results_come_twenty_to_a_page, |store: Store| async move {
    let c_id = county(&store).await;
    for i in 0..25 {
        let facts = OfficeFacts { category: "counselling".into(), ..OfficeFacts::default() };
        let text = OfficeText {
            name: format!("Wegweiserstelle {i:02}"),
            description: "Beratung".into(),
            ..OfficeText::default()
        };
        store.create_office(c_id, &facts, &text, true, None, None).await.unwrap();
    }
    let app = common::app(store.clone()).await;
    let mut c = anonymous(app, "de");
    let first = c.get("/offices?q=wegweiserstelle").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(count(&first.body, "data-testid=\"office-card\""), 20);
    assert!(first.body.contains("q=wegweiserstelle&amp;page=2"), "a link to the next page");
    // The heading says the page is not all: at least 20 found.
    let plain = |b: &str| b.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain(&first.body).contains("Mehr als 20 Orte gefunden"), "{}", first.body);
    let second = c.get("/offices?q=wegweiserstelle&page=2").await;
    assert_eq!(count(&second.body, "data-testid=\"office-card\""), 5);
    // The last page counts the pages before it in: 25 in all.
    assert!(plain(&second.body).contains("25 Orte gefunden"), "{}", second.body);
    for i in 0..25 {
        let name = format!("Wegweiserstelle {i:02}");
        let on = [&first.body, &second.body].iter().filter(|b| b.contains(&name)).count();
        assert_eq!(on, 1, "{name} on exactly one page");
    }
    // The list: the demo's 40 offices and these 25, 50 on the first page.
    let list = c.get("/offices").await;
    assert_eq!(count(&list.body, "data-testid=\"office-card\""), 50);
});

// Each server keeps the search's vocabulary in memory and checks its version on every
// search: a word that another server (here a second store on the same database) adds is
// found at once, and so is one this server adds; an office whose words are all known
// already changes nothing in the copy but is found all the same.
both_backends!(seeded_url a_second_server_finds_new_words_at_once, |store: Store, url: String| async move {
    use lotse_server::db::directory::ListFilter;
    use lotse_server::db::directory_search::SearchAsk;
    use lotse_server::directory::search::Query;
    let c_id = county(&store).await;
    let at = lotse_server::db::now();
    let other = Store::connect(&url).await.unwrap();
    let search = |s: Store, q: &'static str| async move {
        let query = Query::new(q).unwrap();
        let filter = ListFilter::default();
        let ask = SearchAsk { county: c_id, reader: "de", fallback: "en", filter: &filter, at, query: &query };
        s.office_search(&ask)
            .await
            .unwrap()
            .into_iter()
            .map(|(_, id, _)| id)
            .collect::<Vec<_>>()
    };
    // Both copies read (and a word nobody has is not found).
    assert!(search(store.clone(), "quokkaberatung").await.is_empty());
    assert!(search(other.clone(), "quokkaberatung").await.is_empty());
    let version = common::query_i64(&url, "SELECT version FROM directory_vocabulary").await;
    let quokka = common::new_office(&other, c_id, "Quokkaberatung Talheim", true).await;
    assert!(common::query_i64(&url, "SELECT version FROM directory_vocabulary").await > version);
    assert_eq!(search(store.clone(), "quokkaberatung").await, vec![quokka]);
    assert_eq!(search(other.clone(), "quokkaberatng").await, vec![quokka], "with a typo");
    // Known words only: the version stays, the office is found by its postings.
    let version = common::query_i64(&url, "SELECT version FROM directory_vocabulary").await;
    let second = common::new_office(&store, c_id, "Quokkaberatung", true).await;
    assert_eq!(common::query_i64(&url, "SELECT version FROM directory_vocabulary").await, version);
    let mut found = search(other.clone(), "quokkaberatung").await;
    found.sort();
    let mut expected = vec![quokka, second];
    expected.sort();
    assert_eq!(found, expected);
});

// Offices read together (a guide's steps, the export) are the offices read one by one:
// facts, contacts in their order, every text; of this county only, whatever the ids.
both_backends!(seeded_url offices_read_together_are_those_read_alone, |store: Store, url: String| async move {
    let c_id = county(&store).await;
    let facts = |contacts: Vec<Contact>| OfficeFacts {
        category: "authority".into(),
        opening_hours: "Mo-Fr 08:00-12:00".into(),
        languages: vec!["de".into(), "ti".into()],
        contacts,
        ..OfficeFacts::default()
    };
    let contact = |name: &str| Contact { name: name.into(), hours: "Mo".into(), ..Contact::default() };
    let text = |name: &str| OfficeText { name: name.into(), description: "Beratung".into(), ..OfficeText::default() };
    // Contacts whose order is not their names' order; no contacts; a draft; texts in
    // several languages, one of them a draft.
    let many = store
        .create_office(c_id, &facts(vec![contact("Zora"), contact("Anna"), contact("Mia")]), &text("Amt A"), true, None, None)
        .await
        .unwrap();
    let none = store.create_office(c_id, &facts(vec![]), &text("Amt B"), true, None, None).await.unwrap();
    let draft = store.create_office(c_id, &facts(vec![contact("X")]), &text("Amt C"), false, None, None).await.unwrap();
    store.save_office_text(c_id, many, "ar", 0, &text("مكتب"), true, None).await.unwrap();
    store.save_office_text(c_id, many, "ti", 0, &text("ቤት"), false, None).await.unwrap();
    // Another county's office, with a contact and a text, asked for by id.
    common::exec_sql(&url, "INSERT INTO counties (id, name) VALUES (9997, 'Nachbarkreis')").await;
    let foreign = store
        .create_office(CountyId(9997), &facts(vec![contact("Fremd")]), &text("Amt D"), true, None, None)
        .await
        .unwrap();

    let alone = |id: i64| {
        let store = store.clone();
        async move { store.office(c_id, id).await.unwrap() }
    };
    assert_eq!(alone(many).await.unwrap().contacts.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(), ["Zora", "Anna", "Mia"]);
    assert_eq!(alone(many).await.unwrap().texts.len(), 3);
    assert!(alone(foreign).await.is_none(), "another county's office");
    assert!(alone(i64::MAX).await.is_none());

    // Asked for in any order, twice, with ids of nothing and of another county.
    let asked = [draft, foreign, many, 0, none, many, i64::MAX];
    let together = store.offices(c_id, &asked).await.unwrap();
    let mut expected = vec![];
    for id in [many, none, draft] {
        expected.push(alone(id).await.unwrap());
    }
    expected.sort_by_key(|o| o.office.id);
    assert_eq!(together, expected);
    assert!(store.offices(c_id, &[]).await.unwrap().is_empty());
    assert!(store.offices(c_id, &[foreign]).await.unwrap().is_empty());

    // All of the county: every demo office and the new ones, each as read alone.
    let all = store.offices_full(c_id).await.unwrap();
    assert!(all.len() > 40);
    assert!(all.iter().all(|o| o.office.id != foreign));
    assert!(all.windows(2).all(|w| w[0].office.id < w[1].office.id));
    for o in &all {
        assert_eq!(Some(o), alone(o.office.id).await.as_ref());
    }
    assert!(all.iter().any(|o| o.contacts.len() > 1), "the demo has offices with several contacts");
});

// An office's opening state read from its stored intervals (office page, guide steps)
// is the one evaluated from its opening hours, at every instant of ten days: around the
// clock, weekdays, once a week, across midnight, once a year, holidays off, none known,
// unreadable, by appointment; and the demo's offices.
both_backends!(seeded opening_from_stored_intervals_is_the_evaluated_one, |store: Store| async move {
    use lotse_server::web::directory::{live_opening, office_opening};
    let c_id = county(&store).await;
    let t0 = lotse_server::time::to_unix("2026-12-14", 9, 30).unwrap();
    let mut ids = vec![];
    for (hours, by_appointment) in [
        ("24/7", false),
        ("Mo-Fr 08:00-16:00", false),
        ("Mo 10:00-12:00", false),
        ("Sa 22:00-02:00", false),
        ("Dec 24 10:00-12:00", false),
        ("Mo-Fr 08:00-12:00; PH off", false),
        ("", false),
        ("kaputt", false),
        ("Mo-Fr 08:00-16:00", true),
    ] {
        let facts = OfficeFacts {
            category: "authority".into(),
            opening_hours: hours.into(),
            by_appointment,
            ..OfficeFacts::default()
        };
        let text = OfficeText { name: format!("Amt {hours}"), ..OfficeText::default() };
        ids.push(store.create_office(c_id, &facts, &text, true, None, None).await.unwrap());
    }
    let all: Vec<i64> = store.offices_full(c_id).await.unwrap().iter().map(|o| o.office.id).collect();
    for o in store.offices(c_id, &all).await.unwrap() {
        store.refresh_open_intervals(o.office.id, &o.office.opening_hours, t0).await.unwrap();
    }
    let mut stored = 0;
    for step in 0..(10 * 24 * 60 / 197) {
        let at = t0 + step * 197 * 60;
        for o in store.offices_at(c_id, &all, at).await.unwrap() {
            let f = &o.office;
            stored += usize::from(f.open_until.is_some() || f.opens_at.is_some());
            assert_eq!(
                office_opening(f, at),
                live_opening(f.by_appointment, &f.opening_hours, at),
                "{:?} at {at}",
                f.opening_hours
            );
        }
    }
    assert!(stored > 1000, "the stored intervals answered ({stored})");
    assert!(ids.iter().all(|id| all.contains(id)));
});
