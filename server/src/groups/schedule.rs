//! When a group meets: a series (weekly, every two weeks, or monthly on the nth
//! weekday) at a local time in Europe/Berlin, from a first date to an optional last one,
//! expanded with the `rrule` crate (RFC 5545), so "Tuesdays 17:00" stays 17:00 across
//! the change to and from summer time.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use rrule::{Frequency, NWeekday, RRule, Tz};

/// Local time of every session.
const ZONE: Tz = Tz::Europe__Berlin;
/// No series is expanded further than this many sessions at once (a weekly series for
/// ten years is 520).
const MAX_SESSIONS: u16 = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repeat {
    Weekly,
    EveryTwoWeeks,
    /// The nth weekday of the month (1–4, or -1 for the last).
    Monthly(i16),
}

impl Repeat {
    /// As stored: (repeat, nth).
    pub fn columns(self) -> (&'static str, Option<i64>) {
        match self {
            Repeat::Weekly => ("weekly", None),
            Repeat::EveryTwoWeeks => ("biweekly", None),
            Repeat::Monthly(n) => ("monthly", Some(i64::from(n))),
        }
    }

    pub fn from_columns(repeat: &str, nth: Option<i64>) -> Option<Repeat> {
        match repeat {
            "weekly" => Some(Repeat::Weekly),
            "biweekly" => Some(Repeat::EveryTwoWeeks),
            "monthly" => {
                let n = i16::try_from(nth?).ok()?;
                ((1..=4).contains(&n) || n == -1).then_some(Repeat::Monthly(n))
            }
            _ => None,
        }
    }
}

/// A recurring series of sessions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub repeat: Repeat,
    pub weekday: Weekday,
    pub start: NaiveTime,
    pub minutes: u32,
    pub first: NaiveDate,
    pub last: Option<NaiveDate>,
}

/// One session of a series: the local date it falls on (its key) and when it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub on: NaiveDate,
    pub starts_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum ScheduleError {
    #[error("the last date is before the first")]
    EndsBeforeStart,
    #[error("no such local time on the first date")]
    NoSuchTime,
    #[error("recurrence: {0}")]
    Rule(String),
}

