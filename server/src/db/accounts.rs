//! Staff accounts as a county runs them: invitations and password resets by one-time
//! link, role and team changes, deactivation, and the log of every change.
//!
//! The rules that protect the installation are kept here, in the write itself, so no
//! caller can skip them: the last active administrator (one who has set a password) can
//! be neither deactivated nor given another role, and a guide with clients keeps their
//! team until the clients are moved (their assignments name the team whose lead sees them).

use super::{is_unique_violation, now, on_pool, Backend, DbResult, Store};
use lotse_app::domain::{MunicipalityId, Role, TeamId, UserId};

/// The staff roles managed here (volunteers are invited by their coordinator).
pub const STAFF_ROLES: [Role; 6] = [
    Role::Guide,
    Role::Coordinator,
    Role::VolunteerCoordinator,
    Role::DataProtection,
    Role::CountyCoordinator,
    Role::Admin,
];

/// A staff member as the account lists show them.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StaffRow {
    pub id: i64,
    pub role: String,
    pub display_name: String,
    pub email: Option<String>,
    pub municipality_id: Option<i64>,
    pub municipality: Option<String>,
    pub team_id: Option<i64>,
    pub team: Option<String>,
    pub is_team_lead: bool,
    pub disabled_at: Option<i64>,
    /// False until the invitation link was used.
    pub has_password: bool,
    pub version: i64,
    /// Clients currently assigned to them.
    pub clients: i64,
}

impl StaffRow {
    pub fn user_id(&self) -> UserId {
        UserId(self.id)
    }
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.role)
    }
}

/// Whose accounts a manager may see and change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StaffScope {
    /// An administrator: everyone.
    All,
    /// A coordinator: guides and coordinators of their municipality.
    Municipality(MunicipalityId),
}

#[derive(Clone, Debug, Default)]
pub struct StaffFilter {
    /// Part of the name or e-mail address.
    pub q: String,
    pub role: Option<Role>,
    pub team: Option<TeamId>,
    pub include_disabled: bool,
    pub offset: i64,
    pub limit: i64,
}

/// What an account is: who, with which rights, where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffAccount {
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub municipality: Option<MunicipalityId>,
    pub team: Option<TeamId>,
    pub team_lead: bool,
}

/// Why a change to an account was not made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Someone saved the account since the form was opened.
    Conflict,
    /// The e-mail address belongs to another account.
    EmailTaken,
    /// It would leave the installation without an active administrator.
    LastAdmin,
    /// A guide with clients keeps their team and role until the clients are moved.
    HasClients,
    /// The account is not (or no longer) in the manager's scope.
    NotFound,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ChangeRow {
    pub id: i64,
    pub at: i64,
    pub actor: String,
    pub subject_id: Option<i64>,
    pub subject: Option<String>,
    pub action: String,
    pub detail: String,
}

/// A valid one-time link: whose it is and what it is for.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LinkRow {
    pub user_id: i64,
    pub display_name: String,
    pub email: String,
    pub purpose: String,
}

const STAFF_SELECT: &str = "SELECT u.id, u.role, u.display_name, u.email, u.municipality_id, m.name AS municipality, \
     u.team_id, t.name AS team, u.is_team_lead, u.disabled_at, u.password_hash IS NOT NULL AS has_password, u.version, \
     (SELECT COUNT(*) FROM assignments a WHERE a.guide_id = u.id AND a.ended_at IS NULL) AS clients \
     FROM users u LEFT JOIN municipalities m ON m.id = u.municipality_id LEFT JOIN teams t ON t.id = u.team_id \
     WHERE u.role IN ('guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator')";

/// The scope as SQL over `u` (users) with its parameter's number; administrators are
/// outside every municipality's scope.
fn scope_sql(scope: StaffScope, n: usize) -> String {
    match scope {
        StaffScope::All => format!("(${n} = ${n})"),
        // A municipality's coordinator manages its staff, not those with a wider scope.
        StaffScope::Municipality(_) => {
            format!("(u.role NOT IN ('admin', 'county_coordinator') AND u.municipality_id = ${n})")
        }
    }
}

fn scope_value(scope: StaffScope) -> i64 {
    match scope {
        StaffScope::All => 0,
        StaffScope::Municipality(m) => m.0,
    }
}

