//! Activation: the client turns the one-time code from their guide into a PIN.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::signin::{hash_off_thread, signed_in, Refusal};
use crate::auth::credentials::{self, check_new_pin, pin_key};
use crate::auth::ratelimit;
use crate::db::{access_log::Action, now};
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::Role;
use lotse_app::forms::{Problem, Problems};
use lotse_app::pages::auth::{ActivateField, ActivateForm, ActivateInput, ActivatePage};
use lotse_app::pages::FieldErrors;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct ActivateQuery {
    #[serde(default)]
    code: String,
}

/// The activation page; the QR code's link fills in the code.
pub async fn activate_page(ctx: Ctx, Query(q): Query<ActivateQuery>) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let form = ActivateForm {
        code: q.code.chars().take(20).collect(),
        ..Default::default()
    };
    Ok(ctx
        .render(lang, move || view! { <ActivatePage form=form/> })
        .await)
}

pub async fn activate(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let input: ActivateInput = form.input();
    let typed = input.code.trim().chars().take(40).collect::<String>();
    let mut errors = FieldErrors::new();
    let (status, alert) = match parse(&input, &typed) {
        Err(found) => {
            errors = found;
            (StatusCode::UNPROCESSABLE_ENTITY, tr.t("form-errors-heading"))
        }
        Ok((code, pin)) => {
            let at = now();
            let account_key = format!("activation:{}", ctx.address);
            // The try is counted before anything is checked (see `ratelimit::reserve`).
            if let Err(m) = ratelimit::reserve(&ctx.state.store, &account_key, "", &ctx.address, at).await? {
                Refusal::Blocked(m).answer(&tr, "activate-code-invalid")
            } else {
                let store = &ctx.state.store;
                let code_hash = credentials::token_hash(&code);
                // Argon2 runs only for a code that can be redeemed.
                let redeemed = if store.activation_code_open(&code_hash, at).await? {
                    let hash = hash_off_thread(pin_key(pin)).await?;
                    store.redeem_activation_code(&code_hash, &hash, at).await?
                } else {
                    None
                };
                match redeemed {
                    Some(done) => {
                        store.clear_signin_failures(&account_key, "").await?;
                        let user = done.user;
                        match done.renewed_by {
                            // A reissued code: the client's "who opened my file" shows the
                            // staff member who made it possible, not the client.
                            Some(staff) => {
                                let role = store
                                    .user(staff)
                                    .await?
                                    .and_then(|u| u.role())
                                    .unwrap_or(Role::Guide);
                                store
                                    .log_access(
                                        staff,
                                        role,
                                        Some(done.client),
                                        Action::Activate,
                                        "reissued-code",
                                    )
                                    .await?
                            }
                            None => {
                                store
                                    .log_access(user, Role::Client, Some(done.client), Action::Activate, "")
                                    .await?
                            }
                        }
                        // The home page then shows the sign-in number once.
                        return signed_in(&ctx, user, Role::Client, Some(Flash::Welcome), None).await;
                    }
                    None => {
                        // The reserved try stays as the failure.
                        errors.insert(ActivateField::Code.name(), Problem::new("activate-code-invalid"));
                        (StatusCode::UNPROCESSABLE_ENTITY, tr.t("activate-code-invalid"))
                    }
                }
            }
        }
    };
    let form = ActivateForm {
        code: typed,
        errors,
        alert: Some(alert),
    };
    Ok(ctx
        .render_status(lang, status, move || view! { <ActivatePage form=form/> })
        .await)
}

/// The code (normalised, as its hash is stored) and the new PIN, or what is wrong with
/// them; `typed` is the code as typed, cut to a length no code has. Whether the code
/// exists is not asked here: that comes after the try is counted against the limit.
fn parse<'a>(input: &'a ActivateInput, typed: &str) -> Result<(String, &'a str), FieldErrors> {
    use ActivateField as F;
    let mut p = Problems::new();
    let code = credentials::code_key(typed);
    if code.is_empty() {
        p.add(F::Code, Problem::new("field-required"));
    }
    let pin = input.pin.as_str();
    match check_new_pin(pin) {
        Err(e) => p.add(F::Pin, Problem::new(e.message_id())),
        Ok(_) if pin_key(pin) != pin_key(&input.pin_repeat) => {
            p.add(F::PinRepeat, Problem::new("pin-mismatch"))
        }
        Ok(_) => {}
    }
    p.finish(|| Some((code, pin)))
}
