//! Public events and the group offers a coordinator shows publicly: what the page
//! without sign-in lists, a registration that never overbooks (on any instance), and the
//! coordinators' side (events with their texts per language, registrations).

use super::{now, on_pool, DbResult, Saved, Store};
use lotse_app::domain::{MunicipalityId, UserId};

/// Days after its end an event's registrations are deleted.
pub const REGISTRATIONS_KEPT_DAYS: i64 = 30;

/// An event as a reader sees it: texts in their language where written, else German.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct EventRow {
    pub id: i64,
    pub municipality_id: i64,
    pub municipality: String,
    pub title: String,
    pub description: String,
    /// The language the texts are in (German when none in the reader's).
    pub text_lang: String,
    pub office_id: Option<i64>,
    pub office_name: Option<String>,
    pub address: Option<String>,
    pub place: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub registration: bool,
    pub capacity: Option<i64>,
    /// People registered (each registration counts its people).
    pub registered: i64,
    pub status: String,
    pub version: i64,
}

impl EventRow {
    /// Places still free (None: no limit).
    pub fn free(&self) -> Option<i64> {
        self.capacity.map(|c| (c - self.registered).max(0))
    }

    /// The place in one line: the directory's name and address, then the words.
    pub fn where_line(&self) -> String {
        [
            self.office_name.clone(),
            self.address.clone(),
            Some(self.place.clone()),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }
}

/// What a coordinator writes.
#[derive(Clone, Debug)]
pub struct NewEvent {
    pub office_id: Option<i64>,
    pub place: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub registration: bool,
    pub capacity: Option<i64>,
    /// (lang, title, description); German first and always.
    pub texts: Vec<(String, String, String)>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct RegistrationRow {
    pub name: String,
    pub people: i64,
    pub contact: String,
    pub lang: String,
    pub created_at: i64,
}

/// A registration as posted.
#[derive(Clone, Debug)]
pub struct NewRegistration {
    pub name: String,
    pub people: i64,
    pub contact: String,
    pub lang: String,
    pub user: Option<UserId>,
    pub key_hash: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Registered {
    New,
    /// The same form again (a retry): it landed before.
    Again,
    /// Not enough places left for this many people.
    Full,
    /// No registration (any more): cancelled, past, or none asked for.
    Closed,
}

/// A group offer shown publicly, with its next date.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PublicGroupRow {
    pub id: i64,
    pub municipality: String,
    pub title: String,
    pub text_lang: String,
    pub category: String,
    pub office_name: Option<String>,
    pub address: String,
    pub next_at: Option<i64>,
    pub childcare: bool,
}

/// The select behind every event read: `$1` the reader's language.
const EVENT_SELECT: &str = "SELECT e.id, e.municipality_id, m.name AS municipality, \
     COALESCE(t.title, d.title) AS title, COALESCE(t.description, d.description) AS description, \
     CASE WHEN t.title IS NULL THEN 'de' ELSE t.lang END AS text_lang, \
     e.office_id, (SELECT x.name FROM office_texts x WHERE x.office_id = e.office_id AND x.lang = 'de') AS office_name, \
     (SELECT o.street || ', ' || o.postcode || ' ' || o.city FROM offices o WHERE o.id = e.office_id) AS address, \
     e.place, e.starts_at, e.minutes, e.registration, e.capacity, \
     CAST(COALESCE((SELECT SUM(r.people) FROM event_registrations r WHERE r.event_id = e.id), 0) AS BIGINT) AS registered, \
     e.status, e.version \
     FROM events e JOIN municipalities m ON m.id = e.municipality_id \
     JOIN event_texts d ON d.event_id = e.id AND d.lang = 'de' \
     LEFT JOIN event_texts t ON t.event_id = e.id AND t.lang = $1";

impl Store {
    /// Events from `from` to `to` (Unix), of one municipality or all, soonest first.
    pub async fn public_events(
        &self,
        municipality: Option<MunicipalityId>,
        lang: &str,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<EventRow>> {
        let sql = format!(
            "{EVENT_SELECT} WHERE ($2 = 0 OR e.municipality_id = $2) AND e.starts_at + e.minutes * 60 >= $3 \
             AND e.starts_at < $4 ORDER BY e.starts_at, e.id"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(lang).bind(municipality.map_or(0, |m| m.0)).bind(from).bind(to).fetch_all(pool).await?))
    }

