//! A municipality's districts (Ortsteile): where volunteers can go and where tasks,
//! actors and offers are. Renaming keeps the id; a district dropped from the list is
//! retired, not deleted, so that what refers to it keeps its meaning.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::MunicipalityId;

impl Store {
    /// The municipality's current districts, by name: (id, name).
    pub async fn districts(&self, municipality: MunicipalityId) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, name FROM districts WHERE municipality_id = $1 AND retired_at IS NULL ORDER BY name, id")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// Makes the current districts exactly `names`: new names are added, missing ones
    /// retired, a retired one named again comes back with its old id.
    pub async fn set_districts(&self, municipality: MunicipalityId, names: &[String]) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let all: Vec<(i64, String, Option<i64>)> = sqlx::query_as(
                "SELECT id, name, retired_at FROM districts WHERE municipality_id = $1")
                .bind(municipality.0).fetch_all(&mut *tx).await?;
            for (id, name, retired) in &all {
                let wanted = names.iter().any(|n| n == name);
                if wanted && retired.is_some() {
                    sqlx::query("UPDATE districts SET retired_at = NULL WHERE id = $1").bind(id).execute(&mut *tx).await?;
                } else if !wanted && retired.is_none() {
                    sqlx::query("UPDATE districts SET retired_at = $1 WHERE id = $2").bind(at).bind(id).execute(&mut *tx).await?;
                }
            }
            for name in names.iter().filter(|n| !all.iter().any(|(_, a, _)| a == *n)) {
                sqlx::query("INSERT INTO districts (municipality_id, name) VALUES ($1, $2)")
                    .bind(municipality.0).bind(name).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }
}
