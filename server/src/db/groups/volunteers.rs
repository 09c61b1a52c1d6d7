//! Volunteers: invitations by e-mail link, their profile, the documents the coordinator
//! checked, hours per shift, notices inside Lotse, and the secret link to their shift
//! calendar.

use crate::db::{now, on_pool, DbResult, Saved, Store};
use lotse_app::domain::{MunicipalityId, UserId};

/// Kinds of documents a coordinator checks.
pub const DOCUMENT_KINDS: [&str; 4] = [
    "police_certificate",
    "measles",
    "infection_protection",
    "confidentiality",
];

#[derive(Clone, Debug, Default, sqlx::FromRow)]
pub struct ProfileRow {
    pub languages: String,
    pub skills: String,
    pub availability: String,
    /// District ids the volunteer can reach, separated by spaces.
    pub districts: String,
    pub note: String,
    pub version: i64,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct DocumentRow {
    pub id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub kind: String,
    pub valid_until: Option<String>,
    pub checked_at: i64,
    pub checked_by_name: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NoticeRow {
    pub id: i64,
    pub kind: String,
    pub args: String,
    pub link: Option<String>,
    pub created_at: i64,
}

/// A shift the volunteer had, with its recorded time.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HoursRow {
    pub session_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub session_minutes: i64,
    pub role: String,
    pub minutes: Option<i64>,
}

/// What inviting an e-mail address did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invited {
    /// A new volunteer account, waiting for its password.
    New(UserId),
    /// An invited volunteer who has not yet set a password: a fresh link.
    Again(UserId),
    /// The address belongs to someone else (another role or municipality, or a
    /// volunteer who already signs in).
    Taken,
}

