//! The caseload: a guide's clients (a team lead's team, a coordinator's municipality)
//! with what needs doing next, sorted and filtered, searchable by name.

use crate::casework::FIELDS;
use crate::i18n::use_tr;
use crate::pages::complaints::ComplaintsCard;
use crate::pages::forms::{Field, Notice, Select};
use crate::pages::pager::{query_string, Pager, Paging};
use crate::pages::shell::{NavUser, Shell};
use crate::pages::staff::case::{choices, When};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct CaseloadRow {
    pub id: i64,
    pub name: String,
    /// ISO 639 codes.
    pub languages: Vec<String>,
    /// ISO date of the last contact, if any.
    pub last_contact: Option<String>,
    pub guide_name: Option<String>,
    /// The open step due first: (ISO date, text).
    pub next_step: Option<(String, String)>,
    pub overdue: bool,
    pub next_appointment: Option<When>,
    pub open_requests: i64,
}

#[derive(Clone, Debug)]
pub enum CaseloadScope {
    Own,
    Team(String),
    Municipality(String),
}

/// Sort orders; message `caseload-sort-<key>`.
pub const SORTS: [&str; 4] = ["due", "name", "contact", "appointment"];

#[derive(Clone, Debug, Default)]
pub struct CaseloadFilters {
    pub q: String,
    pub sort: String,
    pub field: String,
    pub guide: String,
    /// "" (open cases) or "closed".
    pub state: String,
    /// Team members to filter by (team leads only): (id, name).
    pub guides: Vec<(i64, String)>,
}

/// A case this guide or team handed over: (client, to whom, ISO date).
#[derive(Clone, Debug)]
pub struct HandedOver {
    pub client: String,
    pub to: String,
    pub on: String,
}

