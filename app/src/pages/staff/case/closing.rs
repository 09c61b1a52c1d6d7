//! The end of a case: the own guide closes it with a reason, an outcome per open goal
//! and a note; earlier episodes of support are listed; a closed case can be reopened
//! while it is kept.

use super::{CaseHead, CaseLayout, When};
use crate::casework::{ClosingReason, GoalOutcome, HandedTo};
use crate::i18n::use_tr;
use crate::pages::forms::{Field, Posted, Select, TextArea};
use leptos::prelude::*;

pub const CLOSING_FORM: &str = "closing";
/// Where a missing goal outcome is reported (the goals' group as a whole).
pub const OUTCOMES: &str = "outcomes";

crate::form! {
    /// A closing as posted. Each open goal's outcome comes as `outcome_<goal id>`.
    ClosingInput / ClosingField {
        reason: Reason,
        handed_to: HandedTo,
        moved_to: MovedTo,
        note: Note,
    }
}

/// The name of the outcome field of one goal.
pub fn outcome_field(goal: i64) -> String {
    format!("outcome_{goal}")
}

#[derive(Clone, Debug)]
pub struct ClosureView {
    pub started: When,
    pub closed: When,
    pub closed_by: String,
    pub reason: String,
    pub handed_to: Option<String>,
    pub moved_to: Option<String>,
    pub note: String,
    /// (goal title, outcome value)
    pub outcomes: Vec<(String, String)>,
    pub reopened: Option<(When, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct ClosingData {
    pub closed: bool,
    /// The own guide: only they close (they alone see every goal).
    pub can_close: bool,
    /// While the case is kept; the ISO date its retention ends.
    pub kept_until: Option<String>,
    pub can_reopen: bool,
    /// Goals still open: (id, title).
    pub goals: Vec<(i64, String)>,
    pub closures: Vec<ClosureView>,
}

fn when(tr: &crate::i18n::Tr, w: &When) -> String {
    tr.date_long(&w.date)
}

#[component]
pub fn ClosingPage(head: CaseHead, data: ClosingData, posted: Posted) -> impl IntoView {
    let tr = use_tr();
    use ClosingField as F;
    let form = CLOSING_FORM;
    let action = head.path("closing");
    let reopen_action = format!("{action}/reopen");
    let v = |f: ClosingField| posted.value(form, f.name());
    let e = |f: ClosingField| posted.error(form, f.name());
    let reasons = super::choices("closing-reason", ClosingReason::TEXTS, Some(tr.t("choice-pick")));
    let services = super::choices("handed-to", HandedTo::TEXTS, Some(tr.t("closing-handed-to-none")));
    let outcomes = super::choices("goal-outcome", GoalOutcome::TEXTS, Some(tr.t("choice-pick")));
    let goal_fields = data
        .goals
        .iter()
        .map(|(id, title)| {
            let name = outcome_field(*id);
            view! {
                <Select name=name.clone() label=title.clone() selected=posted.value(form, &name)
                    options=outcomes.clone() error=posted.error(form, &name)/>
            }
        })
        .collect::<Vec<_>>();
    let close_form = (!data.closed && data.can_close).then(|| {
        view! {
            <section class="card" aria-labelledby="h-close">
                <h2 id="h-close">{tr.t("closing-title")}</h2>
                <p>{tr.t("closing-intro")}</p>
                <form method="post" action=action.clone() class="stack" novalidate>
                    <Select name=F::Reason.name() label=tr.t("closing-reason") selected=v(F::Reason)
                        options=reasons.clone() error=e(F::Reason)/>
                    <Select name=F::HandedTo.name() label=tr.t("closing-handed-to") selected=v(F::HandedTo)
                        options=services.clone() error=e(F::HandedTo)
                        optional_label=tr.t("closing-only-handed")/>
                    <Field name=F::MovedTo.name() label=tr.t("closing-moved-to") value=v(F::MovedTo)
                        error=e(F::MovedTo) optional_label=tr.t("closing-only-moved") maxlength=100/>
                    {(!goal_fields.is_empty()).then(|| view! {
                        <fieldset class="stack">
                            <legend>{tr.t("closing-outcomes")}</legend>
                            {posted.error(form, OUTCOMES).map(|e| view! { <p class="error" id="f-outcomes-error">{e}</p> })}
                            {goal_fields}
                        </fieldset>
                    })}
                    <TextArea name=F::Note.name() label=tr.t("closing-note") value=v(F::Note) error=e(F::Note)
                        hint=tr.t("closing-note-hint") maxlength=2000 rows=4/>
                    <button type="submit" class="button primary">{tr.t("closing-submit")}</button>
                </form>
            </section>
        }
    });
    let not_own =
        (!data.closed && !data.can_close).then(|| view! { <p>{tr.t("closing-own-guide-only")}</p> });
    let reopen = data.closed.then(|| {
        let until = data
            .kept_until
            .clone()
            .map(|d| tr.ta("closing-kept-until", &[("date", tr.date_long(&d).into())]));
        view! {
            <section class="card" aria-labelledby="h-reopen">
                <h2 id="h-reopen">{tr.t("closing-closed-heading")}</h2>
                {until.map(|u| view! { <p>{u}</p> })}
                {data.can_reopen.then(|| view! {
                    <p>{tr.t("closing-reopen-intro")}</p>
                    <form method="post" action=reopen_action.clone() class="inline-form">
                        <button type="submit" class="button">{tr.t("closing-reopen")}</button>
                    </form>
                })}
            </section>
        }
    });
    let episodes = data
        .closures
        .iter()
        .map(|c| {
            let reason = match (&c.handed_to, &c.moved_to) {
                (Some(h), _) => format!("{}: {}", tr.t(&format!("closing-reason-{}", c.reason)), tr.t(&format!("handed-to-{h}"))),
                (None, Some(place)) => format!("{}: {place}", tr.t(&format!("closing-reason-{}", c.reason))),
                _ => tr.t(&format!("closing-reason-{}", c.reason)),
            };
            let outcomes = c
                .outcomes
                .iter()
                .map(|(title, o)| view! { <li>{title.clone()}": "{tr.t(&format!("goal-outcome-{o}"))}</li> })
                .collect::<Vec<_>>();
            let reopened = c.reopened.clone().map(|(w, by)| {
                view! { <p class="muted">{tr.ta("closing-reopened-by", &[("date", when(&tr, &w).into()), ("name", by.into())])}</p> }
            });
            view! {
                <li class="card">
                    <h3>{format!("{} – {}", when(&tr, &c.started), when(&tr, &c.closed))}</h3>
                    <p>{reason}</p>
                    <p class="muted">{tr.ta("closing-closed-by", &[("name", c.closed_by.clone().into())])}</p>
                    {(!outcomes.is_empty()).then(|| view! { <ul>{outcomes}</ul> })}
                    {(!c.note.is_empty()).then(|| view! { <p class="note-text">{c.note.clone()}</p> })}
                    {reopened}
                </li>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <CaseLayout head=head tab="closing">
            {reopen}
            {close_form}
            {not_own}
            <section aria-labelledby="h-episodes">
                <h2 id="h-episodes">{tr.t("closing-episodes")}</h2>
                {episodes.is_empty().then(|| view! { <p class="empty">{tr.t("closing-no-episodes")}</p> })}
                <ul class="plain-list">{episodes}</ul>
            </section>
        </CaseLayout>
    }
}
