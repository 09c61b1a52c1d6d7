//! The databases tests start from, made once per test binary: one migrated, one migrated
//! and seeded with the demo county. Each test gets a copy (a file copy on SQLite,
//! `CREATE DATABASE … TEMPLATE` on PostgreSQL), which is much faster than migrating and
//! seeding again, and the same for every test because the clock is pinned.

use super::Start;
use lotse_server::db::Store;
use tokio::sync::OnceCell;

static SQLITE_EMPTY: OnceCell<std::path::PathBuf> = OnceCell::const_new();
static SQLITE_SEEDED: OnceCell<std::path::PathBuf> = OnceCell::const_new();
static PG_EMPTY: OnceCell<String> = OnceCell::const_new();
static PG_SEEDED: OnceCell<String> = OnceCell::const_new();

/// The template file for `start`. Files live in a folder named after this process;
/// folders of processes that have ended are removed.
pub async fn sqlite(start: Start) -> &'static std::path::Path {
    let cell = match start {
        Start::Empty => &SQLITE_EMPTY,
        Start::Seeded => &SQLITE_SEEDED,
    };
    cell.get_or_init(|| async move {
        let root = std::env::temp_dir().join("lotse-suite-templates");
        sweep_dead(&root);
        let dir = root.join(std::process::id().to_string());
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(match start {
            Start::Empty => "empty.db",
            Start::Seeded => "seeded.db",
        });
        let _ = std::fs::remove_file(&file);
        let work = dir.join(format!("work-{}", file.file_name().unwrap().to_string_lossy()));
        let url = format!("sqlite://{}", work.display());
        let store = Store::connect(&url).await.unwrap();
        fill(&store, start).await;
        // A self-contained copy: VACUUM INTO writes every page, whatever the write-ahead
        // log still holds (closing the pool does not promise a checkpoint).
        use sqlx::Connection;
        let mut conn = sqlx::SqliteConnection::connect(&url).await.unwrap();
        sqlx::query(&format!("VACUUM INTO '{}'", file.display()))
            .execute(&mut conn)
            .await
            .unwrap();
        conn.close().await.unwrap();
        store.close().await;
        file
    })
    .await
}

/// The template database's name for `start`.
pub async fn postgres(admin_url: &str, start: Start) -> &'static str {
    let cell = match start {
        Start::Empty => &PG_EMPTY,
        Start::Seeded => &PG_SEEDED,
    };
    cell.get_or_init(|| async move {
        let kind = match start {
            Start::Empty => "empty",
            Start::Seeded => "seeded",
        };
        let name = format!("lotse_tpl_{}_{kind}", std::process::id());
        pg_admin(admin_url, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).await;
        pg_admin(admin_url, &format!("CREATE DATABASE {name}")).await;
        let store = Store::connect(&pg_url(admin_url, &name)).await.unwrap();
        fill(&store, start).await;
        // A template must have no open connections while it is copied.
        store.close().await;
        name
    })
    .await
}

async fn fill(store: &Store, start: Start) {
    if start == Start::Seeded {
        lotse_server::seed::demo(store).await.unwrap();
    }
}

pub async fn pg_admin(admin_url: &str, sql: &str) {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(admin_url).await.unwrap();
    sqlx::query(sql)
        .execute(&mut conn)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    conn.close().await.unwrap();
}

pub fn pg_url(admin_url: &str, name: &str) -> String {
    let mut url = url::Url::parse(admin_url).unwrap();
    url.set_path(&format!("/{name}"));
    url.to_string()
}

/// Removes the template folders of test processes that have ended.
fn sweep_dead(root: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for e in entries.flatten() {
        let pid = e.file_name().to_string_lossy().to_string();
        if pid != std::process::id().to_string() && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}
