//! Complaints, suggestions and praise in the database: sending one (routed in the same
//! transaction to the handler the municipality named for its subject, never to the
//! person it is about), the handler's desk, the sender's view by account or by code, the
//! public page's check against floods, and the counts the figures and the coordinator's
//! start page need.
//!
//! Who sees a complaint is written once, in [`DESK`]: the municipality's coordinators
//! see all of it, a named handler what was routed to them, and nobody ever sees one that
//! is about themselves.

use super::{now, on_pool, DbResult, Store};
use lotse_app::complaints::{
    FeedbackAbout, FeedbackKind, FeedbackStatus, Sender, ACKNOWLEDGE_DAYS, SETTLE_DAYS,
};
use lotse_app::domain::{MunicipalityId, Role, UserId};

/// A complaint as the handler and the sender read it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ComplaintRow {
    pub id: i64,
    pub municipality_id: i64,
    #[sqlx(try_from = "String")]
    pub kind: FeedbackKind,
    #[sqlx(try_from = "String")]
    pub about: FeedbackAbout,
    pub about_text: String,
    /// The name of the staff member it is about (a client's own guide).
    pub about_name: Option<String>,
    pub body: String,
    #[sqlx(try_from = "String")]
    pub sender: Sender,
    /// Whether the sender gave their name (signed in and not anonymous).
    pub named: bool,
    pub sender_name: Option<String>,
    pub contact: String,
    pub lang: String,
    pub handler_name: Option<String>,
    #[sqlx(try_from = "String")]
    pub status: FeedbackStatus,
    pub answer: String,
    pub received_at: i64,
    pub acknowledge_by: String,
    pub settle_by: String,
    pub acknowledged_at: Option<i64>,
    pub answered_at: Option<i64>,
    pub closed_at: Option<i64>,
    pub handled_by_name: Option<String>,
    pub version: i64,
}

const SELECT: &str = "SELECT c.id, c.municipality_id, c.kind, c.about, c.about_text, a.display_name AS about_name, \
     c.body, c.sender, (c.sender_user_id IS NOT NULL) AS named, s.display_name AS sender_name, c.contact, c.lang, \
     h.display_name AS handler_name, c.status, c.answer, c.received_at, c.acknowledge_by, c.settle_by, \
     c.acknowledged_at, c.answered_at, c.closed_at, b.display_name AS handled_by_name, c.version \
     FROM complaints c LEFT JOIN users a ON a.id = c.about_user_id LEFT JOIN users s ON s.id = c.sender_user_id \
     LEFT JOIN users h ON h.id = c.handler_id LEFT JOIN users b ON b.id = c.handled_by";

/// The complaints a staff member may see: binds `$1` municipality, `$2` the reader, `$3`
/// whether they see all of the municipality's (coordinators) or only those routed to
/// them. Never one about the reader.
const DESK: &str = "c.municipality_id = $1 AND (c.about_user_id IS NULL OR c.about_user_id <> $2) \
     AND ($3 OR c.handler_id = $2)";

/// Who reads complaints, and how many of them.
#[derive(Clone, Copy, Debug)]
pub struct Desk {
    pub municipality: MunicipalityId,
    pub user: UserId,
    /// The coordinators: all of the municipality's.
    pub all: bool,
}

