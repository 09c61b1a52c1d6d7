//! The interpreter pool of a municipality: languages, dialects, weekly availability and
//! contact. Guides book from it on a client's appointment.

use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::shell::{NavUser, Shell};
use crate::pages::staff::case::choices;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct InterpreterView {
    pub name: String,
    pub kind: String,
    pub languages: Vec<String>,
    pub dialects: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub windows: Vec<Window>,
}

/// A weekly availability window: (weekday 1-7, from (h, m), to (h, m)).
pub type Window = (u8, (u8, u8), (u8, u8));

pub const INTERPRETER_FORM: &str = "interpreter";

/// Who pays an interpreter: a volunteer of the pool, or paid by the hour.
pub const INTERPRETER_KINDS: [&str; 2] = ["volunteer", "paid"];

crate::form! {
    /// A new interpreter as posted. `languages` and `days` are checkbox groups: their
    /// values arrive joined by commas (see [`InterpreterInput::languages`]).
    InterpreterInput / InterpreterField {
        name: Name,
        kind: Kind,
        languages: Languages,
        dialects: Dialects,
        phone: Phone,
        email: Email,
        days: Days,
        from: FromTime,
        to: ToTime,
    }
}

impl InterpreterInput {
    /// The ticked languages, as posted. No language code has a comma, so splitting the
    /// joined group gives back what was ticked.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.languages.split(',').filter(|l| !l.is_empty())
    }

    /// The ticked weekdays (1 = Monday), as posted: digits, so the same split holds.
    pub fn days(&self) -> impl Iterator<Item = &str> {
        self.days.split(',').filter(|d| !d.is_empty())
    }
}

#[component]
pub fn InterpretersPage(
    interpreters: Vec<InterpreterView>,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    user: NavUser,
) -> impl IntoView {
    let tr = use_tr();
    let form = INTERPRETER_FORM;
    use InterpreterField as N;
    let values = posted.clone();
    let v = move |f: InterpreterField| values.value(form, f.name());
    let errors = posted.clone();
    let e = move |f: InterpreterField| errors.error(form, f.name());
    let rows = interpreters
        .iter()
        .map(|i| {
            let langs = i
                .languages
                .iter()
                .map(|l| tr.t(&format!("language-{l}")))
                .collect::<Vec<_>>()
                .join(", ");
            let windows = i
                .windows
                .iter()
                .map(|(d, (fh, fm), (th, tm))| {
                    format!(
                        "{} {}–{}",
                        tr.t(&format!("weekday-{d}")),
                        tr.time(*fh, *fm),
                        tr.time(*th, *tm)
                    )
                })
                .collect::<Vec<_>>()
                .join("; ");
            let contact = [i.phone.clone(), i.email.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
            view! {
                <article class="card">
                    <h2>{i.name.clone()}</h2>
                    <p class="muted">{tr.t(&format!("interpreter-kind-{}", i.kind))}</p>
                    <p>{langs}{i.dialects.clone().map(|d| format!(" ({d})"))}</p>
                    <p>{tr.t("interpreter-availability")}": "{windows}</p>
                    <p dir="ltr" class="muted">{contact}</p>
                </article>
            }
        })
        .collect::<Vec<_>>();
    let chosen_langs = v(N::Languages);
    let lang_boxes = SPOKEN_LANGUAGES
        .iter()
        .filter(|l| **l != "de")
        .map(|l| {
            let checked = chosen_langs.split(',').any(|c| c == *l);
            view! {
                <Checkbox name=N::Languages.name() id=format!("f-ilang-{l}") value=l.to_string()
                    label=tr.t(&format!("language-{l}")) checked=checked/>
            }
        })
        .collect::<Vec<_>>();
    let chosen_days = v(N::Days);
    let day_boxes = (1..=7)
        .map(|d: u8| {
            let checked = chosen_days.split(',').any(|c| c == d.to_string());
            view! {
                <Checkbox name=N::Days.name() id=format!("f-day-{d}") value=d.to_string()
                    label=tr.t(&format!("weekday-{d}")) checked=checked/>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("interpreters-title") current_path="/interpreters".to_string() user=Some(user)>
            <h1>{tr.t("interpreters-title")}</h1>
            <Notice message=notice/>
            <ErrorSummary message=alert/>
            <p>{tr.t("interpreters-intro")}</p>
            {rows}
            <section class="card" aria-labelledby="h-new-interpreter">
                <h2 id="h-new-interpreter">{tr.t("interpreter-new")}</h2>
                <form method="post" action="/interpreters" class="stack" novalidate>
                    <Field name=N::Name.name() label=tr.t("interpreter-name") value=v(N::Name)
                        error=e(N::Name) required=true maxlength=200 autocomplete="off"/>
                    <Select name=N::Kind.name() label=tr.t("interpreter-kind")
                        selected=posted.value_or(form, N::Kind.name(), INTERPRETER_KINDS[0])
                        options=choices("interpreter-kind", &INTERPRETER_KINDS, None)/>
                    <fieldset>
                        <legend>{tr.t("interpreter-languages")}</legend>
                        {e(N::Languages).map(|e| view! { <p class="error">{e}</p> })}
                        <div class="checks">{lang_boxes}</div>
                    </fieldset>
                    <Field name=N::Dialects.name() label=tr.t("interpreter-dialects") value=v(N::Dialects)
                        error=e(N::Dialects) optional_label=tr.t("optional") maxlength=200/>
                    <Field name=N::Phone.name() label=tr.t("client-phone") value=v(N::Phone) error=e(N::Phone)
                        input_type="tel" optional_label=tr.t("optional") maxlength=40/>
                    <Field name=N::Email.name() label=tr.t("interpreter-email") value=v(N::Email)
                        error=e(N::Email) input_type="email" optional_label=tr.t("optional") maxlength=254/>
                    <fieldset>
                        <legend>{tr.t("interpreter-days")}</legend>
                        {e(N::Days).map(|e| view! { <p class="error">{e}</p> })}
                        <div class="checks">{day_boxes}</div>
                    </fieldset>
                    <div class="row">
                        <Field name=N::FromTime.name() label=tr.t("interpreter-from")
                            value=posted.value_or(form, N::FromTime.name(), "09:00")
                            error=e(N::FromTime) input_type="time"/>
                        <Field name=N::ToTime.name() label=tr.t("interpreter-to")
                            value=posted.value_or(form, N::ToTime.name(), "16:00")
                            error=e(N::ToTime) input_type="time"/>
                    </div>
                    <button type="submit" class="button primary">{tr.t("interpreter-save")}</button>
                </form>
            </section>
        </Shell>
    }
}
