//! Handover of a client to another guide, team or municipality.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, TeamId, UserId};

/// A guide who can take a case over, anywhere in the client's county.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GuideChoice {
    pub id: i64,
    pub name: String,
    pub team_id: i64,
    pub team_name: String,
    pub provider_id: i64,
    pub municipality_name: String,
}

#[derive(Clone, Debug)]
pub struct Transfer {
    pub client: ClientId,
    pub by: UserId,
    pub to_guide: UserId,
    pub to_team: TeamId,
    pub consent_id: Option<i64>,
    /// None: everything goes along. Some: only these areas of the earlier record.
    pub covers: Option<Vec<String>>,
    pub reason: Option<String>,
}

/// What an assignment may see of the record from before it began.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Window {
    /// Everything.
    Whole,
    /// Records of the covered areas, and everything from `since` on.
    From { since: i64, covers: Vec<String> },
}

impl Window {
    /// The window stored with an assignment (`covers` NULL: the whole record).
    pub fn of(since: i64, covers: Option<&str>) -> Window {
        match covers {
            None => Window::Whole,
            Some(c) => Window::From {
                since,
                covers: c.split(',').filter(|a| !a.is_empty()).map(String::from).collect(),
            },
        }
    }

    /// The window of the next assignment. Inside the team nothing changes, whoever
    /// hands over: a team lead cannot widen their view by taking a case themselves.
    /// To another team, the consent's areas (None: all) apply from `at`, and never more
    /// than this window covered.
    pub fn after_handover(&self, same_team: bool, consent: Option<&[String]>, at: i64) -> Window {
        if same_team {
            return self.clone();
        }
        match (self, consent) {
            (Window::Whole, None) => Window::Whole,
            (Window::Whole, Some(areas)) => Window::From {
                since: at,
                covers: areas.to_vec(),
            },
            (Window::From { covers, .. }, None) => Window::From {
                since: at,
                covers: covers.clone(),
            },
            (Window::From { covers, .. }, Some(areas)) => Window::From {
                since: at,
                covers: covers.iter().filter(|c| areas.contains(c)).cloned().collect(),
            },
        }
    }

