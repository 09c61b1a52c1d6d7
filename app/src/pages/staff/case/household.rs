//! The household's adults who have their own case (linked cases), on the intake page's
//! household section: who belongs together, a link to each case this person may open,
//! and the form to link another client of theirs. Members whose case is with someone
//! else are counted, never named.

use crate::i18n::use_tr;
use crate::pages::forms::{Posted, Select};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct HouseholdData {
    /// Linked clients this person may open: (client id, name, case closed).
    pub members: Vec<(i64, String, bool)>,
    /// Linked clients whose case is with someone else: counted only.
    pub others: usize,
    /// Clients this person works with who could be linked: (id, name).
    pub candidates: Vec<(String, String)>,
}

crate::form! {
    /// The client to link into this household.
    HouseholdLinkInput / HouseholdLinkField {
        member: Member,
    }
}

/// The form's name in [`Posted`].
pub const HOUSEHOLD_LINK_FORM: &str = "household-link";

#[component]
pub fn HouseholdLinks(
    /// The case's path, `/cases/{id}`.
    case_path: String,
    data: HouseholdData,
    posted: Posted,
) -> impl IntoView {
    let tr = use_tr();
    let form = HOUSEHOLD_LINK_FORM;
    let member = HouseholdLinkField::Member.name();
    let items = data
        .members
        .iter()
        .map(|(id, name, closed)| {
            let unlink = format!("{case_path}/household/{id}/unlink");
            let label = tr.ta("household-unlink", &[("name", name.clone().into())]);
            view! {
                <li class="linked-member">
                    <a href=format!("/cases/{id}")>{name.clone()}</a>
                    {closed.then(|| view! { " " <span class="badge">{tr.t("household-case-closed")}</span> })}
                    <form method="post" action=unlink class="inline-form">
                        <button type="submit" class="link-button" aria-label=label>{tr.t("household-unlink-short")}</button>
                    </form>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let others = (data.others > 0)
        .then(|| view! { <p class="muted">{tr.ta("household-others", &[("count", (data.others as i64).into())])}</p> });
    let empty = data.members.is_empty() && data.others == 0;
    let options = std::iter::once((String::new(), tr.t("household-choose")))
        .chain(data.candidates.iter().cloned())
        .collect::<Vec<_>>();
    let can_link = !data.candidates.is_empty();
    let open = posted.error(form, member).is_some();
    view! {
        <div class="household-links" id="household">
            <h3>{tr.t("household-linked-heading")}</h3>
            <p class="muted">{tr.t("household-linked-hint")}</p>
            {empty.then(|| view! { <p class="empty">{tr.t("household-linked-empty")}</p> })}
            {(!items.is_empty()).then(|| view! { <ul class="linked-members">{items}</ul> })}
            {others}
            {can_link.then(|| view! {
                <details class="add-form" open=open>
                    <summary>{tr.t("household-link-heading")}</summary>
                    <form method="post" action=format!("{case_path}/household") class="stack" novalidate>
                        <Select name=member label=tr.t("household-link-member") selected=posted.value(form, member)
                            options=options error=posted.error(form, member) id="f-link-member".to_string()/>
                        <button type="submit" class="button">{tr.t("household-link")}</button>
                    </form>
                </details>
            })}
        </div>
    }
}
