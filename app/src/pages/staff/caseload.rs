//! The caseload: a guide's clients (a team lead's team, a coordinator's municipality).

use crate::i18n::use_tr;
use crate::pages::shell::{NavUser, Shell};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct CaseloadRow {
    pub id: i64,
    pub name: String,
    /// ISO 639 codes.
    pub languages: Vec<String>,
    pub household_size: i64,
    /// ISO date of the last contact, if any.
    pub last_contact: Option<String>,
    pub guide_name: Option<String>,
}

#[derive(Clone, Debug)]
pub enum CaseloadScope {
    Own,
    Team(String),
    Municipality(String),
}

#[derive(Clone, Debug)]
pub struct Caseload {
    pub scope: CaseloadScope,
    pub rows: Vec<CaseloadRow>,
    /// Guides create clients and open records; coordinators see the list only.
    pub can_open_records: bool,
}

#[component]
pub fn CaseloadPage(data: Caseload, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let heading = match &data.scope {
        CaseloadScope::Own => tr.t("caseload-scope-own"),
        CaseloadScope::Team(t) => tr.ta("caseload-scope-team", &[("team", t.clone().into())]),
        CaseloadScope::Municipality(m) => tr.ta(
            "caseload-scope-municipality",
            &[("municipality", m.clone().into())],
        ),
    };
    let count = tr.ta("caseload-count", &[("count", (data.rows.len() as i64).into())]);
    let show_guide = !matches!(data.scope, CaseloadScope::Own);
    let can_open = data.can_open_records;
    let rows = data
        .rows
        .into_iter()
        .map(|r| {
            let langs = r
                .languages
                .iter()
                .map(|l| tr.t(&format!("language-{l}")))
                .collect::<Vec<_>>()
                .join(", ");
            let household = tr.ta("caseload-household-size", &[("count", r.household_size.into())]);
            let last = r
                .last_contact
                .as_deref()
                .map(|d| tr.date(d))
                .unwrap_or_else(|| tr.t("caseload-no-contact"));
            let name = if can_open {
                view! { <a href=format!("/cases/{}", r.id)>{r.name}</a> }.into_any()
            } else {
                view! { <span>{r.name}</span> }.into_any()
            };
            view! {
                <tr>
                    <th scope="row" data-label=tr.t("caseload-col-name")>{name}</th>
                    <td data-label=tr.t("caseload-col-languages")>{langs}</td>
                    <td data-label=tr.t("caseload-col-household")>{household}</td>
                    <td data-label=tr.t("caseload-col-last-contact")>{last}</td>
                    {show_guide.then(|| view! {
                        <td data-label=tr.t("caseload-col-guide")>{r.guide_name.unwrap_or_default()}</td>
                    })}
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    view! {
        <Shell title=tr.t("caseload-title") current_path="/cases".to_string() user=Some(user)>
            <div class="page-head">
                <h1>{heading}</h1>
                {can_open.then(|| view! {
                    <a class="button primary" href="/cases/new">{tr.t("caseload-new-client")}</a>
                })}
            </div>
            <p class="muted">{count}</p>
            {(!can_open).then(|| view! { <p class="muted">{tr.t("coordinator-note")}</p> })}
            {if empty {
                view! { <p class="card empty">{tr.t("caseload-empty")}</p> }.into_any()
            } else {
                view! {
                    <table class="caseload">
                        <thead>
                            <tr>
                                <th scope="col">{tr.t("caseload-col-name")}</th>
                                <th scope="col">{tr.t("caseload-col-languages")}</th>
                                <th scope="col">{tr.t("caseload-col-household")}</th>
                                <th scope="col">{tr.t("caseload-col-last-contact")}</th>
                                {show_guide.then(|| view! { <th scope="col">{tr.t("caseload-col-guide")}</th> })}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                }.into_any()
            }}
        </Shell>
    }
}
