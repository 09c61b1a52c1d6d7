//! The client's start page on the phone, and the volunteer's: greeting, the guide's
//! contact, and the sections later features fill (each says plainly that it is empty).

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
}

#[derive(Clone, Debug, Default)]
pub struct ClientHome {
    pub first_name: String,
    pub guide: Option<GuideCard>,
    /// The sign-in number, shown as a reminder right after activation.
    pub number_reminder: Option<String>,
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
    let guide = match data.guide {
        Some(g) => {
            let call = tr.ta("client-guide-call", &[("name", g.name.clone().into())]);
            let phone = g.phone.map(|p| {
                let href = format!("tel:{}", p.replace([' ', '/', '-'], ""));
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
                view! { <p><strong>{tr.t("client-guide-hours")}": "</strong>{h}</p> }
            });
            view! { <p class="guide-name">{g.name}</p> {phone} {hours} }.into_any()
        }
        None => view! { <p class="empty">{tr.t("client-guide-none")}</p> }.into_any(),
    };
    view! {
        <Shell title=tr.t("client-home-title") current_path="/me".to_string() user=Some(user)>
            <h1 class="greeting">{hello}</h1>
            <Notice message=reminder/>
            <section class="card section guide-card">
                <h2><IconSvg icon=Icon::Person/><span>{tr.t("client-guide-heading")}</span></h2>
                {guide}
            </section>
            <Section icon=Icon::Plan heading=tr.t("client-plan-heading") empty=tr.t("client-plan-empty")/>
            <Section icon=Icon::Calendar heading=tr.t("client-appointments-heading") empty=tr.t("client-appointments-empty")/>
            <Section icon=Icon::Office heading=tr.t("client-offices-heading") empty=tr.t("client-offices-empty")/>
            <Section icon=Icon::Group heading=tr.t("client-groups-heading") empty=tr.t("client-groups-empty")/>
        </Shell>
    }
}

#[component]
pub fn VolunteerHomePage(first_name: String, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let hello = tr.ta("volunteer-hello", &[("name", first_name.into())]);
    view! {
        <Shell title=tr.t("volunteer-home-title") current_path="/volunteer".to_string() user=Some(user)>
            <h1 class="greeting">{hello}</h1>
            <Section icon=Icon::Group heading=tr.t("volunteer-home-title") empty=tr.t("volunteer-groups-empty")/>
        </Shell>
    }
}
