//! Requests under data-protection law and restricted records.
//!
//! A client files a request from "My data" (through their own [`CaseFile`]); the
//! municipality's data-protection officer records one that came on paper, sees every
//! request of the municipality with its deadline, and decides it with a reason the client
//! reads. A decision acts on the record in the same transaction: a consent withdrawn, a
//! record restricted (§ 84 SGB X: kept, out of everyday work). Erasing a whole record is
//! [`Store::erase_client`]'s, called after the decision is stored.

use super::case_file::CaseFile;
use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, Role, UserId};
use lotse_app::privacy::{PrivacyKind, PrivacyStatus, DEADLINE_MONTHS};

/// A request as the client and the officer read it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PrivacyRow {
    pub id: i64,
    pub client_id: Option<i64>,
    #[sqlx(try_from = "String")]
    pub kind: PrivacyKind,
    pub consent_id: Option<i64>,
    /// `app` or `paper`.
    pub channel: String,
    pub body: String,
    pub received_at: i64,
    /// ISO date.
    pub due_on: String,
    #[sqlx(try_from = "String")]
    pub status: PrivacyStatus,
    pub answer: String,
    pub decided_at: Option<i64>,
    pub decided_by_name: Option<String>,
    /// The client's name and Lotse number for the officer's list (None after erasure).
    pub client_name: Option<String>,
    pub client_number: Option<String>,
    /// Whether the client's record is restricted now.
    pub restricted: bool,
    pub version: i64,
}

#[derive(Clone, Debug)]
pub struct NewPrivacyRequest {
    pub kind: PrivacyKind,
    pub consent_id: Option<i64>,
    pub body: String,
    /// A retried post (the client's offline queue) lands once.
    pub client_key: Option<String>,
}

/// The outcome of filing a request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filed {
    New(i64),
    /// The same post again, or a second open withdrawal of the same consent.
    Already,
    /// The consent named is not this client's, or already withdrawn.
    NoSuchConsent,
}

/// The outcome of a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decided {
    /// Stored; the request's client (None after an earlier erasure) and kind.
    Done(Option<ClientId>, PrivacyKind),
    /// Decided meanwhile, or changed since the form was opened.
    Conflict,
    NotFound,
}

/// A client found for a request that came on paper.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PrivacyClient {
    pub id: i64,
    pub name: String,
    pub number: Option<String>,
    pub closed_at: Option<i64>,
    pub restricted_at: Option<i64>,
}

/// A client as the officer finds them (`PrivacyClient`), from `clients c` and `users u`.
const CLIENT_SELECT: &str =
    "SELECT c.id, c.first_name || ' ' || c.last_name AS name, u.login_number AS number, \
     c.closed_at, c.restricted_at FROM clients c JOIN users u ON u.id = c.user_id";

const SELECT: &str = "SELECT r.id, r.client_id, r.kind, r.consent_id, r.channel, r.body, r.received_at, \
     r.due_on, r.status, r.answer, r.decided_at, d.display_name AS decided_by_name, \
     c.first_name || ' ' || c.last_name AS client_name, u.login_number AS client_number, \
     (c.restricted_at IS NOT NULL) AS restricted, r.version \
     FROM privacy_requests r LEFT JOIN users d ON d.id = r.decided_by \
     LEFT JOIN clients c ON c.id = r.client_id LEFT JOIN users u ON u.id = c.user_id";

/// The day a request received on `today` must be answered by (art. 12(3)).
pub fn due_on(today: chrono::NaiveDate) -> String {
    today
        .checked_add_months(chrono::Months::new(DEADLINE_MONTHS))
        .unwrap_or(today)
        .format("%Y-%m-%d")
        .to_string()
}

