//! "My plan" on the client's phone: the goals agreed with the guide, by field of action
//! with icons, in the client's language; each step with who does it, when, and its
//! state. The client ticks off their own steps, asks for help, and confirms the plan.
//! What the guide changed since the last visit is marked.

use super::forms::{Notice, PendingNote};
use super::icons::{field_icon, Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use crate::casework::{StepStatus, FIELDS};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct MyStep {
    pub id: i64,
    pub text: String,
    /// client | guide | office | volunteer
    pub actor: String,
    pub actor_name: Option<String>,
    pub due_on: Option<String>,
    pub status: StepStatus,
    pub help_requested: bool,
    pub overdue: bool,
    /// Changed by the guide since the client last looked.
    pub changed: bool,
    /// The office to go to or the guide to follow.
    pub link: Option<crate::pages::StepLinkView>,
}

#[derive(Clone, Debug)]
pub struct MyGoal {
    pub field: String,
    pub title: String,
    pub review_on: Option<String>,
    pub achieved: bool,
    pub changed: bool,
    pub steps: Vec<MyStep>,
}

#[derive(Clone, Debug)]
pub struct MyPlan {
    pub goals: Vec<MyGoal>,
    /// (ISO date of the last confirmation, changed since).
    pub confirmation: Option<(String, bool)>,
    pub notice: Option<String>,
    /// The guide's support has ended: the plan is read, nothing in it changes.
    pub closed: bool,
}

#[component]
pub fn MyPlanPage(plan: MyPlan, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let closed = plan.closed;
    let needs_confirmation =
        !closed && !plan.goals.is_empty() && plan.confirmation.as_ref().is_none_or(|(_, changed)| *changed);
    let confirmation = match &plan.confirmation {
        Some((date, false)) => Some(tr.ta("my-plan-confirmed-on", &[("date", tr.date_long(date).into())])),
        Some((_, true)) => Some(tr.t("my-plan-changed")),
        None => None,
    };
    let groups = FIELDS
        .iter()
        .filter_map(|field| {
            let goals: Vec<_> = plan.goals.iter().filter(|g| g.field == *field).cloned().collect();
            if goals.is_empty() {
                return None;
            }
            let goals = goals.into_iter().map(|g| goal_view(g, closed)).collect::<Vec<_>>();
            Some(view! {
                <section class="card section" aria-labelledby=format!("my-field-{field}")>
                    <h2 id=format!("my-field-{field}")>{field_icon(field)}<span>{tr.t(&format!("field-{field}"))}</span></h2>
                    {goals}
                </section>
            })
        })
        .collect::<Vec<_>>();
    let empty = plan.goals.is_empty();
    view! {
        <Shell title=tr.t("client-plan-heading") current_path="/me/plan".to_string() user=Some(user)>
            <BackLink href="/me" label=tr.t("client-home-title")/>
            <h1><IconSvg icon=Icon::Plan/>" "{tr.t("client-plan-heading")}</h1>
            <Notice message=plan.notice/>
            {closed.then(|| view! { <p class="alert alert-info" data-testid="closed-note">{tr.t("error-case-closed")}</p> })}
            {empty.then(|| view! { <p class="card empty">{tr.t("client-plan-empty")}</p> })}
            {confirmation.map(|c| view! { <p class="muted" data-testid="my-plan-confirmation">{c}</p> })}
            {groups}
            {needs_confirmation.then(|| view! {
                <section class="card">
                    <p>{tr.t("my-plan-confirm-intro")}</p>
                    <form method="post" action="/me/plan/confirm">
                        <button type="submit" class="button primary big">{tr.t("my-plan-confirm")}</button>
                        <PendingNote/>
                    </form>
                </section>
            })}
        </Shell>
    }
}

fn goal_view(g: MyGoal, closed: bool) -> impl IntoView {
    let tr = use_tr();
    let review = g
        .review_on
        .as_deref()
        .map(|d| tr.ta("my-plan-review", &[("date", tr.date_long(d).into())]));
    let steps = g
        .steps
        .into_iter()
        .map(|s| step_view(s, closed))
        .collect::<Vec<_>>();
    view! {
        <article class="goal" class:changed=g.changed>
            <h3>
                <bdi>{g.title}</bdi>
                {g.changed.then(|| view! { " " <span class="badge">{tr.t("my-plan-new")}</span> })}
                {g.achieved.then(|| view! { " " <span class="badge">{tr.t("my-plan-achieved")}</span> })}
            </h3>
            {review.map(|r| view! { <p class="muted">{r}</p> })}
            <ul class="steps">{steps}</ul>
        </article>
    }
}

fn step_view(s: MyStep, closed: bool) -> impl IntoView {
    let tr = use_tr();
    let who = match &s.actor_name {
        Some(n) if s.actor != "client" => format!("{} ({n})", tr.t(&format!("my-step-actor-{}", s.actor))),
        _ => tr.t(&format!("my-step-actor-{}", s.actor)),
    };
    let due = s
        .due_on
        .as_deref()
        .map(|d| tr.ta("my-step-due", &[("date", tr.date_long(d).into())]));
    let open = s.status == StepStatus::Open;
    let mine = s.actor == "client";
    let sid = s.id;
    view! {
        <li class="step" class:done=!open class:overdue=s.overdue class:changed=s.changed data-testid=format!("my-step-{sid}")>
            <p class="step-text"><bdi>{s.text}</bdi>{s.changed.then(|| view! { " " <span class="badge">{tr.t("my-plan-new")}</span> })}</p>
            <p class="muted">{who}{due.map(|d| format!(" · {d}"))}</p>
            {s.link.map(|l| {
                let label = if l.href.starts_with("/guides/") { tr.t("my-step-how") } else { tr.t("my-step-where") };
                view! {
                    <p class="step-link">{label}" "
                        <a href=l.href lang=l.lang dir="auto" data-testid="my-step-link">{l.name}</a>
                    </p>
                }
            })}
            <p class="status">{tr.t(&format!("my-step-status-{}", s.status))}</p>
            {(open && s.help_requested).then(|| view! { <p class="badge">{tr.t("my-step-help-sent")}</p> })}
            {(open && !closed).then(|| view! {
                <div class="step-actions">
                    {mine.then(|| view! {
                        <form method="post" action=format!("/me/plan/steps/{sid}/done")>
                            <button type="submit" class="button primary">{tr.t("my-step-done")}</button>
                            <PendingNote/>
                        </form>
                    })}
                    {(!s.help_requested).then(|| view! {
                        <form method="post" action=format!("/me/plan/steps/{sid}/help")>
                            <button type="submit" class="button">{tr.t("my-step-help")}</button>
                            <PendingNote/>
                        </form>
                    })}
                </div>
            })}
        </li>
    }
}
