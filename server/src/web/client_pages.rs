//! The client's own pages beyond the home page: "My plan" with ticking off own steps,
//! asking for help and confirming the plan. Every handler works on the signed-in
//! client's own record only; a step id of anyone else answers 404.

use super::calendar;
use super::case::{local, today_iso};
use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::credentials;
use crate::auth::permission::{client_access, ClientAccess, Principal};
use crate::db::access_log::Action;
use crate::db::client_view::StepAction;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, UserId};
use lotse_app::pages::client_appointments::{MyAppointment, MyAppointments, MyAppointmentsPage};
use lotse_app::pages::client_calendar::{MyCalendar, MyCalendarPage, NewLink};
use lotse_app::pages::client_plan::{MyGoal, MyPlan, MyPlanPage, MyStep};

/// The signed-in client and their access to their own record; staff and volunteers
/// are sent to their own home.
async fn own_record(ctx: &Ctx) -> Result<Result<(ClientAccess, String), Response>, AppError> {
    let (p, session) = ctx.principal(false).await?;
    let Principal::Client { client, .. } = p else {
        return Ok(Err(Redirect::to(p.home()).into_response()));
    };
    let access = client_access(&ctx.state.store, &p, client).await?;
    Ok(Ok((access, session.token_hash.clone())))
}

pub async fn my_plan(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let id = access.client();
    let seen = store.take_plan_seen(id).await?.unwrap_or(i64::MAX);
    let today = today_iso();
    let steps = store.steps(id, 0).await?;
    let goals = store
        .client_goals(id)
        .await?
        .into_iter()
        .map(|g| MyGoal {
            title: g.title_in(lang.code()).to_string(),
            field: g.field.clone(),
            review_on: g.review_on.clone(),
            achieved: g.status == "achieved",
            changed: g.changed_at.is_some_and(|c| c > seen),
            steps: steps
                .iter()
                .filter(|s| s.goal_id == g.id && s.status != "dropped")
                .map(|s| MyStep {
                    id: s.id,
                    text: s.text.clone(),
                    actor: s.actor.clone(),
                    actor_name: s.actor_name.clone(),
                    due_on: s.due_on.clone(),
                    status: s.status.clone(),
                    help_requested: s.help_requested_at.is_some(),
                    overdue: s.status == "open" && s.due_on.as_deref().is_some_and(|d| d < today.as_str()),
                    changed: s.changed_at.is_some_and(|c| c > seen),
                })
                .collect(),
        })
        .collect();
    let confirmation = store
        .plan_confirmation(id)
        .await?
        .map(|(at, changed)| (local(at).date, changed));
    let notice = match Flash::take(store, &token).await? {
        Some(Flash::Info { message }) => Some(tr.t(&message)),
        _ => None,
    };
    store
        .log_access(access.actor(), access.role(), Some(id), Action::Read, "plan")
        .await?;
    let plan = MyPlan {
        goals,
        confirmation,
        notice,
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx.render(lang, move || view! { <MyPlanPage plan=plan user=user/> }))
}

async fn step_action(ctx: Ctx, raw: &str, action: StepAction, message: &str) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let step = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let store = &ctx.state.store;
    let steps = store.steps(access.client(), 0).await?;
    let Some(current) = steps.iter().find(|s| s.id == step) else {
        return Err(AppError::NotFound);
    };
    if action == StepAction::Done && current.actor != "client" {
        return Err(AppError::NotFound);
    }
    // Already done (or help already asked): a repeated post, e.g. a queued retry, is fine.
    if store
        .client_step_action(access.client(), step, action, access.actor())
        .await?
    {
        store
            .log_access(
                access.actor(),
                access.role(),
                Some(access.client()),
                Action::Update,
                "plan",
            )
            .await?;
    }
    Flash::Info {
        message: message.into(),
    }
    .set(store, &token)
    .await?;
    Ok(Redirect::to(&format!("/me/plan#my-step-{step}")).into_response())
}

pub async fn step_done(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    step_action(ctx, &raw, StepAction::Done, "my-step-marked-done").await
}

pub async fn step_help(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    step_action(ctx, &raw, StepAction::NeedHelp, "my-step-help-asked").await
}

pub async fn confirm_plan(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let store = &ctx.state.store;
    store.confirm_plan(access.client(), access.actor()).await?;
    store
        .log_access(
            access.actor(),
            access.role(),
            Some(access.client()),
            Action::Update,
            "plan",
        )
        .await?;
    Flash::Info {
        message: "my-plan-confirmed".into(),
    }
    .set(store, &token)
    .await?;
    Ok(Redirect::to("/me/plan").into_response())
}

pub async fn my_appointments(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let id = access.client();
    let now = crate::db::now();
    let moving = store.move_requests_open(id).await?;
    let guide = store.client(id).await?.and_then(|c| c.guide_name);
    let (mut upcoming, mut past) = (vec![], vec![]);
    for a in store.appointments(id, 0).await? {
        let is_upcoming = a.starts_at + a.duration_minutes * 60 >= now;
        let view = MyAppointment {
            id: a.id,
            when: local(a.starts_at),
            minutes: a.duration_minutes,
            with_guide: a.with_kind == "guide",
            place: if a.with_kind == "guide" {
                guide.clone().unwrap_or(a.place_name)
            } else {
                a.place_name
            },
            address: a.address,
            room: a.room,
            contact_person: a.contact_person,
            bring: a
                .bring
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
            interpreter: a.interpreter_id.and(a.interpreter_lang),
            confirmed: a.client_confirmed_at.is_some(),
            move_asked: moving.contains(&a.id),
            cancelled: a.status == "cancelled",
        };
        if is_upcoming {
            upcoming.push(view);
        } else {
            past.push(view);
        }
    }
    past.reverse();
    let notice = match Flash::take(store, &token).await? {
        Some(Flash::Info { message }) => Some(tr.t(&message)),
        _ => None,
    };
    store
        .log_access(
            access.actor(),
            access.role(),
            Some(id),
            Action::Read,
            "appointments",
        )
        .await?;
    let data = MyAppointments {
        upcoming,
        past,
        notice,
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx.render(lang, move || view! { <MyAppointmentsPage data=data user=user/> }))
}

