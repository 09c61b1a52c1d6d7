//! Where a plan step leads, found by name (issue 20: a county with thousands of offices
//! gets a search, not a list of them all in every goal's form). The plan page lists no
//! offices; the suggestions answer with the county's matches only; a posted name is
//! taken when it is clear, comes back as a choice when several match and with a message
//! when none does, and what was typed is kept; a step never leads outside the county.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;

use axum::http::StatusCode;
use common::{sign_in_client, sign_in_staff, Client, KELLER};
use lotse_app::domain::ClientId;
use lotse_server::db::directory::CountyId;
use lotse_server::db::plan::StepLink;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

use common::{demo_county as county, new_office as office_in, office_by_key as office_id};

async fn steps_named(store: &Store, client: ClientId, text: &str) -> Vec<Option<StepLink>> {
    store
        .case(&common::own_guide(store, client).await)
        .steps()
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.text == text)
        .map(|s| s.link())
        .collect()
}

fn step<'a>(text: &'a str, pairs: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![("text", text), ("actor", "client")];
    form.extend_from_slice(pairs);
    form
}

both_backends!(seeded plan_steps_lead_where_the_typed_name_says, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let c_id = county(&store).await;
    let amal = ClientId(common::client_named(&store, "Haddad").await);
    let jobcenter = office_id(&store, "jobcenter-talheim").await;
    let jobcenter_bergfeld = office_id(&store, "jobcenter-bergfeld").await;
    let goal = store
        .case(&common::own_guide(&store, amal).await)
        .goals()
        .await
        .unwrap()[0]
        .id;
    let steps = format!("/cases/{}/plan/goals/{goal}/steps", amal.0);
    let mut keller = Client::new(app.clone());
    sign_in_staff(&mut keller, KELLER).await;
    let plan = keller.get(&format!("/cases/{}/plan", amal.0)).await;
    assert_eq!(plan.status, StatusCode::OK);
    assert!(
        !plan.body.contains(&format!("value=\"office:{jobcenter}\"")),
        "no list of offices"
    );
    assert!(plan.body.contains("data-step-links=\"/cases/step-links\""));
    assert!(plan.body.contains("/step-links.js?v="));
    // The demo plan already links the Kita step to the Kita guide.
    assert!(plan.body.contains("data-testid=\"step-link\""));

    // The exact name: taken at once.
    let r = keller
        .post(&steps, &step("Termin im Jobcenter", &[("link_q", "  jobcenter TALHEIM ")]))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        steps_named(&store, amal, "Termin im Jobcenter").await,
        vec![Some(StepLink::Office(jobcenter))]
    );

    // Several match: the form comes back with them to choose from, the text kept.
    let r = keller
        .post(&steps, &step("Zum Jobcenter gehen", &[("link_q", "jobcenter")]))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Zum Jobcenter gehen"), "the text is kept");
    assert!(r.body.contains("value=\"jobcenter\""), "the name typed is kept");
    assert!(r.body.contains("Mehrere passen zu diesem Namen"));
    assert!(r.body.contains("data-testid=\"step-link-candidates\""));
    for id in [jobcenter, jobcenter_bergfeld] {
        assert!(
            r.body.contains(&format!("name=\"link_pick\" value=\"office:{id}\"")),
            "office {id} offered"
        );
    }
    assert!(steps_named(&store, amal, "Zum Jobcenter gehen").await.is_empty());
    // One of them picked.
    let pick = format!("office:{jobcenter_bergfeld}");
    let r = keller
        .post(
            &steps,
            &step("Zum Jobcenter gehen", &[("link_q", "jobcenter"), ("link_pick", &pick)]),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        steps_named(&store, amal, "Zum Jobcenter gehen").await,
        vec![Some(StepLink::Office(jobcenter_bergfeld))]
    );

    // Chosen from the suggestions (the hidden `link`): taken as it is.
    let link = format!("office:{jobcenter}");
    let r = keller
        .post(&steps, &step("Unterlagen abgeben", &[("link_q", "Jobcenter Talheim"), ("link", &link)]))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        steps_named(&store, amal, "Unterlagen abgeben").await,
        vec![Some(StepLink::Office(jobcenter))]
    );

    // A name typed over a chosen one (without JavaScript the hidden link stays): the
    // name typed counts.
    let debt = office_id(&store, "schuldnerberatung").await;
    let debt_name = store.office(c_id, debt).await.unwrap().unwrap().text("de").unwrap().name.clone();
    let r = keller
        .post(&steps, &step("Schulden ordnen", &[("link_q", &debt_name), ("link", &link)]))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(
        steps_named(&store, amal, "Schulden ordnen").await,
        vec![Some(StepLink::Office(debt))]
    );

    // A link that was found is kept when something else is wrong (no text here).
    let r = keller.post(&steps, &step("", &[("link_q", "Jobcenter Talheim")])).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains(&format!("name=\"link\" value=\"office:{jobcenter}\"")));

    // Nothing of that name: a message, the text kept.
    let r = keller
        .post(&steps, &step("Ins Nirgendwo", &[("link_q", "Xylophonwerkstatt")]))
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Kein Amt und keine Anleitung passt zu diesem Namen"));
    assert!(r.body.contains("Ins Nirgendwo"));

    // An office of another county, by a guessed id or by its name, an unpublished one,
    // a guide that does not exist, a made-up value: refused, text kept, nothing written.
    let other = CountyId(store.create_county("Landkreis Nord").await.unwrap());
    let elsewhere = office_in(&store, other, "Amt im Norden", true).await;
    let draft = office_in(&store, c_id, "Entwurfsamt Talheim", false).await;
    let elsewhere_link = format!("office:{elsewhere}");
    let draft_link = format!("office:{draft}");
    for (field, bad) in [
        ("link", elsewhere_link.as_str()),
        ("link_pick", elsewhere_link.as_str()),
        ("link", draft_link.as_str()),
        ("link", "guide:999999"),
        ("link", "x"),
        ("link_q", "Amt im Norden"),
        ("link_q", "Entwurfsamt"),
    ] {
        let r = keller.post(&steps, &step("Fremder Schritt", &[(field, bad)])).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{field}={bad}");
        assert!(r.body.contains("Fremder Schritt"), "the text is kept");
        assert!(
            !r.body.contains(&format!("value=\"office:{elsewhere}\"")),
            "{field}={bad}"
        );
    }
    assert!(steps_named(&store, amal, "Fremder Schritt").await.is_empty());

    // The client sees where to go, the office's name in Arabic, and the guide's title.
    let mut c = Client::new(app.clone());
    sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
    let mine = c.get("/me/plan").await;
    assert!(mine.body.contains(&format!("href=\"/offices/{jobcenter}\"")), "{}", mine.body);
    let jc = store.office(c_id, jobcenter).await.unwrap().unwrap();
    let arabic_name = jc.text("ar").unwrap().name.clone();
    assert!(mine.body.contains(&arabic_name));
    assert!(mine.body.contains("href=\"/guides/"), "the Kita step leads to its guide");
});

