//! Referrals to offices and services, with status and outcome.

use super::{now, on_pool, DbResult, Saved, Store};
use lotse_app::casework::ReferralStatus;
use lotse_app::domain::{ClientId, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ReferralRow {
    pub id: i64,
    pub service: String,
    pub recipient: String,
    pub reason: String,
    #[sqlx(try_from = "String")]
    pub status: ReferralStatus,
    pub outcome: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub version: i64,
}

/// Referrals to these services are health data (special category).
pub const HEALTH_SERVICES: [&str; 2] = ["psychosocial", "health"];

impl Store {
    /// Referrals made at or after `since`; without referrals to health services when
    /// `hide_health`. Reached through [`super::case_file::CaseFile`] only.
    pub(super) async fn referral_rows(
        &self,
        client: ClientId,
        since: i64,
        hide_health: bool,
    ) -> DbResult<Vec<ReferralRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, service, recipient, reason, status, outcome, created_at, updated_at, version \
             FROM referrals WHERE client_id = $1 AND created_at >= $2 \
             AND ($3 = 0 OR service NOT IN ('psychosocial', 'health')) ORDER BY created_at DESC, id DESC")
            .bind(client.0).bind(since).bind(i64::from(hide_health)).fetch_all(pool).await?))
    }

    pub(super) async fn insert_referral(
        &self,
        client: ClientId,
        service: &str,
        recipient: &str,
        reason: &str,
        by: UserId,
    ) -> DbResult<i64> {
        let at = now();
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO referrals (client_id, created_by, service, recipient, reason, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id")
            .bind(client.0).bind(by.0).bind(service).bind(recipient).bind(reason).bind(at)
            .fetch_one(pool).await?))
    }

    pub(super) async fn update_referral_row(
        &self,
        client: ClientId,
        id: i64,
        expected_version: i64,
        status: ReferralStatus,
        outcome: Option<&str>,
    ) -> DbResult<Saved> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE referrals SET status = $1, outcome = $2, updated_at = $3, version = version + 1 \
             WHERE id = $4 AND client_id = $5 AND version = $6")
            .bind(status.as_str()).bind(outcome).bind(now()).bind(id).bind(client.0).bind(expected_version)
            .execute(pool).await?.rows_affected());
        Ok(Saved::from_rows(rows))
    }
}
