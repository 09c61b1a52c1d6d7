//! The client's start page on the phone: greeting, the guide's contact, and the sections
//! later features fill (each says plainly that it is empty).

use super::client_deadlines::DeadlineCard;
use super::forms::Notice;
use super::icons::{Icon, IconSvg};
use super::shell::{NavUser, Shell};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct GuideCard {
    pub name: String,
    pub phone: Option<String>,
    pub office_hours: Option<String>,
    /// Who stands in for the guide today: (name, phone).
    pub deputy: Option<(String, Option<String>)>,
}

#[derive(Clone, Debug, Default)]
pub struct ClientHome {
    pub first_name: String,
    pub guide: Option<GuideCard>,
    /// The sign-in number, shown as a reminder right after activation.
    pub number_reminder: Option<String>,
    /// The client's open step due first, if the plan has one.
    pub next_step: Option<String>,
    pub has_plan: bool,
    /// The next appointment: when and where.
    pub next_appointment: Option<(crate::pages::staff::case::When, String)>,
    pub has_appointments: bool,
    /// Deadlines inside their reminder window.
    pub reminders: Vec<super::client_deadlines::MyDeadline>,
    pub has_deadlines: bool,
    /// Answers from the guide the client has not opened yet.
    pub new_answers: i64,
    /// Staff gave this account a new code lately: (ISO date, who). Shown for a while,
    /// so that a takeover of the account cannot go unnoticed.
    pub access_renewed: Option<(String, String)>,
    /// Their guide's support has ended: what to know and whom to turn to.
    pub ended: Option<CaseEnded>,
    /// The first names of volunteers in a mentoring pair with them.
    pub mentors: Vec<String>,
    /// The server's key for notifications on the phone (see [`super::push`]).
    pub push_key: String,
}

/// The end of a client's support, as their home page says it.
#[derive(Clone, Debug)]
pub struct CaseEnded {
    /// ISO dates: when it ended, and until when the record can still be read.
    pub closed_on: String,
    pub kept_until: Option<String>,
    /// `ClosingReason` and `HandedTo` values.
    pub reason: String,
    pub handed_to: Option<String>,
    pub moved_to: Option<String>,
    pub municipality: String,
}

#[component]
fn Section(icon: Icon, heading: String, empty: String) -> impl IntoView {
    view! {
        <section class="card section">
            <h2><IconSvg icon=icon/><span>{heading}</span></h2>
            <p class="empty">{empty}</p>
        </section>
    }
}

