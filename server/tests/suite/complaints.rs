//! Complaints, suggestions and praise (`web::complaints`, `db::complaints`): anyone sends
//! one (a client named or not, a resident without an account), the handler the
//! municipality named moves it on and answers, and the sender follows it by account or
//! by code; a complaint about a guide never reaches that guide, whatever the handlers;
//! the public page holds against floods; late ones show on the coordinator's start page;
//! the figures count kinds and times without names.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{
    client_named, day, exec_sql, input_value, query_i64, sign_in_client, sign_in_staff, Client, COORDINATOR,
};
use lotse_app::complaints::{FeedbackAbout, FeedbackKind, Sender};
use lotse_app::domain::{ClientId, MunicipalityId};
use lotse_server::db::complaints::NewComplaint;
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

/// The code shown after sending (the test id's element's text).
fn code_on(body: &str) -> String {
    let at = body
        .find("data-testid=\"feedback-code\"")
        .expect("a code is shown");
    let rest = &body[at..];
    let start = rest.find('>').unwrap() + 1;
    let end = rest[start..].find('<').unwrap();
    rest[start..start + end].trim().to_string()
}

fn form<'a>(key: &'a str, body: &'a str, about: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("client_key", key),
        ("kind", "complaint"),
        ("about", about),
        ("about_text", ""),
        ("body", body),
        ("contact", ""),
        ("website", ""),
    ]
}

async fn talheim(url: &str) -> i64 {
    query_i64(url, "SELECT id FROM municipalities WHERE name = 'Talheim'").await
}

/// Moves complaint `id` on at the desk (opened first, for its version).
async fn handle(staff: &mut Client, id: i64, status: &str, answer: &str) -> common::Reply {
    let path = format!("/complaints/{id}");
    let page = staff.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let version = input_value(&page.body, "version").unwrap_or_default();
    staff
        .post(
            &path,
            &[("version", &version), ("status", status), ("answer", answer)],
        )
        .await
}

