//! Storage of group offers: the offer with its texts per language, its series expanded
//! into sessions a year ahead, volunteers' shifts per session and role, and
//! participants with a waitlist.
//!
//! Seats and shifts are never overbooked, on either database: every sign-up starts its
//! transaction by writing the row it counts against (the offer for seats, the session
//! for shifts). PostgreSQL then holds that row's lock and SQLite its single write lock
//! until the transaction ends, so a second sign-up counts only after the first is in.

mod listing;
mod manage;
mod volunteers;

pub use listing::*;
pub use manage::*;
pub use volunteers::*;

use super::{now, on_pool, DbResult, Store};
use crate::groups::schedule::{Occurrence, Repeat, Series};
use crate::time::today;
use chrono::{NaiveDate, NaiveTime, Weekday};
use lotse_app::domain::{ClientId, MunicipalityId, UserId};

/// Sessions are kept this many days ahead (extended daily by the janitor).
pub const HORIZON_DAYS: i64 = 366;

#[derive(Clone, Debug, Default)]
pub struct GroupFacts {
    pub category: String,
    pub target_group: String,
    pub office_id: Option<i64>,
    pub address: String,
    pub childcare: bool,
    pub barrier_free: bool,
    pub capacity: i64,
    pub contact_name: String,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    /// Volunteers each session needs, per role.
    pub shift_needs: Vec<(String, i64)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GroupText {
    pub title: String,
    pub description: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GroupRow {
    pub id: i64,
    pub municipality_id: i64,
    pub category: String,
    pub target_group: String,
    pub office_id: Option<i64>,
    pub address: String,
    pub childcare: bool,
    pub barrier_free: bool,
    pub capacity: i64,
    pub contact_name: String,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    pub source_rev: i64,
    pub version: i64,
    /// The next date that takes place (UTC seconds), if one is planned.
    pub next_at: Option<i64>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GroupTextRow {
    pub lang: String,
    pub title: String,
    pub description: String,
    pub status: String,
    pub source_rev: i64,
    pub version: i64,
}

#[derive(Clone, Debug)]
pub struct GroupFull {
    pub group: GroupRow,
    pub texts: Vec<GroupTextRow>,
    pub shift_needs: Vec<(String, i64)>,
    pub series: Vec<SeriesRow>,
}

impl GroupFull {
    pub fn text(&self, lang: &str) -> Option<&GroupTextRow> {
        self.texts.iter().find(|t| t.lang == lang)
    }

    pub fn is_published(&self) -> bool {
        self.text("de").is_some_and(|t| t.status == "published")
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SeriesRow {
    pub id: i64,
    pub repeat: String,
    pub nth: Option<i64>,
    pub weekday: i64,
    pub start_time: String,
    pub minutes: i64,
    pub first_on: String,
    pub last_on: Option<String>,
}

/// A series with the last date written for it (the janitor's daily step).
#[derive(Debug, sqlx::FromRow)]
struct DueSeries {
    group_id: i64,
    #[sqlx(flatten)]
    series: SeriesRow,
    written_until: Option<String>,
}

impl SeriesRow {
    pub fn series(&self) -> Option<Series> {
        Some(Series {
            repeat: Repeat::from_columns(&self.repeat, self.nth)?,
            weekday: Weekday::try_from(u8::try_from(self.weekday).ok()?).ok()?,
            start: NaiveTime::parse_from_str(&self.start_time, "%H:%M").ok()?,
            minutes: u32::try_from(self.minutes).ok()?,
            first: NaiveDate::parse_from_str(&self.first_on, "%Y-%m-%d").ok()?,
            last: match &self.last_on {
                Some(l) => Some(NaiveDate::parse_from_str(l, "%Y-%m-%d").ok()?),
                None => None,
            },
        })
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct SessionRow {
    pub id: i64,
    pub group_id: i64,
    pub starts_at: i64,
    pub minutes: i64,
    pub status: String,
    pub moved: bool,
    pub reason: Option<String>,
    pub head_count: Option<i64>,
    pub version: i64,
}

/// A shift as a volunteer sees it in the list of open shifts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShiftSignUp {
    Done,
    /// Every place in this role is taken.
    Full,
    /// Already signed up for this session.
    Already,
    /// Not a volunteer of this group, no such session, or it is over or cancelled.
    NotAllowed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Joined {
    Confirmed,
    /// On the waitlist at this position (1 = next to move up).
    Waitlist(i64),
    /// Already signed up (or waiting).
    Already,
    NotFound,
}

/// What leaving a group did: whether someone moved up from the waitlist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Left {
    pub moved_up: Option<ClientId>,
}

impl Store {
    pub async fn create_group(
        &self,
        municipality: MunicipalityId,
        f: &GroupFacts,
        german: &GroupText,
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<i64> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO group_offers (municipality_id, category, target_group, office_id, address, childcare, \
                 barrier_free, capacity, contact_name, contact_phone, contact_email, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id")
                .bind(municipality.0).bind(&f.category).bind(&f.target_group).bind(f.office_id).bind(&f.address)
                .bind(f.childcare).bind(f.barrier_free).bind(f.capacity).bind(&f.contact_name)
                .bind(&f.contact_phone).bind(&f.contact_email).bind(at).fetch_one(&mut *tx).await?;
            for (role, needed) in &f.shift_needs {
                sqlx::query("INSERT INTO group_shift_needs (group_id, role, needed) VALUES ($1, $2, $3)")
                    .bind(id).bind(role).bind(needed).execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO group_texts (group_id, lang, title, description, status, source_rev, updated_at, updated_by) \
                 VALUES ($1, 'de', $2, $3, $4, 1, $5, $6)")
                .bind(id).bind(&german.title).bind(&german.description).bind(status).bind(at)
                .bind(by.map(|u| u.0)).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Saves a translation of a group's texts (`version` 0: a new one); false when
    /// somebody saved in between.
    pub async fn save_group_text(
        &self,
        group: i64,
        lang: &str,
        version: i64,
        text: &GroupText,
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<bool> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        let rows = on_pool!(self, pool => if version == 0 {
            sqlx::query(
                "INSERT INTO group_texts (group_id, lang, title, description, status, source_rev, updated_at, updated_by) \
                 SELECT id, $2, $3, $4, $5, source_rev, $6, $7 FROM group_offers WHERE id = $1 \
                 ON CONFLICT (group_id, lang) DO NOTHING")
                .bind(group).bind(lang).bind(&text.title).bind(&text.description).bind(status).bind(at)
                .bind(by.map(|u| u.0)).execute(pool).await?.rows_affected()
        } else {
            sqlx::query(
                "UPDATE group_texts SET title = $1, description = $2, status = $3, updated_at = $4, updated_by = $5, \
                 source_rev = (SELECT source_rev FROM group_offers WHERE id = $6), version = version + 1 \
                 WHERE group_id = $6 AND lang = $7 AND version = $8")
                .bind(&text.title).bind(&text.description).bind(status).bind(at).bind(by.map(|u| u.0))
                .bind(group).bind(lang).bind(version).execute(pool).await?.rows_affected()
        });
        Ok(rows > 0)
    }

    /// Adds a series and its sessions up to a year ahead.
    pub async fn add_series(&self, group: i64, s: &Series) -> DbResult<i64> {
        let (repeat, nth) = s.repeat.columns();
        let weekday = i64::from(s.weekday.num_days_from_monday());
        let id: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO group_series (group_id, repeat, nth, weekday, start_time, minutes, first_on, last_on, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
            .bind(group).bind(repeat).bind(nth).bind(weekday).bind(s.start.format("%H:%M").to_string())
            .bind(i64::from(s.minutes)).bind(s.first.to_string()).bind(s.last.map(|d| d.to_string()))
            .bind(now()).fetch_one(pool).await?);
        self.extend_series(group, id, s, today()).await?;
        Ok(id)
    }

    /// Writes the series' sessions from `from` to the horizon; sessions already there
    /// (moved, cancelled or with sign-ups) stay as they are.
    pub(crate) async fn extend_series(
        &self,
        group: i64,
        series: i64,
        s: &Series,
        from: NaiveDate,
    ) -> DbResult<()> {
        let to = today() + chrono::Duration::days(HORIZON_DAYS);
        let occurrences: Vec<Occurrence> = s.occurrences(from, to).unwrap_or_default();
        if occurrences.is_empty() {
            return Ok(());
        }
        let minutes = i64::from(s.minutes);
        let next_date = next_date_update();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for o in &occurrences {
                sqlx::query(
                    "INSERT INTO group_sessions (group_id, series_id, occurs_on, starts_at, minutes) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (series_id, occurs_on) DO NOTHING")
                    .bind(group).bind(series).bind(o.on.to_string()).bind(o.starts_at.timestamp()).bind(minutes)
                    .execute(&mut *tx).await?;
            }
            sqlx::query(&next_date).bind(now()).bind(group).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The janitor's daily step: every series' sessions up to a year ahead. Each series
    /// goes on from the day after its last written date: the dates before it are written
    /// already (as they were, or moved, or cancelled), so a day's step writes the one new
    /// week, not the year again (2,000 weekly offers: ~280 dates, not 104,000 statements
    /// that each found their date there).
    pub async fn extend_all_series(&self) -> DbResult<usize> {
        let rows: Vec<DueSeries> = on_pool!(self, pool => sqlx::query_as(
            "SELECT g.group_id, g.id, g.repeat, g.nth, g.weekday, g.start_time, g.minutes, g.first_on, g.last_on, \
             (SELECT MAX(s.occurs_on) FROM group_sessions s WHERE s.series_id = g.id) AS written_until \
             FROM group_series g ORDER BY g.id")
            .fetch_all(pool).await?);
        let n = rows.len();
        let today = today();
        let horizon = today + chrono::Duration::days(HORIZON_DAYS);
        for row in rows {
            let Some(s) = row.series.series() else { continue };
            let after_written = row
                .written_until
                .as_deref()
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .and_then(|d| d.succ_opt());
            let from = after_written.map_or(today, |d| d.max(today));
            if from <= horizon {
                self.extend_series(row.group_id, row.series.id, &s, from).await?;
            }
        }
        Ok(n)
    }

    /// A one-off session.
    pub async fn add_session(
        &self,
        group: i64,
        on: NaiveDate,
        at: NaiveTime,
        minutes: i64,
    ) -> DbResult<Option<i64>> {
        let Some(starts) = crate::groups::schedule::local_instant(on, at) else {
            return Ok(None);
        };
        let next_date = next_date_update();
        let id: i64 = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO group_sessions (group_id, occurs_on, starts_at, minutes) VALUES ($1, $2, $3, $4) RETURNING id")
                .bind(group).bind(on.to_string()).bind(starts.timestamp()).bind(minutes).fetch_one(&mut *tx).await?;
            sqlx::query(&next_date).bind(now()).bind(group).execute(&mut *tx).await?;
            tx.commit().await?;
            id
        });
        Ok(Some(id))
    }

    /// Cancels a session with a reason, if it is still at `version`.
    pub async fn cancel_session(
        &self,
        group: i64,
        session: i64,
        reason: &str,
        version: i64,
    ) -> DbResult<bool> {
        let next_date = next_date_update();
        let rows = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE group_sessions SET status = 'cancelled', reason = $1, version = version + 1 \
             WHERE id = $2 AND group_id = $3 AND version = $4")
                .bind(reason).bind(session).bind(group).bind(version).execute(&mut *tx).await?.rows_affected();
            if rows > 0 {
                sqlx::query(&next_date).bind(now()).bind(group).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            rows
        });
        Ok(rows > 0)
    }

    /// Moves a session to another time with a reason, if it is still at `version`.
    pub async fn move_session(
        &self,
        group: i64,
        session: i64,
        starts_at: i64,
        reason: &str,
        version: i64,
    ) -> DbResult<bool> {
        let next_date = next_date_update();
        let rows = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE group_sessions SET starts_at = $1, moved = TRUE, reason = $2, version = version + 1 \
             WHERE id = $3 AND group_id = $4 AND version = $5")
                .bind(starts_at).bind(reason).bind(session).bind(group).bind(version).execute(&mut *tx).await?.rows_affected();
            if rows > 0 {
                sqlx::query(&next_date).bind(now()).bind(group).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            rows
        });
        Ok(rows > 0)
    }

    pub async fn group(&self, municipality: MunicipalityId, id: i64) -> DbResult<Option<GroupFull>> {
        self.before_reading_next_dates().await;
        let group: Option<GroupRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, municipality_id, category, target_group, office_id, address, childcare, barrier_free, capacity, \
             contact_name, contact_phone, contact_email, source_rev, version, NULLIF(next_at, 9223372036854775807) AS next_at \
             FROM group_offers WHERE id = $1 AND municipality_id = $2")
            .bind(id).bind(municipality.0).fetch_optional(pool).await?);
        let Some(group) = group else { return Ok(None) };
        let (texts, shift_needs, series) = on_pool!(self, pool => (
            sqlx::query_as::<_, GroupTextRow>(
                "SELECT lang, title, description, status, source_rev, version FROM group_texts WHERE group_id = $1")
                .bind(id).fetch_all(pool).await?,
            sqlx::query_as::<_, (String, i64)>(
                "SELECT role, needed FROM group_shift_needs WHERE group_id = $1 ORDER BY role")
                .bind(id).fetch_all(pool).await?,
            sqlx::query_as::<_, SeriesRow>(
                "SELECT id, repeat, nth, weekday, start_time, minutes, first_on, last_on FROM group_series \
                 WHERE group_id = $1 ORDER BY id")
                .bind(id).fetch_all(pool).await?,
        ));
        Ok(Some(GroupFull {
            group,
            texts,
            shift_needs,
            series,
        }))
    }

    /// The group's sessions from `from` (UTC seconds) on, at most `limit`.
    pub async fn sessions(&self, group: i64, from: i64, limit: i64) -> DbResult<Vec<SessionRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, group_id, starts_at, minutes, status, moved, reason, head_count, version FROM group_sessions \
             WHERE group_id = $1 AND starts_at >= $2 ORDER BY starts_at LIMIT $3")
            .bind(group).bind(from).bind(limit).fetch_all(pool).await?))
    }

    pub async fn add_group_volunteer(&self, group: i64, user: UserId) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO group_volunteers (group_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(group).bind(user.0).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Signs a volunteer of the group up for a role in a session, if a place is free.
    pub async fn sign_up_shift(&self, user: UserId, session: i64, role: &str) -> DbResult<ShiftSignUp> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            // The first write: holds the session until this sign-up is in.
            let open = sqlx::query(
                "UPDATE group_sessions SET version = version WHERE id = $1 AND status = 'scheduled' AND starts_at > $2 \
                 AND group_id IN (SELECT group_id FROM group_volunteers WHERE user_id = $3)")
                .bind(session).bind(at).bind(user.0).execute(&mut *tx).await?.rows_affected();
            if open == 0 {
                tx.rollback().await?;
                return Ok(ShiftSignUp::NotAllowed);
            }
            let needed: Option<i64> = sqlx::query_scalar(
                "SELECT n.needed FROM group_shift_needs n JOIN group_sessions s ON s.group_id = n.group_id \
                 WHERE s.id = $1 AND n.role = $2")
                .bind(session).bind(role).fetch_optional(&mut *tx).await?;
            let Some(needed) = needed else {
                tx.rollback().await?;
                return Ok(ShiftSignUp::NotAllowed);
            };
            let already: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM shift_signups WHERE session_id = $1 AND user_id = $2 AND cancelled_at IS NULL")
                .bind(session).bind(user.0).fetch_one(&mut *tx).await?;
            if already > 0 {
                tx.rollback().await?;
                return Ok(ShiftSignUp::Already);
            }
            let filled: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM shift_signups WHERE session_id = $1 AND role = $2 AND cancelled_at IS NULL")
                .bind(session).bind(role).fetch_one(&mut *tx).await?;
            if filled >= needed {
                tx.rollback().await?;
                return Ok(ShiftSignUp::Full);
            }
            sqlx::query("INSERT INTO shift_signups (session_id, user_id, role, signed_up_at) VALUES ($1, $2, $3, $4)")
                .bind(session).bind(user.0).bind(role).bind(at).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(ShiftSignUp::Done)
        })
    }

