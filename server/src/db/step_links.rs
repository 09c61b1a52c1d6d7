//! What a plan step can point to: the published offices and guides of the client's
//! county, found by name (the directory's search index, so a county of 20,000 offices
//! costs a search, not a list of them all) and checked by id, named in German for the
//! staff's plan.
//!
//! Before, the plan page put every office of the county into each goal's "add a step"
//! form: at 2,040 offices 2,091 options, 191 KB of HTML and p99 326 ms per page.

use super::directory::{CountyId, ListFilter};
use super::directory_search::SearchAsk;
use super::plan::{LinkName, StepLink};
use super::{on_pool, DbResult, Store};
use crate::directory::search::Query;

impl Store {
    /// The German names of `links` that are published in `county`, in the order given;
    /// links elsewhere, unpublished or gone are left out.
    pub async fn step_link_names(
        &self,
        county: CountyId,
        links: &[StepLink],
    ) -> DbResult<Vec<(StepLink, String)>> {
        if links.is_empty() {
            return Ok(vec![]);
        }
        // Offices and guides in one statement (one round trip on PostgreSQL): `1` marks
        // an office's row.
        let sql = format!(
            "SELECT 1 AS office, o.id, t.name FROM offices o \
             JOIN office_texts t ON t.office_id = o.id AND t.lang = 'de' AND t.status = 'published' \
             WHERE o.county_id = $1 AND {} \
             UNION ALL SELECT 0, g.id, t.title FROM guides g \
             JOIN guide_texts t ON t.guide_id = g.id AND t.lang = 'de' AND t.status = 'published' \
             WHERE g.county_id = $1 AND {}",
            self.in_id_set("o.id", 2),
            self.in_id_set("g.id", 3)
        );
        let (offices, guides) = (
            self.id_set(&link_ids(links, true)),
            self.id_set(&link_ids(links, false)),
        );
        let named: Vec<(i32, i64, String)> = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(county.0).bind(&offices).bind(&guides).fetch_all(pool).await?);
        Ok(links
            .iter()
            .filter_map(|l| {
                let (office, id) = match l {
                    StepLink::Office(id) => (1, id),
                    StepLink::Guide(id) => (0, id),
                };
                let (.., name) = named.iter().find(|(o, i, _)| *o == office && i == id)?;
                Some((*l, name.clone()))
            })
            .collect())
    }

    /// The names of `links` for a client reading in `lang`: each office's name or guide's
    /// title in `lang` where it is published so, else in German; links gone or not
    /// published are left out. One statement for all of a plan's links (it was one per
    /// link: a plan with five linked steps made five round trips).
    pub async fn step_link_names_in(
        &self,
        links: &[StepLink],
        lang: &str,
    ) -> DbResult<Vec<(StepLink, LinkName)>> {
        if links.is_empty() {
            return Ok(vec![]);
        }
        let sql = format!(
            "SELECT 1 AS office, office_id, lang, name FROM office_texts \
             WHERE {} AND status = 'published' AND lang IN ($3, 'de') \
             UNION ALL SELECT 0, guide_id, lang, title FROM guide_texts \
             WHERE {} AND status = 'published' AND lang IN ($3, 'de')",
            self.in_id_set("office_id", 1),
            self.in_id_set("guide_id", 2)
        );
        let (offices, guides) = (
            self.id_set(&link_ids(links, true)),
            self.id_set(&link_ids(links, false)),
        );
        let named: Vec<(i32, i64, String, String)> = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(&offices).bind(&guides).bind(lang).fetch_all(pool).await?);
        Ok(links
            .iter()
            .filter_map(|l| {
                let (office, id) = match l {
                    StepLink::Office(id) => (1, *id),
                    StepLink::Guide(id) => (0, *id),
                };
                let mut texts = named.iter().filter(|(o, i, ..)| *o == office && *i == id);
                // The reader's language first; German when there is none in it.
                let (.., text_lang, name) = texts
                    .clone()
                    .find(|(.., t, _)| t == lang)
                    .or_else(|| texts.next())?;
                Some((
                    *l,
                    LinkName {
                        lang: text_lang.clone(),
                        name: name.clone(),
                    },
                ))
            })
            .collect())
    }

    /// The German name of one link if it is published in `county`.
    pub async fn step_link_in_county(&self, county: CountyId, link: StepLink) -> DbResult<Option<String>> {
        Ok(self
            .step_link_names(county, &[link])
            .await?
            .pop()
            .map(|(_, name)| name))
    }

    /// Offices and guides of `county` whose German name or text matches `query`, best
    /// first (then by name), at most `want`. Offices come from the directory's index;
    /// guides (a county has tens, not thousands) are scored one by one with the same
    /// rules, so the two rankings mix.
    pub async fn step_link_search(
        &self,
        county: CountyId,
        query: &Query,
        at: i64,
        want: usize,
    ) -> DbResult<Vec<(StepLink, String)>> {
        let ask = SearchAsk {
            county,
            reader: "de",
            fallback: "de",
            filter: &ListFilter::default(),
            at,
            query,
        };
        let offices = self.office_search_page(&ask, want).await?;
        let mut scorer = query.scorer();
        let guides = self
            .guide_list(county, "de", "de", None, true)
            .await?
            .into_iter()
            .filter_map(|g| {
                let score = scorer.score(&g.title, &g.search_text)?;
                Some((score, StepLink::Guide(g.id), g.title))
            });
        let mut found: Vec<(u32, StepLink, String)> = offices
            .into_iter()
            .map(|(score, id, name)| (score, StepLink::Office(id), name))
            .chain(guides)
            .collect();
        found.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.2.cmp(&b.2)));
        found.truncate(want);
        Ok(found.into_iter().map(|(_, link, name)| (link, name)).collect())
    }
}

/// The ids of the offices (`office`) or of the guides among `links`.
fn link_ids(links: &[StepLink], office: bool) -> Vec<i64> {
    links
        .iter()
        .filter_map(|l| match (l, office) {
            (StepLink::Office(id), true) | (StepLink::Guide(id), false) => Some(*id),
            _ => None,
        })
        .collect()
}
