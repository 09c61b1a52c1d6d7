//! A programme's measures and milestones with evidence (KISI/AMIF): kept by the
//! coordinator, overdue ones on the dashboard, listed in the report, frozen figures that
//! do not change afterwards, documents checked by their bytes, other municipalities'
//! measures out of reach.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{day, sign_in_staff, Client, COORDINATOR};
use lotse_server::db::programme::{Evidence, Reach};
use lotse_server::db::Store;

const COUNTY_COORDINATOR: &str = "t.berger@landkreis.example";

/// The id after `#milestone-` or `#measure-` in a redirect.
fn anchored(location: &Option<String>, what: &str) -> i64 {
    let l = location.clone().unwrap_or_default();
    l.split(&format!("#{what}-"))
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{l}"))
}

both_backends!(seeded_url
    a_coordinator_keeps_measures_milestones_and_their_evidence,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app.clone());
        sign_in_staff(&mut c, COORDINATOR).await;
        assert_eq!(c.get("/figures/programme").await.status, StatusCode::OK);

        // A measure without a title comes back with the message and what was typed.
        let refused = c
            .post("/figures/programme/measures", &[("programme", "KISI/AMIF"), ("first", "Konzept"), ("first_due", &day(-10))])
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.body.contains("value=\"KISI/AMIF\"") && refused.body.contains("value=\"Konzept\""));

        // Three milestones: the first due ten days ago (overdue), two to come.
        let made = c
            .post(
                "/figures/programme/measures",
                &[
                    ("programme", "KISI/AMIF"),
                    ("title", "Sprachcafé für Frauen"),
                    ("first", "Konzept abgestimmt"),
                    ("first_due", &day(-10)),
                    ("second", "Erste Gruppe läuft"),
                    ("second_due", &day(60)),
                    ("third", "Auswertung"),
                    ("third_due", &day(200)),
                ],
            )
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
        let page = c.get("/figures/programme").await;
        assert!(page.body.contains("Sprachcafé für Frauen") && page.body.contains("Überfällig"));
        let first = page.body.split("id=\"milestone-").nth(1).unwrap().split('"').next().unwrap().parse::<i64>().unwrap();

        // The dashboard flags it, the report lists every milestone.
        let period = format!("from={}&to={}", day(-365), day(0));
        let dash = c.get(&format!("/figures?{period}")).await;
        let milestones = dash.body.split("id=\"figure-milestones\"").nth(1).unwrap().split("</figure>").next().unwrap();
        assert!(milestones.contains("Sprachcafé für Frauen: Konzept abgestimmt") && milestones.contains("überfällig"));
        let csv = c.get(&format!("/figures/report.csv?{period}&funder=own")).await;
        assert!(csv.body.contains("Meilensteine;Sprachcafé für Frauen: Auswertung;Fällig am;"), "{}", csv.body);

        // Reached needs its date; then it is reached; a second save on the old version is
        // refused and keeps the choice.
        let version = page.body.split(&format!("/milestones/{first}/state")).nth(1).unwrap()
            .split("name=\"version\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let no_date = c
            .post(&format!("/figures/programme/milestones/{first}/state"), &[("status", "reached"), ("version", &version)])
            .await;
        assert_eq!(no_date.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(no_date.body.contains("Bitte das Datum angeben"));
        let saved = c
            .post(
                &format!("/figures/programme/milestones/{first}/state"),
                &[("status", "reached"), ("reached_on", &day(-2)), ("version", &version)],
            )
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER);
        let stale = c
            .post(&format!("/figures/programme/milestones/{first}/state"), &[("status", "missed"), ("version", &version)])
            .await;
        assert_eq!(stale.status, StatusCode::CONFLICT);
        assert!(stale.body.contains("inzwischen geändert"));
        let dash = c.get(&format!("/figures?{period}")).await;
        let milestones = dash.body.split("id=\"figure-milestones\"").nth(1).unwrap().split("</figure>").next().unwrap();
        assert!(!milestones.contains("überfällig"), "reached is no longer overdue");

        // Evidence: a note; a link (only http(s)); a figure frozen on the day; a PDF.
        let evidence = format!("/figures/programme/milestones/{first}/evidence");
        let note = c.post_multipart(&evidence, &[("kind", "note"), ("text", "Protokoll der Sitzung")], None).await;
        assert_eq!(note.status, StatusCode::SEE_OTHER, "{}", note.body);
        assert_eq!(anchored(&note.location, "milestone"), first);
        let script = c.post_multipart(&evidence, &[("kind", "link"), ("link", "javascript:alert(1)")], None).await;
        assert_eq!(script.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(script.body.contains("https://"));
        let link = c.post_multipart(&evidence, &[("kind", "link"), ("link", "https://example.org/bericht")], None).await;
        assert_eq!(link.status, StatusCode::SEE_OTHER);
        let figure = c
            .post_multipart(
                &evidence,
                &[("kind", "figure"), ("table", "plans"), ("from", &day(-365)), ("to", &day(0))],
                None,
            )
            .await;
        assert_eq!(figure.status, StatusCode::SEE_OTHER, "{}", figure.body);
        let raw = common::Raw::connect(&url).await;
        let frozen = raw.strings("SELECT figure FROM milestone_evidence WHERE kind = 'figure'").await.join("");
        raw.close().await;
        assert!(frozen.contains("Integrationspläne offener Fälle") && frozen.contains("Offene Fälle"), "{frozen}");
        let not_pdf = c
            .post_multipart(&evidence, &[("kind", "document")], Some(("document", "application/pdf", b"MZ not a pdf")))
            .await;
        assert_eq!(not_pdf.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(not_pdf.body.contains("PDF, JPEG oder PNG"));
        let pdf = c
            .post_multipart(&evidence, &[("kind", "document")], Some(("document", "application/pdf", b"%PDF-1.4 Bericht")))
            .await;
        assert_eq!(pdf.status, StatusCode::SEE_OTHER);
        let page = c.get("/figures/programme").await;
        let text = page.body.replace(['\u{2068}', '\u{2069}'], "");
        assert!(text.contains("Integrationspläne offener Fälle, Talheim"), "the frozen figure's caption");
        assert!(page.body.contains("Protokoll der Sitzung") && page.body.contains("href=\"https://example.org/bericht\""));
        let doc = page.body.split("/figures/programme/evidence/").nth(1).unwrap().split('"').next().unwrap().to_string();
        let download = c.get(&format!("/figures/programme/evidence/{doc}")).await;
        assert_eq!(download.status, StatusCode::OK);
        assert_eq!(download.bytes, b"%PDF-1.4 Bericht");
        assert_eq!(download.headers.get("content-type").unwrap(), "application/pdf");

        // Another municipality's measure is out of this coordinator's reach; the county
        // coordinator reaches both.
        let bergfeld = Reach { county: 1, municipality: 2 };
        let theirs = store
            .add_measure(bergfeld, 2, "Eigene Mittel", "Nachbarschaftshilfe", &[("Start".into(), day(5))], 1)
            .await
            .unwrap()
            .unwrap();
        let their_milestone = store.milestones(bergfeld).await.unwrap().into_iter().find(|m| m.measure_id == theirs).unwrap().id;
        let their_doc = store
            .add_evidence(bergfeld, their_milestone, Evidence::Note("Bergfeld".into()), 1)
            .await
            .unwrap()
            .unwrap();
        assert!(!c.get("/figures/programme").await.body.contains("Nachbarschaftshilfe"));
        assert_eq!(
            c.post(&format!("/figures/programme/measures/{theirs}/milestones"), &[("title", "X"), ("due_on", &day(3))]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            c.post(&format!("/figures/programme/milestones/{their_milestone}/state"), &[("status", "open"), ("version", "1")]).await.status,
            StatusCode::NOT_FOUND
        );
        assert_eq!(c.get(&format!("/figures/programme/evidence/{their_doc}")).await.status, StatusCode::NOT_FOUND);
        let mut county = Client::new(app);
        sign_in_staff(&mut county, COUNTY_COORDINATOR).await;
        let all = county.get("/figures/programme").await.body;
        assert!(all.contains("Nachbarschaftshilfe") && all.contains("Sprachcafé für Frauen"));
    }
);