impl Store {
    /// Invites a volunteer to the municipality: creates the account (no password yet)
    /// or renews the link of one not yet used. Older unused links stop working.
    pub async fn invite_volunteer(
        &self,
        municipality: MunicipalityId,
        name: &str,
        email: &str,
        token_hash: &str,
        expires_at: i64,
        by: UserId,
    ) -> DbResult<Invited> {
        let at = now();
        let email = email.to_lowercase();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let existing: Option<(i64, String, Option<i64>, bool)> = sqlx::query_as(
                "SELECT id, role, municipality_id, password_hash IS NOT NULL FROM users WHERE email = $1")
                .bind(&email).fetch_optional(&mut *tx).await?;
            let (invited, user) = match existing {
                Some((id, role, m, has_password)) => {
                    if role != "volunteer" || m != Some(municipality.0) || has_password {
                        tx.rollback().await?;
                        return Ok(Invited::Taken);
                    }
                    sqlx::query("UPDATE volunteer_invitations SET expires_at = $1 WHERE user_id = $2 AND used_at IS NULL AND expires_at > $1")
                        .bind(at).bind(id).execute(&mut *tx).await?;
                    (Invited::Again(UserId(id)), UserId(id))
                }
                None => {
                    let id: i64 = sqlx::query_scalar(
                        "INSERT INTO users (role, display_name, email, municipality_id, created_at) \
                         VALUES ('volunteer', $1, $2, $3, $4) RETURNING id")
                        .bind(name).bind(&email).bind(municipality.0).bind(at).fetch_one(&mut *tx).await?;
                    sqlx::query("INSERT INTO volunteer_profiles (user_id, updated_at) VALUES ($1, $2)")
                        .bind(id).bind(at).execute(&mut *tx).await?;
                    (Invited::New(UserId(id)), UserId(id))
                }
            };
            sqlx::query(
                "INSERT INTO volunteer_invitations (user_id, token_hash, created_by, created_at, expires_at) \
                 VALUES ($1, $2, $3, $4, $5)")
                .bind(user.0).bind(token_hash).bind(by.0).bind(at).bind(expires_at).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(invited)
        })
    }

    /// The volunteer a valid, unused invitation link belongs to: (id, name, e-mail).
    pub async fn invitation(&self, token_hash: &str) -> DbResult<Option<(i64, String, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id, u.display_name, COALESCE(u.email, '') FROM volunteer_invitations i JOIN users u ON u.id = i.user_id \
             WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > $2 AND u.disabled_at IS NULL")
            .bind(token_hash).bind(now()).fetch_optional(pool).await?))
    }

    /// Uses an invitation and sets the password, in one transaction: a link works once.
    pub async fn redeem_invitation(&self, token_hash: &str, password_hash: &str) -> DbResult<Option<UserId>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let user: Option<i64> = sqlx::query_scalar(
                "UPDATE volunteer_invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL \
                 AND expires_at > $1 RETURNING user_id")
                .bind(at).bind(token_hash).fetch_optional(&mut *tx).await?;
            let Some(user) = user else {
                tx.rollback().await?;
                return Ok(None);
            };
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2 AND role = 'volunteer'")
                .bind(password_hash).bind(user).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Some(UserId(user)))
        })
    }

    pub async fn volunteer_profile(&self, user: UserId) -> DbResult<ProfileRow> {
        let row: Option<ProfileRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT languages, skills, availability, districts, note, version FROM volunteer_profiles WHERE user_id = $1")
            .bind(user.0).fetch_optional(pool).await?);
        Ok(row.unwrap_or_default())
    }

    /// Saves the profile at `version` (0: none stored yet).
    pub async fn save_volunteer_profile(&self, user: UserId, p: &ProfileRow) -> DbResult<Saved> {
        let at = now();
        let rows = on_pool!(self, pool => if p.version == 0 {
            sqlx::query(
                "INSERT INTO volunteer_profiles (user_id, languages, skills, availability, note, updated_at, districts) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (user_id) DO NOTHING")
                .bind(user.0).bind(&p.languages).bind(&p.skills).bind(&p.availability).bind(&p.note).bind(at)
                .bind(&p.districts)
                .execute(pool).await?.rows_affected()
        } else {
            sqlx::query(
                "UPDATE volunteer_profiles SET languages = $1, skills = $2, availability = $3, note = $4, \
                 updated_at = $5, version = version + 1, districts = $8 WHERE user_id = $6 AND version = $7")
                .bind(&p.languages).bind(&p.skills).bind(&p.availability).bind(&p.note).bind(at).bind(user.0)
                .bind(p.version).bind(&p.districts).execute(pool).await?.rows_affected()
        });
        Ok(Saved::from_rows(rows))
    }

    /// Records that the coordinator saw a document, valid until a date (None: for good).
    /// It replaces an earlier record of the same kind.
    pub async fn add_volunteer_document(
        &self,
        user: UserId,
        kind: &str,
        valid_until: Option<&str>,
        by: UserId,
    ) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE volunteer_documents SET removed_at = $1 WHERE user_id = $2 AND kind = $3 AND removed_at IS NULL")
                .bind(at).bind(user.0).bind(kind).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO volunteer_documents (user_id, kind, valid_until, checked_by, checked_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(user.0).bind(kind).bind(valid_until).bind(by.0).bind(at).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn remove_volunteer_document(&self, user: UserId, id: i64) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE volunteer_documents SET removed_at = $1 WHERE id = $2 AND user_id = $3 AND removed_at IS NULL")
            .bind(now()).bind(id).bind(user.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Current documents of the municipality's volunteers (or of one), soonest expiry first.
    pub async fn volunteer_documents(
        &self,
        municipality: MunicipalityId,
        user: Option<UserId>,
    ) -> DbResult<Vec<DocumentRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT d.id, d.user_id, u.display_name, d.kind, d.valid_until, d.checked_at, c.display_name AS checked_by_name \
             FROM volunteer_documents d JOIN users u ON u.id = d.user_id JOIN users c ON c.id = d.checked_by \
             WHERE u.municipality_id = $1 AND ($2 = 0 OR d.user_id = $2) AND d.removed_at IS NULL \
             ORDER BY d.valid_until IS NULL, d.valid_until, u.display_name")
            .bind(municipality.0).bind(user.map_or(0, |u| u.0)).fetch_all(pool).await?))
    }

    /// Documents running out by `by_date` (ISO) that were not yet reminded of; marks
    /// them reminded. Returns (document, volunteer, municipality, kind, valid_until).
    pub async fn take_document_reminders(
        &self,
        by_date: &str,
    ) -> DbResult<Vec<(i64, i64, i64, String, String)>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows: Vec<(i64, i64, i64, String, String)> = sqlx::query_as(
                "SELECT d.id, d.user_id, u.municipality_id, d.kind, d.valid_until FROM volunteer_documents d \
                 JOIN users u ON u.id = d.user_id WHERE d.removed_at IS NULL AND d.reminded_at IS NULL \
                 AND d.valid_until IS NOT NULL AND d.valid_until <= $1 AND u.municipality_id IS NOT NULL")
                .bind(by_date).fetch_all(&mut *tx).await?;
            for (id, ..) in &rows {
                sqlx::query("UPDATE volunteer_documents SET reminded_at = $1 WHERE id = $2")
                    .bind(at).bind(id).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(rows)
        })
    }

    /// Whether the volunteer has a police certificate valid on `on` (ISO date).
    pub async fn has_valid_police_certificate(&self, user: UserId, on: &str) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM volunteer_documents WHERE user_id = $1 AND kind = 'police_certificate' \
             AND removed_at IS NULL AND (valid_until IS NULL OR valid_until >= $2)")
            .bind(user.0).bind(on).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Leaves a notice for someone: a message id and its arguments as JSON.
    pub async fn notify(
        &self,
        user: UserId,
        kind: &str,
        args: &serde_json::Value,
        link: Option<&str>,
    ) -> DbResult<()> {
        let args = args.to_string();
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO notices (user_id, kind, args, link, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(user.0).bind(kind).bind(&args).bind(link).bind(now()).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Unread notices, newest first.
    pub async fn unread_notices(&self, user: UserId) -> DbResult<Vec<NoticeRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, kind, args, link, created_at FROM notices WHERE user_id = $1 AND read_at IS NULL \
             ORDER BY created_at DESC, id DESC LIMIT 50")
            .bind(user.0).fetch_all(pool).await?))
    }

    pub async fn mark_notices_read(&self, user: UserId) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE notices SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now()).bind(user.0).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// The coordinators of a municipality.
    pub async fn coordinators(&self, municipality: MunicipalityId) -> DbResult<Vec<UserId>> {
        let ids: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM users WHERE role = 'coordinator' AND municipality_id = $1 AND disabled_at IS NULL")
            .bind(municipality.0).fetch_all(pool).await?);
        Ok(ids.into_iter().map(UserId).collect())
    }

    /// Records time on a shift that has begun; only the volunteer's own sign-up.
    pub async fn record_hours(&self, session: i64, user: UserId, minutes: i64, by: UserId) -> DbResult<bool> {
        let at = now();
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE shift_signups SET minutes = $1, recorded_by = $2, recorded_at = $3 \
             WHERE session_id = $4 AND user_id = $5 AND cancelled_at IS NULL \
             AND session_id IN (SELECT id FROM group_sessions WHERE starts_at <= $3 AND status = 'scheduled')")
            .bind(minutes).bind(by.0).bind(at).bind(session).bind(user.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// The volunteer's shifts that have begun, between two instants, newest first.
    /// Titles are in `lang` where a published translation exists, else German.
    pub async fn volunteer_hours(
        &self,
        user: UserId,
        lang: &str,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<HoursRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT s.id AS session_id, COALESCE( \
               (SELECT x.title FROM group_texts x WHERE x.group_id = s.group_id AND x.lang = $5 AND x.status = 'published'), \
               (SELECT x.title FROM group_texts x WHERE x.group_id = s.group_id AND x.lang = 'de'), '') AS title, \
             s.starts_at, s.minutes AS session_minutes, u.role, u.minutes \
             FROM shift_signups u JOIN group_sessions s ON s.id = u.session_id \
             WHERE u.user_id = $1 AND u.cancelled_at IS NULL AND s.status = 'scheduled' \
             AND s.starts_at >= $2 AND s.starts_at < $3 AND s.starts_at <= $4 ORDER BY s.starts_at DESC")
            .bind(user.0).bind(from).bind(to).bind(now()).bind(lang).fetch_all(pool).await?))
    }

    // --- the volunteer's calendar link (only a hash is stored) ---

    pub async fn new_volunteer_calendar_token(&self, user: UserId, token_hash: &str) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE volunteer_calendar_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                .bind(at).bind(user.0).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO volunteer_calendar_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)")
                .bind(user.0).bind(token_hash).bind(at).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    pub async fn revoke_volunteer_calendar_tokens(&self, user: UserId) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE volunteer_calendar_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
            .bind(now()).bind(user.0).execute(pool).await?.rows_affected());
        Ok(())
    }

    pub async fn has_volunteer_calendar_token(&self, user: UserId) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM volunteer_calendar_tokens WHERE user_id = $1 AND revoked_at IS NULL")
            .bind(user.0).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// The active volunteer a calendar link belongs to.
    pub async fn volunteer_by_calendar_token(&self, token_hash: &str) -> DbResult<Option<UserId>> {
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT t.user_id FROM volunteer_calendar_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.disabled_at IS NULL AND u.role = 'volunteer'")
            .bind(token_hash).fetch_optional(pool).await?);
        Ok(id.map(UserId))
    }
}

