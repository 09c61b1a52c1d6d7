//! The one-time link of a staff member (an invitation or a password reset): the page
//! that asks for a password, and setting it. Then the person signs in as everyone does.

use super::ctx::Ctx;
use super::error::AppError;
use super::form_data::FormData;
use super::signin::hash_off_thread;
use crate::auth::credentials;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::forms::{FieldErrors, Problem};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::accounts::{
    PasswordField, PasswordInput, StaffPasswordPage, StaffPasswordSetPage, PASSWORD_FORM,
};

fn link_key(raw: &str) -> Result<String, AppError> {
    if raw.is_empty() || raw.len() > 100 {
        return Err(AppError::NotFound);
    }
    Ok(credentials::token_hash(raw))
}

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let link = ctx
        .state
        .store
        .staff_link(&link_key(&raw)?)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ctx
        .render(ctx.lang(true), move || {
            view! {
                <StaffPasswordPage name=link.display_name email=link.email reset={link.purpose == "reset"}
                    token=raw posted=Posted::default() alert=None/>
            }
        })
        .await)
}

/// Sets the password; then the person signs in as everyone does (with the second step
/// where it is required: a link must not be a way around it).
pub async fn set_password(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let key = link_key(&raw)?;
    let store = &ctx.state.store;
    let link = store.staff_link(&key).await?.ok_or(AppError::NotFound)?;
    let input: PasswordInput = form.input();
    let lang = ctx.lang(true);
    if input.password.chars().count() < 12 {
        let mut errors = FieldErrors::new();
        errors.insert(PasswordField::Password.name(), Problem::new("password-too-short"));
        let posted = Posted {
            form: PASSWORD_FORM.into(),
            errors,
            ..Default::default()
        };
        let alert = Some(ctx.state.i18n.translator(lang).t("form-errors-heading"));
        return Ok(ctx
            .render_status(lang, StatusCode::UNPROCESSABLE_ENTITY, move || {
                view! {
                    <StaffPasswordPage name=link.display_name email=link.email reset={link.purpose == "reset"}
                        token=raw posted=posted alert=alert/>
                }
            })
            .await);
    }
    let hash = hash_off_thread(input.password).await?;
    store
        .redeem_staff_link(&key, &hash)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(ctx
        .render(lang, move || view! { <StaffPasswordSetPage email=link.email/> })
        .await)
}