/// A complaint as sent.
#[derive(Clone, Debug)]
pub struct NewComplaint {
    pub municipality: MunicipalityId,
    pub kind: FeedbackKind,
    pub about: FeedbackAbout,
    pub about_text: String,
    /// The staff member it is about (a client's own guide), if known.
    pub about_user: Option<UserId>,
    pub body: String,
    pub sender: Sender,
    /// None: sent without a name.
    pub sender_user: Option<UserId>,
    pub contact: String,
    pub lang: String,
    pub code_hash: String,
    pub client_key: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sent {
    New(i64),
    /// The same post again (a retry): stored once.
    Already,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handled {
    Done,
    /// Changed meanwhile (another handler, another tab).
    Conflict,
    NotFound,
}

/// One handler named for a subject.
#[derive(Clone, Debug)]
pub struct HandlerChoice {
    pub id: i64,
    pub name: String,
    pub role: Role,
}

/// The staff who may handle complaints: not clients, volunteers or administrators of the
/// installation, and for complaints about guides no guide.
pub fn may_handle(role: Role, about: FeedbackAbout) -> bool {
    match role {
        Role::Coordinator | Role::VolunteerCoordinator | Role::DataProtection => true,
        Role::Guide => about != FeedbackAbout::Guide,
        _ => false,
    }
}

/// The day `days` after `today`, ISO.
fn days_after(today: chrono::NaiveDate, days: i64) -> String {
    (today + chrono::Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

impl Store {
    /// Stores a complaint with its handler: the one named for its subject, unless that is
    /// the person it is about (then the coordinators).
    pub async fn send_complaint(&self, c: &NewComplaint) -> DbResult<Sent> {
        let at = now();
        let today = crate::time::today();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let named: Option<i64> = sqlx::query_scalar(
                "SELECT h.user_id FROM complaint_handlers h JOIN users u ON u.id = h.user_id \
                 WHERE h.municipality_id = $1 AND h.about = $2 AND u.disabled_at IS NULL")
                .bind(c.municipality.0).bind(c.about.as_str()).fetch_optional(&mut *tx).await?;
            let handler = named.filter(|h| Some(UserId(*h)) != c.about_user);
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO complaints (municipality_id, kind, about, about_text, about_user_id, body, sender, \
                 sender_user_id, contact, lang, code_hash, client_key, handler_id, received_at, acknowledge_by, settle_by) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
                 ON CONFLICT (client_key) DO NOTHING RETURNING id")
                .bind(c.municipality.0).bind(c.kind.as_str()).bind(c.about.as_str()).bind(&c.about_text)
                .bind(c.about_user.map(|u| u.0)).bind(&c.body).bind(c.sender.as_str())
                .bind(c.sender_user.map(|u| u.0)).bind(&c.contact).bind(&c.lang).bind(&c.code_hash)
                .bind(&c.client_key).bind(handler).bind(at)
                .bind(days_after(today, ACKNOWLEDGE_DAYS)).bind(days_after(today, SETTLE_DAYS))
                .fetch_optional(&mut *tx).await?;
            tx.commit().await?;
            Ok(id.map(Sent::New).unwrap_or(Sent::Already))
        })
    }

    /// Moves a complaint `days` into the past with its deadlines and steps (the demo's
    /// history).
    pub async fn backdate_complaint(&self, id: i64, days: i64) -> DbResult<()> {
        let secs = days * 86_400;
        let row: Option<(String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT acknowledge_by, settle_by FROM complaints WHERE id = $1").bind(id).fetch_optional(pool).await?);
        let Some((ack, settle)) = row else { return Ok(()) };
        let back = |iso: &str| {
            chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d")
                .map(|d| (d - chrono::Duration::days(days)).format("%Y-%m-%d").to_string())
                .unwrap_or_else(|_| iso.to_string())
        };
        on_pool!(self, pool => sqlx::query(
            "UPDATE complaints SET received_at = received_at - $1, acknowledge_by = $2, settle_by = $3, \
             acknowledged_at = acknowledged_at - $1 + 86400, answered_at = answered_at - $1 + 3 * 86400, \
             closed_at = closed_at - $1 + 3 * 86400 WHERE id = $4")
            .bind(secs).bind(back(&ack)).bind(back(&settle)).bind(id).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// The complaint a code stands for (anyone who holds the code follows it).
    pub async fn complaint_by_code(&self, code_hash: &str) -> DbResult<Option<ComplaintRow>> {
        let sql = format!("{SELECT} WHERE c.code_hash = $1");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(code_hash).fetch_optional(pool).await?))
    }

    /// What a signed-in person sent with their name, newest first.
    pub async fn complaints_of_sender(&self, user: UserId) -> DbResult<Vec<ComplaintRow>> {
        let sql =
            format!("{SELECT} WHERE c.sender_user_id = $1 ORDER BY c.received_at DESC, c.id DESC LIMIT 50");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(user.0).fetch_all(pool).await?))
    }

    /// The desk: open ones first (oldest first), then settled ones, newest first.
    pub async fn complaint_desk(
        &self,
        desk: Desk,
        settled_too: bool,
        limit: i64,
    ) -> DbResult<Vec<ComplaintRow>> {
        let sql = format!(
            "{SELECT} WHERE {DESK} AND ($4 OR c.status <> 'closed') \
             ORDER BY CASE WHEN c.status = 'closed' THEN 1 ELSE 0 END, \
             CASE WHEN c.status = 'closed' THEN -c.received_at ELSE c.received_at END, c.id LIMIT $5"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(desk.municipality.0).bind(desk.user.0).bind(desk.all).bind(settled_too).bind(limit)
            .fetch_all(pool).await?))
    }

