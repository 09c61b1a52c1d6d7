//! Public events: the page without sign-in (in the reader's language where someone
//! wrote it, else German marked as German), registration that never overbooks even when
//! many register at once, the iCalendar feed (parsed by an independent parser), the
//! poster, and the coordinators' side (five languages, conflicts, cancelling, which
//! group offers are public, another municipality's events not found).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, COORDINATOR, WEBER};
use lotse_app::domain::MunicipalityId;
use lotse_server::db::events::{NewRegistration, Registered};
use lotse_server::db::Store;

/// The demo's events of Talheim and Bergfeld by German title: (id, municipality).
async fn event_named(store: &Store, title: &str) -> i64 {
    for m in [1, 2] {
        if let Some(e) = store
            .events_of(MunicipalityId(m), 0)
            .await
            .unwrap()
            .into_iter()
            .find(|e| e.title == title)
        {
            return e.id;
        }
    }
    panic!("no demo event {title}")
}

async fn in_language(c: &mut Client, lang: &str) {
    let r = c.post("/lang", &[("lang", lang), ("return_to", "/events")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
}

both_backends!(seeded_url
    the_public_page_needs_no_sign_in_and_registration_never_overbooks,
    |store: Store, url: String| async move {
        let app = common::app(store.clone()).await;
        let mut anyone = Client::new(app.clone());
        in_language(&mut anyone, "de").await;
        let page = anyone.get("/events").await;
        assert_eq!(page.status, StatusCode::OK);
        let soup = event_named(&store, "Suppenfest der Nachbarschaft").await;
        let evening = event_named(&store, "Infoabend: Arbeit und Ausbildung").await;
        let kita = event_named(&store, "Kita-Infotag").await;
        for id in [soup, evening, kita] {
            assert!(page.body.contains(&format!("href=\"/events/{id}\"")), "{id}: {}", page.body);
        }
        // The places come from the directory.
        assert!(store.event(soup, "de").await.unwrap().unwrap().where_line().starts_with("Willkommenszentrum Talheim, "));
        // The language café is shown publicly (demo); no names of anyone with it.
        assert!(page.body.contains("Sprachcafé in der Stadtbibliothek"));
        assert!(page.body.contains("Noch \u{2068}40\u{2069} Plätze frei"));
        // An offer taken back to draft leaves the public page, whatever its flag says.
        common::exec_sql(&url, "UPDATE group_texts SET status = 'draft' WHERE title = 'Sprachcafé in der Stadtbibliothek'").await;
        assert!(!anyone.get("/events").await.body.contains("Sprachcafé in der Stadtbibliothek"));
        common::exec_sql(&url, "UPDATE group_texts SET status = 'published' WHERE title = 'Sprachcafé in der Stadtbibliothek'").await;
        // One place: Bergfeld's Kita day only.
        let bergfeld = anyone.get("/events?m=2").await.body;
        assert!(bergfeld.contains(&format!("href=\"/events/{kita}\"")));
        assert!(!bergfeld.contains(&format!("href=\"/events/{soup}\"")));

        // In Arabic: the soup festival in Arabic; the evening, written in German and
        // English only, in German and marked so.
        let mut reader = Client::new(app.clone());
        in_language(&mut reader, "ar").await;
        let ar = reader.get("/events").await.body;
        assert!(ar.contains("مهرجان الشوربة في الحي"), "{ar}");
        assert!(ar.contains(&format!("<a href=\"/events/{evening}\" lang=\"de\" dir=\"auto\">Infoabend: Arbeit und Ausbildung</a>")), "{ar}");

        // Registering: the form keeps what was typed when something is wrong. The field
        // only machines fill is never shown to people.
        let page = anyone.get(&format!("/events/{evening}")).await.body;
        assert!(page.contains("<div hidden><input type=\"text\" id=\"f-website\""), "{page}");
        let key = common::input_value(&page, "client_key").unwrap();
        let register = format!("/events/{evening}/register");
        let r = anyone.post(&register, &[("client_key", key.as_str()), ("name", ""), ("people", "0")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let ok = [("client_key", key.as_str()), ("name", "Rania"), ("people", "2"), ("contact", "")];
        let r = anyone.post(&register, &ok).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
        assert!(r.body.contains("Danke! Sie sind angemeldet."));
        // The same form again (a retry on a bad network) lands once.
        assert_eq!(anyone.post(&register, &ok).await.status, StatusCode::OK);
        assert_eq!(store.event(evening, "de").await.unwrap().unwrap().registered, 2);
        // A machine that fills the hidden field is thanked and ignored.
        let page = anyone.get(&format!("/events/{evening}")).await.body;
        let key2 = common::input_value(&page, "client_key").unwrap();
        let r = anyone
            .post(&register, &[("client_key", key2.as_str()), ("name", "Bot"), ("people", "1"), ("website", "x")])
            .await;
        assert_eq!(r.status, StatusCode::OK);
        assert_eq!(store.event(evening, "de").await.unwrap().unwrap().registered, 2);

        // Twelve at once, five people each, for the 38 places left: never more than 40.
        let mut tasks = vec![];
        for i in 0..12 {
            let store = store.clone();
            tasks.push(tokio::spawn(async move {
                store
                    .register_for_event(
                        evening,
                        &NewRegistration {
                            name: format!("Gast {i}"),
                            people: 5,
                            contact: String::new(),
                            lang: "de".into(),
                            user: None,
                            key_hash: format!("parallel-{i}"),
                        },
                    )
                    .await
                    .unwrap()
            }));
        }
        let mut new = 0;
        for t in tasks {
            match t.await.unwrap() {
                Registered::New => new += 1,
                Registered::Full => {}
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(new, 7);
        assert_eq!(store.event(evening, "de").await.unwrap().unwrap().registered, 37);
        // Three places left: five more people are refused, what was typed kept.
        let page = anyone.get(&format!("/events/{evening}")).await.body;
        let key3 = common::input_value(&page, "client_key").unwrap();
        let r = anyone
            .post(&register, &[("client_key", key3.as_str()), ("name", "Rania"), ("people", "5"), ("contact", "0170 1234")])
            .await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("So viele Plätze sind nicht mehr frei."));
        assert!(r.body.contains("value=\"0170 1234\""));

        // The feed parses in an independent parser: the three events, titles in German.
        let feed = anyone.get("/events/feed.ics").await;
        assert_eq!(feed.status, StatusCode::OK);
        let cal = ical::IcalParser::new(feed.body.as_bytes()).next().unwrap().unwrap();
        let summaries: Vec<String> = cal
            .events
            .iter()
            .filter_map(|e| e.properties.iter().find(|p| p.name == "SUMMARY").and_then(|p| p.value.clone()))
            .collect();
        for t in ["Suppenfest der Nachbarschaft", "Infoabend: Arbeit und Ausbildung", "Kita-Infotag"] {
            assert!(summaries.iter().any(|s| s == t), "{t} in {summaries:?}");
        }
        let single = anyone.get(&format!("/events/{soup}/event.ics")).await;
        assert!(ical::IcalParser::new(single.body.as_bytes()).next().unwrap().is_ok());
        // The poster carries a QR code to the event's page.
        let poster = anyone.get(&format!("/events/{soup}/poster")).await.body;
        assert!(poster.contains("<svg"), "{poster}");
        assert!(poster.contains(&format!("/events/{soup}</span>")));
        assert_eq!(anyone.get("/events/999999").await.status, StatusCode::NOT_FOUND);

        // A day after the evening plus 30 days, who registered is gone.
        common::exec_sql(&url, &format!("UPDATE events SET starts_at = starts_at - 86400 * 60 WHERE id = {evening}")).await;
        let before = lotse_server::time::now() - lotse_server::db::events::REGISTRATIONS_KEPT_DAYS * 86_400;
        assert!(store.purge_event_registrations(before).await.unwrap() >= 8);
        assert_eq!(common::query_i64(&url, &format!("SELECT COUNT(*) FROM event_registrations WHERE event_id = {evening}")).await, 0);
    }
);

both_backends!(seeded
    coordinators_write_events_in_five_languages_and_conflicts_keep_what_was_typed,
    |store: Store| async move {
        let app = common::app(store.clone()).await;
        let mut c = Client::new(app.clone());
        sign_in_staff(&mut c, COORDINATOR).await;
        let day = common::day(30);
        // No German title: refused, what was typed kept.
        let mut form = vec![
            ("version", "0"),
            ("date", day.as_str()),
            ("time", "17:00"),
            ("minutes", "90"),
            ("place", "Bürgerhaus, großer Saal"),
            ("title_de", ""),
            ("title_ar", "أمسية معلومات عن المدرسة"),
        ];
        let r = c.post("/events/manage", &form).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("value=\"Bürgerhaus, großer Saal\""));
        assert!(r.body.contains("value=\"أمسية معلومات عن المدرسة\""));
        form[5] = ("title_de", "Infoabend Schule");
        let r = c.post("/events/manage", &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        let id: i64 = r.location.as_deref().unwrap().rsplit('/').next().unwrap().parse().unwrap();
        let e = store.event(id, "ar").await.unwrap().unwrap();
        assert_eq!(e.title, "أمسية معلومات عن المدرسة");
        assert_eq!(store.event(id, "fa").await.unwrap().unwrap().text_lang, "de");

        // Two coordinators edit at once: the second keeps their text and is told.
        let edit = c.get(&format!("/events/manage/{id}")).await.body;
        let version = common::input_value(&edit, "version").unwrap();
        let mut change = form.clone();
        change[0] = ("version", version.as_str());
        change[5] = ("title_de", "Infoabend Schule und Kita");
        assert_eq!(c.post(&format!("/events/manage/{id}"), &change).await.status, StatusCode::SEE_OTHER);
        change[5] = ("title_de", "Elternabend");
        let r = c.post(&format!("/events/manage/{id}"), &change).await;
        assert_eq!(r.status, StatusCode::CONFLICT);
        assert!(r.body.contains("value=\"Elternabend\""));
        assert_eq!(store.event(id, "de").await.unwrap().unwrap().title, "Infoabend Schule und Kita");

        // Cancelled: the public page says so, the feed marks it CANCELLED.
        let e = store.event(id, "de").await.unwrap().unwrap();
        let v = e.version.to_string();
        assert_eq!(c.post(&format!("/events/manage/{id}/cancel"), &[("version", v.as_str())]).await.status, StatusCode::SEE_OTHER);
        let mut anyone = Client::new(app.clone());
        in_language(&mut anyone, "de").await;
        let page = anyone.get(&format!("/events/{id}")).await.body;
        assert!(page.contains("data-testid=\"event-state\" class=\"alert-warning\">Fällt aus"), "{page}");
        assert!(!page.contains("action=\"/events/"), "no registration form");
        let feed = anyone.get("/events/feed.ics").await.body;
        assert!(feed.contains("STATUS:CANCELLED"));

        // The volunteer coordinator manages too; a guide may not; another municipality's
        // event is not found.
        let mut vc = Client::new(app.clone());
        sign_in_staff(&mut vc, "n.schaefer@talheim.example").await;
        assert_eq!(vc.get("/events/manage").await.status, StatusCode::OK);
        let mut g = Client::new(app.clone());
        sign_in_staff(&mut g, WEBER).await;
        assert_eq!(g.get("/events/manage").await.status, StatusCode::FORBIDDEN);
        let kita = event_named(&store, "Kita-Infotag").await;
        assert_eq!(c.get(&format!("/events/manage/{kita}")).await.status, StatusCode::NOT_FOUND);

        // A group offer shown publicly, and hidden again.
        let groups = store.groups_publicity(MunicipalityId(1)).await.unwrap();
        let (gid, title, public) = groups.iter().find(|(_, _, p)| !*p).cloned().unwrap();
        assert!(!public);
        let r = c.post(&format!("/events/manage/groups/{gid}"), &[("public", "on")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert!(anyone.get("/events").await.body.contains(&title));
        c.post(&format!("/events/manage/groups/{gid}"), &[("public", "off")]).await;
        assert!(!anyone.get("/events").await.body.contains(&title));
    }
);
