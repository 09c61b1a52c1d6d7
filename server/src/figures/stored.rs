//! Figures counted once and served many times. At a county's scale (100,000 clients over
//! five years) the case sections take seconds to count, and a coordinator steering by a
//! year's figures needs them as of a few minutes ago rather than recounted on every view.
//! So a dashboard's case sections are stored per filter and period
//! (`figure_snapshots`) and served while younger than `LOTSE_FIGURES_MAX_AGE`; the page
//! says when they were counted and offers to count them now. A warmer (`refresh`, run by
//! every instance each minute) recounts the ones viewed in the last day before they go
//! stale, claiming each in the database so that only one instance counts it. The report
//! and a figure frozen as evidence are always counted afresh.
//!
//! The programme's milestones and the integration goals are not stored here: they are a
//! coordinator's own entries and must show at once (their computed points are kept in
//! `indicator_points`, see `goals::paths`).

use super::{case_sections, period_filter, Period};
use crate::db::figure_snapshots::SnapshotRow;
use crate::db::figures::FigureFilter;
use crate::db::{DbResult, Store};
use chrono::{Datelike, NaiveDate};
use lotse_app::figures::Section;
use serde::{Deserialize, Serialize};

/// Stored dashboards viewed within this many seconds are kept fresh by the warmer.
const WARM_FOR: i64 = 86_400;
/// Stored dashboards not viewed for this many seconds are deleted.
const KEEP_FOR: i64 = 30 * 86_400;

/// What a dashboard was asked for: the filter and the period, or the rolling default
/// period (this year up to today), which the warmer moves on with the calendar.
#[derive(Clone, Debug)]
pub struct Ask {
    pub filter: FigureFilter,
    pub period: Period,
    pub rolling: bool,
}

impl Ask {
    /// The stored dashboard's key: the filter's ids and the period as asked.
    pub fn key(&self) -> String {
        let f = &self.filter;
        let period = if self.rolling {
            "year".to_string()
        } else {
            format!("{}..{}", self.period.from, self.period.to)
        };
        format!(
            "c{}:m{}:p{}:t{}:g{}:{period}",
            f.county,
            f.municipality.unwrap_or(0),
            f.provider.unwrap_or(0),
            f.team.unwrap_or(0),
            f.guide.unwrap_or(0)
        )
    }

    /// The ask a stored dashboard was counted for, with today's dates for a rolling one.
    fn of_row(row: &SnapshotRow, today: NaiveDate) -> Ask {
        let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        let date = |v: &str, default| NaiveDate::parse_from_str(v, "%Y-%m-%d").unwrap_or(default);
        let rolling = row.period_from.is_empty();
        let (from, to) = if rolling {
            (year_start, today)
        } else {
            (date(&row.period_from, year_start), date(&row.period_to, today))
        };
        let some = |id: i64| (id > 0).then_some(id);
        let (filter, period) = period_filter(
            row.county_id,
            some(row.municipality_id),
            some(row.provider_id),
            some(row.team_id),
            some(row.guide_id),
            from,
            to,
        );
        Ask {
            filter,
            period,
            rolling,
        }
    }
}

/// What is stored: the period counted (a rolling dashboard is stale once the day moved
/// on) and the sections.
#[derive(Serialize, Deserialize)]
struct Body {
    from: String,
    to: String,
    sections: Vec<Section>,
}

/// Case sections and when they were counted.
pub struct Counted {
    pub sections: Vec<Section>,
    pub counted_at: i64,
}

/// The case sections for `ask`: the stored ones while younger than `max_age` seconds
/// (0: never stored ones), else counted now and stored. `fresh` counts now regardless.
pub async fn case_sections_for(store: &Store, ask: &Ask, max_age: i64, fresh: bool) -> DbResult<Counted> {
    let now = crate::time::now();
    let key = ask.key();
    if !fresh && max_age > 0 {
        if let Some(row) = store.figure_snapshot(&key).await? {
            // A body that no longer reads (a new release changed the figures) is counted anew.
            let body = serde_json::from_str::<Body>(&row.body).ok();
            if let Some(body) = body.filter(|b| {
                row.counted_at >= now - max_age && b.from == ask.period.from && b.to == ask.period.to
            }) {
                store.touch_figure_snapshot(&key, now).await?;
                return Ok(Counted {
                    sections: body.sections,
                    counted_at: row.counted_at,
                });
            }
        }
    }
    count_and_store(store, ask, now, now).await
}

/// Counts now and stores; `viewed_at` stays what it was when the warmer counts.
async fn count_and_store(store: &Store, ask: &Ask, now: i64, viewed_at: i64) -> DbResult<Counted> {
    let sections = case_sections(store, &ask.filter, &ask.period).await?;
    let body = Body {
        from: ask.period.from.clone(),
        to: ask.period.to.clone(),
        sections,
    };
    let f = &ask.filter;
    let (period_from, period_to) = if ask.rolling {
        (String::new(), String::new())
    } else {
        (ask.period.from.clone(), ask.period.to.clone())
    };
    let row = SnapshotRow {
        key: ask.key(),
        county_id: f.county,
        municipality_id: f.municipality.unwrap_or(0),
        provider_id: f.provider.unwrap_or(0),
        team_id: f.team.unwrap_or(0),
        guide_id: f.guide.unwrap_or(0),
        period_from,
        period_to,
        counted_at: now,
        viewed_at,
        body: serde_json::to_string(&body)
            .map_err(|e| crate::db::DbError::Integrity(format!("figures: {e}")))?,
    };
    store.put_figure_snapshot(&row).await?;
    Ok(Counted {
        sections: body.sections,
        counted_at: now,
    })
}

/// The warmer: recounts up to `limit` stored dashboards viewed in the last day that are
/// older than two thirds of `max_age` (so a viewed dashboard is renewed before it goes
/// stale), and forgets those nobody viewed for a month. Returns how many it recounted.
pub async fn refresh(store: &Store, max_age: i64, limit: i64) -> DbResult<usize> {
    let now = crate::time::now();
    store.purge_figure_snapshots(now - KEEP_FOR).await?;
    if max_age <= 0 {
        return Ok(0);
    }
    let today = crate::time::today();
    let mut done = 0;
    for row in store
        .stale_figure_snapshots(now - WARM_FOR, now - max_age * 2 / 3, limit)
        .await?
    {
        // Another instance that claimed it first counts it.
        if !store.claim_figure_snapshot(&row.key, row.counted_at, now).await? {
            continue;
        }
        let ask = Ask::of_row(&row, today);
        count_and_store(store, &ask, now, row.viewed_at).await?;
        let reach = crate::db::programme::Reach {
            county: ask.filter.county,
            municipality: ask.filter.municipality.unwrap_or(0),
        };
        // The indicators' running quarter, counted with it.
        super::goals::paths(store, reach, &ask.filter.today, max_age).await?;
        done += 1;
    }
    Ok(done)
}
