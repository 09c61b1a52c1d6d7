//! Test helpers: a fresh database per test (a temporary SQLite file, or a new database on
//! the PostgreSQL server named by `LOTSE_TEST_POSTGRES_URL`), the real router on top of
//! it, and small request helpers. No mocks: the same code paths as production.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{header, Request, Response, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use leptos::prelude::LeptosOptions;
use lotse_server::auth::permission::{client_access, ClientAccess, Principal};
use lotse_server::config::Settings;
use lotse_server::db::Store;
use lotse_server::web::{self, AppState};
use tower::ServiceExt;

pub mod policy;
pub mod process;
pub mod raw;
mod templates;
pub use raw::Raw;

pub enum Backend {
    Sqlite,
    Postgres,
}

/// Runs a test body once per backend: `both_backends!(name, |store| async move { ... })`
/// on an empty database, or `both_backends!(seeded name, …)` on one holding the demo
/// county. Both are copies of a database migrated (and seeded) once per test binary:
/// seeding the demo for each of the ~140 tests that need it cost a minute a run.
#[macro_export]
macro_rules! both_backends {
    ($name:ident, $body:expr) => {
        $crate::both_backends!(@ $name, Empty, $body);
    };
    (seeded $name:ident, $body:expr) => {
        $crate::both_backends!(@ $name, Seeded, $body);
    };
    // The body gets the database's address too (to write a hand-made data set in SQL).
    (seeded_url $name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = common::TestDb::open(common::Backend::Sqlite, common::Start::Seeded)
                    .await
                    .expect("SQLite is always there");
                ($body)(db.store.clone(), db.url.clone()).await;
                db.drop().await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(db) = common::TestDb::open(common::Backend::Postgres, common::Start::Seeded).await
                else {
                    return;
                };
                ($body)(db.store.clone(), db.url.clone()).await;
                db.drop().await;
            }
        }
    };
    (@ $name:ident, $start:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = common::TestDb::open(common::Backend::Sqlite, common::Start::$start)
                    .await
                    .expect("SQLite is always there");
                ($body)(db.store.clone()).await;
                db.drop().await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let Some(db) = common::TestDb::open(common::Backend::Postgres, common::Start::$start).await
                else {
                    return;
                };
                ($body)(db.store.clone()).await;
                db.drop().await;
            }
        }
    };
}

/// The day every test runs on, unless `LOTSE_TEST_TODAY` names another: a Wednesday,
/// 10:00 in Berlin. Tests say dates relative to it ([`day`]), so the same suite passes
/// when `LOTSE_TEST_TODAY` is a year ahead (the test command runs that check too).
pub const TEST_TODAY: &str = "2026-11-25";

/// Sets the server's clock to the test day, once per test binary; the clock ticks on
/// from there, so timestamps written one after the other still grow.
pub fn pin_clock() {
    static PIN: std::sync::Once = std::sync::Once::new();
    PIN.call_once(|| {
        let day = std::env::var("LOTSE_TEST_TODAY").unwrap_or_else(|_| TEST_TODAY.to_string());
        let at = lotse_server::time::parse_instant(&day)
            .unwrap_or_else(|| panic!("LOTSE_TEST_TODAY={day}: expected YYYY-MM-DD"));
        lotse_server::time::set(at);
    });
}

/// The date `n` days from the (pinned) today, as a form sends it (`2026-11-20`).
pub fn day(n: i64) -> String {
    pin_clock();
    (lotse_server::time::today() + chrono::Duration::days(n))
        .format("%Y-%m-%d")
        .to_string()
}

pub struct TestDb {
    pub store: Store,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

/// What a test database holds when the test starts.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// Migrated, no rows.
    Empty,
    /// Migrated and seeded with the demo county (as `LOTSE_DEMO=1` does).
    Seeded,
}

impl TestDb {
    /// An empty database on `backend`; PostgreSQL must be configured.
    pub async fn new(backend: Backend) -> TestDb {
        let postgres = matches!(backend, Backend::Postgres);
        match Self::open(backend, Start::Empty).await {
            Some(db) => db,
            None if postgres => panic!("LOTSE_TEST_POSTGRES_URL is not set"),
            None => unreachable!("SQLite is always there"),
        }
    }

    /// None (the test is skipped, with a note) when no PostgreSQL server is configured.
    /// The project's test command always configures one.
    pub async fn new_postgres() -> Option<TestDb> {
        Self::open(Backend::Postgres, Start::Empty).await
    }

