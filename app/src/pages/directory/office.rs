//! An office's page: opening state and week, the way there, contacts, its guides.

use super::*;
use crate::i18n::use_tr;
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{BackLink, NavUser, Shell};

/// geo: opens the phone's map app; the OpenStreetMap link works everywhere else.
fn map_links(lat: f64, lon: f64, name: &str) -> (String, String) {
    let label: String = name
        .chars()
        .map(|c| if c == '(' || c == ')' { ' ' } else { c })
        .collect();
    let enc = encode_component(&label);
    (
        format!("geo:{lat:.6},{lon:.6}?q={lat:.6},{lon:.6}({enc})"),
        format!("https://www.openstreetmap.org/?mlat={lat:.6}&mlon={lon:.6}#map=17/{lat:.6}/{lon:.6}"),
    )
}

#[component]
fn WeekTable(days: Vec<DayLine>, caption: String) -> impl IntoView {
    let tr = use_tr();
    let rows = days
        .into_iter()
        .map(|d| {
            let day = format!(
                "{}, {}",
                tr.t(&format!("weekday-{}", d.weekday + 1)),
                tr.date(&d.date)
            );
            let hours = if d.ranges == vec![((0, 0), (24, 0))] {
                tr.t("open-all-day")
            } else if d.ranges.is_empty() {
                tr.t("closed-day")
            } else {
                d.ranges
                    .iter()
                    .map(|(a, b)| format!("{}–{}", clock(&tr, *a), clock(&tr, *b)))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let holiday = d
                .public_holiday
                .then(|| view! { <span class="muted">" · "{tr.t("public-holiday")}</span> });
            view! { <tr><th scope="row">{day}</th><td>{hours}{holiday}</td></tr> }
        })
        .collect::<Vec<_>>();
    view! {
        <table class="week">
            <caption class="visually-hidden">{caption}</caption>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
pub fn OfficeDetailPage(office: OfficePage, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let text_lang = (office.text_lang != tr.lang().code()).then(|| office.text_lang.clone());
    let fallback = office
        .fallback
        .clone()
        .filter(|_| text_lang.is_some())
        .map(|c| view! { <FallbackNotice choice=c shown_in=office.text_lang.clone()/> });
    let maps = office
        .lat
        .zip(office.lon)
        .map(|(lat, lon)| map_links(lat, lon, &office.name));
    let address = office.address.clone();
    let has_address = !address.is_empty();
    let address_lines = address
        .into_iter()
        .map(|l| view! { <span>{l}</span><br/> })
        .collect::<Vec<_>>();
    let map = maps.map(|(geo, osm)| {
        view! {
            <p class="map-links">
                <a class="button" href=geo data-testid="map-link">{tr.t("open-in-maps")}</a>
                " "
                <a href=osm rel="noopener" data-testid="osm-link">{tr.t("open-in-osm")}</a>
            </p>
        }
    });
    let section = |id: &'static str, heading: String, blocks: Vec<Block>, lang: Option<String>| {
        (!blocks.is_empty()).then(|| {
            view! {
                <section class="card section" aria-labelledby=id>
                    <h2 id=id>{heading}</h2>
                    <div lang=lang dir="auto">
                        <RichText blocks=blocks/>
                    </div>
                </section>
            }
        })
    };
    let contacts = (!office.contacts.is_empty()).then(|| {
        let items = office
            .contacts
            .into_iter()
            .map(|c| {
                let hours = (!c.hours.is_empty()).then(|| {
                    let caption = tr.ta("consultation-hours-of", &[("name", c.name.clone().into())]);
                    let days = c.hours.into_iter().filter(|d| !d.ranges.is_empty()).collect::<Vec<_>>();
                    view! { <p class="muted">{tr.t("consultation-hours")}</p><WeekTable days=days caption=caption/> }
                });
                view! {
                    <li class="contact">
                        <p><strong>{c.name}</strong></p>
                        {(!c.role.is_empty()).then(|| view! { <p dir="auto" lang=text_lang.clone()>{c.role}</p> })}
                        {c.phone.map(|p| view! { <p><a href=tel_href(&p) class="tel"><bdi>{p.clone()}</bdi></a></p> })}
                        {c.email.map(|e| view! { <p><a href=format!("mailto:{e}")><bdi>{e.clone()}</bdi></a></p> })}
                        {hours}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card section" aria-labelledby="h-contacts">
                <h2 id="h-contacts">{tr.t("contact-persons")}</h2>
                <ul class="plain-list">{items}</ul>
            </section>
        }
    });
    let guides = (!office.guides.is_empty()).then(|| {
        let items = office
            .guides
            .into_iter()
            .map(|g| view! { <GuideItem guide=g/> })
            .collect::<Vec<_>>();
        view! {
            <section class="section" aria-labelledby="h-office-guides">
                <h2 id="h-office-guides">{tr.t("guides-with-office")}</h2>
                <ul class="plain-list cards">{items}</ul>
            </section>
        }
    });
    let category = tr.t(&format!("category-{}", office.category));
    let week_caption = tr.t("opening-hours");
    view! {
        <Shell title=office.name.clone() current_path=format!("/offices/{}", office.id) user=user>
            <BackLink href="/offices" label=tr.t("directory-title")/>
            {office.draft.then(|| view! { <p class="alert alert-warning" data-testid="preview-draft">{tr.t("preview-draft")}</p> })}
            <h1 lang=text_lang.clone() dir="auto"><IconSvg icon=category_icon(&office.category)/>" "{office.name.clone()}</h1>
            <p class="muted category">{category}</p>
            {fallback}
            {office.outdated.then(|| view! { <p class="alert alert-info" role="note" data-testid="outdated-notice">{tr.t("translation-outdated")}</p> })}
            <section class="card section" aria-labelledby="h-visit">
                <h2 id="h-visit" class="visually-hidden">{tr.t("visit-heading")}</h2>
                <OpeningBadge opening=office.opening.clone()/>
                <Languages codes=office.languages.clone()/>
                {office.barrier_free.then(|| view! { <p class="badge">{tr.t("barrier-free")}</p> })}
                {has_address.then(|| view! { <p class="address" dir="auto">{address_lines}</p> })}
                {map}
                <ul class="plain-list contact-links">
                    {office.phone.clone().map(|p| view! { <li><a class="button secondary tel" href=tel_href(&p) data-testid="office-phone"><IconSvg icon=Icon::Phone/>" "<bdi>{p.clone()}</bdi></a></li> })}
                    {office.email.clone().map(|e| view! { <li><a href=format!("mailto:{e}")><IconSvg icon=Icon::Mail/>" "<bdi>{e.clone()}</bdi></a></li> })}
                    {office.website.clone().map(|w| view! { <li><a href=w.clone() rel="noopener noreferrer"><bdi>{w.clone()}</bdi></a></li> })}
                </ul>
            </section>
            <section class="card section" aria-labelledby="h-hours">
                <h2 id="h-hours">{tr.t("opening-hours")}</h2>
                {office.by_appointment.then(|| view! { <p><strong>{tr.t("by-appointment-only")}</strong>" "{tr.t("by-appointment-hint")}</p> })}
                {if office.week.iter().all(|d| d.ranges.is_empty()) && !office.by_appointment {
                    view! { <p>{tr.t("hours-unknown")}</p> }.into_any()
                } else {
                    view! { <WeekTable days=office.week.clone() caption=week_caption/> }.into_any()
                }}
            </section>
            {section("h-about", tr.t("office-about"), office.description, text_lang.clone())}
            {section("h-bring", tr.t("what-to-bring"), office.bring, text_lang.clone())}
            {section("h-transport", tr.t("getting-there"), office.transport, text_lang.clone())}
            {contacts}
            {guides}
        </Shell>
    }
}
