//! Storage: one repository ([`Store`]) over SQLite (embedded default) or PostgreSQL (for
//! several server instances), chosen at start-up from the database URL.
//!
//! Each query is written once; [`on_pool!`] expands it for both native pools, so each
//! backend keeps its own types and the compiler checks both. Both run the same tests.

pub mod access_log;
pub mod accounts;
pub mod appointments;
pub mod backup;
#[cfg(feature = "bench")]
pub mod bench;
pub mod case_end;
pub mod case_file;
pub mod caseload;
pub mod client_view;
pub mod clients;
pub mod companions;
pub mod complaints;
pub mod consents;
pub mod deadlines;
pub mod demo_history;
pub mod deputies;
pub mod directory;
pub mod directory_names;
mod directory_offices;
mod directory_open;
pub mod directory_search;
mod directory_search_levels;
pub mod districts;
pub mod erasure;
pub mod events;
pub mod figure_snapshots;
pub mod figures;
pub mod goals;
pub mod groups;
pub mod guides;
pub mod handover;
pub mod households;
pub mod intake;
pub mod interests;
pub mod kept_forms;
pub mod lease;
pub mod moves;
pub mod network;
pub mod notes;
pub mod organisation;
pub mod outbox;
pub mod plan;
pub mod privacy;
pub mod programme;
pub mod push;
mod read_log;
pub mod referrals;
pub mod requests;
pub mod retention;
pub mod sessions;
pub mod signin;
pub mod step_links;
pub mod throttle;
pub mod two_factor;
pub mod users;

use lease::Leased;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, Postgres, Sqlite};
use std::str::FromStr;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database: {0}")]
    Sqlx(#[from] sqlx::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("unsupported database URL (use sqlite:// or postgres://)")]
    UnsupportedUrl,
    /// A write that a background task or the seed expected to be allowed was refused.
    #[error("refused: {0}")]
    Refused(String),
    /// The database does not hold together (found on start, after migrating).
    #[error("integrity: {0}")]
    Integrity(String),
    /// Reads could not be written to the access log (see `read_log`).
    #[error("access log: {0}")]
    AccessLog(String),
}

pub type DbResult<T> = Result<T, DbError>;

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite(Leased<Sqlite>),
    Postgres(Leased<Postgres>),
}

/// The repository. Cheap to clone (pools are shared).
#[derive(Clone, Debug)]
pub struct Store {
    backend: Backend,
    /// Where staff reads of case records go to be logged together (SQLite; None: each
    /// request writes its own, as on PostgreSQL and in a store made for one task).
    read_log: Option<read_log::ReadLog>,
    /// This server's copy of the directory search's vocabulary.
    vocabulary: directory_search::VocabularyCopy,
    /// The county of the public directory, once found (`Store::default_county`).
    default_county: std::sync::Arc<std::sync::OnceLock<i64>>,
    /// The county of each municipality asked about (`Store::county_of`).
    counties: directory::CountyOf,
    /// Each county's number of offices, for reading "open now" (`db::directory_open`).
    office_counts: directory_open::OfficeCounts,
    /// The looks logged once a day that this server saw logged today (`access_log`).
    logged_today: access_log::LoggedToday,
}

/// Runs the same code against whichever pool the store holds: `on_pool!(self, pool => ...)`.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $body:expr) => {
        match &$store.backend {
            $crate::db::Backend::Sqlite($pool) => $body,
            $crate::db::Backend::Postgres($pool) => $body,
        }
    };
}
pub(crate) use on_pool;

/// Rows a SQLite connection's thread may hand over before the request takes them.
const SQLITE_ROWS_IN_FLIGHT: usize = 1024;

/// How much of the SQLite file is read through a memory map (see `Store::connect`).
const SQLITE_MMAP_BYTES: u64 = 128 * 1024 * 1024;

impl Store {
    /// Connects and migrates. SQLite runs in WAL mode with full synchronous commits
    /// (durable on power loss), foreign keys on, and waits on a busy database.
    pub async fn connect(url: &str) -> DbResult<Store> {
        Self::connect_with(url, None).await
    }