    /// A copy of this process's template for `start`, made the first time it is asked for.
    pub async fn open(backend: Backend, start: Start) -> Option<TestDb> {
        pin_clock();
        match backend {
            Backend::Sqlite => {
                let template = templates::sqlite(start).await;
                let dir = tempfile::tempdir().unwrap();
                let file = dir.path().join("test.db");
                std::fs::copy(template, &file).unwrap();
                let url = format!("sqlite://{}", file.display());
                let store = Store::connect(&url).await.unwrap();
                Some(TestDb {
                    store,
                    url,
                    _dir: Some(dir),
                    pg: None,
                })
            }
            Backend::Postgres => {
                let Ok(admin_url) = std::env::var("LOTSE_TEST_POSTGRES_URL") else {
                    eprintln!("LOTSE_TEST_POSTGRES_URL not set: PostgreSQL variant skipped");
                    assert!(
                        std::env::var("LOTSE_REQUIRE_POSTGRES").is_err(),
                        "PostgreSQL required but not configured"
                    );
                    return None;
                };
                let template = templates::postgres(&admin_url, start).await;
                let name = format!("lotse_test_{}", uuid_like());
                templates::pg_admin(&admin_url, &format!("CREATE DATABASE {name} TEMPLATE {template}")).await;
                let url = templates::pg_url(&admin_url, &name);
                let store = Store::connect(&url).await.unwrap();
                Some(TestDb {
                    store,
                    url,
                    _dir: None,
                    pg: Some((admin_url, name)),
                })
            }
        }
    }

    pub async fn drop(self) {
        self.store.close().await;
        if let Some((admin, name)) = self.pg {
            use sqlx::Connection;
            if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .execute(&mut conn)
                    .await;
            }
        }
    }
}

fn uuid_like() -> String {
    use rand::Rng;
    let n: u64 = rand::thread_rng().gen();
    format!("{n:016x}")
}

pub fn options() -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("lotse")
        .site_root("target/site")
        .build()
}

pub async fn app(store: Store) -> Router {
    app_with(store, |_| {}).await
}

/// The router with settings changed by `change` (e.g. an https public URL).
pub async fn app_with(store: Store, change: impl FnOnce(&mut Settings)) -> Router {
    pin_clock();
    let mut settings = Settings::for_tests("unused");
    change(&mut settings);
    let i18n = lotse_app::i18n::I18n::load().unwrap();
    let push = lotse_server::push::Pusher::start(&store, &settings)
        .await
        .unwrap();
    let state = AppState::new(web::Shared {
        push,
        store,
        settings: std::sync::Arc::new(settings),
        i18n,
        leptos: options(),
    });
    web::router(state)
}

pub const ORIGIN: &str = "http://127.0.0.1:3000";

/// A browser-like client: keeps cookies, sends Origin on posts, follows nothing.
pub struct Client {
    pub app: Router,
    pub cookies: Vec<(String, String)>,
    pub accept_language: Option<String>,
}

pub struct Reply {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
    pub headers: axum::http::HeaderMap,
    /// The body as sent (a spreadsheet, an image).
    pub bytes: Vec<u8>,
}

impl Client {
    pub fn new(app: Router) -> Client {
        Client {
            app,
            cookies: vec![],
            accept_language: None,
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, req: Request<Body>) -> Reply {
        let res: Response<Body> = self.app.clone().oneshot(req).await.unwrap();
        for set in res.headers().get_all(header::SET_COOKIE) {
            let set = set.to_str().unwrap();
            let pair = set.split(';').next().unwrap();
            let (k, v) = pair.split_once('=').unwrap();
            self.cookies.retain(|(name, _)| name != k);
            if !v.is_empty() && !set.contains("Max-Age=0") {
                self.cookies.push((k.to_string(), v.to_string()));
            }
        }
        let status = res.status();
        let headers = res.headers().clone();
        let location = headers
            .get(header::LOCATION)
            .map(|l| l.to_str().unwrap().to_string());
        let bytes = res.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            location,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            headers,
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let mut req = Request::get(path).header(header::COOKIE, self.cookie_header());
        if let Some(l) = &self.accept_language {
            req = req.header(header::ACCEPT_LANGUAGE, l);
        }
        self.send(req.body(Body::empty()).unwrap()).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Reply {
        let body = serde_urlencoded_pairs(form);
        self.post_raw(path, body, Some(ORIGIN)).await
    }

    pub async fn post_raw(&mut self, path: &str, body: String, origin: Option<&str>) -> Reply {
        let mut req = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::HOST, "127.0.0.1:3000");
        if let Some(o) = origin {
            req = req.header(header::ORIGIN, o);
        }
        if let Some(l) = &self.accept_language {
            req = req.header(header::ACCEPT_LANGUAGE, l);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }
}

impl Client {
    /// A `multipart/form-data` post, as a browser sends a form with a file input.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file: Option<(&str, &str, &[u8])>,
    ) -> Reply {
        let boundary = "----lotse-test-boundary-7d9a";
        let mut body: Vec<u8> = vec![];
        for (k, v) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n")
                    .as_bytes(),
            );
        }
        let (name, content_type, bytes) = file.unwrap_or(("photo", "application/octet-stream", &[]));
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"letter\"\r\nContent-Type: {content_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let mut req = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, ORIGIN);
        if let Some(l) = &self.accept_language {
            req = req.header(header::ACCEPT_LANGUAGE, l);
        }
        self.send(req.body(Body::from(body)).unwrap()).await
    }
}

