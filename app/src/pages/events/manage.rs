//! The coordinators' side of public events: the municipality's events with their
//! registrations, the form for a new one or a change (German text required, the client
//! languages where someone wrote them), and which group offers the public page shows.

use crate::domain::Lang;
use crate::i18n::{use_tr, When};
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const EVENT_FORM: &str = "event";

crate::form! {
    /// An event as posted. `version` is the one the form was opened with. Its title and
    /// description are posted per language as `title_<code>` and `description_<code>`
    /// ([`Lang::field`] with [`TITLE_PREFIX`] and [`DESCRIPTION_PREFIX`]).
    EventInput / EventField {
        version: Version,
        date: Date,
        time: Time,
        minutes: Minutes,
        office_id: OfficeId,
        place: Place,
        registration: Registration,
        capacity: Capacity,
    }
}

/// The prefixes of an event's text fields, one pair per language.
pub const TITLE_PREFIX: &str = "title";
pub const DESCRIPTION_PREFIX: &str = "description";

#[derive(Clone, Debug)]
pub struct ManagedEvent {
    pub id: i64,
    pub title: String,
    pub when: When,
    pub where_line: String,
    pub registration: bool,
    pub registered: i64,
    pub capacity: Option<i64>,
    pub cancelled: bool,
    /// Languages with a text besides German.
    pub translated: Vec<String>,
}

