//! What clients would like to take part in: read and written through the case gate (the
//! client for themselves, their guide in the intake; area `intake`), and counted for the
//! municipality's planners without a name.

use super::case_file::{CaseFile, Written};
use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::MunicipalityId;

#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct InterestsRow {
    pub kinds: String,
    pub times: String,
    pub childcare: bool,
    /// Where the client lives (one of the municipality's districts), if they said.
    pub district_id: Option<i64>,
    pub version: i64,
}

/// One client's answer, as counted (no id, no name).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DemandRow {
    pub kinds: String,
    pub times: String,
    pub childcare: bool,
    /// The district's name, if the client gave one.
    pub district: Option<String>,
}

impl CaseFile<'_> {
    /// The client's wishes, if recorded inside the handover window of the intake (a
    /// receiving team without consent for the intake starts afresh).
    pub async fn interests(&self) -> DbResult<InterestsRow> {
        self.read("intake").await?;
        let row: Option<InterestsRow> = on_pool!(self.store, pool => sqlx::query_as(
            "SELECT kinds, times, childcare, district_id, version FROM client_interests WHERE client_id = $1 AND updated_at >= $2")
            .bind(self.client().0).bind(self.since("intake")).fetch_optional(pool).await?);
        Ok(row.unwrap_or_default())
    }

    /// Saves at the version the form was opened with (0: none visible yet). A row from
    /// before the handover window is replaced, never shown.
    pub async fn save_interests(&self, i: &InterestsRow) -> DbResult<Written> {
        let at = now();
        let by = self.access.actor().0;
        let since = self.since("intake");
        let rows = on_pool!(self.store, pool => if i.version == 0 {
            sqlx::query(
                "INSERT INTO client_interests (client_id, kinds, times, childcare, updated_at, updated_by, district_id) \
                 VALUES ($1, $2, $3, $4, $5, $6, $8) ON CONFLICT (client_id) DO UPDATE SET kinds = excluded.kinds, \
                 times = excluded.times, childcare = excluded.childcare, updated_at = excluded.updated_at, \
                 updated_by = excluded.updated_by, district_id = excluded.district_id, \
                 version = client_interests.version + 1 WHERE client_interests.updated_at < $7")
                .bind(self.client().0).bind(&i.kinds).bind(&i.times).bind(i.childcare).bind(at).bind(by).bind(since)
                .bind(i.district_id)
                .execute(pool).await?.rows_affected()
        } else {
            sqlx::query(
                "UPDATE client_interests SET kinds = $1, times = $2, childcare = $3, updated_at = $4, updated_by = $5, \
                 district_id = $9, version = version + 1 WHERE client_id = $6 AND version = $7 AND updated_at >= $8")
                .bind(&i.kinds).bind(&i.times).bind(i.childcare).bind(at).bind(by).bind(self.client().0)
                .bind(i.version).bind(since).bind(i.district_id).execute(pool).await?.rows_affected()
        });
        if rows == 0 {
            return Ok(Written::Conflict);
        }
        self.wrote("intake").await?;
        Ok(Written::Saved)
    }
}

impl Store {
    /// The answers of the municipality's open cases in everyday work (no restricted or
    /// anonymised record), one row per client, without who.
    pub async fn demand(&self, municipality: MunicipalityId) -> DbResult<Vec<DemandRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT i.kinds, i.times, i.childcare, d.name AS district FROM client_interests i \
             JOIN everyday_clients c ON c.id = i.client_id \
             LEFT JOIN districts d ON d.id = i.district_id AND d.municipality_id = c.municipality_id \
             WHERE c.municipality_id = $1 AND c.closed_at IS NULL")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// Group offers of the municipality with a date ahead, per category: (category,
    /// offers, places).
    pub async fn offers_by_category(
        &self,
        municipality: MunicipalityId,
    ) -> DbResult<Vec<(String, i64, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.category, COUNT(*), CAST(COALESCE(SUM(g.capacity), 0) AS BIGINT) FROM group_offers g \
             WHERE g.municipality_id = $1 AND EXISTS (SELECT 1 FROM group_sessions s WHERE s.group_id = g.id \
             AND s.status = 'scheduled' AND s.starts_at >= $2) GROUP BY g.category ORDER BY g.category")
            .bind(municipality.0).bind(now()).fetch_all(pool).await?))
    }
}
