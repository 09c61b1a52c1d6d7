//! One-shot messages carried across a post/redirect/get in the session row (so they work
//! with any number of server instances).

use crate::db::{DbResult, Store};
use lotse_app::i18n::Tr;
use serde::{Deserialize, Serialize};

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
        store.set_flash(token_hash, &json).await
    }

    pub async fn take(store: &Store, token_hash: &str) -> DbResult<Option<Flash>> {
        Ok(store
            .take_flash(token_hash)
            .await?
            .and_then(|s| serde_json::from_str(&s).ok()))
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