impl CaseFile<'_> {
    /// The client's requests under data-protection law, newest first. The client reads
    /// their own; the officer's read is logged like every staff read.
    pub async fn privacy_requests(&self) -> DbResult<Vec<PrivacyRow>> {
        self.read("privacy").await?;
        let sql = format!("{SELECT} WHERE r.client_id = $1 ORDER BY r.received_at DESC, r.id DESC");
        Ok(on_pool!(self.store, pool => sqlx::query_as(&sql).bind(self.client().0).fetch_all(pool).await?))
    }

    /// Files a request: the client's own from the app, or the officer's record of one
    /// that came on paper. Nobody else files one.
    pub async fn file_privacy_request(&self, r: &NewPrivacyRequest) -> DbResult<Filed> {
        let (channel, recorded_by) = match self.access.role() {
            Role::Client => ("app", None),
            Role::DataProtection => ("paper", Some(self.access.actor().0)),
            _ => return Ok(Filed::Already),
        };
        let client = self.client().0;
        let at = now();
        let due = due_on(crate::time::today());
        on_pool!(self.store, pool => {
            let mut tx = pool.begin().await?;
            let municipality: i64 = sqlx::query_scalar("SELECT municipality_id FROM clients WHERE id = $1")
                .bind(client).fetch_one(&mut *tx).await?;
            if r.kind == PrivacyKind::WithdrawConsent {
                let Some(consent) = r.consent_id else { return Ok(Filed::NoSuchConsent) };
                let active: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM consents WHERE id = $1 AND client_id = $2 AND revoked_on IS NULL")
                    .bind(consent).bind(client).fetch_optional(&mut *tx).await?;
                if active.is_none() {
                    return Ok(Filed::NoSuchConsent);
                }
                let open: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM privacy_requests WHERE client_id = $1 AND consent_id = $2 AND status = 'open'")
                    .bind(client).bind(consent).fetch_optional(&mut *tx).await?;
                if open.is_some() {
                    return Ok(Filed::Already);
                }
            }
            let consent = r.consent_id.filter(|_| r.kind == PrivacyKind::WithdrawConsent);
            let id: Option<i64> = sqlx::query_scalar(
                "INSERT INTO privacy_requests (client_id, municipality_id, kind, consent_id, channel, body, \
                 received_at, due_on, recorded_by, client_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (client_id, client_key) DO NOTHING RETURNING id")
                .bind(client).bind(municipality).bind(r.kind.as_str()).bind(consent).bind(channel)
                .bind(&r.body).bind(at).bind(&due).bind(recorded_by).bind(&r.client_key)
                .fetch_optional(&mut *tx).await?;
            tx.commit().await?;
            Ok(id.map(Filed::New).unwrap_or(Filed::Already))
        })
    }
}

