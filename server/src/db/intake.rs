//! Intake (Int. A): the structured record, one row per section, each saved on its own
//! with a version so that two guides never overwrite each other silently.

use super::{now, on_pool, DbResult, Saved, Store};
use lotse_app::domain::{ClientId, UserId};
use std::collections::BTreeMap;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct IntakeRow {
    pub section: String,
    /// JSON object: field name -> text.
    pub data: String,
    pub version: i64,
    pub updated_at: i64,
    pub updated_by_name: String,
}

impl IntakeRow {
    pub fn values(&self) -> BTreeMap<String, String> {
        serde_json::from_str(&self.data).unwrap_or_default()
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HouseholdMemberRow {
    pub id: i64,
    pub first_name: String,
    pub relation: String,
    pub birth_date: Option<String>,
    pub school_status: Option<String>,
}

impl Store {
    /// The client's intake sections last saved at or after `since` (handover window).
    /// Reached through [`super::case_file::CaseFile`] only.
    pub(super) async fn intake_rows(&self, client: ClientId, since: i64) -> DbResult<Vec<IntakeRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT s.section, s.data, s.version, s.updated_at, u.display_name AS updated_by_name \
             FROM intake_sections s JOIN users u ON u.id = s.updated_by \
             WHERE s.client_id = $1 AND s.updated_at >= $2")
            .bind(client.0).bind(since).fetch_all(pool).await?))
    }

    /// Saves one section if it is still at `expected_version` (0: not saved before) and
    /// was last saved inside the window (`since`): a hidden section is never overwritten.
    pub(super) async fn save_intake_row(
        &self,
        client: ClientId,
        section: &str,
        values: &BTreeMap<String, String>,
        expected_version: i64,
        since: i64,
        by: UserId,
    ) -> DbResult<Saved> {
        let data = serde_json::to_string(values).unwrap_or_else(|_| "{}".into());
        let at = now();
        let rows = if expected_version == 0 {
            on_pool!(self, pool => sqlx::query(
                "INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
                 VALUES ($1, $2, $3, 1, $4, $5) ON CONFLICT (client_id, section) DO NOTHING")
                .bind(client.0).bind(section).bind(&data).bind(at).bind(by.0)
                .execute(pool).await?.rows_affected())
        } else {
            on_pool!(self, pool => sqlx::query(
                "UPDATE intake_sections SET data = $1, version = version + 1, updated_at = $2, updated_by = $3 \
                 WHERE client_id = $4 AND section = $5 AND version = $6 AND updated_at >= $7")
                .bind(&data).bind(at).bind(by.0).bind(client.0).bind(section).bind(expected_version).bind(since)
                .execute(pool).await?.rows_affected())
        };
        Ok(Saved::from_rows(rows))
    }

    /// Household members recorded at or after `since` (handover window).
    pub(super) async fn household_rows(
        &self,
        client: ClientId,
        since: i64,
    ) -> DbResult<Vec<HouseholdMemberRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, first_name, relation, birth_date, school_status FROM household_members \
             WHERE client_id = $1 AND created_at >= $2 ORDER BY birth_date IS NULL, birth_date, id")
            .bind(client.0).bind(since).fetch_all(pool).await?))
    }

    pub(super) async fn insert_household_member(
        &self,
        id: ClientId,
        first_name: &str,
        relation: &str,
        birth_date: Option<&str>,
        school_status: Option<&str>,
    ) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO household_members (client_id, first_name, relation, birth_date, school_status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
            .bind(id.0).bind(first_name).bind(relation).bind(birth_date).bind(school_status).bind(now())
            .fetch_one(pool).await?))
    }
}
