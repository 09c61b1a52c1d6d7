//! The queries behind the figures (dashboard and funder's report). Every figure is
//! reproducible from the query that makes it: each function says what it counts.
//!
//! All of them start from the same set of clients, `scoped` below: the clients of the
//! county, narrowed by municipality, provider, team and guide through each client's
//! latest assignment (for a closed case: the guide who closed it). They return counts and
//! durations only, never a client's name.

use super::{on_pool, Backend, DbResult, Store};

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
/// team, guide). A client's latest guide and team are kept on the client row by the
/// database whenever an assignment is written (migration 0021), so this is a plain join
/// the planner can drive from whichever table a figure narrows first.
const SCOPED: &str = "WITH scoped AS ( \
    SELECT c.id, c.created_at, c.closed_at, c.latest_guide_id AS guide_id, c.latest_team_id AS team_id FROM clients c \
    JOIN municipalities m ON m.id = c.municipality_id \
    JOIN teams t ON t.id = c.latest_team_id \
    WHERE m.county_id = $1 AND ($2 = 0 OR c.municipality_id = $2) AND ($3 = 0 OR t.provider_id = $3) \
      AND ($4 = 0 OR c.latest_team_id = $4) AND ($5 = 0 OR c.latest_guide_id = $5)) ";

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
/// Clients without a language course: (German level, when a course fits, childcare
/// needed, literacy needed, count).
pub type CourseDemand = (String, String, String, String, i64);
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

/// Clients supported in the period: begun before its end, not closed before its start.
/// Binds $6 (the period's end) and $7 (its start).
const SUPPORTED: &str = "s.created_at < $6 AND (s.closed_at IS NULL OR s.closed_at >= $7)";

impl Store {
    /// SQL for one value of an intake section's JSON object (`i.data`), '' where the
    /// section or the field was never filled in. `key` is a field name from
    /// `lotse_app::casework`, never input.
    fn intake_value(&self, key: &str) -> String {
        match self.backend {
            Backend::Sqlite(_) => format!("COALESCE(json_extract(i.data, '$.{key}'), '')"),
            Backend::Postgres(_) => format!("COALESCE(CAST(i.data AS jsonb) ->> '{key}', '')"),
        }
    }

    /// Clients supported in the period by one intake choice (e.g. sex, nationality,
    /// residence status), '' for not recorded.
    pub async fn figure_by_intake_choice(
        &self,
        f: &FigureFilter,
        section: &str,
        key: &str,
    ) -> DbResult<Counts> {
        let sql = format!(
            "SELECT v, COUNT(*) FROM (SELECT {} AS v FROM scoped s \
               LEFT JOIN intake_sections i ON i.client_id = s.id AND i.section = '{section}' \
               WHERE {SUPPORTED}) x GROUP BY v",
            self.intake_value(key)
        );
        Ok(scoped_query!(self, (String, i64), sql, f, f.to, f.from))
    }

    /// Clients supported in the period by year of birth ('' unknown); the age groups are
    /// made from these (age reached in the year the period ends).
    pub async fn figure_birth_years(&self, f: &FigureFilter) -> DbResult<Counts> {
        let sql = format!(
            "SELECT y, COUNT(*) FROM (SELECT COALESCE(SUBSTR(c.birth_date, 1, 4), '') AS y \
               FROM scoped s JOIN clients c ON c.id = s.id WHERE {SUPPORTED}) x GROUP BY y"
        );
        Ok(scoped_query!(self, (String, i64), sql, f, f.to, f.from))
    }

    /// Clients supported in the period by the languages they speak (as stored: codes,
    /// comma-separated; split by the caller).
    pub async fn figure_spoken_languages(&self, f: &FigureFilter) -> DbResult<Counts> {
        let sql = format!(
            "SELECT c.languages, COUNT(*) FROM scoped s JOIN clients c ON c.id = s.id \
             WHERE {SUPPORTED} GROUP BY c.languages"
        );
        Ok(scoped_query!(self, (String, i64), sql, f, f.to, f.from))
    }