    /// `(history_since, history_covers)` as stored.
    pub(super) fn columns(&self) -> (Option<i64>, Option<String>) {
        match self {
            Window::Whole => (None, None),
            Window::From { since, covers } => (Some(*since), Some(covers.join(","))),
        }
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TransferRow {
    pub client_id: i64,
    pub at: i64,
    pub client_name: String,
    pub from_guide_name: String,
    pub from_team_name: String,
    pub to_guide_name: String,
    pub to_team_name: String,
    pub covers: Option<String>,
}

const TRANSFER_SELECT: &str = "SELECT t.client_id, t.at, c.first_name || ' ' || c.last_name AS client_name, \
     fg.display_name AS from_guide_name, ft.name AS from_team_name, \
     tg.display_name AS to_guide_name, tt.name AS to_team_name, t.covers \
     FROM transfers t JOIN everyday_clients c ON c.id = t.client_id \
     JOIN users fg ON fg.id = t.from_guide_id JOIN teams ft ON ft.id = t.from_team_id \
     JOIN users tg ON tg.id = t.to_guide_id JOIN teams tt ON tt.id = t.to_team_id";

impl Store {
    /// Active guides in the county of `municipality`.
    pub async fn guides_in_county(&self, municipality: MunicipalityId) -> DbResult<Vec<GuideChoice>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id, u.display_name AS name, t.id AS team_id, t.name AS team_name, t.provider_id, \
             m.name AS municipality_name FROM users u JOIN teams t ON t.id = u.team_id \
             JOIN municipalities m ON m.id = t.municipality_id \
             WHERE u.role = 'guide' AND u.disabled_at IS NULL \
             AND m.county_id = (SELECT county_id FROM municipalities WHERE id = $1) \
             ORDER BY m.name, t.name, u.display_name")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// Ends the current assignment and starts the new one, in one transaction; the
    /// client moves to the receiving team's municipality. The new assignment's window is
    /// narrowed by the one before it ([`Window::after_handover`]), never widened.
    pub(super) async fn transfer_row(&self, t: &Transfer) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let current: Option<(i64, i64, i64, Option<String>)> = sqlx::query_as(
                "UPDATE assignments SET ended_at = $1 WHERE client_id = $2 AND ended_at IS NULL \
                 RETURNING guide_id, team_id, COALESCE(history_since, started_at), history_covers")
                .bind(at).bind(t.client.0).fetch_optional(&mut *tx).await?;
            let Some((from_guide, from_team, since, covered)) = current else { return Ok(false) };
            let before = Window::of(since, covered.as_deref());
            let window = before.after_handover(from_team == t.to_team.0, t.covers.as_deref(), at);
            let (history_since, covers) = window.columns();
            sqlx::query(
                "INSERT INTO assignments (client_id, guide_id, team_id, started_at, history_covers, history_since) \
                 VALUES ($1, $2, $3, $4, $5, $6)")
                .bind(t.client.0).bind(t.to_guide.0).bind(t.to_team.0).bind(at).bind(&covers).bind(history_since)
                .execute(&mut *tx).await?;
            sqlx::query(
                "UPDATE clients SET municipality_id = (SELECT municipality_id FROM teams WHERE id = $1), \
                 version = version + 1 WHERE id = $2")
                .bind(t.to_team.0).bind(t.client.0).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO transfers (client_id, at, by_user_id, from_guide_id, from_team_id, to_guide_id, \
                 to_team_id, consent_id, covers, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .bind(t.client.0).bind(at).bind(t.by.0).bind(from_guide).bind(from_team).bind(t.to_guide.0)
                .bind(t.to_team.0).bind(t.consent_id).bind(&covers).bind(&t.reason)
                .execute(&mut *tx).await?;
            // A case that leaves the team leaves its one-to-one tasks behind: the volunteer
            // loses them at once, and the receiving team asks afresh, on its own consent.
            if from_team != t.to_team.0 {
                sqlx::query(
                    "UPDATE companion_asks SET answer = 'withdrawn', answered_at = $1 WHERE answer IS NULL \
                     AND task_id IN (SELECT id FROM companion_tasks WHERE client_id = $2 AND status IN ('open', 'matched'))")
                    .bind(at).bind(t.client.0).execute(&mut *tx).await?;
                sqlx::query(
                    "UPDATE companion_tasks SET status = CASE WHEN status = 'open' THEN 'cancelled' ELSE 'ended' END, \
                     ended_at = $1, version = version + 1 WHERE client_id = $2 AND status IN ('open', 'matched')")
                    .bind(at).bind(t.client.0).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Handovers out of a team (the giving side keeps the record), newest first.
    pub async fn transfers_from_team(&self, team: TeamId, limit: i64) -> DbResult<Vec<TransferRow>> {
        let sql = format!("{TRANSFER_SELECT} WHERE t.from_team_id = $1 ORDER BY t.at DESC LIMIT $2");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(team.0).bind(limit).fetch_all(pool).await?))
    }

    /// Handovers out of a guide's hands, newest first.
    pub async fn transfers_from_guide(&self, guide: UserId, limit: i64) -> DbResult<Vec<TransferRow>> {
        let sql = format!("{TRANSFER_SELECT} WHERE t.from_guide_id = $1 ORDER BY t.at DESC LIMIT $2");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(guide.0).bind(limit).fetch_all(pool).await?))
    }

    /// The client's handovers from `since` on (the one that brought the case is at it).
    pub(super) async fn transfer_rows(&self, client: ClientId, since: i64) -> DbResult<Vec<TransferRow>> {
        let sql = format!("{TRANSFER_SELECT} WHERE t.client_id = $1 AND t.at >= $2 ORDER BY t.at DESC");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(client.0).bind(since).fetch_all(pool).await?))
    }
}

#[cfg(test)]
mod tests {
    use super::Window;

    fn areas(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_handover_never_widens_the_window() {
        let narrow = Window::of(100, Some("appointments"));
        // Inside the team: the same window, from the same moment, whatever is asked.
        assert_eq!(narrow.after_handover(true, None, 500), narrow);
        // To another team: only what both the window and the consent cover, from now.
        assert_eq!(
            narrow.after_handover(false, Some(&areas(&["appointments", "plan"])), 500),
            Window::From {
                since: 500,
                covers: areas(&["appointments"])
            }
        );
        assert_eq!(
            narrow.after_handover(false, None, 500),
            Window::From {
                since: 500,
                covers: areas(&["appointments"])
            }
        );
        // The whole record goes along only from a whole record with a full consent.
        assert_eq!(Window::Whole.after_handover(false, None, 500), Window::Whole);
        assert_eq!(Window::Whole.after_handover(true, None, 500), Window::Whole);
        assert_eq!(
            Window::Whole.after_handover(false, Some(&areas(&["plan"])), 500),
            Window::From {
                since: 500,
                covers: areas(&["plan"])
            }
        );
    }
}