#[derive(Clone, Debug)]
pub struct Caseload {
    pub scope: CaseloadScope,
    pub rows: Vec<CaseloadRow>,
    /// Guides create clients and open records; coordinators see the list only.
    pub can_open_records: bool,
    /// Team leads and coordinators move caseloads.
    pub can_move: bool,
    /// Complaints on this person's desk: (open, overdue).
    pub complaints: Option<(i64, i64)>,
    pub filters: CaseloadFilters,
    pub handed_over: Vec<HandedOver>,
    pub notice: Option<String>,
    /// All rows that match, over every page.
    pub total: i64,
    pub paging: Paging,
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
    let count = tr.ta("caseload-count", &[("count", data.total.into())]);
    let show_guide = !matches!(data.scope, CaseloadScope::Own);
    let can_open = data.can_open_records;
    let f = data.filters.clone();
    // A caseload has 150 rows: look each label up once, not once per row.
    let [l_name, l_next, l_appointment, l_requests, l_last, l_languages, l_guide] = [
        "caseload-col-name",
        "caseload-col-next-step",
        "caseload-col-next-appointment",
        "caseload-col-requests",
        "caseload-col-last-contact",
        "caseload-col-languages",
        "caseload-col-guide",
    ]
    .map(|id| tr.t(id));
    let overdue_label = tr.t("plan-overdue");
    let no_contact = tr.t("caseload-no-contact");
    let mut language_names = std::collections::HashMap::<String, String>::new();
    let rows = data
        .rows
        .into_iter()
        .map(|r| {
            let langs = r
                .languages
                .iter()
                .map(|l| {
                    language_names
                        .entry(l.clone())
                        .or_insert_with(|| tr.t(&format!("language-{l}")))
                        .clone()
                })
                .collect::<Vec<_>>()
                .join(", ");
            let last = r
                .last_contact
                .as_deref()
                .map(|d| tr.date(d))
                .unwrap_or_else(|| no_contact.clone());
            let name = if can_open {
                view! { <a href=format!("/cases/{}", r.id)>{r.name}</a> }.into_any()
            } else {
                view! { <span>{r.name}</span> }.into_any()
            };
            let next = match r.next_step {
                Some((due, text)) => view! {
                    <span class:overdue-text=r.overdue>
                        {r.overdue.then(|| view! { <span class="badge badge-warn">{overdue_label.clone()}</span>" " })}
                        {tr.date(&due)}{(!text.is_empty()).then(|| format!(": {text}"))}
                    </span>
                }
                .into_any(),
                None => view! { <span class="muted">"–"</span> }.into_any(),
            };
            let appointment = r.next_appointment.map(|w| w.show(&tr)).unwrap_or_else(|| "–".into());
            let requests = if r.open_requests > 0 {
                view! { <span class="badge badge-warn">{tr.number(r.open_requests)}</span> }.into_any()
            } else {
                view! { <span class="muted">"0"</span> }.into_any()
            };
            view! {
                <tr class:overdue=r.overdue>
                    <th scope="row" data-label=l_name.clone()>{name}</th>
                    <td data-label=l_next.clone()>{next}</td>
                    <td data-label=l_appointment.clone()>{appointment}</td>
                    <td data-label=l_requests.clone()>{requests}</td>
                    <td data-label=l_last.clone()>{last}</td>
                    <td data-label=l_languages.clone()>{langs}</td>
                    {show_guide.then(|| view! {
                        <td data-label=l_guide.clone()>{r.guide_name.unwrap_or_default()}</td>
                    })}
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    // Listing clients by a health goal is special-category data: only in one's own list.
    let fields: Vec<&str> = FIELDS
        .iter()
        .copied()
        .filter(|f| matches!(data.scope, CaseloadScope::Own) || *f != crate::casework::HEALTH_FIELD)
        .collect();
    let filtered = !f.q.is_empty() || !f.field.is_empty() || !f.guide.is_empty() || !f.state.is_empty();
    let guide_filter = (!f.guides.is_empty()).then(|| {
        let options = std::iter::once((String::new(), tr.t("caseload-all-guides")))
            .chain(f.guides.iter().map(|(id, n)| (id.to_string(), n.clone())))
            .collect::<Vec<_>>();
        view! { <Select name="guide" label=tr.t("caseload-filter-guide") selected=f.guide.clone() options=options/> }
    });
    let query = query_string(&[
        ("q", &f.q),
        ("sort", &f.sort),
        ("field", &f.field),
        ("guide", &f.guide),
        ("state", &f.state),
    ]);
    let base = format!("/cases?{query}");
    let handed_over = (!data.handed_over.is_empty()).then(|| {
        let items = data
            .handed_over
            .iter()
            .map(|h| {
                view! {
                    <li>{tr.ta("caseload-handed-over-item", &[
                        ("client", h.client.clone().into()),
                        ("to", h.to.clone().into()),
                        ("date", tr.date(&h.on).into()),
                    ])}</li>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <section class="card" aria-labelledby="h-handed-over">
                <h2 id="h-handed-over">{tr.t("caseload-handed-over")}</h2>
                <ul class="history">{items}</ul>
            </section>
        }
    });
    view! {
        <Shell title=tr.t("caseload-title") current_path="/cases".to_string() user=Some(user)>
            <div class="page-head">
                <h1>{heading}</h1>
                {can_open.then(|| view! {
                    <a class="button primary" href="/cases/new">{tr.t("caseload-new-client")}</a>
                })}
            </div>
            <Notice message=data.notice/>
            {data.complaints.map(|(open, late)| view! { <ComplaintsCard open=open late=late/> })}
            <nav class="quick-links" aria-label=tr.t("caseload-more")>
                <a href="/interpreters">{tr.t("interpreters-title")}</a>
                <a href="/templates">{tr.t("templates-title")}</a>
                <a href="/directory/manage">{tr.t("caseload-directory")}</a>
                <a href="/account/security">{tr.t("two-factor-link")}</a>
                {data.can_move.then(|| view! { <a href="/cases/move">{tr.t("moves-title")}</a> })}
                {can_open.then(|| view! { <a href="/cases/deputies">{tr.t("deputy-title")}</a> })}
                {(!can_open).then(|| view! {
                    <a href="/groups/manage">{tr.t("caseload-groups")}</a>
                    <a href="/admin/staff">{tr.t("admin-staff-link")}</a>
                    <a href="/admin/organisation">{tr.t("admin-organisation-link")}</a>
                })}
            </nav>
            <form method="get" action="/cases" class="filters" role="search">
                <Field name="q" label=tr.t("caseload-search") value=f.q.clone() input_type="search"
                    autocomplete="off" maxlength=100/>
                <Select name="sort" label=tr.t("caseload-sort") selected=f.sort.clone()
                    options=choices("caseload-sort", &SORTS, None)/>
                <Select name="field" label=tr.t("caseload-filter-field") selected=f.field.clone()
                    options=choices("field", &fields, Some(tr.t("caseload-all-fields")))/>
                {guide_filter}
                <Select name="state" label=tr.t("caseload-state") selected=f.state.clone()
                    options=vec![(String::new(), tr.t("caseload-state-open")), ("closed".into(), tr.t("caseload-state-closed"))]/>
                <div class="filter-actions">
                    <button type="submit" class="button">{tr.t("caseload-apply")}</button>
                    {filtered.then(|| view! { <a href="/cases">{tr.t("caseload-reset")}</a> })}
                </div>
            </form>
            <p class="muted" role="status">{count}</p>
            {(!can_open).then(|| view! { <p class="muted">{tr.t("coordinator-note")}</p> })}
            {if empty {
                let msg = if filtered { tr.t("caseload-no-match") } else { tr.t("caseload-empty") };
                view! { <p class="card empty">{msg}</p> }.into_any()
            } else {
                view! {
                    <table class="caseload">
                        <thead>
                            <tr>
                                <th scope="col">{l_name}</th>
                                <th scope="col">{l_next}</th>
                                <th scope="col">{l_appointment}</th>
                                <th scope="col">{l_requests}</th>
                                <th scope="col">{l_last}</th>
                                <th scope="col">{l_languages}</th>
                                {show_guide.then(|| view! { <th scope="col">{l_guide}</th> })}
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                    <Pager paging=data.paging base=base/>
                }.into_any()
            }}
            {handed_over}
        </Shell>
    }
}
