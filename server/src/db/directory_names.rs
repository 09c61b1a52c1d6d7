//! The name each office is listed under, per reader language and fallback (migration
//! 0035, `office_names`).
//!
//! A reader sees an office under the name in their language if it is published, else
//! in the language they chose to read where theirs is missing, else in German. Computed
//! per request, that ordering had to name every office of the county before the first
//! page could be cut: the list grew with the county (49 lists a second at 10,040
//! offices). Kept here for every pair of languages of the registry, the list is one
//! range of `office_names_list` in name order, and a page reads its own rows.
//!
//! The rows of an office are written again with its search words
//! (`Store::index_office_text`, after every save of any of its texts, in the same
//! transaction), so they heal the same way: a text whose `indexed_version` is behind is
//! indexed again by the janitor. A language added to the registry has no rows yet:
//! [`Store::mark_office_names_for_new_languages`] has every text indexed again then.

use super::{on_pool, DbResult, Store};
use lotse_app::languages::Lang;

/// Every language of the registry, as bound parameters from `$2` on: (the subquery,
/// the codes to bind in order).
fn languages() -> (String, Vec<&'static str>) {
    let codes: Vec<&'static str> = Lang::all().iter().map(|l| l.code()).collect();
    let arms: Vec<String> = (0..codes.len())
        .map(|i| format!("SELECT CAST(${} AS TEXT) AS code", i + 2))
        .collect();
    (format!("({})", arms.join(" UNION ALL ")), codes)
}

/// The statement that writes one office's names (`$1` the office), and the language
/// codes to bind after it. An office whose German text is not published is listed
/// nowhere and gets no rows.
pub(super) fn insert_names() -> (String, Vec<&'static str>) {
    let (langs, codes) = languages();
    let sql = format!(
        "INSERT INTO office_names (office_id, county_id, reader, fallback, lang, name) \
         SELECT o.id, o.county_id, rd.code, fb.code, \
           CASE WHEN r.name IS NOT NULL THEN r.lang WHEN f.name IS NOT NULL THEN f.lang ELSE src.lang END, \
           COALESCE(r.name, f.name, src.name) \
         FROM offices o \
         JOIN office_texts src ON src.office_id = o.id AND src.lang = 'de' AND src.status = 'published' \
         CROSS JOIN {langs} rd CROSS JOIN {langs} fb \
         LEFT JOIN office_texts r ON r.office_id = o.id AND r.lang = rd.code AND r.status = 'published' \
         LEFT JOIN office_texts f ON f.office_id = o.id AND f.lang = fb.code AND f.status = 'published' \
         WHERE o.id = $1"
    );
    (sql, codes)
}

impl Store {
    /// A language of the registry no office is named for yet (a language added since):
    /// every text is marked for indexing again, which writes its office's names for all
    /// languages. Returns whether it did. At start and hourly, before the indexing.
    pub async fn mark_office_names_for_new_languages(&self) -> DbResult<bool> {
        let any_listed: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT office_id FROM office_names LIMIT 1").fetch_optional(pool).await?);
        if any_listed.is_none() {
            return Ok(false);
        }
        for lang in Lang::all() {
            let named: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
                "SELECT office_id FROM office_names WHERE reader = $1 LIMIT 1")
                .bind(lang.code()).fetch_optional(pool).await?);
            if named.is_none() {
                on_pool!(self, pool => sqlx::query("UPDATE office_texts SET indexed_version = NULL")
                    .execute(pool).await.map(|_| ())?);
                return Ok(true);
            }
        }
        Ok(false)
    }
}
