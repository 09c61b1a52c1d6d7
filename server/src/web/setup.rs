//! The first administrator of a new installation, through the one-time set-up link the
//! server prints on its first start.

use super::ctx::Ctx;
use super::error::AppError;
use super::form_data::FormData;
use super::forms::{self};
use super::signin::hash_off_thread;
use crate::auth::credentials;
use crate::db::users::NewUser;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::Role;
use lotse_app::forms::{Problem, Problems};
use lotse_app::pages::auth::{SetupField, SetupForm, SetupInput, SetupPage};
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
    let input: SetupInput = form.input();
    let token_hash = credentials::token_hash(&input.token);
    if !ctx.state.store.setup_token_valid(&token_hash).await? {
        return Err(AppError::NotFound);
    }
    let (name, email, password) = match parse(&input) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let form = SetupForm {
                token: input.token,
                name: input.name,
                email: input.email,
                errors,
                alert: Some(tr.t("form-errors-heading")),
            };
            return Ok(ctx
                .render_status(
                    lang,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    move || view! { <SetupPage form=form/> },
                )
                .await);
        }
    };
    let hash = hash_off_thread(password).await?;
    let admin = NewUser {
        display_name: name,
        email: Some(email),
        password_hash: Some(hash),
        ..Default::default()
    };
    match ctx.state.store.redeem_setup_token(&token_hash, &admin).await? {
        // Administrators must use two-step sign-in: the new one sets it up now, as a
        // password sign-in would ask, before the first page of the administration.
        Some(id) => super::two_factor::after_password(&ctx, id, Role::Admin, None).await,
        None => Err(AppError::NotFound),
    }
}

/// The administrator's name, e-mail address and password, or what is wrong with them.
/// The password is only counted, never sent back: a refused form asks for it again.
fn parse(input: &SetupInput) -> Result<(String, String, String), FieldErrors> {
    use SetupField as F;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let email = p.check(F::Email, forms::email(&input.email));
    if input.password.chars().count() < 12 {
        p.add(F::Password, Problem::new("password-too-short"));
    }
    p.finish(|| Some((name?, email?, input.password.clone())))
}
