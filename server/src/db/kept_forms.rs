//! Forms kept over an expired session (see `web::resume`).

use super::{on_pool, DbResult, Store};
use lotse_app::domain::UserId;

impl Store {
    /// The user of a session, live or expired (expired rows are kept a day for this).
    pub async fn session_owner(&self, token_hash: &str) -> DbResult<Option<UserId>> {
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT user_id FROM sessions WHERE token_hash = $1")
            .bind(token_hash).fetch_optional(pool).await?);
        Ok(id.map(UserId))
    }

    /// Keeps a form for `user` under a random key's hash.
    pub async fn keep_form(
        &self,
        key_hash: &str,
        user: UserId,
        path: &str,
        fields: &str,
        now: i64,
    ) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO kept_forms (key_hash, user_id, path, fields, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(key_hash).bind(user.0).bind(path).bind(fields).bind(now)
            .execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Takes a kept form out, if it was kept for `user` after `since`: (path, fields).
    /// Anyone else signing in with the key gets nothing, and the form stays for its owner.
    pub async fn take_kept_form(
        &self,
        key_hash: &str,
        user: UserId,
        since: i64,
    ) -> DbResult<Option<(String, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "DELETE FROM kept_forms WHERE key_hash = $1 AND user_id = $2 AND created_at > $3 \
             RETURNING path, fields")
            .bind(key_hash).bind(user.0).bind(since).fetch_optional(pool).await?))
    }

    /// Forms nobody came back for (the janitor).
    pub async fn purge_kept_forms(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM kept_forms WHERE created_at <= $1")
            .bind(before).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