/// A real 2×3 pixel PNG.
pub const TINY_PNG: [u8; 74] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 2, 0, 0, 0, 3, 8, 2, 0, 0, 0, 54,
    136, 73, 214, 0, 0, 0, 17, 73, 68, 65, 84, 120, 156, 99, 248, 207, 192, 0, 68, 96, 2, 78, 3, 0, 62, 214,
    5, 251, 88, 130, 207, 70, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

pub fn serde_urlencoded_pairs(form: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form.iter())
        .finish()
}

/// The demo municipality, seeded into a test database.
/// Runs SQL statements (separated by `;`) on the database at `url`, outside the app: for
/// hand-made data sets with known answers.
pub async fn exec_sql(url: &str, sql: &str) {
    use sqlx::{Connection, Executor};
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        c.execute(sqlx::raw_sql(sql)).await.unwrap();
        c.close().await.unwrap();
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        c.execute(sqlx::raw_sql(sql)).await.unwrap();
        c.close().await.unwrap();
    }
}

/// Like [`exec_sql`], but says whether it worked instead of failing the test (for
/// statements a constraint may refuse).
pub async fn try_exec_sql(url: &str, sql: &str) -> bool {
    use sqlx::{Connection, Executor};
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        let ok = c.execute(sqlx::raw_sql(sql)).await.is_ok();
        c.close().await.unwrap();
        ok
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        let ok = c.execute(sqlx::raw_sql(sql)).await.is_ok();
        c.close().await.unwrap();
        ok
    }
}

pub async fn seeded(store: &Store) {
    lotse_server::seed::demo(store).await.unwrap();
}

pub async fn sign_in_staff(client: &mut Client, email: &str) {
    let mut r = client
        .post(
            "/signin/staff",
            &[("email", email), ("password", lotse_server::seed::STAFF_PASSWORD)],
        )
        .await;
    // Someone who must use a second factor and has none (the administrator) sets it up
    // with the key the page shows, as a person with an authenticator app would.
    if r.status == StatusCode::OK && r.body.contains("action=\"/signin/enroll\"") {
        let secret = totp_secret_on(&r.body);
        let key = input_value(&r.body, "key").expect("the sign-in's key");
        let code = lotse_server::auth::two_factor::code_at(&secret, lotse_server::time::now()).unwrap();
        r = client
            .post(
                "/signin/enroll",
                &[("key", key.as_str()), ("code", code.as_str())],
            )
            .await;
    }
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "staff sign-in failed for {email}: {}",
        r.body
    );
}

/// The key an enrolment page shows for typing in (grouped by four).
pub fn totp_secret_on(body: &str) -> String {
    let at = body
        .find("data-testid=\"totp-secret\"")
        .expect("the key on the page");
    let start = at + body[at..].find('>').unwrap() + 1;
    let end = start + body[start..].find('<').unwrap();
    body[start..end].split_whitespace().collect()
}

pub async fn sign_in_client(client: &mut Client, number: &str, pin: &str) -> Reply {
    client.post("/signin", &[("number", number), ("pin", pin)]).await
}

pub const KELLER: &str = "s.keller@talheim.example"; // team lead, Team Mitte
pub const WEBER: &str = "j.weber@talheim.example"; // guide, Team Mitte
pub const DEMIR: &str = "l.demir@bergfeld.example"; // guide, Team Bergfeld
pub const COORDINATOR: &str = "m.hoffmann@talheim.example";
pub const VOLUNTEER: &str = "p.braun@talheim.example";

/// Ids of the clients a guide looks after.
pub async fn client_ids_of(store: &Store, email: &str) -> Vec<i64> {
    let guide = store.user_by_email(email).await.unwrap().unwrap();
    store
        .caseload(
            lotse_server::db::clients::CaseloadFilter::Guide(guide.user_id()),
            &Default::default(),
            guide.user_id(),
            0,
        )
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.id)
        .collect()
}

