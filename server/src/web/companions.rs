//! One-to-one volunteering, the volunteer's side: a task they were asked for or hold,
//! answering the ask, and recording the time spent (for a mentoring pair, the
//! check-in). Everything goes through `Store::volunteer_task`, which returns only what a
//! volunteer may see; a task they may not see is "not found". The guide's side is
//! `web::case::companions`, behind the case gate.

use crate::auth::permission::Principal;
use crate::db::companions::{Answered, VolunteerTaskRow};
use crate::time::{local, today, today_iso};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::companions::CompanionKind;
use lotse_app::domain::{Lang, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::companions::overview::{CompanionOverviewPage, OverviewLine};
use lotse_app::pages::companions::volunteer::{
    AnswerInput, MeetingField, MeetingInput, VolunteerTaskPage, VolunteerTaskPageData, VolunteerTaskView,
    MEETING_FORM,
};
use lotse_app::pages::forms::Posted;

/// A task row as the volunteer's pages show it.
pub fn task_view(t: VolunteerTaskRow) -> VolunteerTaskView {
    VolunteerTaskView {
        id: t.id,
        kind: t.kind,
        when: local(t.starts_at),
        minutes: t.minutes,
        place: t.place,
        district: t.district,
        language: t.language,
        bring: t
            .bring
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        checkin_days: t.checkin_days,
        ends_on: t.ends_on,
        mine: t.mine,
        first_name: t.first_name,
        guide_name: t.guide_name,
        guide_phone: t.guide_phone,
    }
}

/// The signed-in volunteer and the session's token; anyone else: not found (a guide
/// or client has no business on these addresses, and a volunteer's page says nothing).
async fn volunteer(ctx: &Ctx) -> Result<(UserId, String), AppError> {
    let (p, session) = ctx.principal(false).await?;
    match p {
        Principal::Volunteer { user } => Ok((user, session.token_hash.clone())),
        _ => Err(AppError::NotFound),
    }
}

fn task_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let id = task_id(&raw)?;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let notice = Flash::take_info(&ctx.state.store, &token, &tr).await?;
    render(&ctx, user, id, Posted::default(), notice, None, StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    user: UserId,
    id: i64,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let row = ctx
        .state
        .store
        .volunteer_task(user, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let data = VolunteerTaskPageData {
        task: task_view(row),
        today: today_iso(),
        posted,
        notice,
        alert,
    };
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render_status(ctx.lang(false), status, move || {
            view! { <VolunteerTaskPage data=data user=nav/> }
        })
        .await)
}

async fn after(ctx: &Ctx, token: &str, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

pub async fn answer(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let id = task_id(&raw)?;
    // Someone else's task is not found, whatever the form says.
    if ctx.state.store.volunteer_task(user, id).await?.is_none() {
        return Err(AppError::NotFound);
    }
    let input: AnswerInput = form.input();
    let accept = match input.answer.as_str() {
        "accept" => true,
        "decline" => false,
        _ => return Err(AppError::BadRequest),
    };
    match ctx.state.store.answer_companion(user, id, accept).await? {
        Answered::Matched => {
            after(
                &ctx,
                &token,
                "companion-v-accepted",
                &format!("/volunteer/companions/{id}"),
            )
            .await
        }
        Answered::Declined => after(&ctx, &token, "companion-v-declined", "/volunteer").await,
        // Someone else was quicker, or the guide withdrew it: say so on the start page.
        Answered::Gone => after(&ctx, &token, "companion-v-gone", "/volunteer").await,
    }
}

pub async fn meeting(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let id = task_id(&raw)?;
    let store = &ctx.state.store;
    let row = store.volunteer_task(user, id).await?.ok_or(AppError::NotFound)?;
    if !row.mine {
        return Err(AppError::NotFound);
    }
    let kind = row.kind;
    let input: MeetingInput = form.input();
    let began = local(row.starts_at).date;
    let (met_on, minutes, call_me) = match parse_meeting(&input, kind, &began) {
        Ok(m) => m,
        Err(errors) => {
            let tr = ctx.state.i18n.translator(ctx.lang(false));
            return render(
                &ctx,
                user,
                id,
                form.refused(MEETING_FORM, errors),
                None,
                Some(tr.t("form-errors-heading")),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    if !store
        .record_companion_meeting(user, id, &met_on, minutes, call_me)
        .await?
    {
        return Err(AppError::NotFound);
    }
    // A single task ends with its hours: back to the start page, where it is gone.
    let to = if kind.is_single() {
        "/volunteer".to_string()
    } else {
        format!("/volunteer/companions/{id}")
    };
    after(&ctx, &token, "companion-v-recorded", &to).await
}

/// A meeting as posted: (date, minutes, call me). The date may not lie ahead.
/// Nor before the task began (`began`, ISO): hours count for the time with this client.
fn parse_meeting(
    input: &MeetingInput,
    kind: CompanionKind,
    began: &str,
) -> Result<(String, i64, bool), FieldErrors> {
    use MeetingField as F;
    let mut p = Problems::new();
    let met_on = match p.check(F::MetOn, forms::optional_past_date(&input.met_on, today())) {
        Some(Some(d)) if d.as_str() < began => {
            p.add(F::MetOn, Problem::new("companion-v-met-before"));
            None
        }
        Some(Some(d)) => Some(d),
        Some(None) => {
            p.add(F::MetOn, Problem::new("field-required"));
            None
        }
        None => None,
    };
    let minutes = p.check(
        F::Minutes,
        forms::optional_number(&input.minutes, 720).and_then(|m| m.ok_or(Problem::new("field-required"))),
    );
    let call_me = kind == CompanionKind::Mentoring && input.call_me == "on";
    p.finish(|| Some((met_on?, minutes?, call_me)))
}

/// Tells an asked volunteer by mail (in their language), with a link and nothing else:
/// mail can be read on a shared computer.
pub async fn mail_ask(ctx: &Ctx, volunteer: UserId, link: &str) -> Result<(), AppError> {
    let store = &ctx.state.store;
    let Some(user) = store.user(volunteer).await? else {
        return Ok(());
    };
    let Some(email) = user.email.filter(|e| !e.is_empty()) else {
        return Ok(());
    };
    let lang = user.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::DE);
    let tr = ctx.state.i18n.translator(lang);
    let url = format!("{}{link}", ctx.state.settings.public_url);
    let body = tr.ta(
        "companion-mail-body",
        &[("name", user.display_name.into()), ("link", url.into())],
    );
    store
        .enqueue_mail(&email, &tr.t("companion-mail-subject"), &body)
        .await?;
    Ok(())
}

/// The volunteer coordination's overview (the coordinator and the volunteer coordinator
/// of the municipality): tasks without the client, the place or what to bring.
pub async fn overview(ctx: Ctx) -> Result<Response, AppError> {
    let (p, _) = ctx.principal(true).await?;
    let (Principal::Coordinator { municipality, .. } | Principal::VolunteerCoordinator { municipality, .. }) =
        p
    else {
        return Err(AppError::Forbidden);
    };
    let lines = ctx
        .state
        .store
        .companion_overview(municipality, crate::time::now() - 90 * 86_400)
        .await?
        .into_iter()
        .map(|r| OverviewLine {
            kind: r.kind,
            status: r.status,
            when: local(r.starts_at),
            district: r.district,
            language: r.language,
            volunteer: r.volunteer_name,
            asked: r.asked,
            declined: r.declined,
        })
        .collect();
    let user = ctx.nav_user(p.home()).unwrap_or_default();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <CompanionOverviewPage lines=lines user=user/> },
        )
        .await)
}
