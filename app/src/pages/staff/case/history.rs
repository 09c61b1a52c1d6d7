//! Who read or changed this case file, and when (from the access log).

use super::{CaseHead, CaseLayout, When};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct AccessView {
    pub at: When,
    pub who: String,
    pub role: String,
    pub action: String,
    pub detail: String,
}

#[component]
pub fn HistoryPage(head: CaseHead, entries: Vec<AccessView>) -> impl IntoView {
    let tr = use_tr();
    let rows = entries
        .iter()
        .map(|e| {
            let detail = if e.detail.is_empty() {
                String::new()
            } else {
                tr.t(&format!("access-detail-{}", e.detail))
            };
            view! {
                <tr>
                    <td data-label=tr.t("access-col-when")>{e.at.show(&tr)}</td>
                    <td data-label=tr.t("access-col-who")>{e.who.clone()}" ("{tr.t(&format!("role-{}", e.role))}")"</td>
                    <td data-label=tr.t("access-col-what")>{tr.t(&format!("access-action-{}", e.action))}" "{detail}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <CaseLayout head=head tab="history">
            <p>{tr.t("access-intro")}</p>
            <table class="caseload access-log">
                <thead>
                    <tr>
                        <th scope="col">{tr.t("access-col-when")}</th>
                        <th scope="col">{tr.t("access-col-who")}</th>
                        <th scope="col">{tr.t("access-col-what")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </CaseLayout>
    }
}
