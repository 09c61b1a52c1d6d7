//! Deputies (Vertretung): who stands in for whom, when; naming one for a holiday or an
//! illness, and ending it early.

use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

pub const DEPUTY_FORM: &str = "deputy";

crate::form! {
    /// A deputy as posted: for whom (a team lead chooses; a guide names their own),
    /// who, from and to (ISO dates, both included).
    DeputyInput / DeputyField {
        guide: Guide,
        deputy: Deputy,
        starts_on: StartsOn,
        ends_on: EndsOn,
    }
}

#[derive(Clone, Debug)]
pub struct Arrangement {
    pub id: i64,
    pub guide: String,
    pub deputy: String,
    pub starts_on: String,
    pub ends_on: String,
    /// The reader may end it (their own, or their team's as lead).
    pub can_end: bool,
}

#[derive(Clone, Debug, Default)]
pub struct DeputiesData {
    /// Team members the reader may name a deputy for: (id, name); one entry for a guide.
    pub for_whom: Vec<(String, String)>,
    /// Colleagues of the team: (id, name).
    pub colleagues: Vec<(String, String)>,
    pub arrangements: Vec<Arrangement>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn DeputiesPage(user: NavUser, data: DeputiesData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    use DeputyField as F;
    let form = DEPUTY_FORM;
    // Read before the view: its children must own what they show.
    let v = |f: DeputyField| posted.value(form, f.name());
    let e = |f: DeputyField| posted.error(form, f.name());
    let (guide_v, guide_e) = (v(F::Guide), e(F::Guide));
    let (deputy_v, deputy_e) = (v(F::Deputy), e(F::Deputy));
    let (starts_v, starts_e) = (v(F::StartsOn), e(F::StartsOn));
    let (ends_v, ends_e) = (v(F::EndsOn), e(F::EndsOn));
    let items = data
        .arrangements
        .iter()
        .map(|a| {
            let period = tr.ta("deputy-period", &[("from", tr.date_long(&a.starts_on).into()), ("to", tr.date_long(&a.ends_on).into())]);
            let line = tr.ta("deputy-line", &[("deputy", a.deputy.clone().into()), ("guide", a.guide.clone().into())]);
            view! {
                <li class="card">
                    <p><strong>{line}</strong></p>
                    <p>{period}</p>
                    {a.can_end.then(|| view! {
                        <form method="post" action=format!("/cases/deputies/{}/end", a.id) class="inline-form">
                            <button type="submit" class="button">{tr.t("deputy-end")}</button>
                        </form>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let mut colleagues = vec![(String::new(), tr.t("choice-pick"))];
    colleagues.extend(data.colleagues.clone());
    let for_whom = if data.for_whom.len() > 1 {
        view! {
            <Select name=F::Guide.name() label=tr.t("deputy-for") selected=guide_v options=data.for_whom.clone()
                error=guide_e/>
        }
        .into_any()
    } else {
        let own = data
            .for_whom
            .first()
            .map(|(id, _)| id.clone())
            .unwrap_or_default();
        view! { <input type="hidden" name=F::Guide.name() value=own/> }.into_any()
    };
    view! {
        <Shell title=tr.t("deputy-title") current_path="/cases/deputies".to_string() user=Some(user)>
            <BackLink href="/cases" label=tr.t("nav-caseload")/>
            <h1>{tr.t("deputy-title")}</h1>
            <Notice message=data.notice.clone()/>
            <ErrorSummary message=data.alert.clone()/>
            <p>{tr.t("deputy-intro")}</p>
            <section aria-labelledby="h-arrangements">
                <h2 id="h-arrangements">{tr.t("deputy-current")}</h2>
                {items.is_empty().then(|| view! { <p class="empty">{tr.t("deputy-none")}</p> })}
                <ul class="plain-list">{items}</ul>
            </section>
            <section class="card" aria-labelledby="h-new-deputy">
                <h2 id="h-new-deputy">{tr.t("deputy-new")}</h2>
                <form method="post" action="/cases/deputies" class="stack" novalidate>
                    {for_whom}
                    <Select name=F::Deputy.name() label=tr.t("deputy-who") selected=deputy_v options=colleagues
                        error=deputy_e/>
                    <div class="row">
                        <Field name=F::StartsOn.name() label=tr.t("deputy-from") value=starts_v error=starts_e
                            input_type="date" required=true/>
                        <Field name=F::EndsOn.name() label=tr.t("deputy-to") value=ends_v error=ends_e
                            input_type="date" required=true/>
                    </div>
                    <button type="submit" class="button primary">{tr.t("deputy-save")}</button>
                </form>
            </section>
        </Shell>
    }
}
