//! The queries behind the figures (dashboard and funder's report). Every figure is
//! reproducible from the query that makes it: each function says what it counts.
//!
//! All of them start from the same set of clients, `scoped` below: the clients of the
//! county, narrowed by municipality, provider, team and guide through each client's
//! latest assignment (for a closed case: the guide who closed it). They return counts and
//! durations only, never a client's name.

use super::{on_pool, DbResult, Store};

/// What a figure is counted over. Zero (or `None`) in a filter means "all".
#[derive(Clone, Debug)]
pub struct FigureFilter {
    pub county: i64,
    pub municipality: Option<i64>,
    pub provider: Option<i64>,
    pub team: Option<i64>,
    pub guide: Option<i64>,
    /// The period, as instants: from `from` (inclusive) to `to` (exclusive).
    pub from: i64,
    pub to: i64,
    /// Today's date in the municipality (ISO), for what is overdue now.
    pub today: String,
}

/// The clients a figure is counted over; binds $1..$5 (county, municipality, provider,
/// team, guide).
const SCOPED: &str = "WITH scoped AS ( \
    SELECT c.id, c.created_at, c.closed_at, a.guide_id, a.team_id FROM clients c \
    JOIN municipalities m ON m.id = c.municipality_id \
    JOIN assignments a ON a.id = (SELECT MAX(a2.id) FROM assignments a2 WHERE a2.client_id = c.id) \
    JOIN teams t ON t.id = a.team_id \
    WHERE m.county_id = $1 AND ($2 = 0 OR c.municipality_id = $2) AND ($3 = 0 OR t.provider_id = $3) \
      AND ($4 = 0 OR a.team_id = $4) AND ($5 = 0 OR a.guide_id = $5)) ";

/// A guide's open cases now.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GuideLoad {
    pub guide: String,
    pub team: String,
    pub target: i64,
    pub active: i64,
}

/// Counts by one key (a field, a status, a reason, a service, a language).
pub type Counts = Vec<(String, i64)>;
/// Counts by two keys (a service and a status; a field and a state).
pub type Counts2 = Vec<(String, String, i64)>;

macro_rules! scoped_query {
    ($store:expr, $ty:ty, $sql:expr, $f:expr $(, $bind:expr)*) => {{
        let sql = format!("{SCOPED}{}", $sql);
        let f: &FigureFilter = $f;
        on_pool!($store, pool => sqlx::query_as::<_, $ty>(&sql)
            .bind(f.county).bind(f.municipality.unwrap_or(0)).bind(f.provider.unwrap_or(0))
            .bind(f.team.unwrap_or(0)).bind(f.guide.unwrap_or(0))
            $(.bind($bind))*
            .fetch_all(pool).await?)
    }};
}

impl Store {
    /// Each guide's open cases now (clients not closed, by their current guide), with
    /// their municipality's target (at most one guide to `target` clients).
    pub async fn figure_guide_loads(&self, f: &FigureFilter) -> DbResult<Vec<GuideLoad>> {
        Ok(
            scoped_query!(self, GuideLoad,
            "SELECT u.display_name AS guide, t.name AS team, m.caseload_target AS target, COUNT(*) AS active \
             FROM scoped s JOIN users u ON u.id = s.guide_id JOIN teams t ON t.id = s.team_id \
             JOIN municipalities m ON m.id = t.municipality_id \
             WHERE s.closed_at IS NULL \
             GROUP BY u.id, u.display_name, t.name, m.caseload_target ORDER BY u.display_name", f),
        )
    }

