//! The directory as readers see it: offices and services with filters (category,
//! language spoken, open now), search, an office's page (opening hours, map link,
//! tap-to-call, what to bring, contact persons) and the topic guides. Plain pages and
//! GET forms: everything works without JavaScript; with it, the list can be sorted by
//! distance on the phone (the position never leaves it).

use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use super::tel_href;
use crate::directory::{Block, Span, CATEGORIES};
use crate::domain::{Lang, SPOKEN_LANGUAGES};
use crate::i18n::{use_tr, Tr};
use leptos::prelude::*;

/// A moment in local time, as the pages say it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct At {
    /// ISO date.
    pub date: String,
    /// 0 = Monday.
    pub weekday: u8,
    pub hour: u8,
    pub minute: u8,
    /// 0 today, 1 tomorrow, more: later.
    pub days_ahead: i64,
}

/// Whether a place is open, as the list and the office page show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    /// Open now; until this time (None: around the clock).
    OpenUntil(Option<At>),
    OpensAt(At),
    ByAppointment,
    Closed,
    /// No opening hours known.
    Unknown,
}

/// An office in the list.
#[derive(Clone, Debug)]
pub struct OfficeCard {
    pub id: i64,
    pub name: String,
    /// The language of `name` (differs from the page's when it is a fallback).
    pub lang: String,
    pub category: String,
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub opening: Opening,
    pub languages: Vec<String>,
    pub barrier_free: bool,
}

#[derive(Clone, Debug)]
pub struct GuideCard {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub lang: String,
}

/// The list's filters, as typed in the form (and kept in its links).
#[derive(Clone, Debug, Default)]
pub struct Filters {
    pub q: String,
    pub category: String,
    pub language: String,
    pub open_now: bool,
}

#[derive(Clone, Debug)]
pub struct OfficeList {
    pub filters: Filters,
    pub offices: Vec<OfficeCard>,
    pub guides: Vec<GuideCard>,
    pub next_href: Option<String>,
    /// Some text on the page is in another language than the reader's.
    pub fallback: Option<FallbackChoice>,
}

/// The language shown where the reader's is missing, and the form to change it.
#[derive(Clone, Debug)]
pub struct FallbackChoice {
    pub current: String,
    pub return_to: String,
}

/// One day of opening hours: (weekday 0 = Monday, ISO date, ranges, public holiday).
#[derive(Clone, Debug)]
pub struct DayLine {
    pub date: String,
    pub weekday: u8,
    pub ranges: Vec<((u8, u8), (u8, u8))>,
    pub public_holiday: bool,
}

#[derive(Clone, Debug)]
pub struct ContactView {
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub hours: Vec<DayLine>,
}

#[derive(Clone, Debug)]
pub struct OfficePage {
    pub id: i64,
    pub name: String,
    pub text_lang: String,
    pub category: String,
    pub address: Vec<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub opening: Opening,
    pub week: Vec<DayLine>,
    pub by_appointment: bool,
    pub languages: Vec<String>,
    pub barrier_free: bool,
    pub description: Vec<Block>,
    pub bring: Vec<Block>,
    pub transport: Vec<Block>,
    pub contacts: Vec<ContactView>,
    pub guides: Vec<GuideCard>,
    pub fallback: Option<FallbackChoice>,
    /// The German text changed after this translation was made.
    pub outdated: bool,
    /// An editor's preview of a text that is not published.
    pub draft: bool,
}

#[derive(Clone, Debug)]
pub struct GuideStepView {
    /// Set when this step is shown in German because its translation is missing.
    pub lang: Option<String>,
    pub title: String,
    pub body: Vec<Block>,
    pub bring: Vec<Block>,
    /// (office id, name, opening).
    pub office: Option<(i64, String, Opening)>,
}

#[derive(Clone, Debug)]
pub struct GuidePage {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub text_lang: String,
    pub steps: Vec<GuideStepView>,
    pub fallback: Option<FallbackChoice>,
    pub outdated: bool,
    pub draft: bool,
}

/// The icon shown for a category.
pub fn category_icon(category: &str) -> Icon {
    match category {
        "kita" | "school" | "language_course" | "library" => Icon::School,
        "doctor" | "hospital" | "trauma_care" => Icon::Health,
        "jobcenter" => Icon::Work,
        "social_welfare" => Icon::Money,
        "womens_helpline" => Icon::Shield,
        "migration_advice" | "counselling" | "welcome_centre" => Icon::Speech,
        "sports_club" | "youth_welfare" => Icon::Group,
        "immigration_office" | "citizens_office" => Icon::Document,
        _ => Icon::Office,
    }
}

/// "14:30" (or "24:00" for the end of a day) in the reader's conventions.
fn clock(tr: &Tr, (h, m): (u8, u8)) -> String {
    if h >= 24 {
        return tr.time(23, 59);
    }
    tr.time(h, m)
}

