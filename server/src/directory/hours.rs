//! Opening hours in OpenStreetMap's `opening_hours` syntax ("Mo-Fr 08:00-12:00;
//! Th 14:00-18:00; PH off"), evaluated by the `opening-hours` crate in Europe/Berlin
//! with Germany's nationwide public holidays. Everything here works on Unix seconds so
//! that daylight saving time is the crate's and chrono-tz's business, not ours.

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Timelike};
// The municipality's zone (see `crate::time`).
use crate::time::ZONE as Berlin;
use chrono_tz::Tz;
use opening_hours::localization::{Country, TzLocation};
use opening_hours::{Context, OpeningHours, RuleKind};

/// How far ahead "opens …" looks and the list's open intervals are stored.
pub const HORIZON_DAYS: i64 = 14;

/// Parsed opening hours of one place.
#[derive(Clone, Debug)]
pub struct Hours {
    rules: OpeningHours<TzLocation<Tz>>,
}

/// Where a place stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Open now, until this time (None: open beyond the horizon, e.g. 24/7).
    OpenUntil(Option<i64>),
    /// Closed now; opens at this time.
    OpensAt(i64),
    /// Closed now and not opening within the horizon (or no hours known).
    Closed,
}

/// One day of the week table on an office's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayHours {
    /// ISO date.
    pub date: String,
    /// 0 = Monday.
    pub weekday: u8,
    /// Open ranges as local (hour, minute) pairs; an end of (24, 0) is midnight.
    pub ranges: Vec<((u8, u8), (u8, u8))>,
    pub public_holiday: bool,
}

fn context() -> Context<TzLocation<Tz>> {
    Context::default()
        .with_holidays(Country::DE.holidays())
        .with_locale(TzLocation::new(Berlin))
}

fn at(ts: i64) -> DateTime<Tz> {
    Berlin
        .timestamp_opt(ts, 0)
        .single()
        .unwrap_or_else(|| Berlin.from_utc_datetime(&DateTime::UNIX_EPOCH.naive_utc()))
}

/// Is this date a public holiday in all of Germany?
pub fn is_public_holiday(date: NaiveDate) -> bool {
    Country::DE.holidays().get_public().contains(date)
}

