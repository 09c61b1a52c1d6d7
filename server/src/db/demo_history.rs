//! The demo's past: cases that began and ended over the last two years, written with the
//! instants they happened at (the case file's own writes always say "now"). Only the demo
//! (`LOTSE_DEMO=1`) writes these; the figures have something to say on the first visit.

use super::{on_pool, DbResult, Store};

/// A guide the history hands cases to: (user, team, municipality).
pub type Seat = (i64, i64, i64);

/// One past case, all instants Unix seconds.
#[derive(Clone, Debug)]
pub struct PastCase {
    pub first_name: String,
    pub last_name: String,
    pub lang: String,
    pub login_number: String,
    pub seat: Seat,
    pub opened: i64,
    /// (field, title, agreed at, status now)
    pub goals: Vec<(String, String, i64, String)>,
    /// A step per goal, due on this ISO date, done at this instant (if done).
    pub step_due: String,
    pub step_done: Option<i64>,
    pub help_requested: Option<i64>,
    pub confirmed: Option<i64>,
    /// (service, status, sent, last changed)
    pub referrals: Vec<(String, String, i64, i64)>,
    /// (starts, status, interpreter language)
    pub appointments: Vec<(i64, String, Option<String>)>,
    /// (category, sent, answered)
    pub requests: Vec<(String, i64, Option<i64>)>,
    /// (closed at, reason, outcome per goal in order)
    pub closed: Option<(i64, String, Vec<String>)>,
    /// ISO date of birth.
    pub birth_date: String,
    /// Intake sections: (section, JSON object of field -> value).
    pub intake: Vec<(String, String)>,
    /// Children in the household, by school or Kita status.
    pub children: Vec<String>,
}

impl Store {
    /// The guides of the demo (with a team), in the order they were made.
    pub async fn demo_seats(&self) -> DbResult<Vec<Seat>> {
        Ok(on_pool!(self, pool => sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT id, team_id, municipality_id FROM users \
             WHERE role = 'guide' AND team_id IS NOT NULL AND municipality_id IS NOT NULL ORDER BY id")
            .fetch_all(pool).await?))
    }

