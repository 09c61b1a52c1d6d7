//! Users (anyone who can sign in), the organisation they belong to, and set-up tokens.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{MunicipalityId, Role, TeamId, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct UserRow {
    pub id: i64,
    pub role: String,
    pub display_name: String,
    pub email: Option<String>,
    pub login_number: Option<String>,
    pub password_hash: Option<String>,
    pub municipality_id: Option<i64>,
    pub team_id: Option<i64>,
    pub is_team_lead: bool,
    pub phone: Option<String>,
    pub office_hours: Option<String>,
    pub lang: Option<String>,
    pub disabled_at: Option<i64>,
    /// For a client: the languages their municipality lets clients choose.
    pub client_langs: Option<String>,
    /// The names of the user's team and municipality, read with the user: a team lead's
    /// or a coordinator's caseload is headed by them, which was a statement of its own.
    pub team_name: Option<String>,
    pub municipality_name: Option<String>,
}

impl UserRow {
    pub fn user_id(&self) -> UserId {
        UserId(self.id)
    }
    /// An unknown role in the database is treated as no access at all.
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }
}

/// Named with their table: `Store::live_session` joins the user's own client record.
pub(super) const USER_COLUMNS: &str = "users.id, users.role, users.display_name, users.email, \
     users.login_number, users.password_hash, users.municipality_id, users.team_id, \
     users.is_team_lead, users.phone, users.office_hours, users.lang, users.disabled_at, \
     (SELECT m.client_langs FROM clients c JOIN municipalities m ON m.id = c.municipality_id \
      WHERE c.user_id = users.id) AS client_langs, \
     (SELECT t.name FROM teams t WHERE t.id = users.team_id) AS team_name, \
     (SELECT m.name FROM municipalities m WHERE m.id = users.municipality_id) AS municipality_name";

#[derive(Clone, Debug, Default)]
pub struct NewUser {
    pub role: Option<Role>,
    pub display_name: String,
    pub email: Option<String>,
    pub login_number: Option<String>,
    pub password_hash: Option<String>,
    pub municipality_id: Option<MunicipalityId>,
    pub team_id: Option<TeamId>,
    pub is_team_lead: bool,
    pub phone: Option<String>,
    pub office_hours: Option<String>,
    pub lang: Option<String>,
}

impl Store {
    pub async fn user(&self, id: UserId) -> DbResult<Option<UserRow>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(id.0).fetch_optional(pool).await?))
    }

    /// E-mail addresses are stored and compared in lower case.
    pub async fn user_by_email(&self, email: &str) -> DbResult<Option<UserRow>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
        let email = email.to_lowercase();
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(&email).fetch_optional(pool).await?))
    }

    pub async fn user_by_login_number(&self, number: &str) -> DbResult<Option<UserRow>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE login_number = $1");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(number).fetch_optional(pool).await?))
    }

    pub async fn create_user(&self, u: &NewUser) -> DbResult<UserId> {
        let role = u.role.unwrap_or(Role::Volunteer).as_str();
        let email = u.email.as_ref().map(|e| e.to_lowercase());
        let id: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO users (role, display_name, email, login_number, password_hash, municipality_id, \
             team_id, is_team_lead, phone, office_hours, lang, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id")
            .bind(role).bind(&u.display_name).bind(&email).bind(&u.login_number)
            .bind(&u.password_hash).bind(u.municipality_id.map(|m| m.0)).bind(u.team_id.map(|t| t.0))
            .bind(u.is_team_lead).bind(&u.phone).bind(&u.office_hours).bind(&u.lang).bind(now())
            .fetch_one(pool).await?);
        Ok(UserId(id))
    }

    pub async fn set_user_lang(&self, id: UserId, lang: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE users SET lang = $1 WHERE id = $2")
            .bind(lang).bind(id.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn set_password_hash(&self, id: UserId, hash: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(hash).bind(id.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn team_name(&self, id: TeamId) -> DbResult<Option<String>> {
        Ok(
            on_pool!(self, pool => sqlx::query_scalar("SELECT name FROM teams WHERE id = $1")
            .bind(id.0).fetch_optional(pool).await?),
        )
    }

    pub async fn municipality_name(&self, id: MunicipalityId) -> DbResult<Option<String>> {
        Ok(
            on_pool!(self, pool => sqlx::query_scalar("SELECT name FROM municipalities WHERE id = $1")
            .bind(id.0).fetch_optional(pool).await?),
        )
    }

    // --- organisation (used by the demo seed and later by administration) ---

    pub async fn create_county(&self, name: &str) -> DbResult<i64> {
        Ok(
            on_pool!(self, pool => sqlx::query_scalar("INSERT INTO counties (name) VALUES ($1) RETURNING id")
            .bind(name).fetch_one(pool).await?),
        )
    }

    pub async fn create_municipality(&self, county_id: i64, name: &str) -> DbResult<MunicipalityId> {
        let id: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO municipalities (county_id, name, client_langs) VALUES ($1, $2, '') RETURNING id")
            .bind(county_id).bind(name).fetch_one(pool).await?);
        Ok(MunicipalityId(id))
    }

    pub async fn create_provider(&self, county_id: i64, name: &str) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO providers (county_id, name) VALUES ($1, $2) RETURNING id")
            .bind(county_id).bind(name).fetch_one(pool).await?))
    }

    pub async fn create_team(
        &self,
        municipality: MunicipalityId,
        provider_id: i64,
        name: &str,
    ) -> DbResult<TeamId> {
        let id: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO teams (municipality_id, provider_id, name) VALUES ($1, $2, $3) RETURNING id")
            .bind(municipality.0).bind(provider_id).bind(name).fetch_one(pool).await?);
        Ok(TeamId(id))
    }

    // --- first administrator ---

    /// A new set-up link; every earlier one stops working (only the latest printed link
    /// is valid, so a link left in an old log or terminal is worth nothing).
    pub async fn create_setup_token(&self, token_hash: &str) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE setup_tokens SET used_at = $1 WHERE used_at IS NULL")
                .bind(at).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO setup_tokens (token_hash, created_at) VALUES ($1, $2)")
                .bind(token_hash).bind(at).execute(&mut *tx).await?;
            tx.commit().await
        })?;
        Ok(())
    }

    /// A set-up link works only while nobody has an account yet.
    pub async fn setup_token_valid(&self, token_hash: &str) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM setup_tokens WHERE token_hash = $1 AND used_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM users)")
            .bind(token_hash).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Uses the token and creates the administrator in one transaction: a token works
    /// once, even when two requests race.
    pub async fn redeem_setup_token(&self, token_hash: &str, admin: &NewUser) -> DbResult<Option<UserId>> {
        let email = admin.email.as_ref().map(|e| e.to_lowercase());
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let used = sqlx::query(
                "UPDATE setup_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
                 AND NOT EXISTS (SELECT 1 FROM users)")
                .bind(now()).bind(token_hash).execute(&mut *tx).await?;
            if used.rows_affected() != 1 {
                return Ok(None);
            }
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO users (role, display_name, email, password_hash, created_at) \
                 VALUES ('admin', $1, $2, $3, $4) RETURNING id")
                .bind(&admin.display_name).bind(&email).bind(&admin.password_hash).bind(now())
                .fetch_one(&mut *tx).await?;
            tx.commit().await?;
            Ok(Some(UserId(id)))
        })
    }
}
