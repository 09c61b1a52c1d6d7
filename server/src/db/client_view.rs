//! What the client's own view reads and writes: their plan in their language, ticking
//! their own steps, asking for help, confirming the plan, and what changed since their
//! last look.

use super::plan::history;
use super::{now, on_pool, DbResult, Store};
use lotse_app::casework::GoalStatus;
use lotse_app::domain::{ClientId, Lang, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClientGoalRow {
    pub id: i64,
    pub field: String,
    pub title: String,
    pub template_id: Option<i64>,
    /// The template's titles in the other languages (code, title), where written.
    #[sqlx(skip)]
    pub titles: Vec<(String, String)>,
    pub review_on: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: GoalStatus,
    pub changed_at: Option<i64>,
}

impl ClientGoalRow {
    /// The goal in the client's language: the template's translation (or its fallback
    /// chain's), else as the guide wrote it.
    pub fn title_in(&self, lang: Lang) -> &str {
        lang.chain()
            .iter()
            .copied()
            .take_while(|l| *l != Lang::DE)
            .find_map(|l| {
                self.titles
                    .iter()
                    .find(|(c, _)| c == l.code())
                    .map(|(_, t)| t.as_str())
            })
            .unwrap_or(&self.title)
    }
}

/// What a client does to one of their steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepAction {
    /// Only steps the client does themselves.
    Done,
    /// Any open step: the guide sees it on the caseload.
    NeedHelp,
}

