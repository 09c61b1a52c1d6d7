//! Deputies (Vertretung): a guide, or their team lead, names a colleague of the same team
//! for a period; on those days the deputy opens the guide's cases as the guide does
//! (`permission::client_access`), every read logged under the deputy's name, and the
//! client's home page names the deputy.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{TeamId, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DeputyRow {
    pub id: i64,
    pub guide_id: i64,
    pub guide: String,
    pub deputy_id: i64,
    pub deputy: String,
    pub starts_on: String,
    pub ends_on: String,
}

/// Why a deputy was not named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotNamed {
    /// Not an active guide of the guide's team (or the guide themselves).
    NotInTeam,
}

impl Store {
    /// Names `deputy` for `guide` from `starts_on` to `ends_on` (ISO dates, both included).
    pub async fn name_deputy(
        &self,
        guide: UserId,
        deputy: UserId,
        starts_on: &str,
        ends_on: &str,
        by: UserId,
    ) -> DbResult<Result<i64, NotNamed>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let same_team: Option<i64> = sqlx::query_scalar(
                "SELECT d.id FROM users d JOIN users g ON g.team_id = d.team_id \
                 WHERE d.id = $1 AND g.id = $2 AND d.id <> g.id AND d.role = 'guide' AND g.role = 'guide' \
                 AND d.disabled_at IS NULL")
                .bind(deputy.0).bind(guide.0).fetch_optional(&mut *tx).await?;
            if same_team.is_none() {
                tx.rollback().await?;
                return Ok(Err(NotNamed::NotInTeam));
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO deputies (guide_id, deputy_id, starts_on, ends_on, created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                .bind(guide.0).bind(deputy.0).bind(starts_on).bind(ends_on).bind(by.0).bind(at)
                .fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(Ok(id))
        })
    }

    /// Ends an arrangement early (or withdraws a future one). Only for `guide`'s own
    /// arrangements, or any of `team`'s when a team lead asks.
    pub async fn end_deputy(&self, id: i64, guide: UserId, team: Option<TeamId>) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE deputies SET ended_at = $1 WHERE id = $2 AND ended_at IS NULL AND (guide_id = $3 OR \
             ($4 <> 0 AND guide_id IN (SELECT id FROM users WHERE team_id = $4)))")
            .bind(now()).bind(id).bind(guide.0).bind(team.map(|t| t.0).unwrap_or(0))
            .execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Is `deputy` standing in for `guide` on `today` (ISO date)?
    pub async fn stands_in(&self, deputy: UserId, guide: UserId, today: &str) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM deputies d JOIN users u ON u.id = d.deputy_id \
             WHERE d.deputy_id = $1 AND d.guide_id = $2 AND d.ended_at IS NULL \
             AND d.starts_on <= $3 AND d.ends_on >= $3 AND u.disabled_at IS NULL")
            .bind(deputy.0).bind(guide.0).bind(today).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Who stands in for `guide` on `today`: (name, phone). The client's home page reads
    /// it with `CaseFile::home_notices`; this stays as the test's reference.
    pub async fn deputy_today(
        &self,
        guide: UserId,
        today: &str,
    ) -> DbResult<Option<(String, Option<String>)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.display_name, u.phone FROM deputies d JOIN users u ON u.id = d.deputy_id \
             WHERE d.guide_id = $1 AND d.ended_at IS NULL AND d.starts_on <= $2 AND d.ends_on >= $2 \
             AND u.disabled_at IS NULL ORDER BY d.id DESC LIMIT 1")
            .bind(guide.0).bind(today).fetch_optional(pool).await?))
    }

    /// Current and coming arrangements of a guide (given and taken), or of a whole team.
    pub async fn deputies(
        &self,
        guide: UserId,
        team: Option<TeamId>,
        today: &str,
    ) -> DbResult<Vec<DeputyRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT d.id, d.guide_id, g.display_name AS guide, d.deputy_id, u.display_name AS deputy, d.starts_on, d.ends_on \
             FROM deputies d JOIN users g ON g.id = d.guide_id JOIN users u ON u.id = d.deputy_id \
             WHERE d.ended_at IS NULL AND d.ends_on >= $1 AND (d.guide_id = $2 OR d.deputy_id = $2 OR \
             ($3 <> 0 AND g.team_id = $3)) ORDER BY d.starts_on, d.id")
            .bind(today).bind(guide.0).bind(team.map(|t| t.0).unwrap_or(0)).fetch_all(pool).await?))
    }
}