#[derive(Clone, Debug, Default)]
pub struct ManageData {
    pub events: Vec<ManagedEvent>,
    /// Places from the directory: (office id, name).
    pub places: Vec<(String, String)>,
    /// The municipality's group offers: (id, title, shown publicly).
    pub groups: Vec<(i64, String, bool)>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

/// The event form, for a new event (`action` the list) and a change.
#[component]
fn EventForm(
    action: String,
    posted: Posted,
    places: Vec<(String, String)>,
    version: i64,
    submit: String,
) -> impl IntoView {
    let tr = use_tr();
    use EventField as F;
    let f = EVENT_FORM;
    let v = |x: &str| posted.value(f, x);
    let e = |x: &str| posted.error(f, x);
    let places = std::iter::once((String::new(), tr.t("choice-none")))
        .chain(places)
        .collect::<Vec<_>>();
    let texts = Lang::all()
        .iter()
        .map(|lang| {
            let (title, description) = (lang.field(TITLE_PREFIX), lang.field(DESCRIPTION_PREFIX));
            let code = lang.code();
            let german = *lang == Lang::DE;
            let legend = tr.ta(
                "event-form-texts",
                &[("language", tr.language_name(*lang).into())],
            );
            view! {
                <fieldset class="stack" data-lang=code>
                    <legend>{legend}</legend>
                    {if german {
                        view! { <Field name=title label=tr.t("event-form-title") value=v(title) error=e(title)
                            required=true maxlength=120/> }.into_any()
                    } else {
                        view! { <Field name=title label=tr.t("event-form-title") value=v(title) error=e(title)
                            maxlength=120 optional_label=tr.t("optional")/> }.into_any()
                    }}
                    <TextArea name=description label=tr.t("event-form-description") value=v(description)
                        error=e(description) rows=3 maxlength=2000 optional_label=tr.t("optional")/>
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <form method="post" action=action class="stack" novalidate>
            <input type="hidden" name=F::Version.name() value=version.to_string()/>
            <div class="row">
                <Field name=F::Date.name() label=tr.t("event-form-date") input_type="date" value=v(F::Date.name()) error=e(F::Date.name()) required=true/>
                <Field name=F::Time.name() label=tr.t("event-form-time") input_type="time" value=v(F::Time.name()) error=e(F::Time.name()) required=true/>
                <Field name=F::Minutes.name() label=tr.t("event-form-minutes") input_type="number" inputmode="numeric"
                    value=v(F::Minutes.name()) error=e(F::Minutes.name()) optional_label=tr.t("optional")/>
            </div>
            <Select name=F::OfficeId.name() label=tr.t("event-form-office") options=places selected=v(F::OfficeId.name())
                error=e(F::OfficeId.name()) optional_label=tr.t("optional")/>
            <Field name=F::Place.name() label=tr.t("event-form-place") hint=tr.t("event-form-place-hint") value=v(F::Place.name())
                error=e(F::Place.name()) maxlength=200 optional_label=tr.t("optional")/>
            <Checkbox name=F::Registration.name() label=tr.t("event-form-registration") checked=v(F::Registration.name()) == "on"/>
            <Field name=F::Capacity.name() label=tr.t("event-form-capacity") hint=tr.t("event-form-capacity-hint")
                input_type="number" inputmode="numeric" value=v(F::Capacity.name()) error=e(F::Capacity.name()) optional_label=tr.t("optional")/>
            {texts}
            <button type="submit" class="button primary">{submit}</button>
        </form>
    }
}

#[component]
pub fn EventsManagePage(data: ManageData, posted: Posted, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let rows = data
        .events
        .iter()
        .map(|e| {
            let count = match e.capacity {
                Some(c) => tr.ta(
                    "event-registered-of",
                    &[("count", e.registered.into()), ("capacity", c.into())],
                ),
                None => tr.ta("event-registered", &[("count", e.registered.into())]),
            };
            let langs = if e.translated.is_empty() {
                tr.t("event-only-german")
            } else {
                e.translated
                    .iter()
                    .map(|l| tr.t(&format!("language-{l}")))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            view! {
                <li class="card" data-testid=format!("managed-event-{}", e.id)>
                    <h2><a href=format!("/events/manage/{}", e.id)>{e.title.clone()}</a></h2>
                    <p>{e.when.show(&tr)}" · "{e.where_line.clone()}</p>
                    {e.registration.then(|| view! { <p>{count.clone()}</p> })}
                    <p class="muted">{tr.ta("event-translations", &[("languages", langs.into())])}</p>
                    {e.cancelled.then(|| view! { <p class="badge badge-warn">{tr.t("event-cancelled")}</p> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    let groups = data
        .groups
        .iter()
        .map(|(id, title, public)| {
            let (label, value) = if *public {
                (tr.t("event-group-hide"), "off")
            } else {
                (tr.t("event-group-show"), "on")
            };
            view! {
                <li class="row-item">
                    <span>{title.clone()}" · "{if *public { tr.t("event-group-public") } else { tr.t("event-group-internal") }}</span>
                    <form method="post" action=format!("/events/manage/groups/{id}") class="inline-form">
                        <input type="hidden" name="public" value=value/>
                        <button type="submit" class="button small" aria-label=format!("{label}: {title}")>{label.clone()}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let has_groups = !groups.is_empty();
    view! {
        <Shell title=tr.t("events-manage-title") current_path="/events/manage".to_string() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{tr.t("events-manage-title")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p><a href="/events">{tr.t("events-manage-public-link")}</a></p>
            {empty.then(|| view! { <p class="card empty">{tr.t("events-empty")}</p> })}
            <ul class="steps">{rows}</ul>
            <section class="card section" aria-labelledby="h-new-event">
                <h2 id="h-new-event">{tr.t("event-new")}</h2>
                <EventForm action="/events/manage".to_string() posted=posted places=data.places version=0
                    submit=tr.t("event-save-new")/>
            </section>
            {has_groups.then(|| view! {
                <section class="card section" aria-labelledby="h-public-groups">
                    <h2 id="h-public-groups">{tr.t("event-groups-heading")}</h2>
                    <p class="hint">{tr.t("event-groups-hint")}</p>
                    <ul class="plain-list">{groups}</ul>
                </section>
            })}
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct RegistrationView {
    pub name: String,
    pub people: i64,
    pub contact: String,
    pub lang: String,
    pub at: When,
}

#[derive(Clone, Debug)]
pub struct EditData {
    pub id: i64,
    pub version: i64,
    pub title: String,
    pub cancelled: bool,
    pub places: Vec<(String, String)>,
    pub registrations: Vec<RegistrationView>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn EventEditPage(data: EditData, posted: Posted, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let id = data.id;
    let regs = data
        .registrations
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row" dir="auto">{r.name.clone()}</th>
                    <td>{tr.number(r.people)}</td>
                    <td dir="auto">{r.contact.clone()}</td>
                    <td>{tr.t(&format!("language-{}", r.lang))}</td>
                    <td>{r.at.show(&tr)}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let total: i64 = data.registrations.iter().map(|r| r.people).sum();
    let has_regs = !regs.is_empty();
    view! {
        <Shell title=data.title.clone() current_path=format!("/events/manage/{id}") user=Some(user)>
            <BackLink href="/events/manage" label=tr.t("events-manage-title")/>
            <h1>{data.title.clone()}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p class="actions">
                <a class="button" href=format!("/events/{id}")>{tr.t("event-public-page")}</a>
                <a class="button" href=format!("/events/{id}/poster")>{tr.t("event-poster")}</a>
            </p>
            {data.cancelled.then(|| view! { <p class="alert-warning">{tr.t("event-cancelled")}</p> })}
            <section class="card section" aria-labelledby="h-registrations">
                <h2 id="h-registrations">{tr.ta("event-registered", &[("count", total.into())])}</h2>
                {if has_regs {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-registrations"><table>
                            <thead><tr>
                                <th scope="col">{tr.t("event-register-name")}</th>
                                <th scope="col">{tr.t("event-register-people")}</th>
                                <th scope="col">{tr.t("event-register-contact")}</th>
                                <th scope="col">{tr.t("event-col-language")}</th>
                                <th scope="col">{tr.t("event-col-at")}</th>
                            </tr></thead>
                            <tbody>{regs}</tbody>
                        </table></div>
                    }.into_any()
                } else {
                    view! { <p class="empty">{tr.t("event-no-registrations")}</p> }.into_any()
                }}
            </section>
            <section class="card section" aria-labelledby="h-edit-event">
                <h2 id="h-edit-event">{tr.t("event-edit")}</h2>
                <EventForm action=format!("/events/manage/{id}") posted=posted places=data.places version=data.version
                    submit=tr.t("save")/>
            </section>
            {(!data.cancelled).then(|| view! {
                <form method="post" action=format!("/events/manage/{id}/cancel")>
                    <input type="hidden" name="version" value=data.version.to_string()/>
                    <button type="submit" class="button">{tr.t("event-cancel")}</button>
                </form>
            })}
        </Shell>
    }
}
