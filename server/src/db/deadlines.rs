//! Dates that matter to a client: the residence permit's expiry (read from the intake),
//! benefit renewals and registration deadlines the guide adds, and the client's own.
//! Each reminds a number of days ahead, in the app and in the calendar feed.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, UserId};

pub use lotse_app::casework::{default_remind_days, DEADLINE_KINDS};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DeadlineRow {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub due_on: String,
    pub remind_days: i64,
    pub by_client: bool,
    pub created_by_name: String,
    pub created_at: i64,
    pub done_at: Option<i64>,
}

/// A deadline row joined to the residence section (every column empty when there is
/// no deadline).
#[derive(sqlx::FromRow)]
struct WithResidence {
    residence: Option<String>,
    id: Option<i64>,
    kind: Option<String>,
    title: Option<String>,
    due_on: Option<String>,
    remind_days: Option<i64>,
    by_client: Option<bool>,
    created_by_name: Option<String>,
    created_at: Option<i64>,
    done_at: Option<i64>,
}

#[derive(Clone, Debug)]
pub struct NewDeadline {
    pub kind: String,
    pub title: String,
    pub due_on: String,
    pub remind_days: i64,
    pub by_client: bool,
    /// Idempotency key of the form (a queued post from the phone lands once).
    pub client_key: Option<String>,
}

impl Store {
    /// The client's deadlines recorded at or after `since`, open ones first by date.
    /// Reached through [`super::case_file::CaseFile`] only.
    pub(super) async fn deadline_rows(&self, client: ClientId, since: i64) -> DbResult<Vec<DeadlineRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT d.id, d.kind, d.title, d.due_on, d.remind_days, d.by_client, u.display_name AS created_by_name, \
             d.created_at, d.done_at FROM deadlines d JOIN users u ON u.id = d.created_by \
             WHERE d.client_id = $1 AND d.created_at >= $2 ORDER BY d.done_at IS NOT NULL, d.due_on, d.id")
            .bind(client.0).bind(since).fetch_all(pool).await?))
    }

    /// The deadlines from `since` and, saved from `residence_since` (None: not to be
    /// read), the intake's residence section (its JSON). The residence comes as a column
    /// of a one-row select that the deadlines are joined to, so that it arrives with no
    /// deadline too.
    pub(super) async fn deadline_rows_with_residence(
        &self,
        client: ClientId,
        since: i64,
        residence_since: Option<i64>,
    ) -> DbResult<(Vec<DeadlineRow>, Option<String>)> {
        let rows: Vec<WithResidence> = on_pool!(self, pool => sqlx::query_as(
            "SELECT r.residence, d.id, d.kind, d.title, d.due_on, d.remind_days, d.by_client, \
             u.display_name AS created_by_name, d.created_at, d.done_at \
             FROM (SELECT (SELECT s.data FROM intake_sections s WHERE s.client_id = $1 \
               AND s.section = 'residence' AND s.updated_at >= $3) AS residence) r \
             LEFT JOIN (deadlines d JOIN users u ON u.id = d.created_by) \
               ON d.client_id = $1 AND d.created_at >= $2 \
             ORDER BY d.done_at IS NOT NULL, d.due_on, d.id")
            .bind(client.0).bind(since).bind(residence_since.unwrap_or(i64::MAX))
            .fetch_all(pool).await?);
        let residence = rows.first().and_then(|r| r.residence.clone());
        let deadlines = rows
            .into_iter()
            .filter_map(|r| {
                Some(DeadlineRow {
                    id: r.id?,
                    kind: r.kind?,
                    title: r.title?,
                    due_on: r.due_on?,
                    remind_days: r.remind_days?,
                    by_client: r.by_client?,
                    created_by_name: r.created_by_name?,
                    created_at: r.created_at?,
                    done_at: r.done_at,
                })
            })
            .collect();
        Ok((deadlines, residence))
    }

    /// Adds a deadline; a repeated post with the same key adds nothing.
    pub(super) async fn insert_deadline(
        &self,
        client: ClientId,
        d: &NewDeadline,
        by: UserId,
    ) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO deadlines (client_id, kind, title, due_on, remind_days, by_client, created_by, created_at, client_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (client_id, client_key) DO NOTHING")
            .bind(client.0).bind(&d.kind).bind(&d.title).bind(&d.due_on).bind(d.remind_days).bind(d.by_client)
            .bind(by.0).bind(now()).bind(&d.client_key).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Marks a deadline recorded at or after `since` as dealt with (or open again);
    /// false if it is not this client's or outside the window.
    pub(super) async fn update_deadline_done(
        &self,
        client: ClientId,
        id: i64,
        done: bool,
        since: i64,
    ) -> DbResult<bool> {
        let at = done.then(now);
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE deadlines SET done_at = $1 WHERE id = $2 AND client_id = $3 AND created_at >= $4")
            .bind(at).bind(id).bind(client.0).bind(since).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Removes a deadline recorded at or after `since`. `only_own`: only one the client
    /// added themselves.
    pub(super) async fn delete_deadline(
        &self,
        client: ClientId,
        id: i64,
        only_own: bool,
        since: i64,
    ) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "DELETE FROM deadlines WHERE id = $1 AND client_id = $2 AND (by_client OR NOT $3) AND created_at >= $4")
            .bind(id).bind(client.0).bind(only_own).bind(since).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }
}
