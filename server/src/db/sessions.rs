//! Server-side sessions. The cookie holds a random token; only its SHA-256 is stored.

use super::users::{UserRow, USER_COLUMNS};
use super::{on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, UserId};
use sqlx::{FromRow, Row};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub token_hash: String,
    pub user_id: i64,
    pub last_seen_at: i64,
    pub idle_expires_at: i64,
    pub absolute_expires_at: i64,
    /// Whether a one-shot message waits (see `web::flash`): most pages have none to show,
    /// and knowing it from this row spares them a query.
    pub flash_waiting: bool,
}

/// A client's own case as the session sees it: which record, where, and since when it is
/// closed (read-only). The rest of the case's scope matters only to staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OwnCase {
    pub client: ClientId,
    pub municipality: MunicipalityId,
    pub closed_at: Option<i64>,
}

/// What [`Store::live_session`] reads in its one query.
#[derive(Clone, Debug)]
pub struct LiveSession {
    pub session: SessionRow,
    pub user: UserRow,
    pub own_case: Option<OwnCase>,
}

impl LiveSession {
    fn from_row<'r, R: Row>(row: &'r R) -> Result<LiveSession, sqlx::Error>
    where
        SessionRow: FromRow<'r, R>,
        UserRow: FromRow<'r, R>,
        &'r str: sqlx::ColumnIndex<R>,
        Option<i64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    {
        let client: Option<i64> = row.try_get("own_client_id")?;
        let municipality: Option<i64> = row.try_get("own_client_municipality_id")?;
        let closed_at: Option<i64> = row.try_get("own_client_closed_at")?;
        Ok(LiveSession {
            session: SessionRow::from_row(row)?,
            user: UserRow::from_row(row)?,
            own_case: client.zip(municipality).map(|(c, m)| OwnCase {
                client: ClientId(c),
                municipality: MunicipalityId(m),
                closed_at,
            }),
        })
    }
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

    /// The live session for a token, its user and (for a client) their own case, or None
    /// when unknown or expired. One query: it runs before every page, and on SQLite each
    /// query costs a hand-over to the database thread and back (see README, issue 20).
    pub async fn live_session(&self, token_hash: &str, now: i64) -> DbResult<Option<LiveSession>> {
        let sql = format!(
            "SELECT s.token_hash, s.user_id, s.last_seen_at, s.idle_expires_at, s.absolute_expires_at, \
             (s.flash IS NOT NULL) AS flash_waiting, \
             {USER_COLUMNS}, oc.id AS own_client_id, oc.municipality_id AS own_client_municipality_id, \
             oc.closed_at AS own_client_closed_at \
             FROM sessions s JOIN users ON users.id = s.user_id \
             LEFT JOIN clients oc ON oc.user_id = users.id \
             WHERE s.token_hash = $1 AND s.idle_expires_at > $2 AND s.absolute_expires_at > $2"
        );
        let row = on_pool!(self, pool => {
            match sqlx::query(&sql).bind(token_hash).bind(now).fetch_optional(pool).await? {
                Some(row) => Some(LiveSession::from_row(&row)?),
                None => None,
            }
        });
        Ok(row.filter(|l| l.user.disabled_at.is_none()))
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
