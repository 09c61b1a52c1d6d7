//! The integration plan (Int. B): goals per field of action, steps, the goal templates the
//! coordinator maintains, the client's confirmation and the history of every change.

use super::{now, on_pool, DbResult, Saved, Store};
use lotse_app::casework::{GoalStatus, StepStatus};
use lotse_app::domain::{ClientId, Lang, MunicipalityId, UserId};

#[derive(Clone, Debug)]
pub struct TemplateRow {
    pub id: i64,
    pub field: String,
    /// The German title (the source).
    pub title: String,
    /// The other languages' titles (code, title), where written.
    pub titles: Vec<(String, String)>,
}

impl TemplateRow {
    /// The title in `lang`, else in the first language of its fallback chain that has one.
    pub fn title(&self, lang: Lang) -> &str {
        lang.chain()
            .iter()
            .copied()
            .find_map(|l| {
                if l == Lang::DE {
                    Some(self.title.as_str())
                } else {
                    self.titles
                        .iter()
                        .find(|(c, _)| c == l.code())
                        .map(|(_, t)| t.as_str())
                }
            })
            .unwrap_or(&self.title)
    }
}

#[derive(Clone, Debug)]
pub struct NewTemplate {
    pub field: String,
    /// The German title.
    pub title: String,
    /// The other languages' titles, where written.
    pub titles: Vec<(Lang, String)>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GoalRow {
    pub id: i64,
    pub field: String,
    pub template_id: Option<i64>,
    pub title: String,
    pub review_on: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: GoalStatus,
    pub created_at: i64,
    pub version: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct StepRow {
    pub id: i64,
    pub goal_id: i64,
    pub text: String,
    pub actor: String,
    pub actor_name: Option<String>,
    pub due_on: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: StepStatus,
    pub dropped_reason: Option<String>,
    pub help_requested_at: Option<i64>,
    pub changed_at: Option<i64>,
    pub version: i64,
    /// The directory entry the step points to, if any (one of the two at most).
    pub office_id: Option<i64>,
    pub guide_id: Option<i64>,
    /// The group offer the client joined through this step (the first such place not
    /// cancelled): its id, German title and the place's status. Read for the plan tab
    /// only (`CaseFile::steps_with_groups`); empty elsewhere.
    #[sqlx(default)]
    pub group_id: Option<i64>,
    #[sqlx(default)]
    pub group_title: Option<String>,
    #[sqlx(default)]
    pub group_status: Option<String>,
}

impl StepRow {
    pub fn link(&self) -> Option<StepLink> {
        self.office_id
            .map(StepLink::Office)
            .or(self.guide_id.map(StepLink::Guide))
    }
}

/// Where a plan step leads in the directory: an office to go to, or a guide to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepLink {
    Office(i64),
    Guide(i64),
}

impl StepLink {
    /// The form value, `office:12` or `guide:3`.
    pub fn parse(raw: &str) -> Option<StepLink> {
        let (kind, id) = raw.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "office" => Some(StepLink::Office(id)),
            "guide" => Some(StepLink::Guide(id)),
            _ => None,
        }
    }

    pub fn value(self) -> String {
        match self {
            StepLink::Office(id) => format!("office:{id}"),
            StepLink::Guide(id) => format!("guide:{id}"),
        }
    }

    pub fn href(self) -> String {
        match self {
            StepLink::Office(id) => format!("/offices/{id}"),
            StepLink::Guide(id) => format!("/guides/{id}"),
        }
    }

    fn columns(link: Option<StepLink>) -> (Option<i64>, Option<i64>) {
        match link {
            Some(StepLink::Office(id)) => (Some(id), None),
            Some(StepLink::Guide(id)) => (None, Some(id)),
            None => (None, None),
        }
    }
}

/// A linked office's name or guide's title in one language (`lang` says which: the
/// reader's if published in it, else German).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LinkName {
    pub lang: String,
    pub name: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HistoryRow {
    pub at: i64,
    pub actor_name: String,
    pub change: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Clone, Debug)]
pub struct NewGoal {
    pub field: String,
    pub template_id: Option<i64>,
    pub title: String,
    pub review_on: Option<String>,
}

#[derive(Clone, Debug)]
pub struct NewStep {
    pub text: String,
    pub actor: String,
    pub actor_name: Option<String>,
    pub due_on: Option<String>,
    /// Checked by the caller to be in the client's county.
    pub link: Option<StepLink>,
}