    /// When cases began in the period (the client's record created).
    pub async fn figure_opened_at(&self, f: &FigureFilter) -> DbResult<Vec<i64>> {
        let rows: Vec<(i64,)> = scoped_query!(
            self,
            (i64,),
            "SELECT s.created_at FROM scoped s WHERE s.created_at >= $6 AND s.created_at < $7",
            f,
            f.from,
            f.to
        );
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// Cases closed in the period: (when, reason, days in support of that episode).
    pub async fn figure_closures(&self, f: &FigureFilter) -> DbResult<Vec<(i64, String, i64)>> {
        scoped_query_closures(self, f, "k.closed_at").await
    }

    /// Cases reopened in the period: (when, reason it had been closed for, days).
    pub async fn figure_reopenings(&self, f: &FigureFilter) -> DbResult<Vec<(i64, String, i64)>> {
        scoped_query_closures(self, f, "k.reopened_at").await
    }

    /// For clients whose case began in the period: days from the start to their first
    /// goal (the plan agreed with the guide), for those who have one.
    pub async fn figure_days_to_plan(&self, f: &FigureFilter) -> DbResult<Vec<i64>> {
        let rows: Vec<(i64,)> = scoped_query!(self, (i64,),
            "SELECT (MIN(g.created_at) - s.created_at) / 86400 FROM scoped s JOIN goals g ON g.client_id = s.id \
             WHERE s.created_at >= $6 AND s.created_at < $7 GROUP BY s.id, s.created_at", f, f.from, f.to);
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// Open cases at the end of the period: how many, how many with a plan (a goal), and
    /// how many whose plan the client confirmed themselves.
    pub async fn figure_plans(&self, f: &FigureFilter) -> DbResult<(i64, i64, i64)> {
        let rows: Vec<(i64, i64, i64)> = scoped_query!(self, (i64, i64, i64),
            "SELECT COUNT(*), \
               COUNT(CASE WHEN EXISTS (SELECT 1 FROM goals g WHERE g.client_id = s.id AND g.created_at < $6) THEN 1 END), \
               COUNT(CASE WHEN EXISTS (SELECT 1 FROM plan_confirmations p WHERE p.client_id = s.id AND p.confirmed_at < $6) THEN 1 END) \
             FROM scoped s WHERE s.created_at < $6 AND (s.closed_at IS NULL OR s.closed_at >= $6)", f, f.to);
        Ok(rows.into_iter().next().unwrap_or((0, 0, 0)))
    }

    /// Goals agreed in the period by field and where they stand: "achieved", "partly",
    /// "dropped" (dropped, or closed as not achieved or no longer relevant) or "open".
    /// A goal's state at the case's end (closure outcome) counts where it has one.
    pub async fn figure_goals(&self, f: &FigureFilter) -> DbResult<Counts2> {
        Ok(scoped_query!(self, (String, String, i64),
            "SELECT g.field, CASE \
                 WHEN g.status = 'achieved' OR o.outcome = 'achieved' THEN 'achieved' \
                 WHEN o.outcome = 'partly' THEN 'partly' \
                 WHEN g.status = 'dropped' OR o.outcome IN ('not_achieved', 'no_longer_relevant') THEN 'dropped' \
                 ELSE 'open' END AS state, COUNT(*) \
             FROM scoped s JOIN goals g ON g.client_id = s.id \
             LEFT JOIN closure_outcomes o ON o.goal_id = g.id \
               AND o.closure_id = (SELECT MAX(o2.closure_id) FROM closure_outcomes o2 WHERE o2.goal_id = g.id) \
             WHERE g.created_at >= $6 AND g.created_at < $7 GROUP BY 1, 2", f, f.from, f.to))
    }

    /// Open steps past their due date today, of open cases, by field.
    pub async fn figure_overdue_steps(&self, f: &FigureFilter) -> DbResult<Counts> {
        Ok(scoped_query!(
            self,
            (String, i64),
            "SELECT g.field, COUNT(*) FROM scoped s JOIN plan_steps p ON p.client_id = s.id \
             JOIN goals g ON g.id = p.goal_id \
             WHERE s.closed_at IS NULL AND p.status = 'open' AND p.due_on < $6 GROUP BY g.field",
            f,
            f.today.clone()
        ))
    }

    /// Steps where the client asked for help ("I need help") in the period, by field.
    pub async fn figure_help_requests(&self, f: &FigureFilter) -> DbResult<Counts> {
        Ok(scoped_query!(
            self,
            (String, i64),
            "SELECT g.field, COUNT(*) FROM scoped s JOIN plan_steps p ON p.client_id = s.id \
             JOIN goals g ON g.id = p.goal_id \
             WHERE p.help_requested_at >= $6 AND p.help_requested_at < $7 GROUP BY g.field",
            f,
            f.from,
            f.to
        ))
    }

    /// Referrals made in the period: (service, status now, days from sending to the
    /// last change for those done or declined, else -1).
    pub async fn figure_referrals(&self, f: &FigureFilter) -> DbResult<Vec<(String, String, i64)>> {
        Ok(scoped_query!(
            self,
            (String, String, i64),
            "SELECT r.service, r.status, CASE WHEN r.status IN ('done', 'declined') \
               THEN (r.updated_at - r.created_at) / 86400 ELSE -1 END \
             FROM scoped s JOIN referrals r ON r.client_id = s.id \
             WHERE r.created_at >= $6 AND r.created_at < $7",
            f,
            f.from,
            f.to
        ))
    }

    /// Appointments in the period by status ("planned", "done", "missed", "cancelled").
    pub async fn figure_appointments(&self, f: &FigureFilter) -> DbResult<Counts> {
        Ok(scoped_query!(
            self,
            (String, i64),
            "SELECT ap.status, COUNT(*) FROM scoped s JOIN appointments ap ON ap.client_id = s.id \
             WHERE ap.starts_at >= $6 AND ap.starts_at < $7 GROUP BY ap.status",
            f,
            f.from,
            f.to
        ))
    }

    /// Interpreter minutes in the period by language (appointments not cancelled).
    pub async fn figure_interpreter_minutes(&self, f: &FigureFilter) -> DbResult<Counts> {
        Ok(scoped_query!(
            self,
            (String, i64),
            "SELECT ap.interpreter_lang, CAST(SUM(ap.duration_minutes) AS BIGINT) \
             FROM scoped s JOIN appointments ap ON ap.client_id = s.id \
             WHERE ap.interpreter_lang IS NOT NULL AND ap.status <> 'cancelled' \
               AND ap.starts_at >= $6 AND ap.starts_at < $7 GROUP BY ap.interpreter_lang",
            f,
            f.from,
            f.to
        ))
    }

    /// Client requests sent in the period: (category, hours to the guide's answer, or -1
    /// while unanswered).
    pub async fn figure_requests(&self, f: &FigureFilter) -> DbResult<Vec<(String, i64)>> {
        Ok(scoped_query!(self, (String, i64),
            "SELECT q.category, CASE WHEN q.answered_at IS NULL THEN -1 ELSE (q.answered_at - q.created_at) / 3600 END \
             FROM scoped s JOIN client_requests q ON q.client_id = s.id \
             WHERE q.created_at >= $6 AND q.created_at < $7", f, f.from, f.to))
    }

    /// Group places in offers that meet in the period, by target group: confirmed
    /// participants and those on a waiting list (demand not met).
    pub async fn figure_group_places(&self, f: &FigureFilter) -> DbResult<Counts2> {
        Ok(scoped_query!(self, (String, String, i64),
            "SELECT o.target_group, gp.status, COUNT(*) FROM scoped s JOIN group_participants gp ON gp.client_id = s.id \
             JOIN group_offers o ON o.id = gp.group_id \
             WHERE gp.status IN ('confirmed', 'waitlist') AND gp.signed_up_at < $6 GROUP BY 1, 2", f, f.to))
    }
}

/// Closures by the instant in `column` within the period: (when, reason, days in support).
async fn scoped_query_closures(
    store: &Store,
    f: &FigureFilter,
    column: &str,
) -> DbResult<Vec<(i64, String, i64)>> {
    let sql = format!(
        "SELECT {column}, k.reason, (k.closed_at - k.episode_started_at) / 86400 \
         FROM scoped s JOIN case_closures k ON k.client_id = s.id \
         WHERE {column} >= $6 AND {column} < $7"
    );
    Ok(scoped_query!(store, (i64, String, i64), sql, f, f.from, f.to))
}
