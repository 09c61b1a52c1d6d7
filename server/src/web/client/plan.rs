//! "My plan": reading it, ticking off own steps, asking for help, confirming.

use super::{after, log, own_record};
use crate::db::access_log::Action;
use crate::db::client_view::StepAction;
use crate::web::case::{local, today_iso};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::extract::Path;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{GoalStatus, StepStatus};
use lotse_app::pages::client_plan::{MyGoal, MyPlan, MyPlanPage, MyStep};
use lotse_app::pages::StepLinkView;

pub async fn my_plan(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let file = store.case(&access);
    let seen = file.plan_seen().await?;
    let marked_after = seen.and_then(|s| s.before).unwrap_or(i64::MAX);
    let today = today_iso();
    let steps = file.steps().await?;
    let mut wanted = Vec::new();
    for link in steps.iter().filter_map(|s| s.link()) {
        if !wanted.contains(&link) {
            wanted.push(link);
        }
    }
    let links: std::collections::HashMap<_, _> = store
        .step_link_names_in(&wanted, lang.code())
        .await?
        .into_iter()
        .map(|(link, n)| {
            let view = StepLinkView {
                href: link.href(),
                lang: (n.lang != lang.code()).then_some(n.lang),
                name: n.name,
            };
            (link, view)
        })
        .collect();
    let goals = file.client_goals().await?;
    // The newest change the page shows; the look is noted only when there is one since
    // the last look (see `saw_plan`).
    let latest = goals
        .iter()
        .filter_map(|g| g.changed_at)
        .chain(steps.iter().filter_map(|s| s.changed_at))
        .max();
    if let Some(seen) = &seen {
        file.saw_plan(seen, latest).await?;
    }
    let goals = goals
        .into_iter()
        .map(|g| MyGoal {
            title: g.title_in(lang).to_string(),
            field: g.field.clone(),
            review_on: g.review_on.clone(),
            achieved: g.status == GoalStatus::Achieved,
            changed: g.changed_at.is_some_and(|c| c > marked_after),
            steps: steps
                .iter()
                .filter(|s| s.goal_id == g.id && s.status != StepStatus::Dropped)
                .map(|s| MyStep {
                    id: s.id,
                    text: s.text.clone(),
                    actor: s.actor.clone(),
                    actor_name: s.actor_name.clone(),
                    due_on: s.due_on.clone(),
                    status: s.status,
                    help_requested: s.help_requested_at.is_some(),
                    overdue: s.status == StepStatus::Open
                        && s.due_on.as_deref().is_some_and(|d| d < today.as_str()),
                    changed: s.changed_at.is_some_and(|c| c > marked_after),
                    link: s.link().and_then(|l| links.get(&l).cloned()),
                })
                .collect(),
        })
        .collect();
    let confirmation = file
        .plan_confirmation()
        .await?
        .map(|(at, changed)| (local(at).date, changed));
    let notice = Flash::take_info(store, &token, &tr).await?;
    log(&ctx.state.store, &access, Action::Read, "plan").await?;
    let plan = MyPlan {
        goals,
        confirmation,
        notice,
        closed: access.is_closed(),
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <MyPlanPage plan=plan user=user/> })
        .await)
}

async fn step_action(ctx: Ctx, raw: &str, action: StepAction, message: &str) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let step = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let store = &ctx.state.store;
    let steps = store.case(&access).steps().await?;
    let Some(current) = steps.iter().find(|s| s.id == step) else {
        return Err(AppError::NotFound);
    };
    if action == StepAction::Done && current.actor != "client" {
        return Err(AppError::NotFound);
    }
    // Already done (or help already asked): a repeated post, e.g. a queued retry, is fine.
    if store.case(&access).client_step_action(step, action).await? {
        log(&ctx.state.store, &access, Action::Update, "plan").await?;
    }
    after(&ctx, &token, message, &format!("/me/plan#my-step-{step}")).await
}

pub async fn step_done(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    step_action(ctx, &raw, StepAction::Done, "my-step-marked-done").await
}

pub async fn step_help(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    step_action(ctx, &raw, StepAction::NeedHelp, "my-step-help-asked").await
}

pub async fn confirm_plan(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    store.confirm_plan(access.client(), access.actor()).await?;
    log(&ctx.state.store, &access, Action::Update, "plan").await?;
    after(&ctx, &token, "my-plan-confirmed", "/me/plan").await
}
