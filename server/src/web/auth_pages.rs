//! Sign-in (clients and staff), activation, sign-out, language choice and the first
//! administrator's set-up.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms::{self, Problem};
use crate::auth::credentials::{self, check_new_pin, pin_key};
use crate::auth::permission::Principal;
use crate::auth::{ratelimit, session};
use crate::db::users::NewUser;
use crate::db::{access_log::Action, now};
use axum::extract::Query;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, Role};
use lotse_app::i18n::Tr;
use lotse_app::pages::auth::{
    ActivateForm, ActivatePage, ClientSignInPage, Resume, ResumePage, SetupForm, SetupPage, SignInForm,
    StaffSignInPage,
};
use lotse_app::pages::FieldErrors;
use serde::Deserialize;

pub fn problem_text(tr: &Tr, p: &Problem) -> String {
    match p.max {
        Some(max) => tr.ta(p.id, &[("max", max.into())]),
        None => tr.t(p.id),
    }
}

/// `/`: each person's home, or the sign-in page.
pub async fn root(ctx: Ctx) -> Result<Response, AppError> {
    match ctx.principal(false).await {
        Ok((p, _)) => Ok(Redirect::to(p.home()).into_response()),
        Err(AppError::SignIn { .. }) => Ok(Redirect::to("/signin").into_response()),
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
pub struct SignInQuery {
    #[serde(default)]
    signed_out: Option<String>,
}

fn signin_notice(ctx: &Ctx, tr: &Tr, q: &SignInQuery) -> Option<String> {
    if q.signed_out.is_some() {
        Some(tr.t("signin-signed-out"))
    } else if ctx.session_expired {
        Some(tr.t("signin-session-expired"))
    } else {
        None
    }
}

pub async fn client_signin_page(ctx: Ctx, Query(q): Query<SignInQuery>) -> Result<Response, AppError> {
    if let Ok((p, _)) = ctx.principal(false).await {
        return Ok(Redirect::to(p.home()).into_response());
    }
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let form = SignInForm {
        notice: signin_notice(&ctx, &tr, &q),
        ..Default::default()
    };
    Ok(ctx.render(lang, move || view! { <ClientSignInPage form=form/> }))
}

pub async fn staff_signin_page(ctx: Ctx, Query(q): Query<SignInQuery>) -> Result<Response, AppError> {
    if let Ok((p, _)) = ctx.principal(true).await {
        return Ok(Redirect::to(p.home()).into_response());
    }
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let form = SignInForm {
        notice: signin_notice(&ctx, &tr, &q),
        ..Default::default()
    };
    Ok(ctx.render(lang, move || view! { <StaffSignInPage form=form/> }))
}

/// Outcome of checking credentials, shared by both sign-in forms.
enum Attempt {
    Ok(lotse_app::domain::UserId, Role),
    Wrong,
    Blocked(i64),
}

async fn attempt(
    ctx: &Ctx,
    account_key: &str,
    secret: &str,
    user: Option<crate::db::users::UserRow>,
    allowed: impl Fn(Role) -> bool,
) -> Result<Attempt, AppError> {
    let at = now();
    if let Some(minutes) = ratelimit::blocked_for(&ctx.state.store, account_key, &ctx.address, at).await? {
        return Ok(Attempt::Blocked(minutes));
    }
    let candidate = user.filter(|u| u.disabled_at.is_none()).and_then(|u| {
        let role = u.role().filter(|r| allowed(*r))?;
        let hash = u.password_hash.clone()?;
        Some((u.user_id(), role, hash))
    });
    // Argon2 runs on the blocking pool so it does not stall other requests.
    let secret = secret.to_string();
    let verified = tokio::task::spawn_blocking(move || match candidate {
        Some((id, role, hash)) => credentials::verify_secret(&secret, &hash).then_some((id, role)),
        None => {
            credentials::dummy_verify(&secret);
            None
        }
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?;
    match verified {
        Some((id, role)) => {
            ctx.state.store.clear_signin_failures(account_key).await?;
            Ok(Attempt::Ok(id, role))
        }
        None => {
            ctx.state
                .store
                .record_signin_failure(account_key, &ctx.address, at)
                .await?;
            // The failure that reaches the limit already tells the person to wait.
            match ratelimit::blocked_for(&ctx.state.store, account_key, &ctx.address, at).await? {
                Some(minutes) => Ok(Attempt::Blocked(minutes)),
                None => Ok(Attempt::Wrong),
            }
        }
    }
}

/// Starts a new session (ending any earlier one from this browser) and goes home;
/// `flash` is shown once on the home page.
async fn signed_in(
    ctx: &Ctx,
    user: lotse_app::domain::UserId,
    role: Role,
    flash: Option<Flash>,
    resume: Option<Resume>,
) -> Result<Response, AppError> {
    if let Some(old) = &ctx.session {
        ctx.state.store.delete_session(&old.token_hash).await?;
    }
    let token = session::start(&ctx.state.store, &ctx.state.settings, user, role, now()).await?;
    if let Some(flash) = flash {
        flash
            .set(&ctx.state.store, &credentials::token_hash(&token))
            .await?;
    }
    let home = match role {
        Role::Client => "/me",
        Role::Volunteer => "/volunteer",
        Role::Guide | Role::Coordinator => "/cases",
        Role::Admin => "/admin",
    };
    // A form interrupted by an expired session is offered again; it may only go to a
    // page of the area this person works in.
    let resume = resume.filter(|r| super::resume::is_staff_path(&r.path) == role.is_staff());
    let mut res = match resume {
        Some(resume) => {
            let lang = super::ctx::choose_lang(&ctx.headers, None, role.is_staff());
            ctx.render(lang, move || view! { <ResumePage resume=resume home=home/> })
        }
        None => Redirect::to(home).into_response(),
    };
    res.headers_mut().append(
        header::SET_COOKIE,
        session::session_cookie(&ctx.state.settings, token),
    );
    Ok(res)
}

pub async fn client_signin(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let resume = super::resume::from_signin(&form);
    let typed = form.get("number").trim().to_string();
    let number = credentials::normalise_number(&typed);
    let pin = form.get("pin");
    let mut errors = FieldErrors::new();
    if number.is_empty() {
        errors.insert("number", tr.t("field-required"));
    }
    if pin.is_empty() {
        errors.insert("pin", tr.t("field-required"));
    }
    let (status, alert) = if !errors.is_empty() {
        (StatusCode::UNPROCESSABLE_ENTITY, tr.t("form-errors-heading"))
    } else {
        let user = ctx.state.store.user_by_login_number(&number).await?;
        match attempt(&ctx, &format!("number:{number}"), &pin_key(pin), user, |r| {
            r == Role::Client
        })
        .await?
        {
            Attempt::Ok(id, role) => return signed_in(&ctx, id, role, None, resume.clone()).await,
            Attempt::Wrong => (StatusCode::UNAUTHORIZED, tr.t("signin-failed")),
            Attempt::Blocked(m) => (
                StatusCode::TOO_MANY_REQUESTS,
                tr.ta("signin-rate-limited", &[("minutes", m.into())]),
            ),
        }
    };
    let form = SignInForm {
        login: typed,
        errors,
        alert: Some(alert),
        notice: None,
        resume,
    };
    Ok(ctx.render_status(lang, status, move || view! { <ClientSignInPage form=form/> }))
}

pub async fn staff_signin(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let resume = super::resume::from_signin(&form);
    let typed = form.get("email").trim().to_string();
    let password = form.get("password");
    let mut errors = FieldErrors::new();
    let email = forms::email(&typed)
        .map_err(|p| errors.insert("email", problem_text(&tr, &p)))
        .ok();
    if password.is_empty() {
        errors.insert("password", tr.t("field-required"));
    }
    let (status, alert) = match email {
        Some(email) if errors.is_empty() => {
            let user = ctx.state.store.user_by_email(&email).await?;
            match attempt(&ctx, &format!("email:{email}"), password, user, |r| {
                r != Role::Client
            })
            .await?
            {
                Attempt::Ok(id, role) => return signed_in(&ctx, id, role, None, resume.clone()).await,
                Attempt::Wrong => (StatusCode::UNAUTHORIZED, tr.t("signin-staff-failed")),
                Attempt::Blocked(m) => (
                    StatusCode::TOO_MANY_REQUESTS,
                    tr.ta("signin-rate-limited", &[("minutes", m.into())]),
                ),
            }
        }
        _ => (StatusCode::UNPROCESSABLE_ENTITY, tr.t("form-errors-heading")),
    };
    let form = SignInForm {
        login: typed,
        errors,
        alert: Some(alert),
        notice: None,
        resume,
    };
    Ok(ctx.render_status(lang, status, move || view! { <StaffSignInPage form=form/> }))
}

#[derive(Deserialize, Default)]
pub struct ActivateQuery {
    #[serde(default)]
    code: String,
}

pub async fn activate_page(ctx: Ctx, Query(q): Query<ActivateQuery>) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let form = ActivateForm {
        code: q.code.chars().take(20).collect(),
        ..Default::default()
    };
    Ok(ctx.render(lang, move || view! { <ActivatePage form=form/> }))
}

pub async fn activate(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let typed = form.get("code").trim().chars().take(40).collect::<String>();
    let code = credentials::code_key(&typed);
    let pin = form.get("pin");
    let repeat = form.get("pin_repeat");
    let mut errors = FieldErrors::new();
    if code.is_empty() {
        errors.insert("code", tr.t("field-required"));
    }
    match check_new_pin(pin) {
        Err(p) => {
            errors.insert("pin", tr.t(p.message_id()));
        }
        Ok(_) if pin_key(pin) != pin_key(repeat) => {
            errors.insert("pin_repeat", tr.t("pin-mismatch"));
        }
        Ok(_) => {}
    }
    let (status, alert) = if !errors.is_empty() {
        (StatusCode::UNPROCESSABLE_ENTITY, tr.t("form-errors-heading"))
    } else {
        let at = now();
        let account_key = format!("activation:{}", ctx.address);
        if let Some(m) = ratelimit::blocked_for(&ctx.state.store, &account_key, &ctx.address, at).await? {
            (
                StatusCode::TOO_MANY_REQUESTS,
                tr.ta("signin-rate-limited", &[("minutes", m.into())]),
            )
        } else {
            let key = pin_key(pin);
            let hash = tokio::task::spawn_blocking(move || credentials::hash_secret(&key))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))?
                .map_err(|e| AppError::Internal(e.to_string()))?;
            let code_hash = credentials::token_hash(&code);
            match ctx
                .state
                .store
                .redeem_activation_code(&code_hash, &hash, at)
                .await?
            {
                Some(user) => {
                    if let Some(scope) = ctx.state.store.client_scope_by_user(user).await? {
                        let client = lotse_app::domain::ClientId(scope.client_id);
                        ctx.state
                            .store
                            .log_access(user, Role::Client, Some(client), Action::Activate, "")
                            .await?;
                    }
                    // The home page then shows the sign-in number once.
                    return signed_in(&ctx, user, Role::Client, Some(Flash::Welcome), None).await;
                }
                None => {
                    ctx.state
                        .store
                        .record_signin_failure(&account_key, &ctx.address, at)
                        .await?;
                    errors.insert("code", tr.t("activate-code-invalid"));
                    (StatusCode::UNPROCESSABLE_ENTITY, tr.t("activate-code-invalid"))
                }
            }
        }
    };
    let form = ActivateForm {
        code: typed,
        errors,
        alert: Some(alert),
    };
    Ok(ctx.render_status(lang, status, move || view! { <ActivatePage form=form/> }))
}

/// Ends the session on the server, removes the cookie and tells the browser to drop
/// anything it cached from this site (personal pages must not outlive the session).
pub async fn signout(ctx: Ctx) -> Result<Response, AppError> {
    let staff = ctx.session.as_ref().is_some_and(|s| s.role != Role::Client);
    if let Some(s) = &ctx.session {
        ctx.state.store.delete_session(&s.token_hash).await?;
    }
    let to = if staff {
        "/signin/staff?signed_out=1"
    } else {
        "/signin?signed_out=1"
    };
    let mut res = Redirect::to(to).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        session::clear_session_cookie(&ctx.state.settings),
    );
    res.headers_mut()
        .insert("clear-site-data", HeaderValue::from_static("\"cache\""));
    Ok(res)
}

