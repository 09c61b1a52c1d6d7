//! The client's deadlines in the case file (shown on the appointments tab): the guide
//! adds benefit renewals, registrations and the like, which the client sees on the
//! phone and in the calendar, and removes them again.

use super::appointments::render;
use super::{form_alert, open, parse_id};
use crate::web::client::deadlines::parse_deadline;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;

pub async fn add(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let tr = case.tr(&ctx);
    let new = match parse_deadline(form.input(), false, None) {
        Ok(new) => new,
        Err(errors) => {
            let posted = form.refused("deadline", errors);
            return render(
                &ctx,
                &case,
                posted,
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    case.file(&ctx).add_deadline(&new).await?;
    case.done(&ctx, "appointments", "deadline-saved", "#deadlines")
        .await
}

pub async fn remove(ctx: Ctx, Path((raw, deadline)): Path<(String, String)>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let deadline = parse_id(&deadline)?;
    if !case.file(&ctx).remove_deadline(deadline).await? {
        return Err(AppError::NotFound);
    }
    case.done(&ctx, "appointments", "deadline-removed", "#deadlines")
        .await
}
