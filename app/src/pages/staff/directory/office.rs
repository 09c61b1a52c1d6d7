//! The office form: an office's facts and its German text, the source of every
//! translation; and the fields of an office's translation form.

use crate::directory::CATEGORIES;
use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select, TextArea, TheirVersion};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

crate::form! {
    /// An office as posted: its German text and its facts; `version` is the one the form
    /// was opened with. `languages` is a checkbox group: the server reads its values one
    /// by one, as the import does, so a value is never split at a comma. The contact rows
    /// are numbered ([`contact_field`]) and read by name.
    OfficeInput / OfficeField {
        version: Version,
        name: Name,
        description: Description,
        bring: Bring,
        transport: Transport,
        category: Category,
        street: Street,
        postcode: Postcode,
        city: City,
        lat: Lat,
        lon: Lon,
        phone: Phone,
        email: Email,
        website: Website,
        opening_hours: OpeningHours,
        by_appointment: ByAppointment,
        barrier_free: BarrierFree,
        languages: Languages,
        published: Published,
    }
}

crate::form! {
    /// An office's text in a language other than German, as posted from the translation
    /// form (whose fields the server lists with these names). The contact roles are
    /// numbered per contact ([`role_field`]) and read by name.
    OfficeTextInput / OfficeTextField {
        version: Version,
        name: Name,
        description: Description,
        bring: Bring,
        transport: Transport,
        published: Published,
    }
}

/// The name of one field of contact row `row` (from 1): `part` is `name`, `role`,
/// `phone`, `email` or `hours`. Rows are as many as the office has contacts, plus spare
/// ones, so their names are built here, in one place for the page and the server.
pub fn contact_field(row: usize, part: &str) -> String {
    format!("contact_{row}_{part}")
}

/// The name of the translated role of contact `row` (from 1) in the translation form.
pub fn role_field(row: usize) -> String {
    format!("role_{row}")
}

/// The office form: its facts and its German text (the source of every translation).
#[derive(Clone, Debug, Default)]
pub struct OfficeForm {
    /// None for a new office.
    pub id: Option<i64>,
    pub version: i64,
    /// Field values as typed or stored.
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Number of contact slots shown.
    pub contact_slots: usize,
    /// The opening-hours parser's words after a refused expression.
    pub hours_detail: Option<String>,
}

pub const OFFICE_FORM: &str = "office";