    pub async fn complaint(&self, desk: Desk, id: i64) -> DbResult<Option<ComplaintRow>> {
        let sql = format!("{SELECT} WHERE {DESK} AND c.id = $4");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(desk.municipality.0).bind(desk.user.0).bind(desk.all).bind(id)
            .fetch_optional(pool).await?))
    }

    /// Moves a complaint on (never back; a closed one stays as it is) with the words the
    /// sender reads; `version` is the one the handler's form was opened with. The first time it reaches a step, the step's
    /// time is kept (the figures count how long each took).
    pub async fn handle_complaint(
        &self,
        desk: Desk,
        id: i64,
        version: i64,
        status: FeedbackStatus,
        answer: &str,
    ) -> DbResult<Handled> {
        let at = now();
        let step = |s: FeedbackStatus| status.rank() >= s.rank();
        let sql = format!(
            "UPDATE complaints SET status = $4, answer = $5, handled_by = $2, version = version + 1, \
             acknowledged_at = COALESCE(acknowledged_at, CASE WHEN $6 THEN $9 END), \
             answered_at = COALESCE(answered_at, CASE WHEN $7 THEN $9 END), \
             closed_at = COALESCE(closed_at, CASE WHEN $8 THEN $9 END) \
             WHERE id = $10 AND version = $11 AND status <> 'closed' \
             AND id IN (SELECT c.id FROM complaints c WHERE {DESK})"
        );
        on_pool!(self, pool => {
            let changed = sqlx::query(&sql)
                .bind(desk.municipality.0).bind(desk.user.0).bind(desk.all).bind(status.as_str()).bind(answer)
                .bind(step(FeedbackStatus::Acknowledged)).bind(step(FeedbackStatus::Answered))
                .bind(step(FeedbackStatus::Closed)).bind(at).bind(id).bind(version)
                .execute(pool).await?.rows_affected();
            if changed > 0 {
                return Ok(Handled::Done);
            }
            let sql = format!("SELECT COUNT(*) FROM complaints c WHERE {DESK} AND c.id = $4");
            let exists: i64 = sqlx::query_scalar(&sql)
                .bind(desk.municipality.0).bind(desk.user.0).bind(desk.all).bind(id).fetch_one(pool).await?;
            Ok(if exists > 0 { Handled::Conflict } else { Handled::NotFound })
        })
    }

    /// Open complaints on the desk and those of them that are late on `today` (ISO).
    pub async fn complaints_due(&self, desk: Desk, today: &str) -> DbResult<(i64, i64)> {
        let sql = format!(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN (c.status = 'received' AND c.acknowledge_by < $4) \
             OR (c.status IN ('received', 'acknowledged') AND c.settle_by < $4) THEN 1 ELSE 0 END), 0) \
             FROM complaints c WHERE {DESK} AND c.status <> 'closed'"
        );
        let (open, late): (i64, i64) = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(desk.municipality.0).bind(desk.user.0).bind(desk.all).bind(today)
            .fetch_one(pool).await?);
        Ok((open, late))
    }

    /// The handler named for each subject: (subject, user id).
    pub async fn complaint_handlers(&self, municipality: MunicipalityId) -> DbResult<Vec<(String, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT about, user_id FROM complaint_handlers WHERE municipality_id = $1")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// Active staff of the municipality who may be named as handlers.
    pub async fn complaint_handler_choices(
        &self,
        municipality: MunicipalityId,
    ) -> DbResult<Vec<HandlerChoice>> {
        let rows: Vec<(i64, String, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, display_name, role FROM users WHERE municipality_id = $1 AND disabled_at IS NULL \
             AND role IN ('guide', 'coordinator', 'volunteer_coordinator', 'data_protection') ORDER BY display_name, id")
            .bind(municipality.0).fetch_all(pool).await?);
        Ok(rows
            .into_iter()
            .filter_map(|(id, name, role)| {
                Some(HandlerChoice {
                    id,
                    name,
                    role: Role::parse(&role)?,
                })
            })
            .collect())
    }

    /// Names the handlers, one per subject (None: the coordinators). The caller checked
    /// each against [`complaint_handler_choices`](Self::complaint_handler_choices) and
    /// [`may_handle`]. Complaints already received keep their handler.
    pub async fn set_complaint_handlers(
        &self,
        municipality: MunicipalityId,
        handlers: &[(FeedbackAbout, Option<UserId>)],
    ) -> DbResult<()> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for (about, user) in handlers {
                sqlx::query("DELETE FROM complaint_handlers WHERE municipality_id = $1 AND about = $2")
                    .bind(municipality.0).bind(about.as_str()).execute(&mut *tx).await?;
                if let Some(u) = user {
                    sqlx::query("INSERT INTO complaint_handlers (municipality_id, about, user_id) VALUES ($1, $2, $3)")
                        .bind(municipality.0).bind(about.as_str()).bind(u.0).execute(&mut *tx).await?;
                }
            }
            tx.commit().await?;
            Ok(())
        })
    }
}

/// One complaint as the figures count it: kind, subject, and days to acknowledge and to
/// settle (None while not yet), nothing else.
pub type ComplaintFigure = (String, String, Option<i64>, Option<i64>);

impl Store {
    /// The complaints received in the figure's period in its county or municipality. The
    /// team, provider and guide filters do not narrow them: complaints belong to the
    /// municipality, and a complaint about one guide is never counted under their name.
    pub async fn figure_complaints(
        &self,
        f: &super::figures::FigureFilter,
    ) -> DbResult<Vec<ComplaintFigure>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT c.kind, c.about, (c.acknowledged_at - c.received_at) / 86400, \
             (COALESCE(c.answered_at, c.closed_at) - c.received_at) / 86400 \
             FROM complaints c JOIN municipalities m ON m.id = c.municipality_id \
             WHERE m.county_id = $1 AND ($2 = 0 OR c.municipality_id = $2) \
             AND c.received_at >= $3 AND c.received_at < $4")
            .bind(f.county).bind(f.municipality.unwrap_or(0)).bind(f.from).bind(f.to)
            .fetch_all(pool).await?))
    }
}
