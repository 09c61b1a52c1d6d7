//! The access log of one case: who read or changed it, and when.

use super::{local, open};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::pages::staff::case::history::{AccessView, HistoryPage};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let entries = case
        .file(&ctx)
        .access_history(200)
        .await?
        .into_iter()
        .map(|e| AccessView {
            at: local(e.at),
            who: e.actor_name,
            role: e.actor_role,
            action: e.action,
            detail: e.detail,
        })
        .collect::<Vec<_>>();
    let head = case.head(&ctx, None).await?;
    Ok(case
        .render(
            &ctx,
            StatusCode::OK,
            move || view! { <HistoryPage head=head entries=entries/> },
        )
        .await)
}