    /// Clients supported in the period by household size: the client, the members
    /// recorded in their intake, and the other adults linked to their household.
    pub async fn figure_household_sizes(&self, f: &FigureFilter) -> DbResult<Vec<(i64, i64)>> {
        // Counted by joins on per-client and per-household counts, not by a subquery on
        // clients per row: SQLite ran that as a scan per client (over 100 s at 100,000).
        let sql = format!(
            "SELECT n, COUNT(*) FROM (SELECT 1 + COALESCE(hm.n, 0) + COALESCE(hh.n - 1, 0) AS n \
               FROM scoped s JOIN clients c ON c.id = s.id \
               LEFT JOIN (SELECT client_id, COUNT(*) AS n FROM household_members GROUP BY client_id) hm ON hm.client_id = s.id \
               LEFT JOIN (SELECT household_id, COUNT(*) AS n FROM clients WHERE household_id IS NOT NULL GROUP BY household_id) hh \
                 ON hh.household_id = c.household_id \
               WHERE {SUPPORTED}) x GROUP BY n"
        );
        Ok(scoped_query!(self, (i64, i64), sql, f, f.to, f.from))
    }

    /// Children in the households of open cases today who wait for a Kita or a school
    /// place, by status ("kita_waiting", "school_waiting").
    pub async fn figure_children_waiting(&self, f: &FigureFilter) -> DbResult<Counts> {
        Ok(scoped_query!(
            self,
            (String, i64),
            "SELECT hm.school_status, COUNT(*) FROM scoped s JOIN household_members hm ON hm.client_id = s.id \
             WHERE s.closed_at IS NULL AND hm.school_status IN ('kita_waiting', 'school_waiting') \
             GROUP BY hm.school_status",
            f
        ))
    }

    /// What clients of open cases today would like to take part in: one row per client
    /// who answered (the kinds as stored, and whether they need childcare).
    pub async fn figure_wishes(&self, f: &FigureFilter) -> DbResult<Vec<(String, bool)>> {
        Ok(scoped_query!(
            self,
            (String, bool),
            "SELECT i.kinds, i.childcare FROM scoped s JOIN client_interests i ON i.client_id = s.id \
             WHERE s.closed_at IS NULL",
            f
        ))
    }

    /// Clients of open cases today without a language course (not started or waiting):
    /// (German level, when a course fits, childcare needed, literacy needed, count).
    pub async fn figure_course_demand(&self, f: &FigureFilter) -> DbResult<Vec<CourseDemand>> {
        let sql = format!(
            "SELECT l, t, c, a, COUNT(*) FROM (SELECT {} AS l, {} AS t, {} AS c, {} AS a, {} AS k \
               FROM scoped s JOIN intake_sections i ON i.client_id = s.id AND i.section = 'languages' \
               WHERE s.closed_at IS NULL) x WHERE k IN ('not_started', 'waiting') GROUP BY l, t, c, a",
            self.intake_value("german_level"),
            self.intake_value("course_time"),
            self.intake_value("childcare_needed"),
            self.intake_value("literacy_needed"),
            self.intake_value("integration_course"),
        );
        Ok(scoped_query!(self, CourseDemand, sql, f))
    }

    /// Open cases today whose residence document has run out ("expired") or runs out
    /// by `until` ("soon"), from the intake's "valid until".
    pub async fn figure_permits_ending(&self, f: &FigureFilter, until: &str) -> DbResult<Counts> {
        let sql = format!(
            "SELECT CASE WHEN e < $6 THEN 'expired' ELSE 'soon' END, COUNT(*) FROM (SELECT {} AS e \
               FROM scoped s JOIN intake_sections i ON i.client_id = s.id AND i.section = 'residence' \
               WHERE s.closed_at IS NULL) x WHERE e <> '' AND e <= $7 GROUP BY 1",
            self.intake_value("document_expires_on")
        );
        Ok(scoped_query!(
            self,
            (String, i64),
            sql,
            f,
            f.today.clone(),
            until.to_string()
        ))
    }

