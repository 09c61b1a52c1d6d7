//! Storage of topic guides: short steps that link to offices, with texts per language.
//! A guide's texts in one language (title, summary and all steps) are translated and
//! published together, so a reader never sees half a guide in another language.

use std::sync::LazyLock;

use super::directory::{CountyId, TranslationRow};
use super::{now, on_pool, DbResult, Saved, Store};
use crate::directory::search;
use lotse_app::domain::UserId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepText {
    pub title: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub bring: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GuideText {
    pub title: String,
    pub summary: String,
    pub steps: Vec<StepText>,
}

impl GuideText {
    fn index(&self) -> String {
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|s| format!("{} {} {}", s.title, s.body, s.bring))
            .collect();
        search::index_text(&[&self.title, &self.summary, &steps.join(" ")])
    }

    fn steps_json(&self) -> String {
        serde_json::to_string(&self.steps).unwrap_or_else(|_| "[]".into())
    }
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GuideTextRow {
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub steps: String,
    pub status: String,
    pub source_rev: i64,
    pub version: i64,
}

impl GuideTextRow {
    pub fn text(&self) -> GuideText {
        GuideText {
            title: self.title.clone(),
            summary: self.summary.clone(),
            steps: serde_json::from_str(&self.steps).unwrap_or_default(),
        }
    }

    pub fn published(&self) -> bool {
        self.status == "published"
    }
}

#[derive(Clone, Debug)]
pub struct GuideFull {
    pub id: i64,
    pub source_rev: i64,
    pub version: i64,
    /// The office each step points to, in step order.
    pub step_offices: Vec<Option<i64>>,
    pub texts: Vec<GuideTextRow>,
}

impl GuideFull {
    pub fn text(&self, lang: &str) -> Option<&GuideTextRow> {
        self.texts.iter().find(|t| t.lang == lang)
    }

    pub fn is_published(&self) -> bool {
        self.text("de").is_some_and(GuideTextRow::published)
    }
}

/// A guide in the reader's list, in the language chosen for it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct GuideListRow {
    pub id: i64,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub search_text: String,
}

/// The statement of [`Store::guide_list`], with the search text or without it.
fn guide_list_sql(search_text: &str) -> String {
    format!(
        "SELECT g.id, \
         CASE WHEN r.title IS NOT NULL THEN r.lang WHEN fb.title IS NOT NULL THEN fb.lang ELSE src.lang END AS lang, \
         COALESCE(r.title, fb.title, src.title) AS title, COALESCE(r.summary, fb.summary, src.summary) AS summary, \
         {search_text} AS search_text \
         FROM guides g \
         JOIN guide_texts src ON src.guide_id = g.id AND src.lang = 'de' AND src.status = 'published' \
         LEFT JOIN guide_texts r ON r.guide_id = g.id AND r.lang = $2 AND r.status = 'published' \
         LEFT JOIN guide_texts fb ON fb.guide_id = g.id AND fb.lang = $3 AND fb.status = 'published' \
         WHERE g.county_id = $1 AND ($4 IS NULL OR EXISTS (SELECT 1 FROM guide_steps s WHERE s.guide_id = g.id AND s.office_id = $4)) \
         ORDER BY g.id"
    )
}
static GUIDE_LIST: LazyLock<String> = LazyLock::new(|| guide_list_sql("''"));
static GUIDE_LIST_SEARCH: LazyLock<String> =
    LazyLock::new(|| guide_list_sql("COALESCE(r.search_text, fb.search_text, src.search_text)"));

