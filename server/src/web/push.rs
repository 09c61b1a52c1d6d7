//! Notifications on the phone, as the browser asks for them: a client or volunteer who
//! turned them on posts the browser's subscription here, and takes it back here. The
//! page's script (`public/push.js`) does the asking; without it there is nothing to
//! turn on, and the page says nothing about it.

use super::ctx::Ctx;
use super::error::AppError;
use super::form_data::FormData;
use crate::auth::permission::Principal;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lotse_app::domain::UserId;

/// Only clients and volunteers get pushes; staff read their work at their desk.
async fn person(ctx: &Ctx) -> Result<(UserId, String), AppError> {
    let (p, session) = ctx.principal(false).await?;
    match p {
        Principal::Client { .. } | Principal::Volunteer { .. } => Ok((p.user(), session.token_hash.clone())),
        other => Err(AppError::ElsewhereHome(other.home())),
    }
}

/// Keeps the browser's subscription (`endpoint`, `p256dh`, `auth` as the browser's
/// `PushSubscription.toJSON()` gives them). 204, or 400 for one that is not a push
/// service's.
pub async fn subscribe(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (user, session) = person(&ctx).await?;
    let Some(subscription) =
        ctx.state
            .push
            .accepts(form.get("endpoint"), form.get("p256dh"), form.get("auth"))
    else {
        return Err(AppError::BadRequest);
    };
    ctx.state
        .store
        .save_push_subscription(user, &subscription, &session)
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

/// Ends the subscription of this browser (turned off on the page). 204 also when there
/// was none: the browser's state is what counts.
pub async fn unsubscribe(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (user, _) = person(&ctx).await?;
    ctx.state
        .store
        .remove_push_subscription(user, form.get("endpoint"))
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}