    /// [`Store::connect`] with `connections` to PostgreSQL (`LOTSE_DB_CONNECTIONS`); by
    /// default [`default_pg_connections`]. SQLite always keeps its eight.
    pub async fn connect_with(url: &str, connections: Option<u32>) -> DbResult<Store> {
        let (backend, log) = if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // sqlx runs each SQLite connection on a thread of its own and hands the
                // rows over one at a time through a channel that held 50: a caseload's 150
                // rows stopped the connection's thread twice per query until the request's
                // task had taken them (futex waits and task switches, a quarter of the
                // server's CPU on that page). A page's rows now fit at once. Measured
                // 2026-12-06 at 100,000 clients: caseload of 150 541–568 → 718–726
                // requests/s, the offices list 1,271–1,318 → 1,425–1,452.
                .row_buffer_size(SQLITE_ROWS_IN_FLIGHT)
                // Reads through a memory map instead of a read() per page into each
                // connection's own small cache: one copy for all eight connections, no
                // system call per page (at 2,040 offices a third of a list's time was the
                // kernel copying pages). Up to 128 MiB of the file; the rest is read as before.
                .pragma("mmap_size", SQLITE_MMAP_BYTES.to_string());
            // Migrations run on their own connection with foreign keys off: rebuilding a
            // table (SQLite's only way to change a constraint) drops the old one, which
            // with keys on would delete every row that refers to it. Every key is
            // checked before the app starts.
            let mut conn = opts.clone().foreign_keys(false).connect().await?;
            sqlx::migrate!("migrations/sqlite").run(&mut conn).await?;
            let broken: Vec<(String,)> = sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check")
                .fetch_all(&mut conn)
                .await?;
            if let Some((table,)) = broken.first() {
                return Err(DbError::Integrity(format!(
                    "a foreign key in {table} points nowhere after migrating"
                )));
            }
            // A build outside the workspace misses `.cargo/config.toml` and gets SQLite
            // with STAT4 back: every statement is then compiled again before each run.
            let stat4: i64 = sqlx::query_scalar("SELECT sqlite_compileoption_used('ENABLE_STAT4')")
                .fetch_one(&mut conn)
                .await?;
            if stat4 != 0 {
                tracing::warn!(
                    "SQLite was built with STAT4 (outside the workspace's .cargo/config.toml?): \
                     statements are compiled again before every run; pages will be slower"
                );
            }
            conn.close().await?;
            // No ping before each use: sqlx's default sends one through the connection's
            // worker thread every time a query takes a connection (a second thread round
            // trip per query; 3 % of a search page's CPU). An SQLite connection is a
            // file handle in this process: it does not go stale.
            let log = SqlitePoolOptions::new()
                .max_connections(1)
                .test_before_acquire(false)
                .connect_with(opts.clone())
                .await?;
            let pool = SqlitePoolOptions::new()
                .max_connections(8)
                .test_before_acquire(false)
                .connect_with(opts)
                .await?;
            (
                Backend::Sqlite(Leased::new(pool)),
                Some(Backend::Sqlite(Leased::new(log))),
            )
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let mut opts = PgConnectOptions::from_str(url)?;
            // PostgreSQL's default prices a random read at four sequential ones (spinning
            // disks). Lotse's tables are read from memory or SSD; priced so, PostgreSQL
            // hashed all 194 users of the demo to find a session's one (0.16 instead of
            // 0.05 ms on every page) and walked a team's access log instead of its index.
            // A URL that names its own (`?options=-c random_page_cost=…`) keeps it.
            if !url.contains("random_page_cost") {
                opts = opts.options([("random_page_cost", "1.1")]);
            }
            // A ping before use only after a connection has been idle a while (sqlx's
            // default is a network round trip every time a query takes a connection,
            // doubling the trips of a one-query read). Under load connections are never
            // idle that long; one that sat idle through a restart of the database, a
            // failover or a firewall's idle cut is found and replaced before a query
            // fails on it.
            let pool = PgPoolOptions::new()
                .max_connections(connections.unwrap_or_else(default_pg_connections))
                .test_before_acquire(false)
                .before_acquire(|conn, meta| {
                    Box::pin(async move {
                        if meta.idle_for > Duration::from_secs(30) {
                            sqlx::Connection::ping(conn).await?;
                        }
                        Ok(true)
                    })
                })
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(opts)
                .await?;
            sqlx::migrate!("migrations/postgres").run(&pool).await?;
            // No writer for the reads: PostgreSQL lets concurrent commits share a flush
            // of its log by itself, and the hop to a writer cost the case file a sixth of
            // its pages a second (1,571 → 1,327 requests/s).
            (Backend::Postgres(Leased::new(pool)), None)
        } else {
            return Err(DbError::UnsupportedUrl);
        };
        let read_log = log.map(|backend| read_log::ReadLog::start(Store::of(backend, None)));
        Ok(Store::of(backend, read_log))
    }

    /// A store on `backend`, with nothing found yet.
    fn of(backend: Backend, read_log: Option<read_log::ReadLog>) -> Store {
        Store {
            backend,
            read_log,
            vocabulary: Default::default(),
            default_county: Default::default(),
            counties: Default::default(),
            office_counts: Default::default(),
            logged_today: Default::default(),
        }
    }

    pub fn backend_name(&self) -> &'static str {
        match self.backend {
            Backend::Sqlite(_) => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    /// True when the database has no users at all (a new installation).
    pub async fn is_empty(&self) -> DbResult<bool> {
        let n: i64 =
            on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(pool).await?);
        Ok(n == 0)
    }

    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await)
    }
}

