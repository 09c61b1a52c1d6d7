//! Sign-in for clients (number + PIN) and for staff and volunteers (e-mail + password),
//! the session that follows, and sign-out.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms::{self};
use crate::auth::credentials::{self, pin_key};
use crate::auth::permission::home_for;
use crate::auth::{ratelimit, session};
use crate::db::now;
use axum::extract::Query;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Role, UserId};
use lotse_app::forms::{Problem, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::auth::{
    ClientSignInField, ClientSignInInput, ClientSignInPage, ResumePage, SignInForm, StaffSignInField,
    StaffSignInInput, StaffSignInPage,
};
use lotse_app::pages::FieldErrors;
use serde::Deserialize;

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
    Ok(ctx
        .render(lang, move || view! { <ClientSignInPage form=form/> })
        .await)
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
    Ok(ctx
        .render(lang, move || view! { <StaffSignInPage form=form/> })
        .await)
}

/// Why a sign-in (or an activation) was refused.
pub(super) enum Refusal {
    Wrong,
    /// Too many failures: minutes to wait.
    Blocked(i64),
}

impl Refusal {
    /// Status and message for the form; `wrong_id` names what was wrong for this form.
    pub(super) fn answer(&self, tr: &Tr, wrong_id: &str) -> (StatusCode, String) {
        match self {
            Refusal::Wrong => (StatusCode::UNAUTHORIZED, tr.t(wrong_id)),
            Refusal::Blocked(m) => (
                StatusCode::TOO_MANY_REQUESTS,
                tr.ta("signin-rate-limited", &[("minutes", (*m).into())]),
            ),
        }
    }
}

/// Checks credentials against the rate limits and the stored hash (shared by both forms).
async fn attempt(
    ctx: &Ctx,
    account_key: &str,
    secret: &str,
    user: Option<crate::db::users::UserRow>,
    allowed: impl Fn(Role) -> bool,
) -> Result<Result<(UserId, Role), Refusal>, AppError> {
    let at = now();
    // A device this person signed in on before has a budget of its own: a stranger's
    // wrong guesses never lock the owner out (see `ratelimit`).
    let device = match (
        &user,
        session::read_cookie(&ctx.state.settings, &ctx.headers, session::DEVICE_COOKIE),
    ) {
        (Some(u), Some(token)) => {
            let hash = credentials::token_hash(&token);
            if ctx.state.store.is_known_device(&hash, u.user_id()).await? {
                hash
            } else {
                String::new()
            }
        }
        _ => String::new(),
    };
    // The try is counted before Argon2 runs (see `ratelimit::reserve`).
    if let Err(minutes) = ratelimit::reserve(&ctx.state.store, account_key, &device, &ctx.address, at).await?
    {
        return Ok(Err(Refusal::Blocked(minutes)));
    }
    let candidate = user.filter(|u| u.disabled_at.is_none()).and_then(|u| {
        let role = u.role().filter(|r| allowed(*r))?;
        let hash = u.password_hash.clone()?;
        Some((u.user_id(), role, hash))
    });
    let secret = secret.to_string();
    let verified = hashing(move || match candidate {
        Some((id, role, hash)) => credentials::verify_secret(&secret, &hash).then_some((id, role)),
        None => {
            credentials::dummy_verify(&secret);
            None
        }
    })
    .await?;
    if let Some(ok) = verified {
        ctx.state
            .store
            .clear_signin_failures(account_key, &device)
            .await?;
        return Ok(Ok(ok));
    }
    // The reserved try stays as the failure. The failure that reaches the limit already tells the person to wait.
    Ok(Err(
        match ratelimit::wait_for_next(&ctx.state.store, account_key, &device, &ctx.address, at).await? {
            Some(minutes) => Refusal::Blocked(minutes),
            None => Refusal::Wrong,
        },
    ))
}

/// How many Argon2 computations run at once in this process. Each takes 19 MiB and most
/// of a core for a few hundred milliseconds; a flood of sign-ins waits for a slot
/// instead of exhausting memory.
pub const HASH_SLOTS: usize = 4;
/// How long a request waits for a slot before it is answered "busy, try again" (503).
const HASH_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
static HASH_SEMAPHORE: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(HASH_SLOTS);

