//! Every response carries a request id, and the log line of a failed request carries the
//! same id (with the route, never a client's personal data).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common;
use axum::http::StatusCode;
use common::{sign_in_staff, Client, WEBER};
use lotse_server::db::Store;
use std::io::Write;
use std::sync::{Mutex, OnceLock};

/// The log lines of this test binary, captured once a test asks for them.
static LOG: OnceLock<Mutex<Vec<u8>>> = OnceLock::new();

struct Capture;

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(log) = LOG.get() {
            log.lock().unwrap().extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_log() {
    if LOG.set(Mutex::new(vec![])).is_ok() {
        // Lotse's own request spans and lines; other crates only from warnings up (sqlx
        // logs every statement at "info": formatting those slowed the suite by a third).
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("warn,lotse_server=info"))
            .with_ansi(false)
            .with_writer(|| Capture)
            .try_init();
    }
}

both_backends!(
    seeded a_request_id_on_every_response_and_in_the_log_of_a_failure,
    |store: Store| async move {
        capture_log();
        let mut c = Client::new(common::app(store.clone()).await);
        sign_in_staff(&mut c, WEBER).await;
        let r = c.get("/cases").await;
        let id = r.headers["x-request-id"].to_str().unwrap().to_string();
        assert_eq!(id.len(), 36, "a UUID: {id}");
        // Two requests, two ids.
        let again = c.get("/cases").await.headers["x-request-id"].clone();
        assert_ne!(again.to_str().unwrap(), id);
        // The database goes away: a translated error page, and a log line with the id.
        store.close().await;
        let r = c.get("/cases").await;
        assert_eq!(r.status, StatusCode::INTERNAL_SERVER_ERROR);
        let id = r.headers["x-request-id"].to_str().unwrap().to_string();
        let log = String::from_utf8_lossy(&LOG.get().unwrap().lock().unwrap()).to_string();
        let line = log
            .lines()
            .find(|l| l.contains(&id) && l.contains("internal error"))
            .unwrap_or_else(|| panic!("no log line with {id}"));
        assert!(line.contains("route=/cases"), "{line}");
        assert!(line.contains("closed"), "the database error's text: {line}");
    }
);
