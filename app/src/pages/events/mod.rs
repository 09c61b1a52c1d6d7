//! Public events, readable without sign-in and without JavaScript: the list (with the
//! group offers a coordinator shows publicly), an event's page with its registration
//! form, and the poster with a QR code to hang up. Texts a coordinator wrote in the
//! reader's language are shown; others in German, marked as German.

pub mod manage;

use crate::i18n::{use_tr, When};
use crate::pages::forms::{ErrorSummary, Field, Notice, PendingNote, Posted};
use crate::pages::icons::{Icon, IconSvg};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const REGISTER_FORM: &str = "register";

crate::form! {
    /// A registration: a first name, how many come, a way to reach them (optional).
    RegisterInput / RegisterField {
        name: Name,
        people: People,
        contact: Contact,
        website: Website,
    }
}

#[derive(Clone, Debug)]
pub struct PublicEvent {
    pub id: i64,
    pub municipality: String,
    pub title: String,
    pub description: String,
    pub text_lang: String,
    pub when: When,
    pub minutes: i64,
    pub office_id: Option<i64>,
    pub where_line: String,
    pub registration: bool,
    pub free: Option<i64>,
    pub cancelled: bool,
    pub past: bool,
}

#[derive(Clone, Debug)]
pub struct PublicGroup {
    pub municipality: String,
    pub title: String,
    pub text_lang: String,
    pub category: String,
    pub where_line: String,
    pub next: Option<When>,
    pub childcare: bool,
}

#[derive(Clone, Debug)]
pub struct EventsData {
    pub events: Vec<PublicEvent>,
    pub groups: Vec<PublicGroup>,
    /// (id, name) of the municipalities, for choosing one; `chosen` is the one shown.
    pub municipalities: Vec<(i64, String)>,
    pub chosen: Option<i64>,
}

/// The municipalities of a public page as links (`?m=`), with "all places" first; shown
/// only where there are several.
#[component]
pub fn PlaceChooser(
    base: &'static str,
    municipalities: Vec<(i64, String)>,
    chosen: Option<i64>,
) -> impl IntoView {
    let tr = use_tr();
    (municipalities.len() > 1).then(|| {
        let links = std::iter::once((None, tr.t("events-all-places")))
            .chain(municipalities.into_iter().map(|(id, n)| (Some(id), n)))
            .map(|(id, name)| {
                let href = id.map_or(base.to_string(), |m| format!("{base}?m={m}"));
                let current = (id == chosen).then_some("page");
                view! { <li><a href=href aria-current=current><bdi>{name}</bdi></a></li> }
            })
            .collect::<Vec<_>>();
        view! { <nav aria-label=tr.t("events-places")><ul class="chips">{links}</ul></nav> }
    })
}

fn lang_attr(reader: &str, text: &str) -> Option<String> {
    (reader != text).then(|| text.to_string())
}

fn feed_href(chosen: Option<i64>) -> String {
    match chosen {
        Some(m) => format!("/events/feed.ics?m={m}"),
        None => "/events/feed.ics".into(),
    }
}

