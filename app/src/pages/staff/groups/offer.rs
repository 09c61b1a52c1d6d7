//! The offer form (facts, place, shift needs, German text), for a new offer and for
//! editing one.

use crate::domain::ShiftRole;
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Field, Notice, Posted, Select, TextArea, TheirVersion};
use crate::pages::groups::TARGET_GROUPS;
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::pages::staff::case::choices;
use leptos::prelude::*;

pub const GROUP_CATEGORIES: [&str; 10] = [
    "language_cafe",
    "tandem",
    "parents_children",
    "womens_group",
    "sports",
    "cooking",
    "forms_help",
    "homework",
    "crafts",
    "other",
];

pub const GROUP_FORM: &str = "group";

crate::form! {
    /// An offer as posted: its German text, the facts, the place and how many volunteers
    /// of each role a session needs. `version` is the one the form was opened with.
    GroupInput / GroupField {
        version: Version,
        title: Title,
        description: Description,
        category: Category,
        target_group: TargetGroup,
        office_id: OfficeId,
        address: Address,
        capacity: Capacity,
        childcare: Childcare,
        barrier_free: BarrierFree,
        contact_name: ContactName,
        contact_phone: ContactPhone,
        contact_email: ContactEmail,
        need_lead: NeedLead,
        need_helper: NeedHelper,
        need_childcare: NeedChildcare,
        need_interpreter: NeedInterpreter,
        published: Published,
    }
}

impl GroupField {
    /// The field for how many volunteers of `role` each session needs.
    pub const fn need(role: ShiftRole) -> GroupField {
        match role {
            ShiftRole::Lead => GroupField::NeedLead,
            ShiftRole::Helper => GroupField::NeedHelper,
            ShiftRole::Childcare => GroupField::NeedChildcare,
            ShiftRole::Interpreter => GroupField::NeedInterpreter,
        }
    }
}

impl GroupInput {
    /// How many volunteers of `role` each session needs, as typed.
    pub fn need(&self, role: ShiftRole) -> &str {
        match role {
            ShiftRole::Lead => &self.need_lead,
            ShiftRole::Helper => &self.need_helper,
            ShiftRole::Childcare => &self.need_childcare,
            ShiftRole::Interpreter => &self.need_interpreter,
        }
    }
}

crate::form! {
    /// An offer's text in one language other than German, as posted from the translation
    /// form (whose fields the server lists with these names).
    GroupTextInput / GroupTextField {
        version: Version,
        title: Title,
        description: Description,
        published: Published,
    }
}

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
    use GroupField as G;
    let needs = ShiftRole::ALL
        .iter()
        .map(|role| {
            let name = G::need(*role).name();
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
                <input type="hidden" name=G::Version.name() value=f.version.to_string()/>
                <h2>{tr.t("office-german-text")}</h2>
                <Field name=G::Title.name() label=tr.t("group-title-field") value=v(G::Title.name())
                    error=e(G::Title.name()) required=true/>
                <TextArea name=G::Description.name() label=tr.t("group-description-field")
                    value=v(G::Description.name()) error=e(G::Description.name())
                    hint=tr.t("format-hint") rows=5/>
                <h2>{tr.t("group-facts")}</h2>
                <Select name=G::Category.name() label=tr.t("group-category-field")
                    options=choices("group-category", &GROUP_CATEGORIES, Some(tr.t("choose")))
                    selected=v(G::Category.name()) error=e(G::Category.name())/>
                <Select name=G::TargetGroup.name() label=tr.t("groups-filter-target")
                    options=choices("group-target", &TARGET_GROUPS, Some(tr.t("choose")))
                    selected=v(G::TargetGroup.name()) error=e(G::TargetGroup.name())/>
                <Select name=G::OfficeId.name() label=tr.t("group-where") options=places
                    selected=v(G::OfficeId.name()) error=e(G::OfficeId.name())/>
                <Field name=G::Address.name() label=tr.t("group-address-field") value=v(G::Address.name())
                    error=e(G::Address.name()) hint=tr.t("group-address-hint")/>
                <Field name=G::Capacity.name() label=tr.t("group-capacity-field") value=v(G::Capacity.name())
                    error=e(G::Capacity.name()) input_type="number" inputmode="numeric" maxlength=4
                    required=true/>
                <Checkbox name=G::Childcare.name() label=tr.t("group-childcare")
                    checked=v(G::Childcare.name()) == "on"/>
                <Checkbox name=G::BarrierFree.name() label=tr.t("group-barrier-free")
                    checked=v(G::BarrierFree.name()) == "on"/>
                <Field name=G::ContactName.name() label=tr.t("group-contact-name")
                    value=v(G::ContactName.name()) error=e(G::ContactName.name())/>
                <Field name=G::ContactPhone.name() label=tr.t("contact-phone")
                    value=v(G::ContactPhone.name()) error=e(G::ContactPhone.name())
                    input_type="tel" maxlength=40/>
                <Field name=G::ContactEmail.name() label=tr.t("contact-email")
                    value=v(G::ContactEmail.name()) error=e(G::ContactEmail.name())
                    input_type="email" maxlength=254/>
                <fieldset>
                    <legend>{tr.t("group-needs-legend")}</legend>
                    <p class="hint">{tr.t("group-needs-hint")}</p>
                    {needs}
                </fieldset>
                <Checkbox name=G::Published.name() label=tr.t("group-published")
                    checked=v(G::Published.name()) == "on"/>
                <button type="submit" class="button primary">{tr.t("save")}</button>
            </form>
        </Shell>
    }
}
