//! Erasing a client: everything of theirs, in every table, in one transaction (GDPR art.
//! 17; the retention job and the data-protection officer's decisions call it, each behind
//! its own permission). Most of it is the schema's `ON DELETE CASCADE` from `clients` and
//! `users`; what does not cascade is named here:
//! - the client's own sign-in account (`users`), with its sessions, devices, notices and
//!   kept forms (cascades from `users`);
//! - the access log's entries of the client reading their own data (actor = the client);
//!   entries of staff reading the case keep the staff member and the time but lose the
//!   client (`client_id` is set to NULL by the schema): who looked stays accountable, whom
//!   they looked at is gone;
//! - mail waiting in the outbox for the client's address, and sign-in failures under
//!   their login;
//! - a household left with fewer than two members;
//! - the texts of their requests under data-protection law: the rows stay, without the
//!   client (the schema sets it to NULL) and without a word of theirs, as the officer's
//!   proof of having acted (kind, dates, outcome).
//!
//! `server/tests/suite/erasure.rs` walks every table of both databases afterwards.

use super::{on_pool, DbResult, Store};
use lotse_app::domain::ClientId;

/// What an erasure removed, for the report that records it (counts, no names).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Erased {
    /// Whether there was such a client.
    pub found: bool,
    /// Rows of the client's own access-log entries, outbox mail and sign-in failures.
    pub traces: u64,
}

impl Store {
    pub async fn erase_client(&self, client: ClientId) -> DbResult<Erased> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let row: Option<(Option<i64>, Option<i64>, Option<String>)> = sqlx::query_as(
                "SELECT user_id, household_id, phone FROM clients WHERE id = $1")
                .bind(client.0).fetch_optional(&mut *tx).await?;
            let Some((user, household, phone)) = row else {
                return Ok(Erased::default());
            };
            let account: Option<(Option<String>, Option<String>)> = match user {
                Some(u) => sqlx::query_as("SELECT email, login_number FROM users WHERE id = $1")
                    .bind(u).fetch_optional(&mut *tx).await?,
                None => None,
            };
            let (email, login) = account.unwrap_or((None, None));
            let mut traces = 0;
            if let Some(u) = user {
                traces += sqlx::query("DELETE FROM access_log WHERE actor_user_id = $1")
                    .bind(u).execute(&mut *tx).await?.rows_affected();
            }
            // Mail to the client's addresses, and failed sign-ins under their login (the
            // keys `web::signin` counts them by).
            let email = email.unwrap_or_default();
            for address in [phone.unwrap_or_default(), email.clone()] {
                if !address.trim().is_empty() {
                    traces += sqlx::query("DELETE FROM outbox WHERE to_address = $1")
                        .bind(address).execute(&mut *tx).await?.rows_affected();
                }
            }
            let logins = [
                login.map(|n| format!("number:{n}")),
                (!email.trim().is_empty()).then(|| format!("email:{email}")),
            ];
            for key in logins.into_iter().flatten() {
                traces += sqlx::query("DELETE FROM signin_failures WHERE account_key = $1")
                    .bind(key).execute(&mut *tx).await?.rows_affected();
            }
            sqlx::query("UPDATE privacy_requests SET body = '', answer = '', client_key = NULL WHERE client_id = $1")
                .bind(client.0).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM clients WHERE id = $1").bind(client.0).execute(&mut *tx).await?;
            if let Some(u) = user {
                sqlx::query("DELETE FROM users WHERE id = $1").bind(u).execute(&mut *tx).await?;
            }
            if let Some(h) = household {
                // One left alone is no household any more.
                let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients WHERE household_id = $1")
                    .bind(h).fetch_one(&mut *tx).await?;
                if left < 2 {
                    sqlx::query("UPDATE clients SET household_id = NULL WHERE household_id = $1")
                        .bind(h).execute(&mut *tx).await?;
                    sqlx::query("DELETE FROM households WHERE id = $1").bind(h).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(Erased { found: true, traces })
        })
    }
}