    /// Open cases today: (living in shared accommodation, with an open housing goal).
    pub async fn figure_housing_need(&self, f: &FigureFilter) -> DbResult<(i64, i64)> {
        let sql = format!(
            "SELECT COUNT(CASE WHEN {} = 'shared_accommodation' THEN 1 END), \
               COUNT(CASE WHEN EXISTS (SELECT 1 FROM goals g WHERE g.client_id = s.id AND g.field = 'housing' \
                 AND g.status = 'open') THEN 1 END) \
             FROM scoped s LEFT JOIN intake_sections i ON i.client_id = s.id AND i.section = 'household' \
             WHERE s.closed_at IS NULL",
            self.intake_value("housing")
        );
        let rows: Vec<(i64, i64)> = scoped_query!(self, (i64, i64), sql, f);
        Ok(rows.into_iter().next().unwrap_or((0, 0)))
    }

    /// Volunteer time recorded for group sessions in the period, by shift role:
    /// (role, minutes, volunteers). Groups belong to a municipality, not to a provider,
    /// team or guide: only the county and municipality filters apply.
    pub async fn figure_volunteer_time(&self, f: &FigureFilter) -> DbResult<Vec<(String, i64, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT ss.role, CAST(SUM(ss.minutes) AS BIGINT), COUNT(DISTINCT ss.user_id) FROM shift_signups ss \
             JOIN group_sessions gs ON gs.id = ss.session_id JOIN group_offers o ON o.id = gs.group_id \
             JOIN municipalities m ON m.id = o.municipality_id \
             WHERE m.county_id = $1 AND ($2 = 0 OR o.municipality_id = $2) AND ss.cancelled_at IS NULL \
               AND ss.minutes IS NOT NULL AND gs.starts_at >= $3 AND gs.starts_at < $4 GROUP BY ss.role")
            .bind(f.county).bind(f.municipality.unwrap_or(0)).bind(f.from).bind(f.to)
            .fetch_all(pool).await?))
    }

    /// Volunteers whose latest document of a kind has run out ("expired") or runs out by
    /// `until` ("soon"), by kind: (kind, state, volunteers). County and municipality
    /// filters only, as for volunteer time.
    pub async fn figure_volunteer_documents(&self, f: &FigureFilter, until: &str) -> DbResult<Counts2> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT d.kind, CASE WHEN d.valid_until < $3 THEN 'expired' ELSE 'soon' END, COUNT(DISTINCT d.user_id) \
             FROM volunteer_documents d JOIN users u ON u.id = d.user_id \
             JOIN municipalities m ON m.id = u.municipality_id \
             WHERE m.county_id = $1 AND ($2 = 0 OR u.municipality_id = $2) AND u.role = 'volunteer' \
               AND u.disabled_at IS NULL AND d.removed_at IS NULL AND d.valid_until IS NOT NULL AND d.valid_until <= $4 \
               AND NOT EXISTS (SELECT 1 FROM volunteer_documents d2 WHERE d2.user_id = d.user_id AND d2.kind = d.kind \
                 AND d2.removed_at IS NULL AND (d2.valid_until IS NULL OR d2.valid_until > d.valid_until)) \
             GROUP BY 1, 2")
            .bind(f.county).bind(f.municipality.unwrap_or(0)).bind(f.today.clone()).bind(until.to_string())
            .fetch_all(pool).await?))
    }

    /// Cases begun in the period: how many, and how many reached a language goal within
    /// `days` of their start (the goal marked achieved by then, or closed as achieved by
    /// then).
    pub async fn figure_language_goal_within(&self, f: &FigureFilter, days: i64) -> DbResult<(i64, i64)> {
        let rows: Vec<(i64, i64)> = scoped_query!(self, (i64, i64),
            "SELECT COUNT(*), COUNT(CASE WHEN EXISTS (SELECT 1 FROM goals g WHERE g.client_id = s.id AND g.field = 'language' \
               AND ((g.status = 'achieved' AND COALESCE(g.changed_at, g.created_at) <= s.created_at + $8) \
                 OR EXISTS (SELECT 1 FROM closure_outcomes o JOIN case_closures k ON k.id = o.closure_id \
                   WHERE o.goal_id = g.id AND o.outcome = 'achieved' AND k.closed_at <= s.created_at + $8))) THEN 1 END) \
             FROM scoped s WHERE s.created_at >= $6 AND s.created_at < $7", f, f.from, f.to, days * 86_400);
        Ok(rows.into_iter().next().unwrap_or((0, 0)))
    }

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
