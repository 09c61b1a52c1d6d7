//! Failed sign-ins, counted in the database so that the limit holds across instances.

use super::{on_pool, DbResult, Store};

impl Store {
    /// Records a try (counted as a failure until it succeeds); returns its id.
    pub async fn record_signin_failure(&self, account_key: &str, address: &str, now: i64) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO signin_failures (account_key, address, at) VALUES ($1, $2, $3) RETURNING id")
            .bind(account_key).bind(address).bind(now).fetch_one(pool).await?))
    }

    /// Takes back a try that was refused before it was checked.
    pub async fn forget_signin_failure(&self, id: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM signin_failures WHERE id = $1")
            .bind(id).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// (number of failures since `since`, time of the oldest of them) for an account.
    pub async fn failures_for_account(&self, account_key: &str, since: i64) -> DbResult<(i64, Option<i64>)> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*), MIN(at) FROM signin_failures WHERE account_key = $1 AND at > $2")
            .bind(account_key).bind(since).fetch_one(pool).await?))
    }

    /// The same for an address.
    pub async fn failures_for_address(&self, address: &str, since: i64) -> DbResult<(i64, Option<i64>)> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*), MIN(at) FROM signin_failures WHERE address = $1 AND at > $2")
            .bind(address).bind(since).fetch_one(pool).await?))
    }

    /// A successful sign-in forgives the account's earlier failures.
    pub async fn clear_signin_failures(&self, account_key: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM signin_failures WHERE account_key = $1")
            .bind(account_key).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn purge_signin_failures(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM signin_failures WHERE at <= $1")
            .bind(before).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
