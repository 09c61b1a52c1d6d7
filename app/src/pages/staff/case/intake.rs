//! Intake (Int. A): the structured record, one form per section, each saved on its own.
//! Every field is optional; the page shows how complete the record is.

use super::{choices, CaseHead, CaseLayout};
use crate::casework::{FieldKind, IntakeSection, INTAKE_SECTIONS, SCHOOL_STATUS};
use crate::i18n::use_tr;
use crate::pages::forms::{Field, Posted, Select, TextArea, TheirVersion};
use crate::pages::staff::client_detail::RELATIONS;
use leptos::prelude::*;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Default)]
pub struct SectionState {
    pub values: BTreeMap<String, String>,
    /// 0 when never saved.
    pub version: i64,
    /// (who, ISO date) of the last save.
    pub saved: Option<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Member {
    pub first_name: String,
    pub relation: String,
    pub birth_date: Option<String>,
    pub school_status: Option<String>,
}

#[derive(Clone, Debug)]
pub struct IntakeData {
    pub sections: BTreeMap<&'static str, SectionState>,
    pub members: Vec<Member>,
    /// The adults of the household who have their own case.
    pub household: super::household::HouseholdData,
    /// Health is special-category data: only the client's own guide sees it.
    pub show_special: bool,
    pub filled: usize,
    pub total: usize,
    /// What the client would like to take part in.
    pub interests: crate::pages::interests::InterestsView,
}

crate::form! {
    /// A household member as posted. The section forms are not declared here: their
    /// fields come from [`INTAKE_SECTIONS`], so their names are data, not code.
    HouseholdMemberInput / HouseholdMemberField {
        member_first_name: MemberFirstName,
        member_birth_date: MemberBirthDate,
        relation: Relation,
        school_status: SchoolStatus,
    }
}

/// The hidden field of every section form: the version of the section it was opened
/// with, so a save over someone else's newer one is noticed. No section has a field of
/// that name.
pub const SECTION_VERSION: &str = "version";

/// The form id of a section's form, so a refused save shows again in its own form.
pub fn section_form_id(s: &IntakeSection) -> String {
    format!("intake-{}", s.key)
}

#[component]
pub fn IntakePage(head: CaseHead, data: IntakeData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("intake");
    let head_path = head.path("");
    let percent = (data.filled * 100).checked_div(data.total).unwrap_or(0);
    let completeness = tr.ta(
        "intake-completeness",
        &[
            ("filled", (data.filled as i64).into()),
            ("total", (data.total as i64).into()),
        ],
    );
    let sections = INTAKE_SECTIONS
        .iter()
        .filter(|s| data.show_special || !s.special_category)
        .map(|s| {
            let state = data.sections.get(s.key).cloned().unwrap_or_default();
            let household = (s.key == "household").then(|| {
                view! {
                    {household_part(&base, &data.members, &posted)}
                    <super::household::HouseholdLinks case_path=head.path("") data=data.household.clone()
                        posted=posted.clone()/>
                }
            });
            view! {
                <section class="card" id=format!("section-{}", s.key) aria-labelledby=format!("h-{}", s.key)>
                    <h2 id=format!("h-{}", s.key)>{tr.t(&format!("intake-section-{}", s.key))}</h2>
                    {household}
                    {section_form(&base, s, state, &posted)}
                </section>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <CaseLayout head=head tab="intake">
            <div class="completeness">
                <p id="completeness-label">{completeness}</p>
                <progress max="100" value=percent.to_string() aria-labelledby="completeness-label"></progress>
            </div>
            {(!data.show_special).then(|| view! { <p class="muted">{tr.t("intake-special-hidden")}</p> })}
            {sections}
            <crate::pages::interests::IntakeInterests case_path=head_path data=data.interests.clone()/>
        </CaseLayout>
    }
}

fn section_form(base: &str, s: &IntakeSection, state: SectionState, posted: &Posted) -> impl IntoView {
    let tr = use_tr();
    let form = section_form_id(s);
    let version = if posted.is(&form) {
        posted.value(&form, SECTION_VERSION)
    } else {
        state.version.to_string()
    };
    let fields = s
        .fields
        .iter()
        .map(|f| {
            let label = tr.t(&format!("intake-field-{}", f.name));
            let stored = state.values.get(f.name).cloned().unwrap_or_default();
            let value = posted.value_or(&form, f.name, &stored);
            let error = posted.error(&form, f.name);
            match f.kind {
                FieldKind::Text => view! {
                    <Field name=f.name label=label value=value error=error maxlength=300/>
                }
                .into_any(),
                FieldKind::Number => view! {
                    <Field name=f.name label=label value=value error=error inputmode="numeric" maxlength=3/>
                }
                .into_any(),
                FieldKind::Date => view! {
                    <Field name=f.name label=label value=value error=error input_type="date" maxlength=10/>
                }
                .into_any(),
                FieldKind::LongText => view! {
                    <TextArea name=f.name label=label value=value error=error rows=3/>
                }
                .into_any(),
                FieldKind::Choice(values) => view! {
                    <Select name=f.name label=label selected=value error=error
                        options=choices(&format!("intake-choice-{}", f.name), values, Some(tr.t("choice-none")))/>
                }
                .into_any(),
            }
        })
        .collect::<Vec<_>>();
    let saved = state.saved.map(|(who, date)| {
        tr.ta(
            "intake-saved-by",
            &[("name", who.into()), ("date", tr.date(&date).into())],
        )
    });
    let theirs = if posted.is(&form) {
        posted.theirs.clone()
    } else {
        None
    };
    view! {
        <form method="post" action=format!("{base}/{}", s.key) class="stack" novalidate>
            <input type="hidden" name=SECTION_VERSION value=version/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=theirs/>
            {fields}
            {saved.map(|s| view! { <p class="muted">{s}</p> })}
            <button type="submit" class="button">{tr.t("intake-save-section")}</button>
        </form>
    }
}

fn household_part(base: &str, members: &[Member], posted: &Posted) -> impl IntoView {
    let tr = use_tr();
    let form = "household-member";
    use HouseholdMemberField as M;
    let list = if members.is_empty() {
        view! { <p class="empty">{tr.t("client-detail-household-empty")}</p> }.into_any()
    } else {
        let items = members
            .iter()
            .map(|m| {
                let mut parts = vec![tr.t(&format!("client-relation-{}", m.relation))];
                if let Some(d) = &m.birth_date {
                    parts.push(tr.date(d));
                }
                if let Some(s) = &m.school_status {
                    parts.push(tr.t(&format!("school-status-{s}")));
                }
                view! { <li>{m.first_name.clone()}" – "{parts.join(", ")}</li> }
            })
            .collect::<Vec<_>>();
        view! { <ul class="household">{items}</ul> }.into_any()
    };
    let relation = posted.value_or(form, M::Relation.name(), "child");
    view! {
        {list}
        <details class="add-form" open=posted.is(form)>
            <summary>{tr.t("household-add-heading")}</summary>
            <form method="post" action=format!("{base}/household") class="stack" novalidate>
                <Field name=M::MemberFirstName.name() label=tr.t("household-first-name")
                    value=posted.value(form, M::MemberFirstName.name())
                    error=posted.error(form, M::MemberFirstName.name())
                    required=true maxlength=100 autocomplete="off"/>
                <Select name=M::Relation.name() label=tr.t("household-relation") selected=relation
                    options=choices("client-relation", &RELATIONS, None)/>
                <Field name=M::MemberBirthDate.name() label=tr.t("household-birth-date")
                    value=posted.value(form, M::MemberBirthDate.name())
                    error=posted.error(form, M::MemberBirthDate.name())
                    input_type="date" optional_label=tr.t("optional") autocomplete="off"/>
                <Select name=M::SchoolStatus.name() label=tr.t("household-school-status")
                    selected=posted.value(form, M::SchoolStatus.name())
                    options=choices("school-status", &SCHOOL_STATUS, Some(tr.t("choice-none")))/>
                <button type="submit" class="button">{tr.t("household-add")}</button>
            </form>
        </details>
    }
}
