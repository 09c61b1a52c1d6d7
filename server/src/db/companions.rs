//! One-to-one volunteering: mentoring pairs, accompaniment to an appointment, rides.
//!
//! Two ways in, and no third:
//! - **staff** reach tasks through the case gate ([`CaseFile`]), as part of the
//!   appointments area: the handover window, the special-category rule (a task made from
//!   a health appointment is the own guide's only) and the access log apply;
//! - **a volunteer** reaches only the tasks they were asked for or hold, through
//!   [`VOLUNTEER_SEES`], and only the columns [`VolunteerTaskRow`] names: the client's
//!   first name (once they accepted), time, place, language, what to bring. The
//!   condition also ends their view when the task ends, the case closes or is
//!   restricted, or the client's consent (purpose `companion`) is revoked.

use super::case_file::CaseFile;
use super::{now, on_pool, DbResult, Store};
use lotse_app::companions::{Candidate, CompanionAnswer, CompanionKind, CompanionStatus, AFTER_DAYS};
use lotse_app::domain::{MunicipalityId, UserId};

/// The consent purpose a task needs (see `CONSENT_PURPOSES`).
pub const CONSENT_PURPOSE: &str = "companion";

/// A task as the guide sees it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TaskRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: CompanionKind,
    pub appointment_id: Option<i64>,
    pub health: bool,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub district_id: Option<i64>,
    pub district: Option<String>,
    pub language: String,
    pub skill: Option<String>,
    pub bring: String,
    pub checkin_days: Option<i64>,
    pub ends_on: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: CompanionStatus,
    pub volunteer_id: Option<i64>,
    pub volunteer_name: Option<String>,
    pub matched_at: Option<i64>,
    /// The latest meeting or check-in (ISO date), and whether it asked for a call.
    pub last_met_on: Option<String>,
    pub call_me: Option<bool>,
    pub version: i64,
}

/// Whom the guide asked and what they said.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AskRow {
    pub volunteer_id: i64,
    pub name: String,
    pub asked_at: i64,
    pub answer: Option<String>,
}

/// A meeting or check-in of a task.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MeetingRow {
    pub met_on: String,
    pub minutes: i64,
    pub call_me: bool,
}

/// What a new task holds.
#[derive(Clone, Debug)]
pub struct NewTask {
    pub kind: CompanionKind,
    pub appointment_id: Option<i64>,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub district_id: Option<i64>,
    pub language: String,
    pub skill: Option<String>,
    pub bring: String,
    pub checkin_days: Option<i64>,
    pub ends_on: Option<String>,
}

/// A task as a volunteer sees it: these columns and no others.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct VolunteerTaskRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: CompanionKind,
    pub starts_at: i64,
    pub minutes: i64,
    pub place: String,
    pub district: Option<String>,
    pub language: String,
    pub bring: String,
    pub checkin_days: Option<i64>,
    pub ends_on: Option<String>,
    /// Matched to this volunteer (else: asked, waiting for the answer).
    pub mine: bool,
    /// The client's first name: only once the volunteer accepted.
    pub first_name: Option<String>,
    /// The guide who asked, to call with questions.
    pub guide_name: String,
    pub guide_phone: Option<String>,
}

/// A companion as the client sees them: the volunteer's first name.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CompanionOfClient {
    #[sqlx(try_from = "String")]
    pub kind: CompanionKind,
    pub appointment_id: Option<i64>,
    pub starts_at: i64,
    pub volunteer_name: String,
}

/// Hours from one-to-one tasks.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CompanionHoursRow {
    pub id: i64,
    pub kind: String,
    pub met_on: String,
    pub minutes: i64,
}

/// What answering an ask did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answered {
    Matched,
    Declined,
    /// No longer open to this volunteer (someone else accepted, cancelled, ended).
    Gone,
}

/// The condition under which volunteer `$1` sees task `t` (at time `$2`): asked and
/// still open, or matched to them and running; the case open and in everyday work; the
/// client's consent to share standing. A single task leaves the view [`AFTER_DAYS`]
/// after its time.
const VOLUNTEER_SEES: &str = "((t.status = 'open' AND EXISTS (SELECT 1 FROM companion_asks k \
       WHERE k.task_id = t.id AND k.volunteer_id = $1 AND k.answer IS NULL)) \
     OR (t.status = 'matched' AND t.volunteer_id = $1)) \
     AND (t.kind = 'mentoring' OR t.starts_at > $2 - 86400 * $3) \
     AND EXISTS (SELECT 1 FROM everyday_clients c WHERE c.id = t.client_id AND c.closed_at IS NULL) \
     AND EXISTS (SELECT 1 FROM consents n WHERE n.client_id = t.client_id AND n.purpose = 'companion' \
       AND n.revoked_on IS NULL)";