/// A LIKE pattern that finds `q` anywhere, with the pattern's own characters escaped.
fn contains(q: &str) -> String {
    let escaped = q
        .trim()
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

impl Store {
    /// One page of the staff list, and how many match in all.
    pub async fn staff_list(&self, scope: StaffScope, f: &StaffFilter) -> DbResult<(Vec<StaffRow>, i64)> {
        let mut conditions = vec![scope_sql(scope, 1)];
        conditions.push(
            "(LOWER(u.display_name) LIKE $2 ESCAPE '\\' OR LOWER(COALESCE(u.email, '')) LIKE $2 ESCAPE '\\')"
                .into(),
        );
        conditions.push("($3 = '' OR u.role = $3)".into());
        conditions.push("($4 = 0 OR u.team_id = $4)".into());
        if !f.include_disabled {
            conditions.push("u.disabled_at IS NULL".into());
        }
        let filter = conditions.join(" AND ");
        let list =
            format!("{STAFF_SELECT} AND {filter} ORDER BY LOWER(u.display_name), u.id LIMIT $5 OFFSET $6");
        let count = format!(
            "SELECT COUNT(*) FROM users u WHERE u.role IN ('guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator') AND {filter}"
        );
        let pattern = contains(&f.q);
        let role = f.role.map(|r| r.as_str()).unwrap_or("");
        let team = f.team.map(|t| t.0).unwrap_or(0);
        let limit = f.limit.clamp(1, 200);
        let offset = f.offset.max(0);
        Ok(on_pool!(self, pool => {
            let rows: Vec<StaffRow> = sqlx::query_as(&list)
                .bind(scope_value(scope)).bind(&pattern).bind(role).bind(team).bind(limit).bind(offset)
                .fetch_all(pool).await?;
            let total: i64 = sqlx::query_scalar(&count)
                .bind(scope_value(scope)).bind(&pattern).bind(role).bind(team)
                .fetch_one(pool).await?;
            (rows, total)
        }))
    }

    /// One staff member, if in the scope.
    pub async fn staff_member(&self, scope: StaffScope, id: UserId) -> DbResult<Option<StaffRow>> {
        let sql = format!("{STAFF_SELECT} AND u.id = $2 AND {}", scope_sql(scope, 1));
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(scope_value(scope)).bind(id.0).fetch_optional(pool).await?))
    }

    /// Creates the account of an invited staff member (no password yet) with its first
    /// one-time link, and logs it.
    pub async fn invite_staff(
        &self,
        a: &StaffAccount,
        token_hash: &str,
        expires_at: i64,
        by: UserId,
    ) -> DbResult<Result<UserId, Refused>> {
        let at = now();
        let email = a.email.trim().to_lowercase();
        let detail = account_detail(a);
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let inserted = sqlx::query_scalar::<_, i64>(
                "INSERT INTO users (role, display_name, email, municipality_id, team_id, is_team_lead, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id")
                .bind(a.role.as_str()).bind(&a.display_name).bind(&email)
                .bind(a.municipality.map(|m| m.0)).bind(a.team.map(|t| t.0)).bind(a.team_lead).bind(at)
                .fetch_one(&mut *tx).await;
            let id = match inserted {
                Ok(id) => id,
                Err(e) if is_unique_violation(&e) => {
                    tx.rollback().await?;
                    return Ok(Err(Refused::EmailTaken));
                }
                Err(e) => return Err(e.into()),
            };
            sqlx::query(
                "INSERT INTO staff_links (user_id, token_hash, purpose, created_by, created_at, expires_at) \
                 VALUES ($1, $2, 'invite', $3, $4, $5)")
                .bind(id).bind(token_hash).bind(by.0).bind(at).bind(expires_at).execute(&mut *tx).await?;
            sqlx::query(&format!(
                "INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action, detail) VALUES ($1, $2, $3, 'invited', {DETAIL_NAMES})"))
                .bind(at).bind(by.0).bind(id).bind(&detail).bind(a.municipality.map(|m| m.0)).bind(a.team.map(|t| t.0))
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Ok(UserId(id)))
        })
    }

    /// A new one-time link for an account: a fresh invitation while no password is set,
    /// else a password reset. Earlier unused links stop working.
    pub async fn new_staff_link(
        &self,
        user: UserId,
        token_hash: &str,
        expires_at: i64,
        by: UserId,
    ) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let has_password: bool = sqlx::query_scalar("SELECT password_hash IS NOT NULL FROM users WHERE id = $1")
                .bind(user.0).fetch_one(&mut *tx).await?;
            let purpose = if has_password { "reset" } else { "invite" };
            sqlx::query("UPDATE staff_links SET expires_at = $1 WHERE user_id = $2 AND used_at IS NULL AND expires_at > $1")
                .bind(at).bind(user.0).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO staff_links (user_id, token_hash, purpose, created_by, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(user.0).bind(token_hash).bind(purpose).bind(by.0).bind(at).bind(expires_at)
                .execute(&mut *tx).await?;
            let action = if has_password { "reset-link" } else { "invited-again" };
            sqlx::query("INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action) VALUES ($1, $2, $3, $4)")
                .bind(at).bind(by.0).bind(user.0).bind(action).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The account a valid, unused link belongs to (never a deactivated one).
    pub async fn staff_link(&self, token_hash: &str) -> DbResult<Option<LinkRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id AS user_id, u.display_name, COALESCE(u.email, '') AS email, l.purpose \
             FROM staff_links l JOIN users u ON u.id = l.user_id \
             WHERE l.token_hash = $1 AND l.used_at IS NULL AND l.expires_at > $2 AND u.disabled_at IS NULL")
            .bind(token_hash).bind(now()).fetch_optional(pool).await?))
    }

    /// Uses a link and sets the password in one transaction: a link works once. Every
    /// session of the account ends (a reset is for a password someone else may know).
    pub async fn redeem_staff_link(&self, token_hash: &str, password_hash: &str) -> DbResult<Option<UserId>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let user: Option<i64> = sqlx::query_scalar(
                "UPDATE staff_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
                 AND user_id IN (SELECT id FROM users WHERE disabled_at IS NULL) RETURNING user_id")
                .bind(at).bind(token_hash).fetch_optional(&mut *tx).await?;
            let Some(user) = user else {
                tx.rollback().await?;
                return Ok(None);
            };
            sqlx::query("UPDATE users SET password_hash = $1, version = version + 1 WHERE id = $2")
                .bind(password_hash).bind(user).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM push_subscriptions WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action) VALUES ($1, $2, $2, 'password-set')")
                .bind(at).bind(user).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Some(UserId(user)))
        })
    }

    /// Saves role, municipality, team and team lead of an account at `version`.
    pub async fn update_staff(
        &self,
        scope: StaffScope,
        id: UserId,
        version: i64,
        a: &StaffAccount,
        by: UserId,
    ) -> DbResult<Result<(), Refused>> {
        let at = now();
        let detail = account_detail(a);
        let postgres = matches!(self.backend, Backend::Postgres(_));
        let scope_filter = scope_sql(scope, 9);
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            if postgres {
                // Two administrators demoting each other at once must not both succeed.
                sqlx::query("SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL FOR UPDATE")
                    .execute(&mut *tx).await?;
            }
            let current: Option<(String, Option<i64>, i64, i64)> = sqlx::query_as(&format!(
                "SELECT u.role, u.team_id, u.version, \
                 (SELECT COUNT(*) FROM assignments a WHERE a.guide_id = u.id AND a.ended_at IS NULL) \
                 FROM users u WHERE u.id = $1 AND u.role IN ('guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator') AND {}", scope_sql(scope, 2)))
                .bind(id.0).bind(scope_value(scope)).fetch_optional(&mut *tx).await?;
            let Some((role, team, current_version, clients)) = current else {
                tx.rollback().await?;
                return Ok(Err(Refused::NotFound));
            };
            let refusal = if current_version != version {
                Some(Refused::Conflict)
            } else if clients > 0 && (role != a.role.as_str() || team != a.team.map(|t| t.0)) {
                Some(Refused::HasClients)
            } else {
                None
            };
            if let Some(r) = refusal {
                tx.rollback().await?;
                return Ok(Err(r));
            }
            // The last active administrator keeps the role (checked in the write itself).
            let rows = sqlx::query(&format!(
                "UPDATE users AS u SET display_name = $1, email = $2, role = $3, municipality_id = $4, team_id = $5, \
                 is_team_lead = $6, version = version + 1 \
                 WHERE u.id = $7 AND u.version = $8 AND {scope_filter} AND ($3 = 'admin' OR u.role <> 'admin' OR \
                 (SELECT COUNT(*) FROM users o WHERE o.role = 'admin' AND o.disabled_at IS NULL AND o.password_hash IS NOT NULL AND o.id <> $7) > 0)"))
                .bind(&a.display_name).bind(a.email.trim().to_lowercase()).bind(a.role.as_str())
                .bind(a.municipality.map(|m| m.0)).bind(a.team.map(|t| t.0)).bind(a.team_lead)
                .bind(id.0).bind(version).bind(scope_value(scope))
                .execute(&mut *tx).await;
            let rows = match rows {
                Ok(r) => r.rows_affected(),
                Err(e) if is_unique_violation(&e) => {
                    tx.rollback().await?;
                    return Ok(Err(Refused::EmailTaken));
                }
                Err(e) => return Err(e.into()),
            };
            if rows == 0 {
                tx.rollback().await?;
                return Ok(Err(Refused::LastAdmin));
            }
            sqlx::query(&format!(
                "INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action, detail) VALUES ($1, $2, $3, 'changed', {DETAIL_NAMES})"))
                .bind(at).bind(by.0).bind(id.0).bind(&detail).bind(a.municipality.map(|m| m.0)).bind(a.team.map(|t| t.0))
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Ok(()))
        })
    }

    /// Deactivates (every session ends at once, on every server instance: sessions live
    /// here) or reactivates an account. What they wrote keeps their name.
    pub async fn set_staff_active(
        &self,
        scope: StaffScope,
        id: UserId,
        active: bool,
        by: UserId,
    ) -> DbResult<Result<(), Refused>> {
        let at = now();
        let postgres = matches!(self.backend, Backend::Postgres(_));
        let scope_filter = scope_sql(scope, 3);
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            if postgres {
                sqlx::query("SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL FOR UPDATE")
                    .execute(&mut *tx).await?;
            }
            let rows = if active {
                sqlx::query(&format!(
                    "UPDATE users AS u SET disabled_at = NULL, version = version + 1 \
                     WHERE u.id = $1 AND u.disabled_at IS NOT NULL AND $2 = $2 \
                     AND u.role IN ('guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator') AND {scope_filter}"))
                    .bind(id.0).bind(at).bind(scope_value(scope)).execute(&mut *tx).await?.rows_affected()
            } else {
                sqlx::query(&format!(
                    "UPDATE users AS u SET disabled_at = $2, version = version + 1 \
                     WHERE u.id = $1 AND u.disabled_at IS NULL AND u.role IN ('guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator') \
                     AND {scope_filter} AND (u.role <> 'admin' OR \
                     (SELECT COUNT(*) FROM users o WHERE o.role = 'admin' AND o.disabled_at IS NULL AND o.password_hash IS NOT NULL AND o.id <> $1) > 0)"))
                    .bind(id.0).bind(at).bind(scope_value(scope)).execute(&mut *tx).await?.rows_affected()
            };
            if rows == 0 {
                let exists: Option<String> = sqlx::query_scalar(&format!(
                    "SELECT u.role FROM users u WHERE u.id = $1 AND u.role IN ('guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator') AND {}",
                    scope_sql(scope, 2)))
                    .bind(id.0).bind(scope_value(scope)).fetch_optional(&mut *tx).await?;
                tx.rollback().await?;
                return Ok(match exists {
                    Some(role) if role == "admin" && !active => Err(Refused::LastAdmin),
                    // Already as asked: nothing to do.
                    Some(_) => Ok(()),
                    None => Err(Refused::NotFound),
                });
            }
            if !active {
                sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(id.0).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM push_subscriptions WHERE user_id = $1").bind(id.0).execute(&mut *tx).await?;
                sqlx::query("DELETE FROM second_factor_pending WHERE user_id = $1").bind(id.0).execute(&mut *tx).await?;
                sqlx::query("UPDATE staff_links SET expires_at = $1 WHERE user_id = $2 AND used_at IS NULL AND expires_at > $1")
                    .bind(at).bind(id.0).execute(&mut *tx).await?;
            }
            let action = if active { "reactivated" } else { "deactivated" };
            sqlx::query("INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action) VALUES ($1, $2, $3, $4)")
                .bind(at).bind(by.0).bind(id.0).bind(action).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Ok(()))
        })
    }

    /// Records a change to the organisation (a team, a provider, a setting).
    pub async fn log_staff_change(
        &self,
        by: UserId,
        subject: Option<UserId>,
        action: &str,
        detail: &str,
    ) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO staff_changes (at, actor_user_id, subject_user_id, action, detail) VALUES ($1, $2, $3, $4, $5)")
            .bind(now()).bind(by.0).bind(subject.map(|s| s.0)).bind(action).bind(detail)
            .execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// The newest changes: all of them, or those about one account.
    pub async fn staff_changes(&self, subject: Option<UserId>, limit: i64) -> DbResult<Vec<ChangeRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT c.id, c.at, a.display_name AS actor, c.subject_user_id AS subject_id, s.display_name AS subject, \
             c.action, c.detail FROM staff_changes c JOIN users a ON a.id = c.actor_user_id \
             LEFT JOIN users s ON s.id = c.subject_user_id \
             WHERE ($1 = 0 OR c.subject_user_id = $1) ORDER BY c.at DESC, c.id DESC LIMIT $2")
            .bind(subject.map(|s| s.0).unwrap_or(0)).bind(limit).fetch_all(pool).await?))
    }
}

/// The start of the account's line in the change log: its role ("lead" for a team
/// lead); [`DETAIL_NAMES`] adds the municipality's and team's names.
fn account_detail(a: &StaffAccount) -> String {
    match (a.role, a.team_lead) {
        (Role::Guide, true) => "lead".into(),
        (role, _) => role.as_str().into(),
    }
}

/// SQL for the change log's detail: `$4` (the role) with the names of municipality `$5`
/// and team `$6`, as they were at the time of the change.
const DETAIL_NAMES: &str = "$4 || COALESCE((SELECT ' · ' || name FROM municipalities WHERE id = $5), '') \
     || COALESCE((SELECT ' · ' || name FROM teams WHERE id = $6), '')";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_text_is_taken_literally() {
        assert_eq!(contains(" Wé%_\\ "), "%wé\\%\\_\\\\%");
    }
}
