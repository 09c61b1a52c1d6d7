//! Retention (`retention`, `db::retention`): the daily run counts first (the dry run)
//! and then deletes or anonymises exactly that; it runs once a day whichever instance
//! asks; a closed case is anonymised on the day its period ends, not before; an
//! anonymised case keeps the figures and nothing of the person (every free text of the
//! case is marked and the schema walked afterwards); a restricted record is left alone;
//! the officer sets the periods within their range.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, exec_sql, query_i64, query_strings, sign_in_staff, try_exec_sql, Client};
use crate::erasure::{person_references, text_columns};
use axum::http::StatusCode;
use chrono::{Months, NaiveDate};
use lotse_app::privacy::RetentionKind;
use lotse_server::db::retention::Mode;
use lotse_server::db::Store;
use lotse_server::retention::{daily, sweep};

/// A word nobody else has, written into every free text of the case.
const MARK: &str = "Aufbewahrungsprobe";

/// Coded or dated columns that an anonymised case keeps on purpose (the figures count
/// them, and none names a person); every other text of a case must lose the mark.
const KEPT: [&str; 34] = [
    "clients.preferred_lang",
    "clients.languages",
    "clients.birth_date",
    "household_members.relation",
    "household_members.school_status",
    "household_members.birth_date",
    "assignments.history_covers",
    "access_log.actor_role",
    "access_log.action",
    "access_log.detail",
    "intake_sections.section",
    "intake_sections.data",
    "goals.field",
    "goals.review_on",
    "goals.status",
    "plan_steps.actor",
    "plan_steps.due_on",
    "plan_steps.status",
    "appointments.with_kind",
    "appointments.interpreter_lang",
    "appointments.status",
    "referrals.service",
    "referrals.status",
    "consents.purpose",
    "consents.given_on",
    "consents.form",
    "consents.revoked_on",
    "transfers.covers",
    "client_requests.category",
    "client_requests.status",
    "group_participants.status",
    "case_closures.reason",
    "case_closures.handed_to",
    "privacy_requests.due_on",
];

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(&common::day(0), "%Y-%m-%d").unwrap()
}

/// A demo case of Talheim closed through the guide's form (with goals and outcomes).
async fn closed_case(url: &str) -> i64 {
    query_i64(url,
        "SELECT MIN(c.id) FROM clients c JOIN case_closures k ON k.client_id = c.id \
         JOIN municipalities m ON m.id = c.municipality_id WHERE m.name = 'Talheim' AND c.closed_at IS NOT NULL").await
}

/// Moves the case's closing to `at` (Unix seconds).
async fn closed_at(url: &str, client: i64, at: i64) {
    exec_sql(url, &format!(
        "UPDATE clients SET closed_at = {at} WHERE id = {client}; UPDATE case_closures SET closed_at = {at} WHERE client_id = {client};"
    ))
    .await;
}

/// The figures of the whole time for the municipality, as text to compare.
async fn figures(store: &Store, url: &str) -> String {
    let municipality = query_i64(url, "SELECT id FROM municipalities WHERE name = 'Talheim'").await;
    let county = query_i64(
        url,
        &format!("SELECT county_id FROM municipalities WHERE id = {municipality}"),
    )
    .await;
    let (filter, period) = lotse_server::figures::period_filter(
        county,
        Some(municipality),
        None,
        None,
        None,
        NaiveDate::from_ymd_opt(2015, 1, 1).unwrap(),
        today(),
    );
    format!(
        "{:?}",
        lotse_server::figures::case_sections(store, &filter, &period)
            .await
            .unwrap()
    )
}

