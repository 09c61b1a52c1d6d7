//! Referrals to offices and services, with status and outcome.

use super::{choices, CaseHead, CaseLayout};
use crate::casework::{ReferralStatus, SERVICES};
use crate::i18n::use_tr;
use crate::pages::forms::{Field, Posted, Select, TextArea};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct ReferralView {
    pub id: i64,
    pub service: String,
    pub recipient: String,
    pub reason: String,
    pub status: ReferralStatus,
    pub outcome: Option<String>,
    /// ISO date.
    pub created_on: String,
    pub version: i64,
}

crate::form! {
    /// A new referral: to which service, to whom, and why.
    ReferralInput / ReferralField {
        service: Service,
        recipient: Recipient,
        reason: Reason,
    }
}

crate::form! {
    /// A referral's status and outcome. `version` is the one the form was opened with, so
    /// a change made meanwhile by someone else is not overwritten.
    ReferralUpdateInput / ReferralUpdateField {
        version: Version,
        status: Status,
        outcome: Outcome,
    }
}

#[component]
pub fn ReferralsPage(head: CaseHead, referrals: Vec<ReferralView>, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("referrals");
    let form = "referral";
    use ReferralField as R;
    use ReferralUpdateField as U;
    let list = referrals
        .iter()
        .map(|r| {
            let rid = r.id;
            let f = format!("referral-{rid}");
            view! {
                <article class="card">
                    <h2>{tr.t(&format!("service-{}", r.service))}" · "{r.recipient.clone()}</h2>
                    <p class="muted">{tr.date(&r.created_on)}" · "<span class="status">{tr.t(&format!("referral-status-{}", r.status))}</span></p>
                    <p>{r.reason.clone()}</p>
                    {r.outcome.clone().map(|o| view! { <p class="note-body">{o}</p> })}
                    <details class="add-form" open=posted.is(&f)>
                        <summary>{tr.t("referral-update")}</summary>
                        <form method="post" action=format!("{base}/{rid}") class="stack" novalidate>
                            <input type="hidden" name=U::Version.name() value=r.version.to_string()/>
                            <Select name=U::Status.name() id=format!("f-referral-status-{rid}") label=tr.t("referral-status")
                                selected=posted.value_or(&f, U::Status.name(), r.status.as_str())
                                options=choices("referral-status", ReferralStatus::TEXTS, None)
                                error=posted.error(&f, U::Status.name())/>
                            <TextArea name=U::Outcome.name() id=format!("f-referral-outcome-{rid}") label=tr.t("referral-outcome")
                                value=posted.value_or(&f, U::Outcome.name(), r.outcome.as_deref().unwrap_or(""))
                                error=posted.error(&f, U::Outcome.name()) optional_label=tr.t("optional") rows=3/>
                            <button type="submit" class="button">{tr.t("save")}</button>
                        </form>
                    </details>
                </article>
            }
        })
        .collect::<Vec<_>>();
    let empty = list.is_empty();
    view! {
        <CaseLayout head=head tab="referrals">
            {empty.then(|| view! { <p class="card empty">{tr.t("referral-empty")}</p> })}
            {list}
            <section class="card" aria-labelledby="h-new-referral">
                <h2 id="h-new-referral">{tr.t("referral-new")}</h2>
                <form method="post" action=base.clone() class="stack" novalidate>
                    <Select name=R::Service.name() label=tr.t("referral-service") selected=posted.value(form, R::Service.name())
                        options=choices("service", &SERVICES, Some(tr.t("choice-pick")))
                        error=posted.error(form, R::Service.name())/>
                    <Field name=R::Recipient.name() label=tr.t("referral-recipient") value=posted.value(form, R::Recipient.name())
                        error=posted.error(form, R::Recipient.name()) required=true maxlength=200 autocomplete="off"/>
                    <TextArea name=R::Reason.name() label=tr.t("referral-reason") value=posted.value(form, R::Reason.name())
                        error=posted.error(form, R::Reason.name()) required=true rows=3 maxlength=2000/>
                    <button type="submit" class="button primary">{tr.t("referral-save")}</button>
                </form>
            </section>
        </CaseLayout>
    }
}