impl Store {
    pub(super) async fn client_goal_rows(
        &self,
        client: ClientId,
        since: i64,
    ) -> DbResult<Vec<ClientGoalRow>> {
        let mut rows: Vec<ClientGoalRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT g.id, g.field, g.title, g.template_id, g.review_on, g.status, g.changed_at FROM goals g \
             WHERE g.client_id = $1 AND g.created_at >= $2 AND g.status <> 'dropped' ORDER BY g.created_at, g.id")
            .bind(client.0).bind(since).fetch_all(pool).await?);
        if rows.iter().any(|g| g.template_id.is_some()) {
            let titles: Vec<(i64, String, String)> = on_pool!(self, pool => sqlx::query_as(
                "SELECT tt.template_id, tt.lang, tt.title FROM goal_template_titles tt \
                 WHERE tt.template_id IN (SELECT g.template_id FROM goals g WHERE g.client_id = $1 \
                 AND g.created_at >= $2 AND g.status <> 'dropped')")
                .bind(client.0).bind(since).fetch_all(pool).await?);
            for g in &mut rows {
                g.titles = titles
                    .iter()
                    .filter(|(t, ..)| Some(*t) == g.template_id)
                    .map(|(_, lang, title)| (lang.clone(), title.clone()))
                    .collect();
            }
        }
        Ok(rows)
    }

    /// Applies the client's action to their own open step; false when the step is not
    /// theirs, not open, or (for "done") not one they do themselves. Repeating an
    /// action changes nothing, so a queued retry is harmless.
    pub(super) async fn client_step_row(
        &self,
        client: ClientId,
        step: i64,
        action: StepAction,
        by: UserId,
    ) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let text: Option<(String, i64)> = match action {
                StepAction::Done => sqlx::query_as(
                    "UPDATE plan_steps SET status = 'done', done_at = $1, help_requested_at = NULL, \
                     version = version + 1 WHERE id = $2 AND client_id = $3 AND actor = 'client' \
                     AND status = 'open' RETURNING text, goal_id")
                    .bind(at).bind(step).bind(client.0).fetch_optional(&mut *tx).await?,
                StepAction::NeedHelp => sqlx::query_as(
                    "UPDATE plan_steps SET help_requested_at = $1, version = version + 1 \
                     WHERE id = $2 AND client_id = $3 AND status = 'open' AND help_requested_at IS NULL \
                     RETURNING text, goal_id")
                    .bind(at).bind(step).bind(client.0).fetch_optional(&mut *tx).await?,
            };
            let Some((text, goal)) = text else { return Ok(false) };
            let change = match action {
                StepAction::Done => "client-done",
                StepAction::NeedHelp => "client-help",
            };
            history!(tx, client.0, by.0, Some(goal), change, &text, "")?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// When the client last opened their plan.
    pub(super) async fn plan_seen_row(&self, client: ClientId) -> DbResult<Option<i64>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT plan_seen_at FROM clients WHERE id = $1").bind(client.0).fetch_optional(pool).await?)
        .flatten())
    }

    /// Notes `at` as the client's last look at their plan, unless a later look is noted
    /// already (two pages loading at once, each writing after its reads, must not put an
    /// older look over a newer one: the next look would mark seen changes again).
    pub(super) async fn set_plan_seen_row(&self, client: ClientId, at: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE clients SET plan_seen_at = $1 WHERE id = $2 AND (plan_seen_at IS NULL OR plan_seen_at < $1)")
            .bind(at).bind(client.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// The client says they will come; false if the appointment is not theirs.
    pub(super) async fn confirm_appointment_row(&self, client: ClientId, appointment: i64) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE appointments SET client_confirmed_at = COALESCE(client_confirmed_at, $1) \
             WHERE id = $2 AND client_id = $3")
            .bind(now()).bind(appointment).bind(client.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Asks the guide to move an appointment (once while the request is open); false if
    /// the appointment is not the client's.
    pub(super) async fn ask_to_move_row(
        &self,
        client: ClientId,
        appointment: i64,
        reason: &str,
    ) -> DbResult<bool> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let mine: Option<i64> = sqlx::query_scalar("SELECT id FROM appointments WHERE id = $1 AND client_id = $2")
                .bind(appointment).bind(client.0).fetch_optional(&mut *tx).await?;
            if mine.is_none() {
                return Ok(false);
            }
            sqlx::query(
                "INSERT INTO client_requests (client_id, category, body, appointment_id, created_at) \
                 SELECT $1, 'move_appointment', $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM client_requests \
                 WHERE client_id = $1 AND appointment_id = $3 AND status = 'open')")
                .bind(client.0).bind(reason).bind(appointment).bind(now()).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        })
    }

    /// Appointments of this client with an open request to move them.
    pub(super) async fn move_request_rows(&self, client: ClientId) -> DbResult<Vec<i64>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT appointment_id FROM client_requests WHERE client_id = $1 AND status = 'open' \
             AND appointment_id IS NOT NULL")
            .bind(client.0).fetch_all(pool).await?))
    }

    /// Makes a new calendar link (revoking any earlier one).
    pub async fn new_calendar_token(&self, client: ClientId, token_hash: &str) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE calendar_tokens SET revoked_at = $1 WHERE client_id = $2 AND revoked_at IS NULL")
                .bind(at).bind(client.0).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO calendar_tokens (client_id, token_hash, created_at) VALUES ($1, $2, $3)")
                .bind(client.0).bind(token_hash).bind(at).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(())
    }

    pub async fn revoke_calendar_tokens(&self, client: ClientId) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE calendar_tokens SET revoked_at = $1 WHERE client_id = $2 AND revoked_at IS NULL")
            .bind(now()).bind(client.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    pub async fn has_calendar_token(&self, client: ClientId) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM calendar_tokens WHERE client_id = $1 AND revoked_at IS NULL")
            .bind(client.0).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// The client a live calendar link belongs to (whose case is still open).
    pub async fn client_by_calendar_token(&self, token_hash: &str) -> DbResult<Option<ClientId>> {
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT t.client_id FROM calendar_tokens t JOIN clients c ON c.id = t.client_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND c.closed_at IS NULL")
            .bind(token_hash).fetch_optional(pool).await?);
        Ok(id.map(ClientId))
    }
}

/// What the client's home page tells, read in one statement (on PostgreSQL every
/// statement is a round trip, and the home page is the one every client opens): a
/// renewal of their access by staff, the colleague standing in for their guide today,
/// how many answers to their requests they have not seen yet, the next step that is
/// theirs to do, the next appointment, and whether there is a plan and are dates at
/// all. The page read the whole plan and every appointment for the last four.
#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct HomeNotices {
    renewed_at: Option<i64>,
    renewed_by: Option<String>,
    deputy: Option<String>,
    deputy_phone: Option<String>,
    pub new_answers: i64,
    /// The open step the client does themselves that is due first (undated last).
    pub next_step: Option<String>,
    /// Goals (not dropped) or steps inside the window.
    pub has_plan: bool,
    next_appointment_at: Option<i64>,
    next_appointment_place: Option<String>,
    /// Appointments inside the window, of any state.
    pub has_appointments: bool,
}

impl HomeNotices {
    /// When and by whom the access was last renewed, if since the time asked for.
    pub fn access_renewed(&self) -> Option<(i64, String)> {
        self.renewed_at.zip(self.renewed_by.clone())
    }

    /// The guide's deputy today: name and phone.
    pub fn deputy(&self) -> Option<(String, Option<String>)> {
        self.deputy.clone().map(|name| (name, self.deputy_phone.clone()))
    }

