//! The offer form (facts, place, shift needs, German text), for a new offer and for
//! editing one.

use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select, TextArea, TheirVersion};
use crate::pages::groups::TARGET_GROUPS;
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::pages::staff::case::choices;
use leptos::prelude::*;

pub const GROUP_CATEGORIES: [&str; 9] = [
    "language_cafe",
    "tandem",
    "parents_children",
    "sports",
    "cooking",
    "forms_help",
    "homework",
    "crafts",
    "other",
];
pub const SHIFT_ROLES: [&str; 4] = ["lead", "helper", "childcare", "interpreter"];

pub const GROUP_FORM: &str = "group";

/// The offer form: facts, shift needs and the German text.
#[derive(Clone, Debug, Default)]
pub struct GroupForm {
    pub id: Option<i64>,
    pub version: i64,
    pub posted: Posted,
    pub alert: Option<String>,
    pub notice: Option<String>,
    /// Places from the directory: (office id, name).
    pub places: Vec<(String, String)>,
}

#[component]
pub fn GroupFormPage(f: GroupForm, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = f.posted.clone();
    let v = move |name: &str| p.value(GROUP_FORM, name);
    let errors = f.posted.clone();
    let e = move |name: &str| errors.error(GROUP_FORM, name);
    let (title, action) = match f.id {
        Some(id) => (tr.t("group-edit"), format!("/groups/manage/{id}")),
        None => (tr.t("group-new"), "/groups/manage/new".to_string()),
    };
    let mut places = vec![(String::new(), tr.t("group-place-address"))];
    places.extend(f.places.clone());
    let needs = SHIFT_ROLES
        .iter()
        .map(|role| {
            let name: &'static str = match *role {
                "lead" => "need_lead",
                "helper" => "need_helper",
                "childcare" => "need_childcare",
                _ => "need_interpreter",
            };
            view! {
                <Field name=name label=tr.t(&format!("shift-role-{role}")) value=v(name) error=e(name)
                    input_type="number" inputmode="numeric" maxlength=2/>
            }
        })
        .collect::<Vec<_>>();
    let plan = f
        .id
        .map(|id| view! { <p><a href=format!("/groups/manage/{id}/plan")>{tr.t("group-plan-link")}</a></p> });
    view! {
        <Shell title=title.clone() current_path=action.clone() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{title}</h1>
            <ErrorSummary message=f.alert/>
            <Notice message=f.notice/>
            <TheirVersion heading=tr.t("conflict-their-version") theirs=f.posted.theirs.clone()/>
            {plan}
            <form method="post" action=action class="card section stack" novalidate>
                <input type="hidden" name="version" value=f.version.to_string()/>
                <h2>{tr.t("office-german-text")}</h2>
                <Field name="title" label=tr.t("group-title-field") value=v("title") error=e("title") required=true/>
                <TextArea name="description" label=tr.t("group-description-field") value=v("description")
                    error=e("description") hint=tr.t("format-hint") rows=5/>
                <h2>{tr.t("group-facts")}</h2>
                <Select name="category" label=tr.t("group-category-field")
                    options=choices("group-category", &GROUP_CATEGORIES, Some(tr.t("choose")))
                    selected=v("category") error=e("category")/>
                <Select name="target_group" label=tr.t("groups-filter-target")
                    options=choices("group-target", &TARGET_GROUPS, Some(tr.t("choose")))
                    selected=v("target_group") error=e("target_group")/>
                <Select name="office_id" label=tr.t("group-where") options=places selected=v("office_id") error=e("office_id")/>
                <Field name="address" label=tr.t("group-address-field") value=v("address") error=e("address")
                    hint=tr.t("group-address-hint")/>
                <Field name="capacity" label=tr.t("group-capacity-field") value=v("capacity") error=e("capacity")
                    input_type="number" inputmode="numeric" maxlength=4 required=true/>
                <Checkbox name="childcare" label=tr.t("group-childcare") checked=v("childcare") == "on"/>
                <Checkbox name="barrier_free" label=tr.t("group-barrier-free") checked=v("barrier_free") == "on"/>
                <Field name="contact_name" label=tr.t("group-contact-name") value=v("contact_name") error=e("contact_name")/>
                <Field name="contact_phone" label=tr.t("contact-phone") value=v("contact_phone") error=e("contact_phone")
                    input_type="tel" maxlength=40/>
                <Field name="contact_email" label=tr.t("contact-email") value=v("contact_email") error=e("contact_email")
                    input_type="email" maxlength=254/>
                <fieldset>
                    <legend>{tr.t("group-needs-legend")}</legend>
                    <p class="hint">{tr.t("group-needs-hint")}</p>
                    {needs}
                </fieldset>
                <Checkbox name="published" label=tr.t("group-published") checked=v("published") == "on"/>
                <button type="submit" class="button primary">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}
