//! Server-side sessions. The cookie holds a random token; only its SHA-256 is stored.

use super::users::UserRow;
use super::{on_pool, DbResult, Store};
use lotse_app::domain::UserId;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub token_hash: String,
    pub user_id: i64,
    pub last_seen_at: i64,
    pub idle_expires_at: i64,
    pub absolute_expires_at: i64,
}

impl Store {
    pub async fn create_session(
        &self,
        token_hash: &str,
        user: UserId,
        now: i64,
        idle_expires_at: i64,
        absolute_expires_at: i64,
    ) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, idle_expires_at, absolute_expires_at) \
             VALUES ($1, $2, $3, $3, $4, $5)")
            .bind(token_hash).bind(user.0).bind(now).bind(idle_expires_at).bind(absolute_expires_at)
            .execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// The live session for a token and its user, or None when unknown or expired.
    pub async fn live_session(&self, token_hash: &str, now: i64) -> DbResult<Option<(SessionRow, UserRow)>> {
        let session: Option<SessionRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT token_hash, user_id, last_seen_at, idle_expires_at, absolute_expires_at FROM sessions \
             WHERE token_hash = $1 AND idle_expires_at > $2 AND absolute_expires_at > $2")
            .bind(token_hash).bind(now).fetch_optional(pool).await?);
        let Some(session) = session else { return Ok(None) };
        let user = self.user(UserId(session.user_id)).await?;
        Ok(user.filter(|u| u.disabled_at.is_none()).map(|u| (session, u)))
    }

    /// Slides the idle timeout forward (never past the absolute one).
    pub async fn touch_session(&self, token_hash: &str, now: i64, idle_expires_at: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE sessions SET last_seen_at = $1, idle_expires_at = $2 WHERE token_hash = $3")
            .bind(now).bind(idle_expires_at).bind(token_hash).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn delete_session(&self, token_hash: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Ends every session of a user (after a new PIN or password), and the notifications
    /// on their phones with them: whoever held the old access hears nothing more.
    pub async fn delete_user_sessions(&self, user: UserId) -> DbResult<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user.0).execute(pool).await?;
            sqlx::query("DELETE FROM push_subscriptions WHERE user_id = $1").bind(user.0).execute(pool).await?;
        });
        Ok(())
    }

    pub async fn purge_expired_sessions(&self, now: i64) -> DbResult<u64> {
        let done = on_pool!(self, pool => sqlx::query(
            "DELETE FROM sessions WHERE idle_expires_at <= $1 OR absolute_expires_at <= $1")
            .bind(now).execute(pool).await?.rows_affected());
        Ok(done)
    }

    /// A one-shot message for the next page this session sees (post/redirect/get).
    pub async fn set_flash(&self, token_hash: &str, flash: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE sessions SET flash = $1 WHERE token_hash = $2")
            .bind(flash).bind(token_hash).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Reads and clears the flash; compare-and-clear, so it is shown exactly once even
    /// when two requests race.
    pub async fn take_flash(&self, token_hash: &str) -> DbResult<Option<String>> {
        let flash: Option<Option<String>> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT flash FROM sessions WHERE token_hash = $1")
            .bind(token_hash).fetch_optional(pool).await?);
        let Some(flash) = flash.flatten() else {
            return Ok(None);
        };
        let cleared = on_pool!(self, pool => sqlx::query(
            "UPDATE sessions SET flash = NULL WHERE token_hash = $1 AND flash = $2")
            .bind(token_hash).bind(&flash).execute(pool).await?.rows_affected());
        Ok((cleared == 1).then_some(flash))
    }
}
