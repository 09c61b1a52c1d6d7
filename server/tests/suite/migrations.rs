//! Migrating a database that already holds data: SQLite's table rebuild (0016, the new
//! staff roles) keeps every row that refers to the rebuilt table, and the new roles fit.

use lotse_server::db::Store;
use sqlx::{Connection, Executor, SqliteConnection};
use std::borrow::Cow;

#[tokio::test]
async fn rebuilding_users_keeps_what_refers_to_them() {
    let dir = std::env::temp_dir().join(format!("lotse-migrate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("old.db");
    let _ = std::fs::remove_file(&file);
    let url = format!("sqlite://{}?mode=rwc", file.display());

    // A database as stop 26 left it: migrations up to 0015, with foreign keys on.
    let mut old = sqlx::migrate!("migrations/sqlite");
    old.migrations = Cow::Owned(
        old.migrations
            .iter()
            .filter(|m| m.version <= 15)
            .cloned()
            .collect(),
    );
    let mut conn = SqliteConnection::connect(&url).await.unwrap();
    conn.execute("PRAGMA foreign_keys = ON").await.unwrap();
    old.run(&mut conn).await.unwrap();
    conn.execute(
        "INSERT INTO users (id, role, display_name, email, created_at) \
         VALUES (7, 'guide', 'Alte Begleitung', 'alt@example.org', 1)",
    )
    .await
    .unwrap();
    // A row that the old table's drop would cascade away if keys were on.
    conn.execute("INSERT INTO known_devices (device_hash, user_id, first_at, last_at) VALUES ('d', 7, 1, 1)")
        .await
        .unwrap();
    conn.close().await.unwrap();

    let store = Store::connect(&url).await.unwrap();
    let mut c = SqliteConnection::connect(&url).await.unwrap();
    let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
    assert_eq!(
        count("SELECT COUNT(*) FROM known_devices WHERE user_id = 7")
            .fetch_one(&mut c)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM users WHERE email = 'alt@example.org'")
            .fetch_one(&mut c)
            .await
            .unwrap(),
        1
    );
    // The new roles are accepted, an unknown one still refused.
    c.execute(
        "INSERT INTO users (role, display_name, email, created_at) \
         VALUES ('county_coordinator', 'Kreis', 'kreis@example.org', 1)",
    )
    .await
    .unwrap();
    assert!(c
        .execute("INSERT INTO users (role, display_name, created_at) VALUES ('root', 'x', 1)")
        .await
        .is_err());
    // The rebuilt table is still the one the keys refer to.
    assert!(c
        .execute(
            "INSERT INTO known_devices (device_hash, user_id, first_at, last_at) VALUES ('e', 999, 1, 1)"
        )
        .await
        .is_err());
    c.close().await.unwrap();
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}
