//! The coordinator's side of group offers: editing an offer, the sessions with who
//! signed up, gaps in the coming weeks, head counts and attendance for reports, and
//! which volunteers help in a group. Callers check the municipality first (via
//! [`Store::group`]); every query here is also bound to the group.

use super::{GroupFacts, GroupText, SessionRow};
use crate::db::directory::TranslationRow;
use crate::db::{now, on_pool, DbResult, Saved, Store};
use lotse_app::domain::{MunicipalityId, UserId};

/// A volunteer's sign-up for a session, as the coordinator sees it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SignupRow {
    pub session_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub role: String,
    /// Recorded time on the shift.
    pub minutes: Option<i64>,
}

/// A role in a session that still needs volunteers.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GapRow {
    pub session_id: i64,
    pub group_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub role: String,
    pub needed: i64,
    pub filled: i64,
}

/// Sessions held and people counted, per target group (no names).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AttendanceRow {
    pub target_group: String,
    pub sessions: i64,
    pub counted: i64,
    pub heads: i64,
}

/// A volunteer of the municipality.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct VolunteerRow {
    pub id: i64,
    pub display_name: String,
    pub email: Option<String>,
    /// Signed in at least once (set a password).
    pub active: bool,
}

impl Store {
    /// Saves an offer's facts, shift needs and German text if nobody saved in between.
    /// A changed German text raises the source revision (translations become outdated).
    #[allow(clippy::too_many_arguments)]
    pub async fn update_group(
        &self,
        municipality: MunicipalityId,
        id: i64,
        version: i64,
        f: &GroupFacts,
        german: &GroupText,
        published: bool,
        by: UserId,
    ) -> DbResult<Saved> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let old: Option<(String, String)> = sqlx::query_as(
                "SELECT t.title, t.description FROM group_texts t JOIN group_offers g ON g.id = t.group_id \
                 WHERE g.id = $1 AND g.municipality_id = $2 AND t.lang = 'de'")
                .bind(id).bind(municipality.0).fetch_optional(&mut *tx).await?;
            let changed = old.is_none_or(|(t, d)| t != german.title || d != german.description);
            let rows = sqlx::query(
                "UPDATE group_offers SET category = $1, target_group = $2, office_id = $3, address = $4, childcare = $5, \
                 barrier_free = $6, capacity = $7, contact_name = $8, contact_phone = $9, contact_email = $10, \
                 source_rev = source_rev + $11, version = version + 1, updated_at = $12 \
                 WHERE id = $13 AND municipality_id = $14 AND version = $15")
                .bind(&f.category).bind(&f.target_group).bind(f.office_id).bind(&f.address).bind(f.childcare)
                .bind(f.barrier_free).bind(f.capacity).bind(&f.contact_name).bind(&f.contact_phone)
                .bind(&f.contact_email).bind(i64::from(changed)).bind(at).bind(id).bind(municipality.0)
                .bind(version).execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                tx.rollback().await?;
                return Ok(Saved::Conflict);
            }
            sqlx::query("DELETE FROM group_shift_needs WHERE group_id = $1").bind(id).execute(&mut *tx).await?;
            for (role, needed) in &f.shift_needs {
                sqlx::query("INSERT INTO group_shift_needs (group_id, role, needed) VALUES ($1, $2, $3)")
                    .bind(id).bind(role).bind(needed).execute(&mut *tx).await?;
            }
            sqlx::query(
                "UPDATE group_texts SET title = $1, description = $2, status = $3, updated_at = $4, updated_by = $5, \
                 source_rev = (SELECT source_rev FROM group_offers WHERE id = $6), version = version + 1 \
                 WHERE group_id = $6 AND lang = 'de'")
                .bind(&german.title).bind(&german.description).bind(status).bind(at).bind(by.0).bind(id)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Saved::Done)
        })
    }

    /// Every offer's texts with their revisions, for the translation overview.
    pub async fn group_translations(&self, municipality: MunicipalityId) -> DbResult<Vec<TranslationRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.id, g.source_rev, t.lang, t.title, t.status, t.source_rev AS text_rev \
             FROM group_offers g JOIN group_texts t ON t.group_id = g.id WHERE g.municipality_id = $1 ORDER BY g.id")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// The group's sessions between two instants (UTC seconds), cancelled ones included.
    pub async fn sessions_between(&self, group: i64, from: i64, to: i64) -> DbResult<Vec<SessionRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, group_id, starts_at, minutes, status, moved, reason, head_count, version FROM group_sessions \
             WHERE group_id = $1 AND starts_at >= $2 AND starts_at < $3 ORDER BY starts_at, id")
            .bind(group).bind(from).bind(to).fetch_all(pool).await?))
    }

    pub async fn session_of_group(&self, group: i64, session: i64) -> DbResult<Option<SessionRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, group_id, starts_at, minutes, status, moved, reason, head_count, version FROM group_sessions \
             WHERE group_id = $1 AND id = $2")
            .bind(group).bind(session).fetch_optional(pool).await?))
    }

    /// Who signed up for the group's sessions in a time span.
    pub async fn signups_between(&self, group: i64, from: i64, to: i64) -> DbResult<Vec<SignupRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.session_id, u.user_id, p.display_name, u.role, u.minutes FROM shift_signups u \
             JOIN group_sessions s ON s.id = u.session_id JOIN users p ON p.id = u.user_id \
             WHERE s.group_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 AND u.cancelled_at IS NULL \
             ORDER BY s.starts_at, u.role, p.display_name")
            .bind(group).bind(from).bind(to).fetch_all(pool).await?))
    }

    /// Roles still open in the municipality's scheduled sessions of a time span.
    pub async fn shift_gaps(
        &self,
        municipality: MunicipalityId,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<GapRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT * FROM (SELECT s.id AS session_id, s.group_id, t.title, s.starts_at, n.role, n.needed, \
             (SELECT COUNT(*) FROM shift_signups u WHERE u.session_id = s.id AND u.role = n.role AND u.cancelled_at IS NULL) AS filled \
             FROM group_sessions s JOIN group_offers g ON g.id = s.group_id \
             JOIN group_shift_needs n ON n.group_id = s.group_id AND n.needed > 0 \
             JOIN group_texts t ON t.group_id = s.group_id AND t.lang = 'de' \
             WHERE g.municipality_id = $1 AND s.status = 'scheduled' AND s.starts_at >= $2 AND s.starts_at < $3) x \
             WHERE x.filled < x.needed ORDER BY x.starts_at, x.session_id, x.role")
            .bind(municipality.0).bind(from).bind(to).fetch_all(pool).await?))
    }

    /// Records how many took part in a session that has begun; None clears it.
    pub async fn set_head_count(&self, group: i64, session: i64, count: Option<i64>) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE group_sessions SET head_count = $1, version = version + 1 \
             WHERE id = $2 AND group_id = $3 AND status = 'scheduled' AND starts_at <= $4")
            .bind(count).bind(session).bind(group).bind(now()).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Attendance per target group for sessions between two instants: sessions held,
    /// sessions with a head count, and the people counted.
    pub async fn attendance(
        &self,
        municipality: MunicipalityId,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<AttendanceRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.target_group, COUNT(*) AS sessions, COUNT(s.head_count) AS counted, \
             CAST(COALESCE(SUM(s.head_count), 0) AS BIGINT) AS heads \
             FROM group_sessions s JOIN group_offers g ON g.id = s.group_id \
             WHERE g.municipality_id = $1 AND s.status = 'scheduled' AND s.starts_at >= $2 AND s.starts_at < $3 \
             GROUP BY g.target_group ORDER BY g.target_group")
            .bind(municipality.0).bind(from).bind(to).fetch_all(pool).await?))
    }

    /// The volunteers helping in a group: (user id, name).
    pub async fn group_volunteer_list(&self, group: i64) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id, u.display_name FROM group_volunteers v JOIN users u ON u.id = v.user_id \
             WHERE v.group_id = $1 ORDER BY u.display_name")
            .bind(group).fetch_all(pool).await?))
    }

    /// Takes a volunteer off a group; their future shifts in it are given back.
    pub async fn remove_group_volunteer(&self, group: i64, user: UserId) -> DbResult<bool> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query("DELETE FROM group_volunteers WHERE group_id = $1 AND user_id = $2")
                .bind(group).bind(user.0).execute(&mut *tx).await?.rows_affected();
            sqlx::query(
                "UPDATE shift_signups SET cancelled_at = $1 WHERE user_id = $2 AND cancelled_at IS NULL \
                 AND session_id IN (SELECT id FROM group_sessions WHERE group_id = $3 AND starts_at > $1)")
                .bind(at).bind(user.0).bind(group).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(rows > 0)
        })
    }

    /// The municipality's volunteers, by name.
    pub async fn municipality_volunteers(&self, municipality: MunicipalityId) -> DbResult<Vec<VolunteerRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, display_name, email, password_hash IS NOT NULL AS active FROM users \
             WHERE role = 'volunteer' AND municipality_id = $1 AND disabled_at IS NULL ORDER BY display_name")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// The groups of a municipality with their German titles, for choosers.
    pub async fn group_titles(&self, municipality: MunicipalityId) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.id, t.title FROM group_offers g JOIN group_texts t ON t.group_id = g.id AND t.lang = 'de' \
             WHERE g.municipality_id = $1 ORDER BY t.title, g.id")
            .bind(municipality.0).fetch_all(pool).await?))
    }
}

