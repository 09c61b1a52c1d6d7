//! "Where does the step lead?" in a goal's step form: a name to type, never a list of
//! the county's offices (a county may have thousands). `public/step-links.js` makes it a
//! combobox; the server resolves what was posted (`web/case/step_links.rs`).

use super::plan::{LinkChoice, StepField};
use crate::i18n::use_tr;
use crate::pages::forms::Posted;
use leptos::prelude::*;

/// Where the plan page's step forms ask for suggestions while a name is typed
/// (`public/step-links.js`); raise [`STEP_LINKS_JS_VERSION`] with every change of it.
pub const STEP_LINKS_PATH: &str = "/cases/step-links";
pub const STEP_LINKS_JS_VERSION: u32 = 1;

/// Where the step leads: a name to type. Without JavaScript the server finds it when the
/// form is posted (several matches come back as a choice); with it, `step-links.js`
/// turns the field into a combobox that suggests the county's offices and guides as the
/// name is typed and fills the hidden `link` with the one chosen.
pub(super) fn link_field(
    gid: i64,
    step_form: &str,
    posted: &Posted,
    candidates: &[LinkChoice],
) -> impl IntoView {
    let tr = use_tr();
    use StepField as S;
    let id = format!("f-step-link-{gid}");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = posted.error(step_form, S::LinkQuery.name());
    let described = match error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    let invalid = error.is_some().then_some("true");
    let picked = posted.value(step_form, S::LinkPick.name());
    let choices = (posted.is(step_form) && !candidates.is_empty()).then(|| {
        let radios = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let rid = format!("{id}-pick-{i}");
                let kind = if c.is_office {
                    "plan-step-link-office"
                } else {
                    "plan-step-link-guide"
                };
                view! {
                    <div class="check">
                        <input type="radio" id=rid.clone() name=S::LinkPick.name() value=c.value.clone()
                            checked=picked == c.value/>
                        <label for=rid>{tr.ta(kind, &[("name", c.name.clone().into())])}</label>
                    </div>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <fieldset data-testid="step-link-candidates">
                <legend>{tr.t("plan-step-link-which")}</legend>
                <div class="checks">{radios}</div>
            </fieldset>
        }
    });
    view! {
        <div class="field" class:field-invalid=error.is_some()>
            <label for=id.clone()>
                {tr.t("plan-step-link")}
                <span class="optional">" (" {tr.t("optional")} ")"</span>
            </label>
            <p class="hint" id=hint_id>{tr.t("plan-step-link-hint")}</p>
            {error.clone().map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> })}
            // The suggestions' list is placed under the field, over what follows.
            <div class="combo">
                <input id=id name=S::LinkQuery.name() type="text" value=posted.value(step_form, S::LinkQuery.name())
                    autocomplete="off" maxlength="100" aria-describedby=described aria-invalid=invalid
                    data-step-links=STEP_LINKS_PATH/>
                <input type="hidden" name=S::Link.name() value=posted.value(step_form, S::Link.name())/>
            </div>
            {choices}
        </div>
    }
}