impl Store {
    /// The municipality's requests for its data-protection officer: open ones by
    /// deadline first, then those decided, newest first (at most `limit`).
    pub async fn privacy_queue(&self, municipality: MunicipalityId, limit: i64) -> DbResult<Vec<PrivacyRow>> {
        let sql = format!(
            "{SELECT} WHERE r.municipality_id = $1 \
             ORDER BY CASE WHEN r.status = 'open' THEN 0 ELSE 1 END, \
             CASE WHEN r.status = 'open' THEN r.due_on ELSE '' END, r.decided_at DESC, r.id DESC LIMIT $2"
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(municipality.0).bind(limit).fetch_all(pool).await?),
        )
    }

    /// Open requests past their deadline on `today` (ISO), for the officer's start page.
    pub async fn privacy_overdue(&self, municipality: MunicipalityId, today: &str) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM privacy_requests WHERE municipality_id = $1 AND status = 'open' AND due_on < $2")
            .bind(municipality.0).bind(today).fetch_one(pool).await?))
    }

    pub async fn privacy_request(
        &self,
        municipality: MunicipalityId,
        id: i64,
    ) -> DbResult<Option<PrivacyRow>> {
        let sql = format!("{SELECT} WHERE r.municipality_id = $1 AND r.id = $2");
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(municipality.0).bind(id).fetch_optional(pool).await?),
        )
    }

    /// Decides an open request with the reason the client reads, and acts on the record
    /// in the same transaction: a granted withdrawal revokes the consent; a granted
    /// restriction, or a deletion the law does not allow (`Restricted`), restricts the
    /// record. `version` is the one the officer's form was opened with.
    pub async fn decide_privacy_request(
        &self,
        municipality: MunicipalityId,
        id: i64,
        version: i64,
        status: PrivacyStatus,
        answer: &str,
        by: UserId,
    ) -> DbResult<Decided> {
        let at = now();
        let today = crate::time::today_iso();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let row: Option<(Option<i64>, String, Option<i64>)> = sqlx::query_as(
                "SELECT client_id, kind, consent_id FROM privacy_requests WHERE id = $1 AND municipality_id = $2")
                .bind(id).bind(municipality.0).fetch_optional(&mut *tx).await?;
            let Some((client, kind, consent)) = row else { return Ok(Decided::NotFound) };
            let Some(kind) = PrivacyKind::parse(&kind) else { return Ok(Decided::NotFound) };
            let changed = sqlx::query(
                "UPDATE privacy_requests SET status = $1, answer = $2, decided_at = $3, decided_by = $4, \
                 version = version + 1 WHERE id = $5 AND status = 'open' AND version = $6")
                .bind(status.as_str()).bind(answer).bind(at).bind(by.0).bind(id).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            if changed == 0 {
                return Ok(Decided::Conflict);
            }
            let granted = matches!(status, PrivacyStatus::Granted | PrivacyStatus::Partly);
            if let (Some(c), Some(k), PrivacyKind::WithdrawConsent, true) = (client, consent, kind, granted) {
                sqlx::query("UPDATE consents SET revoked_on = $1, revoked_by = $2 \
                             WHERE id = $3 AND client_id = $4 AND revoked_on IS NULL")
                    .bind(&today).bind(by.0).bind(k).bind(c).execute(&mut *tx).await?;
            }
            let restrict = status == PrivacyStatus::Restricted
                || (kind == PrivacyKind::Restrict && status == PrivacyStatus::Granted);
            if let (Some(c), true) = (client, restrict) {
                sqlx::query("UPDATE clients SET restricted_at = $1 WHERE id = $2 AND restricted_at IS NULL")
                    .bind(at).bind(c).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Decided::Done(client.map(ClientId), kind))
        })
    }

    /// Ends a restriction (the reason for it is gone); false if the client is not of
    /// this municipality or not restricted.
    pub async fn lift_restriction(&self, municipality: MunicipalityId, client: ClientId) -> DbResult<bool> {
        Ok(on_pool!(self, pool => sqlx::query(
            "UPDATE clients SET restricted_at = NULL WHERE id = $1 AND municipality_id = $2 AND restricted_at IS NOT NULL")
            .bind(client.0).bind(municipality.0).execute(pool).await?.rows_affected())
            > 0)
    }

    /// Clients of the municipality by Lotse number or name, for a request that came on
    /// paper (at most 20; open, closed and restricted alike).
    pub async fn privacy_find_clients(
        &self,
        municipality: MunicipalityId,
        query: &str,
    ) -> DbResult<Vec<PrivacyClient>> {
        let digits: String = query.chars().filter(|c| c.is_ascii_digit()).collect();
        let words: Vec<&str> = query
            .split_whitespace()
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        let name = if words.is_empty() {
            String::new()
        } else {
            format!("%{}%", words.join(" ").to_lowercase())
        };
        let sql = format!(
            "{CLIENT_SELECT} WHERE c.municipality_id = $1 \
             AND (($2 <> '' AND REPLACE(COALESCE(u.login_number, ''), ' ', '') = $2) \
               OR ($3 <> '' AND LOWER(c.first_name || ' ' || c.last_name) LIKE $3)) \
             ORDER BY c.last_name, c.first_name, c.id LIMIT 20"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(municipality.0).bind(&digits).bind(&name).fetch_all(pool).await?))
    }
}

impl Store {
    /// One client of the municipality by id (for naming a filter), None otherwise.
    pub async fn privacy_find_clients_by_id(
        &self,
        municipality: MunicipalityId,
        id: ClientId,
    ) -> DbResult<Option<PrivacyClient>> {
        let sql = format!("{CLIENT_SELECT} WHERE c.municipality_id = $1 AND c.id = $2");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(municipality.0).bind(id.0).fetch_optional(pool).await?))
    }
}
