//! Erasing a client (`db::erasure`): afterwards nothing of the person remains in any
//! table of either database — walked from the schema itself, so a table added later is
//! walked too.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{self, exec_sql, query_i64, query_strings};
use lotse_app::domain::ClientId;
use lotse_server::db::Store;

/// A name nobody else has, written into the client's record and the texts about them.
const MARK: &str = "Löschprobe";

/// Every text column of every table, as "table|column".
pub(crate) async fn text_columns(url: &str) -> Vec<String> {
    let sql = if url.starts_with("sqlite:") {
        "SELECT m.name || '|' || c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations' \
           AND upper(c.type) IN ('TEXT', '')"
    } else {
        "SELECT table_name || '|' || column_name FROM information_schema.columns \
         WHERE table_schema = current_schema() AND table_name <> '_sqlx_migrations' \
           AND data_type IN ('text', 'character varying')"
    };
    query_strings(url, sql).await
}

/// Every column that refers to a client or a user, as "table|column|clients or users".
pub(crate) async fn person_references(url: &str) -> Vec<String> {
    let sql = if url.starts_with("sqlite:") {
        "SELECT m.name || '|' || p.\"from\" || '|' || p.\"table\" FROM sqlite_master m \
         JOIN pragma_foreign_key_list(m.name) p WHERE m.type = 'table' AND p.\"table\" IN ('clients', 'users')"
    } else {
        "SELECT DISTINCT kcu.table_name || '|' || kcu.column_name || '|' || ccu.table_name \
         FROM information_schema.table_constraints tc \
         JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name \
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name \
         WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name IN ('clients', 'users') \
           AND tc.table_schema = current_schema()"
    };
    query_strings(url, sql).await
}

/// Where the person still shows: "table.column" for each text holding the mark and each
/// reference to their client or user id.
async fn traces(url: &str, client: i64, user: i64) -> Vec<String> {
    let mut found = vec![];
    for tc in text_columns(url).await {
        let (t, c) = tc.split_once('|').unwrap();
        let sql = format!("SELECT COUNT(*) FROM \"{t}\" WHERE CAST(\"{c}\" AS TEXT) LIKE '%{MARK}%'");
        if query_i64(url, &sql).await > 0 {
            found.push(format!("{t}.{c}"));
        }
    }
    for r in person_references(url).await {
        let mut p = r.split('|');
        let (t, c, to) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
        let id = if to == "clients" { client } else { user };
        if query_i64(url, &format!("SELECT COUNT(*) FROM \"{t}\" WHERE \"{c}\" = {id}")).await > 0 {
            found.push(format!("{t}.{c}"));
        }
    }
    for (t, id) in [("clients", client), ("users", user)] {
        if query_i64(url, &format!("SELECT COUNT(*) FROM {t} WHERE id = {id}")).await > 0 {
            found.push(format!("{t}.id"));
        }
    }
    found
}

