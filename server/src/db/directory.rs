//! Storage of the directory: offices with their contacts and texts per language, the
//! precomputed open intervals behind "open now", and who may edit. Topic guides are in
//! `db::guides`.

use super::{now, on_pool, DbResult, Saved, Store};
use crate::directory::hours::{Hours, HORIZON_DAYS};
use crate::directory::search;
use lotse_app::domain::{MunicipalityId, UserId};

/// A county's directory is shared by its municipalities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountyId(pub i64);

/// The language-independent facts of an office, as the editor's form has them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfficeFacts {
    pub category: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub opening_hours: String,
    pub by_appointment: bool,
    pub languages: Vec<String>,
    pub barrier_free: bool,
    pub contacts: Vec<Contact>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Contact {
    pub name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: String,
}

/// The texts of an office in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OfficeText {
    pub name: String,
    pub description: String,
    pub bring: String,
    pub transport: String,
    pub contact_roles: Vec<String>,
}

impl OfficeText {
    fn index(&self) -> String {
        let roles = self.contact_roles.join(" ");
        search::index_text(&[
            &self.name,
            &self.description,
            &self.bring,
            &self.transport,
            &roles,
        ])
    }
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow)]
pub struct OfficeRow {
    pub id: i64,
    pub category: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub opening_hours: String,
    pub by_appointment: bool,
    pub languages: String,
    pub barrier_free: bool,
    pub source_rev: i64,
    pub version: i64,
    pub import_key: Option<String>,
    pub updated_at: i64,
    /// The end of the stored open intervals, and from them, at the instant the office
    /// was read: the end of the opening it is in, or the next opening's start
    /// (`web::directory::office_opening`).
    pub intervals_until: i64,
    pub open_until: Option<i64>,
    pub opens_at: Option<i64>,
}

impl OfficeRow {
    pub fn languages(&self) -> Vec<String> {
        self.languages.split_whitespace().map(String::from).collect()
    }

