//! The one clock of Lotse and the municipality's time zone.
//!
//! Every "now" and every "today" in the server comes from here (clippy forbids
//! `Utc::now`, `Local::now` and `SystemTime::now` elsewhere). Dates are always taken in
//! the municipality's zone, never in the server's: a server set to UTC or New York shows
//! the same Berlin dates.
//!
//! The clock can be set: tests pin it to a fixed instant (so they never depend on the
//! day they run), and `LOTSE_CLOCK` starts a server at another instant (demos, the check
//! that runs the date-sensitive tests a year ahead). A set clock keeps ticking from the
//! instant it was set to, so timestamps written one after the other still grow.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use std::sync::atomic::{AtomicI64, Ordering};

/// Lotse serves German municipalities: appointments are entered and shown in their time.
pub const ZONE: Tz = chrono_tz::Europe::Berlin;

/// Seconds between the real time and the clock's (0 unless set).
static OFFSET_SECS: AtomicI64 = AtomicI64::new(0);

#[allow(clippy::disallowed_methods)] // the one place that reads the system clock
fn system_now() -> DateTime<Utc> {
    Utc::now()
}

/// Sets the clock so that it reads `at` now, and ticks on from there.
pub fn set(at: DateTime<Utc>) {
    OFFSET_SECS.store((at - system_now()).num_seconds(), Ordering::SeqCst);
}

/// Sets the clock from text: RFC 3339 (`2027-03-01T09:00:00+01:00`) or a date
/// (`2027-03-01`, taken as 10:00 in the municipality's zone). None for anything else.
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    ZONE.from_local_datetime(&day.and_hms_opt(10, 0, 0)?)
        .earliest()
        .map(|t| t.with_timezone(&Utc))
}

/// The current instant.
pub fn now_utc() -> DateTime<Utc> {
    system_now() + chrono::Duration::seconds(OFFSET_SECS.load(Ordering::SeqCst))
}

/// The current Unix time in seconds (what the database stores).
pub fn now() -> i64 {
    now_utc().timestamp()
}

/// Today's date where the municipality is.
pub fn today() -> NaiveDate {
    date_in_zone(now_utc())
}

/// The municipality's date at an instant (never the server's own zone).
pub fn date_in_zone(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&ZONE).date_naive()
}

/// Today as ISO text (`2026-12-03`), for forms and views.
pub fn today_iso() -> String {
    today().format("%Y-%m-%d").to_string()
}

/// An ISO date moved by some days (negative: back), as ISO; None for a bad date.
pub fn add_days(date: &str, days: i64) -> Option<String> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let moved = d.checked_add_signed(chrono::Duration::try_days(days)?)?;
    Some(moved.format("%Y-%m-%d").to_string())
}

/// The date in the municipality's zone of a Unix time.
pub fn local_date(ts: i64) -> Option<NaiveDate> {
    DateTime::from_timestamp(ts, 0).map(|t| t.with_timezone(&ZONE).date_naive())
}

/// A local date and time as Unix time; None for a time that does not exist locally
/// (the hour skipped when clocks go forward).
pub fn to_unix(date: &str, hour: u8, minute: u8) -> Option<i64> {
    let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let naive = d.and_hms_opt(u32::from(hour), u32::from(minute), 0)?;
    ZONE.from_local_datetime(&naive).earliest().map(|t| t.timestamp())
}

/// A Unix time as the municipality's local date and time, for showing.
pub fn local(ts: i64) -> lotse_app::i18n::When {
    use chrono::Timelike;
    match DateTime::from_timestamp(ts, 0) {
        Some(utc) => {
            let t = utc.with_timezone(&ZONE);
            lotse_app::i18n::When {
                date: t.date_naive().format("%Y-%m-%d").to_string(),
                hour: t.hour() as u8,
                minute: t.minute() as u8,
            }
        }
        None => lotse_app::i18n::When {
            date: String::new(),
            hour: 0,
            minute: 0,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_berlin_dates_whatever_the_server_zone() {
        // 23:30 UTC on 30 November is already 1 December in Berlin.
        let late = Utc.with_ymd_and_hms(2026, 11, 30, 23, 30, 0).unwrap();
        assert_eq!(local_date(late.timestamp()), NaiveDate::from_ymd_opt(2026, 12, 1));
        assert_eq!(Some(date_in_zone(late)), NaiveDate::from_ymd_opt(2026, 12, 1));
        // In summer Berlin is two hours ahead.
        let summer = Utc.with_ymd_and_hms(2027, 6, 30, 22, 15, 0).unwrap();
        assert_eq!(Some(date_in_zone(summer)), NaiveDate::from_ymd_opt(2027, 7, 1));
    }

    #[test]
    fn instants_parse_from_a_date_or_rfc3339() {
        let a = parse_instant("2027-03-01").unwrap();
        assert_eq!(a, Utc.with_ymd_and_hms(2027, 3, 1, 9, 0, 0).unwrap());
        let b = parse_instant("2027-07-01T08:00:00+02:00").unwrap();
        assert_eq!(b, Utc.with_ymd_and_hms(2027, 7, 1, 6, 0, 0).unwrap());
        assert_eq!(parse_instant("next tuesday"), None);
    }
}