const TASK_SELECT: &str = "SELECT t.id, t.kind, t.appointment_id, t.health, t.starts_at, t.minutes, t.place, \
     t.district_id, d.name AS district, t.language, t.skill, t.bring, t.checkin_days, t.ends_on, t.status, \
     t.volunteer_id, v.display_name AS volunteer_name, t.matched_at, \
     (SELECT MAX(m.met_on) FROM companion_meetings m WHERE m.task_id = t.id) AS last_met_on, \
     (SELECT m.call_me FROM companion_meetings m WHERE m.task_id = t.id ORDER BY m.met_on DESC, m.id DESC LIMIT 1) \
       AS call_me, t.version \
     FROM companion_tasks t LEFT JOIN districts d ON d.id = t.district_id LEFT JOIN users v ON v.id = t.volunteer_id";

/// The first word of a display name: what a client learns of their companion.
pub fn first_name(display_name: &str) -> String {
    display_name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

impl CaseFile<'_> {
    /// Tasks of this client the reader may see: inside the handover window for the
    /// appointments area, health ones only for those who see special-category data.
    pub async fn companion_tasks(&self) -> DbResult<Vec<TaskRow>> {
        self.read("appointments").await?;
        let sql = format!(
            "{TASK_SELECT} WHERE t.client_id = $1 AND t.created_at >= $2 AND (t.health = FALSE OR $3) \
             ORDER BY t.status IN ('ended', 'cancelled'), t.starts_at DESC, t.id DESC"
        );
        Ok(on_pool!(self.store, pool => sqlx::query_as(&sql)
            .bind(self.client().0).bind(self.since("appointments")).bind(self.sees_special_category())
            .fetch_all(pool).await?))
    }

    pub async fn companion_task(&self, id: i64) -> DbResult<Option<TaskRow>> {
        Ok(self.companion_tasks().await?.into_iter().find(|t| t.id == id))
    }

    /// Whom the guide asked for a task of this client.
    pub async fn companion_asks(&self, task: i64) -> DbResult<Vec<AskRow>> {
        if self.companion_task(task).await?.is_none() {
            return Ok(vec![]);
        }
        Ok(on_pool!(self.store, pool => sqlx::query_as(
            "SELECT k.volunteer_id, u.display_name AS name, k.asked_at, k.answer FROM companion_asks k \
             JOIN users u ON u.id = k.volunteer_id WHERE k.task_id = $1 ORDER BY k.asked_at, u.display_name")
            .bind(task).fetch_all(pool).await?))
    }

    pub async fn companion_meetings(&self, task: i64) -> DbResult<Vec<MeetingRow>> {
        if self.companion_task(task).await?.is_none() {
            return Ok(vec![]);
        }
        Ok(on_pool!(self.store, pool => sqlx::query_as(
            "SELECT met_on, minutes, call_me FROM companion_meetings WHERE task_id = $1 ORDER BY met_on DESC, id DESC")
            .bind(task).fetch_all(pool).await?))
    }

    /// Does a consent to share with a companion stand (visible to this reader)?
    pub async fn has_companion_consent(&self) -> DbResult<bool> {
        Ok(self
            .consents()
            .await?
            .iter()
            .any(|c| c.purpose == CONSENT_PURPOSE && c.revoked_on.is_none()))
    }

    /// Opens a task. The appointment, if named, must be one this reader sees in full;
    /// a health appointment makes the task special-category. None: no such appointment.
    pub async fn add_companion_task(
        &self,
        t: &NewTask,
        municipality: MunicipalityId,
    ) -> DbResult<Option<i64>> {
        let health = match t.appointment_id {
            Some(a) => match self.appointment(a).await? {
                Some(row) if !row.health || self.sees_special_category() => row.health,
                _ => return Ok(None),
            },
            None => false,
        };
        let at = now();
        let id: i64 = on_pool!(self.store, pool => sqlx::query_scalar(
            "INSERT INTO companion_tasks (client_id, municipality_id, kind, appointment_id, health, starts_at, minutes, \
             place, district_id, language, skill, bring, checkin_days, ends_on, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id")
            .bind(self.client().0).bind(municipality.0).bind(t.kind.as_str()).bind(t.appointment_id).bind(health)
            .bind(t.starts_at).bind(t.minutes).bind(&t.place).bind(t.district_id).bind(&t.language)
            .bind(t.skill.as_deref()).bind(&t.bring).bind(t.checkin_days).bind(t.ends_on.as_deref())
            .bind(self.access.actor().0).bind(at).fetch_one(pool).await?);
        self.wrote("appointments").await?;
        Ok(Some(id))
    }

    /// Asks a volunteer of the municipality for an open task. False: no such open task
    /// here, or not a volunteer of the municipality.
    pub async fn ask_companion(&self, task: i64, volunteer: UserId) -> DbResult<bool> {
        match self.companion_task(task).await? {
            Some(t) if t.status == CompanionStatus::Open => {}
            _ => return Ok(false),
        }
        let at = now();
        let rows = on_pool!(self.store, pool => sqlx::query(
            "INSERT INTO companion_asks (task_id, volunteer_id, asked_by, asked_at) \
             SELECT $1, u.id, $2, $3 FROM users u JOIN companion_tasks t ON t.id = $1 \
             WHERE u.id = $4 AND u.role = 'volunteer' AND u.disabled_at IS NULL \
             AND u.municipality_id = t.municipality_id \
             ON CONFLICT (task_id, volunteer_id) DO NOTHING")
            .bind(task).bind(self.access.actor().0).bind(at).bind(volunteer.0).execute(pool).await?.rows_affected());
        if rows > 0 {
            self.wrote("appointments").await?;
        }
        Ok(rows > 0)
    }

    /// Ends a matched task or cancels an open one, at the version the guide saw.
    pub async fn close_companion_task(&self, task: i64, version: i64) -> DbResult<super::case_file::Written> {
        use super::case_file::Written;
        let Some(t) = self.companion_task(task).await? else {
            return Ok(Written::NotFound);
        };
        let to = match t.status {
            CompanionStatus::Open => CompanionStatus::Cancelled,
            CompanionStatus::Matched => CompanionStatus::Ended,
            _ => return Ok(Written::Conflict),
        };
        let at = now();
        let rows = on_pool!(self.store, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE companion_tasks SET status = $1, ended_at = $2, version = version + 1 \
                 WHERE id = $3 AND client_id = $4 AND version = $5")
                .bind(to.as_str()).bind(at).bind(task).bind(self.client().0).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                // Changed meanwhile: nothing of it is written.
                tx.rollback().await?;
                return Ok(Written::Conflict);
            }
            sqlx::query("UPDATE companion_asks SET answer = 'withdrawn', answered_at = $1 WHERE task_id = $2 AND answer IS NULL")
                .bind(at).bind(task).execute(&mut *tx).await?;
            tx.commit().await?;
            rows
        });
        debug_assert!(rows > 0);
        self.wrote("appointments").await?;
        Ok(Written::Saved)
    }

    /// The client's running companions (for their own pages): first names only.
    pub async fn companions_of_client(&self) -> DbResult<Vec<CompanionOfClient>> {
        let rows: Vec<(String, Option<i64>, i64, String)> = on_pool!(self.store, pool => sqlx::query_as(
            "SELECT t.kind, t.appointment_id, t.starts_at, u.display_name FROM companion_tasks t \
             JOIN users u ON u.id = t.volunteer_id WHERE t.client_id = $1 AND t.status = 'matched' \
             ORDER BY t.starts_at")
            .bind(self.client().0).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .filter_map(|(kind, appointment_id, starts_at, name)| {
                Some(CompanionOfClient {
                    kind: CompanionKind::parse(&kind)?,
                    appointment_id,
                    starts_at,
                    volunteer_name: first_name(&name),
                })
            })
            .collect())
    }
}