both_backends!(seeded_url a_complaint_about_a_guide_never_reaches_that_guide, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let amal = ClientId(client_named(&store, "Haddad").await);
    let guide = store.client_scope(amal).await.unwrap().unwrap().guide_id.unwrap();
    let guide_email = common::query_strings(&url, &format!("SELECT email FROM users WHERE id = {guide}")).await[0].clone();
    let m = talheim(&url).await;

    // The coordinators cannot name a guide for complaints about guides.
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let page = coordinator.get("/complaints/handlers").await;
    assert_eq!(page.status, StatusCode::OK);
    let r = coordinator
        .post("/complaints/handlers", &[("handler_guide", &guide.to_string()), ("handler_service", &guide.to_string())])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "no guide handles complaints about guides");
    assert!(r.body.contains("kann das nicht bearbeiten"));
    let r = coordinator.post("/complaints/handlers", &[("handler_service", &guide.to_string())]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    // Even if the table said otherwise (an old row, a slip), the person it is about is
    // never the handler and never sees it.
    exec_sql(&url, &format!("INSERT INTO complaint_handlers (municipality_id, about, user_id) VALUES ({m}, 'guide', {guide})")).await;

    // Amal complains about her guide, with her name.
    let mut c = Client::new(app.clone());
    sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
    let page = c.get("/feedback").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(c.get("/me").await.body.contains("href=\"/feedback\""), "the client's start page leads there");
    let sent = c.post("/feedback", &form("amal-1", "Mein Termin wurde dreimal abgesagt.", "guide")).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let id = query_i64(&url, "SELECT MAX(id) FROM complaints").await;
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM complaints WHERE id = {id} AND about_user_id = {guide} AND handler_id IS NULL")).await, 1);
    // The service's handler (the same guide) gets complaints about services.
    let service = c.post("/feedback", &form("amal-2", "Der Kurs ist zu weit weg.", "service")).await;
    assert_eq!(service.status, StatusCode::OK);
    let service_id = query_i64(&url, "SELECT MAX(id) FROM complaints").await;

    let mut g = Client::new(app.clone());
    sign_in_staff(&mut g, &guide_email).await;
    let desk = g.get("/complaints").await;
    assert_eq!(desk.status, StatusCode::OK);
    assert!(!desk.body.contains("dreimal abgesagt"), "the guide concerned never sees it");
    assert!(desk.body.contains(&format!("/complaints/{service_id}")), "but sees what was routed to them");
    assert_eq!(g.get(&format!("/complaints/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(handle(&mut g, service_id, "acknowledged", "").await.status, StatusCode::SEE_OTHER);
    let r = g.post(&format!("/complaints/{id}"), &[("version", "1"), ("status", "closed"), ("answer", "erledigt")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "nor can they close it");
    // Routed to them by hand: still not theirs to see.
    exec_sql(&url, &format!("UPDATE complaints SET handler_id = {guide} WHERE id = {id}")).await;
    assert_eq!(g.get(&format!("/complaints/{id}")).await.status, StatusCode::NOT_FOUND);
    assert!(!g.get("/cases").await.body.contains("dreimal abgesagt"));

    // The coordinators see it, with who sent it.
    let page = coordinator.get(&format!("/complaints/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("dreimal abgesagt") && page.body.contains("Amal (Klient:in)"), "{}", page.body);
    assert_eq!(handle(&mut coordinator, id, "answered", "Wir haben mit Ihnen einen neuen Termin vereinbart.").await.status, StatusCode::SEE_OTHER);
    // Amal reads the answer on the same page she sent it from.
    let mine = c.get("/feedback").await;
    assert!(mine.body.contains("einen neuen Termin vereinbart"), "{}", mine.body);
    // Sent without her name: the desk does not know who it was.
    let anon = {
        let mut f = form("amal-3", "Ohne Namen gesendet.", "lotse");
        f.push(("anonymous", "on"));
        c.post("/feedback", &f).await
    };
    assert_eq!(anon.status, StatusCode::OK);
    let anon_id = query_i64(&url, "SELECT MAX(id) FROM complaints").await;
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM complaints WHERE id = {anon_id} AND sender_user_id IS NULL AND sender = 'client'")).await, 1);
    let page = coordinator.get(&format!("/complaints/{anon_id}")).await;
    assert!(!page.body.contains("Amal (") && page.body.contains("ohne Namen"));
    assert!(!page.body.contains("(Klient:in)"), "not even that a client sent it");
    // Nobody outside the desk opens it.
    let mut volunteer = Client::new(app.clone());
    sign_in_staff(&mut volunteer, common::VOLUNTEER).await;
    assert_eq!(volunteer.get(&format!("/complaints/{id}")).await.status, StatusCode::FORBIDDEN);
    let mut other = Client::new(app.clone());
    sign_in_staff(&mut other, common::DEMIR).await;
    assert_eq!(other.get(&format!("/complaints/{id}")).await.status, StatusCode::NOT_FOUND, "another municipality's");
});

both_backends!(seeded_url an_anonymous_sender_follows_their_complaint_by_its_code, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let mut resident = Client::new(app.clone());
    let m = talheim(&url).await.to_string();
    let page = resident.get(&format!("/feedback?m={m}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&format!("value=\"{m}\" selected")), "the municipality of the link is chosen");
    assert!(resident.get("/signin").await.body.contains("href=\"/feedback\""));

    // Of several municipalities none is chosen for the sender.
    let plain = resident.get("/feedback").await;
    assert!(plain.body.contains("<option value=\"\" selected"), "nothing preselected");
    let r = resident.post("/feedback", &form("res-0", "Ohne Gemeinde", "office")).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Ohne Gemeinde"));
    // Nothing lost on a refusal: the words stay.
    let mut f = form("res-1", " ", "office");
    f.push(("municipality", &m));
    f[3] = ("about_text", "Ausländerbehörde");
    let r = resident.post("/feedback", &f).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Ausländerbehörde"));

    f[4] = ("body", "Am Schalter wurde ich angeschrien.");
    let sent = resident.post("/feedback", &f).await;
    assert_eq!(sent.status, StatusCode::OK, "{}", sent.body);
    let code = code_on(&sent.body);
    assert_eq!(code.len(), 9, "{code}");
    // A retry (the connection dropped) lands once and shows the same code.
    let again = resident.post("/feedback", &f).await;
    assert_eq!(code_on(&again.body), code);
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM complaints WHERE body LIKE '%angeschrien%'").await, 1);
    // Only the code's hash is stored.
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM complaints WHERE code_hash LIKE '%{}%'", code.replace('-', ""))).await, 0);

    let lookup = |code: String| {
        let app = app.clone();
        async move { Client::new(app).post("/feedback/status", &[("code", &code)]).await }
    };
    let r = lookup(code.to_lowercase().replace('-', " ")).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("angeschrien") && r.body.contains("Received"), "{}", r.body);

    let id = query_i64(&url, "SELECT MAX(id) FROM complaints").await;
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let desk = coordinator.get("/complaints").await;
    assert!(desk.body.contains(&format!("/complaints/{id}")));
    // Answering needs words; the step cannot go back.
    assert_eq!(handle(&mut coordinator, id, "answered", " ").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(handle(&mut coordinator, id, "acknowledged", "").await.status, StatusCode::SEE_OTHER);
    assert_eq!(handle(&mut coordinator, id, "received", "").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Two handlers at once: the second keeps their words and sees the new state.
    let page = coordinator.get(&format!("/complaints/{id}")).await;
    let stale = input_value(&page.body, "version").unwrap();
    assert_eq!(handle(&mut coordinator, id, "answered", "Wir haben mit der Leitung gesprochen. Das darf nicht passieren.").await.status, StatusCode::SEE_OTHER);
    let r = coordinator
        .post(&format!("/complaints/{id}"), &[("version", &stale), ("status", "closed"), ("answer", "Mein Entwurf")])
        .await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("Mein Entwurf"));

    let r = lookup(code.clone()).await;
    assert!(r.body.contains("Das darf nicht passieren") && r.body.contains("Answered"), "{}", r.body);
    assert_eq!(lookup("ABCD-EF23".into()).await.status, StatusCode::UNPROCESSABLE_ENTITY, "no such code");
    assert_eq!(lookup("12".into()).await.status, StatusCode::UNPROCESSABLE_ENTITY);
});

both_backends!(seeded the_public_page_holds_against_floods, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let m = store.municipality_ids().await.unwrap()[0].0.to_string();
    let mut resident = Client::new(app.clone());
    for i in 0..lotse_server::web::complaints::send::SENDS_PER_HOUR {
        let key = format!("flood-{i}");
        let mut f = form(&key, "Eine Nachricht", "lotse");
        f.push(("municipality", &m));
        let r = resident.post("/feedback", &f).await;
        assert_eq!(r.status, StatusCode::OK, "{i} {}", r.body);
    }
    let mut f = form("flood-x", "Noch eine Nachricht", "lotse");
    f.push(("municipality", &m));
    let r = resident.post("/feedback", &f).await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(r.body.contains("Noch eine Nachricht"), "what was typed stays");
    // A refused try takes back only itself: the next one (in the same second) is refused too.
    for i in 0..3 {
        let key = format!("flood-y{i}");
        let mut f = form(&key, "Und noch eine", "lotse");
        f.push(("municipality", &m));
        assert_eq!(resident.post("/feedback", &f).await.status, StatusCode::TOO_MANY_REQUESTS, "{i}");
    }
    // A machine that fills the field nobody sees gets nowhere.
    let mut f = form("bot-1", "Buy now", "lotse");
    f.push(("municipality", &m));
    f[6] = ("website", "http://spam.example");
    assert_eq!(Client::new(app.clone()).post("/feedback", &f).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Guessing codes: a limit per address too.
    let mut last = StatusCode::OK;
    for _ in 0..=lotse_server::web::complaints::send::LOOKUPS_PER_HOUR {
        last = resident.post("/feedback/status", &[("code", "ABCD-EF23")]).await.status;
    }
    assert_eq!(last, StatusCode::TOO_MANY_REQUESTS);
});

both_backends!(seeded_url late_complaints_show_on_the_coordinators_start_page, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let m = MunicipalityId(talheim(&url).await);
    let send = |key: &str, about: FeedbackAbout| NewComplaint {
        municipality: m,
        kind: FeedbackKind::Complaint,
        about,
        about_text: String::new(),
        about_user: None,
        body: "Zu lange gewartet".into(),
        sender: Sender::Resident,
        sender_user: None,
        contact: String::new(),
        lang: "de".into(),
        code_hash: format!("hash-{key}"),
        client_key: key.into(),
    };
    store.send_complaint(&send("late-1", FeedbackAbout::Office)).await.unwrap();
    store.send_complaint(&send("late-2", FeedbackAbout::Group)).await.unwrap();
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let home = coordinator.get("/cases").await;
    assert!(home.body.contains("data-testid=\"complaints-card\""));
    assert!(home.body.contains("\u{2068}2\u{2069} offen, davon \u{2068}0\u{2069} überfällig"), "{}", home.body);
    // Not acknowledged by its day: late from the next day on.
    exec_sql(&url, &format!("UPDATE complaints SET acknowledge_by = '{}' WHERE client_key = 'late-1'", day(-1))).await;
    let home = coordinator.get("/cases").await;
    assert!(home.body.contains("\u{2068}2\u{2069} offen, davon \u{2068}1\u{2069} überfällig"));
    let desk = coordinator.get("/complaints").await;
    assert_eq!(common::count(&desk.body, "badge badge-warn"), 1);
    // A guide with nothing routed to them sees no card.
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, common::WEBER).await;
    assert!(!guide.get("/cases").await.body.contains("complaints-card"));
});

both_backends!(seeded_url the_figures_count_kinds_and_times_without_names, |store: Store, url: String| async move {
    let m = talheim(&url).await;
    for i in 0..6 {
        store
            .send_complaint(&NewComplaint {
                municipality: MunicipalityId(m),
                kind: if i < 5 { FeedbackKind::Complaint } else { FeedbackKind::Praise },
                about: if i < 4 { FeedbackAbout::Office } else { FeedbackAbout::Guide },
                about_text: String::new(),
                about_user: None,
                body: format!("Nachricht {i} von Frau Zählprobe"),
                sender: Sender::Resident,
                sender_user: None,
                contact: String::new(),
                lang: "de".into(),
                code_hash: format!("fig-{i}"),
                client_key: format!("fig-{i}"),
            })
            .await
            .unwrap();
    }
    // Five acknowledged after two days and answered after ten.
    exec_sql(&url, "UPDATE complaints SET status = 'answered', acknowledged_at = received_at + 2 * 86400, \
                    answered_at = received_at + 10 * 86400 WHERE client_key IN ('fig-0', 'fig-1', 'fig-2', 'fig-3', 'fig-5')").await;
    let county = query_i64(&url, &format!("SELECT county_id FROM municipalities WHERE id = {m}")).await;
    let today = chrono::NaiveDate::parse_from_str(&day(0), "%Y-%m-%d").unwrap();
    let (filter, period) = lotse_server::figures::period_filter(county, Some(m), None, None, None, today - chrono::Duration::days(30), today);
    let sections = lotse_server::figures::case_sections(&store, &filter, &period).await.unwrap();
    let section = sections.iter().find(|s| s.id == "complaints").expect("a section of its own");
    use lotse_app::figures::{Cell, Shown};
    let by = &section.tables[0];
    let complaints = &by.rows[0].cells;
    assert_eq!(complaints[1], Cell::People(4), "four about offices");
    assert_eq!(complaints[3].shown(), Shown::FewerThanFive, "one about a guide: < 5");
    assert_eq!(complaints[5], Cell::People(5));
    let times = &section.tables[1].rows;
    assert_eq!(times[0].cells[0], Cell::People(5));
    assert_eq!(times[0].cells[1].shown(), Shown::TooFew, "four acknowledged complaints: no median");
    let all_times: Vec<_> = times.iter().map(|r| r.cells.clone()).collect();
    assert!(!format!("{sections:?}").contains("Zählprobe"), "no words, no names");
    // Answered within ten days, counted over the five that were.
    let (filter, _) = lotse_server::figures::period_filter(county, None, None, None, None, today - chrono::Duration::days(30), today);
    let county_wide = lotse_server::figures::case_sections(&store, &filter, &period).await.unwrap();
    let c = county_wide.iter().find(|s| s.id == "complaints").unwrap();
    assert_eq!(c.tables[1].rows.iter().map(|r| r.cells.clone()).collect::<Vec<_>>(), all_times, "the county holds the municipality's");
});

both_backends!(seeded_url handlers_find_what_was_routed_to_them_on_their_start_page, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let m = talheim(&url).await.to_string();
    let id_of = |email: &'static str| {
        let url = url.clone();
        async move { query_i64(&url, &format!("SELECT id FROM users WHERE email = '{email}'")).await.to_string() }
    };
    let schaefer = id_of("n.schaefer@talheim.example").await;
    let officer = id_of("datenschutz@talheim.example").await;
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, COORDINATOR).await;
    let r = coordinator.post("/complaints/handlers", &[("handler_group", &schaefer), ("handler_lotse", &officer)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = coordinator.get("/complaints/handlers").await;
    assert!(page.body.contains(&format!("value=\"{officer}\" selected")), "the choice is kept");

    let mut resident = Client::new(app.clone());
    for (key, about, body) in [("h-1", "group", "Der Kurs fiel ohne Nachricht aus."), ("h-2", "lotse", "Die App lädt auf meinem Handy langsam.")] {
        let mut f = form(key, body, about);
        f.push(("municipality", &m));
        assert_eq!(resident.post("/feedback", &f).await.status, StatusCode::OK);
    }
    // Only a hash of the form's key is kept (the code is made from the key).
    let key = |k: &str| lotse_server::auth::credentials::token_hash(k);
    let group_id = query_i64(&url, &format!("SELECT id FROM complaints WHERE client_key = '{}'", key("h-1"))).await;
    let app_id = query_i64(&url, &format!("SELECT id FROM complaints WHERE client_key = '{}'", key("h-2"))).await;
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM complaints WHERE client_key IN ('h-1', 'h-2')").await, 0);

    let mut schaefer = Client::new(app.clone());
    sign_in_staff(&mut schaefer, "n.schaefer@talheim.example").await;
    assert!(schaefer.get("/groups/manage").await.body.contains("data-testid=\"complaints-card\""));
    let desk = schaefer.get("/complaints").await;
    assert!(desk.body.contains(&format!("/complaints/{group_id}")) && !desk.body.contains(&format!("/complaints/{app_id}")));
    assert_eq!(schaefer.get(&format!("/complaints/{app_id}")).await.status, StatusCode::NOT_FOUND);

    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, "datenschutz@talheim.example").await;
    assert!(dp.get("/privacy").await.body.contains("data-testid=\"complaints-card\""));
    assert_eq!(handle(&mut dp, app_id, "closed", "Wir haben die App schneller gemacht.").await.status, StatusCode::SEE_OTHER);
    assert!(!dp.get("/privacy").await.body.contains("complaints-card"), "nothing open: no card");
    // Closed stays closed, even for a post made by hand.
    let page = dp.get(&format!("/complaints/{app_id}")).await;
    assert!(!page.body.contains("name=\"version\""), "no form on a closed one");
    let version = query_i64(&url, &format!("SELECT version FROM complaints WHERE id = {app_id}")).await.to_string();
    let r = dp.post(&format!("/complaints/{app_id}"), &[("version", &version), ("status", "closed"), ("answer", "Anders")]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM complaints WHERE id = {app_id} AND answer LIKE 'Wir haben%'")).await, 1);
    assert_eq!(dp.get(&format!("/complaints/{group_id}")).await.status, StatusCode::NOT_FOUND);
});

both_backends!(seeded_url a_client_signed_out_meanwhile_keeps_their_complaint_and_their_name, |store: Store, url: String| async move {
    let app = common::app(store.clone()).await;
    let mut c = Client::new(app.clone());
    sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
    let token = c.cookies.iter().find(|(k, _)| k == "lotse_session").map(|(_, v)| v.clone()).unwrap();
    let at = lotse_server::time::now();
    store.touch_session(&lotse_server::auth::credentials::token_hash(&token), at, at - 1).await.unwrap();
    let r = c.post("/feedback", &form("expired-1", "Mein Anliegen mit Namen", "guide")).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED, "asked to sign in again, not sent without a name");
    assert!(input_value(&r.body, "resume").is_some(), "the form is kept for her");
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM complaints WHERE body LIKE '%mit Namen%'").await, 0);
});
