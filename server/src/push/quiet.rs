//! Quiet hours: no phone is woken at night.

use chrono::{DateTime, Duration, TimeZone, Timelike, Utc};

/// From one local hour to another (`21-7`: 21:00 to 07:00 the next morning).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuietHours {
    from: u32,
    to: u32,
}

impl QuietHours {
    /// `from-to` in whole hours; anything else is reported and the default (21-7) holds.
    pub fn parse(text: &str) -> QuietHours {
        let parsed = text.split_once('-').and_then(|(a, b)| {
            let (a, b) = (a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?);
            (a < 24 && b < 24).then_some(QuietHours { from: a, to: b })
        });
        parsed.unwrap_or_else(|| {
            tracing::error!("LOTSE_PUSH_QUIET_HOURS: {text} is not like 21-7; 21-7 holds");
            QuietHours { from: 21, to: 7 }
        })
    }

    /// When a push caused at `at` may go (Unix seconds): at once, or when the quiet
    /// hours it falls in end, in the municipality's time.
    pub fn release(self, at: DateTime<Utc>) -> i64 {
        let local = at.with_timezone(&crate::time::ZONE);
        let hour = local.hour();
        let quiet = match self.from.cmp(&self.to) {
            std::cmp::Ordering::Equal => false,
            std::cmp::Ordering::Less => hour >= self.from && hour < self.to,
            std::cmp::Ordering::Greater => hour >= self.from || hour < self.to,
        };
        if !quiet {
            return at.timestamp();
        }
        let mut day = local.date_naive();
        if hour >= self.to {
            day += Duration::days(1);
        }
        day.and_hms_opt(self.to, 0, 0)
            .and_then(|t| crate::time::ZONE.from_local_datetime(&t).earliest())
            .map_or(at.timestamp(), |t| t.timestamp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn a_push_at_night_waits_for_the_morning() {
        let q = QuietHours::parse("21-7");
        // Berlin is UTC+1 in December.
        let day = at("2026-12-03T14:00:00+01:00");
        assert_eq!(q.release(day), day.timestamp());
        assert_eq!(
            q.release(at("2026-12-03T22:30:00+01:00")),
            at("2026-12-04T07:00:00+01:00").timestamp()
        );
        assert_eq!(
            q.release(at("2026-12-04T05:10:00+01:00")),
            at("2026-12-04T07:00:00+01:00").timestamp()
        );
        assert_eq!(
            q.release(at("2026-12-04T07:00:00+01:00")),
            at("2026-12-04T07:00:00+01:00").timestamp()
        );
        // Summer time: 07:00 is UTC+2.
        assert_eq!(
            q.release(at("2026-07-01T23:00:00+02:00")),
            at("2026-07-02T07:00:00+02:00").timestamp()
        );
        let day_quiet = QuietHours::parse("12-14");
        assert_eq!(
            day_quiet.release(at("2026-12-03T13:00:00+01:00")),
            at("2026-12-03T14:00:00+01:00").timestamp()
        );
        let off = QuietHours::parse("0-0");
        assert_eq!(
            off.release(at("2026-12-03T23:00:00+01:00")),
            at("2026-12-03T23:00:00+01:00").timestamp()
        );
        assert_eq!(QuietHours::parse("late"), QuietHours { from: 21, to: 7 });
    }
}
