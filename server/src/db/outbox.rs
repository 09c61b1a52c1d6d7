//! E-mails waiting to be sent. Writing to the outbox is part of the action that causes
//! the mail (an invitation, a reminder); delivery happens later in the janitor, so a
//! mail server that is down loses nothing and slows no request.

use super::{now, on_pool, DbResult, Store};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MailRow {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub body: String,
    pub attempts: i64,
}

/// Give up on a message after this many failed attempts.
pub const MAX_ATTEMPTS: i64 = 10;

/// How long a claimed mail is the claiming instance's alone (see [`Store::claim_mail`]);
/// a failed one is tried again after this.
pub const LEASE_SECS: i64 = 300;

impl Store {
    pub async fn enqueue_mail(&self, to: &str, subject: &str, body: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO outbox (to_address, subject, body, created_at) VALUES ($1, $2, $3, $4)")
            .bind(to).bind(subject).bind(body).bind(now()).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Mails not yet sent (oldest first) that still have attempts left.
    pub async fn unsent_mail(&self, limit: i64) -> DbResult<Vec<MailRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, to_address, subject, body, attempts FROM outbox WHERE sent_at IS NULL AND attempts < $1 \
             AND next_attempt_at <= $3 ORDER BY id LIMIT $2")
            .bind(MAX_ATTEMPTS).bind(limit).bind(now()).fetch_all(pool).await?))
    }

    /// Claims a mail for one attempt: true for exactly one of several server instances
    /// that read it with the same `attempts` (the others skip it). The claim also puts the
    /// row out of reach for [`LEASE_SECS`]: without that, an instance reading it while
    /// the relay still talks saw "tried once, not sent" and sent it a second time.
    pub async fn claim_mail(&self, id: i64, attempts: i64) -> DbResult<bool> {
        let at = now();
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $3 \
             WHERE id = $1 AND attempts = $2 AND sent_at IS NULL AND next_attempt_at <= $4")
            .bind(id).bind(attempts).bind(at + LEASE_SECS).bind(at).execute(pool).await?.rows_affected());
        Ok(rows == 1)
    }

    pub async fn mail_sent(&self, id: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE outbox SET sent_at = $1 WHERE id = $2")
            .bind(now()).bind(id).execute(pool).await?.rows_affected());
        Ok(())
    }

    pub async fn mail_failed(&self, id: i64, error: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE outbox SET last_error = $1 WHERE id = $2")
            .bind(error).bind(id).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Mails to an address, newest first (for tests and the coordinator's check).
    pub async fn mail_to(&self, to: &str) -> DbResult<Vec<MailRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, to_address, subject, body, attempts FROM outbox WHERE to_address = $1 ORDER BY id DESC")
            .bind(to).fetch_all(pool).await?))
    }
}