impl Store {
    pub async fn create_guide(
        &self,
        county: CountyId,
        german: &GuideText,
        step_offices: &[Option<i64>],
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<i64> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO guides (county_id, created_at, updated_at) VALUES ($1, $2, $2) RETURNING id")
                .bind(county.0).bind(at).fetch_one(&mut *tx).await?;
            for (i, office) in step_offices.iter().enumerate() {
                sqlx::query("INSERT INTO guide_steps (guide_id, position, office_id) VALUES ($1, $2, $3)")
                    .bind(id).bind(i as i64).bind(*office).execute(&mut *tx).await?;
            }
            sqlx::query(
                "INSERT INTO guide_texts (guide_id, lang, title, summary, steps, status, source_rev, search_text, updated_at, updated_by) \
                 VALUES ($1, 'de', $2, $3, $4, $5, 1, $6, $7, $8)")
                .bind(id).bind(&german.title).bind(&german.summary).bind(german.steps_json()).bind(status)
                .bind(german.index()).bind(at).bind(by.map(|u| u.0)).execute(&mut *tx).await?;
            tx.commit().await?;
            id
        }))
    }

    /// Saves the German text and the steps' offices if nobody changed the guide since
    /// `version`; a changed text outdates the translations. `from` says for each new
    /// step which old step it was (None: a new one), so that the translations' steps are
    /// moved along with the German ones and stay beside the right office.
    #[allow(clippy::too_many_arguments)]
    pub async fn update_guide(
        &self,
        county: CountyId,
        id: i64,
        version: i64,
        german: &GuideText,
        step_offices: &[Option<i64>],
        from: &[Option<usize>],
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<Saved> {
        let Some(current) = self.guide(county, id).await? else {
            return Ok(Saved::Conflict);
        };
        let changed = current.text("de").map(GuideTextRow::text).as_ref() != Some(german);
        let old_steps = current.step_offices.len();
        let moved = from.len() != old_steps || from.iter().enumerate().any(|(i, f)| *f != Some(i));
        // The translations with their steps in the new order (new steps empty).
        let realigned: Vec<(String, String, String)> = if moved {
            current
                .texts
                .iter()
                .filter(|t| t.lang != "de")
                .map(|t| {
                    let mut text = t.text();
                    let old = std::mem::take(&mut text.steps);
                    text.steps = from
                        .iter()
                        .map(|f| f.and_then(|k| old.get(k).cloned()).unwrap_or_default())
                        .collect();
                    (t.lang.clone(), text.steps_json(), text.index())
                })
                .collect()
        } else {
            vec![]
        };
        let status = if published { "published" } else { "draft" };
        let at = now();
        Ok(on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let rows = sqlx::query(
                "UPDATE guides SET source_rev = source_rev + $1, version = version + 1, updated_at = $2 \
                 WHERE id = $3 AND county_id = $4 AND version = $5")
                .bind(i64::from(changed)).bind(at).bind(id).bind(county.0).bind(version)
                .execute(&mut *tx).await?.rows_affected();
            if rows == 0 {
                tx.rollback().await?;
                Saved::Conflict
            } else {
                sqlx::query("DELETE FROM guide_steps WHERE guide_id = $1").bind(id).execute(&mut *tx).await?;
                for (i, office) in step_offices.iter().enumerate() {
                    sqlx::query("INSERT INTO guide_steps (guide_id, position, office_id) VALUES ($1, $2, $3)")
                        .bind(id).bind(i as i64).bind(*office).execute(&mut *tx).await?;
                }
                sqlx::query(
                    "UPDATE guide_texts SET title = $1, summary = $2, steps = $3, status = $4, \
                     source_rev = (SELECT source_rev FROM guides WHERE id = $5), search_text = $6, updated_at = $7, \
                     updated_by = $8, version = version + 1 WHERE guide_id = $5 AND lang = 'de'")
                    .bind(&german.title).bind(&german.summary).bind(german.steps_json()).bind(status).bind(id)
                    .bind(german.index()).bind(at).bind(by.map(|u| u.0)).execute(&mut *tx).await?;
                for (lang, steps, index) in &realigned {
                    sqlx::query(
                        "UPDATE guide_texts SET steps = $1, search_text = $2, version = version + 1 \
                         WHERE guide_id = $3 AND lang = $4")
                        .bind(steps).bind(index).bind(id).bind(lang).execute(&mut *tx).await?;
                }
                tx.commit().await?;
                Saved::Done
            }
        }))
    }

    /// Saves a translation of a guide (`version` 0: a new one).
    #[allow(clippy::too_many_arguments)]
    pub async fn save_guide_text(
        &self,
        county: CountyId,
        id: i64,
        lang: &str,
        version: i64,
        text: &GuideText,
        published: bool,
        by: Option<UserId>,
    ) -> DbResult<Saved> {
        let at = now();
        let status = if published { "published" } else { "draft" };
        let rows = on_pool!(self, pool => {
            let source_rev: Option<i64> = sqlx::query_scalar("SELECT source_rev FROM guides WHERE id = $1 AND county_id = $2")
                .bind(id).bind(county.0).fetch_optional(pool).await?;
            let Some(source_rev) = source_rev else { return Ok(Saved::Conflict) };
            if version == 0 {
                sqlx::query(
                    "INSERT INTO guide_texts (guide_id, lang, title, summary, steps, status, source_rev, search_text, updated_at, updated_by) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (guide_id, lang) DO NOTHING")
                    .bind(id).bind(lang).bind(&text.title).bind(&text.summary).bind(text.steps_json()).bind(status)
                    .bind(source_rev).bind(text.index()).bind(at).bind(by.map(|u| u.0)).execute(pool).await?.rows_affected()
            } else {
                sqlx::query(
                    "UPDATE guide_texts SET title = $1, summary = $2, steps = $3, status = $4, source_rev = $5, search_text = $6, \
                     updated_at = $7, updated_by = $8, version = version + 1 WHERE guide_id = $9 AND lang = $10 AND version = $11")
                    .bind(&text.title).bind(&text.summary).bind(text.steps_json()).bind(status).bind(source_rev)
                    .bind(text.index()).bind(at).bind(by.map(|u| u.0)).bind(id).bind(lang).bind(version)
                    .execute(pool).await?.rows_affected()
            }
        });
        Ok(Saved::from_rows(rows))
    }

    pub async fn guide(&self, county: CountyId, id: i64) -> DbResult<Option<GuideFull>> {
        let head: Option<(i64, i64, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT id, source_rev, version FROM guides WHERE id = $1 AND county_id = $2")
            .bind(id).bind(county.0).fetch_optional(pool).await?);
        let Some((id, source_rev, version)) = head else {
            return Ok(None);
        };
        let step_offices: Vec<Option<i64>> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT office_id FROM guide_steps WHERE guide_id = $1 ORDER BY position")
            .bind(id).fetch_all(pool).await?);
        let texts = on_pool!(self, pool => sqlx::query_as(
            "SELECT lang, title, summary, steps, status, source_rev, version FROM guide_texts WHERE guide_id = $1")
            .bind(id).fetch_all(pool).await?);
        Ok(Some(GuideFull {
            id,
            source_rev,
            version,
            step_offices,
            texts,
        }))
    }

    pub async fn guides_full(&self, county: CountyId) -> DbResult<Vec<GuideFull>> {
        let ids: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM guides WHERE county_id = $1 ORDER BY id").bind(county.0).fetch_all(pool).await?);
        let mut out = vec![];
        for id in ids {
            if let Some(g) = self.guide(county, id).await? {
                out.push(g);
            }
        }
        Ok(out)
    }

    /// Published guides, each in the first published language of reader, fallback, German.
    /// Only those with a step at `office`, if given. Their text to search is read only
    /// `for_search` (a guide's is ~1 KB: reading it for the cards of the offices list was
    /// 2 % of that page's CPU).
    pub async fn guide_list(
        &self,
        county: CountyId,
        reader: &str,
        fallback: &str,
        office: Option<i64>,
        for_search: bool,
    ) -> DbResult<Vec<GuideListRow>> {
        let sql = if for_search {
            GUIDE_LIST_SEARCH.as_str()
        } else {
            GUIDE_LIST.as_str()
        };
        Ok(on_pool!(self, pool => sqlx::query_as(sql)
            .bind(county.0).bind(reader).bind(fallback).bind(office).fetch_all(pool).await?))
    }

    pub async fn guide_translations(&self, county: CountyId) -> DbResult<Vec<TranslationRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT g.id, g.source_rev, t.lang, t.title, t.status, t.source_rev AS text_rev \
             FROM guides g JOIN guide_texts t ON t.guide_id = g.id WHERE g.county_id = $1 ORDER BY g.id")
            .bind(county.0).fetch_all(pool).await?))
    }
}
