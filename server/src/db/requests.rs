//! "Ask my guide": short requests from the client (with an optional photo of a letter),
//! the guide's answer, and the system requests the client's pages raise (move an
//! appointment, revoke a consent).

use super::{now, on_pool, DbResult, Store};
use lotse_app::casework::RequestStatus;
use lotse_app::domain::{ClientId, UserId};

pub use lotse_app::casework::REQUEST_CATEGORIES;

/// Photos of answered requests are deleted after this many days (the guide has read
/// them; the text and the answer stay).
pub const PHOTO_RETENTION_DAYS: i64 = 90;

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RequestRow {
    pub id: i64,
    pub category: String,
    pub body: String,
    #[sqlx(try_from = "String")]
    pub status: RequestStatus,
    pub answer: Option<String>,
    pub created_at: i64,
    pub answered_at: Option<i64>,
    pub answered_by_name: Option<String>,
    pub appointment_id: Option<i64>,
    pub consent_id: Option<i64>,
    pub has_photo: bool,
    /// When the client first saw the answer (None: new to them).
    pub answer_seen_at: Option<i64>,
}

/// Photos of letters a client may send in any 24 hours.
pub const PHOTOS_PER_DAY: i64 = 10;

/// A checked image: type, pixel size and bytes.
#[derive(Clone, Debug)]
pub struct Photo {
    pub content_type: String,
    pub width: i64,
    pub height: i64,
    pub bytes: Vec<u8>,
}

#[derive(Clone, Debug)]
pub struct NewRequest {
    pub category: String,
    pub body: String,
    pub client_key: Option<String>,
    pub consent_id: Option<i64>,
    pub photo: Option<Photo>,
}

const REQUEST_SELECT: &str =
    "SELECT r.id, r.category, r.body, r.status, r.answer, r.created_at, r.answered_at, \
     u.display_name AS answered_by_name, r.appointment_id, r.consent_id, \
     EXISTS (SELECT 1 FROM request_photos p WHERE p.request_id = r.id) AS has_photo, r.answer_seen_at \
     FROM client_requests r LEFT JOIN users u ON u.id = r.answered_by";

impl Store {
    /// The client's requests made at or after `since`, newest first. Like every raw
    /// query of a case table, reached through [`super::case_file::CaseFile`] only.
    pub(super) async fn request_rows(&self, client: ClientId, since: i64) -> DbResult<Vec<RequestRow>> {
        let sql = format!(
            "{REQUEST_SELECT} WHERE r.client_id = $1 AND r.created_at >= $2 ORDER BY r.created_at DESC, r.id DESC"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(client.0).bind(since).fetch_all(pool).await?))
    }

    /// Stores a request (and its photo) once per idempotency key; false when the same
    /// key was sent before (a queued retry) or an open revocation request for that
    /// consent exists already.
    /// Photos this client sent since `since`.
    pub(super) async fn photos_since(&self, client: ClientId, since: i64) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM request_photos p JOIN client_requests r ON r.id = p.request_id \
             WHERE r.client_id = $1 AND r.created_at > $2")
            .bind(client.0).bind(since).fetch_one(pool).await?))
    }

    pub(super) async fn insert_request(&self, client: ClientId, r: &NewRequest) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            if let Some(consent) = r.consent_id {
                let open: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM client_requests WHERE client_id = $1 AND consent_id = $2 AND status = 'open'")
                    .bind(client.0).bind(consent).fetch_optional(&mut *tx).await?;
                if open.is_some() {
                    return Ok(false);
                }
            }
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO client_requests (client_id, category, body, consent_id, client_key, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (client_id, client_key) DO NOTHING RETURNING id")
                .bind(client.0).bind(&r.category).bind(&r.body).bind(r.consent_id).bind(&r.client_key).bind(at)
                .fetch_optional(&mut *tx).await?;
            let Some(id) = id else { return Ok(false) };
            if let Some(p) = &r.photo {
                sqlx::query("INSERT INTO request_photos (request_id, content_type, width, height, bytes) \
                             VALUES ($1, $2, $3, $4, $5)")
                    .bind(id).bind(&p.content_type).bind(p.width).bind(p.height).bind(&p.bytes)
                    .execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The guide answers (status "answered") or closes a request; false if the request
    /// is not this client's or was made before `since`.
    pub(super) async fn update_request_answer(
        &self,
        client: ClientId,
        id: i64,
        answer: &str,
        close: bool,
        since: i64,
        by: UserId,
    ) -> DbResult<bool> {
        let status = if close {
            RequestStatus::Closed
        } else {
            RequestStatus::Answered
        };
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE client_requests SET answer = $1, status = $2, answered_at = $3, answered_by = $4, answer_seen_at = NULL \
             WHERE id = $5 AND client_id = $6 AND created_at >= $7")
            .bind(answer).bind(status.as_str()).bind(now()).bind(by.0).bind(id).bind(client.0).bind(since)
            .execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// The photo of one of this client's requests made at or after `since`.
    pub(super) async fn request_photo_row(
        &self,
        client: ClientId,
        id: i64,
        since: i64,
    ) -> DbResult<Option<(String, Vec<u8>)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT p.content_type, p.bytes FROM request_photos p JOIN client_requests r ON r.id = p.request_id \
             WHERE p.request_id = $1 AND r.client_id = $2 AND r.created_at >= $3")
            .bind(id).bind(client.0).bind(since).fetch_optional(pool).await?))
    }

    /// Answers the client has not opened yet.
    pub(super) async fn new_answer_count(&self, client: ClientId) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM client_requests WHERE client_id = $1 AND answered_at IS NOT NULL \
             AND answer_seen_at IS NULL")
            .bind(client.0).fetch_one(pool).await?))
    }

    /// The client has seen every answer so far.
    pub(super) async fn set_answers_seen(&self, client: ClientId) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE client_requests SET answer_seen_at = $1 WHERE client_id = $2 AND answered_at IS NOT NULL \
             AND answer_seen_at IS NULL")
            .bind(now()).bind(client.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Retention: deletes photos of requests answered before `before`.
    pub async fn purge_request_photos(&self, before: i64) -> DbResult<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "DELETE FROM request_photos WHERE request_id IN (SELECT id FROM client_requests \
             WHERE answered_at IS NOT NULL AND answered_at < $1)")
            .bind(before).execute(pool).await?.rows_affected()))
    }
}
