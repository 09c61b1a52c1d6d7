//! "My appointments" on the client's phone: upcoming and past, each with place (map
//! link), date and time in the client's conventions, what to bring as a checklist and
//! whether an interpreter is booked. The client confirms, asks to move it with a short
//! reason, or puts it into the phone's calendar.

use super::forms::{Notice, PendingNote};
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use super::staff::case::When;
use crate::i18n::use_tr;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct MyAppointment {
    pub id: i64,
    pub when: When,
    pub minutes: i64,
    pub with_guide: bool,
    pub place: String,
    pub address: Option<String>,
    pub room: Option<String>,
    pub contact_person: Option<String>,
    pub contact_phone: Option<String>,
    pub bring: Vec<String>,
    /// The language an interpreter is booked for.
    pub interpreter: Option<String>,
    pub confirmed: bool,
    pub move_asked: bool,
    pub cancelled: bool,
    /// A volunteer goes along: (kind of task, their first name).
    pub companion: Option<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct MyAppointments {
    pub upcoming: Vec<MyAppointment>,
    pub past: Vec<MyAppointment>,
    pub notice: Option<String>,
    /// The guide's support has ended: appointments are read, not confirmed or moved.
    pub closed: bool,
}

crate::form! {
    /// Asking the guide to move an appointment, with a short reason.
    MoveInput / MoveField {
        reason: Reason,
    }
}

#[component]
pub fn MyAppointmentsPage(data: MyAppointments, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let upcoming_empty = data.upcoming.is_empty();
    let closed = data.closed;
    let upcoming = data
        .upcoming
        .into_iter()
        .map(|a| card(a, true, closed))
        .collect::<Vec<_>>();
    let past = data
        .past
        .into_iter()
        .map(|a| card(a, false, closed))
        .collect::<Vec<_>>();
    let has_past = !past.is_empty();
    view! {
        <Shell title=tr.t("client-appointments-heading") current_path="/me/appointments".to_string() user=Some(user)>
            <BackLink href="/me" label=tr.t("client-home-title")/>
            <h1><IconSvg icon=Icon::Calendar/>" "{tr.t("client-appointments-heading")}</h1>
            <Notice message=data.notice/>
            <p><a class="button" href="/me/calendar">{tr.t("my-calendar-link")}</a></p>
            {upcoming_empty.then(|| view! { <p class="card empty">{tr.t("client-appointments-empty")}</p> })}
            {upcoming}
            {has_past.then(|| view! { <h2>{tr.t("my-appointments-past")}</h2> })}
            {past}
        </Shell>
    }
}

fn card(a: MyAppointment, upcoming: bool, closed: bool) -> impl IntoView {
    let tr = use_tr();
    let aid = a.id;
    let when = format!(
        "{} · {}",
        tr.date_long(&a.when.date),
        tr.time(a.when.hour, a.when.minute)
    );
    let map = a.address.clone().map(|addr| {
        let q: String = url_escape(&format!("{}, {addr}", a.place));
        view! { <a class="button" href=format!("geo:0,0?q={q}")><IconSvg icon=Icon::Office/>{tr.t("my-appointment-map")}</a> }
    });
    let bring = (!a.bring.is_empty()).then(|| {
        let items = a
            .bring
            .iter()
            .map(|b| view! { <li><bdi>{b.clone()}</bdi></li> })
            .collect::<Vec<_>>();
        view! { <h3>{tr.t("my-appointment-bring")}</h3><ul class="checklist">{items}</ul> }
    });
    let interpreter = a.interpreter.as_ref().map(|l| {
        tr.ta(
            "my-appointment-interpreter",
            &[("language", tr.t(&format!("language-{l}")).into())],
        )
    });
    let with = if a.with_guide {
        tr.t("my-appointment-with-guide")
    } else {
        a.place.clone()
    };
    let open = upcoming && !a.cancelled;
    // What the client may do about it: nothing once the support has ended.
    let act = open && !closed;
    view! {
        <article class="card section appointment" id=format!("my-appointment-{aid}") class:past=!upcoming>
            <h2><IconSvg icon=Icon::Calendar/><span>{when}</span></h2>
            <p class="step-text"><bdi>{with}</bdi></p>
            {a.cancelled.then(|| view! { <p class="badge badge-warn">{tr.t("my-appointment-cancelled")}</p> })}
            // The address (German) in its own isolate, then the room in the reader's words.
            {(a.address.is_some() || a.room.is_some()).then(|| view! {
                <p>
                    {a.address.clone().map(|x| view! { <bdi>{x}</bdi> })}
                    {(a.address.is_some() && a.room.is_some()).then_some(", ")}
                    {a.room.clone().map(|r| tr.ta("my-appointment-room", &[("room", r.into())]))}
                </p>
            })}
            {a.contact_person.clone().map(|c| view! { <p>{tr.ta("my-appointment-contact", &[("name", c.into())])}</p> })}
            {a.contact_phone.clone().map(|p| view! {
                <p><a class="button" href=super::tel_href(&p)>
                    <IconSvg icon=Icon::Phone/>
                    <span>{tr.t("my-appointment-call")}" "</span><span dir="ltr">{p.clone()}</span>
                </a></p>
            })}
            {interpreter.map(|i| view! { <p>{i}</p> })}
            {a.companion.clone().filter(|_| !a.cancelled).map(|(kind, name)| view! {
                <p data-testid="my-appointment-companion"><IconSvg icon=Icon::Group/>" "
                    {tr.ta(&format!("my-appointment-companion-{kind}"), &[("name", name.into())])}</p>
            })}
            {bring}
            <div class="actions">
                {map}
                <a class="button" href=format!("/me/appointments/{aid}/event.ics") download="">{tr.t("my-appointment-ics")}</a>
            </div>
            {(open && a.confirmed).then(|| view! { <p class="badge">{tr.t("my-appointment-confirmed")}</p> })}
            {(open && a.move_asked).then(|| view! { <p class="badge">{tr.t("my-appointment-move-asked")}</p> })}
            {(act && !a.confirmed).then(|| view! {
                <form method="post" action=format!("/me/appointments/{aid}/confirm")>
                    <button type="submit" class="button primary">{tr.t("my-appointment-confirm")}</button>
                    <PendingNote/>
                </form>
            })}
            {(act && !a.move_asked).then(|| view! {
                <details class="add-form">
                    <summary>{tr.t("my-appointment-move")}</summary>
                    <form method="post" action=format!("/me/appointments/{aid}/move") class="stack">
                        <div class="field">
                            <label for=format!("f-move-{aid}")>{tr.t("my-appointment-move-reason")}</label>
                            <input id=format!("f-move-{aid}") name=MoveField::Reason.name() type="text" maxlength="300"
                                required/>
                        </div>
                        <button type="submit" class="button">{tr.t("my-appointment-move-send")}</button>
                        <PendingNote/>
                    </form>
                </details>
            })}
        </article>
    }
}

/// Percent-encodes a query value for the `geo:` link.
fn url_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}