/// A local wall-clock time in Europe/Berlin as an instant: on the day summer time
/// starts, 02:30 does not exist and the session moves to 03:30; on the day it ends,
/// 02:30 happens twice and the first one counts.
pub fn local_instant(on: NaiveDate, at: NaiveTime) -> Option<DateTime<Utc>> {
    let zone = crate::time::ZONE;
    let naive = on.and_time(at);
    zone.from_local_datetime(&naive)
        .earliest()
        .or_else(|| {
            zone.from_local_datetime(&(naive + chrono::Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
}

impl Series {
    fn rule(&self) -> RRule<rrule::Unvalidated> {
        let rule = match self.repeat {
            Repeat::Weekly => RRule::new(Frequency::Weekly).by_weekday(vec![NWeekday::Every(self.weekday)]),
            Repeat::EveryTwoWeeks => RRule::new(Frequency::Weekly)
                .interval(2)
                .by_weekday(vec![NWeekday::Every(self.weekday)]),
            Repeat::Monthly(n) => {
                RRule::new(Frequency::Monthly).by_weekday(vec![NWeekday::Nth(n, self.weekday)])
            }
        };
        rule.week_start(Weekday::Mon)
    }

    /// The series as an RFC 5545 RRULE value (for calendar feeds), e.g.
    /// `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU`.
    pub fn rrule_text(&self) -> String {
        let day = match self.weekday {
            Weekday::Mon => "MO",
            Weekday::Tue => "TU",
            Weekday::Wed => "WE",
            Weekday::Thu => "TH",
            Weekday::Fri => "FR",
            Weekday::Sat => "SA",
            Weekday::Sun => "SU",
        };
        match self.repeat {
            Repeat::Weekly => format!("FREQ=WEEKLY;BYDAY={day}"),
            Repeat::EveryTwoWeeks => format!("FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"),
            Repeat::Monthly(n) => format!("FREQ=MONTHLY;BYDAY={n}{day}"),
        }
    }

    /// The sessions that fall on `from..=to` (local dates), at most 1,000.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<Occurrence>, ScheduleError> {
        if self.last.is_some_and(|l| l < self.first) {
            return Err(ScheduleError::EndsBeforeStart);
        }
        let to = self.last.map_or(to, |l| l.min(to));
        let from = from.max(self.first);
        if to < from {
            return Ok(vec![]);
        }
        // The rule runs on local wall time (a floating start at midnight of the first
        // day); the time of day is applied per date below, so DST never shifts it.
        let start = ZONE
            .with_ymd_and_hms(self.first.year(), self.first.month(), self.first.day(), 12, 0, 0)
            .single()
            .ok_or(ScheduleError::NoSuchTime)?;
        let window = |d: NaiveDate| {
            ZONE.with_ymd_and_hms(d.year(), d.month(), d.day(), 12, 0, 0)
                .single()
        };
        let (Some(after), Some(before)) = (window(from), window(to)) else {
            return Err(ScheduleError::NoSuchTime);
        };
        let set = self
            .rule()
            .build(start)
            .map_err(|e| ScheduleError::Rule(e.to_string()))?
            .after(after)
            .before(before);
        let dates = set.all(MAX_SESSIONS).dates;
        Ok(dates
            .into_iter()
            .filter_map(|d| {
                let on = d.date_naive();
                Some(Occurrence {
                    on,
                    starts_at: local_instant(on, self.start)?,
                })
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    fn local(o: &Occurrence) -> chrono::NaiveDateTime {
        o.starts_at.with_timezone(&Berlin).naive_local()
    }

    #[test]
    fn weekly_on_tuesdays_keeps_local_time_across_summer_time() {
        let s = Series {
            repeat: Repeat::Weekly,
            weekday: Weekday::Tue,
            start: t(17, 0),
            minutes: 90,
            first: d("2026-03-17"),
            last: None,
        };
        let all = s
            .occurrences(d("2026-03-01"), d("2026-04-07"))
            .unwrap_or_default();
        let days: Vec<String> = all.iter().map(|o| o.on.to_string()).collect();
        assert_eq!(days, ["2026-03-17", "2026-03-24", "2026-03-31", "2026-04-07"]);
        // Summer time starts on 29 March: 17:00 local is 16:00 UTC before, 15:00 after.
        assert!(all.iter().all(|o| local(o).time() == t(17, 0)));
        assert_eq!(all[1].starts_at.to_rfc3339(), "2026-03-24T16:00:00+00:00");
        assert_eq!(all[2].starts_at.to_rfc3339(), "2026-03-31T15:00:00+00:00");
    }

    #[test]
    fn every_two_weeks_and_last_date() {
        let s = Series {
            repeat: Repeat::EveryTwoWeeks,
            weekday: Weekday::Fri,
            start: t(10, 0),
            minutes: 60,
            first: d("2026-10-02"),
            last: Some(d("2026-11-13")),
        };
        let days: Vec<String> = s
            .occurrences(d("2026-01-01"), d("2027-01-01"))
            .unwrap_or_default()
            .iter()
            .map(|o| o.on.to_string())
            .collect();
        assert_eq!(days, ["2026-10-02", "2026-10-16", "2026-10-30", "2026-11-13"]);
        assert_eq!(s.rrule_text(), "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
    }

    #[test]
    fn monthly_on_the_first_and_last_weekday() {
        let first = Series {
            repeat: Repeat::Monthly(1),
            weekday: Weekday::Wed,
            start: t(18, 30),
            minutes: 120,
            first: d("2026-09-01"),
            last: None,
        };
        let days: Vec<String> = first
            .occurrences(d("2026-09-01"), d("2026-12-31"))
            .unwrap_or_default()
            .iter()
            .map(|o| o.on.to_string())
            .collect();
        assert_eq!(days, ["2026-09-02", "2026-10-07", "2026-11-04", "2026-12-02"]);
        let last = Series {
            repeat: Repeat::Monthly(-1),
            ..first
        };
        let days: Vec<String> = last
            .occurrences(d("2026-09-01"), d("2026-12-31"))
            .unwrap_or_default()
            .iter()
            .map(|o| o.on.to_string())
            .collect();
        assert_eq!(days, ["2026-09-30", "2026-10-28", "2026-11-25", "2026-12-30"]);
        assert_eq!(last.rrule_text(), "FREQ=MONTHLY;BYDAY=-1WE");
    }

    #[test]
    fn a_time_skipped_by_summer_time_moves_an_hour_later() {
        // 29 March 2026, 02:30 does not exist in Berlin.
        let at = local_instant(d("2026-03-29"), t(2, 30));
        assert_eq!(
            at.map(|a| a.to_rfc3339()),
            Some("2026-03-29T01:30:00+00:00".into())
        );
        // 25 October 2026, 02:30 happens twice: the first (still summer time) counts.
        let at = local_instant(d("2026-10-25"), t(2, 30));
        assert_eq!(
            at.map(|a| a.to_rfc3339()),
            Some("2026-10-25T00:30:00+00:00".into())
        );
    }

    #[test]
    fn a_last_date_before_the_first_is_refused() {
        let s = Series {
            repeat: Repeat::Weekly,
            weekday: Weekday::Mon,
            start: t(9, 0),
            minutes: 60,
            first: d("2026-05-01"),
            last: Some(d("2026-04-01")),
        };
        assert!(matches!(
            s.occurrences(d("2026-01-01"), d("2026-12-31")),
            Err(ScheduleError::EndsBeforeStart)
        ));
    }

    fn repeat() -> impl Strategy<Value = Repeat> {
        prop_oneof![
            Just(Repeat::Weekly),
            Just(Repeat::EveryTwoWeeks),
            prop_oneof![Just(1i16), Just(2), Just(3), Just(4), Just(-1)].prop_map(Repeat::Monthly),
        ]
    }

    proptest! {
        /// Whatever the series: every session falls on its weekday, at its local time
        /// (outside the night hour DST skips), inside the window and the series' dates,
        /// in order, the right distance apart.
        #[test]
        fn sessions_keep_weekday_time_and_bounds(
            repeat in repeat(),
            weekday in 0u32..7,
            hour in prop_oneof![0u32..2, 4u32..24],
            minute in 0u32..60,
            start_offset in 0i64..800,
            length in 0i64..500,
            window_offset in -100i64..900,
            window_length in 0i64..400,
        ) {
            let base = d("2025-01-01");
            let weekday = Weekday::try_from(weekday as u8).unwrap_or(Weekday::Mon);
            let first = base + chrono::Duration::days(start_offset);
            let last = first + chrono::Duration::days(length);
            let from = base + chrono::Duration::days(window_offset);
            let to = from + chrono::Duration::days(window_length);
            let s = Series { repeat, weekday, start: t(hour, minute), minutes: 60, first, last: Some(last) };
            let all = s.occurrences(from, to).unwrap_or_default();
            for o in &all {
                prop_assert_eq!(o.on.weekday(), weekday);
                prop_assert_eq!(local(o).time(), t(hour, minute));
                prop_assert_eq!(local(o).date(), o.on);
                prop_assert!(o.on >= from.max(first) && o.on <= to.min(last));
            }
            for pair in all.windows(2) {
                let gap = (pair[1].on - pair[0].on).num_days();
                match repeat {
                    Repeat::Weekly => prop_assert_eq!(gap, 7),
                    Repeat::EveryTwoWeeks => prop_assert_eq!(gap, 14),
                    Repeat::Monthly(_) => prop_assert!((28..=35).contains(&gap)),
                }
            }
            // Weekly: no Tuesday in the window is missed.
            if repeat == Repeat::Weekly {
                let lo = from.max(first);
                let hi = to.min(last);
                let expected = if hi < lo { 0 } else {
                    (0..=(hi - lo).num_days()).filter(|i| (lo + chrono::Duration::days(*i)).weekday() == weekday).count()
                };
                prop_assert_eq!(all.len(), expected);
            }
        }
    }
}
