//! What the hourly round reminds of on the phone: an appointment or a shift tomorrow, a
//! deadline whose reminder time has come. Each reminder is queued once per browser (its
//! key names the thing and its time, so a moved appointment is reminded of again).

use super::{Push, Pusher};
use crate::db::{DbResult, Store};
use chrono::{Duration, NaiveDate, TimeZone};
use lotse_app::domain::UserId;

/// Reminders for tomorrow go in the evening before, at this local hour.
const EVENING: u32 = 18;
/// The longest a deadline's reminder starts ahead.
const HORIZON_DAYS: i64 = 60;

/// Queues the reminders due as of `today` (the municipality's date).
pub async fn queue(store: &Store, pusher: &Pusher, today: NaiveDate) -> DbResult<()> {
    let zone = crate::time::ZONE;
    let at = |day: NaiveDate, hour: u32| {
        day.and_hms_opt(hour, 0, 0)
            .and_then(|t| zone.from_local_datetime(&t).earliest())
            .map(|t| t.with_timezone(&chrono::Utc))
    };
    let tomorrow = today + Duration::days(1);
    let (Some(from), Some(to), Some(evening)) = (
        at(tomorrow, 0),
        at(tomorrow + Duration::days(1), 0),
        at(today, EVENING),
    ) else {
        return Ok(());
    };
    for (id, user, starts) in store
        .appointments_to_remind(from.timestamp(), to.timestamp())
        .await?
    {
        let key = format!("appointment:{id}:{starts}");
        pusher
            .tell_once(
                store,
                UserId(user),
                Push::AppointmentTomorrow,
                Some(&key),
                Some(evening),
            )
            .await?;
    }
    for (id, user, starts) in store.shifts_to_remind(from.timestamp(), to.timestamp()).await? {
        let key = format!("shift:{id}:{starts}");
        pusher
            .tell_once(
                store,
                UserId(user),
                Push::ShiftTomorrow,
                Some(&key),
                Some(evening),
            )
            .await?;
    }
    let horizon = today + Duration::days(HORIZON_DAYS);
    let deadlines = store
        .deadlines_to_remind(&today.to_string(), &horizon.to_string())
        .await?;
    for (id, user, due, remind_days) in deadlines {
        let Ok(due_on) = NaiveDate::parse_from_str(&due, "%Y-%m-%d") else {
            continue;
        };
        // The reminder starts `remind_days` ahead, as in the app and the calendar; at
        // least the day before.
        if (due_on - today).num_days() > remind_days.max(1) {
            continue;
        }
        let key = format!("deadline:{id}:{due}");
        pusher
            .tell_once(store, UserId(user), Push::DeadlineSoon, Some(&key), at(today, 9))
            .await?;
    }
    Ok(())
}
