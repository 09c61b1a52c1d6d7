//! Handover: to another guide in the team, or (with the client's consent) to another
//! team, provider or municipality. The receiving side sees only what consent covers.

use super::{CaseHead, CaseLayout, When};
use crate::i18n::use_tr;
use crate::pages::forms::{Field, Posted, Select};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct TransferView {
    pub at: When,
    pub from: String,
    pub to: String,
    /// None: everything went along.
    pub covers: Option<Vec<String>>,
}

#[derive(Clone, Debug)]
pub struct HandoverData {
    /// (guide id, "Name – Team, Municipality"), the current guide left out.
    pub guides: Vec<(i64, String)>,
    pub transfers: Vec<TransferView>,
    /// After a refused handover: what is missing, in full sentences.
    pub missing: Vec<String>,
}

crate::form! {
    /// A handover as posted: the receiving guide's id and, for the history, why.
    HandoverInput / HandoverField {
        guide: Guide,
        reason: Reason,
    }
}

#[component]
pub fn HandoverPage(head: CaseHead, data: HandoverData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("handover");
    let consent_href = head.path("consent");
    let form = "handover";
    use HandoverField as H;
    let options = std::iter::once((String::new(), tr.t("choice-pick")))
        .chain(data.guides.iter().map(|(id, l)| (id.to_string(), l.clone())))
        .collect::<Vec<_>>();
    let missing = (!data.missing.is_empty()).then(|| {
        let items = data
            .missing
            .iter()
            .map(|m| view! { <li>{m.clone()}</li> })
            .collect::<Vec<_>>();
        view! {
            <div class="alert alert-error" data-testid="handover-missing">
                <p>{tr.t("handover-consent-missing")}</p>
                <ul>{items}</ul>
                <p><a href=consent_href.clone()>{tr.t("handover-go-consent")}</a></p>
            </div>
        }
    });
    let transfers = data
        .transfers
        .iter()
        .map(|t| {
            let covers = match &t.covers {
                None => tr.t("handover-covers-all"),
                Some(c) if c.is_empty() => tr.t("handover-covers-none"),
                Some(c) => c
                    .iter()
                    .map(|a| tr.t(&format!("area-{a}")))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            view! {
                <li>{t.at.show(&tr)}": "{t.from.clone()}" → "{t.to.clone()}" ("{covers}")"</li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <CaseLayout head=head tab="handover">
            <section class="card" aria-labelledby="h-handover">
                <h2 id="h-handover">{tr.t("handover-heading")}</h2>
                <p>{tr.t("handover-intro")}</p>
                {missing}
                <form method="post" action=base.clone() class="stack" novalidate>
                    <Select name=H::Guide.name() label=tr.t("handover-to")
                        selected=posted.value(form, H::Guide.name())
                        options=options error=posted.error(form, H::Guide.name())/>
                    <Field name=H::Reason.name() label=tr.t("handover-reason")
                        value=posted.value(form, H::Reason.name()) error=posted.error(form, H::Reason.name())
                        optional_label=tr.t("optional") maxlength=300 autocomplete="off"/>
                    <button type="submit" class="button primary">{tr.t("handover-submit")}</button>
                </form>
            </section>
            <section class="card" aria-labelledby="h-transfers">
                <h2 id="h-transfers">{tr.t("handover-history")}</h2>
                {if transfers.is_empty() {
                    view! { <p class="empty">{tr.t("handover-none-yet")}</p> }.into_any()
                } else {
                    view! { <ul class="history">{transfers}</ul> }.into_any()
                }}
            </section>
        </CaseLayout>
    }
}
