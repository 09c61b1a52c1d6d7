//! Requests under data-protection law and the data-protection officer's work: the client
//! asks from "My data", the officer sees the deadline (one month, art. 12(3)) and decides
//! with a reason the client reads; a decision acts on the record (a consent withdrawn,
//! the record restricted out of everyday work, or erased); the access log with its
//! filters and the accounts that opened unusually many files.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{
    client_ids_of, client_named, day, exec_sql, input_value, query_i64, sign_in_client, sign_in_staff,
    Client, KELLER, WEBER,
};
use lotse_app::domain::ClientId;
use lotse_app::privacy::{PrivacyKind, PrivacyStatus};
use lotse_server::db::access_log::{Action, BURST_THRESHOLD};
use lotse_server::db::Store;
use lotse_server::seed::{CLIENT_NUMBER, CLIENT_PIN};

const OFFICER: &str = "datenschutz@talheim.example";

/// Amal Haddad (the demo client who signs in) and the email of her guide.
async fn amal(store: &Store) -> (ClientId, &'static str) {
    let amal = client_named(store, "Haddad").await;
    let guide = if client_ids_of(store, WEBER).await.contains(&amal) {
        WEBER
    } else {
        KELLER
    };
    (ClientId(amal), guide)
}

async fn requests_of(store: &Store, client: ClientId) -> Vec<lotse_server::db::privacy::PrivacyRow> {
    store
        .case(&common::own_record(store, client).await)
        .privacy_requests()
        .await
        .unwrap()
}

/// The officer's decision on request `id` (opened first, for its version).
async fn decide(dp: &mut Client, id: i64, form: &[(&str, &str)]) -> common::Reply {
    let path = format!("/privacy/requests/{id}");
    let page = dp.get(&path).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let version = input_value(&page.body, "version").unwrap_or_default();
    let mut all = vec![("version", version.as_str())];
    all.extend_from_slice(form);
    dp.post(&path, &all).await
}

