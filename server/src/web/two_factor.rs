//! Two-factor sign-in for staff (see `auth::two_factor`): the step after the password,
//! enrolment during sign-in when it is required, the person's own security page, and the
//! administrator's switch per municipality.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::signin::signed_in;
use crate::auth::permission::Principal;
use crate::auth::two_factor::{self, PENDING_SECS};
use crate::auth::{credentials, ratelimit};
use crate::db::now;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{MunicipalityId, Role, UserId};
use lotse_app::pages::auth::{SignInForm, StaffSignInPage};
use lotse_app::pages::two_factor::{
    EnrolPage, Enrolment, SecondFactorPage, SecurityData, SecurityPage, TwoFactorInput,
};

/// The password was right. Whoever has a second factor is asked for a code; whoever must
/// have one and has none sets it up now; everyone else is signed in.
pub(super) async fn after_password(
    ctx: &Ctx,
    user: UserId,
    role: Role,
    resume: Option<String>,
) -> Result<Response, AppError> {
    if !two_factor::offered(role) {
        return signed_in(ctx, user, role, None, resume).await;
    }
    let store = &ctx.state.store;
    let state = store.two_factor(user).await?;
    let required = two_factor::required(role, state.required_here);
    if !state.enabled() && !required {
        return signed_in(ctx, user, role, None, resume).await;
    }
    let key = credentials::new_session_token();
    store
        .start_second_factor(&credentials::token_hash(&key), user, resume.as_deref(), now())
        .await?;
    let lang = ctx.lang(true);
    if state.enabled() {
        return Ok(ctx
            .render(lang, move || view! { <SecondFactorPage key=key error=None/> })
            .await);
    }
    let secret = two_factor::new_secret();
    store.begin_totp(user, &secret).await?;
    let e = enrolment(ctx, user, &secret, "/signin/enroll", Some(key), None).await?;
    Ok(ctx.render(lang, move || view! { <EnrolPage enrolment=e/> }).await)
}

async fn enrolment(
    ctx: &Ctx,
    user: UserId,
    secret: &str,
    action: &str,
    key: Option<String>,
    error: Option<String>,
) -> Result<Enrolment, AppError> {
    let account = ctx
        .state
        .store
        .user(user)
        .await?
        .and_then(|u| u.email)
        .unwrap_or_default();
    let url = two_factor::otpauth_url(secret, &account).unwrap_or_default();
    Ok(Enrolment {
        secret: secret.to_string(),
        qr_svg: super::qr::qr_svg(&url),
        action: action.to_string(),
        key,
        error,
    })
}

/// The half-finished sign-in behind the posted key, or the sign-in page again.
async fn pending(
    ctx: &Ctx,
    input: &TwoFactorInput,
) -> Result<Result<(String, UserId, Role, Option<String>), Response>, AppError> {
    let key = input.key.clone();
    let found = if credentials::looks_like_token(&key) {
        ctx.state
            .store
            .second_factor_pending(&credentials::token_hash(&key), now() - PENDING_SECS)
            .await?
    } else {
        None
    };
    let user = match found {
        Some((user, resume)) => ctx
            .state
            .store
            .user(user)
            .await?
            .filter(|u| u.disabled_at.is_none())
            .and_then(|u| u.role())
            .map(|role| (user, role, resume)),
        None => None,
    };
    match user {
        Some((user, role, resume)) => Ok(Ok((key, user, role, resume))),
        None => {
            let lang = ctx.lang(true);
            let tr = ctx.state.i18n.translator(lang);
            let form = SignInForm {
                notice: Some(tr.t("two-factor-expired")),
                ..Default::default()
            };
            Ok(Err(ctx
                .render_status(lang, StatusCode::UNAUTHORIZED, move || {
                    view! { <StaffSignInPage form=form/> }
                })
                .await))
        }
    }
}

/// Counts a code try against the person's budget (codes are guessable one in a million
/// per try; the same growing delays as passwords keep it so). Err: minutes to wait.
async fn reserve_try(ctx: &Ctx, user: UserId) -> Result<Result<String, i64>, AppError> {
    let account_key = format!("second-factor:{}", user.0);
    Ok(
        match ratelimit::reserve(&ctx.state.store, &account_key, "", &ctx.address, now()).await? {
            Ok(_) => Ok(account_key),
            Err(minutes) => Err(minutes),
        },
    )
}

