//! Backup and restore, done as the README says, on both backends: a backup of the demo
//! municipality is restored into a fresh database, which must hold every record of every
//! table. The tables are read from the databases themselves, so a table added later is
//! covered without a change here. SQLite's copy (`Store::backup_to`) is taken while
//! another task keeps writing; PostgreSQL's with `pg_dump` and `pg_restore`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use common::{seeded, WEBER};
use lotse_server::db::{DbError, Store};
use sqlx::{Connection, PgPool, SqliteConnection};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::Arc;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_taken_while_writing_restores_every_record() {
    let db = common::TestDb::new(common::Backend::Sqlite).await;
    seeded(&db.store).await;
    let original = PathBuf::from(db.url.strip_prefix("sqlite://").unwrap());
    let mails_before = count(&original, "outbox").await;

    // The server keeps working during the backup: a task queues mails until told to stop
    // (the outbox is the only table it touches).
    let stop = Arc::new(AtomicBool::new(false));
    let written = Arc::new(AtomicI64::new(0));
    let writer = {
        let (store, stop, written) = (db.store.clone(), stop.clone(), written.clone());
        tokio::spawn(async move {
            while !stop.load(Ordering::SeqCst) {
                let n = written.load(Ordering::SeqCst);
                store
                    .enqueue_mail(
                        "backup@example.org",
                        &format!("mail {n}"),
                        "queued during a backup",
                    )
                    .await
                    .unwrap();
                written.fetch_add(1, Ordering::SeqCst);
                tokio::task::yield_now().await;
            }
        })
    };
    wait_for(&written, 3).await;

    let dir = tempfile::tempdir().unwrap();
    let during = dir.path().join("during.db");
    // Every mail counted here is committed; at most one more is committed but not yet
    // counted when the backup returns.
    let committed_before = written.load(Ordering::SeqCst);
    db.store.backup_to(&during).await.unwrap();
    let counted_after = written.load(Ordering::SeqCst);
    // The writer was never held up; let it write a little more before it stops.
    wait_for(&written, counted_after + 3).await;
    stop.store(true, Ordering::SeqCst);
    writer.await.unwrap();

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&during).unwrap().permissions().mode();
        assert_eq!(
            mode & 0o077,
            0,
            "a backup holds case files: owner only, not {mode:o}"
        );
    }

    // Restored, the copy taken mid-write holds everything the writer did not touch, and
    // of the outbox a consistent state: no row the original lacks, none committed before
    // the backup missing.
    let (restored, file) = restore_sqlite(&during, dir.path(), "restored-during.db").await;
    let wrong = sqlite_differences(&file, &original, &["outbox"]).await;
    assert!(
        wrong.is_empty(),
        "restored mid-write backup:\n{}",
        wrong.join("\n")
    );
    let mails = count(&file, "outbox").await;
    assert!(
        (mails_before + committed_before..=mails_before + counted_after + 1).contains(&mails),
        "{mails} mails in the backup; {committed_before} to {} were queued while it ran",
        counted_after + 1
    );
    assert_sound(&file).await;
    assert!(restored.user_by_email(WEBER).await.unwrap().is_some());
    restored.close().await;

    // With the writer stopped, a second backup restores to exactly the original.
    let after = dir.path().join("after.db");
    db.store.backup_to(&after).await.unwrap();
    let (restored, file) = restore_sqlite(&after, dir.path(), "restored-after.db").await;
    let wrong = sqlite_differences(&file, &original, &[]).await;
    assert!(wrong.is_empty(), "restored backup:\n{}", wrong.join("\n"));
    assert_sound(&file).await;
    assert!(restored.user_by_email(WEBER).await.unwrap().is_some());
    // The restored database takes new records.
    restored.create_county("Wiederhergestellt").await.unwrap();
    restored.close().await;

    // An existing file is never overwritten.
    let kept = std::fs::read(&after).unwrap();
    let again = db.store.backup_to(&after).await;
    assert!(matches!(again, Err(DbError::Refused(_))), "{again:?}");
    assert_eq!(std::fs::read(&after).unwrap(), kept);

    db.drop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_dump_restores_every_record_into_a_fresh_database() {
    let Some(db) = common::TestDb::new_postgres().await else {
        return;
    };
    seeded(&db.store).await;
    let dir = tempfile::tempdir().unwrap();

    // Lotse leaves PostgreSQL to pg_dump, and says so.
    let refused = dir.path().join("lotse.db");
    let r = db.store.backup_to(&refused).await;
    assert!(
        matches!(r, Err(DbError::Refused(ref m)) if m.contains("pg_dump")),
        "{r:?}"
    );
    assert!(!refused.exists());

    let dump = dir.path().join("lotse.dump");
    let mut pg_dump = Command::new(pg_tool("pg_dump"));
    pg_dump.arg("-Fc").arg("-f").arg(&dump).arg(&db.url);
    run(pg_dump).await;

    // A fresh, empty database on the same server, restored as the README says.
    let admin = std::env::var("LOTSE_TEST_POSTGRES_URL").unwrap();
    let mut url = url::Url::parse(&db.url).unwrap();
    let name = format!("{}_restored", url.path().trim_start_matches('/'));
    admin_exec(&admin, &format!("CREATE DATABASE {name}")).await;
    url.set_path(&format!("/{name}"));
    let fresh = url.to_string();
    let mut pg_restore = Command::new(pg_tool("pg_restore"));
    pg_restore.arg("--no-owner").arg("-d").arg(&fresh).arg(&dump);
    run(pg_restore).await;

    // Lotse starts on it: the migrations find themselves applied and change nothing
    // (`_sqlx_migrations` is one of the tables compared).
    let restored = Store::connect(&fresh).await.unwrap();
    let wrong = pg_differences(&fresh, &db.url).await;
    assert!(wrong.is_empty(), "restored dump:\n{}", wrong.join("\n"));
    assert!(restored.user_by_email(WEBER).await.unwrap().is_some());
    // The sequences came along: a new record does not collide with a restored one.
    restored.create_county("Wiederhergestellt").await.unwrap();
    restored.close().await;

    admin_exec(&admin, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
    db.drop().await;
}

/// Waits (at most ten seconds) until the writer has queued `n` mails.
async fn wait_for(written: &AtomicI64, n: i64) {
    for _ in 0..1000 {
        if written.load(Ordering::SeqCst) >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the writer stalled at {} mails", written.load(Ordering::SeqCst));
}

/// Restores an SQLite backup as the README says: the copy becomes the database file of a
/// server that is not running, which then starts on it.
async fn restore_sqlite(backup: &Path, dir: &Path, name: &str) -> (Store, PathBuf) {
    let file = dir.join(name);
    std::fs::copy(backup, &file).unwrap();
    let store = Store::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap();
    (store, file)
}

async fn open(file: &Path) -> SqliteConnection {
    SqliteConnection::connect(&format!("sqlite://{}", file.display()))
        .await
        .unwrap()
}

async fn count(file: &Path, table: &str) -> i64 {
    let mut conn = open(file).await;
    let n = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM \"{table}\""))
        .fetch_one(&mut conn)
        .await
        .unwrap();
    conn.close().await.unwrap();
    n
}

