//! The data-protection officer's pages: the requests under data-protection law with
//! their deadlines, one request with its decision, one client's record (restriction,
//! requests made on paper, the full export) and the access log.

pub mod access_log;
pub mod client;
pub mod record;
pub mod request;
pub mod retention;

use super::forms::Notice;
use super::shell::{NavUser, Shell};
use crate::i18n::use_tr;
use crate::i18n::Tr;
use crate::privacy::{PrivacyKind, PrivacyStatus};
use leptos::prelude::*;

/// A request as the officer's pages show it.
#[derive(Clone, Debug)]
pub struct RequestView {
    pub id: i64,
    pub kind: PrivacyKind,
    /// `app` or `paper`.
    pub channel: String,
    /// The client (None after their record was erased): id, name, Lotse number.
    pub client: Option<(i64, String, Option<String>)>,
    pub consent: Option<String>,
    pub body: String,
    /// ISO dates.
    pub received_on: String,
    pub due_on: String,
    pub overdue: bool,
    pub status: PrivacyStatus,
    pub answer: String,
    pub decided_on: Option<String>,
    pub decided_by: Option<String>,
    pub restricted: bool,
    pub version: i64,
}

/// A client found by number or name.
#[derive(Clone, Debug)]
pub struct FoundClient {
    pub id: i64,
    pub name: String,
    pub number: Option<String>,
    pub closed: bool,
    pub restricted: bool,
}

#[derive(Clone, Debug, Default)]
pub struct PrivacyHomeData {
    pub overdue: i64,
    pub open: Vec<RequestView>,
    pub decided: Vec<RequestView>,
    pub q: String,
    /// None: nobody was searched for.
    pub found: Option<Vec<FoundClient>>,
    pub notice: Option<String>,
    /// Complaints routed to the officer (the app, say), when some are open: (open, late).
    pub complaints: Option<(i64, i64)>,
}

/// One line of the list: kind, client, received, deadline or decision.
fn request_line(tr: &Tr, r: &RequestView) -> impl IntoView {
    let who = match &r.client {
        Some((_, name, number)) => match number {
            Some(n) => format!("{name} · {n}"),
            None => name.clone(),
        },
        None => tr.t("privacy-client-erased"),
    };
    let state = if r.status == PrivacyStatus::Open {
        tr.ta("privacy-due", &[("date", tr.date(&r.due_on).into())])
    } else {
        format!(
            "{} · {}",
            tr.t(&format!("privacy-status-{}", r.status)),
            r.decided_on.as_deref().map(|d| tr.date(d)).unwrap_or_default()
        )
    };
    view! {
        <li class="card" data-testid="privacy-request">
            <h3><a href=format!("/privacy/requests/{}", r.id)>{tr.t(&format!("privacy-kind-{}", r.kind))}</a></h3>
            <p>{who}</p>
            <p class="muted">{tr.ta("privacy-received", &[("date", tr.date(&r.received_on).into())])}
                " · "{tr.t(&format!("privacy-channel-{}", r.channel))}</p>
            <p class="badge" class:badge-warn=r.overdue>{if r.overdue { tr.t("privacy-overdue") } else { state }}</p>
        </li>
    }
}

/// Clients found by number or name, each linking to their record's page.
fn found_list(tr: &Tr, found: Vec<FoundClient>) -> AnyView {
    if found.is_empty() {
        return view! { <p class="empty">{tr.t("privacy-found-none")}</p> }.into_any();
    }
    let items = found
        .into_iter()
        .map(|c| {
            let mut tags = vec![];
            if c.closed {
                tags.push(tr.t("privacy-client-closed"));
            }
            if c.restricted {
                tags.push(tr.t("privacy-client-restricted"));
            }
            view! {
                <li>
                    <a href=format!("/privacy/clients/{}", c.id)>{c.name}</a>
                    {c.number.map(|n| format!(" · {n}"))}
                    {(!tags.is_empty()).then(|| view! { <span class="muted">" · "{tags.join(", ")}</span> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! { <ul class="plain-list">{items}</ul> }.into_any()
}

#[component]
pub fn PrivacyHomePage(user: NavUser, data: PrivacyHomeData) -> impl IntoView {
    let tr = use_tr();
    let open = data.open.iter().map(|r| request_line(&tr, r)).collect::<Vec<_>>();
    let decided = data
        .decided
        .iter()
        .map(|r| request_line(&tr, r))
        .collect::<Vec<_>>();
    let found = data.found.map(|f| found_list(&tr, f));
    view! {
        <Shell title=tr.t("privacy-title") current_path="/privacy".to_string() user=Some(user)>
            <h1>{tr.t("privacy-title")}</h1>
            <Notice message=data.notice/>
            {data.complaints.map(|(open, late)| view! { <crate::pages::complaints::ComplaintsCard open=open late=late/> })}
            <p>{tr.t("privacy-intro")}</p>
            <p class="actions">
                <a class="button" href="/privacy/access">{tr.t("privacy-access-title")}</a>
                <a class="button" href="/privacy/retention">{tr.t("retention-title")}</a>
                <a class="button" href="/privacy/record">{tr.t("record-title")}</a>
            </p>
            {(data.overdue > 0).then(|| view! {
                <p class="alert alert-error" role="status" data-testid="privacy-overdue">
                    {tr.ta("privacy-overdue-count", &[("count", data.overdue.into())])}
                </p>
            })}
            <section aria-labelledby="h-privacy-open">
                <h2 id="h-privacy-open">{tr.t("privacy-open")}</h2>
                {open.is_empty().then(|| view! { <p class="empty">{tr.t("privacy-open-none")}</p> })}
                <ul class="plain-list">{open}</ul>
            </section>
            <section class="card section" aria-labelledby="h-privacy-find">
                <h2 id="h-privacy-find">{tr.t("privacy-find")}</h2>
                <p class="muted">{tr.t("privacy-find-hint")}</p>
                <form method="get" action="/privacy" class="stack" role="search">
                    <div class="field">
                        <label for="f-q">{tr.t("privacy-find-label")}</label>
                        <input id="f-q" name="q" type="search" value=data.q maxlength="100"/>
                    </div>
                    <button type="submit" class="button">{tr.t("privacy-find-go")}</button>
                </form>
                {found}
            </section>
            <section aria-labelledby="h-privacy-decided">
                <h2 id="h-privacy-decided">{tr.t("privacy-decided")}</h2>
                {decided.is_empty().then(|| view! { <p class="empty">{tr.t("privacy-decided-none")}</p> })}
                <ul class="plain-list">{decided}</ul>
            </section>
        </Shell>
    }
}
