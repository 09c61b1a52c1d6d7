//! The end of a case, through the gate: the own guide closes it with a reason, an outcome
//! for each goal still open and a short note; the case leaves the caseload, the client
//! keeps reading their record until the retention period ends, and within it the case
//! can be reopened (a new episode). Closings are kept: they are what the figures count.

use super::access_log::Action;
use super::case_file::CaseFile;
use super::{now, on_pool, DbResult};
use lotse_app::casework::{ClosingReason, GoalOutcome, HandedTo};
use lotse_app::domain::ClientId;

/// A closing as the guide wrote it, already checked.
#[derive(Clone, Debug)]
pub struct Closing {
    pub reason: ClosingReason,
    pub handed_to: Option<HandedTo>,
    pub moved_to: Option<String>,
    pub note: String,
    /// An outcome for every goal still open (goal id, outcome).
    pub outcomes: Vec<(i64, GoalOutcome)>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClosureRow {
    pub id: i64,
    pub episode_started_at: i64,
    pub closed_at: i64,
    pub closed_by: String,
    pub reason: String,
    pub handed_to: Option<String>,
    pub moved_to: Option<String>,
    pub note: String,
    pub reopened_at: Option<i64>,
    pub reopened_by: Option<String>,
}

/// What the client's own page says about a closed case.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EndRow {
    pub closed_at: i64,
    pub reason: String,
    pub handed_to: Option<String>,
    pub moved_to: Option<String>,
    pub municipality: String,
    pub retention_months: i64,
}

/// Why closing or reopening did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotDone {
    /// Closed already (closing), or open (reopening): someone else was quicker.
    AlreadyThere,
    /// The goals posted are not the goals still open (one was added or closed meanwhile).
    GoalsChanged,
    /// Past the retention period: the case is no longer kept for reopening.
    TooLate,
}

