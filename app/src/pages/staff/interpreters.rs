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

#[component]
pub fn InterpretersPage(
    interpreters: Vec<InterpreterView>,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    user: NavUser,
) -> impl IntoView {
    let tr = use_tr();
    let form = "interpreter";
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
    let chosen_langs = posted.value(form, "languages");
    let lang_boxes = SPOKEN_LANGUAGES
        .iter()
        .filter(|l| **l != "de")
        .map(|l| {
            let checked = chosen_langs.split(',').any(|c| c == *l);
            view! { <Checkbox name="languages" id=format!("f-ilang-{l}") value=l.to_string() label=tr.t(&format!("language-{l}")) checked=checked/> }
        })
        .collect::<Vec<_>>();
    let chosen_days = posted.value(form, "days");
    let day_boxes = (1..=7)
        .map(|d: u8| {
            let checked = chosen_days.split(',').any(|c| c == d.to_string());
            view! { <Checkbox name="days" id=format!("f-day-{d}") value=d.to_string() label=tr.t(&format!("weekday-{d}")) checked=checked/> }
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
                    <Field name="name" label=tr.t("interpreter-name") value=posted.value(form, "name")
                        error=posted.error(form, "name") required=true maxlength=200 autocomplete="off"/>
                    <Select name="kind" label=tr.t("interpreter-kind") selected=posted.value_or(form, "kind", "volunteer")
                        options=choices("interpreter-kind", &["volunteer", "paid"], None)/>
                    <fieldset>
                        <legend>{tr.t("interpreter-languages")}</legend>
                        {posted.error(form, "languages").map(|e| view! { <p class="error">{e}</p> })}
                        <div class="checks">{lang_boxes}</div>
                    </fieldset>
                    <Field name="dialects" label=tr.t("interpreter-dialects") value=posted.value(form, "dialects")
                        error=posted.error(form, "dialects") optional_label=tr.t("optional") maxlength=200/>
                    <Field name="phone" label=tr.t("client-phone") value=posted.value(form, "phone")
                        error=posted.error(form, "phone") input_type="tel" optional_label=tr.t("optional") maxlength=40/>
                    <Field name="email" label=tr.t("interpreter-email") value=posted.value(form, "email")
                        error=posted.error(form, "email") input_type="email" optional_label=tr.t("optional") maxlength=254/>
                    <fieldset>
                        <legend>{tr.t("interpreter-days")}</legend>
                        {posted.error(form, "days").map(|e| view! { <p class="error">{e}</p> })}
                        <div class="checks">{day_boxes}</div>
                    </fieldset>
                    <div class="row">
                        <Field name="from" label=tr.t("interpreter-from") value=posted.value_or(form, "from", "09:00")
                            error=posted.error(form, "from") input_type="time"/>
                        <Field name="to" label=tr.t("interpreter-to") value=posted.value_or(form, "to", "16:00")
                            error=posted.error(form, "to") input_type="time"/>
                    </div>
                    <button type="submit" class="button primary">{tr.t("interpreter-save")}</button>
                </form>
            </section>
        </Shell>
    }
}
