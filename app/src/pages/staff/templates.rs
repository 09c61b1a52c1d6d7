//! Goal templates the coordinator maintains: one plain-language title per field of
//! action in every language, so the client reads their goal in their own language.

use crate::casework::FIELDS;
use crate::domain::Lang;
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::shell::{NavUser, Shell};
use crate::pages::staff::case::choices;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct TemplateView {
    pub id: i64,
    pub field: String,
    /// Every language's title (empty where none is written), in `Lang::all()` order.
    pub titles: Vec<(Lang, String)>,
}

pub const TEMPLATE_FORM: &str = "template";

crate::form! {
    /// A new goal template: its field of action; the titles are posted as
    /// `title_<language>` (one per language folder).
    TemplateInput / TemplateField {
        field: Field,
    }
}

/// The title fields' prefix: `Lang::field(TITLE_PREFIX)` names each language's.
pub const TITLE_PREFIX: &str = "title";

#[component]
pub fn TemplatesPage(
    templates: Vec<TemplateView>,
    can_edit: bool,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    user: NavUser,
) -> impl IntoView {
    let tr = use_tr();
    let form = TEMPLATE_FORM;
    let rows = templates
        .iter()
        .map(|t| {
            let titles = t
                .titles
                .iter()
                .filter(|(_, title)| !title.is_empty())
                .map(|(l, title)| view! { <dt>{l.native_name()}</dt><dd lang=l.tag() dir=l.dir()>{title.clone()}</dd> })
                .collect::<Vec<_>>();
            let tid = t.id;
            view! {
                <article class="card">
                    <h2>{tr.t(&format!("field-{}", t.field))}</h2>
                    <dl class="facts">{titles}</dl>
                    {can_edit.then(|| view! {
                        <form method="post" action=format!("/templates/{tid}/retire") class="inline-form">
                            <button type="submit" class="button small">{tr.t("template-retire")}</button>
                        </form>
                    })}
                </article>
            }
        })
        .collect::<Vec<_>>();
    // German (the source) and English (every client language's last fallback) are
    // required; a client whose language has no title reads its fallback's.
    let title_fields = Lang::all()
        .iter()
        .map(|l| {
            let name = l.field(TITLE_PREFIX);
            let label = tr.ta("template-title-in", &[("language", l.native_name().into())]);
            if *l == Lang::DE || *l == Lang::EN {
                view! {
                    <Field name=name label=label value=posted.value(form, name) error=posted.error(form, name)
                        required=true maxlength=200 autocomplete="off"/>
                }
                .into_any()
            } else {
                view! {
                    <Field name=name label=label value=posted.value(form, name) error=posted.error(form, name)
                        maxlength=200 autocomplete="off" optional_label=tr.t("optional")/>
                }
                .into_any()
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("templates-title") current_path="/templates".to_string() user=Some(user)>
            <h1>{tr.t("templates-title")}</h1>
            <Notice message=notice/>
            <ErrorSummary message=alert/>
            <p>{tr.t("templates-intro")}</p>
            {rows}
            {can_edit.then(|| view! {
                <section class="card" aria-labelledby="h-new-template">
                    <h2 id="h-new-template">{tr.t("template-new")}</h2>
                    <form method="post" action="/templates" class="stack" novalidate>
                        <Select name=TemplateField::Field.name() label=tr.t("plan-field")
                            selected=posted.value(form, TemplateField::Field.name())
                            options=choices("field", &FIELDS, Some(tr.t("choice-pick")))
                            error=posted.error(form, TemplateField::Field.name())/>
                        {title_fields}
                        <button type="submit" class="button primary">{tr.t("template-save")}</button>
                    </form>
                </section>
            })}
        </Shell>
    }
}