/// "Open now · until 12:00", "Closed · opens Tuesday at 8:00", …
pub fn opening_text(tr: &Tr, o: &Opening) -> String {
    match o {
        Opening::OpenUntil(None) => tr.t("open-now-always"),
        Opening::OpenUntil(Some(at)) => tr.ta(
            "open-now-until",
            &[("time", clock(tr, (at.hour, at.minute)).into())],
        ),
        Opening::OpensAt(at) => {
            let time = clock(tr, (at.hour, at.minute));
            match at.days_ahead {
                0 => tr.ta("opens-today", &[("time", time.into())]),
                1 => tr.ta("opens-tomorrow", &[("time", time.into())]),
                2..=6 => tr.ta(
                    "opens-weekday",
                    &[
                        ("day", tr.t(&format!("weekday-{}", at.weekday + 1)).into()),
                        ("time", time.into()),
                    ],
                ),
                _ => tr.ta(
                    "opens-date",
                    &[("date", tr.date_long(&at.date).into()), ("time", time.into())],
                ),
            }
        }
        Opening::ByAppointment => tr.t("by-appointment-only"),
        Opening::Closed => tr.t("closed-now"),
        Opening::Unknown => tr.t("hours-unknown"),
    }
}

#[component]
fn OpeningBadge(opening: Opening) -> impl IntoView {
    let tr = use_tr();
    let class = match opening {
        Opening::OpenUntil(_) => "opening open",
        Opening::ByAppointment => "opening appointment",
        _ => "opening closed",
    };
    view! { <p class=class data-testid="opening"><IconSvg icon=Icon::Clock/><span>{opening_text(&tr, &opening)}</span></p> }
}

/// Editors' text: paragraphs and bullet lists, every character escaped.
#[component]
pub fn RichText(blocks: Vec<Block>) -> impl IntoView {
    let spans = |s: Vec<Span>| {
        s.into_iter()
            .map(|s| {
                if s.bold {
                    view! { <strong>{s.text}</strong> }.into_any()
                } else {
                    s.text.into_any()
                }
            })
            .collect::<Vec<_>>()
    };
    blocks
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(p) => view! { <p>{spans(p)}</p> }.into_any(),
            Block::List(items) => {
                let items = items
                    .into_iter()
                    .map(|i| view! { <li>{spans(i)}</li> })
                    .collect::<Vec<_>>();
                view! { <ul class="bullets">{items}</ul> }.into_any()
            }
        })
        .collect::<Vec<_>>()
}

fn language_names(tr: &Tr, codes: &[String]) -> Vec<String> {
    codes.iter().map(|c| tr.t(&format!("language-{c}"))).collect()
}

#[component]
fn Languages(codes: Vec<String>) -> impl IntoView {
    let tr = use_tr();
    (!codes.is_empty()).then(|| {
        let names = language_names(&tr, &codes).join(", ");
        view! { <p class="languages"><IconSvg icon=Icon::Speech/><span>{tr.ta("languages-spoken", &[("languages", names.into())])}</span></p> }
    })
}

/// "Shown in English because the page is not in Tigrinya yet" with a form to choose
/// another language.
#[component]
fn FallbackNotice(choice: FallbackChoice, shown_in: String) -> impl IntoView {
    let tr = use_tr();
    let reader = tr.lang();
    let shown = Lang::parse(&shown_in)
        .map(|l| l.native_name())
        .unwrap_or_default();
    let options = Lang::ALL
        .iter()
        .filter(|l| **l != reader)
        .map(|l| view! { <option value=l.code() lang=l.code() selected=l.code() == choice.current>{l.native_name()}</option> })
        .collect::<Vec<_>>();
    view! {
        <div class="alert alert-info fallback" role="note" data-testid="fallback-notice">
            <p>{tr.ta("fallback-shown-in", &[("language", shown.into())])}</p>
            <form method="post" action="/directory/fallback" class="inline-form">
                <input type="hidden" name="return_to" value=choice.return_to/>
                <label for="fallback-select">{tr.t("fallback-choose")}</label>
                <select id="fallback-select" name="fallback">{options}</select>
                <button type="submit" class="button small">{tr.t("fallback-submit")}</button>
            </form>
        </div>
    }
}

/// Percent-encodes a query value or label (everything but unreserved ASCII).
fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn query_href(f: &Filters, page: Option<i64>) -> String {
    let mut parts = vec![];
    let enc = encode_component;
    if !f.q.is_empty() {
        parts.push(format!("q={}", enc(&f.q)));
    }
    if !f.category.is_empty() {
        parts.push(format!("category={}", enc(&f.category)));
    }
    if !f.language.is_empty() {
        parts.push(format!("language={}", enc(&f.language)));
    }
    if f.open_now {
        parts.push("open=1".into());
    }
    if let Some(p) = page {
        parts.push(format!("page={p}"));
    }
    if parts.is_empty() {
        "/offices".into()
    } else {
        format!("/offices?{}", parts.join("&"))
    }
}

