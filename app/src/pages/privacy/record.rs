//! The record of processing activities (GDPR art. 30), made from what Lotse stores: each
//! activity with its purpose, legal basis, people, data and recipients, the tables it
//! lives in with their rows today, and how long the municipality keeps it.

use crate::i18n::use_tr;
use crate::pages::shell::{BackLink, NavUser, Shell};
use crate::privacy::Activity;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct ActivityView {
    pub activity: Activity,
    /// (table, rows now).
    pub tables: Vec<(String, i64)>,
    /// (kind, months) of the municipality's periods for this activity.
    pub retention: Vec<(String, i64)>,
}

#[derive(Clone, Debug, Default)]
pub struct RecordData {
    pub municipality: String,
    /// ISO date the record was made.
    pub made_on: String,
    pub activities: Vec<ActivityView>,
    /// The municipality requires two-step sign-in of its staff.
    pub two_factor_required: bool,
}

#[component]
pub fn RecordPage(user: NavUser, data: RecordData) -> impl IntoView {
    let tr = use_tr();
    let activities = data
        .activities
        .into_iter()
        .map(|a| {
            let key = a.activity.key;
            let field = |f: &str| tr.t(&format!("record-{f}-{key}"));
            let tables = a
                .tables
                .iter()
                .map(|(t, n)| format!("{t} ({})", tr.number(*n)))
                .collect::<Vec<_>>()
                .join(", ");
            let retention = if a.retention.is_empty() {
                tr.t("record-retention-none")
            } else {
                a.retention
                    .iter()
                    .map(|(k, m)| format!("{}: {}", tr.t(&format!("retention-kind-{k}")), tr.ta("record-months", &[("months", (*m).into())])))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            view! {
                <section class="card section" data-testid=format!("record-{key}")>
                    <h2>{field("name")}</h2>
                    <dl class="facts">
                        <dt>{tr.t("record-purpose")}</dt><dd>{field("purpose")}</dd>
                        <dt>{tr.t("record-basis")}</dt><dd>{field("basis")}</dd>
                        <dt>{tr.t("record-subjects")}</dt><dd>{field("subjects")}</dd>
                        <dt>{tr.t("record-data")}</dt><dd>{field("data")}
                            {a.activity.special_category.then(|| view! { " " <strong>{tr.t("record-special-category")}</strong> })}</dd>
                        <dt>{tr.t("record-recipients")}</dt><dd>{field("recipients")}</dd>
                        <dt>{tr.t("record-retention")}</dt><dd>{retention}</dd>
                        <dt>{tr.t("record-tables")}</dt><dd class="muted">{tables}</dd>
                    </dl>
                </section>
            }
        })
        .collect::<Vec<_>>();
    let two_factor = if data.two_factor_required {
        tr.t("record-tom-2fa-on")
    } else {
        tr.t("record-tom-2fa-off")
    };
    view! {
        <Shell title=tr.t("record-title") current_path="/privacy/record".to_string() user=Some(user)>
            <BackLink href="/privacy" label=tr.t("privacy-title")/>
            <h1>{tr.t("record-title")}</h1>
            <p>{tr.ta("record-intro", &[("municipality", data.municipality.into()), ("date", tr.date_long(&data.made_on).into())])}</p>
            {activities}
            <section class="card section" data-testid="record-toms">
                <h2>{tr.t("record-toms")}</h2>
                <ul>
                    <li>{tr.t("record-tom-access")}</li>
                    <li>{tr.t("record-tom-log")}</li>
                    <li>{two_factor}</li>
                    <li>{tr.t("record-tom-transport")}</li>
                    <li>{tr.t("record-tom-backup")}</li>
                    <li>{tr.t("record-tom-retention")}</li>
                </ul>
            </section>
        </Shell>
    }
}
