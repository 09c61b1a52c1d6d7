//! The integration plan: goals (from a template or free text), steps, status changes
//! guarded by versions, and the history of every change.

use super::{form_alert, local, open, parse_id, today_iso, Case, Checks};
use crate::db::access_log::Action;
use crate::db::case_file::Written;
use crate::db::groups::Joined;
use crate::db::plan::{NewGoal, NewStep, StepLink};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{FIELDS, GOAL_STATUS, STEP_ACTORS};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::plan::{
    HistoryEntry, LinkChoice, PlanData, PlanGoal, PlanPage, PlanStep, TemplateChoice,
};
use lotse_app::pages::StepLinkView;

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let file = case.file(ctx);
    let today = today_iso();
    let choices = link_choices(ctx, case).await?;
    let mut steps = file.steps().await?;
    let step_groups = store.step_groups(case.id()).await?;
    let goals = file
        .goals()
        .await?
        .into_iter()
        .map(|g| {
            let mine: Vec<_> = steps.iter().filter(|s| s.goal_id == g.id).cloned().collect();
            steps.retain(|s| s.goal_id != g.id);
            PlanGoal {
                id: g.id,
                field: g.field,
                title: g.title,
                from_template: g.template_id.is_some(),
                review_on: g.review_on,
                status: g.status,
                version: g.version,
                steps: mine
                    .into_iter()
                    .map(|s| PlanStep {
                        group: step_groups
                            .iter()
                            .find(|(step, ..)| *step == s.id)
                            .map(|(_, g, title, status)| (*g, title.clone(), status.clone())),
                        link: s.link().and_then(|l| {
                            let name = choices.iter().find(|(c, _)| *c == l)?.1.clone();
                            Some(StepLinkView {
                                href: l.href(),
                                name,
                                lang: None,
                            })
                        }),
                        overdue: s.status == "open"
                            && s.due_on.as_deref().is_some_and(|d| d < today.as_str()),
                        id: s.id,
                        text: s.text,
                        actor: s.actor,
                        actor_name: s.actor_name,
                        due_on: s.due_on,
                        status: s.status,
                        dropped_reason: s.dropped_reason,
                        help_requested: s.help_requested_at.is_some(),
                        version: s.version,
                    })
                    .collect(),
            }
        })
        .collect();
    let templates = store
        .goal_templates(case.municipality)
        .await?
        .into_iter()
        .map(|t| TemplateChoice {
            id: t.id,
            field: t.field,
            title: t.title_de,
        })
        .collect();
    let confirmation = file
        .plan_confirmation()
        .await?
        .map(|(at, changed)| (local(at).date, changed));
    let history = file
        .plan_history(50)
        .await?
        .into_iter()
        .map(|h| HistoryEntry {
            at: local(h.at),
            who: h.actor_name,
            change: h.change,
            subject: h.subject,
            detail: h.detail,
        })
        .collect();
    let head = case.head(ctx, alert).await?;
    let data = PlanData {
        link_choices: choices
            .into_iter()
            .map(|(l, name)| LinkChoice {
                value: l.value(),
                name,
                is_office: matches!(l, StepLink::Office(_)),
            })
            .collect(),
        goals,
        templates,
        confirmation,
        history,
        group_choices: store
            .group_list(case.municipality, "de", "de", None)
            .await?
            .into_iter()
            .map(|g| (g.id.to_string(), g.title))
            .collect(),
    };
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <PlanPage head=head data=data posted=posted/> },
        )
        .await)
}

/// The offices and guides of the client's county a step can point to.
async fn link_choices(ctx: &Ctx, case: &Case) -> Result<Vec<(StepLink, String)>, AppError> {
    let store = &ctx.state.store;
    Ok(match store.county_of(case.municipality).await? {
        Some(county) => store.step_link_choices(county).await?,
        None => Vec::new(),
    })
}

