//! Stored state of two-factor sign-in (see `auth::two_factor`).

use super::{on_pool, DbResult, Store};
use lotse_app::domain::{MunicipalityId, UserId};

/// A person's second factor as stored.
#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct TwoFactorRow {
    pub totp_secret: Option<String>,
    pub totp_enabled_at: Option<i64>,
    pub totp_last_step: i64,
    /// Their municipality requires a second factor.
    pub required_here: bool,
    /// Recovery codes not used yet.
    pub recovery_left: i64,
}

impl TwoFactorRow {
    pub fn enabled(&self) -> bool {
        self.totp_enabled_at.is_some() && self.totp_secret.is_some()
    }
}

impl Store {
    pub async fn two_factor(&self, user: UserId) -> DbResult<TwoFactorRow> {
        let row: Option<TwoFactorRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT u.totp_secret, u.totp_enabled_at, u.totp_last_step, \
             COALESCE(m.require_two_factor, FALSE) AS required_here, \
             (SELECT COUNT(*) FROM recovery_codes r WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_left \
             FROM users u LEFT JOIN municipalities m ON m.id = u.municipality_id WHERE u.id = $1")
            .bind(user.0).fetch_optional(pool).await?);
        Ok(row.unwrap_or_default())
    }

    /// Starts enrolment with a new secret (not used for sign-in until confirmed).
    /// Refused (false) when a second factor is already on.
    pub async fn begin_totp(&self, user: UserId, secret: &str) -> DbResult<bool> {
        let n = on_pool!(self, pool => sqlx::query(
            "UPDATE users SET totp_secret = $1 WHERE id = $2 AND totp_enabled_at IS NULL")
            .bind(secret).bind(user.0).execute(pool).await?.rows_affected());
        Ok(n > 0)
    }

    /// Turns the second factor on after a first code for `step` matched, with fresh
    /// recovery codes (their hashes).
    pub async fn enable_totp(
        &self,
        user: UserId,
        step: i64,
        recovery: &[String],
        now: i64,
    ) -> DbResult<bool> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let n = sqlx::query(
                "UPDATE users SET totp_enabled_at = $1, totp_last_step = $2 \
                 WHERE id = $3 AND totp_secret IS NOT NULL AND totp_enabled_at IS NULL")
                .bind(now).bind(step).bind(user.0).execute(&mut *tx).await?.rows_affected();
            if n == 0 {
                return Ok(false);
            }
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user.0).execute(&mut *tx).await?;
            for h in recovery {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(user.0).bind(h).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Records that a code of `step` was used; false if that step (or a later one) was
    /// used already: the code is spent.
    pub async fn use_totp_step(&self, user: UserId, step: i64) -> DbResult<bool> {
        let n = on_pool!(self, pool => sqlx::query(
            "UPDATE users SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1 \
             AND totp_enabled_at IS NOT NULL")
            .bind(step).bind(user.0).execute(pool).await?.rows_affected());
        Ok(n > 0)
    }

    /// Uses up a recovery code; false if there is no such unused code.
    pub async fn use_recovery_code(&self, user: UserId, code_hash: &str, now: i64) -> DbResult<bool> {
        let n = on_pool!(self, pool => sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now).bind(user.0).bind(code_hash).execute(pool).await?.rows_affected());
        Ok(n > 0)
    }

    /// Replaces the recovery codes (the old ones stop working).
    pub async fn replace_recovery_codes(&self, user: UserId, recovery: &[String]) -> DbResult<()> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user.0).execute(&mut *tx).await?;
            for h in recovery {
                sqlx::query("INSERT INTO recovery_codes (user_id, code_hash) VALUES ($1, $2)")
                    .bind(user.0).bind(h).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// Turns the second factor off (secret and recovery codes go).
    pub async fn disable_totp(&self, user: UserId) -> DbResult<()> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE users SET totp_secret = NULL, totp_enabled_at = NULL WHERE id = $1")
                .bind(user.0).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user.0).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Municipalities with their two-factor requirement, for the administrator.
    pub async fn two_factor_settings(&self) -> DbResult<Vec<(i64, String, bool)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, name, require_two_factor FROM municipalities ORDER BY name")
            .fetch_all(pool).await?))
    }

    pub async fn set_two_factor_required(
        &self,
        municipality: MunicipalityId,
        required: bool,
    ) -> DbResult<bool> {
        let n = on_pool!(self, pool => sqlx::query(
            "UPDATE municipalities SET require_two_factor = $1 WHERE id = $2")
            .bind(required).bind(municipality.0).execute(pool).await?.rows_affected());
        Ok(n > 0)
    }

    /// A password accepted; the second factor is asked for under a random key.
    pub async fn start_second_factor(
        &self,
        key_hash: &str,
        user: UserId,
        resume: Option<&str>,
        now: i64,
    ) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO second_factor_pending (key_hash, user_id, resume, created_at) VALUES ($1, $2, $3, $4)")
            .bind(key_hash).bind(user.0).bind(resume).bind(now).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// The half-finished sign-in behind a key, if it began after `since`: (user, resume key).
    pub async fn second_factor_pending(
        &self,
        key_hash: &str,
        since: i64,
    ) -> DbResult<Option<(UserId, Option<String>)>> {
        let row: Option<(i64, Option<String>)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT user_id, resume FROM second_factor_pending WHERE key_hash = $1 AND created_at > $2")
            .bind(key_hash).bind(since).fetch_optional(pool).await?);
        Ok(row.map(|(u, r)| (UserId(u), r)))
    }

    pub async fn end_second_factor(&self, key_hash: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM second_factor_pending WHERE key_hash = $1")
            .bind(key_hash).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn purge_second_factor_pending(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM second_factor_pending WHERE created_at <= $1")
            .bind(before).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
