//! "My deadlines": the client's dates that matter, the residence permit's end from the
//! intake, and their own deadlines (added, ticked off, removed).

use super::{after, log, own_record};
use crate::auth::permission::ClientAccess;
use crate::db::access_log::Action;
use crate::db::case_file::CaseFile;
use crate::db::deadlines::{default_remind_days, NewDeadline, DEADLINE_KINDS};
use crate::db::DbResult;
use crate::web::case::{form_alert, today};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;
use lotse_app::casework::REMIND_DAYS;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::client_deadlines::{
    DeadlineDoneInput, DeadlineField, DeadlineInput, MyDeadline, MyDeadlines, MyDeadlinesPage,
};
use lotse_app::pages::forms::Posted;

/// Every deadline of the client, open ones first by date: the residence permit's end
/// (from the intake, unless the guide recorded it as a deadline too) and the stored ones.
pub(crate) async fn collect(file: &CaseFile<'_>) -> DbResult<Vec<MyDeadline>> {
    let today = today();
    let days_to = |iso: &str| {
        NaiveDate::parse_from_str(iso, "%Y-%m-%d")
            .map(|d| (d - today).num_days())
            .unwrap_or(0)
    };
    let (stored, residence_expiry) = file.deadlines_and_residence_expiry().await?;
    let mut items = vec![];
    if let Some(expiry) = residence_expiry {
        let recorded = stored
            .iter()
            .any(|d| d.kind == "residence_permit" && d.due_on == expiry);
        if !recorded {
            items.push(MyDeadline {
                id: None,
                kind: "residence_permit".into(),
                title: String::new(),
                days_left: days_to(&expiry),
                due_on: expiry,
                remind_days: default_remind_days("residence_permit").unwrap_or(90),
                done: false,
                own: false,
                added_by: None,
            });
        }
    }
    items.extend(stored.into_iter().map(|d| MyDeadline {
        id: Some(d.id),
        days_left: days_to(&d.due_on),
        kind: d.kind,
        title: d.title,
        due_on: d.due_on,
        remind_days: d.remind_days,
        done: d.done_at.is_some(),
        own: d.by_client,
        added_by: (!d.by_client).then_some(d.created_by_name),
    }));
    items.sort_by(|a, b| (a.done, &a.due_on).cmp(&(b.done, &b.due_on)));
    Ok(items)
}

pub async fn my_deadlines(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(false));
    let notice = Flash::take_info(store, &token, &tr).await?;
    render(&ctx, &access, notice, Posted::default(), StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    access: &ClientAccess,
    notice: Option<String>,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    log(&ctx.state.store, access, Action::Read, "deadlines").await?;
    let data = MyDeadlines {
        items: collect(&store.case(access)).await?,
        notice,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
        key: forms::idempotency_key(),
        closed: access.is_closed(),
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <MyDeadlinesPage data=data user=user/> },
        )
        .await)
}

/// A deadline as posted (the client's and the guide's are the same fields), checked
/// field by field. A client's "other" date needs a description.
pub(crate) fn parse_deadline(
    input: DeadlineInput,
    by_client: bool,
    client_key: Option<String>,
) -> Result<NewDeadline, FieldErrors> {
    use DeadlineField as F;
    let mut p = Problems::new();
    let kinds = DEADLINE_KINDS.map(|(k, _)| k);
    let kind = p.check(F::Kind, forms::required_choice(&input.kind, &kinds));
    let title = p.check(F::Title, forms::optional_text(&input.title, 200));
    let due_on = p.check(F::DueOn, forms::required_date(&input.due_on));
    let remind_days = input
        .remind_days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| REMIND_DAYS.contains(d));
    if remind_days.is_none() {
        p.add(F::RemindDays, Problem::new("choice-invalid"));
    }
    if by_client && kind.as_deref() == Some("other") && title.as_ref().is_some_and(|t| t.is_none()) {
        p.add(F::Title, Problem::new("my-deadline-title-needed"));
    }
    p.finish(|| {
        Some(NewDeadline {
            kind: kind?,
            title: title?.unwrap_or_default(),
            due_on: due_on?,
            remind_days: remind_days?,
            by_client,
            client_key,
        })
    })
}

pub async fn add_deadline(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let key = forms::posted_key(&form)?;
    let new = match parse_deadline(form.input(), true, Some(key)) {
        Ok(new) => new,
        Err(errors) => {
            let posted = form.refused("deadline", errors);
            return render(&ctx, &access, None, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    ctx.state.store.case(&access).add_deadline(&new).await?;
    after(&ctx, &token, "my-deadline-saved", "/me/deadlines").await
}

pub async fn deadline_done(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let input: DeadlineDoneInput = form.input();
    // "0" takes the tick back; anything else ticks it off.
    let done = input.done.trim() != "0";
    if !ctx.state.store.case(&access).set_deadline_done(id, done).await? {
        return Err(AppError::NotFound);
    }
    after(
        &ctx,
        &token,
        "my-deadline-saved",
        &format!("/me/deadlines#my-deadline-{id}"),
    )
    .await
}

pub async fn remove_deadline(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx.state.store.case(&access).remove_deadline(id).await? {
        return Err(AppError::NotFound);
    }
    after(&ctx, &token, "my-deadline-removed", "/me/deadlines").await
}