/// A group date in someone's calendar: the title in their language (else German), where,
/// and whether it was cancelled or moved.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CalendarDateRow {
    pub session_id: i64,
    pub group_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub status: String,
    pub reason: Option<String>,
    pub version: i64,
    pub address: String,
    pub office_id: Option<i64>,
    /// The volunteer's role (shift calendars only).
    pub role: Option<String>,
}

const CALENDAR_COLUMNS: &str = "s.id AS session_id, s.group_id, COALESCE( \
     (SELECT x.title FROM group_texts x WHERE x.group_id = s.group_id AND x.lang = $2 AND x.status = 'published'), \
     (SELECT x.title FROM group_texts x WHERE x.group_id = s.group_id AND x.lang = 'de'), '') AS title, \
     s.starts_at, s.minutes, s.status, s.reason, s.version, g.address, g.office_id";

impl Store {
    /// The dates of the groups a client has a seat in, between two instants.
    pub async fn client_group_dates(
        &self,
        client: lotse_app::domain::ClientId,
        lang: &str,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<CalendarDateRow>> {
        let sql = format!(
            "SELECT {CALENDAR_COLUMNS}, CAST(NULL AS TEXT) AS role FROM group_participants p \
             JOIN group_sessions s ON s.group_id = p.group_id JOIN group_offers g ON g.id = s.group_id \
             WHERE p.client_id = $1 AND p.status = 'confirmed' AND s.starts_at >= $3 AND s.starts_at < $4 \
             ORDER BY s.starts_at"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(client.0).bind(lang).bind(from).bind(to).fetch_all(pool).await?))
    }