pub fn count(s: &str, needle: &str) -> usize {
    s.matches(needle).count()
}

/// The id of the seeded client with this last name.
pub async fn client_named(store: &Store, last_name: &str) -> i64 {
    let filter =
        lotse_server::db::clients::CaseloadFilter::Municipality(lotse_app::domain::MunicipalityId(1));
    let mut all = store
        .caseload(filter, &Default::default(), lotse_app::domain::UserId(0), 0)
        .await
        .unwrap();
    let filter =
        lotse_server::db::clients::CaseloadFilter::Municipality(lotse_app::domain::MunicipalityId(2));
    all.extend(
        store
            .caseload(filter, &Default::default(), lotse_app::domain::UserId(0), 0)
            .await
            .unwrap(),
    );
    all.into_iter()
        .find(|r| r.last_name == last_name)
        .map(|r| r.id)
        .unwrap_or_else(|| panic!("no client {last_name}"))
}

/// The value of a hidden or text input in a page, by name (first match).
pub fn input_value(body: &str, name: &str) -> Option<String> {
    let at = body.find(&format!("name=\"{name}\""))?;
    let start = body[..at].rfind('<')?;
    let end = at + body[at..].find('>')?;
    let tag = &body[start..end];
    let v = tag.find("value=\"")? + 7;
    Some(tag[v..v + tag[v..].find('"')?].to_string())
}

/// The case-file access of the client's own guide, as a signed-in guide would get it
/// (through `client_access`, so the gate applies exactly what the web layer applies).
pub async fn own_guide(store: &Store, client: lotse_app::domain::ClientId) -> ClientAccess {
    use lotse_app::domain::{MunicipalityId, TeamId, UserId};
    let scope = store.client_scope(client).await.unwrap().unwrap();
    let p = Principal::Guide {
        user: UserId(scope.guide_id.unwrap()),
        team: TeamId(scope.team_id.unwrap()),
        municipality: MunicipalityId(scope.municipality_id),
        team_lead: false,
    };
    client_access(store, &p, client).await.unwrap()
}

/// The client's own access to their record (as their signed-in phone gets it).
pub async fn own_record(store: &Store, client: lotse_app::domain::ClientId) -> ClientAccess {
    let scope = store.client_scope(client).await.unwrap().unwrap();
    let p = Principal::Client {
        user: lotse_app::domain::UserId(scope.user_id),
        client,
        municipality: lotse_app::domain::MunicipalityId(scope.municipality_id),
        closed_at: scope.closed_at,
    };
    client_access(store, &p, client).await.unwrap()
}

/// One number read with SQL (for checks on what the database keeps by itself).
pub async fn query_i64(url: &str, sql: &str) -> i64 {
    use sqlx::Connection;
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        let n: i64 = sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap();
        c.close().await.unwrap();
        n
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        let n: i64 = sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap();
        c.close().await.unwrap();
        n
    }
}

/// One text column read with SQL, every row (for walking the schema).
pub async fn query_strings(url: &str, sql: &str) -> Vec<String> {
    use sqlx::Connection;
    if url.starts_with("sqlite:") {
        let mut c = sqlx::SqliteConnection::connect(url).await.unwrap();
        let rows: Vec<String> = sqlx::query_scalar(sql).fetch_all(&mut c).await.unwrap();
        c.close().await.unwrap();
        rows
    } else {
        let mut c = sqlx::PgConnection::connect(url).await.unwrap();
        let rows: Vec<String> = sqlx::query_scalar(sql).fetch_all(&mut c).await.unwrap();
        c.close().await.unwrap();
        rows
    }
}

/// The demo county (the default one).
pub async fn demo_county(store: &Store) -> lotse_server::db::directory::CountyId {
    store.default_county().await.unwrap().unwrap()
}

/// An office of the demo directory, by the key it was imported under.
pub async fn office_by_key(store: &Store, key: &str) -> i64 {
    store
        .office_by_import_key(demo_county(store).await, key)
        .await
        .unwrap()
        .unwrap()
        .0
}

/// A new office with nothing but its German name, published or a draft.
pub async fn new_office(
    store: &Store,
    county: lotse_server::db::directory::CountyId,
    name: &str,
    published: bool,
) -> i64 {
    use lotse_server::db::directory::{OfficeFacts, OfficeText};
    store
        .create_office(
            county,
            &OfficeFacts {
                category: "other".into(),
                ..OfficeFacts::default()
            },
            &OfficeText {
                name: name.into(),
                ..OfficeText::default()
            },
            published,
            None,
            None,
        )
        .await
        .unwrap()
}
