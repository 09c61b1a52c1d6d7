//! The German guide form: title, summary and the steps, each leading to an office if
//! wanted; and the fields of a guide's translation form.

use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, TextArea, TheirVersion};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

crate::form! {
    /// A German guide as posted; `version` is the one the form was opened with. `steps`
    /// is never posted: it is where a problem with the step rows is shown, above them.
    /// The step rows are numbered ([`step_field`]) and read by name.
    GuideInput / GuideField {
        version: Version,
        title: Title,
        summary: Summary,
        steps: Steps,
        published: Published,
    }
}

crate::form! {
    /// A guide's text in a language other than German, as posted from the translation form
    /// (whose fields the server lists with these names, and with the numbered step fields).
    GuideTextInput / GuideTextField {
        version: Version,
        title: Title,
        summary: Summary,
        published: Published,
    }
}

/// The name of one field of step row `row` (from 1): `part` is `title`, `body`, `bring`,
/// `office`, `order` or `from`. Rows are as many as the guide has steps, plus spare
/// ones, so their names are built here, in one place for the page and the server.
pub fn step_field(row: usize, part: &str) -> String {
    format!("step_{row}_{part}")
}

/// The German guide: title, summary and its steps, each with what to bring and the
/// office it leads to. Empty step slots add steps; clearing a step's title removes it;
/// the position numbers reorder them.
#[derive(Clone, Debug, Default)]
pub struct GuideForm {
    /// None for a new guide.
    pub id: Option<i64>,
    pub version: i64,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Number of step slots shown (the steps plus empty ones).
    pub step_slots: usize,
    /// Offices a step can lead to: (id, German name).
    pub offices: Vec<(i64, String)>,
}

pub const GUIDE_FORM: &str = "guide";

#[component]
pub fn GuideFormPage(f: GuideForm, user: NavUser) -> impl IntoView {
    use GuideField as G;
    let tr = use_tr();
    let p = f.posted.clone();
    let v = move |name: &str| p.value(GUIDE_FORM, name);
    let errors = f.posted.clone();
    let e = move |name: &str| errors.error(GUIDE_FORM, name);
    let (title, action) = match f.id {
        Some(id) => (tr.t("guide-edit"), format!("/directory/manage/guides/{id}")),
        None => (tr.t("guide-new"), "/directory/manage/guides/new".to_string()),
    };
    let steps = (1..=f.step_slots)
        .map(|n| {
            let field = |k: &str| step_field(n, k);
            let chosen = v(&field("office"));
            let options = std::iter::once((String::new(), tr.t("guide-step-no-office")))
                .chain(f.offices.iter().map(|(id, name)| (id.to_string(), name.clone())))
                .map(|(value, label)| {
                    let selected = value == chosen;
                    view! { <option value=value selected=selected>{label}</option> }
                })
                .collect::<Vec<_>>();
            let label = |k: &str| tr.ta(k, &[("n", (n as i64).into())]);
            let order = v(&field("order"));
            let order = if order.is_empty() { n.to_string() } else { order };
            view! {
                <fieldset class="step-slot" data-testid=format!("step-slot-{n}")>
                    <legend>{label("guide-step-slot")}</legend>
                    <input type="hidden" name=field("from") value=v(&field("from"))/>
                    <div class="field"><label for=field("title")>{label("guide-step-title")}</label>
                        <input id=field("title") name=field("title") value=v(&field("title"))
                            maxlength="200"/></div>
                    <div class="field"><label for=field("body")>{label("guide-step-body")}</label>
                        <textarea id=field("body") name=field("body") rows="3"
                            maxlength="4000">{v(&field("body"))}</textarea></div>
                    <div class="field"><label for=field("bring")>{label("guide-step-bring")}</label>
                        <textarea id=field("bring") name=field("bring") rows="2"
                            maxlength="4000">{v(&field("bring"))}</textarea></div>
                    <div class="row">
                        <div class="field"><label for=field("office")>{tr.t("guide-step-office")}</label>
                            <select id=field("office") name=field("office")>{options}</select></div>
                        <div class="field narrow"><label for=field("order")>{tr.t("guide-step-order")}</label>
                            <input id=field("order") name=field("order") value=order inputmode="numeric"
                                maxlength="3"/></div>
                    </div>
                </fieldset>
            }
        })
        .collect::<Vec<_>>();
    let published = v(G::Published.name()) == "on";
    let preview =
        f.id.map(|id| format!("/directory/manage/preview?path=/guides/{id}"));
    view! {
        <Shell title=title.clone() current_path=action.clone() user=Some(user)>
            <BackLink href="/directory/manage" label=tr.t("directory-manage-title")/>
            <h1>{title}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {preview.map(|h| view! { <p><a href=h>{tr.t("preview-link")}</a></p> })}
            <form method="post" action=action class="card section stack">
                <input type="hidden" name=G::Version.name() value=f.version.to_string()/>
                <Field name=G::Title.name() label=tr.t("guide-title") value=v(G::Title.name())
                    error=e(G::Title.name()) required=true/>
                <TextArea name=G::Summary.name() label=tr.t("guide-summary") value=v(G::Summary.name())
                    error=e(G::Summary.name()) rows=2 maxlength=1000/>
                <h2>{tr.t("guide-steps")}</h2>
                <p class="hint">{tr.t("guide-steps-hint")}</p>
                {e(G::Steps.name()).map(|m| view! { <p class="error" role="alert">{m}</p> })}
                {steps}
                <p class="hint">{tr.t("format-hint")}</p>
                <Checkbox name=G::Published.name() label=tr.t("publish-german") checked=published/>
                <button type="submit" class="button">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}