both_backends!(seeded_url the_dry_run_and_the_run_agree_and_run_once_a_day, |store: Store, url: String| async move {
    let now = lotse_server::time::now();
    let year = 365 * 86_400;
    // Records past their periods: a log line three years old, mail sent two months ago,
    // a device last used two years ago, a letter's photo half a year old, a case closed
    // four years ago with notes.
    let client = closed_case(&url).await;
    closed_at(&url, client, now - 4 * year).await;
    let guide = query_i64(&url, "SELECT MIN(id) FROM users WHERE role = 'guide'").await;
    for sql in [
        format!("INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) VALUES ({}, {guide}, 'guide', {client}, 'read', 'notes')", now - 3 * year),
        format!("INSERT INTO outbox (to_address, subject, body, created_at, sent_at, attempts) VALUES ('old@example.org', 'x', 'y', {}, {}, 1)", now - 61 * 86_400, now - 61 * 86_400),
        format!("INSERT INTO known_devices (device_hash, user_id, first_at, last_at) VALUES ('old-device', {guide}, {}, {})", now - 2 * year, now - 2 * year),
        format!("INSERT INTO notes (client_id, author_id, held_on, topic, body, client_key, created_at) VALUES ({client}, {guide}, '2022-01-05', 'Gespräch', 'alt', 'retention-note', {})", now - 4 * year),
        // A complaint closed four years ago, and one still open from then (kept).
        format!("INSERT INTO complaints (municipality_id, kind, about, body, sender, lang, code_hash, client_key, status, received_at, acknowledge_by, settle_by, closed_at) \
                 SELECT municipality_id, 'complaint', 'office', 'alt', 'resident', 'de', 'r-old', 'r-old', 'closed', {0}, '2022-01-01', '2022-01-01', {0} FROM clients WHERE id = {client}", now - 4 * year),
        format!("INSERT INTO complaints (municipality_id, kind, about, body, sender, lang, code_hash, client_key, received_at, acknowledge_by, settle_by) \
                 SELECT municipality_id, 'complaint', 'office', 'offen', 'resident', 'de', 'r-open', 'r-open', {0}, '2022-01-01', '2022-01-01' FROM clients WHERE id = {client}", now - 4 * year),
        // Answered four years ago and never closed: the municipality said its word then.
        format!("INSERT INTO complaints (municipality_id, kind, about, body, sender, lang, code_hash, client_key, status, answer, received_at, acknowledge_by, settle_by, answered_at) \
                 SELECT municipality_id, 'complaint', 'office', 'beantwortet', 'resident', 'de', 'r-answered', 'r-answered', 'answered', 'ja', {0}, '2022-01-01', '2022-01-01', {0} FROM clients WHERE id = {client}", now - 4 * year),
    ] {
        assert!(try_exec_sql(&url, &sql).await, "{sql}");
    }
    // A letter's photo sent half a year ago by a client whose case is open.
    let open = query_i64(&url, "SELECT MIN(id) FROM clients WHERE closed_at IS NULL").await;
    exec_sql(&url, &format!(
        "INSERT INTO client_requests (client_id, category, body, created_at) VALUES ({open}, 'letter', 'Brief', {})", now - year / 2)).await;
    let request = query_i64(&url, "SELECT MAX(id) FROM client_requests").await;
    let bytes = if url.starts_with("sqlite:") { "X'00'" } else { "decode('00', 'hex')" };
    let photo = format!("INSERT INTO request_photos (request_id, content_type, width, height, bytes) VALUES ({request}, 'image/png', 1, 1, {bytes})");
    assert!(try_exec_sql(&url, &photo).await, "{photo}");

    let run = daily(&store, today()).await.unwrap().expect("the first instance runs today's");
    assert_eq!(run.dry_run, run.done, "the dry run said what the run did");
    let all = |kind: RetentionKind| -> u64 { run.done.values().map(|k| k.get(kind.as_str()).copied().unwrap_or(0)).sum() };
    for kind in [RetentionKind::CaseFile, RetentionKind::Notes, RetentionKind::LetterPhotos, RetentionKind::AccessLog,
                 RetentionKind::SignIns, RetentionKind::Outbox, RetentionKind::Complaints] {
        assert!(all(kind) >= 1, "{kind:?}: {:?}", run.done);
    }
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM clients WHERE id = {client} AND anonymised_at IS NOT NULL")).await, 1);
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM outbox WHERE to_address = 'old@example.org'").await, 0);
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM complaints WHERE client_key IN ('r-old', 'r-open', 'r-answered')").await, 1, "an open complaint stays");
    assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM known_devices WHERE device_hash = 'old-device'").await, 0);
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM request_photos WHERE request_id = {request}")).await, 0);
    // Once a day: a second instance (or a second tick) finds it claimed.
    assert!(daily(&store, today()).await.unwrap().is_none());
    // Afterwards nothing is due: a dry run finds nothing more to do today.
    let again = sweep(&store, today(), Mode::DryRun).await.unwrap();
    assert_eq!(again.values().flat_map(|k| k.values()).sum::<u64>(), 0, "{again:?}");
    // Both reports are stored with the day, for the officer.
    let runs = store.retention_runs(5).await.unwrap();
    assert_eq!(runs[0].0, common::day(0));
    assert!(runs[0].1.is_some() && runs[0].2.is_some() && runs[0].3.is_some());
});