/// Runs password hashing on the blocking pool (so it does not stall other requests),
/// at most [`HASH_SLOTS`] at a time.
pub(crate) async fn hashing<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, AppError> {
    let _slot = match tokio::time::timeout(HASH_WAIT, HASH_SEMAPHORE.acquire()).await {
        Ok(Ok(permit)) => permit,
        Ok(Err(_)) | Err(_) => return Err(AppError::Busy),
    };
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Hashes a new secret with Argon2 (see [`hashing`]).
pub(crate) async fn hash_off_thread(secret: String) -> Result<String, AppError> {
    hashing(move || credentials::hash_secret(&secret))
        .await?
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// Starts a new session (ending any earlier one from this browser) and goes home;
/// `flash` is shown once on the home page.
pub(crate) async fn signed_in(
    ctx: &Ctx,
    user: UserId,
    role: Role,
    flash: Option<Flash>,
    resume: Option<String>,
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
    let home = home_for(role);
    // A form interrupted by this person's expired session is offered again; it may only
    // go to a page of the area this person works in.
    let resume = match resume {
        Some(key) => super::resume::take(&ctx.state.store, &key, user).await?,
        None => None,
    };
    let resume = resume.filter(|r| super::ctx::is_staff_area(&r.path) == role.is_staff());
    let mut res = match resume {
        Some(resume) => {
            let lang = super::ctx::choose_lang(&ctx.headers, None, role.is_staff());
            ctx.render(lang, move || view! { <ResumePage resume=resume home=home/> })
                .await
        }
        None => Redirect::to(home).into_response(),
    };
    res.headers_mut().append(
        header::SET_COOKIE,
        session::session_cookie(&ctx.state.settings, token),
    );
    // This device now knows this person: their own budget at the next sign-in.
    let device = session::read_cookie(&ctx.state.settings, &ctx.headers, session::DEVICE_COOKIE)
        .filter(|t| credentials::looks_like_token(t));
    let device = device.unwrap_or_else(credentials::new_session_token);
    res.headers_mut().append(
        header::SET_COOKIE,
        session::device_cookie(&ctx.state.settings, device.clone()),
    );
    ctx.state
        .store
        .remember_device(&credentials::token_hash(&device), user, now())
        .await?;
    res.headers_mut()
        .insert("clear-site-data", HeaderValue::from_static(CLEAR_ON_START));
    Ok(res)
}

/// Sent when a session ends: the browser drops its HTTP cache, the service worker with
/// its kept pages and outbox, and local drafts, so that on a shared phone nothing of one
/// person reaches the next. (Cookies are left alone: the language choice stays.)
pub const CLEAR_SITE_DATA: &str = "\"cache\", \"storage\"";

/// Sent when a session starts: the HTTP cache only. "storage" here would also
/// unregister the service worker just as the first page after sign-in registers it
/// again, and Chromium then left that page uncontrolled (no offline copies until a
/// reload; measured in the e2e offline test). The service worker itself empties its
/// kept pages and outbox before any session-starting post leaves the phone (`sw.js`).
pub const CLEAR_ON_START: &str = "\"cache\"";

pub async fn client_signin(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let resume = super::resume::key_from_signin(&form);
    let input: ClientSignInInput = form.input();
    let typed = input.number.trim().to_string();
    let mut errors = FieldErrors::new();
    let (status, alert) = match parse_client(&input) {
        Err(found) => {
            errors = found;
            (StatusCode::UNPROCESSABLE_ENTITY, tr.t("form-errors-heading"))
        }
        Ok((number, pin)) => {
            let user = ctx.state.store.user_by_login_number(&number).await?;
            let key = format!("number:{number}");
            match attempt(&ctx, &key, &pin_key(pin), user, |r| r == Role::Client).await? {
                Ok((id, role)) => return signed_in(&ctx, id, role, None, resume).await,
                Err(refusal) => refusal.answer(&tr, "signin-failed"),
            }
        }
    };
    let form = SignInForm {
        login: typed,
        errors,
        alert: Some(alert),
        notice: None,
        resume,
    };
    Ok(ctx
        .render_status(lang, status, move || view! { <ClientSignInPage form=form/> })
        .await)
}

/// The sign-in number (normalised, as it is stored) and the PIN, or what is missing.
/// Only presence is checked here: whether they match is for [`attempt`] to say, after
/// the try is counted, so a malformed guess costs the same as a wrong one.
fn parse_client(input: &ClientSignInInput) -> Result<(String, &str), FieldErrors> {
    use ClientSignInField as F;
    let mut p = Problems::new();
    let number = credentials::normalise_number(input.number.trim());
    if number.is_empty() {
        p.add(F::Number, Problem::new("field-required"));
    }
    if input.pin.is_empty() {
        p.add(F::Pin, Problem::new("field-required"));
    }
    p.finish(|| Some((number, input.pin.as_str())))
}

pub async fn staff_signin(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let resume = super::resume::key_from_signin(&form);
    let input: StaffSignInInput = form.input();
    let typed = input.email.trim().to_string();
    let mut errors = FieldErrors::new();
    let (status, alert) = match parse_staff(&input) {
        Ok((email, password)) => {
            let user = ctx.state.store.user_by_email(&email).await?;
            let key = format!("email:{email}");
            match attempt(&ctx, &key, password, user, |r| r != Role::Client).await? {
                // Staff who read case files may need a second step (see `two_factor`).
                Ok((id, role)) => return super::two_factor::after_password(&ctx, id, role, resume).await,
                Err(refusal) => refusal.answer(&tr, "signin-staff-failed"),
            }
        }
        Err(found) => {
            errors = found;
            (StatusCode::UNPROCESSABLE_ENTITY, tr.t("form-errors-heading"))
        }
    };
    let form = SignInForm {
        login: typed,
        errors,
        alert: Some(alert),
        notice: None,
        resume,
    };
    Ok(ctx
        .render_status(lang, status, move || view! { <StaffSignInPage form=form/> })
        .await)
}

/// The e-mail address (lower-cased, as it is stored) and the password, or what is wrong
/// with them. The address is only checked for typing slips; the password only for being
/// there (its rules are for new passwords, not for signing in with an old one).
fn parse_staff(input: &StaffSignInInput) -> Result<(String, &str), FieldErrors> {
    use StaffSignInField as F;
    let mut p = Problems::new();
    let email = p.check(F::Email, forms::email(&input.email));
    if input.password.is_empty() {
        p.add(F::Password, Problem::new("field-required"));
    }
    p.finish(|| Some((email?, input.password.as_str())))
}

/// Ends the session on the server, removes the cookie and tells the browser to drop
/// anything it cached from this site (personal pages must not outlive the session).
pub async fn signout(ctx: Ctx) -> Result<Response, AppError> {
    let staff = ctx.session.as_ref().is_some_and(|s| s.role != Role::Client);
    if let Some(s) = &ctx.session {
        // Whoever signs out on a phone gets no more notifications on it.
        ctx.state.store.end_push_for_session(&s.token_hash).await?;
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
        .insert("clear-site-data", HeaderValue::from_static(CLEAR_SITE_DATA));
    Ok(res)
}
