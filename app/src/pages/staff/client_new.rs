//! Creating a client: only the name is required; the rest comes later with the client.

use crate::domain::{Lang, SPOKEN_LANGUAGES};
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field};
use crate::pages::shell::{NavUser, Shell};
use crate::pages::FieldErrors;
use leptos::prelude::*;

crate::form! {
    /// A new client as posted. `languages` is a checkbox group: its values arrive joined
    /// by commas (see [`ClientInput::languages`]).
    ClientInput / ClientField {
        first_name: FirstName,
        last_name: LastName,
        birth_date: BirthDate,
        preferred_lang: PreferredLang,
        languages: Languages,
        phone: Phone,
    }
}

impl ClientInput {
    /// The ticked languages, as posted. No language code has a comma, so splitting the
    /// joined group gives back what was ticked.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.split(',').filter(|l| !l.is_empty())
    }
}

#[derive(Clone, Debug, Default)]
pub struct ClientForm {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: String,
    pub preferred_lang: String,
    pub languages: Vec<String>,
    pub phone: String,
    pub errors: FieldErrors,
    pub alert: Option<String>,
    /// The app's languages the municipality offers its clients (empty: all).
    pub app_langs: Vec<Lang>,
}

#[component]
pub fn ClientNewPage(form: ClientForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    use ClientField as N;
    let optional = tr.t("optional");
    let lang_options = Lang::all()
        .iter()
        .filter(|l| form.app_langs.is_empty() || form.app_langs.contains(l))
        .map(|l| {
            let selected = form.preferred_lang == l.code();
            view! { <option value=l.code() selected=selected lang=l.tag()>{l.native_name()}</option> }
        })
        .collect::<Vec<_>>();
    let spoken = SPOKEN_LANGUAGES
        .iter()
        .map(|code| {
            let checked = form.languages.iter().any(|l| l == code);
            let id = format!("lang-{code}");
            let for_id = id.clone();
            view! {
                <label class="check" for=for_id>
                    <input type="checkbox" id=id name=N::Languages.name() value=*code checked=checked/>
                    <span>{tr.t(&format!("language-{code}"))}</span>
                </label>
            }
        })
        .collect::<Vec<_>>();
    // The id a `Field` would give it (`f-` and the name), so the label finds the select.
    let preferred_id = format!("f-{}", N::PreferredLang.name());
    let lang_error = form.errors.text(N::PreferredLang.name());
    let lang_described = lang_error.is_some().then_some("f-preferred_lang-error");
    let lang_invalid = lang_error.is_some().then_some("true");
    view! {
        <Shell title=tr.t("client-new-title") current_path="/cases/new".to_string() user=Some(user)>
            <h1>{tr.t("client-new-title")}</h1>
            <ErrorSummary message=form.alert/>
            <p>{tr.t("client-new-intro")}</p>
            <form method="post" action="/cases/new" class="stack card" novalidate>
                <Field name=N::FirstName.name() label=tr.t("client-first-name") value=form.first_name
                    error=form.errors.text(N::FirstName.name())
                    required=true maxlength=100 autocomplete="off"/>
                <Field name=N::LastName.name() label=tr.t("client-last-name") value=form.last_name
                    error=form.errors.text(N::LastName.name())
                    required=true maxlength=100 autocomplete="off"/>
                <Field name=N::BirthDate.name() label=tr.t("client-birth-date") value=form.birth_date
                    error=form.errors.text(N::BirthDate.name()) input_type="date"
                    optional_label=optional.clone() autocomplete="off"/>
                <div class="field">
                    <label for=preferred_id.clone()>{tr.t("client-preferred-lang")}</label>
                    {lang_error.map(|e| view! { <p class="error" id="f-preferred_lang-error">{e}</p> })}
                    <select id=preferred_id name=N::PreferredLang.name() aria-describedby=lang_described
                        aria-invalid=lang_invalid>{lang_options}</select>
                </div>
                <fieldset class="field">
                    <legend>{tr.t("client-languages")}" (" {optional.clone()} ")"</legend>
                    <div class="checks">{spoken}</div>
                </fieldset>
                <Field name=N::Phone.name() label=tr.t("client-phone") value=form.phone
                    error=form.errors.text(N::Phone.name()) input_type="tel"
                    optional_label=optional maxlength=40 autocomplete="off"/>
                <div class="actions">
                    <button type="submit" class="button primary">{tr.t("client-create")}</button>
                    <a class="button" href="/cases">{tr.t("cancel")}</a>
                </div>
            </form>
        </Shell>
    }
}
