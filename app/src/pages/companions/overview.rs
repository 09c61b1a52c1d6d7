//! The volunteer coordination's overview of one-to-one tasks: what is open (someone must
//! be found), who holds what, what ended lately. Never the client, the place or what to
//! bring: that is the case's.

use crate::companions::{CompanionKind, CompanionStatus};
use crate::i18n::{use_tr, When};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct OverviewLine {
    pub kind: CompanionKind,
    pub status: CompanionStatus,
    pub when: When,
    pub district: Option<String>,
    pub language: String,
    pub volunteer: Option<String>,
    pub asked: i64,
    pub declined: i64,
}

#[component]
pub fn CompanionOverviewPage(lines: Vec<OverviewLine>, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let open = lines.iter().filter(|l| l.status == CompanionStatus::Open).count() as i64;
    let rows = lines
        .iter()
        .map(|l| {
            let asked = tr.ta(
                "companion-overview-asked",
                &[("asked", l.asked.into()), ("declined", l.declined.into())],
            );
            view! {
                <tr class:gap=l.status == CompanionStatus::Open>
                    <th scope="row">{tr.t(&format!("companion-kind-{}", l.kind))}</th>
                    <td>{tr.t(&format!("companion-status-{}", l.status))}</td>
                    <td>{l.when.show(&tr)}</td>
                    <td>{l.district.clone().unwrap_or_default()}</td>
                    <td>{tr.t(&format!("language-{}", l.language))}</td>
                    <td>{l.volunteer.clone().unwrap_or_default()}</td>
                    <td>{asked}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    view! {
        <Shell title=tr.t("companion-overview-title") current_path="/groups/manage/companions".to_string() user=Some(user)>
            <BackLink href="/groups/manage" label=tr.t("groups-manage-title")/>
            <h1>{tr.t("companion-overview-title")}</h1>
            <p>{tr.t("companion-overview-intro")}</p>
            <p class="card" data-testid="companion-overview-open">{tr.ta("companion-overview-open", &[("count", open.into())])}</p>
            {if empty {
                view! { <p class="card empty">{tr.t("companion-overview-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-labelledby="companion-overview-caption">
                        <table>
                            <caption id="companion-overview-caption">{tr.t("companion-overview-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{tr.t("companion-kind")}</th>
                                <th scope="col">{tr.t("companion-overview-col-status")}</th>
                                <th scope="col">{tr.t("companion-overview-col-when")}</th>
                                <th scope="col">{tr.t("companion-district")}</th>
                                <th scope="col">{tr.t("companion-overview-col-language")}</th>
                                <th scope="col">{tr.t("companion-overview-col-volunteer")}</th>
                                <th scope="col">{tr.t("companion-asks")}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </Shell>
    }
}