    /// The first planned appointment from the instant asked for on: when, and where.
    pub fn next_appointment(&self) -> Option<(i64, String)> {
        self.next_appointment_at.zip(self.next_appointment_place.clone())
    }
}

/// The statement of [`CaseFile::home_notices`], written once (`$1` the client, `$2` the
/// renewals' start, `$3` the guide, `$4` today, `$5` the plan's window, `$6` 1 to hide
/// the special category, `$7` the appointments' window, `$8` the instant).
static HOME_NOTICES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let planned_from = "FROM appointments a WHERE a.client_id = c.id AND a.created_at >= $7 \
         AND a.status = 'planned' AND a.starts_at >= $8 ORDER BY a.starts_at, a.id LIMIT 1";
    format!(
        "SELECT CASE WHEN c.access_renewed_at >= $2 THEN c.access_renewed_at END AS renewed_at, \
         r.display_name AS renewed_by, dep.display_name AS deputy, dep.phone AS deputy_phone, \
         (SELECT COUNT(*) FROM client_requests q WHERE q.client_id = c.id AND q.answered_at IS NOT NULL \
          AND q.answer_seen_at IS NULL) AS new_answers, \
         (SELECT s.text FROM plan_steps s JOIN goals g ON g.id = s.goal_id WHERE s.client_id = c.id \
          AND g.created_at >= $5 AND ($6 = 0 OR g.field <> 'health') AND s.status = 'open' \
          AND s.actor = 'client' ORDER BY s.due_on IS NULL, s.due_on, s.id LIMIT 1) AS next_step, \
         (EXISTS (SELECT 1 FROM plan_steps s JOIN goals g ON g.id = s.goal_id WHERE s.client_id = c.id \
           AND g.created_at >= $5 AND ($6 = 0 OR g.field <> 'health')) \
          OR EXISTS (SELECT 1 FROM goals g WHERE g.client_id = c.id AND g.created_at >= $5 \
           AND g.status <> 'dropped' AND ($6 = 0 OR g.field <> 'health'))) AS has_plan, \
         (SELECT a.starts_at {planned_from}) AS next_appointment_at, \
         (SELECT a.place_name {planned_from}) AS next_appointment_place, \
         EXISTS (SELECT 1 FROM appointments a WHERE a.client_id = c.id AND a.created_at >= $7) AS has_appointments \
         FROM clients c \
         LEFT JOIN users r ON r.id = c.access_renewed_by AND c.access_renewed_at >= $2 \
         LEFT JOIN (SELECT u.display_name, u.phone FROM deputies d JOIN users u ON u.id = d.deputy_id \
          WHERE d.guide_id = $3 AND d.ended_at IS NULL AND d.starts_on <= $4 AND d.ends_on >= $4 \
          AND u.disabled_at IS NULL ORDER BY d.id DESC LIMIT 1) dep ON 1 = 1 \
         WHERE c.id = $1"
    )
});

impl super::case_file::CaseFile<'_> {
    /// [`HomeNotices`] of this client: a renewal at or after `renewed_since`, the
    /// deputy of `guide` on `today` (ISO date; none without a guide, or for an ended
    /// arrangement or a disabled deputy; the latest of overlapping ones), and the plan
    /// and appointments as [`CaseFile::steps`], [`CaseFile::client_goals`] and
    /// [`CaseFile::appointments`] would show them (the handover window, the special
    /// category), with the next appointment from `now` on. The plan and the dates are
    /// read for the client only: staff read the case file's own pages.
    pub async fn home_notices(
        &self,
        renewed_since: i64,
        guide: Option<UserId>,
        today: &str,
        now: i64,
    ) -> DbResult<HomeNotices> {
        let hide_health = i64::from(!self.sees_special_category());
        let mut notices: HomeNotices = on_pool!(self.store, pool => sqlx::query_as(HOME_NOTICES.as_str())
            .bind(self.client().0).bind(renewed_since).bind(guide.map(|g| g.0)).bind(today)
            .bind(self.since("plan")).bind(hide_health).bind(self.since("appointments")).bind(now)
            .fetch_optional(pool).await?)
        .unwrap_or_default();
        if self.access.role() != lotse_app::domain::Role::Client {
            notices.next_step = None;
            notices.has_plan = false;
            notices.next_appointment_at = None;
            notices.next_appointment_place = None;
            notices.has_appointments = false;
        }
        Ok(notices)
    }
}
