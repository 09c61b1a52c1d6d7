//! What people would like to take part in, and when (KISI seed 002: ask what people need
//! before planning offers). A client ticks it in their language, or their guide records it
//! in the intake; coordinators see it counted, never named, beside the offers that exist.

use crate::i18n::use_tr;
use crate::pages::staff::groups::GROUP_CATEGORIES;
use leptos::prelude::*;

/// When someone can come; messages `interest-time-<value>`.
pub const INTEREST_TIMES: [&str; 4] = ["weekday_am", "weekday_pm", "weekday_ev", "weekend"];

/// What one can ask for: the kinds of group offer (not "other").
pub fn interest_kinds() -> impl Iterator<Item = &'static str> {
    GROUP_CATEGORIES.into_iter().filter(|k| *k != "other")
}

crate::form! {
    /// Interests as posted. `kinds` and `times` are checkbox groups (values joined by
    /// commas); `version` the one the form was opened with (0: none stored).
    InterestsInput / InterestsField {
        version: Version,
        kinds: Kinds,
        times: Times,
        childcare: Childcare,
        district: District,
    }
}

impl InterestsInput {
    /// Only known codes, each once, in the order of `allowed`.
    pub fn ticked(joined: &str, allowed: impl Iterator<Item = &'static str>) -> Vec<&'static str> {
        let chosen: Vec<&str> = joined.split(',').map(str::trim).collect();
        allowed.filter(|a| chosen.contains(a)).collect()
    }
}

/// The boxes, for the client's page and the intake: `kinds` and `times` as stored
/// (codes separated by spaces).
#[component]
pub fn InterestBoxes(
    kinds: String,
    times: String,
    childcare: bool,
    version: i64,
    /// The municipality's districts as (id, name), and the one chosen ("" for none).
    #[prop(optional)]
    districts: Vec<(String, String)>,
    #[prop(optional)] district: String,
) -> impl IntoView {
    let tr = use_tr();
    use InterestsField as F;
    let boxes = |name: &'static str, prefix: &'static str, values: Vec<&'static str>, chosen: &str| {
        values
            .into_iter()
            .map(|v| {
                let id = format!("{name}-{v}");
                let checked = chosen.split_whitespace().any(|c| c == v);
                view! {
                    <div class="check">
                        <input type="checkbox" id=id.clone() name=name value=v checked=checked/>
                        <label for=id>{tr.t(&format!("{prefix}-{v}"))}</label>
                    </div>
                }
            })
            .collect::<Vec<_>>()
    };
    let kind_boxes = boxes(
        F::Kinds.name(),
        "group-category",
        interest_kinds().collect(),
        &kinds,
    );
    let time_boxes = boxes(F::Times.name(), "interest-time", INTEREST_TIMES.to_vec(), &times);
    view! {
        <input type="hidden" name=F::Version.name() value=version.to_string()/>
        <fieldset>
            <legend>{tr.t("interests-kinds")}</legend>
            <div class="check-grid">{kind_boxes}</div>
        </fieldset>
        <fieldset>
            <legend>{tr.t("interests-times")}</legend>
            <div class="check-grid">{time_boxes}</div>
        </fieldset>
        <div class="check">
            <input type="checkbox" id="interest-childcare" name=F::Childcare.name() value="on" checked=childcare/>
            <label for="interest-childcare">{tr.t("interests-childcare")}</label>
        </div>
        {(!districts.is_empty()).then(|| {
            let options = std::iter::once((String::new(), tr.t("interests-district-none")))
                .chain(districts.clone())
                .collect::<Vec<_>>();
            view! {
                <crate::pages::forms::Select name=F::District.name() label=tr.t("interests-district") options=options
                    selected=district.clone() optional_label=tr.t("optional")/>
            }
        })}
    }
}