/// SQLite's own check of the file: pages, indexes and constraints intact.
async fn assert_sound(file: &Path) {
    let mut conn = open(file).await;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut conn)
        .await
        .unwrap();
    assert_eq!(integrity, ["ok"], "{}", file.display());
    conn.close().await.unwrap();
}

async fn sqlite_tables(conn: &mut SqliteConnection, schema: &str) -> Vec<String> {
    sqlx::query_scalar(&format!(
        "SELECT name FROM {schema}.sqlite_master \
         WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ))
    .fetch_all(conn)
    .await
    .unwrap()
}

/// What differs between a restored SQLite database and the original: the tables, and in
/// each table the rows missing on either side. Of a table in `growing` (written to while
/// the backup ran) the restored rows need only all be in the original.
async fn sqlite_differences(restored: &Path, original: &Path, growing: &[&str]) -> Vec<String> {
    let mut conn = open(restored).await;
    sqlx::query("ATTACH DATABASE $1 AS orig")
        .bind(original.to_str().unwrap())
        .execute(&mut conn)
        .await
        .unwrap();
    let tables = sqlite_tables(&mut conn, "main").await;
    let original_tables = sqlite_tables(&mut conn, "orig").await;
    assert!(original_tables.len() > 40, "tables: {original_tables:?}");
    if tables != original_tables {
        return vec![format!(
            "tables restored: {tables:?}\noriginal: {original_tables:?}"
        )];
    }
    let mut wrong = vec![];
    for t in &tables {
        let rows = |from: &str, minus: &str| {
            format!(
                "SELECT COUNT(*) FROM (SELECT * FROM {from}.\"{t}\" EXCEPT SELECT * FROM {minus}.\"{t}\")"
            )
        };
        let extra: i64 = sqlx::query_scalar(&rows("main", "orig"))
            .fetch_one(&mut conn)
            .await
            .unwrap();
        if extra > 0 {
            wrong.push(format!("{t}: {extra} rows that the original does not have"));
        }
        if growing.contains(&t.as_str()) {
            continue;
        }
        let missing: i64 = sqlx::query_scalar(&rows("orig", "main"))
            .fetch_one(&mut conn)
            .await
            .unwrap();
        let counts = |schema: &str| format!("SELECT COUNT(*) FROM {schema}.\"{t}\"");
        let n: i64 = sqlx::query_scalar(&counts("main"))
            .fetch_one(&mut conn)
            .await
            .unwrap();
        let m: i64 = sqlx::query_scalar(&counts("orig"))
            .fetch_one(&mut conn)
            .await
            .unwrap();
        if missing > 0 || n != m {
            wrong.push(format!(
                "{t}: {n} rows restored, {m} in the original, {missing} missing"
            ));
        }
    }
    conn.close().await.unwrap();
    wrong
}

async fn pg_tables(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        .fetch_all(pool)
        .await
        .unwrap()
}

/// What differs between a restored PostgreSQL database and the original: the tables, and
/// per table the number of rows and a digest of all of them (each row's text, sorted).
async fn pg_differences(restored: &str, original: &str) -> Vec<String> {
    let (a, b) = (
        PgPool::connect(restored).await.unwrap(),
        PgPool::connect(original).await.unwrap(),
    );
    let tables = pg_tables(&a).await;
    let original_tables = pg_tables(&b).await;
    assert!(original_tables.len() > 40, "tables: {original_tables:?}");
    let mut wrong = vec![];
    if tables != original_tables {
        wrong.push(format!(
            "tables restored: {tables:?}\noriginal: {original_tables:?}"
        ));
    } else {
        for t in &tables {
            let sql = format!(
                "SELECT COUNT(*), \
                 COALESCE(md5(string_agg(whole_row::text, '|' ORDER BY whole_row::text)), '') \
                 FROM \"{t}\" AS whole_row"
            );
            let got: (i64, String) = sqlx::query_as(&sql).fetch_one(&a).await.unwrap();
            let want: (i64, String) = sqlx::query_as(&sql).fetch_one(&b).await.unwrap();
            if got != want {
                wrong.push(format!(
                    "{t}: {} rows restored, {} in the original{}",
                    got.0,
                    want.0,
                    if got.0 == want.0 { ", contents differ" } else { "" }
                ));
            }
        }
    }
    a.close().await;
    b.close().await;
    wrong
}

async fn admin_exec(admin_url: &str, sql: &str) {
    let mut conn = sqlx::PgConnection::connect(admin_url).await.unwrap();
    sqlx::query(sql).execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

/// A PostgreSQL program of the newest installed version, found where `.ci/pg.sh` finds
/// the server's (Debian keeps them off PATH); otherwise the one on PATH.
fn pg_tool(name: &str) -> PathBuf {
    let newest = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse::<u32>().ok()?, e.path())))
        .max_by_key(|(version, _)| *version);
    match newest {
        Some((_, dir)) if dir.join("bin").join(name).is_file() => dir.join("bin").join(name),
        _ => PathBuf::from(name),
    }
}

/// Runs a program off the async workers and insists that it succeeded.
async fn run(mut command: Command) {
    let shown = format!("{command:?}");
    let out = tokio::task::spawn_blocking(move || command.output())
        .await
        .unwrap()
        .unwrap_or_else(|e| panic!("{shown}: {e}"));
    assert!(
        out.status.success(),
        "{shown}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}