impl CaseFile<'_> {
    /// The goals still open, for the closing form: (id, title, field).
    pub async fn open_goals(&self) -> DbResult<Vec<(i64, String, String)>> {
        self.read("plan").await?;
        let client = self.client().0;
        let hide_health = !self.sees_special_category();
        let rows: Vec<(i64, String, String)> = on_pool!(self.store, pool => sqlx::query_as(
            "SELECT id, title, field FROM goals WHERE client_id = $1 AND status = 'open' ORDER BY id")
            .bind(client).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .filter(|(_, _, field)| !(hide_health && field == super::case_file::HEALTH_FIELD))
            .collect())
    }

    /// Closes the case in one transaction: the closing with every open goal's outcome,
    /// achieved goals marked achieved and no longer relevant ones dropped, the client's
    /// record closed. Only the own guide closes (they alone see every goal).
    pub async fn close(&self, c: &Closing) -> DbResult<Result<i64, NotDone>> {
        let at = now();
        let client = self.client().0;
        let by = self.access.actor().0;
        let result = on_pool!(self.store, pool => {
            let mut tx = pool.begin().await?;
            let open: Vec<i64> = sqlx::query_scalar("SELECT id FROM goals WHERE client_id = $1 AND status = 'open' ORDER BY id")
                .bind(client).fetch_all(&mut *tx).await?;
            let mut posted: Vec<i64> = c.outcomes.iter().map(|(g, _)| *g).collect();
            posted.sort_unstable();
            if posted != open {
                tx.rollback().await?;
                return Ok(Err(NotDone::GoalsChanged));
            }
            let closed = sqlx::query("UPDATE clients SET closed_at = $1, version = version + 1 WHERE id = $2 AND closed_at IS NULL")
                .bind(at).bind(client).execute(&mut *tx).await?.rows_affected();
            if closed == 0 {
                tx.rollback().await?;
                return Ok(Err(NotDone::AlreadyThere));
            }
            let started: i64 = sqlx::query_scalar(
                "SELECT COALESCE((SELECT MAX(reopened_at) FROM case_closures WHERE client_id = $1), \
                 (SELECT created_at FROM clients WHERE id = $1))")
                .bind(client).fetch_one(&mut *tx).await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO case_closures (client_id, episode_started_at, closed_at, closed_by, reason, handed_to, moved_to, note) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id")
                .bind(client).bind(started).bind(at).bind(by).bind(c.reason.as_str())
                .bind(c.handed_to.map(|h| h.as_str())).bind(&c.moved_to).bind(&c.note)
                .fetch_one(&mut *tx).await?;
            for (goal, outcome) in &c.outcomes {
                sqlx::query("INSERT INTO closure_outcomes (closure_id, goal_id, outcome) VALUES ($1, $2, $3)")
                    .bind(id).bind(goal).bind(outcome.as_str()).execute(&mut *tx).await?;
                let status = match outcome {
                    GoalOutcome::Achieved => Some("achieved"),
                    GoalOutcome::NoLongerRelevant => Some("dropped"),
                    GoalOutcome::Partly | GoalOutcome::NotAchieved => None,
                };
                if let Some(status) = status {
                    sqlx::query("UPDATE goals SET status = $1, version = version + 1 WHERE id = $2 AND client_id = $3")
                        .bind(status).bind(goal).bind(client).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok::<_, super::DbError>(Ok(id))
        })?;
        if result.is_ok() {
            self.log(Action::Update, "closed").await?;
        }
        Ok(result)
    }

    /// Reopens a closed case within the retention period: a new episode begins.
    pub async fn reopen(&self, retention_months: i64) -> DbResult<Result<(), NotDone>> {
        let at = now();
        let client = self.client().0;
        let by = self.access.actor().0;
        let result = on_pool!(self.store, pool => {
            let mut tx = pool.begin().await?;
            let closed: Option<Option<i64>> = sqlx::query_scalar("SELECT closed_at FROM clients WHERE id = $1")
                .bind(client).fetch_optional(&mut *tx).await?;
            let Some(Some(closed_at)) = closed else {
                tx.rollback().await?;
                return Ok(Err(NotDone::AlreadyThere));
            };
            if !within_retention(closed_at, retention_months, at) {
                tx.rollback().await?;
                return Ok(Err(NotDone::TooLate));
            }
            sqlx::query("UPDATE clients SET closed_at = NULL, version = version + 1 WHERE id = $1 AND closed_at = $2")
                .bind(client).bind(closed_at).execute(&mut *tx).await?;
            sqlx::query(
                "UPDATE case_closures SET reopened_at = $1, reopened_by = $2 WHERE client_id = $3 AND reopened_at IS NULL")
                .bind(at).bind(by).bind(client).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok::<_, super::DbError>(Ok(()))
        })?;
        if result.is_ok() {
            self.log(Action::Update, "reopened").await?;
        }
        Ok(result)
    }

    /// Every closing of this case, newest first (the episodes of support).
    pub async fn closures(&self) -> DbResult<Vec<ClosureRow>> {
        self.read("closing").await?;
        let client = self.client().0;
        Ok(on_pool!(self.store, pool => sqlx::query_as(
            "SELECT k.id, k.episode_started_at, k.closed_at, u.display_name AS closed_by, k.reason, k.handed_to, \
             k.moved_to, k.note, k.reopened_at, r.display_name AS reopened_by \
             FROM case_closures k JOIN users u ON u.id = k.closed_by LEFT JOIN users r ON r.id = k.reopened_by \
             WHERE k.client_id = $1 ORDER BY k.closed_at DESC, k.id DESC")
            .bind(client).fetch_all(pool).await?))
    }

    /// The outcomes recorded at one closing: (goal title, outcome).
    pub async fn closure_outcomes(&self, closure: i64) -> DbResult<Vec<(String, String)>> {
        let client = self.client().0;
        let hide_health = !self.sees_special_category();
        let rows: Vec<(String, String, String)> = on_pool!(self.store, pool => sqlx::query_as(
            "SELECT g.title, g.field, o.outcome FROM closure_outcomes o JOIN goals g ON g.id = o.goal_id \
             JOIN case_closures k ON k.id = o.closure_id WHERE o.closure_id = $1 AND k.client_id = $2 ORDER BY g.id")
            .bind(closure).bind(client).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .filter(|(_, field, _)| !(hide_health && field == super::case_file::HEALTH_FIELD))
            .map(|(title, _, outcome)| (title, outcome))
            .collect())
    }

    /// When the case is closed: what the client's page says about it.
    pub async fn end(&self) -> DbResult<Option<EndRow>> {
        let client = self.client().0;
        Ok(on_pool!(self.store, pool => sqlx::query_as(
            "SELECT c.closed_at, k.reason, k.handed_to, k.moved_to, m.name AS municipality, m.retention_months \
             FROM clients c JOIN municipalities m ON m.id = c.municipality_id \
             JOIN case_closures k ON k.client_id = c.id AND k.closed_at = c.closed_at \
             WHERE c.id = $1 AND c.closed_at IS NOT NULL ORDER BY k.id DESC LIMIT 1")
            .bind(client).fetch_optional(pool).await?))
    }
}

impl super::Store {
    /// A municipality's retention period for closed cases, in months.
    pub async fn retention_months(&self, client: ClientId) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT m.retention_months FROM clients c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = $1")
            .bind(client.0).fetch_optional(pool).await?).unwrap_or(36))
    }
}

/// The day a closed case's retention ends, in the municipality's calendar.
pub fn kept_until(closed_at: i64, retention_months: i64) -> Option<chrono::NaiveDate> {
    let months = u32::try_from(retention_months.max(0)).ok()?;
    crate::time::local_date(closed_at)?.checked_add_months(chrono::Months::new(months))
}

fn within_retention(closed_at: i64, retention_months: i64, at: i64) -> bool {
    match (
        kept_until(closed_at, retention_months),
        crate::time::local_date(at),
    ) {
        (Some(until), Some(today)) => today < until,
        _ => false,
    }
}
