//! iCalendar for the client's phone: a subscription feed behind a secret, revocable link
//! (no session: calendar apps fetch it on their own) and single-event downloads. Titles
//! are in the client's language; each appointment and deadline reminds a day and two
//! hours ahead (VALARM).

use crate::db::appointments::AppointmentRow;
use crate::db::plan::StepRow;
use chrono::{NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike};
use lotse_app::casework::{AppointmentStatus, StepStatus};
use lotse_app::i18n::Tr;
use lotse_app::pages::client_deadlines::MyDeadline;

/// The calendar as a file. Fluent wraps every placeable in Unicode isolation marks
/// (FSI U+2068 … PDI U+2069) so that a German name keeps its direction in an Arabic
/// sentence on a page; calendar apps show them as stray boxes or drop the title's
/// direction altogether, so they are taken out here, in the one place every feed passes.
pub fn serialize(cal: &mut Calendar) -> String {
    lotse_app::i18n::without_isolates(&cal.done().to_string())
}

/// The feed's events: planned appointments, open dated steps the client does, and open
/// deadlines (reminding as many days ahead as set, and the day before).
pub fn feed(
    tr: &Tr,
    host: &str,
    appointments: &[AppointmentRow],
    steps: &[StepRow],
    deadlines: &[MyDeadline],
    groups: &[(crate::db::groups::CalendarDateRow, Option<String>)],
) -> String {
    let mut cal = Calendar::new();
    cal.name(&tr.t("my-calendar-title"));
    for (d, place) in groups {
        cal.push(group_date_event(tr, host, d, place.as_deref()));
    }
    for a in appointments
        .iter()
        .filter(|a| a.status == AppointmentStatus::Planned)
    {
        cal.push(appointment_event(tr, host, a));
    }
    for s in steps
        .iter()
        .filter(|s| s.status == StepStatus::Open && s.actor == "client")
    {
        let Some(due) = s
            .due_on
            .as_deref()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        else {
            continue;
        };
        let title = tr.ta("ics-step-due", &[("step", s.text.clone().into())]);
        // All-day: remind the day before at the same hour as a 9 o'clock start, and
        // on the day.
        let event = Event::new()
            .uid(&format!("step-{}@{host}", s.id))
            .summary(&title)
            .all_day(due)
            .alarm(Alarm::display(
                &tr.ta("ics-reminder", &[("title", title.clone().into())]),
                -chrono::Duration::hours(15),
            ))
            .alarm(Alarm::display(
                &tr.ta("ics-reminder", &[("title", title.clone().into())]),
                chrono::Duration::hours(7),
            ))
            .done();
        cal.push(event);
    }
    for d in deadlines.iter().filter(|d| !d.done) {
        let Ok(due) = NaiveDate::parse_from_str(&d.due_on, "%Y-%m-%d") else {
            continue;
        };
        let kind = tr.t(&format!("deadline-kind-{}", d.kind));
        let title = if d.title.is_empty() {
            tr.ta("ics-deadline", &[("title", kind.into())])
        } else {
            tr.ta(
                "ics-deadline",
                &[("title", format!("{kind}: {}", d.title).into())],
            )
        };
        let uid = match d.id {
            Some(id) => format!("deadline-{id}@{host}"),
            None => format!("residence-{}@{host}", d.due_on),
        };
        let reminder = tr.ta("ics-reminder", &[("title", title.clone().into())]);
        // All-day events start at midnight: "-P{n}D" plus 9 hours is 9:00 that day.
        let mut event = Event::new();
        event
            .uid(&uid)
            .summary(&title)
            .all_day(due)
            .alarm(Alarm::display(&reminder, -chrono::Duration::hours(15)));
        if d.remind_days > 1 {
            event.alarm(Alarm::display(
                &reminder,
                -chrono::Duration::days(d.remind_days) + chrono::Duration::hours(9),
            ));
        }
        cal.push(event.done());
    }
    serialize(&mut cal)
}