both_backends!(seeded_url a_closed_case_is_anonymised_on_the_day_not_before, |store: Store, url: String| async move {
    let client = closed_case(&url).await;
    let period = store
        .retention_periods(lotse_app::domain::MunicipalityId(query_i64(&url, "SELECT id FROM municipalities WHERE name = 'Talheim'").await))
        .await
        .unwrap()[&RetentionKind::CaseFile];
    // Closed at 10:00 on the day exactly `period` months ago: kept today, due tomorrow.
    let closing_day = today().checked_sub_months(Months::new(period as u32)).unwrap().format("%Y-%m-%d").to_string();
    closed_at(&url, client, lotse_server::time::to_unix(&closing_day, 10, 0).unwrap()).await;
    let restricted = query_i64(&url, &format!(
        "SELECT MIN(c.id) FROM clients c JOIN municipalities m ON m.id = c.municipality_id \
         WHERE m.name = 'Talheim' AND c.id <> {client} AND c.closed_at IS NULL")).await;
    closed_at(&url, restricted, lotse_server::time::to_unix(&closing_day, 9, 0).unwrap()).await;
    exec_sql(&url, &format!("UPDATE clients SET restricted_at = 1 WHERE id = {restricted}")).await;

    let anonymised = |id: i64| {
        let url = url.clone();
        async move { query_i64(&url, &format!("SELECT COUNT(*) FROM clients WHERE id = {id} AND anonymised_at IS NOT NULL")).await == 1 }
    };
    daily(&store, today()).await.unwrap().unwrap();
    assert!(!anonymised(client).await, "not before the day");
    let tomorrow = today() + chrono::Duration::days(1);
    let run = daily(&store, tomorrow).await.unwrap().unwrap();
    assert_eq!(run.dry_run, run.done);
    assert!(anonymised(client).await, "on the day");
    assert!(!anonymised(restricted).await, "a restricted record stays as it is");
});