    /// Writes past cases in one transaction.
    pub async fn write_past_cases(&self, cases: &[PastCase]) -> DbResult<()> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for c in cases {
                let (guide, team, municipality) = c.seat;
                let user: i64 = sqlx::query_scalar(
                    "INSERT INTO users (role, display_name, login_number, municipality_id, lang, created_at) \
                     VALUES ('client', $1, $2, $3, $4, $5) RETURNING id")
                    .bind(format!("{} {}", c.first_name, c.last_name)).bind(&c.login_number)
                    .bind(municipality).bind(&c.lang).bind(c.opened).fetch_one(&mut *tx).await?;
                let closed_at = c.closed.as_ref().map(|k| k.0);
                let client: i64 = sqlx::query_scalar(
                    "INSERT INTO clients (user_id, municipality_id, first_name, last_name, preferred_lang, languages, created_at, closed_at) \
                     VALUES ($1, $2, $3, $4, $5, $5, $6, $7) RETURNING id")
                    .bind(user).bind(municipality).bind(&c.first_name).bind(&c.last_name).bind(&c.lang)
                    .bind(c.opened).bind(closed_at).fetch_one(&mut *tx).await?;
                sqlx::query("UPDATE clients SET birth_date = $1 WHERE id = $2")
                    .bind(&c.birth_date).bind(client).execute(&mut *tx).await?;
                for (section, data) in &c.intake {
                    sqlx::query(
                        "INSERT INTO intake_sections (client_id, section, data, version, updated_at, updated_by) \
                         VALUES ($1, $2, $3, 1, $4, $5)")
                        .bind(client).bind(section).bind(data).bind(c.opened).bind(guide).execute(&mut *tx).await?;
                }
                for (i, status) in c.children.iter().enumerate() {
                    sqlx::query(
                        "INSERT INTO household_members (client_id, first_name, relation, school_status, created_at) \
                         VALUES ($1, $2, 'child', $3, $4)")
                        .bind(client).bind(format!("Kind {}", i + 1)).bind(status).bind(c.opened)
                        .execute(&mut *tx).await?;
                }
                sqlx::query("INSERT INTO assignments (client_id, guide_id, team_id, started_at, ended_at) VALUES ($1, $2, $3, $4, $5)")
                    .bind(client).bind(guide).bind(team).bind(c.opened).bind(closed_at).execute(&mut *tx).await?;
                let mut goals = vec![];
                for (field, title, at, status) in &c.goals {
                    let g: i64 = sqlx::query_scalar(
                        "INSERT INTO goals (client_id, field, title, status, created_at, created_by) \
                         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id")
                        .bind(client).bind(field).bind(title).bind(status).bind(at).bind(guide)
                        .fetch_one(&mut *tx).await?;
                    let step_status = if c.step_done.is_some() { "done" } else { "open" };
                    sqlx::query(
                        "INSERT INTO plan_steps (goal_id, client_id, text, actor, due_on, status, done_at, help_requested_at, created_at) \
                         VALUES ($1, $2, 'Anmeldung abgeben', 'client', $3, $4, $5, $6, $7)")
                        .bind(g).bind(client).bind(&c.step_due).bind(step_status).bind(c.step_done)
                        .bind(c.help_requested).bind(at).execute(&mut *tx).await?;
                    goals.push(g);
                }
                if let Some(at) = c.confirmed {
                    sqlx::query("INSERT INTO plan_confirmations (client_id, confirmed_at, user_id) VALUES ($1, $2, $3)")
                        .bind(client).bind(at).bind(user).execute(&mut *tx).await?;
                }
                for (service, status, sent, changed) in &c.referrals {
                    sqlx::query(
                        "INSERT INTO referrals (client_id, created_by, service, recipient, reason, status, created_at, updated_at) \
                         VALUES ($1, $2, $3, $4, 'Erstberatung', $5, $6, $7)")
                        .bind(client).bind(guide).bind(service).bind(service).bind(status).bind(sent).bind(changed)
                        .execute(&mut *tx).await?;
                }
                for (starts, status, lang) in &c.appointments {
                    sqlx::query(
                        "INSERT INTO appointments (client_id, created_by, starts_at, duration_minutes, with_kind, place_name, \
                           interpreter_lang, status, created_at) VALUES ($1, $2, $3, 60, 'guide', 'Beratungsbüro', $4, $5, $6)")
                        .bind(client).bind(guide).bind(starts).bind(lang).bind(status).bind(c.opened)
                        .execute(&mut *tx).await?;
                }
                for (category, sent, answered) in &c.requests {
                    sqlx::query(
                        "INSERT INTO client_requests (client_id, category, body, status, created_at, answered_at, answered_by, answer) \
                         VALUES ($1, $2, 'Frage', $3, $4, $5, $6, $7)")
                        .bind(client).bind(category).bind(if answered.is_some() { "answered" } else { "open" })
                        .bind(sent).bind(answered).bind(answered.map(|_| guide)).bind(answered.map(|_| "Erledigt"))
                        .execute(&mut *tx).await?;
                }
                if let Some((at, reason, outcomes)) = &c.closed {
                    let closure: i64 = sqlx::query_scalar(
                        "INSERT INTO case_closures (client_id, episode_started_at, closed_at, closed_by, reason) \
                         VALUES ($1, $2, $3, $4, $5) RETURNING id")
                        .bind(client).bind(c.opened).bind(at).bind(guide).bind(reason).fetch_one(&mut *tx).await?;
                    for (g, outcome) in goals.iter().zip(outcomes) {
                        sqlx::query("INSERT INTO closure_outcomes (closure_id, goal_id, outcome) VALUES ($1, $2, $3)")
                            .bind(closure).bind(g).bind(outcome).execute(&mut *tx).await?;
                    }
                }
            }
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(())
    }
}
