//! Stored figures: a dashboard's counted sections per filter and period, and the computed
//! points of the municipality's indicators (see `figures::stored` for when they are
//! counted again). Only counts are stored, never a client's name.

use super::{on_pool, DbResult, Store};

/// A stored dashboard: which filter and period it was counted for, and when.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SnapshotRow {
    pub key: String,
    pub county_id: i64,
    pub municipality_id: i64,
    pub provider_id: i64,
    pub team_id: i64,
    pub guide_id: i64,
    pub period_from: String,
    pub period_to: String,
    pub counted_at: i64,
    pub viewed_at: i64,
    pub body: String,
}

/// A computed indicator point as stored: (quarter's last day, value, cases, counted at).
pub type StoredPoint = (String, Option<f64>, i64, i64);

impl Store {
    pub async fn figure_snapshot(&self, key: &str) -> DbResult<Option<SnapshotRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT key, county_id, municipality_id, provider_id, team_id, guide_id, period_from, period_to, \
               counted_at, viewed_at, body FROM figure_snapshots WHERE key = $1")
            .bind(key).fetch_optional(pool).await?))
    }

    /// Stores (or replaces) a counted dashboard.
    pub async fn put_figure_snapshot(&self, s: &SnapshotRow) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO figure_snapshots (key, county_id, municipality_id, provider_id, team_id, guide_id, \
               period_from, period_to, counted_at, viewed_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (key) DO UPDATE SET counted_at = excluded.counted_at, viewed_at = excluded.viewed_at, \
               body = excluded.body")
            .bind(&s.key).bind(s.county_id).bind(s.municipality_id).bind(s.provider_id).bind(s.team_id)
            .bind(s.guide_id).bind(&s.period_from).bind(&s.period_to).bind(s.counted_at).bind(s.viewed_at)
            .bind(&s.body).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Marks a stored dashboard as viewed (at most once a minute: a view is no write).
    pub async fn touch_figure_snapshot(&self, key: &str, now: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE figure_snapshots SET viewed_at = $2 WHERE key = $1 AND viewed_at < $2 - 60")
            .bind(key).bind(now).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Stored dashboards viewed since `viewed_since` and counted before `counted_before`,
    /// the oldest first.
    pub async fn stale_figure_snapshots(
        &self,
        viewed_since: i64,
        counted_before: i64,
        limit: i64,
    ) -> DbResult<Vec<SnapshotRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT key, county_id, municipality_id, provider_id, team_id, guide_id, period_from, period_to, \
               counted_at, viewed_at, body FROM figure_snapshots WHERE viewed_at >= $1 AND counted_at < $2 \
             ORDER BY counted_at LIMIT $3")
            .bind(viewed_since).bind(counted_before).bind(limit).fetch_all(pool).await?))
    }

    /// Claims a stale dashboard for recounting: true for the one instance whose claim
    /// moved `counted_at` on from what it read (the others leave it to that one).
    pub async fn claim_figure_snapshot(&self, key: &str, read_at: i64, now: i64) -> DbResult<bool> {
        let done = on_pool!(self, pool => sqlx::query(
            "UPDATE figure_snapshots SET counted_at = $3 WHERE key = $1 AND counted_at = $2")
            .bind(key).bind(read_at).bind(now).execute(pool).await?.rows_affected());
        Ok(done == 1)
    }

    /// Stored dashboards not viewed since `before` go (the warmer keeps the others).
    pub async fn purge_figure_snapshots(&self, before: i64) -> DbResult<u64> {
        Ok(
            on_pool!(self, pool => sqlx::query("DELETE FROM figure_snapshots WHERE viewed_at < $1")
            .bind(before).execute(pool).await?.rows_affected()),
        )
    }

    /// An indicator's stored computed points.
    pub async fn indicator_points(&self, indicator: i64) -> DbResult<Vec<StoredPoint>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT quarter_end, value, of_cases, counted_at FROM indicator_points WHERE indicator_id = $1 \
             ORDER BY quarter_end")
            .bind(indicator).fetch_all(pool).await?))
    }

    pub async fn put_indicator_point(&self, indicator: i64, p: &StoredPoint) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO indicator_points (indicator_id, quarter_end, value, of_cases, counted_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (indicator_id, quarter_end) DO UPDATE \
             SET value = excluded.value, of_cases = excluded.of_cases, counted_at = excluded.counted_at")
            .bind(indicator).bind(&p.0).bind(p.1).bind(p.2).bind(p.3).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
