//! A client's record as the guide sees it: personal data, household, and access to the
//! client app (activation code with QR code, reissue).

use super::case::{CaseHead, CaseLayout};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct HouseholdMember {
    pub first_name: String,
    /// partner | child | parent | other
    pub relation: String,
    pub birth_date: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Activation {
    Active,
    Pending { expires_on: String },
    None,
}

#[derive(Clone, Debug)]
pub struct ClientRecord {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<String>,
    pub preferred_lang: String,
    pub languages: Vec<String>,
    pub phone: Option<String>,
    pub login_number: String,
    pub guide_name: Option<String>,
    pub last_contact: Option<String>,
    pub household: Vec<HouseholdMember>,
    pub activation: Activation,
}

/// A freshly issued activation code: shown once, right after it was made.
#[derive(Clone, Debug)]
pub struct IssuedCode {
    pub code: String,
    pub expires_on: String,
    /// The QR code as inline SVG (made by the server from the activation link).
    pub qr_svg: String,
}

pub const RELATIONS: [&str; 4] = ["partner", "child", "parent", "other"];

#[component]
pub fn ClientDetailPage(head: CaseHead, record: ClientRecord, issued: Option<IssuedCode>) -> impl IntoView {
    let tr = use_tr();
    let full_name = head.name.clone();
    let path = head.path("overview");
    let langs = record
        .languages
        .iter()
        .map(|l| tr.t(&format!("language-{l}")))
        .collect::<Vec<_>>()
        .join(", ");
    let dash = "–".to_string();
    let issued_view = issued.map(|c| {
        let heading = tr.ta("activation-code-heading", &[("name", full_name.clone().into())]);
        let instructions = tr.ta(
            "activation-code-instructions",
            &[("date", tr.date(&c.expires_on).into())],
        );
        let number = tr.ta(
            "activation-number",
            &[("number", record.login_number.clone().into())],
        );
        view! {
            <section class="card issued-code" aria-labelledby="issued-heading">
                <h2 id="issued-heading">{heading}</h2>
                <p class="code" dir="ltr" data-testid="activation-code">{c.code}</p>
                <div class="qr" role="img" aria-label=tr.t("activation-qr-label") inner_html=c.qr_svg></div>
                <p>{instructions}</p>
                <p>{number}</p>
                <p class="warning">{tr.t("activation-code-once")}</p>
            </section>
        }
    });
    let activation = match &record.activation {
        Activation::Active => tr.t("activation-active"),
        Activation::Pending { expires_on } => {
            tr.ta("activation-pending", &[("date", tr.date(expires_on).into())])
        }
        Activation::None => tr.t("activation-none"),
    };
    let household = if record.household.is_empty() {
        view! { <p class="empty">{tr.t("client-detail-household-empty")}</p> }.into_any()
    } else {
        let items = record
            .household
            .iter()
            .map(|m| {
                let rel = tr.t(&format!("client-relation-{}", m.relation));
                let born = m
                    .birth_date
                    .as_deref()
                    .map(|d| format!(", {}", tr.date(d)))
                    .unwrap_or_default();
                view! { <li>{m.first_name.clone()}" – "{rel}{born}</li> }
            })
            .collect::<Vec<_>>();
        view! { <ul class="household">{items}</ul> }.into_any()
    };
    let preferred = crate::domain::Lang::parse(&record.preferred_lang)
        .map(|l| l.native_name().to_string())
        .unwrap_or_else(|| record.preferred_lang.clone());
    view! {
        <CaseLayout head=head tab="overview">
            {issued_view}
            <section class="card">
                <h2>{tr.t("client-detail-personal")}</h2>
                <dl class="facts">
                    <dt>{tr.t("client-birth-date")}</dt>
                    <dd>{record.birth_date.as_deref().map(|d| tr.date(d)).unwrap_or(dash.clone())}</dd>
                    <dt>{tr.t("client-languages")}</dt>
                    <dd>{if langs.is_empty() { dash.clone() } else { langs }}</dd>
                    <dt>{tr.t("client-preferred-lang")}</dt>
                    <dd>{preferred}</dd>
                    <dt>{tr.t("client-phone")}</dt>
                    <dd dir="ltr">{record.phone.clone().unwrap_or(dash.clone())}</dd>
                    <dt>{tr.t("client-detail-guide")}</dt>
                    <dd>{record.guide_name.clone().unwrap_or(dash.clone())}</dd>
                    <dt>{tr.t("client-detail-last-contact")}</dt>
                    <dd>{record.last_contact.as_deref().map(|d| tr.date(d)).unwrap_or_else(|| tr.t("caseload-no-contact"))}</dd>
                </dl>
            </section>
            <section class="card">
                <h2>{tr.t("client-detail-household")}</h2>
                {household}
                <p><a href=format!("{path}/intake#section-household")>{tr.t("household-edit-link")}</a></p>
            </section>
            <section class="card">
                <h2>{tr.t("activation-heading")}</h2>
                <p>{activation}</p>
                <form method="post" action=format!("{path}/activation") class="stack">
                    <p class="muted">{tr.t("activation-reissue-note")}</p>
                    <button type="submit" class="button">{tr.t("activation-issue")}</button>
                </form>
            </section>
        </CaseLayout>
    }
}