impl Hours {
    /// Parses an expression; the error is the parser's message, for the editor.
    pub fn parse(raw: &str) -> Result<Hours, String> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Err("empty".into());
        }
        let rules: OpeningHours = raw
            .parse()
            .map_err(|e: <OpeningHours as std::str::FromStr>::Err| e.to_string())?;
        Ok(Hours {
            rules: rules.with_context(context()),
        })
    }

    pub fn is_open(&self, ts: i64) -> bool {
        self.rules.state(at(ts)).0 == RuleKind::Open
    }

    /// Open intervals overlapping `from..to` (clipped to it), in Unix seconds, sorted
    /// and disjoint. "Unknown" ranges (e.g. only a comment) do not count as open.
    pub fn open_intervals(&self, from: i64, to: i64) -> Vec<(i64, i64)> {
        let mut out: Vec<(i64, i64)> = vec![];
        // Ask from two hours earlier: the rules crate counts in local time, and a `from`
        // inside the hour repeated when clocks go back is read as the second one, which
        // would drop the range open since the first (found by the property test below).
        for r in self.rules.iter_range(at(from - 7_200), at(to)) {
            if r.kind != RuleKind::Open {
                continue;
            }
            let (s, e) = (
                r.range.start.timestamp().max(from),
                r.range.end.timestamp().min(to),
            );
            let (s, e) = self.agree_with_point_query(s, e);
            if s >= e {
                continue;
            }
            match out.last_mut() {
                Some(last) if last.1 >= s => last.1 = last.1.max(e),
                _ => out.push((s, e)),
            }
        }
        out
    }

    /// On the night the clocks go back, a range that starts or ends inside the repeated
    /// hour ("Sa 22:00-02:00") is ambiguous; the rules crate may place its end at the
    /// second 02:00 while the point query closes at the first. Moves each end to where
    /// the point query changes, so "open now" and the stored intervals never disagree.
    /// Only runs a search when an end disagrees, which is at most an hour twice a year.
    fn agree_with_point_query(&self, mut s: i64, mut e: i64) -> (i64, i64) {
        if s < e && !self.is_open(s) {
            // Closed at the start: find the first open second in (s, e).
            let (mut lo, mut hi) = (s, e);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if self.is_open(mid) {
                    hi = mid
                } else {
                    lo = mid
                }
            }
            s = hi;
        }
        if s < e && !self.is_open(e - 1) {
            // Closed before the end: find the first closed second after s.
            let (mut lo, mut hi) = (s, e - 1);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if self.is_open(mid) {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            e = hi;
        }
        (s, e)
    }

    pub fn status(&self, now: i64) -> Status {
        let horizon = now + HORIZON_DAYS * 86_400;
        let intervals = self.open_intervals(now, horizon);
        match intervals.first() {
            Some(&(s, e)) if s <= now => Status::OpenUntil((e < horizon).then_some(e)),
            Some(&(s, _)) => Status::OpensAt(s),
            None => Status::Closed,
        }
    }

    /// The opening hours of `days` days from `first`, for the week table.
    pub fn days(&self, first: NaiveDate, days: u32) -> Vec<DayHours> {
        (0..days)
            .filter_map(|i| first.checked_add_signed(Duration::days(i64::from(i))))
            .map(|date| {
                let start = local_midnight(date);
                let end = local_midnight(date.succ_opt().unwrap_or(date));
                let ranges = self
                    .open_intervals(start, end)
                    .into_iter()
                    .map(|(s, e)| (hm(s, false), hm(e, e >= end)))
                    .collect();
                DayHours {
                    date: date.format("%Y-%m-%d").to_string(),
                    weekday: date.weekday().num_days_from_monday() as u8,
                    ranges,
                    public_holiday: is_public_holiday(date),
                }
            })
            .collect()
    }
}

/// Unix time of 00:00 local time on `date` (or the first minute after, on a day that
/// starts inside a DST gap).
pub fn local_midnight(date: NaiveDate) -> i64 {
    let naive = date.and_hms_opt(0, 0, 0).unwrap_or_default();
    Berlin
        .from_local_datetime(&naive)
        .earliest()
        .map(|d| d.timestamp())
        .unwrap_or_else(|| naive.and_utc().timestamp())
}

/// Local (hour, minute) of a moment; the end of a day is (24, 0).
fn hm(ts: i64, end_of_day: bool) -> (u8, u8) {
    if end_of_day {
        return (24, 0);
    }
    let t = at(ts);
    (t.hour() as u8, t.minute() as u8)
}