    /// The shifts a volunteer has taken, between two instants.
    pub async fn volunteer_shift_dates(
        &self,
        user: UserId,
        lang: &str,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<CalendarDateRow>> {
        let sql = format!(
            "SELECT {CALENDAR_COLUMNS}, u.role FROM shift_signups u \
             JOIN group_sessions s ON s.id = u.session_id JOIN group_offers g ON g.id = s.group_id \
             WHERE u.user_id = $1 AND u.cancelled_at IS NULL AND s.starts_at >= $3 AND s.starts_at < $4 \
             ORDER BY s.starts_at"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(user.0).bind(lang).bind(from).bind(to).fetch_all(pool).await?))
    }

    /// What a late cancellation must say: (group, municipality, German title, start).
    pub async fn session_info(&self, session: i64) -> DbResult<Option<(i64, i64, String, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT s.group_id, g.municipality_id, t.title, s.starts_at FROM group_sessions s \
             JOIN group_offers g ON g.id = s.group_id JOIN group_texts t ON t.group_id = g.id AND t.lang = 'de' \
             WHERE s.id = $1")
            .bind(session).fetch_optional(pool).await?))
    }

    /// Whether a session's group works with children (a police certificate is needed
    /// for its childcare role and for any role in groups for children and youth).
    /// The target group and start of a session of a group this volunteer helps in (None
    /// for any other session: whom another group is for is not theirs to learn).
    pub async fn session_target_group(&self, session: i64, user: UserId) -> DbResult<Option<(String, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.target_group, s.starts_at FROM group_sessions s JOIN group_offers g ON g.id = s.group_id \
             WHERE s.id = $1 AND s.group_id IN (SELECT group_id FROM group_volunteers WHERE user_id = $2)")
            .bind(session).bind(user.0).fetch_optional(pool).await?))
    }

    /// Has this volunteer a (not cancelled) shift in this session?
    pub async fn has_shift(&self, session: i64, user: UserId) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM shift_signups WHERE session_id = $1 AND user_id = $2 AND cancelled_at IS NULL")
            .bind(session).bind(user.0).fetch_one(pool).await?);
        Ok(n > 0)
    }
}