/// Current Unix time in seconds, from the one clock (see [`crate::time`]).
pub use crate::time::now;

/// The outcome of a guarded update: saved, or refused because someone else changed the
/// record since the form was opened (optimistic locking on `version`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    Done,
    Conflict,
}

impl Saved {
    pub fn from_rows(rows: u64) -> Saved {
        if rows == 0 {
            Saved::Conflict
        } else {
            Saved::Done
        }
    }
}

/// A unique constraint refused the write (a double booking, a repeated submission).
impl Store {
    /// Keeps the query planner's statistics current (the janitor, daily): SQLite's
    /// `PRAGMA optimize` analyses what changed enough to matter; PostgreSQL's autovacuum
    /// does the same by itself.
    pub async fn refresh_statistics(&self) -> DbResult<()> {
        if let Backend::Sqlite(pool) = &self.backend {
            sqlx::query("PRAGMA optimize").execute(pool).await?;
        }
        Ok(())
    }
}

/// Connections to PostgreSQL unless `LOTSE_DB_CONNECTIONS` says otherwise: two per core
/// of this server. A page holds its connection while it renders (see `lease`), so one
/// per core would leave the database idle meanwhile; more only add processes taking
/// turns on the same cores. Measured on this 2-core machine with the database on it
/// (2026-12-07, the client's home): 16 connections 1,297 requests/s (p99 88 ms), 8
/// 1,440, 4 1,510–1,565 (p99 30–38 ms), 2 1,322.
pub fn default_pg_connections() -> u32 {
    std::thread::available_parallelism().map_or(4, |n| n.get() as u32 * 2)
}

/// How many elements PostgreSQL's general plan counts in an array parameter (see
/// [`Store::id_set`]).
const PG_PLANNED_SET: usize = 10;

/// One page of a list: the page asked for, clamped into the pages `total` items fill at
/// `per` each, and the index of its first item. Lists count first, then read one page.
pub fn clamp_page(asked: i64, total: i64, per: i64) -> (i64, i64) {
    let pages = ((total + per - 1) / per.max(1)).max(1);
    let page = asked.clamp(1, pages);
    (page, (page - 1) * per)
}

impl Store {
    /// `column` is one of a set of ids bound as parameter `$n` (made by [`Store::id_set`]).
    /// The statement's text is the same whatever the ids, so each connection prepares it
    /// once and keeps it. Ids written into the text made a new statement for every page
    /// (150 ids of a caseload), prepared afresh each time and pushing the daily
    /// statements out of the connection's cache of prepared ones.
    pub(crate) fn in_id_set(&self, column: &str, n: usize) -> String {
        match self.backend {
            Backend::Sqlite(_) => format!("{column} IN (SELECT value FROM json_each(${n}))"),
            Backend::Postgres(_) => format!("{column} = ANY(CAST(${n} AS BIGINT[]))"),
        }
    }

    /// The ids for [`Store::in_id_set`]: a JSON array for SQLite, an array literal for
    /// PostgreSQL (numbers only, bound as a parameter).
    ///
    /// PostgreSQL gets at least [`PG_PLANNED_SET`] ids: a set of fewer is filled up with
    /// its last id (a repeat matches no further row). Its general plan of a statement
    /// counts an array parameter as ten elements; a plan made for three values looked
    /// cheaper, so PostgreSQL planned such a statement afresh on every run (a guide's
    /// page: 194 and 123 µs of planning for 48 and 68 µs of work). With ten the two
    /// cost the same, and the general plan is kept after five runs.
    pub(crate) fn id_set(&self, ids: &[i64]) -> String {
        let mut list = ids.iter().map(i64::to_string).collect::<Vec<_>>();
        match self.backend {
            Backend::Sqlite(_) => format!("[{}]", list.join(",")),
            Backend::Postgres(_) => {
                if let Some(last) = list.last().cloned() {
                    list.resize(list.len().max(PG_PLANNED_SET), last);
                }
                format!("{{{}}}", list.join(","))
            }
        }
    }
}

pub fn is_unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}