    pub fn facts(&self, contacts: Vec<Contact>) -> OfficeFacts {
        OfficeFacts {
            category: self.category.clone(),
            street: self.street.clone(),
            postcode: self.postcode.clone(),
            city: self.city.clone(),
            lat: self.lat,
            lon: self.lon,
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            opening_hours: self.opening_hours.clone(),
            by_appointment: self.by_appointment,
            languages: self.languages(),
            barrier_free: self.barrier_free,
            contacts,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct TextRow {
    pub lang: String,
    pub name: String,
    pub description: String,
    pub bring: String,
    pub transport: String,
    pub contact_roles: String,
    pub status: String,
    pub source_rev: i64,
    pub version: i64,
    pub updated_at: i64,
}

impl TextRow {
    pub fn text(&self) -> OfficeText {
        OfficeText {
            name: self.name.clone(),
            description: self.description.clone(),
            bring: self.bring.clone(),
            transport: self.transport.clone(),
            contact_roles: serde_json::from_str(&self.contact_roles).unwrap_or_default(),
        }
    }

    pub fn published(&self) -> bool {
        self.status == "published"
    }
}

/// An office with everything stored about it.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficeFull {
    pub office: OfficeRow,
    pub contacts: Vec<Contact>,
    pub texts: Vec<TextRow>,
}

impl OfficeFull {
    pub fn text(&self, lang: &str) -> Option<&TextRow> {
        self.texts.iter().find(|t| t.lang == lang)
    }

    /// Readers see an office once its German source is published.
    pub fn is_published(&self) -> bool {
        self.text("de").is_some_and(TextRow::published)
    }
}

/// One line of the office list, in the language chosen for it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ListRow {
    pub id: i64,
    pub category: String,
    pub street: String,
    pub postcode: String,
    pub city: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub by_appointment: bool,
    pub languages: String,
    pub barrier_free: bool,
    /// The language the name is in (the reader's, the fallback or German).
    pub lang: String,
    pub name: String,
    pub search_text: String,
    pub open_until: Option<i64>,
    pub opens_at: Option<i64>,
    pub intervals_until: i64,
    /// No opening hours are known.
    pub no_hours: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ListFilter {
    pub category: Option<String>,
    pub language: Option<String>,
    pub open_now: bool,
    /// Only these offices (a page of search results).
    pub ids: Option<Vec<i64>>,
    pub offset: i64,
    pub limit: i64,
}

/// How a page of the list is found: by walking the county's names in order (each office
/// checked against the filters), or, for "open now", from the offices open at the
/// instant, sorted by name. The walk suits filters most offices pass; when few are open
/// it reads nearly every office to fill a page (chosen in `db::directory_open`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListDrive {
    Names,
    OpenNow,
}

/// The published offices of a county in the reader's language ($2), else the fallback
/// ($3), else German, filtered by category ($5), language spoken ($6, as '% ar %') and
/// open at $4 ($7): what follows `offices o`. The list computed per request (the
/// reference the stored names are tested against) and the search's reference read it.
macro_rules! filtered_offices {
    () => {
        concat!(
            "JOIN office_texts src ON src.office_id = o.id AND src.lang = 'de' AND src.status = 'published' \
     LEFT JOIN office_texts r ON r.office_id = o.id AND r.lang = $2 AND r.status = 'published' \
     LEFT JOIN office_texts fb ON fb.office_id = o.id AND fb.lang = $3 AND fb.status = 'published' \
     WHERE o.county_id = $1 AND ",
            office_filters!()
        )
    };
}
/// The reader's filters on `offices o`: category ($5), language spoken ($6, as
/// '% ar %') and open at $4 ($7).
macro_rules! office_filters {
    () => {
        "($5 IS NULL OR o.category = $5) AND ($6 IS NULL OR o.languages LIKE $6) \
     AND (NOT $7 OR (NOT o.by_appointment AND EXISTS (SELECT 1 FROM office_open_intervals i \
          WHERE i.office_id = o.id AND i.opens_at <= $4 AND i.closes_at > $4)))"
    };
}

pub(super) const OFFICE_FILTERS: &str = office_filters!();

/// [`office_filters!`] with only the filters the reader set, "TRUE" when none is, for
/// the search's statements. With all three written as `($5 IS NULL OR ...)`, PostgreSQL
/// found its general plan of a search's walks dearer than a plan for the values and
/// planned each run anew: 9.7 ms of planning for 1.9 ms of work ("beratung frauen" read
/// in Arabic, eleven walks). Written as set, it keeps the general plan after a few runs.
/// A filtered list keeps [`OFFICE_FILTERS`]: there the general plan of a page takes
/// "speaks Arabic" and "open now" for rare and sorts every office (2,040 offices: 453 →
/// 300 pages a second), and SQLite too read the filtered list a slower way (3,235 →
/// 2,053 at 40 offices). Forcing general plans everywhere was tried and undone for the
/// same reason.
pub(super) fn office_filters(f: &ListFilter) -> String {
    let mut terms = vec![];
    if f.category.is_some() {
        terms.push("o.category = $5");
    }
    if f.language.is_some() {
        terms.push("o.languages LIKE $6");
    }
    if f.open_now {
        terms.push(
            "(NOT o.by_appointment AND EXISTS (SELECT 1 FROM office_open_intervals i \
             WHERE i.office_id = o.id AND i.opens_at <= $4 AND i.closes_at > $4))",
        );
    }
    match terms.is_empty() {
        true => "TRUE".into(),
        false => terms.join(" AND "),
    }
}
pub(super) const FILTERED: &str = concat!("FROM offices o ", filtered_offices!());
pub(super) const NAME_IN_LANG: &str = "COALESCE(r.name, fb.name, src.name)";
pub(super) const LANG_OF_NAME: &str =
    "CASE WHEN r.name IS NOT NULL THEN r.lang WHEN fb.name IS NOT NULL THEN fb.lang ELSE src.lang END";

impl Store {
    /// " AND {column} is one of the page's offices" for a page of search results: the
    /// ids are bound as parameter `$10` ([`Store::in_id_set`]), so the statement's text is
    /// the same for every page (written into it, each page's ids made a statement of its
    /// own, prepared afresh).
    fn only_ids(&self, f: &ListFilter, column: &str) -> String {
        match &f.ids {
            Some(_) => format!(" AND {}", self.in_id_set(column, 10)),
            None => String::new(),
        }
    }
}

/// Translation state of one office or guide, for the dashboard.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TranslationRow {
    pub id: i64,
    pub source_rev: i64,
    pub lang: String,
    pub title: String,
    pub status: String,
    pub text_rev: i64,
}