/// The link to the next page of results with the same filters.
pub fn next_page_href(f: &Filters, page: i64) -> String {
    query_href(f, Some(page))
}

#[component]
fn FilterForm(filters: Filters) -> impl IntoView {
    let tr = use_tr();
    let mut categories: Vec<(String, String)> = CATEGORIES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("category-{c}"))))
        .collect();
    categories.sort_by(|a, b| a.1.cmp(&b.1));
    let category_options = std::iter::once((String::new(), tr.t("filter-any-category")))
        .chain(categories)
        .map(|(v, l)| {
            let sel = v == filters.category;
            view! { <option value=v selected=sel>{l}</option> }
        })
        .collect::<Vec<_>>();
    let mut languages: Vec<(String, String)> = SPOKEN_LANGUAGES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("language-{c}"))))
        .collect();
    languages.sort_by(|a, b| a.1.cmp(&b.1));
    let language_options = std::iter::once((String::new(), tr.t("filter-any-language")))
        .chain(languages)
        .map(|(v, l)| {
            let sel = v == filters.language;
            view! { <option value=v selected=sel>{l}</option> }
        })
        .collect::<Vec<_>>();
    view! {
        <form method="get" action="/offices" class="card section directory-filters" role="search">
            <div class="field">
                <label for="dir-q">{tr.t("directory-search-label")}</label>
                <input id="dir-q" type="search" name="q" value=filters.q.clone() maxlength="100" enterkeyhint="search"/>
            </div>
            <div class="filter-row">
                <div class="field">
                    <label for="dir-category">{tr.t("filter-category")}</label>
                    <select id="dir-category" name="category">{category_options}</select>
                </div>
                <div class="field">
                    <label for="dir-language">{tr.t("filter-language")}</label>
                    <select id="dir-language" name="language">{language_options}</select>
                </div>
            </div>
            <div class="check">
                <input type="checkbox" id="dir-open" name="open" value="1" checked=filters.open_now/>
                <label for="dir-open">{tr.t("filter-open-now")}</label>
            </div>
            <button type="submit" class="button">{tr.t("directory-search-submit")}</button>
        </form>
    }
}

/// Where "x km" goes once the phone knows where it is (filled in by the page enhancer).
fn coords_attr(v: Option<f64>) -> Option<String> {
    v.map(|v| format!("{v:.5}"))
}

#[component]
fn OfficeItem(office: OfficeCard) -> impl IntoView {
    let tr = use_tr();
    let other_lang = office.lang != tr.lang().code();
    let name_lang = other_lang.then(|| office.lang.clone());
    let href = format!("/offices/{}", office.id);
    let category = tr.t(&format!("category-{}", office.category));
    view! {
        <li class="card office-card" data-lat=coords_attr(office.lat) data-lon=coords_attr(office.lon) data-testid="office-card">
            <h3><a href=href lang=name_lang dir="auto">{office.name}</a></h3>
            <p class="muted category">{category}</p>
            <OpeningBadge opening=office.opening/>
            <Languages codes=office.languages/>
            {(!office.address.is_empty()).then(|| view! { <p class="address" dir="auto">{office.address}</p> })}
            {office.barrier_free.then(|| view! { <p class="badge">{tr.t("barrier-free")}</p> })}
            <p class="distance" data-distance="" aria-live="off"></p>
        </li>
    }
}

#[component]
fn GuideItem(guide: GuideCard) -> impl IntoView {
    let tr = use_tr();
    let lang = (guide.lang != tr.lang().code()).then(|| guide.lang.clone());
    view! {
        <li class="card guide-item">
            <h3><a href=format!("/guides/{}", guide.id) lang=lang.clone() dir="auto">{guide.title}</a></h3>
            <p lang=lang dir="auto">{guide.summary}</p>
        </li>
    }
}