/// Checks a code from the app (each time step once) or a recovery code (each once).
async fn accept_code(ctx: &Ctx, user: UserId, code: &str) -> Result<bool, AppError> {
    let store = &ctx.state.store;
    let state = store.two_factor(user).await?;
    if let (true, Some(secret)) = (state.enabled(), state.totp_secret.as_deref()) {
        if let Some(step) = two_factor::verify(secret, code, now(), state.totp_last_step) {
            return Ok(store.use_totp_step(user, step).await?);
        }
        return Ok(store
            .use_recovery_code(user, &two_factor::recovery_hash(code), now())
            .await?);
    }
    Ok(false)
}

/// `POST /signin/code`: the second step of signing in.
pub async fn code(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let input: TwoFactorInput = form.input();
    let (key, user, role, resume) = match pending(&ctx, &input).await? {
        Ok(p) => p,
        Err(page) => return Ok(page),
    };
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let (status, error) = match reserve_try(&ctx, user).await? {
        Err(minutes) => (
            StatusCode::TOO_MANY_REQUESTS,
            tr.ta("signin-rate-limited", &[("minutes", minutes.into())]),
        ),
        Ok(account_key) => {
            if accept_code(&ctx, user, &input.code).await? {
                let store = &ctx.state.store;
                store.end_second_factor(&credentials::token_hash(&key)).await?;
                store.clear_signin_failures(&account_key, "").await?;
                return signed_in(&ctx, user, role, None, resume).await;
            }
            (StatusCode::UNAUTHORIZED, tr.t("two-factor-wrong"))
        }
    };
    Ok(ctx
        .render_status(lang, status, move || {
            view! { <SecondFactorPage key=key error=Some(error)/> }
        })
        .await)
}

/// Recovery codes for a person: the codes to show once, their hashes to keep.
fn recovery() -> (Vec<String>, Vec<String>) {
    let codes = two_factor::new_recovery_codes();
    let hashes = codes.iter().map(|c| two_factor::recovery_hash(c)).collect();
    (codes, hashes)
}

/// `POST /signin/enroll`: the first code from the newly set-up app, during sign-in.
pub async fn enrol(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let input: TwoFactorInput = form.input();
    let (key, user, role, _resume) = match pending(&ctx, &input).await? {
        Ok(p) => p,
        Err(page) => return Ok(page),
    };
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let state = store.two_factor(user).await?;
    let Some(secret) = state.totp_secret.clone().filter(|_| !state.enabled()) else {
        return Err(AppError::NotFound);
    };
    let error = match reserve_try(&ctx, user).await? {
        Err(minutes) => tr.ta("signin-rate-limited", &[("minutes", minutes.into())]),
        Ok(account_key) => {
            if let Some(step) = two_factor::verify(&secret, &input.code, now(), 0) {
                let (codes, hashes) = recovery();
                if store.enable_totp(user, step, &hashes, now()).await? {
                    store.end_second_factor(&credentials::token_hash(&key)).await?;
                    store.clear_signin_failures(&account_key, "").await?;
                    // Signed in, and on to the security page, which shows the recovery
                    // codes this once.
                    let mut res =
                        signed_in(&ctx, user, role, Some(Flash::RecoveryCodes { codes }), None).await?;
                    res.headers_mut()
                        .insert(header::LOCATION, HeaderValue::from_static("/account/security"));
                    return Ok(res);
                }
            }
            tr.t("two-factor-wrong")
        }
    };
    let e = enrolment(&ctx, user, &secret, "/signin/enroll", Some(key), Some(error)).await?;
    Ok(ctx
        .render_status(lang, StatusCode::UNPROCESSABLE_ENTITY, move || {
            view! { <EnrolPage enrolment=e/> }
        })
        .await)
}

/// A signed-in staff member who may use a second factor.
async fn staff(ctx: &Ctx) -> Result<(UserId, Role, String), AppError> {
    let (p, session) = ctx.principal(true).await?;
    let role = p.role();
    if !two_factor::offered(role) {
        return Err(AppError::Forbidden);
    }
    Ok((p.user(), role, session.token_hash.clone()))
}