pub(crate) fn languages_column(languages: &[String]) -> String {
    let mut l: Vec<&str> = languages
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    l.sort_unstable();
    l.dedup();
    format!(" {} ", l.join(" "))
}

fn roles_json(roles: &[String]) -> String {
    serde_json::to_string(roles).unwrap_or_else(|_| "[]".into())
}

/// Municipalities' counties as one server has found them (shared by a store's clones).
#[derive(Clone, Debug, Default)]
pub struct CountyOf(std::sync::Arc<std::sync::RwLock<std::collections::HashMap<i64, i64>>>);

impl CountyOf {
    fn get(&self, municipality: i64) -> Option<i64> {
        self.0.read().ok()?.get(&municipality).copied()
    }

    fn keep(&self, municipality: i64, county: i64) {
        if let Ok(mut known) = self.0.write() {
            known.insert(municipality, county);
        }
    }
}

impl Store {
    /// The county a municipality belongs to. Asked for by the directory's pages for
    /// everyone signed in and by a case's plan; a municipality never changes its county
    /// and is never deleted, so each server keeps what it found (a statement less on
    /// those pages, and nothing another server would need: each finds the same).
    pub async fn county_of(&self, municipality: MunicipalityId) -> DbResult<Option<CountyId>> {
        if let Some(county) = self.counties.get(municipality.0) {
            return Ok(Some(CountyId(county)));
        }
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT county_id FROM municipalities WHERE id = $1")
            .bind(municipality.0).fetch_optional(pool).await?);
        if let Some(county) = id {
            self.counties.keep(municipality.0, county);
        }
        Ok(id.map(CountyId))
    }

    /// The county whose directory people who are not signed in see: one installation
    /// serves one county (the first one set up). Asked for by every public page; once
    /// found, each server keeps it (counties are never deleted, so the first stays the
    /// first), which spares PostgreSQL a round trip per page.
    pub async fn default_county(&self) -> DbResult<Option<CountyId>> {
        if let Some(id) = self.default_county.get() {
            return Ok(Some(CountyId(*id)));
        }
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar("SELECT MIN(id) FROM counties")
            .fetch_one(pool).await?);
        if let Some(id) = id {
            // Another task may have kept it first: the same number.
            let _ = self.default_county.set(id);
        }
        Ok(id.map(CountyId))
    }

    pub async fn is_directory_editor(&self, user: UserId) -> DbResult<bool> {
        let v: Option<bool> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT directory_editor FROM users WHERE id = $1")
            .bind(user.0).fetch_optional(pool).await?);
        Ok(v.unwrap_or(false))
    }

    /// Staff of a county who could be allowed to edit: (id, name, role, allowed).
    pub async fn directory_staff(&self, county: CountyId) -> DbResult<Vec<(i64, String, String, bool)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT u.id, u.display_name, u.role, u.directory_editor FROM users u \
             JOIN municipalities m ON m.id = u.municipality_id \
             WHERE m.county_id = $1 AND u.role = 'guide' AND u.disabled_at IS NULL ORDER BY u.display_name")
            .bind(county.0).fetch_all(pool).await?))
    }

    /// Allows or stops a guide of the county editing the directory; false if the user
    /// is not a guide of this county.
    pub async fn set_directory_editor(&self, county: CountyId, user: i64, allowed: bool) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE users SET directory_editor = $1 WHERE id = $2 AND role = 'guide' \
             AND municipality_id IN (SELECT id FROM municipalities WHERE county_id = $3)")
            .bind(allowed).bind(user).bind(county.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Creates an office with its German text; returns its id.
    pub async fn create_office(
        &self,
        county: CountyId,
        facts: &OfficeFacts,
        german: &OfficeText,
        published: bool,
        import_key: Option<&str>,
        by: Option<UserId>,
    ) -> DbResult<i64> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        let id: i64 = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO offices (county_id, import_key, category, street, postcode, city, lat, lon, phone, email, \
                 website, opening_hours, by_appointment, languages, barrier_free, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id")
                .bind(county.0).bind(import_key).bind(&facts.category).bind(&facts.street).bind(&facts.postcode)
                .bind(&facts.city).bind(facts.lat).bind(facts.lon).bind(&facts.phone).bind(&facts.email)
                .bind(&facts.website).bind(&facts.opening_hours).bind(facts.by_appointment)
                .bind(languages_column(&facts.languages)).bind(facts.barrier_free).bind(at)
                .fetch_one(&mut *tx).await?;
            for (i, c) in facts.contacts.iter().enumerate() {
                sqlx::query("INSERT INTO office_contacts (office_id, position, name, phone, email, hours) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(id).bind(i as i64).bind(&c.name).bind(&c.phone).bind(&c.email).bind(&c.hours)
                    .execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO office_texts (office_id, lang, name, description, bring, transport, contact_roles, status, \
                 source_rev, search_text, updated_at, updated_by) VALUES ($1, 'de', $2, $3, $4, $5, $6, $7, 1, $8, $9, $10)")
                .bind(id).bind(&german.name).bind(&german.description).bind(&german.bring).bind(&german.transport)
                .bind(roles_json(&german.contact_roles)).bind(status).bind(german.index()).bind(at).bind(by.map(|u| u.0))
                .execute(&mut *tx).await?;
            tx.commit().await?;
            id
        });
        self.refresh_open_intervals(id, &facts.opening_hours, at).await?;
        self.index_office_text(id, "de").await?;
        Ok(id)
    }

    /// Saves the facts and the German text of an office if nobody changed it since
    /// `version`. A changed German text makes every translation outdated.
    #[allow(clippy::too_many_arguments)]
    pub async fn update_office(
        &self,
        county: CountyId,
        id: i64,
        version: i64,
        facts: &OfficeFacts,
        german: &OfficeText,
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<Saved> {
        let at = now();
        let Some(current) = self.office(county, id).await? else {
            return Ok(Saved::Conflict);
        };
        let text_changed = current.text("de").map(TextRow::text).as_ref() != Some(german);
        let status = if published { "published" } else { "draft" };
        let saved = on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE offices SET category = $1, street = $2, postcode = $3, city = $4, lat = $5, lon = $6, phone = $7, \
                 email = $8, website = $9, opening_hours = $10, by_appointment = $11, languages = $12, barrier_free = $13, \
                 source_rev = source_rev + $14, version = version + 1, updated_at = $15 \
                 WHERE id = $16 AND county_id = $17 AND version = $18")
                .bind(&facts.category).bind(&facts.street).bind(&facts.postcode).bind(&facts.city).bind(facts.lat)
                .bind(facts.lon).bind(&facts.phone).bind(&facts.email).bind(&facts.website).bind(&facts.opening_hours)
                .bind(facts.by_appointment).bind(languages_column(&facts.languages)).bind(facts.barrier_free)
                .bind(i64::from(text_changed)).bind(at).bind(id).bind(county.0).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                tx.rollback().await?;
                Saved::Conflict
            } else {
                sqlx::query("DELETE FROM office_contacts WHERE office_id = $1").bind(id).execute(&mut *tx).await?;
                for (i, c) in facts.contacts.iter().enumerate() {
                    sqlx::query("INSERT INTO office_contacts (office_id, position, name, phone, email, hours) VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind(id).bind(i as i64).bind(&c.name).bind(&c.phone).bind(&c.email).bind(&c.hours)
                        .execute(&mut *tx).await?;
                }
                sqlx::query(
                    "UPDATE office_texts SET name = $1, description = $2, bring = $3, transport = $4, contact_roles = $5, \
                     status = $6, source_rev = (SELECT source_rev FROM offices WHERE id = $7), search_text = $8, \
                     updated_at = $9, updated_by = $10, version = version + 1 WHERE office_id = $7 AND lang = 'de'")
                    .bind(&german.name).bind(&german.description).bind(&german.bring).bind(&german.transport)
                    .bind(roles_json(&german.contact_roles)).bind(status).bind(id).bind(german.index()).bind(at)
                    .bind(by.map(|u| u.0)).execute(&mut *tx).await?;
                tx.commit().await?;
                Saved::Done
            }
        });
        if saved == Saved::Done {
            self.refresh_open_intervals(id, &facts.opening_hours, at).await?;
            self.index_office_text(id, "de").await?;
        }
        Ok(saved)
    }

    /// Saves a translation made from the current German text. `version` is the one the
    /// form was opened with (0 for a new translation): a concurrent save is a conflict.
    #[allow(clippy::too_many_arguments)]
    pub async fn save_office_text(
        &self,
        county: CountyId,
        id: i64,
        lang: &str,
        version: i64,
        text: &OfficeText,
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<Saved> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        let rows = on_pool!(self, pool => {
            let source_rev: Option<i64> = sqlx::query_scalar("SELECT source_rev FROM offices WHERE id = $1 AND county_id = $2")
                .bind(id).bind(county.0).fetch_optional(pool).await?;
            let Some(source_rev) = source_rev else { return Ok(Saved::Conflict) };
            if version == 0 {
                sqlx::query(
                    "INSERT INTO office_texts (office_id, lang, name, description, bring, transport, contact_roles, status, \
                     source_rev, search_text, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
                     ON CONFLICT (office_id, lang) DO NOTHING")
                    .bind(id).bind(lang).bind(&text.name).bind(&text.description).bind(&text.bring).bind(&text.transport)
                    .bind(roles_json(&text.contact_roles)).bind(status).bind(source_rev).bind(text.index()).bind(at)
                    .bind(by.map(|u| u.0)).execute(pool).await?.rows_affected()
            } else {
                sqlx::query(
                    "UPDATE office_texts SET name = $1, description = $2, bring = $3, transport = $4, contact_roles = $5, \
                     status = $6, source_rev = $7, search_text = $8, updated_at = $9, updated_by = $10, version = version + 1 \
                     WHERE office_id = $11 AND lang = $12 AND version = $13")
                    .bind(&text.name).bind(&text.description).bind(&text.bring).bind(&text.transport)
                    .bind(roles_json(&text.contact_roles)).bind(status).bind(source_rev).bind(text.index()).bind(at)
                    .bind(by.map(|u| u.0)).bind(id).bind(lang).bind(version).execute(pool).await?.rows_affected()
            }
        });
        let saved = Saved::from_rows(rows);
        if saved == Saved::Done {
            self.index_office_text(id, lang).await?;
        }
        Ok(saved)
    }

    /// A published office's name in `lang`, else in German.
    pub async fn office_name(&self, id: i64, lang: &str) -> DbResult<Option<String>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT name FROM office_texts WHERE office_id = $1 AND status = 'published' AND lang IN ($2, 'de') \
             ORDER BY lang = 'de' LIMIT 1")
            .bind(id).bind(lang).fetch_optional(pool).await?))
    }

    /// Every office of the county by its German name (drafts too), for choosing one.
    pub async fn office_names(&self, county: CountyId) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT o.id, t.name FROM offices o JOIN office_texts t ON t.office_id = o.id AND t.lang = 'de' \
             WHERE o.county_id = $1 ORDER BY t.name")
            .bind(county.0).fetch_all(pool).await?))
    }

    /// Published offices for the reader: each in the first published language of
    /// `reader`, `fallback`, German; filtered; by name; one page unless searching. The
    /// names come from `office_names` (`db::directory_names`): a page is a range of its
    /// index, whatever the size of the county.
    pub async fn office_list(
        &self,
        county: CountyId,
        reader: &str,
        fallback: &str,
        f: &ListFilter,
        at: i64,
    ) -> DbResult<Vec<ListRow>> {
        let drive = self.list_drive(county, f, at).await?;
        self.office_list_driven(county, reader, fallback, f, at, drive)
            .await
    }

    /// [`Store::office_list`] read the way `drive` says (the test reads it both ways).
    pub async fn office_list_driven(
        &self,
        county: CountyId,
        reader: &str,
        fallback: &str,
        f: &ListFilter,
        at: i64,
        drive: ListDrive,
    ) -> DbResult<Vec<ListRow>> {
        // Unfiltered, nothing for a plan to guess wrong: the set filters only ("TRUE",
        // a plan that walks the names); filtered, the written-out form (see
        // `office_filters`).
        let filters = match f.category.is_none() && f.language.is_none() && !f.open_now {
            true => office_filters(f),
            false => OFFICE_FILTERS.to_string(),
        };
        let page = match drive {
            ListDrive::Names => format!(
                "SELECT n.office_id AS id, n.name, n.lang FROM office_names n JOIN offices o ON o.id = n.office_id \
                 WHERE n.county_id = $1 AND n.reader = $2 AND n.fallback = $3 AND {filters}{} \
                 ORDER BY n.name, n.office_id LIMIT $8 OFFSET $9",
                // The names' own key: a page of search results is looked up by its ids, not
                // found by reading the county's range.
                self.only_ids(f, "n.office_id")
            ),
            // CROSS JOIN: SQLite keeps the tables in this order (PostgreSQL plans freely).
            // All three: with `JOIN offices` SQLite read every office first (77 ms at
            // 20,040 offices, 1,002 of them open; 11 ms from the open ones).
            ListDrive::OpenNow => format!(
                "SELECT DISTINCT n.office_id AS id, n.name, n.lang FROM office_open_intervals i \
                 CROSS JOIN office_names n CROSS JOIN offices o \
                 WHERE o.id = n.office_id AND i.opens_at <= $4 AND i.closes_at > $4 AND n.office_id = i.office_id \
                 AND n.county_id = $1 AND n.reader = $2 AND n.fallback = $3 AND {filters}{} \
                 ORDER BY n.name, n.office_id LIMIT $8 OFFSET $9",
                self.only_ids(f, "n.office_id")
            ),
        };
        self.office_list_of(&page, county, reader, fallback, f, at).await
    }

    /// [`Store::office_list`] as it was before `office_names`: every office of the
    /// county named in the reader's language and sorted before the page is cut. Kept as
    /// the reference the test `directory::the_listed_names_are_the_names_computed`
    /// compares the list with.
    pub async fn office_list_computed(
        &self,
        county: CountyId,
        reader: &str,
        fallback: &str,
        f: &ListFilter,
        at: i64,
    ) -> DbResult<Vec<ListRow>> {
        let page = format!(
            "SELECT o.id, {NAME_IN_LANG} AS name, {LANG_OF_NAME} AS lang {FILTERED}{} \
             ORDER BY name, o.id LIMIT $8 OFFSET $9",
            self.only_ids(f, "o.id")
        );
        self.office_list_of(&page, county, reader, fallback, f, at).await
    }

    /// The list's rows for the offices of `page` (id, name, lang; `$1`–`$9` as in
    /// [`Store::office_list`]). Only the page's offices get their opening state computed.
    async fn office_list_of(
        &self,
        page: &str,
        county: CountyId,
        reader: &str,
        fallback: &str,
        f: &ListFilter,
        at: i64,
    ) -> DbResult<Vec<ListRow>> {
        let language = f.language.as_ref().map(|l| format!("% {} %", l.trim()));
        let sql = format!(
            "SELECT o.id, o.category, o.street, o.postcode, o.city, o.lat, o.lon, o.phone, o.by_appointment, \
             o.languages, o.barrier_free, o.intervals_until, (o.opening_hours = '') AS no_hours, p.lang, p.name, \
             '' AS search_text, \
             (SELECT MAX(i.closes_at) FROM office_open_intervals i WHERE i.office_id = o.id AND i.opens_at <= $4 AND i.closes_at > $4) AS open_until, \
             (SELECT MIN(i.opens_at) FROM office_open_intervals i WHERE i.office_id = o.id AND i.opens_at > $4) AS opens_at \
             FROM ({page}) p JOIN offices o ON o.id = p.id ORDER BY p.name, p.id"
        );
        let ids = f.ids.as_deref().map(|ids| self.id_set(ids));
        Ok(on_pool!(self, pool => {
            let q = sqlx::query_as(&sql)
                .bind(county.0).bind(reader).bind(fallback).bind(at).bind(&f.category).bind(&language)
                .bind(f.open_now).bind(f.limit).bind(f.offset);
            match &ids {
                Some(ids) => q.bind(ids).fetch_all(pool).await?,
                None => q.fetch_all(pool).await?,
            }
        }))
    }

    /// Every office the filters let through, with its name and folded search text in
    /// the reader's language: (id, name, search text). The search read this and scored
    /// every office until the index (`db::directory_search`); it stays as the reference
    /// the index is tested against.
    pub async fn office_search_texts(
        &self,
        county: CountyId,
        reader: &str,
        fallback: &str,
        f: &ListFilter,
        at: i64,
    ) -> DbResult<Vec<(i64, String, String)>> {
        let language = f.language.as_ref().map(|l| format!("% {} %", l.trim()));
        let sql = format!(
            "SELECT o.id, {NAME_IN_LANG} AS name, COALESCE(r.search_text, fb.search_text, src.search_text) AS search_text \
             {FILTERED}"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(county.0).bind(reader).bind(fallback).bind(at).bind(&f.category).bind(&language)
            .bind(f.open_now).fetch_all(pool).await?))
    }

    /// Stores when the office is open from a day ago to the horizon.
    pub async fn refresh_open_intervals(&self, id: i64, opening_hours: &str, at: i64) -> DbResult<()> {
        let until = at + HORIZON_DAYS * 86_400;
        let intervals = Hours::parse(opening_hours)
            .map(|h| h.open_intervals(at - 86_400, until))
            .unwrap_or_default();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM office_open_intervals WHERE office_id = $1").bind(id).execute(&mut *tx).await?;
            for (opens, closes) in intervals {
                sqlx::query("INSERT INTO office_open_intervals (office_id, opens_at, closes_at) VALUES ($1, $2, $3)")
                    .bind(id).bind(opens).bind(closes).execute(&mut *tx).await?;
            }
            sqlx::query("UPDATE offices SET intervals_until = $1 WHERE id = $2").bind(until).bind(id).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Extends the open intervals of offices whose stored ones end within a week
    /// (the janitor, hourly); returns how many were refreshed.
    pub async fn extend_open_intervals(&self, at: i64) -> DbResult<usize> {
        let stale: Vec<(i64, String)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, opening_hours FROM offices WHERE intervals_until < $1")
            .bind(at + (HORIZON_DAYS - 7) * 86_400).fetch_all(pool).await?);
        for (id, hours) in &stale {
            self.refresh_open_intervals(*id, hours, at).await?;
        }
        Ok(stale.len())
    }

    /// Per office and language: which texts exist, in which state and from which
    /// revision of the German source.
    pub async fn office_translations(&self, county: CountyId) -> DbResult<Vec<TranslationRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT o.id, o.source_rev, t.lang, t.name AS title, t.status, t.source_rev AS text_rev \
             FROM offices o JOIN office_texts t ON t.office_id = o.id WHERE o.county_id = $1 ORDER BY o.id")
            .bind(county.0).fetch_all(pool).await?))
    }

    /// Removes an office (and its texts, contacts and intervals).
    pub async fn delete_office(&self, county: CountyId, id: i64) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query("DELETE FROM offices WHERE id = $1 AND county_id = $2")
            .bind(id).bind(county.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// The id of the office imported under this key, if any.
    pub async fn office_by_import_key(&self, county: CountyId, key: &str) -> DbResult<Option<(i64, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, version FROM offices WHERE county_id = $1 AND import_key = $2")
            .bind(county.0).bind(key).fetch_optional(pool).await?))
    }
}