/// Remembers the language: in the profile when signed in, and in a cookie always.
pub async fn set_lang(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let back = forms::local_path(form.get("return_to"));
    let Some(lang) = Lang::parse(form.get("lang")) else {
        return Ok(Redirect::to(&back).into_response());
    };
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
    Ok(ctx.render(lang, move || view! { <SetupPage form=form/> }))
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
        .map_err(|p| errors.insert("name", problem_text(&tr, &p)))
        .ok();
    let email = forms::email(form.get("email"))
        .map_err(|p| errors.insert("email", problem_text(&tr, &p)))
        .ok();
    let password = form.get("password");
    if password.chars().count() < 12 {
        errors.insert("password", tr.t("password-too-short"));
    }
    if let (Some(name), Some(email), true) = (name, email, errors.is_empty()) {
        let pw = password.to_string();
        let hash = tokio::task::spawn_blocking(move || credentials::hash_secret(&pw))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))?
            .map_err(|e| AppError::Internal(e.to_string()))?;
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
    Ok(ctx.render_status(
        lang,
        StatusCode::UNPROCESSABLE_ENTITY,
        move || view! { <SetupPage form=form/> },
    ))
}

/// Used by `Principal` users that land on a page not meant for them.
pub fn home_redirect(p: &Principal) -> Response {
    Redirect::to(p.home()).into_response()
}

/// The offline page the service worker keeps, in the language of the visit that installed it.
pub async fn offline(ctx: Ctx) -> Response {
    ctx.render(
        ctx.lang(false),
        || view! { <lotse_app::pages::errors::OfflinePage/> },
    )
}
