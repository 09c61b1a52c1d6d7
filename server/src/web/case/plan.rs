//! The integration plan: goals (from a template or free text), steps, status changes
//! guarded by versions, and the history of every change.

use super::step_links::{self, Resolved};
use super::{form_alert, local, open, parse_id, today_iso, Case};
use crate::db::access_log::Action;
use crate::db::case_file::Written;
use crate::db::groups::Joined;
use crate::db::plan::{NewGoal, NewStep, StepLink, TemplateRow};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{GoalStatus, StepStatus, FIELDS, STEP_ACTORS};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::plan::{
    GoalField, GoalInput, GoalUpdateField, GoalUpdateInput, GroupSignUpField, GroupSignUpInput, HistoryEntry,
    PlanData, PlanGoal, PlanPage, PlanStep, StepField, StepInput, StepStatusField, StepStatusInput,
    TemplateChoice,
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
    render_with(ctx, case, posted, alert, status, Vec::new()).await
}

/// The page; `candidates` are the offices and guides that matched the name typed into
/// the step form that came back.
async fn render_with(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
    candidates: Vec<(StepLink, String)>,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let file = case.file(ctx);
    let today = today_iso();
    let mut steps = file.steps_with_groups().await?;
    // The names of the offices and guides the steps lead to (German, as staff read them).
    let links: Vec<StepLink> = steps.iter().filter_map(|s| s.link()).collect();
    let names = match store.county_of(case.municipality()).await? {
        Some(county) if !links.is_empty() => store.step_link_names(county, &links).await?,
        _ => Vec::new(),
    };
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
                        group: match (s.group_id, &s.group_title, &s.group_status) {
                            (Some(g), Some(title), Some(status)) => Some((g, title.clone(), status.clone())),
                            _ => None,
                        },
                        link: s.link().and_then(|l| {
                            let name = names.iter().find(|(c, _)| *c == l)?.1.clone();
                            Some(StepLinkView {
                                href: l.href(),
                                name,
                                lang: None,
                            })
                        }),
                        overdue: s.status == StepStatus::Open
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
    let choices = store.plan_choices(case.municipality()).await?;
    let templates = choices
        .templates
        .into_iter()
        .map(|(id, field, title)| TemplateChoice { id, field, title })
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
        link_candidates: candidates
            .into_iter()
            .map(|(l, name)| step_links::choice(l, name))
            .collect(),
        goals,
        templates,
        confirmation,
        history,
        group_choices: choices
            .groups
            .into_iter()
            .map(|(id, title)| (id.to_string(), title))
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

/// The form as it came, with its problems, shown again with the alert at the top.
async fn refuse(
    ctx: &Ctx,
    case: &Case,
    errors: FieldErrors,
    form_id: &str,
    form: &FormData,
) -> Result<Response, AppError> {
    let alert = form_alert(&case.tr(ctx));
    let posted = form.refused(form_id, errors);
    render(ctx, case, posted, alert, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// A goal from a template (its field and German title) or with a free title.
pub async fn add_goal(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let input: GoalInput = form.input();
    // The template is looked up here, so that parsing needs no database: one the
    // municipality's county does not offer is as unknown as one that does not exist.
    let template = match input.template.trim().parse::<i64>() {
        Ok(id) => ctx.state.store.goal_template(case.municipality(), id).await?,
        Err(_) => None,
    };
    match parse_goal(input, template) {
        Ok(goal) => {
            // Only the own guide may add a health goal (special category).
            let Some(id) = case.file(&ctx).add_goal(&goal).await? else {
                return Err(AppError::NotFound);
            };
            case.done(&ctx, "plan", "plan-goal-added", &format!("#goal-{id}"))
                .await
        }
        Err(errors) => refuse(&ctx, &case, errors, "goal", &form).await,
    }
}

/// The goal as posted; `template` is the one the form named, if the county offers it.
/// A template gives the field and the title (which a typed title replaces); without one,
/// both must be given.
fn parse_goal(input: GoalInput, template: Option<TemplateRow>) -> Result<NewGoal, FieldErrors> {
    use GoalField as F;
    let mut p = Problems::new();
    if !input.template.trim().is_empty() && template.is_none() {
        p.add(F::Template, Problem::new("choice-invalid"));
    }
    let field = p
        .check(F::Field, forms::optional_choice(&input.field, &FIELDS))
        .flatten();
    let title = p
        .check(F::Title, forms::optional_text(&input.title, 200))
        .flatten();
    let review_on = p
        .check(F::ReviewOn, forms::optional_date(&input.review_on))
        .flatten();
    let goal = match (template, field, title) {
        (Some(t), _, title) => Some(NewGoal {
            field: t.field,
            template_id: Some(t.id),
            title: title.unwrap_or(t.title),
            review_on,
        }),
        (None, Some(field), Some(title)) => Some(NewGoal {
            field,
            template_id: None,
            title,
            review_on,
        }),
        (None, field, title) => {
            // A field or title that failed its check already says why.
            if field.is_none() {
                p.add(F::Field, Problem::new("plan-field-needed"));
            }
            if title.is_none() {
                p.add(F::Title, Problem::new("plan-title-needed"));
            }
            None
        }
    };
    p.finish(|| goal)
}

pub async fn add_step(
    ctx: Ctx,
    Path((raw, goal)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let goal = parse_id(&goal)?;
    let form_id = format!("step-{goal}");
    let input: StepInput = form.input();
    let link = step_links::resolve(&ctx, &case, &input).await?;
    match parse_step(input, &link) {
        Ok(step) => {
            let added = case.file(&ctx).add_step(goal, &step).await?;
            if added.is_none() {
                return Err(AppError::NotFound);
            }
            case.done(&ctx, "plan", "plan-step-added", &format!("#goal-{goal}"))
                .await
        }
        Err(errors) => {
            // The form again with what was typed; a link that was found is kept (its
            // name in the field), one that was not is dropped, and several matches
            // come back as a choice.
            let alert = form_alert(&case.tr(&ctx));
            let mut posted = form.refused(&form_id, errors);
            posted.values.remove(StepField::LinkPick.name());
            posted.values.remove(StepField::Link.name());
            let candidates = match link {
                Resolved::Link(l, name) => {
                    posted.values.insert(StepField::Link.name().into(), l.value());
                    posted.values.insert(StepField::LinkQuery.name().into(), name);
                    Vec::new()
                }
                Resolved::Choose(found) => found,
                Resolved::Nowhere | Resolved::Problem(_) => Vec::new(),
            };
            render_with(
                &ctx,
                &case,
                posted,
                alert,
                StatusCode::UNPROCESSABLE_ENTITY,
                candidates,
            )
            .await
        }
    }
}

/// The step as posted, leading where [`step_links::resolve`] found.
fn parse_step(input: StepInput, link: &Resolved) -> Result<NewStep, FieldErrors> {
    use StepField as F;
    let mut p = Problems::new();
    let text = p.check(F::Text, forms::required_text(&input.text, 300));
    let actor = p.check(F::Actor, forms::required_choice(&input.actor, &STEP_ACTORS));
    let actor_name = p.check(F::ActorName, forms::optional_text(&input.actor_name, 200));
    let due_on = p.check(F::DueOn, forms::optional_date(&input.due_on));
    let link = match link {
        Resolved::Nowhere => None,
        Resolved::Link(l, _) => Some(*l),
        Resolved::Choose(_) => {
            p.add(F::LinkQuery, Problem::new("plan-step-link-choose"));
            None
        }
        Resolved::Problem(message) => {
            p.add(F::LinkQuery, Problem::new(message));
            None
        }
    };
    p.finish(|| {
        Some(NewStep {
            text: text?,
            actor: actor?,
            actor_name: actor_name?,
            due_on: due_on?,
            link,
        })
    })
}

/// A step's new status as posted, with the version the form was opened with.
struct StatusChange {
    status: StepStatus,
    /// Only for a dropped step.
    reason: Option<String>,
    version: i64,
}

pub async fn set_step_status(
    ctx: Ctx,
    Path((raw, step)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let step = parse_id(&step)?;
    let form_id = format!("status-{step}");
    let change = match parse_status(form.input()) {
        Ok(change) => change,
        Err(errors) => return refuse(&ctx, &case, errors, &form_id, &form).await,
    };
    match case
        .file(&ctx)
        .set_step_status(step, change.version, change.status, change.reason.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            case.done(&ctx, "plan", "plan-step-updated", &format!("#step-{step}"))
                .await
        }
        Written::Conflict => {
            let mut errors = FieldErrors::new();
            errors.insert(StepStatusField::Status.name(), Problem::new("conflict-step"));
            let alert = Some(case.tr(&ctx).t("conflict-step"));
            let posted = form.refused(&form_id, errors);
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

/// The status as posted: a dropped step needs the reason, which no other status keeps.
/// A missing or broken version never matches, so the save is refused as a conflict.
fn parse_status(input: StepStatusInput) -> Result<StatusChange, FieldErrors> {
    use StepStatusField as F;
    let mut p = Problems::new();
    let status = p.check(
        F::Status,
        forms::required_parsed(&input.status, StepStatus::parse),
    );
    let reason = p
        .check(F::Reason, forms::optional_text(&input.reason, 300))
        .flatten();
    if status == Some(StepStatus::Dropped) && reason.is_none() {
        p.add(F::Reason, Problem::new("plan-drop-reason-needed"));
    }
    let version = input.version.trim().parse::<i64>().unwrap_or(-1);
    p.finish(|| {
        let status = status?;
        let reason = reason.filter(|_| status == StepStatus::Dropped);
        Some(StatusChange {
            status,
            reason,
            version,
        })
    })
}

/// A goal's new status and review date as posted, with the version the form was opened
/// with.
struct GoalChange {
    status: GoalStatus,
    review_on: Option<String>,
    version: i64,
}

pub async fn update_goal(
    ctx: Ctx,
    Path((raw, goal)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let goal = parse_id(&goal)?;
    let form_id = format!("goal-{goal}");
    let change = match parse_goal_update(form.input()) {
        Ok(change) => change,
        Err(errors) => return refuse(&ctx, &case, errors, &form_id, &form).await,
    };
    match case
        .file(&ctx)
        .update_goal(goal, change.version, change.status, change.review_on.as_deref())
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
            let posted = form.refused(&form_id, FieldErrors::new());
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

/// The goal's change as posted. A missing or broken version never matches, so the save
/// is refused as a conflict.
fn parse_goal_update(input: GoalUpdateInput) -> Result<GoalChange, FieldErrors> {
    use GoalUpdateField as F;
    let mut p = Problems::new();
    let status = p.check(
        F::Status,
        forms::required_parsed(&input.status, GoalStatus::parse),
    );
    let review_on = p.check(F::ReviewOn, forms::optional_date(&input.review_on));
    let version = input.version.trim().parse::<i64>().unwrap_or(-1);
    p.finish(|| {
        Some(GoalChange {
            status: status?,
            review_on: review_on?,
            version,
        })
    })
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
        .any(|s| s.id == step && s.status == StepStatus::Open)
    {
        return Err(AppError::NotFound);
    }
    let form_id = format!("group-{step}");
    let (group, share) = match parse_sign_up(form.input()) {
        Ok(sign_up) => sign_up,
        Err(errors) => return refuse(&ctx, &case, errors, &form_id, &form).await,
    };
    let message = match store
        .join_group(case.id(), group, share, case.principal.user())
        .await?
    {
        Joined::Confirmed => "plan-group-confirmed",
        Joined::Waitlist(_) => "plan-group-waitlist",
        Joined::Already => "plan-group-already",
        Joined::NotFound => {
            // Gone or no longer open since the page was shown: pick another.
            let mut errors = FieldErrors::new();
            errors.insert(GroupSignUpField::Group.name(), Problem::new("plan-group-needed"));
            return refuse(&ctx, &case, errors, &form_id, &form).await;
        }
    };
    store.link_participation_to_step(case.id(), group, step).await?;
    case.log(&ctx, Action::Update, "plan").await?;
    case.done(&ctx, "plan", message, &format!("#step-{step}")).await
}

/// The group chosen (whether it exists is for the sign-up to say) and whether the client
/// agreed to show their first name.
fn parse_sign_up(input: GroupSignUpInput) -> Result<(i64, bool), FieldErrors> {
    use GroupSignUpField as F;
    let mut p = Problems::new();
    let group = p.check(
        F::Group,
        input
            .group
            .parse::<i64>()
            .map_err(|_| Problem::new("plan-group-needed")),
    );
    let share = !input.share_first_name.is_empty();
    p.finish(|| Some((group?, share)))
}
