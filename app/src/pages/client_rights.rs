//! "My rights": the client asks to correct, restrict or erase their data, or to withdraw
//! a consent, and reads each answer of the data-protection officer with its date.

use super::forms::{ErrorSummary, Notice, PendingNote, Posted, Select, TextArea};
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use crate::i18n::use_tr;
use crate::privacy::{PrivacyKind, PrivacyStatus};
use leptos::prelude::*;

pub const RIGHTS_FORM: &str = "rights";

crate::form! {
    /// A request as the client posts it: what (a [`PrivacyKind`]), which consent (for a
    /// withdrawal), and in their words what it is about.
    RightsInput / RightsField {
        client_key: ClientKey,
        kind: Kind,
        consent: Consent,
        body: Body,
    }
}

#[derive(Clone, Debug)]
pub struct MyPrivacyRequest {
    pub id: i64,
    pub kind: PrivacyKind,
    /// The consent's purpose and recipient, for a withdrawal.
    pub consent: Option<String>,
    pub body: String,
    /// ISO dates.
    pub received_on: String,
    pub due_on: String,
    pub status: PrivacyStatus,
    pub answer: String,
    pub decided_on: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct MyRights {
    pub requests: Vec<MyPrivacyRequest>,
    /// Consents that can be withdrawn: (id, purpose and recipient).
    pub consents: Vec<(String, String)>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    pub posted: Posted,
    pub key: String,
}

#[component]
pub fn MyRightsPage(data: MyRights, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let form = RIGHTS_FORM;
    use RightsField as F;
    let posted = data.posted;
    let kinds = PrivacyKind::FROM_CLIENT
        .iter()
        .map(|k| (k.as_str().to_string(), tr.t(&format!("my-rights-kind-{k}"))))
        .collect::<Vec<_>>();
    let mut consents = vec![(String::new(), tr.t("my-rights-no-consent"))];
    consents.extend(data.consents.clone());
    let list = if data.requests.is_empty() {
        view! { <p class="empty">{tr.t("my-rights-none")}</p> }.into_any()
    } else {
        let items = data
            .requests
            .into_iter()
            .map(|r| {
                let open = r.status == PrivacyStatus::Open;
                let when = if open {
                    tr.ta("my-rights-due", &[("date", tr.date(&r.due_on).into())])
                } else {
                    tr.ta("my-rights-decided", &[("date", tr.date(&r.decided_on.clone().unwrap_or_default()).into())])
                };
                view! {
                    <li class="card request" id=format!("my-rights-{}", r.id) data-testid="rights-request">
                        <h3>{tr.t(&format!("my-rights-kind-{}", r.kind))}</h3>
                        <p class="muted">{tr.ta("my-rights-received", &[("date", tr.date(&r.received_on).into())])}</p>
                        {r.consent.map(|c| view! { <p>{c}</p> })}
                        {(!r.body.is_empty()).then(|| view! { <p>{r.body.clone()}</p> })}
                        <p class="badge" data-testid="rights-status">{tr.t(&format!("my-rights-status-{}", r.status))}</p>
                        <p class="muted">{when}</p>
                        {(!r.answer.is_empty()).then(|| view! {
                            <div class="answer">
                                <p class="muted">{tr.t("my-rights-answer")}</p>
                                <p class="step-text" data-testid="rights-answer">{r.answer.clone()}</p>
                            </div>
                        })}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    view! {
        <Shell title=tr.t("my-rights-title") current_path="/me/data/rights".to_string() user=Some(user)>
            <BackLink href="/me/data" label=tr.t("my-data-title")/>
            <h1><IconSvg icon=Icon::Shield/>" "{tr.t("my-rights-title")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("my-rights-intro")}</p>
            <p>{tr.t("my-rights-deadline")}</p>
            <section class="card section" aria-labelledby="h-rights-ask">
                <h2 id="h-rights-ask">{tr.t("my-rights-ask")}</h2>
                <form method="post" action="/me/data/rights" class="stack" data-queue="">
                    <input type="hidden" name=F::ClientKey.name()
                        value=posted.value_or(form, F::ClientKey.name(), &data.key)/>
                    <Select name=F::Kind.name() label=tr.t("my-rights-what")
                        selected=posted.value_or(form, F::Kind.name(), "correct")
                        options=kinds error=posted.error(form, F::Kind.name())/>
                    <Select name=F::Consent.name() label=tr.t("my-rights-which-consent")
                        selected=posted.value(form, F::Consent.name())
                        options=consents error=posted.error(form, F::Consent.name())
                        optional_label=tr.t("my-rights-only-withdraw")/>
                    <TextArea name=F::Body.name() label=tr.t("my-rights-text")
                        value=posted.value(form, F::Body.name())
                        error=posted.error(form, F::Body.name()) hint=tr.t("my-rights-text-hint")
                        rows=4 maxlength=2000/>
                    <button type="submit" class="button primary">{tr.t("my-rights-send")}</button>
                    <PendingNote/>
                </form>
            </section>
            <h2>{tr.t("my-rights-earlier")}</h2>
            {list}
        </Shell>
    }
}
