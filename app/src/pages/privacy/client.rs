//! One client's record as the data-protection officer works with it: whether it is
//! restricted (and lifting that), the requests under data-protection law, a request that
//! came on paper, and the full export (art. 15/20).

use super::{request_line, FoundClient, RequestView};
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::privacy::PrivacyKind;
use leptos::prelude::*;

pub const PAPER_FORM: &str = "paper";

crate::form! {
    /// A request that came on paper (or in person), recorded by the officer.
    PaperInput / PaperField {
        client_key: ClientKey,
        kind: Kind,
        body: Body,
    }
}

#[derive(Clone, Debug)]
pub struct PrivacyClientData {
    pub client: FoundClient,
    /// ISO date the record was restricted.
    pub restricted_on: Option<String>,
    pub requests: Vec<RequestView>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
    pub key: String,
}

#[component]
pub fn PrivacyClientPage(user: NavUser, data: PrivacyClientData) -> impl IntoView {
    let tr = use_tr();
    use PaperField as F;
    let form = PAPER_FORM;
    let posted = data.posted;
    let c = data.client;
    let kinds = PrivacyKind::ALL
        .iter()
        .filter(|k| **k != PrivacyKind::WithdrawConsent)
        .map(|k| (k.as_str().to_string(), tr.t(&format!("privacy-kind-{k}"))))
        .collect::<Vec<_>>();
    let requests = data
        .requests
        .iter()
        .map(|r| request_line(&tr, r))
        .collect::<Vec<_>>();
    let restriction = match data.restricted_on {
        Some(on) => view! {
            <div class="alert alert-info" data-testid="privacy-restricted">
                <p>{tr.ta("privacy-restricted-since", &[("date", tr.date(&on).into())])}</p>
                <form method="post" action=format!("/privacy/clients/{}/lift", c.id)>
                    <button type="submit" class="button">{tr.t("privacy-lift")}</button>
                </form>
            </div>
        }
        .into_any(),
        None => view! { <p class="muted">{tr.t("privacy-not-restricted")}</p> }.into_any(),
    };
    let title = c.name.clone();
    view! {
        <Shell title=title.clone() current_path=format!("/privacy/clients/{}", c.id) user=Some(user)>
            <BackLink href="/privacy" label=tr.t("privacy-title")/>
            <h1>{title}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{c.number.clone().map(|n| tr.ta("privacy-number", &[("number", n.into())]))}
                {c.closed.then(|| view! { " · " {tr.t("privacy-client-closed")} })}</p>
            {restriction}
            <section class="card section" aria-labelledby="h-export">
                <h2 id="h-export">{tr.t("privacy-export")}</h2>
                <p class="muted">{tr.t("privacy-export-hint")}</p>
                <p class="actions">
                    <a class="button primary" href=format!("/privacy/clients/{}/export.json", c.id)
                        download="lotse-export.json" data-testid="privacy-export">{tr.t("privacy-export-json")}</a>
                    <a class="button" href=format!("/privacy/access?client={}", c.id)>{tr.t("privacy-client-log")}</a>
                </p>
            </section>
            <section aria-labelledby="h-client-requests">
                <h2 id="h-client-requests">{tr.t("privacy-client-requests")}</h2>
                {requests.is_empty().then(|| view! { <p class="empty">{tr.t("privacy-open-none")}</p> })}
                <ul class="plain-list">{requests}</ul>
            </section>
            <section class="card section" aria-labelledby="h-paper">
                <h2 id="h-paper">{tr.t("privacy-paper")}</h2>
                <form method="post" action=format!("/privacy/clients/{}/requests", c.id) class="stack" novalidate>
                    <input type="hidden" name=F::ClientKey.name() value=posted.value_or(form, F::ClientKey.name(), &data.key)/>
                    <Select name=F::Kind.name() label=tr.t("privacy-paper-kind")
                        selected=posted.value_or(form, F::Kind.name(), "access")
                        options=kinds error=posted.error(form, F::Kind.name())/>
                    <TextArea name=F::Body.name() label=tr.t("privacy-paper-body")
                        value=posted.value(form, F::Body.name()) error=posted.error(form, F::Body.name())
                        hint=tr.t("privacy-paper-body-hint") required=true rows=4 maxlength=2000/>
                    <button type="submit" class="button primary">{tr.t("privacy-paper-save")}</button>
                </form>
            </section>
        </Shell>
    }
}
