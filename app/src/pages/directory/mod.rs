//! The directory as readers see it: offices and services with filters (category,
//! language spoken, open now), search, an office's page (opening hours, map link,
//! tap-to-call, what to bring, contact persons) and the topic guides. Plain pages and
//! GET forms: everything works without JavaScript; with it, the list can be sorted by
//! distance on the phone (the position never leaves it).

use crate::directory::{Block, Span, CATEGORIES};
use crate::domain::{Lang, SPOKEN_LANGUAGES};
use crate::i18n::{use_tr, Tr};
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::tel_href;
use leptos::either::Either;
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
    /// Offices on the pages before this one: the heading counts them in.
    pub before: usize,
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
    let options = Lang::all()
        .iter()
        .filter(|l| **l != reader)
        .map(|l| view! { <option value=l.code() lang=l.tag() selected=l.code() == choice.current>{l.native_name()}</option> })
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

/// A guide in a list: its title is a heading one level below the list's own (`h2` on the
/// guides page right under its `h1`, `h3` under the directory's "Guides" `h2`).
#[component]
fn GuideItem(guide: GuideCard, #[prop(optional)] top_level: bool) -> impl IntoView {
    let tr = use_tr();
    let lang = (guide.lang != tr.lang().code()).then(|| guide.lang.clone());
    let href = format!("/guides/{}", guide.id);
    let title = if top_level {
        Either::Left(view! { <h2><a href=href lang=lang.clone() dir="auto">{guide.title}</a></h2> })
    } else {
        Either::Right(view! { <h3><a href=href lang=lang.clone() dir="auto">{guide.title}</a></h3> })
    };
    view! {
        <li class="card guide-item">
            {title}
            <p lang=lang dir="auto">{guide.summary}</p>
        </li>
    }
}

mod guides;
mod list;
mod office;

pub use guides::{GuideDetailPage, GuideListPage};
pub use list::{next_page_href, OfficeListPage};
pub use office::OfficeDetailPage;