async fn refuse(
    ctx: &Ctx,
    case: &Case,
    checks: Checks,
    form_id: &str,
    form: &FormData,
) -> Result<Response, AppError> {
    let alert = form_alert(&case.tr(ctx));
    let posted = checks.posted(form_id, form);
    render(ctx, case, posted, alert, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// A goal from a template (its field and German title) or with a free title.
pub async fn add_goal(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let mut checks = Checks::new();
    let template = match form.get("template").trim() {
        "" => None,
        t => match t.parse::<i64>() {
            Ok(id) => ctx.state.store.goal_template(case.municipality, id).await?,
            Err(_) => None,
        }
        .or_else(|| {
            checks.fail("template", "choice-invalid");
            None
        }),
    };
    let field = checks
        .check("field", forms::optional_choice(form.get("field"), &FIELDS))
        .flatten();
    let title = checks
        .check("title", forms::optional_text(form.get("title"), 200))
        .flatten();
    let review_on = checks
        .check("review_on", forms::optional_date(form.get("review_on")))
        .flatten();
    let goal = match (&template, field, title) {
        (Some(t), _, title) => Some(NewGoal {
            field: t.field.clone(),
            template_id: Some(t.id),
            title: title.unwrap_or_else(|| t.title_de.clone()),
            review_on,
        }),
        (None, Some(field), Some(title)) => Some(NewGoal {
            field,
            template_id: None,
            title,
            review_on,
        }),
        (None, field, title) => {
            if field.is_none() {
                checks.fail("field", "plan-field-needed");
            }
            if title.is_none() {
                checks.fail("title", "plan-title-needed");
            }
            None
        }
    };
    match goal {
        Some(goal) if checks.ok() => {
            // Only the own guide may add a health goal (special category).
            let Some(id) = case.file(&ctx).add_goal(&goal).await? else {
                return Err(AppError::NotFound);
            };
            case.done(&ctx, "plan", "plan-goal-added", &format!("#goal-{id}"))
                .await
        }
        _ => refuse(&ctx, &case, checks, "goal", &form).await,
    }
}

pub async fn add_step(
    ctx: Ctx,
    Path((raw, goal)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let goal = parse_id(&goal)?;
    let form_id = format!("step-{goal}");
    let mut checks = Checks::new();
    let text = checks.check("text", forms::required_text(form.get("text"), 300));
    let actor = checks.check("actor", forms::required_choice(form.get("actor"), &STEP_ACTORS));
    let actor_name = checks.check("actor_name", forms::optional_text(form.get("actor_name"), 200));
    let due_on = checks.check("due_on", forms::optional_date(form.get("due_on")));
    let link = match form.get("link").trim() {
        "" => None,
        raw => {
            let choices = link_choices(&ctx, &case).await?;
            let link = StepLink::parse(raw).filter(|l| choices.iter().any(|(c, _)| c == l));
            if link.is_none() {
                checks.fail("link", "plan-step-link-unknown");
            }
            link
        }
    };
    match (text, actor, actor_name, due_on) {
        (Some(text), Some(actor), Some(actor_name), Some(due_on)) if checks.ok() => {
            let step = NewStep {
                text,
                actor,
                actor_name,
                due_on,
                link,
            };
            let added = case.file(&ctx).add_step(goal, &step).await?;
            if added.is_none() {
                return Err(AppError::NotFound);
            }
            case.done(&ctx, "plan", "plan-step-added", &format!("#goal-{goal}"))
                .await
        }
        _ => refuse(&ctx, &case, checks, &form_id, &form).await,
    }
}

pub async fn set_step_status(
    ctx: Ctx,
    Path((raw, step)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let step = parse_id(&step)?;
    let form_id = format!("status-{step}");
    let mut checks = Checks::new();
    let status = checks.check(
        "status",
        forms::required_choice(form.get("status"), &["open", "done", "dropped"]),
    );
    let reason = checks
        .check("reason", forms::optional_text(form.get("reason"), 300))
        .flatten();
    if status.as_deref() == Some("dropped") && reason.is_none() {
        checks.fail("reason", "plan-drop-reason-needed");
    }
    let version = form.get("version").trim().parse::<i64>().unwrap_or(-1);
    let Some(status) = status.filter(|_| checks.ok()) else {
        return refuse(&ctx, &case, checks, &form_id, &form).await;
    };
    let reason = reason.filter(|_| status == "dropped");
    match case
        .file(&ctx)
        .set_step_status(step, version, &status, reason.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            case.done(&ctx, "plan", "plan-step-updated", &format!("#step-{step}"))
                .await
        }
        Written::Conflict => {
            let mut checks = Checks::new();
            checks.fail("status", "conflict-step");
            let alert = Some(case.tr(&ctx).t("conflict-step"));
            let posted = checks.posted(&form_id, &form);
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

pub async fn update_goal(
    ctx: Ctx,
    Path((raw, goal)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let goal = parse_id(&goal)?;
    let form_id = format!("goal-{goal}");
    let mut checks = Checks::new();
    let status = checks.check("status", forms::required_choice(form.get("status"), &GOAL_STATUS));
    let review_on = checks.check("review_on", forms::optional_date(form.get("review_on")));
    let version = form.get("version").trim().parse::<i64>().unwrap_or(-1);
    let (Some(status), Some(review_on), true) = (status, review_on, checks.ok()) else {
        return refuse(&ctx, &case, checks, &form_id, &form).await;
    };
    match case
        .file(&ctx)
        .update_goal(goal, version, &status, review_on.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            case.done(&ctx, "plan", "plan-goal-updated", &format!("#goal-{goal}"))
                .await
        }
        Written::Conflict => {
            let tr = case.tr(&ctx);
            let alert = Some(tr.t("conflict-goal"));
            let posted = Checks::new().posted(&form_id, &form);
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

/// Signs the client up for a group offer as part of a step: a seat if one is free, else
/// the waiting list. The client's consent to show their first name is asked by the guide.
pub async fn sign_up_for_group(
    ctx: Ctx,
    Path((raw, step)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let step = parse_id(&step)?;
    let store = &ctx.state.store;
    if !case
        .file(&ctx)
        .steps()
        .await?
        .iter()
        .any(|s| s.id == step && s.status == "open")
    {
        return Err(AppError::NotFound);
    }
    let form_id = format!("group-{step}");
    let Ok(group) = form.get("group").parse::<i64>() else {
        let mut checks = Checks::new();
        checks.fail("group", "plan-group-needed");
        return refuse(&ctx, &case, checks, &form_id, &form).await;
    };
    let share = !form.get("share_first_name").is_empty();
    let message = match store
        .join_group(case.id(), group, share, case.principal.user())
        .await?
    {
        Joined::Confirmed => "plan-group-confirmed",
        Joined::Waitlist(_) => "plan-group-waitlist",
        Joined::Already => "plan-group-already",
        Joined::NotFound => {
            let mut checks = Checks::new();
            checks.fail("group", "plan-group-needed");
            return refuse(&ctx, &case, checks, &form_id, &form).await;
        }
    };
    store.link_participation_to_step(case.id(), group, step).await?;
    case.log(&ctx, Action::Update, "plan").await?;
    case.done(&ctx, "plan", message, &format!("#step-{step}")).await
}
