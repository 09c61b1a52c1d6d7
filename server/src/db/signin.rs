//! Failed sign-ins, counted in the database so that the limit holds across instances,
//! and the devices a person signed in on before.

use super::{on_pool, DbResult, Store};
use lotse_app::domain::UserId;

impl Store {
    /// Records a try against the budget `device` ('' for unknown devices; counted as a
    /// failure until it succeeds); returns its id.
    pub async fn record_signin_failure(
        &self,
        account_key: &str,
        device: &str,
        address: &str,
        now: i64,
    ) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO signin_failures (account_key, device, address, at) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(account_key).bind(device).bind(address).bind(now).fetch_one(pool).await?))
    }

    /// Takes back a try that was refused before it was checked.
    pub async fn forget_signin_failure(&self, id: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM signin_failures WHERE id = $1")
            .bind(id).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// (number, time of the latest) of an account's failures on one budget since `since`,
    /// leaving out the try `except`.
    pub async fn failures_in_bucket(
        &self,
        account_key: &str,
        device: &str,
        since: i64,
        except: i64,
    ) -> DbResult<(i64, Option<i64>)> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*), MAX(at) FROM signin_failures WHERE account_key = $1 AND device = $2 \
             AND at > $3 AND id <> $4")
            .bind(account_key).bind(device).bind(since).bind(except).fetch_one(pool).await?))
    }

    /// (number of failures since `since`, time of the oldest of them) for an account,
    /// on every budget.
    pub async fn failures_for_account(&self, account_key: &str, since: i64) -> DbResult<(i64, Option<i64>)> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*), MIN(at) FROM signin_failures WHERE account_key = $1 AND at > $2")
            .bind(account_key).bind(since).fetch_one(pool).await?))
    }

    /// The same for an address, from unknown devices only.
    pub async fn failures_for_address(&self, address: &str, since: i64) -> DbResult<(i64, Option<i64>)> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*), MIN(at) FROM signin_failures WHERE address = $1 AND device = '' AND at > $2")
            .bind(address).bind(since).fetch_one(pool).await?))
    }

    /// A successful sign-in forgives the failures of the budget it used (a stranger's
    /// failures on unknown devices stay when the owner signs in on their own phone).
    pub async fn clear_signin_failures(&self, account_key: &str, device: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM signin_failures WHERE account_key = $1 AND device = $2")
            .bind(account_key).bind(device).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn purge_signin_failures(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM signin_failures WHERE at <= $1")
            .bind(before).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Has `user` signed in on this device before?
    pub async fn is_known_device(&self, device_hash: &str, user: UserId) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM known_devices WHERE device_hash = $1 AND user_id = $2")
            .bind(device_hash).bind(user.0).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Notes a successful sign-in of `user` on this device.
    pub async fn remember_device(&self, device_hash: &str, user: UserId, now: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO known_devices (device_hash, user_id, first_at, last_at) VALUES ($1, $2, $3, $3) \
             ON CONFLICT (device_hash, user_id) DO UPDATE SET last_at = excluded.last_at")
            .bind(device_hash).bind(user.0).bind(now).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Devices unused for `before`: forgotten (the janitor).
    pub async fn purge_known_devices(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM known_devices WHERE last_at <= $1")
            .bind(before).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