impl Store {
    /// Seats taken and places on the waitlist.
    pub async fn seat_counts(&self, group: i64) -> DbResult<(i64, i64)> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT COUNT(*) FILTER (WHERE status = 'confirmed'), COUNT(*) FILTER (WHERE status = 'waitlist') \
             FROM group_participants WHERE group_id = $1")
            .bind(group).fetch_one(pool).await?))
    }

    /// The volunteers signed up for a session (to tell them of a change).
    pub async fn session_volunteers(&self, session: i64) -> DbResult<Vec<UserId>> {
        let ids: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT user_id FROM shift_signups WHERE session_id = $1 AND cancelled_at IS NULL")
            .bind(session).fetch_all(pool).await?);
        Ok(ids.into_iter().map(UserId).collect())
    }
}

impl Store {
    /// A shift that took place, with its time recorded (demo data and tests: sign-ups
    /// through the app only reach dates still ahead).
    pub async fn record_past_shift(
        &self,
        session: i64,
        user: UserId,
        role: &str,
        minutes: i64,
    ) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO shift_signups (session_id, user_id, role, signed_up_at, minutes, recorded_by, recorded_at) \
             VALUES ($1, $2, $3, $4, $5, $2, $4)")
            .bind(session).bind(user.0).bind(role).bind(at).bind(minutes).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// A date that already took place (demo data and tests).
    pub async fn add_past_session(
        &self,
        group: i64,
        starts_at: i64,
        minutes: i64,
        head_count: Option<i64>,
    ) -> DbResult<i64> {
        let on = chrono::DateTime::from_timestamp(starts_at, 0)
            .map(|t| t.with_timezone(&crate::time::ZONE).date_naive().to_string())
            .unwrap_or_default();
        let id = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO group_sessions (group_id, occurs_on, starts_at, minutes, head_count) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(group).bind(on).bind(starts_at).bind(minutes).bind(head_count).fetch_one(pool).await?);
        // Past by its name; should a caller give a date still ahead, the offer's next
        // date says so.
        if starts_at >= crate::db::now() {
            self.set_next_date(group).await?;
        }
        Ok(id)
    }
}

impl Store {
    /// Ties a client's place in a group to the plan step it was made for.
    pub async fn link_participation_to_step(
        &self,
        client: lotse_app::domain::ClientId,
        group: i64,
        step: i64,
    ) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "UPDATE group_participants SET plan_step_id = $1 WHERE group_id = $2 AND client_id = $3 AND status <> 'cancelled' \
             AND $1 IN (SELECT id FROM plan_steps WHERE client_id = $3)")
            .bind(step).bind(group).bind(client.0).execute(pool).await?.rows_affected());
        Ok(())
    }
}