#[component]
pub fn ClientHomePage(data: ClientHome, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let hello = tr.ta("client-hello", &[("name", data.first_name.clone().into())]);
    let reminder = data
        .number_reminder
        .map(|n| tr.ta("activate-done-number", &[("number", n.into())]));
    let renewed = data.access_renewed.map(|(date, name)| {
        tr.ta(
            "client-access-renewed",
            &[("date", tr.date(&date).into()), ("name", name.into())],
        )
    });
    let guide = match data.guide {
        Some(g) => {
            let call = tr.ta("client-guide-call", &[("name", g.name.clone().into())]);
            let phone = g.phone.map(|p| {
                let href = super::tel_href(&p);
                view! {
                    <p class="guide-phone">
                        <a class="button" href=href>
                            <IconSvg icon=Icon::Phone/>
                            <span class="visually-hidden">{call}" "</span>
                            <span dir="ltr">{p}</span>
                        </a>
                    </p>
                }
            });
            let hours = g.office_hours.map(|h| {
                view! { <p><strong>{tr.t("client-guide-hours")}": "</strong><bdi>{h}</bdi></p> }
            });
            let deputy = g.deputy.map(|(name, phone)| {
                let phone = phone.map(|p| {
                    let href = super::tel_href(&p);
                    view! { <p class="guide-phone"><a class="button" href=href><IconSvg icon=Icon::Phone/><span dir="ltr">{p}</span></a></p> }
                });
                view! {
                    <div class="alert alert-info" data-testid="deputy">
                        <p>{tr.ta("client-deputy", &[("name", name.into())])}</p>
                        {phone}
                    </div>
                }
            });
            view! { <p class="guide-name"><bdi>{g.name}</bdi></p> {phone} {hours} {deputy} }.into_any()
        }
        None => view! { <p class="empty">{tr.t("client-guide-none")}</p> }.into_any(),
    };
    // After the support ended earlier questions can be read, but none sent.
    let ask = data
        .ended
        .is_none()
        .then(|| view! { <p>{tr.t("client-requests-intro")}</p> });
    view! {
        <Shell title=tr.t("client-home-title") current_path="/me".to_string() user=Some(user)>
            <h1 class="greeting">{hello}</h1>
            <Notice message=reminder/>
            <Notice message=renewed/>
            {data.ended.map(|e| {
                let next = match (e.reason.as_str(), &e.handed_to, &e.moved_to) {
                    ("regular_services", Some(h), _) => Some(tr.ta("client-ended-handed",
                        &[("service", tr.t(&format!("handed-to-{h}")).into())])),
                    ("moved", _, Some(place)) => Some(tr.ta("client-ended-moved", &[("place", place.clone().into())])),
                    ("independent", _, _) => Some(tr.t("client-ended-independent")),
                    _ => None,
                };
                view! {
                    <section class="card section highlight" data-testid="case-ended">
                        <h2><IconSvg icon=Icon::Person/><span>{tr.t("client-ended-heading")}</span></h2>
                        <p>{tr.ta("client-ended-on", &[("date", tr.date_long(&e.closed_on).into())])}</p>
                        {next.map(|n| view! { <p>{n}</p> })}
                        <p>{tr.ta("client-ended-again", &[("municipality", e.municipality.clone().into())])}</p>
                        {e.kept_until.map(|d| view! { <p>{tr.ta("client-ended-read", &[("date", tr.date_long(&d).into())])}</p> })}
                    </section>
                }
            })}
            {(data.new_answers > 0).then(|| view! {
                <section class="card section highlight" data-testid="new-answers">
                    <h2><IconSvg icon=Icon::Mail/><span>{tr.ta("client-new-answers", &[("count", data.new_answers.into())])}</span></h2>
                    <p><a class="button primary" href="/me/requests">{tr.t("client-requests-open")}</a></p>
                </section>
            })}
            <section class="card section guide-card">
                <h2><IconSvg icon=Icon::Person/><span>{tr.t("client-guide-heading")}</span></h2>
                {guide}
                {data.mentors.iter().map(|m| view! {
                    <p data-testid="mentor"><IconSvg icon=Icon::Group/>" "
                        {tr.ta("my-appointment-companion-mentoring", &[("name", m.clone().into())])}</p>
                }).collect::<Vec<_>>()}
            </section>
            {if data.has_plan {
                let next = data.next_step.map(|s| tr.ta("client-next-step", &[("step", s.into())]));
                view! {
                    <section class="card section">
                        <h2><IconSvg icon=Icon::Plan/><span>{tr.t("client-plan-heading")}</span></h2>
                        {next.map(|n| view! { <p class="step-text">{n}</p> })}
                        <p><a class="button primary" href="/me/plan">{tr.t("client-plan-open")}</a></p>
                    </section>
                }.into_any()
            } else {
                view! { <Section icon=Icon::Plan heading=tr.t("client-plan-heading") empty=tr.t("client-plan-empty")/> }.into_any()
            }}
            {if data.has_appointments {
                let next = data.next_appointment.map(|(w, place)| {
                    // The place (often a German office name) in its own isolate, as
                    // Fluent does with placeables, so it stays after the date and time.
                    format!("{} · {} · \u{2068}{place}\u{2069}", tr.date_long(&w.date), tr.time(w.hour, w.minute))
                });
                view! {
                    <section class="card section">
                        <h2><IconSvg icon=Icon::Calendar/><span>{tr.t("client-appointments-heading")}</span></h2>
                        {next.map(|n| view! { <p class="step-text">{n}</p> })}
                        <p><a class="button primary" href="/me/appointments">{tr.t("client-appointments-open")}</a></p>
                    </section>
                }.into_any()
            } else {
                view! { <Section icon=Icon::Calendar heading=tr.t("client-appointments-heading") empty=tr.t("client-appointments-empty")/> }.into_any()
            }}
            <section class="card section" data-testid="home-deadlines">
                <h2><IconSvg icon=Icon::Clock/><span>{tr.t("my-deadlines-title")}</span></h2>
                {if data.reminders.is_empty() {
                    let empty = if data.has_deadlines { tr.t("client-deadlines-none-soon") } else { tr.t("client-deadlines-empty") };
                    view! { <p class="empty">{empty}</p> }.into_any()
                } else {
                    let items = data.reminders.into_iter().map(|d| view! { <DeadlineCard d=d/> }).collect::<Vec<_>>();
                    view! { <ul class="plain-list">{items}</ul> }.into_any()
                }}
                <p><a class="button" href="/me/deadlines">{tr.t("client-deadlines-open")}</a></p>
            </section>
            <section class="card section">
                <h2><IconSvg icon=Icon::Mail/><span>{tr.t("client-requests-heading")}</span></h2>
                {ask}
                <p><a class="button" href="/me/requests">{tr.t("client-requests-open")}</a></p>
            </section>
            <super::push::PushOptIn key=data.push_key.clone() volunteer=false/>
            <section class="card section">
                <h2><IconSvg icon=Icon::Shield/><span>{tr.t("my-data-title")}</span></h2>
                <p>{tr.t("client-data-intro")}</p>
                <p><a class="button" href="/me/data">{tr.t("client-data-open")}</a></p>
            </section>
            <section class="card section" data-testid="home-feedback">
                <h2><IconSvg icon=Icon::Speech/><span>{tr.t("feedback-title")}</span></h2>
                <p>{tr.t("feedback-intro")}</p>
                <p><a class="button" href="/feedback">{tr.t("feedback-send-heading")}</a></p>
            </section>
            <section class="card section" data-testid="home-directory">
                <h2><IconSvg icon=Icon::Office/><span>{tr.t("client-offices-heading")}</span></h2>
                <p>{tr.t("directory-intro")}</p>
                <p class="actions">
                    <a class="button primary" href="/offices">{tr.t("client-offices-open")}</a>
                    <a class="button" href="/guides">{tr.t("guides-heading")}</a>
                </p>
            </section>
            <section class="card section" data-testid="home-groups">
                <h2><IconSvg icon=Icon::Group/><span>{tr.t("client-groups-heading")}</span></h2>
                <p>{tr.t("groups-intro")}</p>
                <p class="actions">
                    <a class="button" href="/groups">{tr.t("client-groups-open")}</a>
                    <a class="button" href="/events">{tr.t("events-title")}</a>
                    <a class="button" href="/me/interests">{tr.t("interests-title")}</a>
                </p>
            </section>
        </Shell>
    }
}