#[component]
pub fn OfficeFormPage(f: OfficeForm, user: NavUser) -> impl IntoView {
    use OfficeField as O;
    let tr = use_tr();
    let p = f.posted.clone();
    let v = move |name: &str| p.value(OFFICE_FORM, name);
    let errors = f.posted.clone();
    let e = move |name: &str| errors.error(OFFICE_FORM, name);
    let title = match f.id {
        Some(_) => tr.t("office-edit"),
        None => tr.t("office-new"),
    };
    let action = match f.id {
        Some(id) => format!("/directory/manage/offices/{id}"),
        None => "/directory/manage/offices/new".to_string(),
    };
    let mut categories: Vec<(String, String)> = CATEGORIES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("category-{c}"))))
        .collect();
    categories.sort_by(|a, b| a.1.cmp(&b.1));
    categories.insert(0, (String::new(), tr.t("choose")));
    let spoken = v(O::Languages.name());
    let language_boxes = SPOKEN_LANGUAGES
        .iter()
        .map(|code| {
            let checked = spoken.split_whitespace().any(|s| s == *code);
            view! {
                <div class="check">
                    <input type="checkbox" id=format!("lang-{code}") name=O::Languages.name() value=*code
                        checked=checked/>
                    <label for=format!("lang-{code}")>{tr.t(&format!("language-{code}"))}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    let contacts = (1..=f.contact_slots)
        .map(|i| {
            let field = |n: &str| contact_field(i, n);
            view! {
                <fieldset class="contact-slot">
                    <legend>{tr.ta("contact-slot", &[("n", (i as i64).into())])}</legend>
                    <div class="field"><label for=field("name")>{tr.t("contact-name")}</label>
                        <input id=field("name") name=field("name") value=v(&field("name"))
                            maxlength="200"/></div>
                    <div class="field"><label for=field("role")>{tr.t("contact-role")}</label>
                        <input id=field("role") name=field("role") value=v(&field("role"))
                            maxlength="200"/></div>
                    <div class="field"><label for=field("phone")>{tr.t("contact-phone")}</label>
                        {e(&field("phone")).map(|m| view! { <p class="error">{m}</p> })}
                        <input id=field("phone") name=field("phone") type="tel" value=v(&field("phone"))
                            maxlength="40"/></div>
                    <div class="field"><label for=field("email")>{tr.t("contact-email")}</label>
                        <input id=field("email") name=field("email") type="email" value=v(&field("email"))
                            maxlength="254"/></div>
                    <div class="field"><label for=field("hours")>{tr.t("contact-hours")}</label>
                        {e(&field("hours")).map(|m| view! { <p class="error">{m}</p> })}
                        <input id=field("hours") name=field("hours") value=v(&field("hours")) maxlength="300"
                            dir="ltr"/></div>
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    let published = v(O::Published.name()) == "on";
    let preview =
        f.id.map(|id| format!("/directory/manage/preview?path=/offices/{id}"));
    view! {
        <Shell title=title.clone() current_path=action.clone() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{title}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {preview.map(|h| view! { <p><a href=h>{tr.t("preview-link")}</a></p> })}
            <form method="post" action=action class="card section stack">
                <input type="hidden" name=O::Version.name() value=f.version.to_string()/>
                <h2>{tr.t("office-german-text")}</h2>
                <Field name=O::Name.name() label=tr.t("office-name") value=v(O::Name.name())
                    error=e(O::Name.name()) required=true/>
                <TextArea name=O::Description.name() label=tr.t("office-about") value=v(O::Description.name())
                    error=e(O::Description.name()) hint=tr.t("format-hint") rows=5/>
                <TextArea name=O::Bring.name() label=tr.t("what-to-bring") value=v(O::Bring.name())
                    error=e(O::Bring.name()) hint=tr.t("format-hint")/>
                <TextArea name=O::Transport.name() label=tr.t("getting-there") value=v(O::Transport.name())
                    error=e(O::Transport.name()) rows=2/>
                <h2>{tr.t("office-facts")}</h2>
                <Select name=O::Category.name() label=tr.t("filter-category") options=categories
                    selected=v(O::Category.name()) error=e(O::Category.name())/>
                <Field name=O::Street.name() label=tr.t("office-street") value=v(O::Street.name())
                    error=e(O::Street.name()) autocomplete="address-line1"/>
                <div class="row">
                    <Field name=O::Postcode.name() label=tr.t("office-postcode") value=v(O::Postcode.name())
                        error=e(O::Postcode.name()) maxlength=10 inputmode="numeric"/>
                    <Field name=O::City.name() label=tr.t("office-city") value=v(O::City.name())
                        error=e(O::City.name())/>
                </div>
                <div class="row">
                    <Field name=O::Lat.name() label=tr.t("office-lat") value=v(O::Lat.name())
                        error=e(O::Lat.name()) inputmode="decimal" maxlength=20/>
                    <Field name=O::Lon.name() label=tr.t("office-lon") value=v(O::Lon.name())
                        error=e(O::Lon.name()) inputmode="decimal" maxlength=20/>
                </div>
                <Field name=O::Phone.name() label=tr.t("contact-phone") value=v(O::Phone.name())
                    error=e(O::Phone.name()) input_type="tel" maxlength=40/>
                <Field name=O::Email.name() label=tr.t("contact-email") value=v(O::Email.name())
                    error=e(O::Email.name()) input_type="email" maxlength=254/>
                <Field name=O::Website.name() label=tr.t("office-website") value=v(O::Website.name())
                    error=e(O::Website.name()) input_type="url" maxlength=300/>
                <Field name=O::OpeningHours.name() label=tr.t("opening-hours") value=v(O::OpeningHours.name())
                    error=e(O::OpeningHours.name()) hint=tr.t("hours-hint") maxlength=500/>
                {f.hours_detail.map(|d| view! {
                    <pre class="hint" dir="ltr" data-testid="hours-detail">{d}</pre>
                })}
                <Checkbox name=O::ByAppointment.name() label=tr.t("by-appointment-only")
                    checked=v(O::ByAppointment.name()) == "on"/>
                <Checkbox name=O::BarrierFree.name() label=tr.t("barrier-free")
                    checked=v(O::BarrierFree.name()) == "on"/>
                <fieldset>
                    <legend>{tr.t("filter-language")}</legend>
                    {e(O::Languages.name()).map(|m| view! { <p class="error">{m}</p> })}
                    <div class="checks">{language_boxes}</div>
                </fieldset>
                <h2>{tr.t("contact-persons")}</h2>
                {contacts}
                <Checkbox name=O::Published.name() label=tr.t("publish-german") checked=published/>
                <button type="submit" class="button">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}
