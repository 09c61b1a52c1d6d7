//! Goal templates the coordinator maintains: one plain-language title per field of
//! action in all five languages, so the client reads their goal in their own language.

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
    /// In Lang::ALL order.
    pub titles: [String; 5],
}

pub const TEMPLATE_FORM: &str = "template";

crate::form! {
    /// A new goal template: its field of action and a title in each of the five languages.
    TemplateInput / TemplateField {
        field: Field,
        title_de: TitleDe,
        title_en: TitleEn,
        title_ar: TitleAr,
        title_fa: TitleFa,
        title_ti: TitleTi,
    }
}

/// The five title fields, in `Lang::ALL` order.
pub const TITLE_FIELDS: [TemplateField; 5] = [
    TemplateField::TitleDe,
    TemplateField::TitleEn,
    TemplateField::TitleAr,
    TemplateField::TitleFa,
    TemplateField::TitleTi,
];

impl TemplateInput {
    /// The title as typed in one of the [`TITLE_FIELDS`] (the field of action has none).
    pub fn title(&self, field: TemplateField) -> &str {
        match field {
            TemplateField::TitleDe => self.title_de.as_str(),
            TemplateField::TitleEn => self.title_en.as_str(),
            TemplateField::TitleAr => self.title_ar.as_str(),
            TemplateField::TitleFa => self.title_fa.as_str(),
            TemplateField::TitleTi => self.title_ti.as_str(),
            TemplateField::Field => "",
        }
    }
}

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
            let titles = Lang::ALL
                .iter()
                .zip(t.titles.iter())
                .map(|(l, title)| view! { <dt>{l.native_name()}</dt><dd lang=l.code() dir=l.dir()>{title.clone()}</dd> })
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
    let title_fields = Lang::ALL
        .iter()
        .zip(TITLE_FIELDS)
        .map(|(l, field)| {
            let name = field.name();
            view! {
                <Field name=name label=tr.ta("template-title-in", &[("language", l.native_name().into())])
                    value=posted.value(form, name) error=posted.error(form, name) required=true maxlength=200 autocomplete="off"/>
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
