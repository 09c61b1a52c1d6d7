//! The administrator's start page (municipalities and their sign-in settings).

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use crate::auth::permission::Principal;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::pages::staff::AdminHomePage;

pub async fn admin_home(ctx: Ctx) -> Result<Response, AppError> {
    let (p, _) = ctx.principal(true).await?;
    if !matches!(p, Principal::Admin { .. }) {
        return Ok(Redirect::to(p.home()).into_response());
    }
    let (_, session) = ctx.principal(true).await?;
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let data = lotse_app::pages::staff::AdminHome {
        municipalities: store.two_factor_settings().await?,
        notice: Flash::take_info(store, &session.token_hash, &tr).await?,
    };
    let user = ctx.nav_user("/admin").unwrap_or_default();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <AdminHomePage user=user data=data/> },
        )
        .await)
}