/// One appointment as a calendar file.
pub fn single(tr: &Tr, host: &str, a: &AppointmentRow) -> String {
    let mut cal = Calendar::new();
    cal.push(appointment_event(tr, host, a));
    serialize(&mut cal)
}

fn appointment_event(tr: &Tr, host: &str, a: &AppointmentRow) -> Event {
    let title = if a.with_kind == "guide" {
        tr.ta("ics-appointment-guide", &[("name", a.place_name.clone().into())])
    } else {
        tr.ta("ics-appointment", &[("place", a.place_name.clone().into())])
    };
    let location = [Some(a.place_name.clone()), a.address.clone(), a.room.clone()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let mut description = vec![];
    let bring: Vec<&str> = a.bring.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if !bring.is_empty() {
        description.push(tr.ta("ics-bring", &[("items", bring.join(", ").into())]));
    }
    if let (Some(l), Some(_)) = (&a.interpreter_lang, &a.interpreter_id) {
        description.push(tr.ta(
            "ics-interpreter",
            &[("language", tr.t(&format!("language-{l}")).into())],
        ));
    }
    let start = Utc.timestamp_opt(a.starts_at, 0).single().unwrap_or_default();
    let end = start + chrono::Duration::minutes(a.duration_minutes);
    let reminder = tr.ta("ics-reminder", &[("title", title.clone().into())]);
    Event::new()
        .uid(&format!("appointment-{}@{host}", a.id))
        .summary(&title)
        .location(&location)
        .description(&description.join("\n"))
        .starts(start)
        .ends(end)
        .alarm(Alarm::display(&reminder, -chrono::Duration::days(1)))
        .alarm(Alarm::display(&reminder, -chrono::Duration::hours(2)))
        .done()
}

/// A group date in a calendar. Its UID stays the same when it moves; SEQUENCE (the
/// session's version) tells calendar apps which copy is newer, and a cancelled date
/// stays in the feed as CANCELLED so that phones strike it out instead of keeping it.
pub fn group_date_event(
    tr: &Tr,
    host: &str,
    d: &crate::db::groups::CalendarDateRow,
    place: Option<&str>,
) -> Event {
    let title = match &d.role {
        Some(role) => tr.ta(
            "ics-shift",
            &[
                ("title", d.title.clone().into()),
                ("role", tr.t(&format!("shift-role-{role}")).into()),
            ],
        ),
        None => d.title.clone(),
    };
    let start = Utc.timestamp_opt(d.starts_at, 0).single().unwrap_or_default();
    let end = start + chrono::Duration::minutes(d.minutes);
    let location = match place {
        Some(name) if !d.address.is_empty() => format!("{name}, {}", d.address),
        Some(name) => name.to_string(),
        None => d.address.clone(),
    };
    let mut event = Event::new();
    event
        .uid(&format!(
            "group-session-{}-{}@{host}",
            d.session_id,
            d.role.as_deref().unwrap_or("seat")
        ))
        .summary(&title)
        .location(&location)
        .starts(start)
        .ends(end)
        .add_property("SEQUENCE", d.version.to_string());
    if d.status == "cancelled" {
        event
            .status(icalendar::EventStatus::Cancelled)
            .description(&tr.ta(
                "group-session-cancelled",
                &[("reason", d.reason.clone().unwrap_or_default().into())],
            ));
    } else {
        event
            .status(icalendar::EventStatus::Confirmed)
            .alarm(Alarm::display(
                &tr.ta("ics-reminder", &[("title", title.clone().into())]),
                -chrono::Duration::hours(2),
            ));
        if let Some(reason) = &d.reason {
            event.description(&tr.ta("group-session-moved", &[("reason", reason.clone().into())]));
        }
    }
    event.done()
}

/// A volunteer's shift calendar.
pub fn shifts_feed(
    tr: &Tr,
    host: &str,
    dates: &[(crate::db::groups::CalendarDateRow, Option<String>)],
) -> String {
    let mut cal = Calendar::new();
    cal.name(&tr.t("shifts-calendar-title"));
    for (d, place) in dates {
        cal.push(group_date_event(tr, host, d, place.as_deref()));
    }
    serialize(&mut cal)
}
