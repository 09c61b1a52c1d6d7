//! Households: adult clients who live together, each with their own case, linked so that
//! their guide sees who belongs together and can write one note for several of them.
//! The link is read and changed only through a case file (the gate): linking needs write
//! access to both cases, and a member's case opens only through its own access.

use super::case_file::CaseFile;
use super::{now, on_pool, DbResult};
use lotse_app::domain::ClientId;

/// Another client of the same household.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HouseholdMember {
    pub client_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub closed_at: Option<i64>,
}

impl HouseholdMember {
    pub fn id(&self) -> ClientId {
        ClientId(self.client_id)
    }
}

impl CaseFile<'_> {
    /// The other clients of this client's household, by name.
    pub async fn household(&self) -> DbResult<Vec<HouseholdMember>> {
        self.read("household").await?;
        let client = self.client().0;
        Ok(on_pool!(self.store, pool => {
            sqlx::query_as::<_, HouseholdMember>(
                // The household first, as a value: written as a join, SQLite read the
                // index of every client in a household to find this one.
                "SELECT o.id AS client_id, o.first_name, o.last_name, o.closed_at FROM everyday_clients o \
                 WHERE o.household_id = (SELECT c.household_id FROM clients c WHERE c.id = $1) AND o.id <> $1 \
                 ORDER BY o.last_name, o.first_name, o.id")
                .bind(client).fetch_all(pool).await?
        }))
    }

    /// Links `other`'s client into this client's household (joining two households into
    /// one if both had one). Both handles must be staff writes of the same
    /// municipality; the caller opened both through the gate.
    pub async fn link_household(&self, other: &CaseFile<'_>) -> DbResult<()> {
        let (a, b) = (self.client().0, other.client().0);
        let at = now();
        on_pool!(self.store, pool => {
            let mut tx = pool.begin().await?;
            let row = |id: i64| sqlx::query_as::<_, (Option<i64>, i64)>(
                "SELECT household_id, municipality_id FROM clients WHERE id = $1").bind(id);
            let (ha, municipality) = row(a).fetch_one(&mut *tx).await?;
            let (hb, _) = row(b).fetch_one(&mut *tx).await?;
            let household = match (ha, hb) {
                (Some(h), _) | (None, Some(h)) => h,
                (None, None) => sqlx::query_scalar::<_, i64>(
                    "INSERT INTO households (municipality_id, created_at) VALUES ($1, $2) RETURNING id")
                    .bind(municipality).bind(at).fetch_one(&mut *tx).await?,
            };
            // Everyone of either household (or the two alone) ends up in one.
            sqlx::query("UPDATE clients SET household_id = $1 WHERE id IN ($2, $3) \
                         OR (household_id IS NOT NULL AND household_id IN ($4, $5))")
                .bind(household).bind(a).bind(b).bind(ha.unwrap_or(0)).bind(hb.unwrap_or(0))
                .execute(&mut *tx).await?;
            sqlx::query("DELETE FROM households WHERE id <> $1 AND id IN ($2, $3)")
                .bind(household).bind(ha.unwrap_or(0)).bind(hb.unwrap_or(0))
                .execute(&mut *tx).await?;
            tx.commit().await?;
        });
        self.wrote("household").await?;
        other.wrote("household").await
    }

    /// Takes `other`'s client out of this client's household; a household of one is no
    /// household. False when they were not linked.
    pub async fn unlink_household(&self, other: &CaseFile<'_>) -> DbResult<bool> {
        let (a, b) = (self.client().0, other.client().0);
        let done = on_pool!(self.store, pool => {
            let mut tx = pool.begin().await?;
            let household: Option<i64> = sqlx::query_scalar(
                "SELECT b.household_id FROM clients a JOIN clients b ON b.household_id = a.household_id \
                 WHERE a.id = $1 AND b.id = $2")
                .bind(a).bind(b).fetch_optional(&mut *tx).await?.flatten();
            let Some(household) = household else {
                return Ok(false);
            };
            sqlx::query("UPDATE clients SET household_id = NULL WHERE id = $1")
                .bind(b).execute(&mut *tx).await?;
            let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients WHERE household_id = $1")
                .bind(household).fetch_one(&mut *tx).await?;
            if left < 2 {
                sqlx::query("UPDATE clients SET household_id = NULL WHERE household_id = $1")
                    .bind(household).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM households WHERE id = $1")
                    .bind(household).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            true
        });
        if done {
            self.wrote("household").await?;
            other.wrote("household").await?;
        }
        Ok(done)
    }
}