#[component]
pub fn OfficeListPage(list: OfficeList, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let filtered = !list.filters.q.is_empty()
        || !list.filters.category.is_empty()
        || !list.filters.language.is_empty()
        || list.filters.open_now;
    let shown_in = list
        .offices
        .iter()
        .map(|o| o.lang.clone())
        .chain(list.guides.iter().map(|g| g.lang.clone()))
        .find(|l| l != tr.lang().code())
        .unwrap_or_default();
    let fallback = list
        .fallback
        .filter(|_| !shown_in.is_empty())
        .map(|c| view! { <FallbackNotice choice=c shown_in=shown_in/> });
    let count = list.offices.len();
    let empty = list.offices.is_empty();
    let guides = (!list.guides.is_empty()).then(|| {
        let items = list
            .guides
            .into_iter()
            .map(|g| view! { <GuideItem guide=g/> })
            .collect::<Vec<_>>();
        view! {
            <section aria-labelledby="h-guides" class="section">
                <h2 id="h-guides">{tr.t("guides-heading")}</h2>
                <ul class="plain-list cards">{items}</ul>
            </section>
        }
    });
    let offices = list
        .offices
        .into_iter()
        .map(|o| view! { <OfficeItem office=o/> })
        .collect::<Vec<_>>();
    let distance_template = tr.ta("distance-km", &[("km", "§".into())]);
    view! {
        <Shell title=tr.t("directory-title") current_path="/offices".to_string() user=user>
            <h1><IconSvg icon=Icon::Office/>" "{tr.t("directory-title")}</h1>
            <p class="lead">{tr.t("directory-intro")}</p>
            <FilterForm filters=list.filters.clone()/>
            {fallback}
            {guides}
            <section aria-labelledby="h-offices" class="section">
                <h2 id="h-offices">{if filtered { tr.ta("directory-results", &[("count", (count as i64).into())]) } else { tr.t("offices-heading") }}</h2>
                <div class="near-me">
                    <button type="button" class="button secondary" data-near-me="" data-template=distance_template
                        data-denied=tr.t("near-me-denied") data-sorted=tr.t("near-me-sorted")>
                        {tr.t("near-me")}
                    </button>
                    <p class="hint">{tr.t("near-me-privacy")}</p>
                    <p class="near-me-status" role="status"></p>
                </div>
                {empty.then(|| view! { <p class="card empty">{tr.t("directory-empty")}</p> })}
                <ul class="plain-list cards" data-office-list="">{offices}</ul>
                {list.next_href.map(|h| view! { <p><a class="button secondary" href=h>{tr.t("directory-more")}</a></p> })}
            </section>
        </Shell>
    }
}

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

#[component]
pub fn GuideListPage(
    guides: Vec<GuideCard>,
    fallback: Option<FallbackChoice>,
    user: Option<NavUser>,
) -> impl IntoView {
    let tr = use_tr();
    let shown_in = guides
        .iter()
        .map(|g| g.lang.clone())
        .find(|l| l != tr.lang().code())
        .unwrap_or_default();
    let fallback = fallback
        .filter(|_| !shown_in.is_empty())
        .map(|c| view! { <FallbackNotice choice=c shown_in=shown_in/> });
    let items = guides
        .into_iter()
        .map(|g| view! { <GuideItem guide=g/> })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("guides-heading") current_path="/guides".to_string() user=user>
            <BackLink href="/offices" label=tr.t("directory-title")/>
            <h1>{tr.t("guides-heading")}</h1>
            {fallback}
            <ul class="plain-list cards">{items}</ul>
        </Shell>
    }
}

#[component]
pub fn GuideDetailPage(guide: GuidePage, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let text_lang = (guide.text_lang != tr.lang().code()).then(|| guide.text_lang.clone());
    let fallback = guide
        .fallback
        .clone()
        .filter(|_| text_lang.is_some())
        .map(|c| view! { <FallbackNotice choice=c shown_in=guide.text_lang.clone()/> });
    let steps = guide
        .steps
        .into_iter()
        .enumerate()
        .map(|(i, s)| {
            let bring = (!s.bring.is_empty()).then(|| {
                view! {
                    <div class="bring">
                        <p><strong>{tr.t("what-to-bring")}</strong></p>
                        <RichText blocks=s.bring/>
                    </div>
                }
            });
            let office = s.office.map(|(id, name, opening)| {
                view! {
                    <div class="step-office">
                        <a href=format!("/offices/{id}") dir="auto"><IconSvg icon=Icon::Office/>" "{name}</a>
                        <OpeningBadge opening=opening/>
                    </div>
                }
            });
            view! {
                <li class="card guide-step" data-testid="guide-step" lang=s.lang>
                    <h2><span class="step-number">{tr.number(i as i64 + 1)}". "</span><span dir="auto">{s.title}</span></h2>
                    <div dir="auto"><RichText blocks=s.body/></div>
                    {bring}
                    {office}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=guide.title.clone() current_path=format!("/guides/{}", guide.id) user=user>
            <BackLink href="/guides" label=tr.t("guides-heading")/>
            {guide.draft.then(|| view! { <p class="alert alert-warning" data-testid="preview-draft">{tr.t("preview-draft")}</p> })}
            <h1 lang=text_lang.clone() dir="auto">{guide.title}</h1>
            {fallback}
            {guide.outdated.then(|| view! { <p class="alert alert-info" role="note" data-testid="outdated-notice">{tr.t("translation-outdated")}</p> })}
            <p class="lead" lang=text_lang.clone() dir="auto">{guide.summary}</p>
            <ol class="plain-list guide-steps" lang=text_lang>{steps}</ol>
        </Shell>
    }
}