both_backends!(seeded suggestions_come_from_the_county_only, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let jobcenter = office_id(&store, "jobcenter-talheim").await;
    let other = CountyId(store.create_county("Landkreis Nord").await.unwrap());
    office_in(&store, other, "Jobcenter Nord", true).await;
    let mut keller = Client::new(app.clone());
    sign_in_staff(&mut keller, KELLER).await;

    let r = keller.get("/cases/step-links?q=jobcentr").await;
    assert_eq!(r.status, StatusCode::OK);
    let answer: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    let options = answer["options"].as_array().unwrap();
    let values: Vec<&str> = options.iter().map(|o| o["value"].as_str().unwrap()).collect();
    assert!(values.contains(&format!("office:{jobcenter}").as_str()), "{values:?}");
    assert!(options.len() <= 8);
    assert!(!r.body.contains("Nord"), "another county's office");
    let first = options
        .iter()
        .find(|o| o["value"] == format!("office:{jobcenter}"))
        .unwrap();
    assert_eq!(first["name"], "Jobcenter Talheim");
    // (The name is isolated from the text around it, for right-to-left pages.)
    assert_eq!(first["label"], "Amt: \u{2068}Jobcenter Talheim\u{2069}");
    assert_eq!(
        answer["status"].as_str().unwrap().replace(['\u{2068}', '\u{2069}'], ""),
        format!("{} Vorschläge", options.len())
    );
    // A guide is found too (the guide for a first appointment at the job centre).
    assert!(values.iter().any(|v| v.starts_with("guide:")), "{values:?}");

    for q in ["", "%20", "--", "Xylophonwerkstatt"] {
        let r = keller.get(&format!("/cases/step-links?q={q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{q}");
        let answer: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(answer["options"].as_array().unwrap().len(), 0, "{q}");
        assert_eq!(answer["status"], "Keine Vorschläge");
    }
    let r = keller.get("/cases/step-links").await;
    assert_eq!(r.status, StatusCode::OK);
    // A very long name is cut, not refused.
    let long = "a".repeat(5000);
    let r = keller.get(&format!("/cases/step-links?q={long}")).await;
    assert_eq!(r.status, StatusCode::OK);
});

both_backends!(seeded the_plan_page_does_not_grow_with_the_directory, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let c_id = county(&store).await;
    let amal = ClientId(common::client_named(&store, "Haddad").await);
    let mut keller = Client::new(app.clone());
    sign_in_staff(&mut keller, KELLER).await;
    let path = format!("/cases/{}/plan", amal.0);
    let before = keller.get(&path).await;
    for i in 0..120 {
        office_in(&store, c_id, &format!("Beratungsstelle Nummer {i}"), true).await;
    }
    let after = keller.get(&path).await;
    assert_eq!(after.status, StatusCode::OK);
    assert!(!after.body.contains("Beratungsstelle Nummer"));
    // The same page but for the time it was made (the access log's view count and the
    // like may differ by a few bytes), not 120 offices longer per goal.
    let grown = after.body.len().abs_diff(before.body.len());
    assert!(grown < 200, "grew by {grown} bytes");
});