    /// Cancels the volunteer's sign-up for a session; Some(hours until it starts) when
    /// there was one.
    pub async fn cancel_shift(&self, user: UserId, session: i64) -> DbResult<Option<i64>> {
        let at = now();
        let starts: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "UPDATE shift_signups SET cancelled_at = $1 WHERE session_id = $2 AND user_id = $3 AND cancelled_at IS NULL \
             RETURNING (SELECT starts_at FROM group_sessions WHERE id = $2)")
            .bind(at).bind(session).bind(user.0).fetch_optional(pool).await?);
        Ok(starts.map(|s| (s - at) / 3600))
    }

    /// Signs a client up: a seat if one is free, else the waitlist.
    pub async fn join_group(
        &self,
        client: ClientId,
        group: i64,
        share_first_name: bool,
        by: UserId,
    ) -> DbResult<Joined> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            // The first write: holds the offer until this sign-up is in.
            let capacity: Option<i64> = sqlx::query_scalar(
                "UPDATE group_offers SET signups_rev = signups_rev + 1 WHERE id = $1 \
                 AND EXISTS (SELECT 1 FROM group_texts t WHERE t.group_id = $1 AND t.lang = 'de' AND t.status = 'published') \
                 AND municipality_id = (SELECT municipality_id FROM clients WHERE id = $2) RETURNING capacity")
                .bind(group).bind(client.0).fetch_optional(&mut *tx).await?;
            let Some(capacity) = capacity else {
                tx.rollback().await?;
                return Ok(Joined::NotFound);
            };
            let mine: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM group_participants WHERE group_id = $1 AND client_id = $2 AND status <> 'cancelled'")
                .bind(group).bind(client.0).fetch_one(&mut *tx).await?;
            if mine > 0 {
                tx.rollback().await?;
                return Ok(Joined::Already);
            }
            let confirmed: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM group_participants WHERE group_id = $1 AND status = 'confirmed'")
                .bind(group).fetch_one(&mut *tx).await?;
            let status = if confirmed < capacity { "confirmed" } else { "waitlist" };
            sqlx::query(
                "INSERT INTO group_participants (group_id, client_id, status, share_first_name, signed_up_at, signed_up_by, changed_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $5)")
                .bind(group).bind(client.0).bind(status).bind(share_first_name).bind(at).bind(by.0)
                .execute(&mut *tx).await?;
            let result = if status == "confirmed" {
                Joined::Confirmed
            } else {
                let position: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM group_participants WHERE group_id = $1 AND status = 'waitlist'")
                    .bind(group).fetch_one(&mut *tx).await?;
                Joined::Waitlist(position)
            };
            tx.commit().await?;
            Ok(result)
        })
    }

    /// Takes a client off a group (seat or waitlist); the first one waiting moves up
    /// into a freed seat.
    pub async fn leave_group(&self, client: ClientId, group: i64) -> DbResult<Option<Left>> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE group_offers SET signups_rev = signups_rev + 1 WHERE id = $1")
                .bind(group).execute(&mut *tx).await?;
            let left = sqlx::query(
                "UPDATE group_participants SET status = 'cancelled', changed_at = $1 \
                 WHERE group_id = $2 AND client_id = $3 AND status <> 'cancelled'")
                .bind(at).bind(group).bind(client.0).execute(&mut *tx).await?.rows_affected();
            if left == 0 {
                tx.rollback().await?;
                return Ok(None);
            }
            // A freed seat goes to whoever waits longest.
            let moved_up: Option<i64> = sqlx::query_scalar(
                "UPDATE group_participants SET status = 'confirmed', changed_at = $1 WHERE id = ( \
                   SELECT id FROM group_participants WHERE group_id = $2 AND status = 'waitlist' \
                   ORDER BY signed_up_at, id LIMIT 1) \
                 AND (SELECT COUNT(*) FROM group_participants WHERE group_id = $2 AND status = 'confirmed') \
                   < (SELECT capacity FROM group_offers WHERE id = $2) \
                 RETURNING client_id")
                .bind(at).bind(group).fetch_optional(&mut *tx).await?;
            tx.commit().await?;
            Ok(Some(Left { moved_up: moved_up.map(ClientId) }))
        })
    }

    /// The client's place in a group: ("confirmed", 0) or ("waitlist", position).
    pub async fn participation(&self, client: ClientId, group: i64) -> DbResult<Option<(String, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT p.status, CASE WHEN p.status = 'waitlist' THEN (SELECT COUNT(*) FROM group_participants w \
               WHERE w.group_id = p.group_id AND w.status = 'waitlist' \
               AND (w.signed_up_at < p.signed_up_at OR (w.signed_up_at = p.signed_up_at AND w.id <= p.id))) ELSE 0 END \
             FROM group_participants p WHERE p.group_id = $1 AND p.client_id = $2 AND p.status <> 'cancelled'")
            .bind(group).bind(client.0).fetch_optional(pool).await?))
    }

    /// The groups the client is in or waiting for: (group, status).
    pub async fn my_groups(&self, client: ClientId) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT group_id, status FROM group_participants WHERE client_id = $1 AND status <> 'cancelled'")
            .bind(client.0).fetch_all(pool).await?))
    }

    /// The groups a volunteer helps in.
    pub async fn volunteer_groups(&self, user: UserId) -> DbResult<Vec<i64>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT group_id FROM group_volunteers WHERE user_id = $1 ORDER BY group_id")
            .bind(user.0).fetch_all(pool).await?))
    }
}
