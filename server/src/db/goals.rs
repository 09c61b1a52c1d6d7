//! The municipality's integration goals, their indicators and the values entered by hand.
//! Reach as for the programme's measures (`db::programme::Reach`): a goal outside it is
//! not found.

use super::programme::Reach;
use super::{now, on_pool, DbResult, Store};

/// "The goal is in reach": binds $1 (county) and $2 (municipality or 0).
const IN_REACH: &str = "g.municipality_id IN (SELECT m.id FROM municipalities m WHERE m.county_id = $1 \
     AND ($2 = 0 OR m.id = $2))";

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GoalRow {
    pub id: i64,
    pub municipality_id: i64,
    pub municipality: String,
    pub field: String,
    pub title: String,
    pub measures: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct IndicatorRow {
    pub id: i64,
    pub goal_id: i64,
    pub title: String,
    pub computed: Option<String>,
    pub unit: String,
    pub aim: String,
    pub source: String,
    pub baseline_on: String,
    pub target_value: f64,
    pub target_on: String,
}

/// An indicator as given.
#[derive(Clone, Debug)]
pub struct NewIndicator {
    pub title: String,
    pub computed: Option<String>,
    pub unit: String,
    /// "up" or "down".
    pub aim: String,
    pub source: String,
    pub baseline_on: String,
    pub target_value: f64,
    pub target_on: String,
}

impl Store {
    /// The integration goals in reach, by municipality, field and title.
    pub async fn integration_goals(&self, r: Reach) -> DbResult<Vec<GoalRow>> {
        let sql = format!(
            "SELECT g.id, g.municipality_id, m.name AS municipality, g.field, g.title, g.measures \
             FROM integration_goals g JOIN municipalities m ON m.id = g.municipality_id WHERE {IN_REACH} \
             ORDER BY m.name, g.field, g.title, g.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }

    /// The indicators of the goals in reach.
    pub async fn indicators(&self, r: Reach) -> DbResult<Vec<IndicatorRow>> {
        let sql = format!(
            "SELECT i.id, i.goal_id, i.title, i.computed, i.unit, i.aim, i.source, i.baseline_on, i.target_value, i.target_on \
             FROM indicators i JOIN integration_goals g ON g.id = i.goal_id WHERE {IN_REACH} ORDER BY i.goal_id, i.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }

    /// Values entered by hand for the indicators in reach: (indicator, date, value), by date.
    pub async fn indicator_values(&self, r: Reach) -> DbResult<Vec<(i64, String, f64)>> {
        let sql = format!(
            "SELECT v.indicator_id, v.measured_on, v.value FROM indicator_values v \
             JOIN indicators i ON i.id = v.indicator_id JOIN integration_goals g ON g.id = i.goal_id \
             WHERE {IN_REACH} ORDER BY v.indicator_id, v.measured_on, v.id"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).fetch_all(pool).await?),
        )
    }

    /// A new goal of a municipality in reach; None when it is not.
    pub async fn add_integration_goal(
        &self,
        r: Reach,
        municipality: i64,
        field: &str,
        title: &str,
        measures: &str,
        by: i64,
    ) -> DbResult<Option<i64>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO integration_goals (municipality_id, field, title, measures, created_by, created_at) \
             SELECT m.id, $4, $5, $6, $7, $8 FROM municipalities m \
             WHERE m.id = $3 AND m.county_id = $1 AND ($2 = 0 OR m.id = $2) RETURNING id")
            .bind(r.county).bind(r.municipality).bind(municipality).bind(field).bind(title).bind(measures)
            .bind(by).bind(now()).fetch_optional(pool).await?))
    }

    /// A new indicator for a goal in reach; None when it is not.
    pub async fn add_indicator(
        &self,
        r: Reach,
        goal: i64,
        i: &NewIndicator,
        by: i64,
    ) -> DbResult<Option<i64>> {
        let sql = format!(
            "INSERT INTO indicators (goal_id, title, computed, unit, aim, source, baseline_on, target_value, target_on, \
               created_by, created_at) \
             SELECT g.id, $4, $5, $6, $13, $7, $8, $9, $10, $11, $12 FROM integration_goals g WHERE g.id = $3 AND {IN_REACH} \
             RETURNING id"
        );
        Ok(on_pool!(self, pool => sqlx::query_scalar(&sql)
            .bind(r.county).bind(r.municipality).bind(goal).bind(&i.title).bind(&i.computed).bind(&i.unit)
            .bind(&i.source).bind(&i.baseline_on).bind(i.target_value).bind(&i.target_on).bind(by).bind(now()).bind(&i.aim)
            .fetch_optional(pool).await?))
    }

    /// The indicator in reach, if any.
    pub async fn indicator(&self, r: Reach, id: i64) -> DbResult<Option<IndicatorRow>> {
        let sql = format!(
            "SELECT i.id, i.goal_id, i.title, i.computed, i.unit, i.aim, i.source, i.baseline_on, i.target_value, i.target_on \
             FROM indicators i JOIN integration_goals g ON g.id = i.goal_id WHERE i.id = $3 AND {IN_REACH}"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(r.county).bind(r.municipality).bind(id)
            .fetch_optional(pool).await?),
        )
    }

    /// A value entered by hand for an indicator in reach that takes them; false when not.
    pub async fn add_indicator_value(
        &self,
        r: Reach,
        indicator: i64,
        on: &str,
        value: f64,
        note: &str,
        by: i64,
    ) -> DbResult<bool> {
        let sql = format!(
            "INSERT INTO indicator_values (indicator_id, measured_on, value, note, created_by, created_at) \
             SELECT i.id, $4, $5, $6, $7, $8 FROM indicators i JOIN integration_goals g ON g.id = i.goal_id \
             WHERE i.id = $3 AND i.computed IS NULL AND {IN_REACH}"
        );
        let rows = on_pool!(self, pool => sqlx::query(&sql)
            .bind(r.county).bind(r.municipality).bind(indicator).bind(on).bind(value).bind(note).bind(by).bind(now())
            .execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }
}
