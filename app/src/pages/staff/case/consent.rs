//! Consent records: per purpose and recipient, versioned, given on paper or in the app,
//! revocable. A handover consent names the receiving team and what may go along.

use super::{choices, CaseHead, CaseLayout};
use crate::casework::{AREAS, CONSENT_PURPOSES};
use crate::i18n::use_tr;
use crate::pages::forms::{Checkbox, Field, Posted, Select};
use leptos::prelude::*;

/// How a consent was given: signed on paper, or by the client in the app.
pub const CONSENT_FORMS: [&str; 2] = ["paper", "app"];

#[derive(Clone, Debug)]
pub struct ConsentView {
    pub id: i64,
    pub purpose: String,
    pub recipient: String,
    pub covers: Vec<String>,
    pub version: i64,
    pub given_on: String,
    pub form: String,
    pub recorded_by: String,
    pub revoked_on: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ConsentData {
    pub consents: Vec<ConsentView>,
    /// Teams a handover consent can name: (id, "Team – Municipality").
    pub teams: Vec<(i64, String)>,
    pub today: String,
}

crate::form! {
    /// A new consent as posted. `covers` is a group of checkboxes (the areas a handover
    /// consent lets go along), which arrives joined by commas; `team` names the receiving
    /// team of a handover consent; `form` says whether it was given on paper or in the app.
    ConsentInput / ConsentField {
        purpose: Purpose,
        recipient: Recipient,
        team: Team,
        covers: Covers,
        given_on: GivenOn,
        form: Form,
    }
}

#[component]
pub fn ConsentPage(head: CaseHead, data: ConsentData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    let base = head.path("consent");
    let form = "consent";
    use ConsentField as C;
    let rows = data
        .consents
        .iter()
        .map(|c| {
            let cid = c.id;
            let covers = (!c.covers.is_empty()).then(|| {
                let areas = c
                    .covers
                    .iter()
                    .map(|a| tr.t(&format!("area-{a}")))
                    .collect::<Vec<_>>()
                    .join(", ");
                tr.ta("consent-covers-label", &[("areas", areas.into())])
            });
            let state = match &c.revoked_on {
                Some(d) => tr.ta("consent-revoked-on", &[("date", tr.date(d).into())]),
                None => tr.t("consent-active"),
            };
            let active = c.revoked_on.is_none();
            view! {
                <article class="card consent" class:revoked=!active>
                    <h2>{tr.t(&format!("consent-purpose-{}", c.purpose))}" · "{c.recipient.clone()}</h2>
                    <p class="muted">
                        {tr.ta("consent-version", &[("version", c.version.into())])}" · "
                        {tr.ta("consent-given-on", &[("date", tr.date(&c.given_on).into())])}" · "
                        {tr.t(&format!("consent-form-{}", c.form))}" · "{c.recorded_by.clone()}
                    </p>
                    {covers.map(|c| view! { <p>{c}</p> })}
                    <p class="status">{state}</p>
                    {active.then(|| view! {
                        <form method="post" action=format!("{base}/{cid}/revoke") class="inline-form">
                            <button type="submit" class="button small">{tr.t("consent-revoke")}</button>
                        </form>
                    })}
                </article>
            }
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    let team_options = std::iter::once((String::new(), tr.t("choice-none")))
        .chain(data.teams.iter().map(|(id, n)| (id.to_string(), n.clone())))
        .collect::<Vec<_>>();
    let chosen = posted.value(form, C::Covers.name());
    let areas = AREAS
        .iter()
        .map(|a| {
            let checked = chosen.split(',').any(|c| c == *a);
            view! {
                <Checkbox name=C::Covers.name() id=format!("f-covers-{a}") value=a.to_string()
                    label=tr.t(&format!("area-{a}")) checked=checked/>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <CaseLayout head=head tab="consent">
            {empty.then(|| view! { <p class="card empty">{tr.t("consent-empty")}</p> })}
            {rows}
            <section class="card" aria-labelledby="h-new-consent">
                <h2 id="h-new-consent">{tr.t("consent-new")}</h2>
                <form method="post" action=base.clone() class="stack" novalidate>
                    <Select name=C::Purpose.name() label=tr.t("consent-purpose")
                        selected=posted.value(form, C::Purpose.name())
                        options=choices("consent-purpose", &CONSENT_PURPOSES, Some(tr.t("choice-pick")))
                        error=posted.error(form, C::Purpose.name())/>
                    <Field name=C::Recipient.name() label=tr.t("consent-recipient")
                        value=posted.value(form, C::Recipient.name())
                        error=posted.error(form, C::Recipient.name())
                        hint=tr.t("consent-recipient-hint") maxlength=200 autocomplete="off"/>
                    <Select name=C::Team.name() label=tr.t("consent-team")
                        selected=posted.value(form, C::Team.name())
                        options=team_options error=posted.error(form, C::Team.name())/>
                    <fieldset>
                        <legend>{tr.t("consent-covers")}</legend>
                        {areas}
                    </fieldset>
                    <Field name=C::GivenOn.name() label=tr.t("consent-given-date")
                        value=posted.value_or(form, C::GivenOn.name(), &data.today)
                        error=posted.error(form, C::GivenOn.name()) input_type="date" required=true/>
                    <Select name=C::Form.name() label=tr.t("consent-form")
                        selected=posted.value_or(form, C::Form.name(), "paper")
                        options=choices("consent-form", &CONSENT_FORMS, None)/>
                    <button type="submit" class="button primary">{tr.t("consent-save")}</button>
                </form>
            </section>
        </CaseLayout>
    }
}