impl Store {
    /// The county a client lives in.
    pub async fn county_of_client(&self, client: lotse_app::domain::ClientId) -> DbResult<Option<CountyId>> {
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT m.county_id FROM clients c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = $1")
            .bind(client.0).fetch_optional(pool).await?);
        Ok(id.map(CountyId))
    }
}

/// What an import would do to one office.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportChange {
    New,
    Changed,
    Unchanged,
}

impl Store {
    pub async fn save_import(
        &self,
        county: CountyId,
        by: UserId,
        format: &str,
        bytes: &[u8],
    ) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO directory_imports (county_id, created_by, format, bytes, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id")
            .bind(county.0).bind(by.0).bind(format).bind(bytes).bind(now()).fetch_one(pool).await?))
    }

    /// An upload of this county not applied yet: (format, bytes).
    pub async fn pending_import(&self, county: CountyId, id: i64) -> DbResult<Option<(String, Vec<u8>)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT format, bytes FROM directory_imports WHERE id = $1 AND county_id = $2 AND applied_at IS NULL")
            .bind(id).bind(county.0).fetch_optional(pool).await?))
    }

    /// Marks an upload applied; false if it already was (a second click).
    pub async fn mark_import_applied(&self, county: CountyId, id: i64) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE directory_imports SET applied_at = $1 WHERE id = $2 AND county_id = $3 AND applied_at IS NULL")
            .bind(now()).bind(id).bind(county.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    pub async fn purge_imports(&self, before: i64) -> DbResult<u64> {
        Ok(
            on_pool!(self, pool => sqlx::query("DELETE FROM directory_imports WHERE created_at < $1")
            .bind(before).execute(pool).await?.rows_affected()),
        )
    }

    /// Compares an imported office with the stored one of the same key.
    pub async fn import_change(
        &self,
        county: CountyId,
        o: &crate::directory::import::ImportedOffice,
    ) -> DbResult<ImportChange> {
        let Some((id, _)) = self.office_by_import_key(county, &o.key).await? else {
            return Ok(ImportChange::New);
        };
        let Some(current) = self.office(county, id).await? else {
            return Ok(ImportChange::New);
        };
        let same_facts = current.office.facts(current.contacts.clone()) == o.facts;
        let same_texts = o
            .texts
            .iter()
            .all(|(l, t)| current.text(l.code()).map(TextRow::text).as_ref() == Some(t));
        Ok(if same_facts && same_texts {
            ImportChange::Unchanged
        } else {
            ImportChange::Changed
        })
    }

    /// Writes checked offices: new keys are created, known ones updated; the German
    /// text is published, translations from the file too (they were published there).
    pub async fn apply_import(
        &self,
        county: CountyId,
        offices: &[crate::directory::import::ImportedOffice],
        by: UserId,
    ) -> DbResult<usize> {
        let mut written = 0;
        for o in offices {
            if self.import_change(county, o).await? == ImportChange::Unchanged {
                continue;
            }
            let Some((_, german)) = o.texts.iter().find(|(l, _)| *l == lotse_app::domain::Lang::DE) else {
                continue;
            };
            let id = match self.office_by_import_key(county, &o.key).await? {
                Some((id, version)) => {
                    self.update_office(county, id, version, &o.facts, german, true, Some(by))
                        .await?;
                    id
                }
                None => {
                    self.create_office(county, &o.facts, german, true, Some(&o.key), Some(by))
                        .await?
                }
            };
            for (lang, text) in o.texts.iter().filter(|(l, _)| *l != lotse_app::domain::Lang::DE) {
                let version = self
                    .office(county, id)
                    .await?
                    .and_then(|f| f.text(lang.code()).map(|t| t.version))
                    .unwrap_or(0);
                self.save_office_text(county, id, lang.code(), version, text, true, Some(by))
                    .await?;
            }
            written += 1;
        }
        Ok(written)
    }
}
