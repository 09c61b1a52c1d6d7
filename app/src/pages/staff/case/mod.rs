//! A client's case file in the manager view: one page per part (intake, plan, notes,
//! appointments, referrals, consent, handover, history) under a shared header and tabs.

pub mod appointments;
pub mod closing;
pub mod consent;
pub mod handover;
pub mod history;
pub mod household;
pub mod intake;
pub mod notes;
pub mod plan;
pub mod referrals;
pub mod requests;
pub mod step_link;

use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Notice};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

/// The tabs of a case file: (key, path below `/cases/{id}`).
pub const TABS: [(&str, &str); 12] = [
    ("overview", ""),
    ("intake", "/intake"),
    ("plan", "/plan"),
    ("notes", "/notes"),
    ("appointments", "/appointments"),
    ("companions", "/companions"),
    ("referrals", "/referrals"),
    ("requests", "/requests"),
    ("consent", "/consent"),
    ("handover", "/handover"),
    ("closing", "/closing"),
    ("history", "/history"),
];

/// What every case page shows at the top.
#[derive(Clone, Debug)]
pub struct CaseHead {
    pub id: i64,
    pub name: String,
    /// The case came from another team without consent for all of its history.
    pub restricted: bool,
    /// The case is closed (read-only): the ISO date it was closed.
    pub closed_on: Option<String>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub user: NavUser,
}

impl CaseHead {
    pub fn path(&self, tab: &str) -> String {
        let suffix = TABS
            .iter()
            .find(|(k, _)| *k == tab)
            .map(|(_, p)| *p)
            .unwrap_or("");
        format!("/cases/{}{suffix}", self.id)
    }
}

/// Shell, name, tabs, notices; the page's own content below.
#[component]
pub fn CaseLayout(head: CaseHead, tab: &'static str, children: Children) -> impl IntoView {
    let tr = use_tr();
    let title = format!("{} · {}", tr.t(&format!("case-tab-{tab}")), head.name);
    let tabs = TABS
        .iter()
        .map(|(key, suffix)| {
            let href = format!("/cases/{}{suffix}", head.id);
            let current = (*key == tab).then_some("page");
            view! { <li><a href=href aria-current=current>{tr.t(&format!("case-tab-{key}"))}</a></li> }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=title current_path=head.path(tab) user=Some(head.user.clone())>
            <BackLink href="/cases" label=tr.t("nav-caseload")/>
            <h1>{head.name.clone()}</h1>
            <nav class="case-tabs" aria-label=tr.t("case-tabs-label")>
                <ul>{tabs}</ul>
            </nav>
            {head.restricted.then(|| view! { <p class="alert alert-info">{tr.t("case-restricted")}</p> })}
            {head.closed_on.clone().map(|d| {
                let text = tr.ta("case-closed-banner", &[("date", tr.date_long(&d).into())]);
                let href = head.path("closing");
                view! { <p class="alert alert-info" data-testid="case-closed">{text}" "<a href=href>{tr.t("case-closed-more")}</a></p> }
            })}
            <Notice message=head.notice.clone()/>
            <ErrorSummary message=head.alert.clone()/>
            {children()}
        </Shell>
    }
}

pub use crate::i18n::When;

/// (value, translated label) pairs for a select, with an optional empty first choice.
pub fn choices(prefix: &str, values: &[&str], empty: Option<String>) -> Vec<(String, String)> {
    let tr = use_tr();
    empty
        .map(|e| (String::new(), e))
        .into_iter()
        .chain(
            values
                .iter()
                .map(|v| (v.to_string(), tr.t(&format!("{prefix}-{v}")))),
        )
        .collect()
}