impl Store {
    /// The municipality's volunteers as candidates for task `task` (see
    /// `lotse_app::companions::propose`). `on` is the task's date (ISO): the police
    /// certificate must be valid then.
    pub async fn companion_candidates(
        &self,
        municipality: MunicipalityId,
        task: i64,
        starts_at: i64,
        minutes: i64,
        on: &str,
    ) -> DbResult<Vec<Candidate>> {
        type Row = (i64, String, String, String, String, String, bool, bool, bool, i64);
        let end = starts_at + minutes * 60;
        let rows: Vec<Row> = on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id, u.display_name, COALESCE(p.languages, ''), COALESCE(p.skills, ''), \
             COALESCE(p.availability, ''), COALESCE(p.districts, ''), \
             EXISTS (SELECT 1 FROM volunteer_documents d WHERE d.user_id = u.id AND d.kind = 'police_certificate' \
               AND d.removed_at IS NULL AND (d.valid_until IS NULL OR d.valid_until >= $2)), \
             EXISTS (SELECT 1 FROM companion_tasks b WHERE b.volunteer_id = u.id AND b.status = 'matched' \
               AND b.kind <> 'mentoring' AND b.id <> $3 AND b.starts_at < $5 AND b.starts_at + b.minutes * 60 > $4), \
             EXISTS (SELECT 1 FROM companion_asks k WHERE k.task_id = $3 AND k.volunteer_id = u.id \
               AND k.answer = 'declined'), \
             (SELECT COUNT(*) FROM companion_tasks a WHERE a.volunteer_id = u.id AND a.status = 'matched') \
             FROM users u LEFT JOIN volunteer_profiles p ON p.user_id = u.id \
             WHERE u.role = 'volunteer' AND u.municipality_id = $1 AND u.disabled_at IS NULL \
             AND u.password_hash IS NOT NULL ORDER BY u.display_name, u.id")
            .bind(municipality.0).bind(on).bind(task).bind(starts_at).bind(end).fetch_all(pool).await?);
        let words = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        Ok(rows
            .into_iter()
            .map(
                |(user, name, languages, skills, slots, districts, certified, busy, declined, active)| {
                    Candidate {
                        user,
                        name,
                        languages: words(&languages),
                        skills: words(&skills),
                        slots: words(&slots),
                        districts: districts
                            .split_whitespace()
                            .filter_map(|d| d.parse().ok())
                            .collect(),
                        certified,
                        busy,
                        declined,
                        active_tasks: active,
                    }
                },
            )
            .collect())
    }

    /// The tasks volunteer `user` was asked for or holds, as they may see them.
    pub async fn volunteer_tasks(&self, user: UserId) -> DbResult<Vec<VolunteerTaskRow>> {
        let sql = format!(
            "SELECT t.id, t.kind, t.starts_at, t.minutes, t.place, d.name AS district, t.language, t.bring, \
             t.checkin_days, t.ends_on, t.status = 'matched' AS mine, \
             CASE WHEN t.status = 'matched' THEN c.first_name END AS first_name, \
             g.display_name AS guide_name, g.phone AS guide_phone \
             FROM companion_tasks t JOIN clients c ON c.id = t.client_id JOIN users g ON g.id = t.created_by \
             LEFT JOIN districts d ON d.id = t.district_id WHERE {VOLUNTEER_SEES} ORDER BY t.starts_at, t.id"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(user.0).bind(now()).bind(AFTER_DAYS).fetch_all(pool).await?))
    }

    pub async fn volunteer_task(&self, user: UserId, task: i64) -> DbResult<Option<VolunteerTaskRow>> {
        Ok(self
            .volunteer_tasks(user)
            .await?
            .into_iter()
            .find(|t| t.id == task))
    }

    /// The volunteer's answer to an ask. Accepting matches the task to them if it is
    /// still open (the first to accept wins; the other asks are withdrawn).
    pub async fn answer_companion(&self, user: UserId, task: i64, accept: bool) -> DbResult<Answered> {
        let at = now();
        // Each answer starts with its write, and the write checks the task is still open
        // and theirs to answer: of two volunteers accepting at once, the second updates
        // no row (PostgreSQL re-reads the row after the first commits; SQLite takes its
        // write lock before it reads, so it never has to upgrade a read).
        let visible = format!("id IN (SELECT t.id FROM companion_tasks t WHERE t.id = $4 AND t.status = 'open' AND {VOLUNTEER_SEES})");
        if !accept {
            let sql = format!(
                "UPDATE companion_asks SET answer = 'declined', answered_at = $2 \
                 WHERE task_id = $4 AND volunteer_id = $1 AND answer IS NULL AND task_id IN \
                 (SELECT id FROM companion_tasks WHERE {visible})"
            );
            let rows = on_pool!(self, pool => sqlx::query(&sql)
                .bind(user.0).bind(at).bind(AFTER_DAYS).bind(task).execute(pool).await?.rows_affected());
            return Ok(if rows > 0 {
                Answered::Declined
            } else {
                Answered::Gone
            });
        }
        let sql = format!(
            "UPDATE companion_tasks SET status = 'matched', volunteer_id = $1, matched_at = $2, version = version + 1 \
             WHERE id = $4 AND status = 'open' AND {visible}"
        );
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(&sql).bind(user.0).bind(at).bind(AFTER_DAYS).bind(task)
                .execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                tx.rollback().await?;
                return Ok(Answered::Gone);
            }
            sqlx::query("UPDATE companion_asks SET answer = CASE WHEN volunteer_id = $1 THEN 'accepted' ELSE 'withdrawn' END, \
                         answered_at = $2 WHERE task_id = $3 AND answer IS NULL")
                .bind(user.0).bind(at).bind(task).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Answered::Matched)
        })
    }

    /// Records a meeting (time spent, and for a mentoring pair the check-in) on a task
    /// the volunteer holds. A single task ends with it. False: not theirs or not running.
    pub async fn record_companion_meeting(
        &self,
        user: UserId,
        task: i64,
        met_on: &str,
        minutes: i64,
        call_me: bool,
    ) -> DbResult<bool> {
        let Some(t) = self.volunteer_task(user, task).await? else {
            return Ok(false);
        };
        if !t.mine {
            return Ok(false);
        }
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO companion_meetings (task_id, volunteer_id, kind, met_on, minutes, call_me, recorded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)")
                .bind(task).bind(user.0).bind(t.kind.as_str()).bind(met_on).bind(minutes).bind(call_me).bind(at)
                .execute(&mut *tx).await?;
            if t.kind.is_single() {
                sqlx::query("UPDATE companion_tasks SET status = 'ended', ended_at = $1, version = version + 1 \
                             WHERE id = $2 AND status = 'matched'")
                    .bind(at).bind(task).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(true)
    }

    /// The volunteer's hours from one-to-one tasks, between two ISO dates (end excluded).
    pub async fn companion_hours(
        &self,
        user: UserId,
        from: &str,
        to: &str,
    ) -> DbResult<Vec<CompanionHoursRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, kind, met_on, minutes FROM companion_meetings WHERE volunteer_id = $1 \
             AND met_on >= $2 AND met_on < $3 ORDER BY met_on DESC, id DESC")
            .bind(user.0).bind(from).bind(to).fetch_all(pool).await?))
    }

    /// The janitor: single tasks whose time is [`AFTER_DAYS`] past end (open ones are
    /// cancelled); asks still unanswered are withdrawn. Returns how many ended.
    pub async fn end_past_companion_tasks(&self) -> DbResult<u64> {
        let at = now();
        let before = at - 86400 * AFTER_DAYS;
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE companion_tasks SET status = CASE WHEN status = 'open' THEN 'cancelled' ELSE 'ended' END, \
                 ended_at = $1, version = version + 1 \
                 WHERE kind <> 'mentoring' AND status IN ('open', 'matched') AND starts_at <= $2")
                .bind(at).bind(before).execute(&mut *tx).await?.rows_affected();
            sqlx::query("UPDATE companion_asks SET answer = $2, answered_at = $1 WHERE answer IS NULL \
                         AND task_id IN (SELECT id FROM companion_tasks WHERE status IN ('ended', 'cancelled'))")
                .bind(at).bind(CompanionAnswer::Withdrawn.as_str()).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(rows)
        })
    }
}