#[component]
pub fn EventsPage(data: EventsData, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let reader = tr.lang().code().to_string();
    let several = data.municipalities.len() > 1;
    let choose = view! { <PlaceChooser base="/events" municipalities=data.municipalities.clone() chosen=data.chosen/> };
    let events = data
        .events
        .iter()
        .map(|e| {
            let lang = lang_attr(&reader, &e.text_lang);
            let state = if e.cancelled {
                Some(tr.t("event-cancelled"))
            } else if e.registration {
                Some(match e.free {
                    Some(0) => tr.t("event-full"),
                    Some(n) => tr.ta("event-places-left", &[("count", n.into())]),
                    None => tr.t("event-registration"),
                })
            } else {
                None
            };
            view! {
                <li class="card" data-testid=format!("event-{}", e.id)>
                    <h3><a href=format!("/events/{}", e.id) lang=lang.clone() dir="auto">{e.title.clone()}</a></h3>
                    <p class="step-text"><IconSvg icon=Icon::Calendar/>" "{e.when.show(&tr)}</p>
                    <p dir="auto">{e.where_line.clone()}</p>
                    {several.then(|| view! { <p class="muted"><bdi>{e.municipality.clone()}</bdi></p> })}
                    {state.map(|s| view! { <p class="badge" class:badge-warn=e.cancelled>{s}</p> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let no_events = events.is_empty();
    let groups = data
        .groups
        .iter()
        .map(|g| {
            let lang = lang_attr(&reader, &g.text_lang);
            let next = g
                .next
                .as_ref()
                .map(|w| tr.ta("event-group-next", &[("when", w.show(&tr).into())]));
            view! {
                <li class="card">
                    <h3 lang=lang dir="auto">{g.title.clone()}</h3>
                    <p>{tr.t(&format!("group-category-{}", g.category))}
                        {g.childcare.then(|| view! { " · " {tr.t("event-group-childcare")} })}</p>
                    <p dir="auto">{g.where_line.clone()}</p>
                    {next.map(|n| view! { <p class="step-text">{n}</p> })}
                    {several.then(|| view! { <p class="muted"><bdi>{g.municipality.clone()}</bdi></p> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let has_groups = !groups.is_empty();
    view! {
        <Shell title=tr.t("events-title") current_path="/events".to_string() user=user>
            <h1><IconSvg icon=Icon::Calendar/>" "{tr.t("events-title")}</h1>
            <p>{tr.t("events-intro")}</p>
            {choose}
            <p><a class="button" href=feed_href(data.chosen)>{tr.t("events-feed")}</a></p>
            <h2>{tr.t("events-upcoming")}</h2>
            {no_events.then(|| view! { <p class="card empty">{tr.t("events-empty")}</p> })}
            <ul class="steps">{events}</ul>
            {has_groups.then(|| view! {
                <h2>{tr.t("events-groups")}</h2>
                <p>{tr.t("events-groups-intro")}</p>
                <ul class="steps">{groups}</ul>
            })}
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct EventPageData {
    pub event: PublicEvent,
    pub posted: Posted,
    pub notice: Option<String>,
    pub alert: Option<String>,
    /// The signed-in person's first name, to fill in.
    pub name: String,
    pub key: String,
}

#[component]
pub fn EventPage(data: EventPageData, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let reader = tr.lang().code().to_string();
    let e = data.event.clone();
    let lang = lang_attr(&reader, &e.text_lang);
    let f = REGISTER_FORM;
    use RegisterField as R;
    let posted = data.posted.clone();
    let open = e.registration && !e.cancelled && !e.past && e.free != Some(0);
    let register = open.then(|| {
        view! {
            <section class="card section" aria-labelledby="h-register">
                <h2 id="h-register">{tr.t("event-register")}</h2>
                {e.free.map(|n| view! { <p>{tr.ta("event-places-left", &[("count", n.into())])}</p> })}
                <form method="post" action=format!("/events/{}/register", e.id) class="stack" novalidate>
                    <input type="hidden" name="client_key" value=data.key.clone()/>
                    <Field name=R::Name.name() label=tr.t("event-register-name") autocomplete="given-name"
                        value=posted.value_or(f, R::Name.name(), &data.name) error=posted.error(f, R::Name.name())
                        required=true maxlength=60/>
                    <Field name=R::People.name() label=tr.t("event-register-people") input_type="number" inputmode="numeric"
                        value=posted.value_or(f, R::People.name(), "1") error=posted.error(f, R::People.name())/>
                    <Field name=R::Contact.name() label=tr.t("event-register-contact") hint=tr.t("event-register-contact-hint")
                        value=posted.value(f, R::Contact.name()) error=posted.error(f, R::Contact.name())
                        optional_label=tr.t("optional") maxlength=120/>
                    // Never shown to people; filled by machines that fill every field.
                    <div hidden>
                        <input type="text" id="f-website" name=R::Website.name() value="" tabindex="-1" autocomplete="off"/>
                    </div>
                    <button type="submit" class="button primary">{tr.t("event-register-send")}</button>
                    <PendingNote/>
                </form>
            </section>
        }
    });
    let state = if e.cancelled {
        Some(tr.t("event-cancelled"))
    } else if e.past {
        Some(tr.t("event-past"))
    } else if e.registration && e.free == Some(0) {
        Some(tr.t("event-full"))
    } else {
        None
    };
    let minutes = tr.ta("event-minutes", &[("minutes", e.minutes.into())]);
    view! {
        <Shell title=e.title.clone() current_path=format!("/events/{}", e.id) user=user>
            <BackLink href="/events" label=tr.t("events-title")/>
            <h1 lang=lang.clone() dir="auto">{e.title.clone()}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            {state.map(|s| view! { <p class="alert-warning" data-testid="event-state">{s}</p> })}
            <section class="card section">
                <p class="step-text"><IconSvg icon=Icon::Calendar/>" "{e.when.show(&tr)}" · "{minutes}</p>
                <p dir="auto">{e.where_line.clone()}</p>
                {e.office_id.map(|o| view! { <p><a href=format!("/offices/{o}")>{tr.t("event-place-link")}</a></p> })}
                <p class="muted"><bdi>{e.municipality.clone()}</bdi></p>
                {(!e.description.is_empty()).then(|| view! { <p class="note-body" lang=lang.clone() dir="auto">{e.description.clone()}</p> })}
                <div class="actions">
                    <a class="button" href=format!("/events/{}/event.ics", e.id) download="">{tr.t("event-ics")}</a>
                    <a class="button" href=format!("/events/{}/poster", e.id)>{tr.t("event-poster")}</a>
                </div>
            </section>
            {register}
        </Shell>
    }
}

/// The poster: title, time, place and a QR code to the event's page, to print.
#[component]
pub fn EventPosterPage(
    event: PublicEvent,
    url: String,
    qr_svg: String,
    user: Option<NavUser>,
) -> impl IntoView {
    let tr = use_tr();
    let reader = tr.lang().code().to_string();
    let lang = lang_attr(&reader, &event.text_lang);
    view! {
        <Shell title=event.title.clone() current_path=format!("/events/{}/poster", event.id) user=user>
            <article class="poster">
                <h1 lang=lang.clone() dir="auto">{event.title.clone()}</h1>
                <p class="poster-when">{event.when.show(&tr)}</p>
                <p class="poster-where" dir="auto">{event.where_line.clone()}</p>
                {(!event.description.is_empty()).then(|| view! { <p lang=lang.clone() dir="auto">{event.description.clone()}</p> })}
                <figure class="poster-qr">
                    <div inner_html=qr_svg role="img" aria-label=tr.t("event-poster-qr")></div>
                    <figcaption>{tr.t("event-poster-scan")}<br/><span dir="ltr">{url}</span></figcaption>
                </figure>
            </article>
        </Shell>
    }
}