    pub async fn event(&self, id: i64, lang: &str) -> DbResult<Option<EventRow>> {
        let sql = format!("{EVENT_SELECT} WHERE e.id = $2");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(lang).bind(id).fetch_optional(pool).await?))
    }

    /// A municipality's events from `from` on (the coordinators' list), in German.
    pub async fn events_of(&self, municipality: MunicipalityId, from: i64) -> DbResult<Vec<EventRow>> {
        let sql = format!(
            "{EVENT_SELECT} WHERE e.municipality_id = $2 AND e.starts_at >= $3 ORDER BY e.starts_at, e.id"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind("de").bind(municipality.0).bind(from).fetch_all(pool).await?))
    }

    /// An event's texts: (lang, title, description).
    pub async fn event_texts(&self, id: i64) -> DbResult<Vec<(String, String, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT lang, title, description FROM event_texts WHERE event_id = $1 ORDER BY lang")
            .bind(id).fetch_all(pool).await?))
    }

    pub async fn add_event(&self, municipality: MunicipalityId, e: &NewEvent, by: UserId) -> DbResult<i64> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO events (municipality_id, office_id, place, starts_at, minutes, registration, capacity, \
                 created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id")
                .bind(municipality.0).bind(e.office_id).bind(&e.place).bind(e.starts_at).bind(e.minutes)
                .bind(e.registration).bind(e.capacity).bind(by.0).bind(at).fetch_one(&mut *tx).await?;
            for (lang, title, description) in &e.texts {
                sqlx::query("INSERT INTO event_texts (event_id, lang, title, description) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(lang).bind(title).bind(description).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(id)
        })
    }

    /// Saves an event of the municipality at the version the form was opened with; its
    /// texts become exactly `e.texts`.
    pub async fn update_event(
        &self,
        municipality: MunicipalityId,
        id: i64,
        version: i64,
        e: &NewEvent,
    ) -> DbResult<Saved> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE events SET office_id = $1, place = $2, starts_at = $3, minutes = $4, registration = $5, \
                 capacity = $6, updated_at = $7, version = version + 1 \
                 WHERE id = $8 AND municipality_id = $9 AND version = $10")
                .bind(e.office_id).bind(&e.place).bind(e.starts_at).bind(e.minutes).bind(e.registration)
                .bind(e.capacity).bind(at).bind(id).bind(municipality.0).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                tx.rollback().await?;
                return Ok(Saved::Conflict);
            }
            sqlx::query("DELETE FROM event_texts WHERE event_id = $1").bind(id).execute(&mut *tx).await?;
            for (lang, title, description) in &e.texts {
                sqlx::query("INSERT INTO event_texts (event_id, lang, title, description) VALUES ($1, $2, $3, $4)")
                    .bind(id).bind(lang).bind(title).bind(description).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Saved::Done)
        })
    }

    pub async fn cancel_event(&self, municipality: MunicipalityId, id: i64, version: i64) -> DbResult<Saved> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE events SET status = 'cancelled', updated_at = $1, version = version + 1 \
             WHERE id = $2 AND municipality_id = $3 AND version = $4 AND status = 'published'")
            .bind(now()).bind(id).bind(municipality.0).bind(version).execute(pool).await?.rows_affected());
        Ok(Saved::from_rows(rows))
    }

    pub async fn event_registrations(
        &self,
        municipality: MunicipalityId,
        id: i64,
    ) -> DbResult<Vec<RegistrationRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT r.name, r.people, r.contact, r.lang, r.created_at FROM event_registrations r \
             JOIN events e ON e.id = r.event_id WHERE r.event_id = $1 AND e.municipality_id = $2 \
             ORDER BY r.created_at, r.id")
            .bind(id).bind(municipality.0).fetch_all(pool).await?))
    }

    /// Registers for a published event ahead that asks for it. The event's row is
    /// touched first, so concurrent registrations queue on it (PostgreSQL locks the row,
    /// SQLite writes one at a time): the places are counted by one at a time, never
    /// overbooked.
    pub async fn register_for_event(&self, id: i64, r: &NewRegistration) -> DbResult<Registered> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let open = sqlx::query(
                "UPDATE events SET updated_at = updated_at WHERE id = $1 AND status = 'published' \
                 AND registration = TRUE AND starts_at > $2")
                .bind(id).bind(at).execute(&mut *tx).await?.rows_affected();
            if open == 0 {
                tx.rollback().await?;
                return Ok(Registered::Closed);
            }
            let again: Option<i64> = sqlx::query_scalar("SELECT id FROM event_registrations WHERE key_hash = $1")
                .bind(&r.key_hash).fetch_optional(&mut *tx).await?;
            if again.is_some() {
                tx.rollback().await?;
                return Ok(Registered::Again);
            }
            let (capacity, taken): (Option<i64>, i64) = sqlx::query_as(
                "SELECT e.capacity, CAST(COALESCE((SELECT SUM(x.people) FROM event_registrations x WHERE x.event_id = e.id), 0) AS BIGINT) \
                 FROM events e WHERE e.id = $1")
                .bind(id).fetch_one(&mut *tx).await?;
            if capacity.is_some_and(|c| taken + r.people > c) {
                tx.rollback().await?;
                return Ok(Registered::Full);
            }
            sqlx::query(
                "INSERT INTO event_registrations (event_id, name, people, contact, lang, user_id, key_hash, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                .bind(id).bind(&r.name).bind(r.people).bind(&r.contact).bind(&r.lang).bind(r.user.map(|u| u.0))
                .bind(&r.key_hash).bind(at).execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(Registered::New)
        })
    }

    /// The janitor: registrations of events that ended `before` go (names and contacts
    /// are only needed until the day).
    pub async fn purge_event_registrations(&self, before: i64) -> DbResult<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "DELETE FROM event_registrations WHERE event_id IN (SELECT id FROM events WHERE starts_at + minutes * 60 < $1)")
            .bind(before).execute(pool).await?.rows_affected()))
    }

    /// Group offers marked public, of one municipality or all, with their next date.
    pub async fn public_groups(
        &self,
        municipality: Option<MunicipalityId>,
        lang: &str,
    ) -> DbResult<Vec<PublicGroupRow>> {
        self.before_reading_next_dates().await;
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.id, m.name AS municipality, COALESCE(t.title, d.title) AS title, \
             CASE WHEN t.title IS NULL THEN 'de' ELSE t.lang END AS text_lang, g.category, \
             (SELECT x.name FROM office_texts x WHERE x.office_id = g.office_id AND x.lang = 'de') AS office_name, \
             g.address, \
             NULLIF(g.next_at, 9223372036854775807) AS next_at, g.childcare \
             FROM group_offers g JOIN municipalities m ON m.id = g.municipality_id \
             JOIN group_texts d ON d.group_id = g.id AND d.lang = 'de' AND d.status = 'published' \
             LEFT JOIN group_texts t ON t.group_id = g.id AND t.lang = $1 AND t.status = 'published' \
             WHERE g.public = TRUE AND ($2 = 0 OR g.municipality_id = $2) ORDER BY title, g.id")
            .bind(lang).bind(municipality.map_or(0, |m| m.0)).fetch_all(pool).await?))
    }

    /// The municipality's published group offers with whether each is shown publicly:
    /// (id, title, public). A draft offer is never public, whatever its flag says.
    pub async fn groups_publicity(&self, municipality: MunicipalityId) -> DbResult<Vec<(i64, String, bool)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.id, d.title, g.public FROM group_offers g JOIN group_texts d ON d.group_id = g.id AND d.lang = 'de' \
             AND d.status = 'published' WHERE g.municipality_id = $1 ORDER BY d.title, g.id")
            .bind(municipality.0).fetch_all(pool).await?))
    }

    /// Shows or hides a group offer of the municipality on the public page.
    pub async fn set_group_public(
        &self,
        municipality: MunicipalityId,
        group: i64,
        public: bool,
    ) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE group_offers SET public = $1 WHERE id = $2 AND municipality_id = $3")
            .bind(public).bind(group).bind(municipality.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }
}
