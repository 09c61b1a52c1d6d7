//! The end of a case: closing with a reason and each open goal's outcome, the episodes
//! of support, and reopening within the retention period.

use super::{form_alert, local, open, open_closed, Case};
use crate::db::case_end::{kept_until, Closing, NotDone};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{ClosingReason, GoalOutcome, HandedTo};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::closing::{
    outcome_field, ClosingData, ClosingField, ClosingInput, ClosingPage, ClosureView, CLOSING_FORM, OUTCOMES,
};

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
    let file = case.file(ctx);
    let mut closures = vec![];
    for c in file.closures().await? {
        closures.push(ClosureView {
            started: local(c.episode_started_at),
            closed: local(c.closed_at),
            closed_by: c.closed_by,
            reason: c.reason,
            handed_to: c.handed_to,
            moved_to: c.moved_to,
            note: c.note,
            outcomes: file.closure_outcomes(c.id).await?,
            reopened: c.reopened_at.zip(c.reopened_by).map(|(at, by)| (local(at), by)),
        });
    }
    let closed = case.access.is_closed();
    let retention = ctx.state.store.retention_months(case.id()).await?;
    let kept = case
        .access
        .closed_at()
        .and_then(|at| kept_until(at, retention))
        .map(|d| d.format("%Y-%m-%d").to_string());
    let data = ClosingData {
        closed,
        can_close: case.access.is_own_guide(),
        can_reopen: closed
            && kept
                .as_deref()
                .is_some_and(|until| until > crate::time::today_iso().as_str()),
        kept_until: kept,
        goals: if closed {
            vec![]
        } else {
            file.open_goals()
                .await?
                .into_iter()
                .map(|(id, title, _)| (id, title))
                .collect()
        },
        closures,
    };
    let head = case.head(ctx, alert).await?;
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <ClosingPage head=head data=data posted=posted/> },
        )
        .await)
}

/// The closing as posted: a reason; the service for a handing-over and the place for a
/// move; an outcome for every goal still open.
fn parse(input: &ClosingInput, form: &FormData, goals: &[i64]) -> Result<Closing, FieldErrors> {
    use ClosingField as F;
    let mut p = Problems::new();
    let reason = p.check(
        F::Reason,
        forms::required_parsed(&input.reason, ClosingReason::parse),
    );
    let handed_to = match input.handed_to.trim() {
        "" => None,
        h => p.check(F::HandedTo, forms::required_parsed(h, HandedTo::parse)),
    };
    if reason == Some(ClosingReason::RegularServices) && handed_to.is_none() && !p.has(F::HandedTo) {
        p.add(F::HandedTo, Problem::new("closing-handed-to-needed"));
    }
    let moved_to = p.check(F::MovedTo, forms::optional_text(&input.moved_to, 100));
    if reason == Some(ClosingReason::Moved) && matches!(moved_to, Some(None)) {
        p.add(F::MovedTo, Problem::new("closing-moved-to-needed"));
    }
    let note = p.check(F::Note, forms::optional_text(&input.note, 2000));
    let mut outcomes = vec![];
    let mut missing = false;
    for goal in goals {
        match GoalOutcome::parse(form.get(&outcome_field(*goal)).trim()) {
            Some(o) => outcomes.push((*goal, o)),
            None => missing = true,
        }
    }
    let mut errors = match p.finish(|| {
        let reason = reason?;
        Some(Closing {
            reason,
            handed_to: handed_to.filter(|_| reason == ClosingReason::RegularServices),
            moved_to: moved_to.flatten().filter(|_| reason == ClosingReason::Moved),
            note: note.flatten().unwrap_or_default(),
            outcomes: outcomes.clone(),
        })
    }) {
        Ok(closing) if !missing => return Ok(closing),
        Ok(_) => FieldErrors::new(),
        Err(errors) => errors,
    };
    if missing {
        errors.insert(OUTCOMES, Problem::new("closing-outcome-needed"));
    }
    Err(errors)
}

pub async fn close(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    // Only the own guide sees every goal, so only they close.
    if !case.access.is_own_guide() {
        return Err(AppError::NotFound);
    }
    let file = case.file(&ctx);
    let goals: Vec<i64> = file
        .open_goals()
        .await?
        .into_iter()
        .map(|(id, _, _)| id)
        .collect();
    let tr = case.tr(&ctx);
    let errors = match parse(&form.input(), &form, &goals) {
        Ok(closing) => match file.close(&closing).await? {
            Ok(_) => return case.done(&ctx, "closing", "closing-done", "").await,
            Err(NotDone::AlreadyThere) => return Err(AppError::Closed),
            Err(_) => {
                // A goal was added or closed meanwhile: the form again, with the goals as they are.
                let posted = form.refused(CLOSING_FORM, FieldErrors::new());
                let alert = Some(tr.t("closing-goals-changed"));
                return render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await;
            }
        },
        Err(errors) => errors,
    };
    let posted = form.refused(CLOSING_FORM, errors);
    render(
        &ctx,
        &case,
        posted,
        form_alert(&tr),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn reopen(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open_closed(&ctx, &raw).await?;
    let retention = ctx.state.store.retention_months(case.id()).await?;
    match case.file(&ctx).reopen(retention).await? {
        Ok(()) => case.done(&ctx, "closing", "closing-reopened", "").await,
        Err(NotDone::TooLate) => {
            let alert = Some(case.tr(&ctx).t("closing-too-late"));
            render(&ctx, &case, Posted::default(), alert, StatusCode::CONFLICT).await
        }
        // Open already (someone reopened it first): the page shows it so.
        Err(_) => case.done(&ctx, "closing", "closing-reopened", "").await,
    }
}
