//! The organisation a county runs Lotse with: the county and its municipalities (with
//! their settings), providers (Träger) and teams. Changes are logged with the accounts'.

use super::{is_unique_violation, on_pool, DbResult, Saved, Store};
use lotse_app::domain::{MunicipalityId, TeamId, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MunicipalityRow {
    pub id: i64,
    pub name: String,
    pub caseload_target: i64,
    pub retention_months: i64,
    pub require_two_factor: bool,
    /// The languages its clients may choose (see `Lang::list`).
    pub client_langs: String,
    pub staff: i64,
    pub clients: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ProviderRow {
    pub id: i64,
    pub name: String,
    pub contact: String,
    pub teams: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TeamRow {
    pub id: i64,
    pub name: String,
    pub municipality_id: i64,
    pub municipality: String,
    pub provider_id: i64,
    pub provider: String,
    /// Team leads' names, comma-separated.
    pub leads: Option<String>,
    pub members: i64,
}

/// A name that is already used where it must be unique.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameTaken;

impl Store {
    /// The installation's county (Lotse serves one county per installation).
    pub async fn county(&self) -> DbResult<Option<(i64, String)>> {
        Ok(
            on_pool!(self, pool => sqlx::query_as("SELECT id, name FROM counties ORDER BY id LIMIT 1")
            .fetch_optional(pool).await?),
        )
    }

    pub async fn municipalities(&self, only: Option<MunicipalityId>) -> DbResult<Vec<MunicipalityRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT m.id, m.name, m.caseload_target, m.retention_months, m.require_two_factor, m.client_langs, \
             (SELECT COUNT(*) FROM users u WHERE u.municipality_id = m.id AND u.role IN ('guide', 'coordinator') AND u.disabled_at IS NULL) AS staff, \
             (SELECT COUNT(*) FROM clients c WHERE c.municipality_id = m.id AND c.closed_at IS NULL) AS clients \
             FROM municipalities m WHERE ($1 = 0 OR m.id = $1) ORDER BY m.name")
            .bind(only.map(|m| m.0).unwrap_or(0)).fetch_all(pool).await?))
    }

    /// Creates the county (once) and a municipality in it.
    pub async fn add_municipality(
        &self,
        county_name: &str,
        name: &str,
        caseload_target: i64,
        by: UserId,
    ) -> DbResult<Result<MunicipalityId, NameTaken>> {
        let county = match self.county().await? {
            Some((id, _)) => id,
            None => self.create_county(county_name).await?,
        };
        let id = on_pool!(self, pool => sqlx::query_scalar::<_, i64>(
            "INSERT INTO municipalities (county_id, name, caseload_target, client_langs) VALUES ($1, $2, $3, '') RETURNING id")
            .bind(county).bind(name).bind(caseload_target).fetch_one(pool).await);
        match id {
            Ok(id) => {
                self.log_staff_change(by, None, "municipality-added", name)
                    .await?;
                Ok(Ok(MunicipalityId(id)))
            }
            Err(e) if is_unique_violation(&e) => Ok(Err(NameTaken)),
            Err(e) => Err(e.into()),
        }
    }

    /// A municipality's name, target caseload and retention period for closed cases.
    pub async fn update_municipality(
        &self,
        id: MunicipalityId,
        name: &str,
        caseload_target: i64,
        retention_months: i64,
        client_langs: &str,
        by: UserId,
    ) -> DbResult<Result<Saved, NameTaken>> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE municipalities SET name = $1, caseload_target = $2, retention_months = $3, client_langs = $4 \
             WHERE id = $5")
            .bind(name).bind(caseload_target).bind(retention_months).bind(client_langs).bind(id.0).execute(pool).await
            .map(|r| r.rows_affected()));
        match rows {
            Ok(n) if n > 0 => {
                self.log_staff_change(
                    by,
                    None,
                    "municipality-changed",
                    &format!("{name}, 1:{caseload_target}, {retention_months}, {client_langs}"),
                )
                .await?;
                Ok(Ok(Saved::Done))
            }
            Ok(_) => Ok(Ok(Saved::Conflict)),
            Err(e) if is_unique_violation(&e) => Ok(Err(NameTaken)),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn providers(&self) -> DbResult<Vec<ProviderRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT p.id, p.name, p.contact, (SELECT COUNT(*) FROM teams t WHERE t.provider_id = p.id) AS teams \
             FROM providers p ORDER BY p.name")
            .fetch_all(pool).await?))
    }

    pub async fn add_provider(
        &self,
        name: &str,
        contact: &str,
        by: UserId,
    ) -> DbResult<Result<i64, NameTaken>> {
        let Some((county, _)) = self.county().await? else {
            return Ok(Err(NameTaken));
        };
        let id = on_pool!(self, pool => sqlx::query_scalar::<_, i64>(
            "INSERT INTO providers (county_id, name, contact) VALUES ($1, $2, $3) RETURNING id")
            .bind(county).bind(name).bind(contact).fetch_one(pool).await);
        match id {
            Ok(id) => {
                self.log_staff_change(by, None, "provider-added", name).await?;
                Ok(Ok(id))
            }
            Err(e) if is_unique_violation(&e) => Ok(Err(NameTaken)),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn update_provider(
        &self,
        id: i64,
        name: &str,
        contact: &str,
        by: UserId,
    ) -> DbResult<Result<Saved, NameTaken>> {
        let rows = on_pool!(self, pool => sqlx::query("UPDATE providers SET name = $1, contact = $2 WHERE id = $3")
            .bind(name).bind(contact).bind(id).execute(pool).await.map(|r| r.rows_affected()));
        match rows {
            Ok(n) if n > 0 => {
                self.log_staff_change(by, None, "provider-changed", name).await?;
                Ok(Ok(Saved::Done))
            }
            Ok(_) => Ok(Ok(Saved::Conflict)),
            Err(e) if is_unique_violation(&e) => Ok(Err(NameTaken)),
            Err(e) => Err(e.into()),
        }
    }

    /// Teams, of one municipality or all.
    pub async fn teams(&self, only: Option<MunicipalityId>) -> DbResult<Vec<TeamRow>> {
        let rows: Vec<TeamRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT t.id, t.name, t.municipality_id, m.name AS municipality, t.provider_id, p.name AS provider, \
             (SELECT MIN(u.display_name) FROM users u WHERE u.team_id = t.id AND u.is_team_lead AND u.disabled_at IS NULL) AS leads, \
             (SELECT COUNT(*) FROM users u WHERE u.team_id = t.id AND u.disabled_at IS NULL) AS members \
             FROM teams t JOIN municipalities m ON m.id = t.municipality_id JOIN providers p ON p.id = t.provider_id \
             WHERE ($1 = 0 OR t.municipality_id = $1) ORDER BY m.name, t.name")
            .bind(only.map(|m| m.0).unwrap_or(0)).fetch_all(pool).await?);
        Ok(rows)
    }

    pub async fn add_team(
        &self,
        municipality: MunicipalityId,
        provider: i64,
        name: &str,
        by: UserId,
    ) -> DbResult<Result<TeamId, NameTaken>> {
        let id = on_pool!(self, pool => sqlx::query_scalar::<_, i64>(
            "INSERT INTO teams (municipality_id, provider_id, name) VALUES ($1, $2, $3) RETURNING id")
            .bind(municipality.0).bind(provider).bind(name).fetch_one(pool).await);
        match id {
            Ok(id) => {
                self.log_staff_change(by, None, "team-added", name).await?;
                Ok(Ok(TeamId(id)))
            }
            Err(e) if is_unique_violation(&e) => Ok(Err(NameTaken)),
            Err(e) => Err(e.into()),
        }
    }

    /// Renames a team or gives it to another provider (its municipality stays: its
    /// clients' assignments are there).
    pub async fn update_team(
        &self,
        id: TeamId,
        provider: i64,
        name: &str,
        by: UserId,
    ) -> DbResult<Result<Saved, NameTaken>> {
        let rows = on_pool!(self, pool => sqlx::query("UPDATE teams SET name = $1, provider_id = $2 WHERE id = $3")
            .bind(name).bind(provider).bind(id.0).execute(pool).await.map(|r| r.rows_affected()));
        match rows {
            Ok(n) if n > 0 => {
                self.log_staff_change(by, None, "team-changed", name).await?;
                Ok(Ok(Saved::Done))
            }
            Ok(_) => Ok(Ok(Saved::Conflict)),
            Err(e) if is_unique_violation(&e) => Ok(Err(NameTaken)),
            Err(e) => Err(e.into()),
        }
    }

    /// The municipality a team belongs to.
    pub async fn team_municipality(&self, id: TeamId) -> DbResult<Option<MunicipalityId>> {
        let m: Option<i64> = on_pool!(self, pool => sqlx::query_scalar("SELECT municipality_id FROM teams WHERE id = $1")
            .bind(id.0).fetch_optional(pool).await?);
        Ok(m.map(MunicipalityId))
    }

    /// How long a municipality keeps closed cases, in months.
    /// The languages a municipality's clients may choose (all, for an unknown one).
    pub async fn client_langs(&self, id: MunicipalityId) -> DbResult<Vec<lotse_app::domain::Lang>> {
        let codes: Option<String> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT client_langs FROM municipalities WHERE id = $1")
            .bind(id.0).fetch_optional(pool).await?);
        let langs = codes
            .map(|c| lotse_app::domain::Lang::list(&c))
            .unwrap_or_default();
        Ok(if langs.is_empty() {
            lotse_app::domain::Lang::all().to_vec()
        } else {
            langs
        })
    }

    pub async fn set_retention_months(&self, id: MunicipalityId, months: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE municipalities SET retention_months = $1 WHERE id = $2")
            .bind(months).bind(id.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }
}