both_backends!(seeded a_client_asks_and_reads_the_officers_answer, |store: Store| async move {
    let (amal, _) = amal(&store).await;
    let app = common::app(store.clone()).await;
    let mut c = Client::new(app.clone());
    sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
    let page = c.get("/me/data/rights").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(c.get("/me/data").await.body.contains("href=\"/me/data/rights\""));

    // A correction needs words; a withdrawal needs a consent; what was typed stays.
    let r = c.post("/me/data/rights", &[("client_key", "r0"), ("kind", "correct"), ("body", " ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = c
        .post("/me/data/rights", &[("client_key", "r0"), ("kind", "withdraw_consent"), ("body", "bitte nicht mehr")])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("bitte nicht mehr"));
    let r = c.post("/me/data/rights", &[("client_key", "r0"), ("kind", "access"), ("body", "x")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "a copy is downloaded, not asked for");

    let form = [("client_key", "r1"), ("kind", "erase"), ("body", "Bitte meine alte Telefonnummer löschen")];
    assert_eq!(c.post("/me/data/rights", &form).await.status, StatusCode::SEE_OTHER);
    assert_eq!(c.post("/me/data/rights", &form).await.status, StatusCode::SEE_OTHER, "a retry");
    let rows = requests_of(&store, amal).await;
    assert_eq!(rows.len(), 1, "lands once");
    let request = &rows[0];
    assert_eq!((request.kind, request.status), (PrivacyKind::Erase, PrivacyStatus::Open));
    // Due a calendar month after it came (art. 12(3)).
    let today = chrono::NaiveDate::parse_from_str(&day(0), "%Y-%m-%d").unwrap();
    let due = today.checked_add_months(chrono::Months::new(1)).unwrap().format("%Y-%m-%d").to_string();
    assert_eq!(request.due_on, due);

    // Only the officer of the municipality sees and decides it.
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, KELLER).await;
    assert_eq!(guide.get("/privacy").await.status, StatusCode::FORBIDDEN);
    assert_eq!(guide.get(&format!("/privacy/requests/{}", request.id)).await.status, StatusCode::FORBIDDEN);
    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, OFFICER).await;
    let home = dp.get("/privacy").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Löschung (Art. 17)") && home.body.contains("Haddad"), "{}", home.body);
    assert!(!home.body.contains("data-testid=\"privacy-overdue\""));
    assert_ne!(dp.get("/cases").await.status, StatusCode::OK, "no everyday case work");
    assert_eq!(dp.get(&format!("/cases/{}", amal.0)).await.status, StatusCode::NOT_FOUND);

    // A decision needs a reason; the erase-all box only with a granted erasure.
    let r = decide(&mut dp, request.id, &[("status", "partly"), ("answer", "")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let r = decide(&mut dp, request.id, &[("status", "refused"), ("answer", "Nein."), ("erase_all", "on")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("Nein."));
    let answer = "Die alte Nummer ist gelöscht. Die Akte muss Ihre Begleitung belegen und bleibt.";
    let page = dp.get(&format!("/privacy/requests/{}", request.id)).await;
    let version = input_value(&page.body, "version").unwrap();
    let path = format!("/privacy/requests/{}", request.id);
    let form = [("version", version.as_str()), ("status", "partly"), ("answer", answer)];
    assert_eq!(dp.post(&path, &form).await.status, StatusCode::SEE_OTHER);
    // The same form again (a colleague's, opened before): refused, what was typed kept.
    let form = [("version", version.as_str()), ("status", "granted"), ("answer", "Zweiter Text")];
    let again = dp.post(&path, &form).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("Zweiter Text") && again.body.contains(answer));

    // The client reads the answer in their language; the officer's look is in their log.
    let mine = c.get("/me/data/rights").await.body;
    assert!(mine.contains(answer), "{mine}");
    assert_eq!(requests_of(&store, amal).await[0].status, PrivacyStatus::Partly);

    // Withdrawing a consent: one tap, the officer grants, the consent is revoked today.
    let consent_id = store
        .case(&common::own_guide(&store, amal).await)
        .add_consent(&lotse_server::db::consents::NewConsent {
            purpose: "release_jobcenter".into(),
            recipient: "Jobcenter Talheim".into(),
            recipient_team: None,
            covers: vec![],
            given_on: day(-30),
            form: "paper".into(),
        })
        .await
        .unwrap()
        .unwrap();
    let consent = store
        .case(&common::own_record(&store, amal).await)
        .consents()
        .await
        .unwrap()
        .into_iter()
        .find(|k| k.id == consent_id)
        .unwrap();
    assert_eq!(c.post(&format!("/me/data/consents/{}/revoke", consent.id), &[]).await.status, StatusCode::SEE_OTHER);
    let withdrawal = requests_of(&store, amal)
        .await
        .into_iter()
        .find(|r| r.kind == PrivacyKind::WithdrawConsent)
        .unwrap();
    assert_eq!(withdrawal.consent_id, Some(consent.id));
    let r = decide(&mut dp, withdrawal.id, &[("status", "granted"), ("answer", "Ihre Einwilligung ist widerrufen.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let after = store
        .case(&common::own_record(&store, amal).await)
        .consents()
        .await
        .unwrap()
        .into_iter()
        .find(|k| k.id == consent.id)
        .unwrap();
    assert_eq!(after.revoked_on.as_deref(), Some(day(0).as_str()));
    assert!(c.get("/me/data/rights").await.body.contains("Ihre Einwilligung ist widerrufen."));
});

both_backends!(seeded a_restricted_record_leaves_everyday_work_and_stays_for_the_officer, |store: Store| async move {
    let (amal, guide_email) = amal(&store).await;
    let app = common::app(store.clone()).await;
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, guide_email).await;
    let record = format!("/cases/{}", amal.0);
    assert_eq!(guide.get(&record).await.status, StatusCode::OK);

    // A request on paper: found by name, recorded with today's deadline.
    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, OFFICER).await;
    let found = dp.get("/privacy?q=haddad").await.body;
    let page = format!("/privacy/clients/{}", amal.0);
    assert!(found.contains(&format!("href=\"{page}\"")), "{found}");
    let client_page = dp.get(&page).await;
    assert_eq!(client_page.status, StatusCode::OK);
    let key = input_value(&client_page.body, "client_key").unwrap();
    let r = dp
        .post(&format!("{page}/requests"), &[("client_key", &key), ("kind", "erase"), ("body", "Brief: alles löschen")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let request = requests_of(&store, amal).await.into_iter().find(|r| r.channel == "paper").unwrap();
    // Deletion is not allowed while the record must be kept: restricted instead.
    let r = decide(&mut dp, request.id, &[("status", "restricted"), ("answer", "Die Akte ist gesperrt.")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);

    // Gone from everyday work: the record, the caseload, the team lead's list.
    assert_eq!(guide.get(&record).await.status, StatusCode::NOT_FOUND);
    assert!(!guide.get("/cases").await.body.contains(&format!("href=\"{record}\"")));
    let mut lead = Client::new(app.clone());
    sign_in_staff(&mut lead, KELLER).await;
    assert_eq!(lead.get(&record).await.status, StatusCode::NOT_FOUND);
    // The client still reads their own; the officer reads it, and the export is whole.
    let mut c = Client::new(app.clone());
    sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
    assert_eq!(c.get("/me/data").await.status, StatusCode::OK);
    assert!(dp.get(&page).await.body.contains("data-testid=\"privacy-restricted\""));
    let export = dp.get(&format!("{page}/export.json")).await;
    assert_eq!(export.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_str(&export.body).unwrap();
    assert_eq!(v["person"]["last_name"], "Haddad");
    assert!(v["plan"].as_array().is_some_and(|p| !p.is_empty()));
    assert!(v["data_protection_requests"].as_array().is_some_and(|p| p.len() == 1));
    // Every look of the officer is logged, and the log can be narrowed to this record.
    let log = dp.get(&format!("/privacy/access?client={}", amal.0)).await.body;
    assert!(log.contains("Datenauskunft (Export)") && log.contains("Dr. Eva Lorenz"), "{log}");

    // Lifted: back in everyday work.
    assert_eq!(dp.post(&format!("{page}/lift"), &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(guide.get(&record).await.status, StatusCode::OK);
    assert_eq!(dp.post(&format!("{page}/lift"), &[]).await.status, StatusCode::NOT_FOUND, "once");
});

both_backends!(seeded_url an_officer_erases_a_record_on_a_granted_request, |store: Store, url: String| async move {
    let (amal, _) = amal(&store).await;
    let client = query_i64(&url, &format!(
        "SELECT MIN(c.id) FROM clients c JOIN municipalities m ON m.id = c.municipality_id \
         WHERE m.name = 'Talheim' AND c.id <> {}", amal.0)).await;
    let app = common::app(store.clone()).await;
    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, OFFICER).await;
    let page = format!("/privacy/clients/{client}");
    let key = input_value(&dp.get(&page).await.body, "client_key").unwrap();
    let r = dp.post(&format!("{page}/requests"), &[("client_key", &key), ("kind", "erase"), ("body", "Alles löschen")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let id = query_i64(&url, &format!("SELECT id FROM privacy_requests WHERE client_id = {client}")).await;
    let clients = query_i64(&url, "SELECT COUNT(*) FROM clients").await;
    let r = decide(&mut dp, id, &[("status", "granted"), ("answer", "Ihre Akte ist gelöscht."), ("erase_all", "on")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM clients").await, clients - 1);
    // The request stays as proof, without the person or their words.
    assert_eq!(query_i64(&url, &format!(
        "SELECT COUNT(*) FROM privacy_requests WHERE id = {id} AND client_id IS NULL AND body = '' AND answer = '' AND status = 'granted'")).await, 1);
    let shown = dp.get(&format!("/privacy/requests/{id}")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Akte gelöscht"));
    assert_eq!(dp.get(&page).await.status, StatusCode::NOT_FOUND);
});

both_backends!(seeded_url deadlines_unusual_access_and_scope_for_the_officer, |store: Store, url: String| async move {
    let (amal, _) = amal(&store).await;
    let app = common::app(store.clone()).await;
    let mut c = Client::new(app.clone());
    sign_in_client(&mut c, CLIENT_NUMBER, CLIENT_PIN).await;
    let form = [("client_key", "late"), ("kind", "correct"), ("body", "Mein Geburtsdatum ist falsch")];
    assert_eq!(c.post("/me/data/rights", &form).await.status, StatusCode::SEE_OTHER);
    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, OFFICER).await;
    assert!(!dp.get("/privacy").await.body.contains("data-testid=\"privacy-overdue\""));
    // A month later, unanswered: overdue on the officer's start page.
    exec_sql(&url, &format!("UPDATE privacy_requests SET due_on = '{}' WHERE client_id = {}", day(-1), amal.0)).await;
    let home = dp.get("/privacy").await.body;
    assert!(home.contains("data-testid=\"privacy-overdue\"") && home.contains("Ein Antrag ist über seiner Frist"), "{home}");

    // One account opening many files within an hour shows as unusual; a guide's
    // ordinary day does not.
    let weber = query_i64(&url, &format!("SELECT id FROM users WHERE email = '{WEBER}'")).await;
    let log = dp.get("/privacy/access").await.body;
    assert!(!log.contains("data-testid=\"privacy-burst\""), "{log}");
    let talheim: Vec<i64> = common::query_strings(&url,
        "SELECT CAST(c.id AS TEXT) FROM clients c JOIN municipalities m ON m.id = c.municipality_id WHERE m.name = 'Talheim'")
        .await
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    assert!(talheim.len() as i64 >= BURST_THRESHOLD, "the demo has enough clients");
    for id in talheim.iter().take(BURST_THRESHOLD as usize) {
        store
            .log_access(lotse_app::domain::UserId(weber), lotse_app::domain::Role::Guide, Some(ClientId(*id)), Action::Read, "record")
            .await
            .unwrap();
    }
    let log = dp.get("/privacy/access").await.body;
    assert!(log.contains("data-testid=\"privacy-burst\"") && log.contains("Jonas Weber"), "{log}");
    // Filters: the person and the kind of access; a broken period is said, not a 500.
    let reads = dp.get(&format!("/privacy/access?actor={weber}&action=read")).await.body;
    assert!(reads.contains("data-testid=\"privacy-log\""));
    let creates = dp.get(&format!("/privacy/access?actor={weber}&action=activate")).await.body;
    assert!(creates.contains("Keine Einträge im Zeitraum"), "{creates}");
    let bad = dp.get("/privacy/access?from=2026-13-45&to=x").await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(bad.body.contains("Der Zeitraum war ungültig"));

    // Another municipality's client and request: not found.
    let bergfeld = query_i64(&url,
        "SELECT MIN(c.id) FROM clients c JOIN municipalities m ON m.id = c.municipality_id WHERE m.name = 'Bergfeld'").await;
    assert_eq!(dp.get(&format!("/privacy/clients/{bergfeld}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(dp.get(&format!("/privacy/clients/{bergfeld}/export.json")).await.status, StatusCode::NOT_FOUND);
    exec_sql(&url, &format!(
        "INSERT INTO privacy_requests (client_id, municipality_id, kind, channel, body, received_at, due_on) \
         SELECT id, municipality_id, 'access', 'paper', 'x', 1, '2026-01-01' FROM clients WHERE id = {bergfeld}")).await;
    let theirs = query_i64(&url, &format!("SELECT id FROM privacy_requests WHERE client_id = {bergfeld}")).await;
    assert_eq!(dp.get(&format!("/privacy/requests/{theirs}")).await.status, StatusCode::NOT_FOUND);
});

both_backends!(seeded_url the_record_of_processing_covers_every_table, |store: Store, url: String| async move {
    // Every table of the schema belongs to exactly one declared activity: a table added
    // later without its place in the record fails here.
    let sql = if url.starts_with("sqlite:") {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'"
    } else {
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables WHERE table_schema = current_schema() \
         AND table_type = 'BASE TABLE' AND table_name <> '_sqlx_migrations'"
    };
    let tables = common::query_strings(&url, sql).await;
    let activities = lotse_app::privacy::PROCESSING;
    let wrong: Vec<String> = tables
        .iter()
        .filter(|t| activities.iter().filter(|a| a.tables.contains(&t.as_str())).count() != 1)
        .cloned()
        .collect();
    assert!(wrong.is_empty(), "tables not in exactly one activity: {wrong:?}");
    let unknown: Vec<&str> = activities
        .iter()
        .flat_map(|a| a.tables.iter().copied())
        .filter(|t| !tables.iter().any(|x| x == t))
        .collect();
    assert!(unknown.is_empty(), "declared but not in the schema: {unknown:?}");

    let app = common::app(store.clone()).await;
    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, OFFICER).await;
    let page = dp.get("/privacy/record").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Verzeichnis der Verarbeitungstätigkeiten") && page.body.contains("data-testid=\"record-casework\""));
    assert!(page.body.contains("Gesundheitsdaten") && page.body.contains("clients ("), "{}", page.body);
    let mut guide = Client::new(app);
    sign_in_staff(&mut guide, KELLER).await;
    assert_eq!(guide.get("/privacy/record").await.status, StatusCode::FORBIDDEN);
});

both_backends!(seeded_url a_restricted_record_is_named_nowhere_in_everyday_work, |store: Store, url: String| async move {
    let (amal, guide_email) = amal(&store).await;
    let other = client_ids_of(&store, guide_email).await.into_iter().find(|c| *c != amal.0).unwrap();
    // Amal and another client of her guide in one household; Amal in a group offer,
    // sharing her first name with its volunteers.
    exec_sql(&url, &format!(
        "INSERT INTO households (municipality_id, created_at) SELECT municipality_id, 1 FROM clients WHERE id = {0}; \
         UPDATE clients SET household_id = (SELECT MAX(id) FROM households) WHERE id IN ({0}, {other});", amal.0)).await;
    let group = query_i64(&url, &format!(
        "SELECT MIN(id) FROM group_offers WHERE municipality_id = (SELECT municipality_id FROM clients WHERE id = {})", amal.0)).await;
    common::try_exec_sql(&url, &format!(
        "INSERT INTO group_participants (group_id, client_id, status, share_first_name, signed_up_at, changed_at) \
         VALUES ({group}, {}, 'confirmed', TRUE, 1, 1)", amal.0)).await;
    exec_sql(&url, &format!(
        "UPDATE group_participants SET status = 'confirmed', share_first_name = TRUE WHERE group_id = {group} AND client_id = {}", amal.0)).await;
    let app = common::app(store.clone()).await;
    let mut guide = Client::new(app.clone());
    sign_in_staff(&mut guide, guide_email).await;
    let household = format!("/cases/{other}/intake");
    assert!(guide.get(&household).await.body.contains("Haddad"), "named in the household before");
    let (seats, names) = store.participants_for_volunteers(&[group]).await.unwrap().remove(&group).unwrap_or_default();
    assert!(names.iter().any(|n| n == "Amal"));

    exec_sql(&url, &format!("UPDATE clients SET restricted_at = 1 WHERE id = {}", amal.0)).await;
    assert!(!guide.get(&household).await.body.contains("Haddad"), "not named in another client's household");
    let (seats_after, names_after) = store.participants_for_volunteers(&[group]).await.unwrap().remove(&group).unwrap_or_default();
    assert_eq!(seats_after, seats, "her seat still counts");
    assert!(!names_after.iter().any(|n| n == "Amal"), "but her name is not shown to volunteers");
    assert!(!guide.get("/cases").await.body.contains("Haddad"));
});

// The client's own reads: one line a day per page (`log_own_read` reads the last such
// line and compares its day; it asked for one of today before). Lines that must not
// count: the same page yesterday, the same page read today by a guide, another page.
both_backends!(seeded_url a_clients_own_reads_are_logged_once_a_day_per_page, |store: Store, url: String| async move {
    use lotse_app::domain::{Role, UserId};
    let (amal, _) = amal(&store).await;
    let own = UserId(query_i64(&url, &format!("SELECT user_id FROM clients WHERE id = {}", amal.0)).await);
    let weber = UserId(query_i64(&url, &format!("SELECT id FROM users WHERE email = '{WEBER}'")).await);
    let yesterday = lotse_server::time::to_unix(&day(-1), 23, 59).unwrap();
    exec_sql(&url, &format!(
        "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) \
         VALUES ({yesterday}, {}, 'client', {}, 'read', 'deadlines')", own.0, amal.0)).await;
    store.log_access(weber, Role::Guide, Some(amal), Action::Read, "deadlines").await.unwrap();
    let today = lotse_server::time::to_unix(&lotse_server::time::today_iso(), 0, 0).unwrap();
    let lines = |detail: &'static str| {
        let url = url.clone();
        async move {
            query_i64(&url, &format!(
                "SELECT COUNT(*) FROM access_log WHERE client_id = {} AND actor_user_id = {} \
                 AND detail = '{detail}' AND at >= {today}", amal.0, own.0)).await
        }
    };
    assert_eq!(lines("deadlines").await, 0);
    store.log_own_read(own, amal, "deadlines").await.unwrap();
    assert_eq!(lines("deadlines").await, 1, "yesterday's line and the guide's do not count");
    store.log_own_read(own, amal, "deadlines").await.unwrap();
    assert_eq!(lines("deadlines").await, 1, "once a day");
    store.log_own_read(own, amal, "appointments").await.unwrap();
    assert_eq!(lines("appointments").await, 1, "each page has its own line");
    assert_eq!(lines("deadlines").await, 1);
    // A server remembers what it found logged today and asks no more (with the line
    // taken away behind its back, it writes none)...
    exec_sql(&url, &format!(
        "DELETE FROM access_log WHERE client_id = {} AND actor_user_id = {} AND detail = 'deadlines' AND at >= {today}",
        amal.0, own.0)).await;
    store.log_own_read(own, amal, "deadlines").await.unwrap();
    assert_eq!(lines("deadlines").await, 0, "a later look the same day asks the database nothing");
    // ... and a second server, which has not seen it, asks the database: it writes the
    // missing line, and none where one is.
    let second = Store::connect(&url).await.unwrap();
    second.log_own_read(own, amal, "deadlines").await.unwrap();
    second.log_own_read(own, amal, "appointments").await.unwrap();
    assert_eq!(lines("deadlines").await, 1, "the other server finds no line and writes it");
    assert_eq!(lines("appointments").await, 1, "and finds the one there is");
});
