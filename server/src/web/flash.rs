//! One-shot messages carried across a post/redirect/get in the session row (so they work
//! with any number of server instances).

use crate::db::{DbResult, Store};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use lotse_app::i18n::Tr;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

tokio::task_local! {
    /// What the request's session row said when `Ctx` read it: the session's token and
    /// whether a message was waiting. Most pages have none; knowing that from the row
    /// read anyway spares each of them a query (on SQLite, a hand-over to the database's
    /// thread and back).
    static SEEN: RefCell<Option<(String, bool)>>;
}

/// Middleware: a place for what [`seen`] learns, for the length of one request.
pub async fn remember(req: Request, next: Next) -> Response {
    within_request(next.run(req)).await
}

/// Runs `f` as one request: what [`seen`] learns inside holds until it ends.
pub async fn within_request<T>(f: impl std::future::Future<Output = T>) -> T {
    SEEN.scope(RefCell::new(None), f).await
}

/// Notes whether the session `token_hash` has a message waiting, as its row said.
pub fn seen(token_hash: &str, waiting: bool) {
    let _ = SEEN.try_with(|s| *s.borrow_mut() = Some((token_hash.to_string(), waiting)));
}

/// True only when this request read the session's row and no message waited. Outside a
/// request (jobs, tests calling a handler directly) nothing is known: the row is asked.
fn none_waiting(token_hash: &str) -> bool {
    SEEN.try_with(|s| matches!(&*s.borrow(), Some((t, false)) if t == token_hash))
        .unwrap_or(false)
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Flash {
    /// Right after activation: remind the client of their sign-in number.
    Welcome,
    /// A new calendar link, shown once on the calendar page (only its hash is stored).
    CalendarLink { secret: String },
    /// A volunteer's invitation link, shown once to the coordinator to pass on.
    InviteLink { link: String },
    /// A notice (Fluent message id) for the next page, whatever it is.
    Info { message: String },
    /// A notice (Fluent message id) for a client's record.
    Notice { client: i64, message: String },
    /// A freshly issued activation code, shown once on the client's record. It lives in
    /// the session row only until that page is shown.
    IssuedCode {
        client: i64,
        code: String,
        expires_on: String,
        message: Option<String>,
    },
    /// New recovery codes of the second factor, shown once on the security page.
    RecoveryCodes { codes: Vec<String> },
}

impl Flash {
    pub async fn set(self, store: &Store, token_hash: &str) -> DbResult<()> {
        let json = serde_json::to_string(&self).unwrap_or_default();
        store.set_flash(token_hash, &json).await?;
        seen(token_hash, true);
        Ok(())
    }

    pub async fn take(store: &Store, token_hash: &str) -> DbResult<Option<Flash>> {
        if none_waiting(token_hash) {
            return Ok(None);
        }
        let taken = store.take_flash(token_hash).await?;
        seen(token_hash, false);
        Ok(taken.and_then(|s| serde_json::from_str(&s).ok()))
    }

    /// The notice of the last save on a page shown as it is (200); the page of a refused
    /// post (422, 409) leaves it for the next plain view.
    pub async fn notice_on(
        store: &Store,
        token_hash: &str,
        tr: &Tr,
        status: axum::http::StatusCode,
    ) -> DbResult<Option<String>> {
        if status == axum::http::StatusCode::OK {
            Flash::take_info(store, token_hash, tr).await
        } else {
            Ok(None)
        }
    }

    /// The waiting "info" notice in the reader's language (any other kind is dropped, as
    /// it belonged to a page that was not shown).
    pub async fn take_info(store: &Store, token_hash: &str, tr: &Tr) -> DbResult<Option<String>> {
        Ok(match Flash::take(store, token_hash).await? {
            Some(Flash::Info { message }) => Some(tr.t(&message)),
            _ => None,
        })
    }
}
