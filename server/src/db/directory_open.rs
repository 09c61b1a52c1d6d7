//! How a page of "open now" is read: from the names or from the open offices.
//!
//! The names' walk ([`ListDrive::Names`]) reads the county's offices in name order and
//! keeps those open until the page is full: cheap when most are open, but when few are
//! it reads nearly every office. Starting from the offices open at the instant
//! ([`ListDrive::OpenNow`]) reads only those, but must sort all of them by name before
//! the page is cut. Measured on SQLite at 2,040 offices (2026-12-07, per page of 50):
//! the walk costs ~1.4 µs per office it reads, the open offices ~6 µs each. With
//! `open` of `offices` open and `need` rows up to the end of the page, the walk reads
//! about `need × offices / open` offices and the other way sorts `open`: the open
//! offices pay when `4 × open² < need × offices`.
//!
//! A fixed bound (2,000 open) had been chosen for 20,040 offices; at 2,040 offices on a
//! Tuesday morning (1,734 open) it sorted every open office for each page: 10.6 ms
//! instead of 0.25 ms, the list at ~200 pages a second.

use super::directory::{CountyId, ListDrive, ListFilter};
use super::{on_pool, DbResult, Store};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The open offices' sort costs about this many of the walk's reads each.
const SORT_PER_READ: i64 = 4;

/// How long a county's count of offices serves this server before it is counted again.
/// It only chooses between two ways to the same page: a count minutes old does no harm.
const COUNT_KEPT: Duration = Duration::from_secs(60);

/// The number of open offices below which a page is read from them (see the module).
pub fn open_first_below(need: i64, offices: i64) -> i64 {
    let n = (need.max(1) as f64) * (offices.max(0) as f64) / SORT_PER_READ as f64;
    n.sqrt().ceil() as i64
}

/// Each county's number of offices as this server last counted it.
#[derive(Clone, Debug, Default)]
pub struct OfficeCounts(Arc<Mutex<HashMap<i64, (Instant, i64)>>>);

impl OfficeCounts {
    fn get(&self, county: i64) -> Option<i64> {
        let counts = self.0.lock().ok()?;
        counts
            .get(&county)
            .filter(|(at, _)| at.elapsed() < COUNT_KEPT)
            .map(|(_, n)| *n)
    }

    fn keep(&self, county: i64, n: i64) {
        if let Ok(mut counts) = self.0.lock() {
            counts.insert(county, (Instant::now(), n));
        }
    }
}

impl Store {
    /// The way to read the list's page for `f` at `at` (see the module).
    pub(super) async fn list_drive(&self, county: CountyId, f: &ListFilter, at: i64) -> DbResult<ListDrive> {
        if !f.open_now || f.ids.is_some() {
            return Ok(ListDrive::Names);
        }
        let offices = match self.office_counts.get(county.0) {
            Some(n) => n,
            None => {
                let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
                    "SELECT COUNT(*) FROM offices WHERE county_id = $1")
                    .bind(county.0).fetch_one(pool).await?);
                self.office_counts.keep(county.0, n);
                n
            }
        };
        let below = open_first_below(f.offset.saturating_add(f.limit), offices);
        // Counted only up to the bound: past it, the number does not matter. From the
        // intervals begun before the instant (`+`: not from those ending after it, which
        // on SQLite were all ~200,000 of the coming two weeks at 20,040 offices), the
        // latest first: those still open are among them, the day's closed ones before
        // (at 2,040 offices, 1,734 open: 0.098 → 0.011 ms on SQLite, 0.31 → 0.15 ms on
        // PostgreSQL).
        let open: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM (SELECT 1 FROM office_open_intervals WHERE opens_at <= $1 AND +closes_at > $1 \
             ORDER BY opens_at DESC LIMIT $2) x")
            .bind(at).bind(below).fetch_one(pool).await?);
        Ok(if open < below {
            ListDrive::OpenNow
        } else {
            ListDrive::Names
        })
    }
}

#[cfg(test)]
mod tests {
    use super::open_first_below;

    #[test]
    fn few_open_offices_are_read_first_and_many_are_walked() {
        // 2,040 offices, a first page of 50: the open ones first below ~160.
        let below = open_first_below(50, 2_040);
        assert!((150..=170).contains(&below), "{below}");
        // A Tuesday morning (1,734 open) walks the names; a Sunday (none) does not.
        assert!(1_734 >= below);
        assert!(0 < below);
        // Ten times the offices: the bound grows with the root.
        let big = open_first_below(50, 20_040);
        assert!((490..=510).contains(&big), "{big}");
        // A later page needs more of the walk, so the open offices pay sooner.
        assert!(open_first_below(500, 2_040) > below);
        // No offices: nothing to read either way.
        assert_eq!(open_first_below(50, 0), 0);
    }
}