/// The local date and time of a moment: (ISO date, weekday 0 = Monday, hour, minute).
pub fn local_parts(ts: i64) -> (String, u8, u8, u8) {
    let t = at(ts);
    (
        t.format("%Y-%m-%d").to_string(),
        t.weekday().num_days_from_monday() as u8,
        t.hour() as u8,
        t.minute() as u8,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn ts(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
        let naive = NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(h, min, 0))
            .unwrap_or_default();
        Berlin
            .from_local_datetime(&naive)
            .earliest()
            .map(|d| d.timestamp())
            .unwrap_or_default()
    }

    fn hours(raw: &str) -> Hours {
        match Hours::parse(raw) {
            Ok(h) => h,
            Err(e) => panic!("{raw}: {e}"),
        }
    }

    #[test]
    fn weekday_ranges_and_split_hours() {
        let h = hours("Mo,Tu,Th 08:00-12:00; Th 14:00-17:30");
        // Monday 2026-11-23
        assert!(h.is_open(ts(2026, 11, 23, 8, 0)));
        assert!(h.is_open(ts(2026, 11, 23, 11, 59)));
        assert!(!h.is_open(ts(2026, 11, 23, 12, 0)));
        // Wednesday closed all day; Thursday opens only in the afternoon:
        assert_eq!(
            h.status(ts(2026, 11, 25, 10, 0)),
            Status::OpensAt(ts(2026, 11, 26, 14, 0))
        );
        // The later rule for Thursday replaces the earlier one (OSM semantics).
        assert!(!h.is_open(ts(2026, 11, 26, 9, 0)));
        assert!(h.is_open(ts(2026, 11, 26, 15, 0)));

        let split = hours("Mo-Fr 08:00-12:00,14:00-16:00");
        assert_eq!(
            split.status(ts(2026, 11, 23, 13, 0)),
            Status::OpensAt(ts(2026, 11, 23, 14, 0))
        );
        assert_eq!(
            split.status(ts(2026, 11, 23, 9, 0)),
            Status::OpenUntil(Some(ts(2026, 11, 23, 12, 0)))
        );
        // Friday afternoon: next opening is Monday morning.
        assert_eq!(
            split.status(ts(2026, 11, 27, 17, 0)),
            Status::OpensAt(ts(2026, 11, 30, 8, 0))
        );
    }

    #[test]
    fn public_holidays_and_exceptions() {
        let h = hours("Mo-Fr 08:00-16:00; PH off; 2026 Dec 24 off");
        // 3 October 2025 (a Friday) is German Unity Day.
        assert!(is_public_holiday(
            NaiveDate::from_ymd_opt(2025, 10, 3).unwrap_or_default()
        ));
        assert!(!h.is_open(ts(2025, 10, 3, 10, 0)));
        assert!(h.is_open(ts(2025, 10, 2, 10, 0)));
        // Thursday 24 Dec 2026 closed by exception, Friday 25 Dec a holiday.
        assert!(!h.is_open(ts(2026, 12, 24, 10, 0)));
        assert!(!h.is_open(ts(2026, 12, 25, 10, 0)));
        assert_eq!(
            h.status(ts(2026, 12, 23, 17, 0)),
            Status::OpensAt(ts(2026, 12, 28, 8, 0))
        );
        let days = h.days(NaiveDate::from_ymd_opt(2026, 12, 24).unwrap_or_default(), 3);
        assert!(days[0].ranges.is_empty() && !days[0].public_holiday);
        assert!(days[1].ranges.is_empty() && days[1].public_holiday);
    }

    #[test]
    fn always_open_and_never() {
        let h = hours("24/7");
        assert_eq!(h.status(ts(2026, 11, 22, 3, 0)), Status::OpenUntil(None));
        let d = h.days(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default(), 1);
        assert_eq!(d[0].ranges, vec![((0, 0), (24, 0))]);
        assert_eq!(hours("off").status(ts(2026, 11, 22, 3, 0)), Status::Closed);
        assert!(Hours::parse("").is_err());
        assert!(Hours::parse("Mo-Fr 8 bis 12").is_err());
    }

    #[test]
    fn daylight_saving_changes() {
        let h = hours("Mo-Su 01:00-04:00");
        // Spring forward on 29 March 2026 at 02:00: the night has an hour less.
        let spring = h.open_intervals(ts(2026, 3, 29, 0, 0), ts(2026, 3, 30, 0, 0));
        assert_eq!(spring.len(), 1);
        assert_eq!(spring[0].1 - spring[0].0, 2 * 3600);
        // Fall back on 25 October 2026 at 03:00: an hour more.
        let autumn = h.open_intervals(ts(2026, 10, 25, 0, 0), ts(2026, 10, 26, 0, 0));
        assert_eq!(autumn[0].1 - autumn[0].0, 4 * 3600);
        // A normal day: three hours; and 08:00 local is 07:00 UTC in winter, 06:00 in summer.
        let normal = h.open_intervals(ts(2026, 3, 30, 0, 0), ts(2026, 3, 31, 0, 0));
        assert_eq!(normal[0].1 - normal[0].0, 3 * 3600);
        let office = hours("Mo-Fr 08:00-12:00");
        let winter = office.open_intervals(ts(2026, 3, 27, 0, 0), ts(2026, 3, 28, 0, 0));
        let summer = office.open_intervals(ts(2026, 3, 30, 0, 0), ts(2026, 3, 31, 0, 0));
        assert_eq!(winter[0].0 % 86_400, 7 * 3600);
        assert_eq!(summer[0].0 % 86_400, 6 * 3600);
    }

    #[test]
    fn a_night_range_closes_at_the_first_two_oclock_when_clocks_go_back() {
        // Saturday 24 October 2026, 22:00 to Sunday 02:00: 02:00 happens twice that night.
        let h = hours("Sa 22:00-02:00");
        let from = ts(2026, 10, 24, 12, 0);
        let iv = h.open_intervals(from, from + 86_400);
        assert_eq!(iv.len(), 1);
        let first_two = 1_792_886_400; // 00:00 UTC = 02:00 CEST
        assert_eq!(iv[0].1, first_two);
        assert!(h.is_open(first_two - 1) && !h.is_open(first_two));
        assert!(!h.is_open(first_two + 3600)); // 02:00 CET, the second time
    }

    const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// A weekday range with one time span is open exactly on those days, between
        /// those local times, and never on a public holiday, in any season.
        #[test]
        fn weekday_range_matches_its_definition(
            first in 0usize..7, len in 0usize..7,
            open_h in 0u32..23, open_m in prop::sample::select(vec![0u32, 15, 30, 45]),
            dur_min in 15u32..600,
            at in 1_735_686_000i64..1_830_294_000i64,
        ) {
            let last = (first + len).min(6);
            let close_total = (open_h * 60 + open_m + dur_min).min(24 * 60);
            let (close_h, close_m) = (close_total / 60, close_total % 60);
            let raw = format!("{}-{} {:02}:{:02}-{:02}:{:02}; PH off", DAYS[first], DAYS[last], open_h, open_m, close_h, close_m);
            let h = hours(&raw);
            let local = Berlin.timestamp_opt(at, 0).single().unwrap_or_else(|| Berlin.timestamp_opt(0, 0).unwrap());
            let wd = local.weekday().num_days_from_monday() as usize;
            let minute = local.hour() * 60 + local.minute();
            let expected = (first..=last).contains(&wd)
                && minute >= open_h * 60 + open_m
                && minute < close_total
                && !is_public_holiday(local.date_naive());
            prop_assert_eq!(h.is_open(at), expected, "{} at {}", raw, local);
        }

        /// Stored intervals agree with the point query, are sorted and disjoint; the
        /// status points at a real change.
        #[test]
        fn intervals_status_and_point_queries_agree(
            spec in prop::sample::select(vec![
                "Mo-Fr 08:00-12:00,13:00-16:00; PH off",
                "Mo,We 09:00-11:00; Th 14:00-18:00",
                "Mo-Su 01:00-04:00",
                "Sa 22:00-02:00",
                "24/7; 2026 Dec 24 off",
                "Tu 08:00-12:00; 2026 Mar 31 off",
            ]),
            at in 1_767_222_000i64..1_798_758_000i64,
            probe in 0i64..(3 * 86_400),
        ) {
            let h = hours(spec);
            let (from, to) = (at, at + 3 * 86_400);
            let iv = h.open_intervals(from, to);
            for w in iv.windows(2) {
                prop_assert!(w[0].1 < w[1].0);
            }
            for (s, e) in &iv {
                prop_assert!(s < e);
            }
            let t = from + probe;
            let inside = iv.iter().any(|(s, e)| *s <= t && t < *e);
            prop_assert_eq!(h.is_open(t), inside);
            match h.status(at) {
                Status::OpenUntil(Some(e)) => { prop_assert!(h.is_open(at)); prop_assert!(!h.is_open(e)); }
                Status::OpenUntil(None) => prop_assert!(h.is_open(at)),
                Status::OpensAt(s) => { prop_assert!(!h.is_open(at)); prop_assert!(h.is_open(s)); prop_assert!(!h.is_open(s - 60)); }
                Status::Closed => prop_assert!(h.open_intervals(at, at + HORIZON_DAYS * 86_400).is_empty()),
            }
        }
    }
}
