//! The paths of the municipality's integration indicators: a point per quarter from the
//! baseline to today (or the target date), each computed over that quarter from the case
//! records, or the values entered by hand; and the dashboard's table of where each stands.

use crate::db::figure_snapshots::StoredPoint;
use crate::db::figures::FigureFilter;
use crate::db::goals::IndicatorRow;
use crate::db::programme::Reach;
use crate::db::{DbResult, Store};
use chrono::{Datelike, NaiveDate};
use lotse_app::figures::{median, Cell, Chart, Label, Row, Section, Table, SMALL_CELL};
use lotse_app::goals::{IndicatorPath, Point};

/// At most this many quarters are drawn (five years).
const MAX_POINTS: usize = 20;
/// "Within 18 months" of the language indicator, in days.
const LANGUAGE_DAYS: i64 = 548;

fn date(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

/// The first day of the quarter a day is in.
fn quarter_start(d: NaiveDate) -> NaiveDate {
    let month = (d.month0() / 3) * 3 + 1;
    NaiveDate::from_ymd_opt(d.year(), month, 1).unwrap_or(d)
}

/// The quarters from the one holding `from` to the one holding `until`: (first day, last
/// day counted), the last one cut at `until`.
pub fn quarters(from: NaiveDate, until: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = vec![];
    let mut start = quarter_start(from);
    while start <= until && out.len() < MAX_POINTS * 2 {
        let next = start.checked_add_months(chrono::Months::new(3)).unwrap_or(until);
        let last = next.pred_opt().unwrap_or(next).min(until);
        out.push((start, last));
        start = next;
    }
    // The most recent quarters when there are more than can be drawn.
    let skip = out.len().saturating_sub(MAX_POINTS);
    out.split_off(skip)
}

fn unix(d: NaiveDate) -> i64 {
    crate::time::to_unix(&d.to_string(), 0, 0).unwrap_or(0)
}

fn share(part: usize, of: usize) -> Option<f64> {
    (of > 0).then(|| 100.0 * part as f64 / of as f64)
}

/// One computed point: the value over the quarter (first to last day) and its case count.
async fn computed_point(
    store: &Store,
    base: &FigureFilter,
    key: &str,
    first: NaiveDate,
    last: NaiveDate,
) -> DbResult<(Option<f64>, i64)> {
    let end = last.succ_opt().unwrap_or(last);
    let f = FigureFilter {
        from: unix(first),
        to: unix(end),
        today: last.to_string(),
        ..base.clone()
    };
    Ok(match key {
        "independent_share" => {
            let closed = store.figure_closures(&f).await?;
            let good = closed
                .iter()
                .filter(|c| c.1 == "independent" || c.1 == "regular_services")
                .count();
            (share(good, closed.len()), closed.len() as i64)
        }
        "plan_share" | "confirmed_share" => {
            let (open, with_plan, confirmed) = store.figure_plans(&f).await?;
            let part = if key == "plan_share" { with_plan } else { confirmed };
            (share(part as usize, open as usize), open)
        }
        "days_to_plan" => {
            let mut days: Vec<f64> = store
                .figure_days_to_plan(&f)
                .await?
                .into_iter()
                .map(|d| d as f64)
                .collect();
            let n = days.len() as i64;
            (median(&mut days), n)
        }
        "language_goal_18m" => {
            // The cohort whose 18 months ended in this quarter.
            let shift = LANGUAGE_DAYS * 86_400;
            let cohort = FigureFilter {
                from: f.from - shift,
                to: f.to - shift,
                ..f.clone()
            };
            let (n, reached) = store.figure_language_goal_within(&cohort, LANGUAGE_DAYS).await?;
            (share(reached as usize, n as usize), n)
        }
        "referrals_done_share" => {
            let sent = store.figure_referrals(&f).await?;
            let taken = sent.iter().filter(|r| r.1 == "done" || r.1 == "accepted").count();
            (share(taken, sent.len()), sent.len() as i64)
        }
        _ => (None, 0),
    })
}

/// A computed quarter's point: kept for good once counted after its quarter ended (what
/// was reported stays as reported), the running quarter's counted again when older than
/// `max_age` seconds (0: every time).
async fn stored_point(
    store: &Store,
    base: &FigureFilter,
    indicator: &IndicatorRow,
    key: &str,
    (first, last): (NaiveDate, NaiveDate),
    stored: &[StoredPoint],
    max_age: i64,
) -> DbResult<(Option<f64>, i64)> {
    let now = crate::time::now();
    let over_at = unix(last.succ_opt().unwrap_or(last));
    let on = last.to_string();
    if let Some(p) = stored.iter().find(|p| p.0 == on) {
        if p.3 >= over_at || (max_age > 0 && p.3 >= now - max_age) {
            return Ok((p.1, p.2));
        }
    }
    let (value, of) = computed_point(store, base, key, first, last).await?;
    store
        .put_indicator_point(indicator.id, &(on, value, of, now))
        .await?;
    Ok((value, of))
}

/// Every indicator in reach with its path up to `today` (ISO). Computed points come from
/// `indicator_points` where they are final or young enough (`stored_point`).
pub async fn paths(store: &Store, reach: Reach, today: &str, max_age: i64) -> DbResult<Vec<IndicatorPath>> {
    let goals = store.integration_goals(reach).await?;
    let values = store.indicator_values(reach).await?;
    let today_d = date(today).unwrap_or_default();
    let mut out = vec![];
    for i in store.indicators(reach).await? {
        let Some(goal) = goals.iter().find(|g| g.id == i.goal_id) else {
            continue;
        };
        let points = match &i.computed {
            Some(key) => {
                let base = FigureFilter {
                    county: reach.county,
                    municipality: Some(goal.municipality_id),
                    provider: None,
                    team: None,
                    guide: None,
                    from: 0,
                    to: 0,
                    today: today.to_string(),
                };
                let until = date(&i.target_on).unwrap_or(today_d).min(today_d);
                let stored = store.indicator_points(i.id).await?;
                let mut points = vec![];
                for (first, last) in quarters(date(&i.baseline_on).unwrap_or(today_d), until) {
                    let (value, of) =
                        stored_point(store, &base, &i, key, (first, last), &stored, max_age).await?;
                    points.push(Point {
                        on: last.to_string(),
                        value: value.filter(|_| of >= SMALL_CELL),
                        of: Some(of),
                    });
                }
                points
            }
            None => values
                .iter()
                .filter(|v| v.0 == i.id)
                .map(|v| Point {
                    on: v.1.clone(),
                    value: Some(v.2),
                    of: None,
                })
                .collect(),
        };
        out.push(IndicatorPath {
            id: i.id,
            goal_id: goal.id,
            goal: goal.title.clone(),
            field: goal.field.clone(),
            title: i.title,
            unit: i.unit,
            aim: i.aim,
            computed: i.computed,
            source: i.source,
            baseline_on: i.baseline_on,
            target: i.target_value,
            target_on: i.target_on,
            points,
        });
    }
    Ok(out)
}

fn tenths(v: f64) -> i64 {
    (v * 10.0).round() as i64
}

/// The dashboard's and the report's table: each indicator's latest value against its
/// target.
pub fn section(paths: &[IndicatorPath]) -> Section {
    let rows = paths
        .iter()
        .map(|p| {
            let latest = p.points.last();
            let shown = p.latest();
            let value = match (latest, shown) {
                (_, Some(s)) => Cell::Measured {
                    tenths: tenths(s.value.unwrap_or(0.0)),
                    of: s.of,
                },
                (Some(l), None) => Cell::Measured {
                    tenths: 0,
                    of: Some(l.of.unwrap_or(0).min(SMALL_CELL - 1)),
                },
                (None, None) => Cell::Text(String::new()),
            };
            let state = match p.reached() {
                Some(true) => "indicator-state-reached",
                Some(false) => "indicator-state-not-yet",
                None => "indicator-state-no-value",
            };
            Row::new(
                Label::Text(format!("{}: {}", p.goal, p.title)),
                vec![
                    value,
                    shown
                        .map(|s| Cell::Date(s.on.clone()))
                        .unwrap_or(Cell::Text(String::new())),
                    Cell::Measured {
                        tenths: tenths(p.target),
                        of: None,
                    },
                    Cell::Date(p.target_on.clone()),
                    Cell::Message(state.into()),
                ],
            )
        })
        .collect();
    Section {
        id: "goals",
        tables: vec![Table {
            id: "indicators",
            columns: vec![
                Label::msg("figures-col-latest"),
                Label::msg("figures-col-measured-on"),
                Label::msg("figures-col-target-value"),
                Label::msg("figures-col-target-on"),
                Label::msg("figures-col-state"),
            ],
            rows,
            chart: Chart::None,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters_run_from_the_baseline_to_today_cut_at_today() {
        let d = |s: &str| date(s).unwrap();
        let q = quarters(d("2025-11-20"), d("2026-05-10"));
        assert_eq!(
            q,
            vec![
                (d("2025-10-01"), d("2025-12-31")),
                (d("2026-01-01"), d("2026-03-31")),
                (d("2026-04-01"), d("2026-05-10")),
            ]
        );
        assert_eq!(quarters(d("2010-01-01"), d("2026-05-10")).len(), MAX_POINTS);
        assert!(quarters(d("2027-01-01"), d("2026-05-10")).is_empty());
    }
}
