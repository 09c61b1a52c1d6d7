//! Creating a client: only the name is required; the rest comes later with the client.

use crate::domain::{Lang, SPOKEN_LANGUAGES};
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field};
use crate::pages::shell::{NavUser, Shell};
use crate::pages::FieldErrors;
use leptos::prelude::*;

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
}

#[component]
pub fn ClientNewPage(form: ClientForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let optional = tr.t("optional");
    let lang_options = Lang::ALL
        .iter()
        .map(|l| {
            let selected = form.preferred_lang == l.code();
            view! { <option value=l.code() selected=selected lang=l.code()>{l.native_name()}</option> }
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
                    <input type="checkbox" id=id name="languages" value=*code checked=checked/>
                    <span>{tr.t(&format!("language-{code}"))}</span>
                </label>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("client-new-title") current_path="/cases/new".to_string() user=Some(user)>
            <h1>{tr.t("client-new-title")}</h1>
            <ErrorSummary message=form.alert/>
            <p>{tr.t("client-new-intro")}</p>
            <form method="post" action="/cases/new" class="stack card" novalidate>
                <Field name="first_name" label=tr.t("client-first-name") value=form.first_name
                    error=form.errors.text("first_name") required=true maxlength=100 autocomplete="off"/>
                <Field name="last_name" label=tr.t("client-last-name") value=form.last_name
                    error=form.errors.text("last_name") required=true maxlength=100 autocomplete="off"/>
                <Field name="birth_date" label=tr.t("client-birth-date") value=form.birth_date
                    error=form.errors.text("birth_date") input_type="date"
                    optional_label=optional.clone() autocomplete="off"/>
                <div class="field">
                    <label for="f-preferred_lang">{tr.t("client-preferred-lang")}</label>
                    <select id="f-preferred_lang" name="preferred_lang">{lang_options}</select>
                </div>
                <fieldset class="field">
                    <legend>{tr.t("client-languages")}" (" {optional.clone()} ")"</legend>
                    <div class="checks">{spoken}</div>
                </fieldset>
                <Field name="phone" label=tr.t("client-phone") value=form.phone
                    error=form.errors.text("phone") input_type="tel"
                    optional_label=optional maxlength=40 autocomplete="off"/>
                <div class="actions">
                    <button type="submit" class="button primary">{tr.t("client-create")}</button>
                    <a class="button" href="/cases">{tr.t("cancel")}</a>
                </div>
            </form>
        </Shell>
    }
}
