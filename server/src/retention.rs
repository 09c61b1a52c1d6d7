//! The daily retention job: for every municipality (and the records that belong to
//! none), each kind of record whose period is over is first counted — the dry run, which
//! the data-protection officer reads — and then deleted or, for a closed case,
//! anonymised. Any instance may run it; the day's claim in the database makes it run
//! once. Both reports are stored with the day, and because each kind counts and acts
//! through the same statement (`db::retention`), they agree.

use crate::db::retention::{Mode, Periods, INSTALLATION};
use crate::db::{DbResult, Store};
use chrono::NaiveDate;
use lotse_app::privacy::{RetentionKind, RETENTION};
use std::collections::BTreeMap;

/// Rows touched per scope (a municipality's id, or 0 for the installation) and kind.
pub type Report = BTreeMap<i64, BTreeMap<String, u64>>;

/// The day `months` before `today`, and its start in the municipality's zone.
fn cutoff(today: NaiveDate, months: i64) -> (i64, String) {
    let day = today
        .checked_sub_months(chrono::Months::new(months.clamp(0, 1200) as u32))
        .unwrap_or(today);
    let iso = day.format("%Y-%m-%d").to_string();
    (crate::time::to_unix(&iso, 0, 0).unwrap_or(0), iso)
}

/// Each municipality's periods, and the installation's: per kind the shortest any
/// municipality chose (the most protective), defaults without municipalities.
async fn scopes(store: &Store) -> DbResult<Vec<(i64, Periods)>> {
    let mut out = vec![];
    for m in store.municipality_ids().await? {
        out.push((m.0, store.retention_periods(m).await?));
    }
    let mut shortest: Periods = RETENTION.iter().map(|r| (r.kind, r.default_months)).collect();
    if !out.is_empty() {
        for rule in RETENTION {
            let min = out
                .iter()
                .filter_map(|(_, p)| p.get(&rule.kind).copied())
                .min()
                .unwrap_or(rule.default_months);
            shortest.insert(rule.kind, min);
        }
    }
    out.push((INSTALLATION, shortest));
    Ok(out)
}

/// Counts (`DryRun`) or acts (`Act`) on everything whose period ended before `today`.
pub async fn sweep(store: &Store, today: NaiveDate, mode: Mode) -> DbResult<Report> {
    let mut report = Report::new();
    for (scope, periods) in scopes(store).await? {
        let line = report.entry(scope).or_default();
        // Deletions first, the anonymisation of whole cases last: a case's notes and
        // photos are then counted and deleted under their own kinds, in both modes.
        let order = RETENTION
            .iter()
            .filter(|r| r.kind != RetentionKind::CaseFile)
            .chain(RETENTION.iter().filter(|r| r.kind == RetentionKind::CaseFile));
        for rule in order {
            let months = periods.get(&rule.kind).copied().unwrap_or(rule.default_months);
            let (at, iso) = cutoff(today, months);
            let n = store.retention_step(rule.kind, scope, at, &iso, mode).await?;
            line.insert(rule.kind.as_str().to_string(), n);
        }
    }
    Ok(report)
}

/// What one day's run did: the dry run and the run, which agree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub dry_run: Report,
    pub done: Report,
}

/// The day's run, if this instance claims it (None: another instance has, or it ran).
pub async fn daily(store: &Store, today: NaiveDate) -> DbResult<Option<Run>> {
    let day = today.format("%Y-%m-%d").to_string();
    if !store.claim_retention_run(&day).await? {
        return Ok(None);
    }
    let dry_run = sweep(store, today, Mode::DryRun).await?;
    store
        .record_retention_report(
            &day,
            Mode::DryRun,
            &serde_json::to_string(&dry_run).unwrap_or_default(),
        )
        .await?;
    let done = sweep(store, today, Mode::Act).await?;
    store
        .record_retention_report(&day, Mode::Act, &serde_json::to_string(&done).unwrap_or_default())
        .await?;
    let touched: u64 = done.values().flat_map(|k| k.values()).sum();
    tracing::info!(day, touched, "retention run");
    Ok(Some(Run { dry_run, done }))
}

/// One municipality's part of a stored report, kind → rows (empty if unreadable).
pub fn part_of(report: Option<&str>, municipality: i64) -> BTreeMap<RetentionKind, u64> {
    let parsed: Report = report
        .and_then(|r| serde_json::from_str(r).ok())
        .unwrap_or_default();
    parsed
        .get(&municipality)
        .map(|kinds| {
            kinds
                .iter()
                .filter_map(|(k, n)| RetentionKind::parse(k).map(|k| (k, *n)))
                .collect()
        })
        .unwrap_or_default()
}
