//! Retention for the data-protection officer: how long each kind of record is kept in
//! the municipality, with the lawful default and the legal basis beside it, and what the
//! daily run found (the dry run) and did.

use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Notice};
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::privacy::RetentionRule;
use leptos::prelude::*;

/// One kind's line of the form.
#[derive(Clone, Debug)]
pub struct PeriodRow {
    pub rule: RetentionRule,
    /// As typed (or stored).
    pub months: String,
    pub error: Option<String>,
}

/// One day's run, for this municipality: per kind, (would touch, touched).
#[derive(Clone, Debug)]
pub struct RunView {
    pub day: String,
    pub finished: bool,
    pub rows: Vec<(String, u64, u64)>,
}

#[derive(Clone, Debug, Default)]
pub struct RetentionData {
    pub periods: Vec<PeriodRow>,
    pub runs: Vec<RunView>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

/// The field name of a kind's months.
pub fn months_field(kind: &str) -> String {
    format!("months_{kind}")
}

#[component]
pub fn RetentionPage(user: NavUser, data: RetentionData) -> impl IntoView {
    let tr = use_tr();
    let rows = data
        .periods
        .into_iter()
        .map(|p| {
            let kind = p.rule.kind.as_str();
            let id = format!("f-{}", months_field(kind));
            let hint_id = format!("{id}-hint");
            let error_id = format!("{id}-error");
            let described = if p.error.is_some() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            };
            let hint = tr.ta(
                "retention-default",
                &[
                    ("months", p.rule.default_months.into()),
                    ("min", p.rule.min_months.into()),
                    ("max", p.rule.max_months.into()),
                ],
            );
            view! {
                <li class="card" data-testid=format!("retention-{kind}")>
                    <h2>{tr.t(&format!("retention-kind-{kind}"))}</h2>
                    <p>{tr.t(&format!("retention-effect-{kind}"))}</p>
                    <p class="muted">{tr.t(&format!("retention-basis-{kind}"))}</p>
                    <div class="field" class:field-invalid=p.error.is_some()>
                        <label for=id.clone()>{tr.t("retention-months")}</label>
                        <p class="hint" id=hint_id>{hint}</p>
                        {p.error.clone().map(|e| view! { <p class="error" id=error_id.clone()>{e}</p> })}
                        <input id=id name=months_field(kind) type="number" inputmode="numeric"
                            min=p.rule.min_months.to_string() max=p.rule.max_months.to_string()
                            value=p.months aria-describedby=described
                            aria-invalid=p.error.is_some().then_some("true")/>
                    </div>
                </li>
            }
        })
        .collect::<Vec<_>>();
    let runs = if data.runs.is_empty() {
        view! { <p class="empty">{tr.t("retention-runs-none")}</p> }.into_any()
    } else {
        data.runs
            .into_iter()
            .map(|r| {
                let lines = r
                    .rows
                    .into_iter()
                    .map(|(kind, would, did)| view! {
                        <tr>
                            <th scope="row">{tr.t(&format!("retention-kind-{kind}"))}</th>
                            <td>{tr.number(would as i64)}</td>
                            <td>{tr.number(did as i64)}</td>
                        </tr>
                    })
                    .collect::<Vec<_>>();
                let day = tr.date_long(&r.day);
                view! {
                    <section class="card section" data-testid="retention-run">
                        <h3>{day}{(!r.finished).then(|| view! { " " <span class="badge">{tr.t("retention-run-unfinished")}</span> })}</h3>
                        // Wider than a phone: the region scrolls, and takes the keyboard's focus.
                        <div class="table-wrap" tabindex="0" role="region" aria-label=tr.date_long(&r.day)><table>
                            <thead><tr>
                                <th scope="col">{tr.t("retention-run-kind")}</th>
                                <th scope="col">{tr.t("retention-run-dry")}</th>
                                <th scope="col">{tr.t("retention-run-done")}</th>
                            </tr></thead>
                            <tbody>{lines}</tbody>
                        </table></div>
                    </section>
                }
            })
            .collect::<Vec<_>>()
            .into_any()
    };
    view! {
        <Shell title=tr.t("retention-title") current_path="/privacy/retention".to_string() user=Some(user)>
            <BackLink href="/privacy" label=tr.t("privacy-title")/>
            <h1>{tr.t("retention-title")}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("retention-intro")}</p>
            <form method="post" action="/privacy/retention" class="stack" novalidate>
                <ul class="plain-list">{rows}</ul>
                <button type="submit" class="button primary">{tr.t("retention-save")}</button>
            </form>
            <h2>{tr.t("retention-runs")}</h2>
            <p class="muted">{tr.t("retention-runs-intro")}</p>
            {runs}
        </Shell>
    }
}
