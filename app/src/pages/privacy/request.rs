//! One request under data-protection law: what was asked, by whom, by when, and the
//! officer's decision with the reason the client reads.

use super::RequestView;
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, ErrorSummary, Notice, Posted, Select, TextArea};
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::privacy::{PrivacyKind, PrivacyStatus};
use leptos::prelude::*;

pub const DECIDE_FORM: &str = "decide";

crate::form! {
    /// A decision as posted: the outcome, the reason the client reads, the version the
    /// form was opened with, and (for a granted erasure) whether the whole record goes.
    DecideInput / DecideField {
        version: Version,
        status: Status,
        answer: Answer,
        erase_all: EraseAll,
    }
}

#[derive(Clone, Debug)]
pub struct RequestPageData {
    pub request: RequestView,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
}

#[component]
pub fn PrivacyRequestPage(user: NavUser, data: RequestPageData) -> impl IntoView {
    let tr = use_tr();
    use DecideField as F;
    let form = DECIDE_FORM;
    let posted = data.posted;
    let r = data.request;
    let title = tr.t(&format!("privacy-kind-{}", r.kind));
    let outcomes = PrivacyStatus::ALL
        .iter()
        .filter(|s| **s != PrivacyStatus::Open)
        .map(|s| (s.as_str().to_string(), tr.t(&format!("privacy-status-{s}"))))
        .collect::<Vec<_>>();
    let client = match &r.client {
        Some((id, name, number)) => view! {
            <p>
                <a href=format!("/privacy/clients/{id}") data-testid="privacy-client-link">{name.clone()}</a>
                {number.clone().map(|n| format!(" · {n}"))}
                {r.restricted.then(|| view! { <span class="badge">{tr.t("privacy-client-restricted")}</span> })}
            </p>
        }
        .into_any(),
        None => view! { <p>{tr.t("privacy-client-erased")}</p> }.into_any(),
    };
    let decision = if r.status == PrivacyStatus::Open {
        let erase = (r.kind == PrivacyKind::Erase && r.client.is_some()).then(|| {
            view! {
                <Checkbox name=F::EraseAll.name() label=tr.t("privacy-erase-all")
                    checked=!posted.value(form, F::EraseAll.name()).is_empty()/>
                <p class="hint">{tr.t("privacy-erase-all-hint")}</p>
            }
        });
        view! {
            <section class="card section" aria-labelledby="h-decide">
                <h2 id="h-decide">{tr.t("privacy-decide")}</h2>
                <p class="muted">{tr.t(&format!("privacy-decide-hint-{}", r.kind))}</p>
                <form method="post" action=format!("/privacy/requests/{}", r.id) class="stack" novalidate>
                    <input type="hidden" name=F::Version.name() value=r.version.to_string()/>
                    <Select name=F::Status.name() label=tr.t("privacy-outcome")
                        selected=posted.value_or(form, F::Status.name(), "granted")
                        options=outcomes error=posted.error(form, F::Status.name())/>
                    <TextArea name=F::Answer.name() label=tr.t("privacy-answer")
                        value=posted.value(form, F::Answer.name()) hint=tr.t("privacy-answer-hint")
                        error=posted.error(form, F::Answer.name()) required=true rows=5 maxlength=4000/>
                    {erase}
                    <button type="submit" class="button primary">{tr.t("privacy-decide-save")}</button>
                </form>
            </section>
        }
        .into_any()
    } else {
        // A colleague decided while this officer wrote: their text stays readable.
        let typed = posted.value(form, F::Answer.name());
        let kept = (!typed.is_empty()).then(|| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p>{posted.error(form, F::Status.name()).unwrap_or_default()}</p>
                    <h3>{tr.t("privacy-answer")}</h3>
                    <p class="step-text" data-testid="privacy-kept">{typed}</p>
                </div>
            }
        });
        view! {
            {kept}
            <section class="card section" aria-labelledby="h-decided">
                <h2 id="h-decided">{tr.t(&format!("privacy-status-{}", r.status))}</h2>
                <p class="muted">{tr.ta("privacy-decided-by", &[
                    ("name", r.decided_by.clone().unwrap_or_default().into()),
                    ("date", tr.date(&r.decided_on.clone().unwrap_or_default()).into()),
                ])}</p>
                <p class="step-text">{r.answer.clone()}</p>
            </section>
        }
        .into_any()
    };
    view! {
        <Shell title=title.clone() current_path=format!("/privacy/requests/{}", r.id) user=Some(user)>
            <BackLink href="/privacy" label=tr.t("privacy-title")/>
            <h1>{title}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            {client}
            <dl class="facts">
                <dt>{tr.t("privacy-received-label")}</dt>
                <dd>{tr.date(&r.received_on)}" · "{tr.t(&format!("privacy-channel-{}", r.channel))}</dd>
                <dt>{tr.t("privacy-due-label")}</dt>
                <dd>{tr.date(&r.due_on)}{r.overdue.then(|| view! { " " <span class="badge badge-warn">{tr.t("privacy-overdue")}</span> })}</dd>
                {r.consent.clone().map(|c| view! { <dt>{tr.t("privacy-consent")}</dt><dd>{c}</dd> })}
            </dl>
            {(!r.body.is_empty()).then(|| view! {
                <h2>{tr.t("privacy-body")}</h2>
                <p class="step-text">{r.body.clone()}</p>
            })}
            {decision}
        </Shell>
    }
}