both_backends!(seeded_url an_anonymised_case_keeps_the_figures_and_nothing_of_the_person, |store: Store, url: String| async move {
    let client = closed_case(&url).await;
    let user = query_i64(&url, &format!("SELECT user_id FROM clients WHERE id = {client}")).await;
    let guide = query_i64(&url, "SELECT MIN(id) FROM users WHERE role = 'guide'").await;
    // Every kind of record of the case, then the mark in every free text of it.
    exec_sql(&url, &format!(
        "INSERT INTO notes (client_id, author_id, held_on, topic, body, client_key, created_at) VALUES ({client}, {guide}, '2026-01-05', 't', 'b', 'retention-mark', 1); \
         INSERT INTO household_members (client_id, first_name, relation, birth_date, created_at) VALUES ({client}, 'x', 'child', '2019-03-04', 1); \
         INSERT INTO deadlines (client_id, kind, title, due_on, remind_days, created_by, created_at) VALUES ({client}, 'other', 't', '2026-01-01', 7, {guide}, 1); \
         INSERT INTO client_requests (client_id, category, body, created_at) VALUES ({client}, 'question', 'b', 1); \
         INSERT INTO privacy_requests (client_id, municipality_id, kind, channel, body, received_at, due_on) SELECT {client}, municipality_id, 'correct', 'app', 'b', 1, '2026-01-01' FROM clients WHERE id = {client};"
    ))
    .await;
    for r in person_references(&url).await {
        let mut p = r.split('|');
        let (table, column, to) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
        if to != "clients" {
            continue;
        }
        for tc in text_columns(&url).await {
            let (t, c) = tc.split_once('|').unwrap();
            if t == table && !KEPT.contains(&tc.replace('|', ".").as_str()) {
                try_exec_sql(&url, &format!("UPDATE \"{t}\" SET \"{c}\" = '{MARK}' WHERE \"{column}\" = {client}")).await;
            }
        }
    }
    for (table, id) in [("clients", client), ("users", user)] {
        for tc in text_columns(&url).await {
            let (t, c) = tc.split_once('|').unwrap();
            if t == table && !KEPT.contains(&tc.replace('|', ".").as_str()) {
                try_exec_sql(&url, &format!("UPDATE \"{t}\" SET \"{c}\" = '{MARK}' WHERE id = {id}")).await;
            }
        }
    }
    // A free text inside the intake's values (the figures count its choices).
    let sections = query_strings(&url, &format!("SELECT section FROM intake_sections WHERE client_id = {client}")).await;
    for section in &sections {
        exec_sql(&url, &format!("UPDATE intake_sections SET data = REPLACE(data, '{{', '{{\"remark\":\"{MARK}\",') \
            WHERE client_id = {client} AND section = '{section}' AND data LIKE '{{\"%'")).await;
    }
    let marked = |url: String| async move {
        let mut found = vec![];
        for tc in text_columns(&url).await {
            let (t, c) = tc.split_once('|').unwrap();
            if query_i64(&url, &format!("SELECT COUNT(*) FROM \"{t}\" WHERE CAST(\"{c}\" AS TEXT) LIKE '%{MARK}%'")).await > 0 {
                found.push(tc.replace('|', "."));
            }
        }
        found
    };
    let before = marked(url.clone()).await;
    for expected in ["clients.last_name", "users.display_name", "notes.body", "goals.title", "household_members.first_name", "case_closures.note"] {
        assert!(before.iter().any(|t| t == expected), "marked {expected}: {before:?}");
    }
    let figures_before = figures(&store, &url).await;

    assert!(store.anonymise_client(client).await.unwrap());
    assert_eq!(marked(url.clone()).await, Vec::<String>::new(), "nothing of the person remains");
    assert_eq!(figures(&store, &url).await, figures_before, "the figures stay as they were");
    // The row stays for the figures, marked as anonymised; the account cannot sign in.
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM clients WHERE id = {client} AND anonymised_at IS NOT NULL")).await, 1);
    assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM users WHERE id = {user} AND password_hash IS NULL AND login_number IS NULL")).await, 1);
    assert!(!store.anonymise_client(client).await.unwrap(), "once");
});

both_backends!(seeded the_officer_sets_the_periods_within_their_range, |store: Store| async move {
    let app = common::app(store.clone()).await;
    let mut dp = Client::new(app.clone());
    sign_in_staff(&mut dp, "datenschutz@talheim.example").await;
    let page = dp.get("/privacy/retention").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("§ 72a Abs. 5 SGB VIII"), "the legal basis beside each kind");
    assert!(page.body.contains("data-testid=\"retention-run\"") || page.body.contains("Noch kein Lauf"));
    let mut form: Vec<(String, String)> = lotse_app::privacy::RETENTION
        .iter()
        .map(|r| (format!("months_{}", r.kind.as_str()), r.default_months.to_string()))
        .collect();
    form[3].1 = "2".into(); // the access log: at least six months
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let r = dp.post("/privacy/retention", &pairs).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.body.contains("ganze Zahl von") && r.body.contains("value=\"2\""), "{}", r.body);
    form[3].1 = "12".into();
    form[0].1 = "48".into();
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(dp.post("/privacy/retention", &pairs).await.status, StatusCode::SEE_OTHER);
    let talheim = store.municipality_ids().await.unwrap()[0];
    let periods = store.retention_periods(talheim).await.unwrap();
    assert_eq!((periods[&RetentionKind::AccessLog], periods[&RetentionKind::CaseFile]), (12, 48));
    // Nobody else sets them.
    let mut coordinator = Client::new(app.clone());
    sign_in_staff(&mut coordinator, common::COORDINATOR).await;
    assert_eq!(coordinator.post("/privacy/retention", &pairs).await.status, StatusCode::FORBIDDEN);
});