/// Writes one history line inside a transaction. `$goal` is the goal the line is about
/// (None for the plan as a whole): the gate hides lines about goals a reader may not see.
macro_rules! history {
    ($tx:expr, $client:expr, $by:expr, $goal:expr, $change:expr, $subject:expr, $detail:expr) => {
        sqlx::query(
            "INSERT INTO plan_history (client_id, at, actor_user_id, change, subject, detail, goal_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($client)
        .bind(now())
        .bind($by)
        .bind($change)
        .bind($subject)
        .bind($detail)
        .bind($goal)
        .execute(&mut *$tx)
        .await
    };
}
pub(crate) use history;

/// The plan tab's choices (see [`Store::plan_choices`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanChoices {
    /// Goal templates: id, field, German title.
    pub templates: Vec<(i64, String, String)>,
    /// Published group offers: id, German title.
    pub groups: Vec<(i64, String)>,
}

/// A template (id, field, German title) with one of its other languages' titles.
type TemplateTitleRow = (i64, String, String, Option<String>, Option<String>);

impl Store {
    /// Active goal templates of the municipality's county, by field, each with its
    /// titles in other languages: one statement, a row per template and language (a
    /// template without translations comes once, with no language).
    pub async fn goal_templates(&self, municipality: MunicipalityId) -> DbResult<Vec<TemplateRow>> {
        let rows: Vec<TemplateTitleRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT t.id, t.field, t.title, tt.lang, tt.title \
             FROM goal_templates t JOIN municipalities m ON m.county_id = t.county_id \
             LEFT JOIN goal_template_titles tt ON tt.template_id = t.id \
             WHERE m.id = $1 AND t.retired_at IS NULL ORDER BY t.field, t.title, t.id, tt.lang")
            .bind(municipality.0).fetch_all(pool).await?);
        let mut templates: Vec<TemplateRow> = vec![];
        for (id, field, title, lang, translated) in rows {
            if templates.last().is_none_or(|t| t.id != id) {
                templates.push(TemplateRow {
                    id,
                    field,
                    title,
                    titles: vec![],
                });
            }
            if let (Some(lang), Some(translated), Some(t)) = (lang, translated, templates.last_mut()) {
                t.titles.push((lang, translated));
            }
        }
        Ok(templates)
    }

    /// What the plan tab offers to pick from: the goal templates (id, field and German
    /// title, in the order of [`Self::goal_templates`]) and the municipality's published
    /// group offers a step may point to (id and German title, by title). Without the
    /// templates' other titles: the tab read six rows per template for titles it never
    /// showed (48 rows for 8 in the demo, the tab's dearest statement on SQLite). Both
    /// lists in one statement: each statement is a hop to the connection's thread and
    /// back on SQLite and a round trip through both processes on PostgreSQL (~100 µs of
    /// the machine there), whatever little it reads.
    pub async fn plan_choices(&self, municipality: MunicipalityId) -> DbResult<PlanChoices> {
        let rows: Vec<(i64, i64, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT CAST(0 AS BIGINT) AS kind, t.id, t.field, t.title \
             FROM goal_templates t JOIN municipalities m ON m.county_id = t.county_id \
             WHERE m.id = $1 AND t.retired_at IS NULL \
             UNION ALL SELECT CAST(1 AS BIGINT), g.id, '', t.title FROM group_offers g \
             JOIN group_texts t ON t.group_id = g.id AND t.lang = 'de' AND t.status = 'published' \
             WHERE g.municipality_id = $1 \
             ORDER BY 1, 3, 4, 2")
            .bind(municipality.0).fetch_all(pool).await?);
        let mut choices = PlanChoices::default();
        for (kind, id, field, title) in rows {
            match kind {
                0 => choices.templates.push((id, field, title)),
                _ => choices.groups.push((id, title)),
            }
        }
        Ok(choices)
    }

    pub async fn goal_template(
        &self,
        municipality: MunicipalityId,
        id: i64,
    ) -> DbResult<Option<TemplateRow>> {
        Ok(self
            .goal_templates(municipality)
            .await?
            .into_iter()
            .find(|t| t.id == id))
    }

    pub async fn create_goal_template(&self, municipality: MunicipalityId, t: &NewTemplate) -> DbResult<i64> {
        let at = now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO goal_templates (county_id, field, title, created_at) \
                 SELECT county_id, $2, $3, $4 FROM municipalities WHERE id = $1 RETURNING id")
                .bind(municipality.0).bind(&t.field).bind(&t.title).bind(at)
                .fetch_one(&mut *tx).await?;
            for (lang, title) in t.titles.iter().filter(|(l, t)| *l != Lang::DE && !t.is_empty()) {
                sqlx::query("INSERT INTO goal_template_titles (template_id, lang, title) VALUES ($1, $2, $3)")
                    .bind(id).bind(lang.code()).bind(title).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            id
        }))
    }

    pub async fn retire_goal_template(&self, municipality: MunicipalityId, id: i64) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE goal_templates SET retired_at = $1 WHERE id = $2 AND retired_at IS NULL \
             AND county_id = (SELECT county_id FROM municipalities WHERE id = $3)")
            .bind(now()).bind(id).bind(municipality.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Goals created at or after `since` (handover window), by creation. Reached through
    /// [`super::case_file::CaseFile`] only, like every raw query of a case table.
    pub(super) async fn goal_rows(&self, client: ClientId, since: i64) -> DbResult<Vec<GoalRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, field, template_id, title, review_on, status, created_at, version FROM goals \
             WHERE client_id = $1 AND created_at >= $2 ORDER BY created_at, id")
            .bind(client.0).bind(since).fetch_all(pool).await?))
    }

    /// Steps of the goals created at or after `since`; without health goals' steps when
    /// `hide_health`.
    /// The steps of goals created from `since`, with the group each led to if
    /// `with_groups` (the plan tab shows it; it was a statement of its own there).
    pub(super) async fn step_rows(
        &self,
        client: ClientId,
        since: i64,
        hide_health: bool,
        with_groups: bool,
    ) -> DbResult<Vec<StepRow>> {
        let (columns, joins) = if with_groups {
            (
                ", p.group_id, t.title AS group_title, p.status AS group_status",
                "LEFT JOIN group_participants p ON p.id = (SELECT MIN(q.id) FROM group_participants q \
                   WHERE q.client_id = s.client_id AND q.plan_step_id = s.id AND q.status <> 'cancelled') \
                 LEFT JOIN group_texts t ON t.group_id = p.group_id AND t.lang = 'de'",
            )
        } else {
            ("", "")
        };
        let sql = format!(
            "SELECT s.id, s.goal_id, s.text, s.actor, s.actor_name, s.due_on, s.status, s.dropped_reason, \
             s.help_requested_at, s.changed_at, s.version, s.office_id, s.guide_id{columns} \
             FROM plan_steps s JOIN goals g ON g.id = s.goal_id {joins} \
             WHERE s.client_id = $1 AND g.created_at >= $2 AND ($3 = 0 OR g.field <> 'health') \
             ORDER BY s.due_on IS NULL, s.due_on, s.id"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(client.0).bind(since).bind(i64::from(hide_health)).fetch_all(pool).await?))
    }

    pub(super) async fn goal_count_in_field(
        &self,
        client: ClientId,
        since: i64,
        field: &str,
    ) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM goals WHERE client_id = $1 AND created_at >= $2 AND field = $3")
            .bind(client.0).bind(since).bind(field).fetch_one(pool).await?))
    }

    pub(super) async fn insert_goal(&self, client: ClientId, g: &NewGoal, by: UserId) -> DbResult<i64> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO goals (client_id, field, template_id, title, review_on, created_at, created_by, changed_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $6) RETURNING id")
                .bind(client.0).bind(&g.field).bind(g.template_id).bind(&g.title).bind(&g.review_on)
                .bind(now()).bind(by.0).fetch_one(&mut *tx).await?;
            history!(tx, client.0, by.0, Some(id), "goal-added", &g.title, &g.field)?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Adds a step to one of this client's goals inside the window (and not a health
    /// goal when `hide_health`); None for any other goal.
    pub(super) async fn insert_step(
        &self,
        client: ClientId,
        goal: i64,
        s: &NewStep,
        since: i64,
        hide_health: bool,
        by: UserId,
    ) -> DbResult<Option<i64>> {
        let (office, guide) = StepLink::columns(s.link);
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO plan_steps (goal_id, client_id, text, actor, actor_name, due_on, created_at, changed_at, \
                 office_id, guide_id) \
                 SELECT id, client_id, $3, $4, $5, $6, $7, $7, $8, $9 FROM goals WHERE id = $1 AND client_id = $2 \
                 AND created_at >= $10 AND ($11 = 0 OR field <> 'health') RETURNING id")
                .bind(goal).bind(client.0).bind(&s.text).bind(&s.actor).bind(&s.actor_name)
                .bind(&s.due_on).bind(now()).bind(office).bind(guide).bind(since).bind(i64::from(hide_health))
                .fetch_optional(&mut *tx).await?;
            if id.is_some() {
                history!(tx, client.0, by.0, Some(goal), "step-added", &s.text, s.due_on.as_deref().unwrap_or(""))?;
            }
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Sets a step's status if it is still at `expected_version`.
    pub(super) async fn update_step_status(
        &self,
        client: ClientId,
        step: i64,
        expected_version: i64,
        status: StepStatus,
        dropped_reason: Option<&str>,
        by: UserId,
    ) -> DbResult<Saved> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let text: Option<(String, i64)> = sqlx::query_as(
                "UPDATE plan_steps SET status = $1, dropped_reason = $2, \
                 done_at = CASE WHEN $1 = 'done' THEN $3 ELSE NULL END, \
                 help_requested_at = CASE WHEN $1 = 'open' THEN help_requested_at ELSE NULL END, \
                 changed_at = $3, version = version + 1 WHERE id = $4 AND client_id = $5 AND version = $6 RETURNING text, goal_id")
                .bind(status.as_str()).bind(dropped_reason).bind(at).bind(step).bind(client.0)
                .bind(expected_version)
                .fetch_optional(&mut *tx).await?;
            let Some((text, goal)): Option<(String, i64)> = text else { return Ok(Saved::Conflict) };
            let detail = match dropped_reason {
                Some(r) => format!("{status}: {r}"),
                None => status.to_string(),
            };
            history!(tx, client.0, by.0, Some(goal), "step-status", &text, &detail)?;
            tx.commit().await?;
            Ok(Saved::Done)
        })
    }

    /// Changes a goal's status or review date if it is still at `expected_version`.
    pub(super) async fn update_goal_row(
        &self,
        client: ClientId,
        goal: i64,
        expected_version: i64,
        status: GoalStatus,
        review_on: Option<&str>,
        by: UserId,
    ) -> DbResult<Saved> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let title: Option<String> = sqlx::query_scalar(
                "UPDATE goals SET status = $1, review_on = $2, version = version + 1, changed_at = $6 \
                 WHERE id = $3 AND client_id = $4 AND version = $5 RETURNING title")
                .bind(status.as_str()).bind(review_on).bind(goal).bind(client.0).bind(expected_version)
                .bind(now())
                .fetch_optional(&mut *tx).await?;
            let Some(title) = title else { return Ok(Saved::Conflict) };
            let detail = format!("{status} {}", review_on.unwrap_or(""));
            history!(tx, client.0, by.0, Some(goal), "goal-updated", &title, detail.trim())?;
            tx.commit().await?;
            Ok(Saved::Done)
        })
    }

    /// History lines at or after `since`; without lines about health goals when
    /// `hide_health`.
    pub(super) async fn history_rows(
        &self,
        client: ClientId,
        since: i64,
        hide_health: bool,
        limit: i64,
    ) -> DbResult<Vec<HistoryRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT h.at, u.display_name AS actor_name, h.change, h.subject, h.detail \
             FROM plan_history h JOIN users u ON u.id = h.actor_user_id \
             LEFT JOIN goals g ON g.id = h.goal_id \
             WHERE h.client_id = $1 AND h.at >= $2 AND ($3 = 0 OR g.field IS NULL OR g.field <> 'health') \
             ORDER BY h.at DESC, h.id DESC LIMIT $4")
            .bind(client.0).bind(since).bind(i64::from(hide_health)).bind(limit).fetch_all(pool).await?))
    }

    /// Records that the client confirmed the plan as it stands now.
    pub async fn confirm_plan(&self, client: ClientId, by: UserId) -> DbResult<()> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let last: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM plan_history WHERE client_id = $1")
                .bind(client.0).fetch_one(&mut *tx).await?;
            sqlx::query("INSERT INTO plan_confirmations (client_id, confirmed_at, user_id, history_id) VALUES ($1, $2, $3, $4)")
                .bind(client.0).bind(now()).bind(by.0).bind(last).execute(&mut *tx).await?;
            history!(tx, client.0, by.0, None::<i64>, "plan-confirmed", "", "")?;
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(())
    }

    /// When the client last confirmed the plan, and whether it changed since: one
    /// statement (the plan's pages showed it with two round trips).
    pub(super) async fn plan_confirmation_row(&self, client: ClientId) -> DbResult<Option<(i64, bool)>> {
        let row: Option<(i64, i32)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.confirmed_at, CASE WHEN EXISTS (SELECT 1 FROM plan_history h \
               WHERE h.client_id = p.client_id AND h.id > COALESCE(p.history_id, 0) \
               AND h.change <> 'plan-confirmed') THEN 1 ELSE 0 END \
             FROM plan_confirmations p WHERE p.client_id = $1 \
             ORDER BY p.confirmed_at DESC, p.id DESC LIMIT 1")
            .bind(client.0).fetch_optional(pool).await?);
        Ok(row.map(|(at, changed)| (at, changed > 0)))
    }
}