async fn security(ctx: &Ctx, error: Option<String>, status: StatusCode) -> Result<Response, AppError> {
    let (user, role, token_hash) = staff(ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let (new_codes, notice) = match Flash::take(store, &token_hash).await? {
        Some(Flash::RecoveryCodes { codes }) => (codes, Some(tr.t("two-factor-enabled"))),
        Some(Flash::Info { message }) => (vec![], Some(tr.t(&message))),
        _ => (vec![], None),
    };
    let state = store.two_factor(user).await?;
    let enrolment = if state.enabled() {
        None
    } else {
        // The secret waiting for its first code, or a new one.
        let secret = match state.totp_secret.clone() {
            Some(s) => s,
            None => {
                let s = two_factor::new_secret();
                store.begin_totp(user, &s).await?;
                s
            }
        };
        Some(
            enrolment(
                ctx,
                user,
                &secret,
                "/account/security/enable",
                None,
                error.clone(),
            )
            .await?,
        )
    };
    let data = SecurityData {
        enabled: state.enabled(),
        required: two_factor::required(role, state.required_here),
        recovery_left: state.recovery_left,
        enrolment,
        new_codes,
        notice,
        error: error.filter(|_| state.enabled()),
    };
    let nav = ctx
        .nav_user(crate::auth::permission::home_for(role))
        .unwrap_or_default();
    Ok(ctx
        .render_status(lang, status, move || view! { <SecurityPage data=data user=nav/> })
        .await)
}

/// `GET /account/security`.
pub async fn security_page(ctx: Ctx) -> Result<Response, AppError> {
    security(&ctx, None, StatusCode::OK).await
}

/// `POST /account/security/enable`: the first code from the app.
pub async fn enable(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (user, _, token_hash) = staff(&ctx).await?;
    let input: TwoFactorInput = form.input();
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let state = store.two_factor(user).await?;
    let error = match (
        state.enabled(),
        state.totp_secret.as_deref(),
        reserve_try(&ctx, user).await?,
    ) {
        (false, Some(secret), Ok(_)) => match two_factor::verify(secret, &input.code, now(), 0) {
            Some(step) => {
                let (codes, hashes) = recovery();
                if store.enable_totp(user, step, &hashes, now()).await? {
                    Flash::RecoveryCodes { codes }.set(store, &token_hash).await?;
                }
                return Ok(Redirect::to("/account/security").into_response());
            }
            None => tr.t("two-factor-wrong"),
        },
        (_, _, Err(minutes)) => tr.ta("signin-rate-limited", &[("minutes", minutes.into())]),
        _ => return Ok(Redirect::to("/account/security").into_response()),
    };
    security(&ctx, Some(error), StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `POST /account/security/recovery`: new recovery codes (the old ones stop working).
pub async fn new_recovery_codes(ctx: Ctx) -> Result<Response, AppError> {
    let (user, _, token_hash) = staff(&ctx).await?;
    let store = &ctx.state.store;
    if store.two_factor(user).await?.enabled() {
        let (codes, hashes) = recovery();
        store.replace_recovery_codes(user, &hashes).await?;
        Flash::RecoveryCodes { codes }.set(store, &token_hash).await?;
    }
    Ok(Redirect::to("/account/security").into_response())
}

/// `POST /account/security/disable`: only where it is not required, and with a code.
pub async fn disable(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (user, role, token_hash) = staff(&ctx).await?;
    let input: TwoFactorInput = form.input();
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let state = store.two_factor(user).await?;
    if two_factor::required(role, state.required_here) {
        return Err(AppError::Forbidden);
    }
    if !state.enabled() {
        return Ok(Redirect::to("/account/security").into_response());
    }
    let error = match reserve_try(&ctx, user).await? {
        Err(minutes) => tr.ta("signin-rate-limited", &[("minutes", minutes.into())]),
        Ok(_) => {
            if accept_code(&ctx, user, &input.code).await? {
                store.disable_totp(user).await?;
                Flash::Info {
                    message: "two-factor-disabled".into(),
                }
                .set(store, &token_hash)
                .await?;
                return Ok(Redirect::to("/account/security").into_response());
            }
            tr.t("two-factor-wrong")
        }
    };
    security(&ctx, Some(error), StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `POST /admin/two-factor`: which municipalities require a second factor of their
/// guides and coordinators (the checked ones).
pub async fn require(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (p, session) = ctx.principal(true).await?;
    if !matches!(p, Principal::Admin { .. }) {
        return Err(AppError::Forbidden);
    }
    let store = &ctx.state.store;
    let checked = form.all("require");
    for (id, _, was) in store.two_factor_settings().await? {
        let now_required = checked.iter().any(|c| c == &id.to_string());
        if now_required != was {
            store
                .set_two_factor_required(MunicipalityId(id), now_required)
                .await?;
        }
    }
    Flash::Info {
        message: "admin-two-factor-saved".into(),
    }
    .set(store, &session.token_hash)
    .await?;
    Ok(Redirect::to("/admin").into_response())
}
