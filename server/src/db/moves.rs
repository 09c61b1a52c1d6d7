//! Moving caseloads: a team lead or coordinator moves some or all clients of one guide to
//! one or several others in one step (a guide leaves, a team is split). Inside the same
//! provider no new consent is needed: each receiving guide sees what the giving one saw,
//! never more ([`Window::after_handover`] as within a team). Each move is a handover with
//! the same records as a single one, and the whole step lands or nothing does.

use super::handover::Window;
use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, Role, TeamId, UserId};

/// Whose caseloads a manager may move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveScope {
    /// A team lead: the guides of their team.
    Team(TeamId),
    /// A coordinator: the guides of their municipality.
    Municipality(MunicipalityId),
}

/// A guide as the move pages list them, with their open caseload.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MoveGuide {
    pub id: i64,
    pub name: String,
    pub team_id: i64,
    pub team: String,
    pub provider_id: i64,
    pub municipality_id: i64,
    pub municipality: String,
    pub clients: i64,
    /// Still signs in (a deactivated guide's clients are the ones most in need of a move).
    pub active: bool,
}

/// One client to one receiving guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub client: ClientId,
    pub to_guide: UserId,
    pub to_team: TeamId,
}

/// Someone changed the caseload since the preview: a client is no longer the giving
/// guide's, or a receiving guide no longer takes cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Changed;

const GUIDE_SELECT: &str =
    "SELECT u.id, u.display_name AS name, t.id AS team_id, t.name AS team, t.provider_id, \
     m.id AS municipality_id, m.name AS municipality, \
     (SELECT COUNT(*) FROM assignments a JOIN clients c ON c.id = a.client_id \
      WHERE a.guide_id = u.id AND a.ended_at IS NULL AND c.closed_at IS NULL) AS clients, \
     u.disabled_at IS NULL AS active \
     FROM users u JOIN teams t ON t.id = u.team_id JOIN municipalities m ON m.id = t.municipality_id \
     WHERE u.role = 'guide'";

impl Store {
    /// Guides whose caseload this manager may move (active or not), by name.
    pub async fn movable_guides(&self, scope: MoveScope) -> DbResult<Vec<MoveGuide>> {
        let (condition, id) = match scope {
            MoveScope::Team(t) => ("t.id = $1", t.0),
            MoveScope::Municipality(m) => ("t.municipality_id = $1", m.0),
        };
        let sql = format!("{GUIDE_SELECT} AND {condition} ORDER BY u.display_name, u.id");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(id).fetch_all(pool).await?))
    }

    /// Active guides who may receive a caseload from `team`: those of the same provider
    /// in the county (no new consent is needed inside a provider).
    pub async fn receiving_guides(&self, team: TeamId) -> DbResult<Vec<MoveGuide>> {
        let sql = format!(
            "{GUIDE_SELECT} AND u.disabled_at IS NULL AND t.provider_id = (SELECT provider_id FROM teams WHERE id = $1) \
             ORDER BY t.id <> $1, m.name, t.name, u.display_name"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(team.0).fetch_all(pool).await?))
    }

    /// The open cases of a guide: (client id, name), by name. Restricted records
    /// (§ 84 SGB X) are out of everyday work and are not offered.
    pub async fn open_clients_of(&self, guide: UserId) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT c.id, c.first_name || ' ' || c.last_name FROM assignments a JOIN everyday_clients c ON c.id = a.client_id \
             WHERE a.guide_id = $1 AND a.ended_at IS NULL AND c.closed_at IS NULL \
             ORDER BY c.last_name, c.first_name, c.id")
            .bind(guide.0).fetch_all(pool).await?))
    }

    /// Moves every client in `moves` from `from` in one transaction, each as a handover:
    /// the assignment ends, the new one keeps the window it had, the client follows the
    /// receiving team's municipality, a transfer and an access-log line are written. If any
    /// client is no longer `from`'s, or a receiving guide no longer takes cases, nothing moves.
    pub async fn move_caseload(
        &self,
        from: UserId,
        moves: &[Move],
        by: UserId,
        by_role: Role,
        reason: &str,
    ) -> DbResult<Result<usize, Changed>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for m in moves {
                let receiving: Option<i64> = sqlx::query_scalar(
                    "SELECT u.id FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = $1 AND u.team_id = $2 \
                     AND u.role = 'guide' AND u.disabled_at IS NULL AND u.id <> $3")
                    .bind(m.to_guide.0).bind(m.to_team.0).bind(from.0).fetch_optional(&mut *tx).await?;
                let current: Option<(i64, i64, Option<String>)> = sqlx::query_as(
                    "UPDATE assignments SET ended_at = $1 WHERE client_id = $2 AND ended_at IS NULL AND guide_id = $3 \
                     AND client_id IN (SELECT id FROM clients WHERE closed_at IS NULL) \
                     RETURNING team_id, COALESCE(history_since, started_at), history_covers")
                    .bind(at).bind(m.client.0).bind(from.0).fetch_optional(&mut *tx).await?;
                let (Some(_), Some((from_team, since, covered))) = (receiving, current) else {
                    tx.rollback().await?;
                    return Ok(Err(Changed));
                };
                // Inside one provider, as inside one team: the same window, never a wider one.
                let window = Window::of(since, covered.as_deref()).after_handover(true, None, at);
                let (history_since, covers) = window.columns();
                sqlx::query(
                    "INSERT INTO assignments (client_id, guide_id, team_id, started_at, history_covers, history_since) \
                     VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(m.client.0).bind(m.to_guide.0).bind(m.to_team.0).bind(at).bind(&covers).bind(history_since)
                    .execute(&mut *tx).await?;
                sqlx::query(
                    "UPDATE clients SET municipality_id = (SELECT municipality_id FROM teams WHERE id = $1), \
                     version = version + 1 WHERE id = $2")
                    .bind(m.to_team.0).bind(m.client.0).execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO transfers (client_id, at, by_user_id, from_guide_id, from_team_id, to_guide_id, \
                     to_team_id, consent_id, covers, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, $8, $9)")
                    .bind(m.client.0).bind(at).bind(by.0).bind(from.0).bind(from_team).bind(m.to_guide.0)
                    .bind(m.to_team.0).bind(&covers).bind(reason)
                    .execute(&mut *tx).await?;
                sqlx::query(
                    "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) \
                     VALUES ($1, $2, $3, $4, 'update', 'moved')")
                    .bind(at).bind(by.0).bind(by_role.as_str()).bind(m.client.0).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Ok(moves.len()))
        })
    }
}