/// A task as the municipality's volunteer coordination sees it: no client, no place,
/// nothing to bring; who holds it and how many were asked.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct OverviewRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub kind: CompanionKind,
    #[sqlx(try_from = "String")]
    pub status: CompanionStatus,
    pub starts_at: i64,
    pub district: Option<String>,
    pub language: String,
    pub volunteer_name: Option<String>,
    pub asked: i64,
    pub declined: i64,
}

impl Store {
    /// The municipality's running tasks and those ended since `since`, for planning
    /// volunteers: open ones first (someone must be found), then by time.
    pub async fn companion_overview(
        &self,
        municipality: MunicipalityId,
        since: i64,
    ) -> DbResult<Vec<OverviewRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT t.id, t.kind, t.status, t.starts_at, d.name AS district, t.language, \
             v.display_name AS volunteer_name, \
             (SELECT COUNT(*) FROM companion_asks k WHERE k.task_id = t.id) AS asked, \
             (SELECT COUNT(*) FROM companion_asks k WHERE k.task_id = t.id AND k.answer = 'declined') AS declined \
             FROM companion_tasks t JOIN everyday_clients c ON c.id = t.client_id \
             LEFT JOIN districts d ON d.id = t.district_id LEFT JOIN users v ON v.id = t.volunteer_id \
             WHERE t.municipality_id = $1 AND (t.status IN ('open', 'matched') OR t.ended_at >= $2) \
             ORDER BY t.status <> 'open', t.starts_at, t.id")
            .bind(municipality.0).bind(since).fetch_all(pool).await?))
    }
}