both_backends!(seeded_url
    erasing_a_client_leaves_nothing_of_them_in_any_table,
    |store: Store, url: String| async move {
        // A demo client with an account and a household, marked in their name, a note,
        // a request, mail waiting for them, their own reads and a failed sign-in.
        let client = query_i64(&url, "SELECT MIN(id) FROM clients WHERE user_id IS NOT NULL").await;
        let user = query_i64(&url, &format!("SELECT user_id FROM clients WHERE id = {client}")).await;
        // A household of two: the client and the next client of the same municipality.
        let partner = query_i64(&url, &format!(
            "SELECT MIN(b.id) FROM clients a JOIN clients b ON b.municipality_id = a.municipality_id AND b.id <> a.id WHERE a.id = {client}"
        ))
        .await;
        exec_sql(&url, &format!(
            "INSERT INTO households (municipality_id, created_at) SELECT municipality_id, 1 FROM clients WHERE id = {client}; \
             UPDATE clients SET household_id = (SELECT MAX(id) FROM households) WHERE id IN ({client}, {partner});"
        ))
        .await;
        let household = query_i64(&url, &format!("SELECT household_id FROM clients WHERE id = {client}")).await;
        let guide = query_i64(&url, &format!("SELECT guide_id FROM assignments WHERE client_id = {client} ORDER BY id DESC LIMIT 1")).await;
        exec_sql(&url, &format!(
            "UPDATE clients SET last_name = '{MARK}', phone = '+49 170 {MARK}' WHERE id = {client}; \
             UPDATE users SET display_name = 'Frau {MARK}' WHERE id = {user}; \
             INSERT INTO notes (client_id, author_id, held_on, topic, body, client_key, created_at) VALUES ({client}, {guide}, '2026-01-05', 'Gespräch', 'Gespräch mit Frau {MARK}', 'erasure-test', 1); \
             INSERT INTO outbox (to_address, subject, body, created_at, attempts) VALUES ('+49 170 {MARK}', 'Termin', 'Hallo {MARK}', 1, 0); \
             INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) VALUES (1, {user}, 'client', {client}, 'read', 'plan'); \
             INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) VALUES (2, {guide}, 'guide', {client}, 'read', 'notes'); \
             INSERT INTO privacy_requests (client_id, municipality_id, kind, channel, body, received_at, due_on, answer, client_key) \
               SELECT {client}, municipality_id, 'erase', 'app', 'Bitte löschen, {MARK}', 3, '2026-02-05', 'Gelöscht, Frau {MARK}', 'k-erase' FROM clients WHERE id = {client}; \
             INSERT INTO complaints (municipality_id, kind, about, about_user_id, body, sender, sender_user_id, contact, lang, code_hash, client_key, received_at, acknowledge_by, settle_by) \
               SELECT municipality_id, 'complaint', 'guide', {guide}, 'Beschwerde von Frau {MARK}', 'client', {user}, '+49 170 {MARK}', 'ar', 'erase-code', 'erase-key', 4, '2026-02-01', '2026-03-01' FROM clients WHERE id = {client};"
        ))
        .await;
        let login = query_strings(&url, &format!("SELECT login_number FROM users WHERE id = {user}")).await;
        exec_sql(&url, &format!(
            "INSERT INTO signin_failures (account_key, device, address, at) VALUES ('number:{}', 'd', '127.0.0.1', 1)",
            login[0]
        ))
        .await;
        let before = traces(&url, client, user).await;
        for expected in ["clients.last_name", "users.display_name", "notes.body", "outbox.body", "assignments.client_id", "access_log.actor_user_id", "privacy_requests.body", "complaints.body", "complaints.sender_user_id"] {
            assert!(before.iter().any(|t| t == expected), "the walk finds {expected}: {before:?}");
        }
        let others = query_i64(&url, "SELECT COUNT(*) FROM clients").await;

        let erased = store.erase_client(ClientId(client)).await.unwrap();
        assert!(erased.found);
        assert!(erased.traces >= 3, "{erased:?}");
        assert_eq!(traces(&url, client, user).await, Vec::<String>::new(), "nothing of the person remains");
        // Everyone else stays; the guide's reading stays accountable without the client.
        assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM clients").await, others - 1);
        assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM access_log WHERE actor_user_id = {guide} AND at = 2 AND client_id IS NULL")).await, 1);
        // The request stays as the officer's proof, without the client or a word of theirs.
        assert_eq!(query_i64(&url, "SELECT COUNT(*) FROM privacy_requests WHERE client_id IS NULL AND body = '' AND kind = 'erase'").await, 1);
        // The partner stays, alone: a household of one is no household.
        assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM clients WHERE id = {partner} AND household_id IS NULL")).await, 1);
        assert_eq!(query_i64(&url, &format!("SELECT COUNT(*) FROM households WHERE id = {household}")).await, 0);
        // Erasing again finds nobody.
        assert!(!store.erase_client(ClientId(client)).await.unwrap().found);
    }
);
