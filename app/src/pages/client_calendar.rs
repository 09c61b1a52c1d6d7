//! "My calendar": the client's secret calendar link (subscription), shown once as a QR
//! code and an "add to calendar" button, renewable and revocable.

use super::forms::Notice;
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct NewLink {
    /// `webcal://…` for calendar apps.
    pub webcal: String,
    /// `https://…` (or `http://` locally), to copy.
    pub url: String,
    pub qr_svg: String,
}

#[derive(Clone, Debug)]
pub struct MyCalendar {
    pub active: bool,
    /// Right after it was made: the link itself (it is not stored, only its hash).
    pub new_link: Option<NewLink>,
    pub notice: Option<String>,
}

#[component]
pub fn MyCalendarPage(
    data: MyCalendar,
    user: NavUser,
    /// Where the page lives (a client's or a volunteer's calendar); its forms post below it.
    #[prop(default = "/me/calendar")]
    base: &'static str,
    #[prop(default = "/me/appointments")] back_href: &'static str,
    #[prop(default = "client-appointments-heading")] back_label: &'static str,
    #[prop(default = "my-calendar-intro")] intro: &'static str,
) -> impl IntoView {
    let tr = use_tr();
    let link = data.new_link.map(|l| {
        view! {
            <section class="card section" aria-labelledby="h-new-link">
                <h2 id="h-new-link"><IconSvg icon=Icon::Calendar/><span>{tr.t("my-calendar-active")}</span></h2>
                <p class="warning">{tr.t("my-calendar-once")}</p>
                <p><a class="button primary" href=l.webcal data-testid="webcal">{tr.t("my-calendar-add")}</a></p>
                <div class="qr" role="img" aria-label=tr.t("my-calendar-qr") inner_html=l.qr_svg></div>
                <p dir="ltr" class="code-url" data-testid="calendar-url">{l.url}</p>
            </section>
        }
    });
    let state = if data.active {
        tr.t("my-calendar-active")
    } else {
        tr.t("my-calendar-none")
    };
    view! {
        <Shell title=tr.t("my-calendar-title") current_path=base.to_string() user=Some(user)>
            <BackLink href=back_href label=tr.t(back_label)/>
            <h1><IconSvg icon=Icon::Calendar/>" "{tr.t("my-calendar-title")}</h1>
            <Notice message=data.notice/>
            <p>{tr.t(intro)}</p>
            {link}
            <section class="card">
                <p>{state}</p>
                <form method="post" action=format!("{base}/new") class="stack">
                    <button type="submit" class="button primary">{tr.t("my-calendar-new")}</button>
                    <p class="muted">{tr.t("my-calendar-new-note")}</p>
                </form>
                {data.active.then(|| view! {
                    <form method="post" action=format!("{base}/revoke")>
                        <button type="submit" class="button">{tr.t("my-calendar-revoke")}</button>
                    </form>
                })}
            </section>
        </Shell>
    }
}
