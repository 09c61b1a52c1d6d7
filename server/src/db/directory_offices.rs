//! Whole offices (facts, contacts, every text) read by id: one, several or all of a
//! county, in three statements however many.
//!
//! A guide's page names the office of each of its steps. It read them one by one, three
//! statements each: nine of the twelve statements of a guide with three offices, each a
//! round trip to PostgreSQL (and a hop to SQLite's connection thread). The export read
//! every office of the county the same way.

use super::directory::{Contact, CountyId, OfficeFull, OfficeRow, TextRow};
use super::{now, on_pool, DbResult, Store};
use std::collections::HashMap;

/// Which offices of the county to read.
enum Which<'a> {
    One(i64),
    Ids(&'a [i64]),
    All,
}

#[derive(sqlx::FromRow)]
struct ContactOf {
    office_id: i64,
    #[sqlx(flatten)]
    contact: Contact,
}

#[derive(sqlx::FromRow)]
struct TextOf {
    office_id: i64,
    #[sqlx(flatten)]
    text: TextRow,
}

impl Store {
    /// An office of this county with its contacts and all its texts.
    pub async fn office(&self, county: CountyId, id: i64) -> DbResult<Option<OfficeFull>> {
        Ok(self.read_offices(county, Which::One(id), now()).await?.pop())
    }

    /// The offices of this county among `ids`, by id; ids of other counties' offices or
    /// of none are left out.
    pub async fn offices(&self, county: CountyId, ids: &[i64]) -> DbResult<Vec<OfficeFull>> {
        self.offices_at(county, ids, now()).await
    }

    /// [`Store::offices`] with their opening state at `at`.
    pub async fn offices_at(&self, county: CountyId, ids: &[i64], at: i64) -> DbResult<Vec<OfficeFull>> {
        if ids.is_empty() {
            return Ok(vec![]);
        }
        self.read_offices(county, Which::Ids(ids), at).await
    }

    /// Every office of the county with all texts (export, editors' list), by id.
    pub async fn offices_full(&self, county: CountyId) -> DbResult<Vec<OfficeFull>> {
        self.read_offices(county, Which::All, now()).await
    }

    async fn read_offices(&self, county: CountyId, which: Which<'_>, at: i64) -> DbResult<Vec<OfficeFull>> {
        // `$1` the county, `$2` the id or the set of ids. The contacts and texts are
        // those of the county's offices (each row's office looked up), so an id of
        // another county reads nothing of it.
        let (of_offices, own) = match which {
            Which::One(_) => ("o.id = $2".to_string(), "office_id = $2".to_string()),
            Which::Ids(_) => (self.in_id_set("o.id", 2), self.in_id_set("office_id", 2)),
            Which::All => ("TRUE".to_string(), "TRUE".to_string()),
        };
        let ids = match which {
            Which::Ids(ids) => Some(self.id_set(ids)),
            _ => None,
        };
        let one = match which {
            Which::One(id) => Some(id),
            _ => None,
        };
        // The instant for the opening state: the parameter after the county and ids. On
        // PostgreSQL it is read through a subquery, whose value the planner does not
        // look at: a plan made for the instant priced the opening state of ten offices
        // lower than the general plan did, and a guide's page was planned afresh on
        // every view (250 µs of planning for 41 µs of work).
        let instant = if one.is_some() || ids.is_some() { 3 } else { 2 };
        let instant = match self.backend {
            super::Backend::Postgres(_) => format!("(SELECT CAST(${instant} AS BIGINT))"),
            super::Backend::Sqlite(_) => format!("${instant}"),
        };
        let offices_sql = format!(
            "SELECT o.id, o.category, o.street, o.postcode, o.city, o.lat, o.lon, o.phone, o.email, o.website, \
             o.opening_hours, o.by_appointment, o.languages, o.barrier_free, o.source_rev, o.version, o.import_key, \
             o.updated_at, o.intervals_until, \
             (SELECT MAX(i.closes_at) FROM office_open_intervals i WHERE i.office_id = o.id \
              AND i.opens_at <= {instant} AND i.closes_at > {instant}) AS open_until, \
             (SELECT MIN(i.opens_at) FROM office_open_intervals i WHERE i.office_id = o.id \
              AND i.opens_at > {instant}) AS opens_at \
             FROM offices o WHERE o.county_id = $1 AND {of_offices} ORDER BY o.id"
        );
        // Each row's office looked up by its key. Written `office_id IN (SELECT id FROM
        // offices WHERE county_id = $1)`, SQLite listed every office of the county
        // first, for one office's page too: at 2,040 offices 0.4 ms per statement
        // against 0.005 (an office's page on SQLite was slower than on PostgreSQL).
        let county_offices = |table: &str| {
            format!("EXISTS (SELECT 1 FROM offices c WHERE c.id = {table}.office_id AND c.county_id = $1)")
        };
        let contacts_sql = format!(
            "SELECT office_id, name, phone, email, hours FROM office_contacts \
             WHERE {own} AND {} ORDER BY office_id, position",
            county_offices("office_contacts")
        );
        let texts_sql = format!(
            "SELECT office_id, lang, name, description, bring, transport, contact_roles, status, source_rev, \
             version, updated_at FROM office_texts WHERE {own} AND {} ORDER BY office_id, lang",
            county_offices("office_texts")
        );
        // Bound in the same way for the three: the county, then the id or the set (an
        // unused parameter is not bound: "TRUE" for all of the county).
        macro_rules! bound {
            ($q:expr) => {{
                let q = $q.bind(county.0);
                match (one, &ids) {
                    (Some(id), _) => q.bind(id),
                    (None, Some(set)) => q.bind(set.clone()),
                    (None, None) => q,
                }
            }};
        }
        let rows: Vec<OfficeRow> =
            on_pool!(self, pool => bound!(sqlx::query_as(&offices_sql)).bind(at).fetch_all(pool).await?);
        if rows.is_empty() {
            return Ok(vec![]);
        }
        let contacts: Vec<ContactOf> =
            on_pool!(self, pool => bound!(sqlx::query_as(&contacts_sql)).fetch_all(pool).await?);
        let texts: Vec<TextOf> =
            on_pool!(self, pool => bound!(sqlx::query_as(&texts_sql)).fetch_all(pool).await?);
        let mut out: Vec<OfficeFull> = rows
            .into_iter()
            .map(|office| OfficeFull {
                office,
                contacts: vec![],
                texts: vec![],
            })
            .collect();
        let at: HashMap<i64, usize> = out.iter().enumerate().map(|(i, o)| (o.office.id, i)).collect();
        for c in contacts {
            if let Some(o) = at.get(&c.office_id).and_then(|&i| out.get_mut(i)) {
                o.contacts.push(c.contact);
            }
        }
        for t in texts {
            if let Some(o) = at.get(&t.office_id).and_then(|&i| out.get_mut(i)) {
                o.texts.push(t.text);
            }
        }
        Ok(out)
    }
}
