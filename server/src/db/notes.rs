//! Conversation notes (Gesprächsdokumentation) with follow-up steps that join the plan.

use super::plan::{history, NewStep};
use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, UserId};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NoteRow {
    pub id: i64,
    pub held_on: String,
    pub topic: String,
    pub field: Option<String>,
    pub participants: Option<String>,
    pub interpreter: Option<String>,
    pub body: String,
    pub shared_with_client: bool,
    pub author_name: String,
    pub created_at: i64,
}

#[derive(Clone, Debug)]
pub struct NewNote {
    pub held_on: String,
    pub topic: String,
    pub field: Option<String>,
    pub participants: Option<String>,
    pub interpreter: Option<String>,
    pub body: String,
    pub shared_with_client: bool,
    /// Chosen by the form when it was opened: a retried post of the same note lands once.
    pub client_key: String,
    /// Follow-up steps and the goal they join (None: a new goal named after the topic).
    pub follow_ups: Vec<NewStep>,
    pub follow_up_goal: Option<i64>,
}

impl Store {
    /// Notes created at or after `since`; `shared_only` for the client's own view;
    /// without notes in the field *health* when `hide_health`. Reached through
    /// [`super::case_file::CaseFile`] only.
    pub(super) async fn note_rows(
        &self,
        client: ClientId,
        since: i64,
        shared_only: bool,
        hide_health: bool,
    ) -> DbResult<Vec<NoteRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT n.id, n.held_on, n.topic, n.field, n.participants, n.interpreter, n.body, \
             n.shared_with_client, u.display_name AS author_name, n.created_at \
             FROM notes n JOIN users u ON u.id = n.author_id \
             WHERE n.client_id = $1 AND n.created_at >= $2 AND (n.shared_with_client OR NOT $3) \
             AND ($4 = 0 OR n.field IS NULL OR n.field <> 'health') \
             ORDER BY n.held_on DESC, n.id DESC")
            .bind(client.0).bind(since).bind(shared_only).bind(i64::from(hide_health))
            .fetch_all(pool).await?))
    }

    /// Saves a note with its follow-up steps in one transaction and moves the client's
    /// last contact forward. Returns false when this note (same key) was saved before.
    /// Follow-ups join `follow_up_goal` only if it is a goal inside the window (`since`)
    /// and, when `hide_health`, not a health goal; otherwise they start a new goal.
    pub(super) async fn insert_note(
        &self,
        client: ClientId,
        n: &NewNote,
        since: i64,
        hide_health: bool,
        by: UserId,
    ) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO notes (client_id, author_id, held_on, topic, field, participants, interpreter, \
                 body, shared_with_client, client_key, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
                 ON CONFLICT (client_id, client_key) DO NOTHING RETURNING id")
                .bind(client.0).bind(by.0).bind(&n.held_on).bind(&n.topic).bind(&n.field)
                .bind(&n.participants).bind(&n.interpreter).bind(&n.body).bind(n.shared_with_client)
                .bind(&n.client_key).bind(at).fetch_optional(&mut *tx).await?;
            if id.is_none() {
                return Ok(false);
            }
            if !n.follow_ups.is_empty() {
                let mut goal: Option<i64> = match n.follow_up_goal {
                    Some(g) => sqlx::query_scalar(
                        "SELECT id FROM goals WHERE id = $1 AND client_id = $2 AND created_at >= $3 \
                         AND ($4 = 0 OR field <> 'health')")
                        .bind(g).bind(client.0).bind(since).bind(i64::from(hide_health))
                        .fetch_optional(&mut *tx).await?,
                    None => None,
                };
                if goal.is_none() {
                    let field = n.field.clone().unwrap_or_else(|| "social".into());
                    goal = Some(sqlx::query_scalar(
                        "INSERT INTO goals (client_id, field, title, created_at, created_by, changed_at) \
                         VALUES ($1, $2, $3, $4, $5, $4) RETURNING id")
                        .bind(client.0).bind(&field).bind(&n.topic).bind(at).bind(by.0)
                        .fetch_one(&mut *tx).await?);
                    history!(tx, client.0, by.0, goal, "goal-added", &n.topic, &field)?;
                }
                for s in &n.follow_ups {
                    sqlx::query(
                        "INSERT INTO plan_steps (goal_id, client_id, text, actor, actor_name, due_on, created_at, changed_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)")
                        .bind(goal).bind(client.0).bind(&s.text).bind(&s.actor).bind(&s.actor_name)
                        .bind(&s.due_on).bind(at).execute(&mut *tx).await?;
                    history!(tx, client.0, by.0, goal, "step-added", &s.text, s.due_on.as_deref().unwrap_or(""))?;
                }
            }
            sqlx::query(
                "UPDATE clients SET last_contact_on = $1 WHERE id = $2 \
                 AND (last_contact_on IS NULL OR last_contact_on < $1)")
                .bind(&n.held_on).bind(client.0).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(true)
        })
    }
}