async fn after(ctx: &Ctx, token: &str, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

pub async fn confirm_appointment(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let appointment = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx
        .state
        .store
        .confirm_appointment(access.client(), appointment)
        .await?
    {
        return Err(AppError::NotFound);
    }
    ctx.state
        .store
        .log_access(
            access.actor(),
            access.role(),
            Some(access.client()),
            Action::Update,
            "appointments",
        )
        .await?;
    after(
        &ctx,
        &token,
        "my-appointment-saved-confirm",
        &format!("/me/appointments#my-appointment-{appointment}"),
    )
    .await
}

pub async fn move_appointment(
    ctx: Ctx,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let appointment = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let reason = match forms::required_text(form.get("reason"), 300) {
        Ok(r) => r,
        Err(_) => {
            return after(
                &ctx,
                &token,
                "my-appointment-move-needs-reason",
                &format!("/me/appointments#my-appointment-{appointment}"),
            )
            .await;
        }
    };
    if !ctx
        .state
        .store
        .ask_to_move(access.client(), appointment, &reason)
        .await?
    {
        return Err(AppError::NotFound);
    }
    ctx.state
        .store
        .log_access(
            access.actor(),
            access.role(),
            Some(access.client()),
            Action::Update,
            "appointments",
        )
        .await?;
    after(
        &ctx,
        &token,
        "my-appointment-saved-move",
        &format!("/me/appointments#my-appointment-{appointment}"),
    )
    .await
}

fn ics_response(body: String, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8".to_string()),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("inline; filename=\"{filename}\""),
            ),
        ],
        body,
    )
        .into_response()
}

fn host_of(ctx: &Ctx) -> String {
    url::Url::parse(&ctx.state.settings.public_url)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_else(|| "lotse".into())
}

pub async fn appointment_ics(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (access, _) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let appointment = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let a = ctx
        .state
        .store
        .appointment(access.client(), appointment)
        .await?
        .ok_or(AppError::NotFound)?;
    let tr = ctx.state.i18n.translator(ctx.lang(false));
    Ok(ics_response(
        calendar::single(&tr, &host_of(&ctx), &a),
        "lotse-termin.ics",
    ))
}

/// The subscription feed: no session, the secret link is the key.
pub async fn calendar_feed(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let secret = raw.strip_suffix(".ics").unwrap_or(&raw);
    if secret.is_empty() || secret.len() > 100 {
        return Err(AppError::NotFound);
    }
    let store = &ctx.state.store;
    let client = store
        .client_by_calendar_token(&credentials::token_hash(secret))
        .await?
        .ok_or(AppError::NotFound)?;
    let row = store.client(client).await?.ok_or(AppError::NotFound)?;
    let lang = Lang::parse(&row.preferred_lang).unwrap_or(Lang::En);
    let lang = store
        .user(UserId(row.user_id))
        .await?
        .and_then(|u| u.lang.as_deref().and_then(Lang::parse))
        .unwrap_or(lang);
    let tr = ctx.state.i18n.translator(lang);
    let appointments = store.appointments(client, 0).await?;
    let steps = store.steps(client, 0).await?;
    Ok(ics_response(
        calendar::feed(&tr, &host_of(&ctx), &appointments, &steps),
        "lotse.ics",
    ))
}

pub async fn my_calendar(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let (notice, new_link) = match Flash::take(store, &token).await? {
        Some(Flash::CalendarLink { secret }) => {
            let url = format!("{}/calendar/{secret}.ics", ctx.state.settings.public_url);
            let webcal = url
                .replacen("https://", "webcal://", 1)
                .replacen("http://", "webcal://", 1);
            let qr = super::staff_pages::qr_svg(&webcal);
            (
                None,
                Some(NewLink {
                    webcal,
                    url,
                    qr_svg: qr,
                }),
            )
        }
        Some(Flash::Info { message }) => (Some(tr.t(&message)), None),
        _ => (None, None),
    };
    let data = MyCalendar {
        active: store.has_calendar_token(access.client()).await?,
        new_link,
        notice,
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx.render(lang, move || view! { <MyCalendarPage data=data user=user/> }))
}

pub async fn new_calendar_link(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    let secret = credentials::new_session_token();
    ctx.state
        .store
        .new_calendar_token(access.client(), &credentials::token_hash(&secret))
        .await?;
    // Shown once, on the next page; only its hash is stored.
    Flash::CalendarLink { secret }
        .set(&ctx.state.store, &token)
        .await?;
    Ok(Redirect::to("/me/calendar").into_response())
}

pub async fn revoke_calendar_link(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = match own_record(&ctx).await? {
        Ok(a) => a,
        Err(redirect) => return Ok(redirect),
    };
    ctx.state.store.revoke_calendar_tokens(access.client()).await?;
    after(&ctx, &token, "my-calendar-revoked", "/me/calendar").await
}
