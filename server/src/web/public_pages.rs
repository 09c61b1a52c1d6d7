//! Pages and posts that need no sign-in: the start address, the language choice and the
//! offline page the service worker keeps.

use super::ctx::Ctx;
use super::error::AppError;
use super::form_data::FormData;
use super::forms;
use crate::auth::session;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::Lang;

/// `/`: each person's home, or the sign-in page.
pub async fn root(ctx: Ctx) -> Result<Response, AppError> {
    match ctx.principal(false).await {
        Ok((p, _)) => Ok(Redirect::to(p.home()).into_response()),
        Err(AppError::SignIn { .. }) => Ok(Redirect::to("/signin").into_response()),
        Err(e) => Err(e),
    }
}

/// Remembers the language: in the profile when signed in, and in a cookie always.
pub async fn set_lang(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let back = forms::local_path(form.get("return_to"));
    let Some(lang) = Lang::parse(form.get("lang")) else {
        return Ok(Redirect::to(&back).into_response());
    };
    // A client chooses among the languages their municipality offers; another choice
    // (from an old page) changes nothing.
    let allowed = ctx
        .session
        .as_ref()
        .and_then(|s| s.user.client_langs.as_deref())
        .map(Lang::list)
        .unwrap_or_default();
    if !allowed.is_empty() && !allowed.contains(&lang) {
        return Ok(Redirect::to(&back).into_response());
    }
    if let Some(s) = &ctx.session {
        ctx.state
            .store
            .set_user_lang(s.user.user_id(), lang.code())
            .await?;
    }
    let mut res = Redirect::to(&back).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        session::lang_cookie(&ctx.state.settings, lang.code()),
    );
    Ok(res)
}

/// The offline page the service worker keeps, in the language of the visit that installed it.
pub async fn offline(ctx: Ctx) -> Response {
    ctx.render(
        ctx.lang(false),
        || view! { <lotse_app::pages::errors::OfflinePage/> },
    )
    .await
}
