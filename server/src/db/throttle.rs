//! The flood counter of public posts (a complaint, a code lookup, an event registration):
//! per bucket (a hashed address, or a named sender's account) and action, kept in the
//! database so that every instance counts the same.

use super::{now, on_pool, DbResult, Store};

impl Store {
    /// Counts a post or a code lookup of one bucket (an address, or a named sender's
    /// account) against its limit in the window: written first and then counted, so
    /// concurrent requests on any instance each see those before them; a refused try takes
    /// back only itself. Entries older than the window go at once: nothing is kept longer
    /// than the limit needs it.
    pub async fn post_throttle(
        &self,
        bucket_hash: &str,
        action: &str,
        limit: i64,
        window_secs: i64,
    ) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM post_throttle WHERE action = $1 AND at <= $2")
                .bind(action).bind(at - window_secs).execute(pool).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO post_throttle (address_hash, action, at) VALUES ($1, $2, $3) RETURNING id")
                .bind(bucket_hash).bind(action).bind(at).fetch_one(pool).await?;
            let count: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM post_throttle WHERE address_hash = $1 AND action = $2 AND at > $3")
                .bind(bucket_hash).bind(action).bind(at - window_secs).fetch_one(pool).await?;
            if count > limit {
                sqlx::query("DELETE FROM post_throttle WHERE id = $1").bind(id).execute(pool).await?;
                return Ok(false);
            }
            Ok(true)
        })
    }

    /// The hourly janitor: throttle entries older than a day (the longest window), in case
    /// no post came since to clear them.
    pub async fn purge_post_throttle(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM post_throttle WHERE at < $1")
            .bind(before).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
