//! The first administrator of a new installation, through the one-time set-up link the
//! server prints on its first start.

use super::ctx::Ctx;
use super::error::AppError;
use super::form_data::FormData;
use super::forms::{self};
use super::signin::{hash_off_thread, signed_in};
use crate::auth::credentials;
use crate::db::users::NewUser;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::Role;
use lotse_app::forms::Problem;
use lotse_app::pages::auth::{SetupForm, SetupPage};
use lotse_app::pages::FieldErrors;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct SetupQuery {
    #[serde(default)]
    token: String,
}

pub async fn setup_page(ctx: Ctx, Query(q): Query<SetupQuery>) -> Result<Response, AppError> {
    if !ctx
        .state
        .store
        .setup_token_valid(&credentials::token_hash(&q.token))
        .await?
    {
        return Err(AppError::NotFound);
    }
    let lang = ctx.lang(true);
    let form = SetupForm {
        token: q.token,
        ..Default::default()
    };
    Ok(ctx.render(lang, move || view! { <SetupPage form=form/> }).await)
}

pub async fn setup(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let token = form.get("token").to_string();
    let token_hash = credentials::token_hash(&token);
    if !ctx.state.store.setup_token_valid(&token_hash).await? {
        return Err(AppError::NotFound);
    }
    let mut errors = FieldErrors::new();
    let name = forms::required_text(form.get("name"), 100)
        .map_err(|p| errors.insert("name", p))
        .ok();
    let email = forms::email(form.get("email"))
        .map_err(|p| errors.insert("email", p))
        .ok();
    let password = form.get("password");
    if password.chars().count() < 12 {
        errors.insert("password", Problem::new("password-too-short"));
    }
    if let (Some(name), Some(email), true) = (name, email, errors.is_empty()) {
        let hash = hash_off_thread(password.to_string()).await?;
        let admin = NewUser {
            display_name: name,
            email: Some(email),
            password_hash: Some(hash),
            ..Default::default()
        };
        return match ctx.state.store.redeem_setup_token(&token_hash, &admin).await? {
            Some(id) => signed_in(&ctx, id, Role::Admin, None, None).await,
            None => Err(AppError::NotFound),
        };
    }
    let form = SetupForm {
        token,
        name: form.get("name").to_string(),
        email: form.get("email").to_string(),
        errors,
        alert: Some(tr.t("form-errors-heading")),
    };
    Ok(ctx
        .render_status(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            move || view! { <SetupPage form=form/> },
        )
        .await)
}
