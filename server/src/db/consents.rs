//! Consent records: versioned per purpose and recipient, revoked but never deleted.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, TeamId, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ConsentRow {
    pub id: i64,
    pub purpose: String,
    pub recipient: String,
    pub recipient_team_id: Option<i64>,
    pub covers: String,
    pub version: i64,
    pub given_on: String,
    pub form: String,
    pub recorded_by_name: String,
    pub revoked_on: Option<String>,
}

impl ConsentRow {
    pub fn covered_areas(&self) -> Vec<String> {
        self.covers
            .split(',')
            .filter(|a| !a.is_empty())
            .map(String::from)
            .collect()
    }
}

#[derive(Clone, Debug)]
pub struct NewConsent {
    pub purpose: String,
    pub recipient: String,
    pub recipient_team: Option<TeamId>,
    pub covers: Vec<String>,
    pub given_on: String,
    pub form: String,
}

/// A consent is visible from the window on (`$2`), and so is the consent a handover
/// inside the window was made on: the receiving team sees what it holds the case by.
const VISIBLE: &str = "c.created_at >= $2 OR c.id IN (SELECT t.consent_id FROM transfers t \
     WHERE t.client_id = c.client_id AND t.at >= $2 AND t.consent_id IS NOT NULL)";

const CONSENT_SELECT: &str =
    "SELECT c.id, c.purpose, c.recipient, c.recipient_team_id, c.covers, c.version, c.given_on, c.form, \
     u.display_name AS recorded_by_name, c.revoked_on FROM consents c JOIN users u ON u.id = c.recorded_by";

impl Store {
    /// Consents recorded from `since` on, and those handovers from `since` on were
    /// made on.
    pub(super) async fn consent_rows(&self, client: ClientId, since: i64) -> DbResult<Vec<ConsentRow>> {
        let sql = format!(
            "{CONSENT_SELECT} WHERE c.client_id = $1 AND ({VISIBLE}) \
             ORDER BY c.purpose, c.recipient, c.version DESC"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(client.0).bind(since).fetch_all(pool).await?))
    }

    /// Records a consent as the next version for its purpose and recipient.
    pub(super) async fn insert_consent(&self, client: ClientId, c: &NewConsent, by: UserId) -> DbResult<i64> {
        let covers = c.covers.join(",");
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO consents (client_id, purpose, recipient, recipient_team_id, covers, version, given_on, \
                 form, recorded_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, 1 + (SELECT COUNT(*) FROM consents WHERE client_id = $1 AND purpose = $2 \
                 AND recipient = $3), $6, $7, $8, $9) RETURNING id")
                .bind(client.0).bind(&c.purpose).bind(&c.recipient).bind(c.recipient_team.map(|t| t.0))
                .bind(&covers).bind(&c.given_on).bind(&c.form).bind(by.0).bind(now())
                .fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Revokes a visible consent of this client; false if there is no such active consent.
    pub(super) async fn revoke_consent_row(
        &self,
        client: ClientId,
        id: i64,
        on: &str,
        by: UserId,
        since: i64,
    ) -> DbResult<bool> {
        let sql = format!(
            "UPDATE consents SET revoked_on = $3, revoked_by = $4 WHERE id = $5 AND client_id = $1 \
             AND revoked_on IS NULL AND id IN (SELECT c.id FROM consents c WHERE c.client_id = $1 AND ({VISIBLE}))"
        );
        let rows = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(&sql)
                .bind(client.0).bind(since).bind(on).bind(by.0).bind(id).execute(&mut *tx).await?.rows_affected();
            // A client who withdraws sharing with a companion withdraws it for good: also
            // consents recorded before a handover, which this team cannot see, so that no
            // volunteer keeps a task on them.
            if rows > 0 {
                sqlx::query(
                    "UPDATE consents SET revoked_on = $2, revoked_by = $3 WHERE client_id = $1 AND purpose = 'companion' \
                     AND revoked_on IS NULL AND EXISTS (SELECT 1 FROM consents x WHERE x.id = $4 AND x.purpose = 'companion')")
                    .bind(client.0).bind(on).bind(by.0).bind(id).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            rows
        });
        Ok(rows > 0)
    }

    /// The newest active handover consent naming this team, if any.
    pub(super) async fn handover_consent_row(
        &self,
        client: ClientId,
        team: TeamId,
    ) -> DbResult<Option<ConsentRow>> {
        let sql = format!(
            "{CONSENT_SELECT} WHERE c.client_id = $1 AND c.purpose = 'handover' AND c.recipient_team_id = $2 \
             AND c.revoked_on IS NULL ORDER BY c.version DESC, c.id DESC LIMIT 1"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(client.0).bind(team.0).fetch_optional(pool).await?),
        )
    }
}