// The names of the steps' links, read for all steps at once, are those the plan page
// showed before (every published office and guide of the county by its German name, the
// list `step_link_choices` read): for every office and guide of the county, and none
// for drafts and other counties.
both_backends!(seeded_url link_names_are_the_listed_ones, |store: Store, url: String| async move {
    let c_id = county(&store).await;
    let other = CountyId(store.create_county("Landkreis Nord").await.unwrap());
    let elsewhere = office_in(&store, other, "Amt im Norden", true).await;
    let draft = office_in(&store, c_id, "Entwurfsamt Talheim", false).await;
    let pairs = |rows: Vec<String>| -> Vec<(i64, String)> {
        rows.into_iter()
            .map(|r| {
                let (id, name) = r.split_once('|').unwrap();
                (id.parse().unwrap(), name.to_string())
            })
            .collect()
    };
    let listed = pairs(
        common::query_strings(
            &url,
            &format!(
                "SELECT o.id || '|' || t.name FROM offices o JOIN office_texts t ON t.office_id = o.id AND t.lang = 'de' \
                 WHERE o.county_id = {} AND t.status = 'published' ORDER BY t.name",
                c_id.0
            ),
        )
        .await,
    );
    let guides = pairs(
        common::query_strings(
            &url,
            &format!(
                "SELECT g.id || '|' || t.title FROM guides g JOIN guide_texts t ON t.guide_id = g.id AND t.lang = 'de' \
                 WHERE g.county_id = {} AND t.status = 'published' ORDER BY t.title",
                c_id.0
            ),
        )
        .await,
    );
    assert!(listed.len() > 20 && guides.len() > 3);
    let mut expected: Vec<(StepLink, String)> = listed
        .into_iter()
        .map(|(id, n)| (StepLink::Office(id), n))
        .chain(guides.into_iter().map(|(id, n)| (StepLink::Guide(id), n)))
        .collect();
    let mut asked: Vec<StepLink> = expected.iter().map(|(l, _)| *l).collect();
    asked.extend([
        StepLink::Office(elsewhere),
        StepLink::Office(draft),
        StepLink::Guide(i64::MAX),
    ]);
    asked.reverse();
    expected.reverse();
    assert_eq!(store.step_link_names(c_id, &asked).await.unwrap(), expected);
    assert_eq!(store.step_link_names(c_id, &[]).await.unwrap(), vec![]);
    assert_eq!(
        store.step_link_in_county(c_id, StepLink::Office(elsewhere)).await.unwrap(),
        None
    );
});

// A client's plan names its links in their language where the office or guide has a
// published text in it, else in German, all links in one statement: the same names, in
// the same languages, as one statement per link read before (the reference below), for
// every office and guide of the county, a draft and a gone one, in four languages.
both_backends!(seeded_url a_clients_link_names_are_those_read_one_by_one, |store: Store, url: String| async move {
    let c_id = county(&store).await;
    let draft = office_in(&store, c_id, "Entwurfsamt Talheim", false).await;
    let ids = |sql: String| {
        let url = url.clone();
        async move { common::query_strings(&url, &sql).await }
    };
    let offices = ids(format!("SELECT CAST(id AS TEXT) FROM offices WHERE county_id = {}", c_id.0)).await;
    let guides = ids(format!("SELECT CAST(id AS TEXT) FROM guides WHERE county_id = {}", c_id.0)).await;
    let mut links: Vec<StepLink> = offices
        .iter()
        .map(|id| StepLink::Office(id.parse().unwrap()))
        .chain(guides.iter().map(|id| StepLink::Guide(id.parse().unwrap())))
        .collect();
    links.extend([StepLink::Office(draft), StepLink::Guide(i64::MAX)]);
    assert!(links.len() > 25);
    let mut translated = 0;
    for lang in ["ar", "fa", "ti", "de"] {
        let mut expected = Vec::new();
        for link in &links {
            let (table, column, name, id) = match link {
                StepLink::Office(id) => ("office_texts", "office_id", "name", id),
                StepLink::Guide(id) => ("guide_texts", "guide_id", "title", id),
            };
            let one = common::query_strings(
                &url,
                &format!(
                    "SELECT lang || '|' || {name} FROM {table} WHERE {column} = {id} AND status = 'published' \
                     AND lang IN ('{lang}', 'de') ORDER BY lang = 'de' LIMIT 1"
                ),
            )
            .await;
            if let Some((text_lang, name)) = one.first().and_then(|r| r.split_once('|')) {
                translated += usize::from(text_lang != "de");
                expected.push((*link, text_lang.to_string(), name.to_string()));
            }
        }
        let got: Vec<(StepLink, String, String)> = store
            .step_link_names_in(&links, lang)
            .await
            .unwrap()
            .into_iter()
            .map(|(l, n)| (l, n.lang, n.name))
            .collect();
        assert_eq!(got, expected, "{lang}");
    }
    assert!(translated > 10, "the demo has translated texts to prefer: {translated}");
    assert!(store.step_link_names_in(&[], "ar").await.unwrap().is_empty());
});
