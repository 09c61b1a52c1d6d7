//! "My appointments": reading, confirming, asking to move, one event as `.ics`.

use super::{after, host_of, ics_response, log, own_record};
use crate::db::access_log::Action;
use crate::web::calendar_ics as calendar;
use crate::web::case::local;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::AppointmentStatus;
use lotse_app::pages::client_appointments::{MoveInput, MyAppointment, MyAppointments, MyAppointmentsPage};

pub async fn my_appointments(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let now = crate::db::now();
    let moving = store.case(&access).move_requests_open().await?;
    let guide = store.case(&access).overview().await?.and_then(|c| c.guide_name);
    let companions = store.case(&access).companions_of_client().await?;
    let (mut upcoming, mut past) = (vec![], vec![]);
    for a in store.case(&access).appointments().await? {
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
            contact_phone: a.contact_phone,
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
            cancelled: a.status == AppointmentStatus::Cancelled,
            companion: companions
                .iter()
                .find(|c| c.appointment_id == Some(a.id))
                .map(|c| (c.kind.as_str().to_string(), c.volunteer_name.clone())),
        };
        if is_upcoming {
            upcoming.push(view);
        } else {
            past.push(view);
        }
    }
    past.reverse();
    let notice = Flash::take_info(store, &token, &tr).await?;
    log(&ctx.state.store, &access, Action::Read, "appointments").await?;
    let data = MyAppointments {
        upcoming,
        past,
        notice,
        closed: access.is_closed(),
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <MyAppointmentsPage data=data user=user/> })
        .await)
}

pub async fn confirm_appointment(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let appointment = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx
        .state
        .store
        .case(&access)
        .confirm_appointment(appointment)
        .await?
    {
        return Err(AppError::NotFound);
    }
    log(&ctx.state.store, &access, Action::Update, "appointments").await?;
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
    let (access, token) = own_record(&ctx).await?;
    let appointment = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    // Someone else's appointment is not found, whatever the form says.
    if ctx
        .state
        .store
        .case(&access)
        .appointment(appointment)
        .await?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    let input: MoveInput = form.input();
    // The card has no place for a field's message: any problem with the reason is said
    // in the notice at the top.
    let reason = match forms::required_text(&input.reason, 300) {
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
        .case(&access)
        .ask_to_move(appointment, &reason)
        .await?
    {
        return Err(AppError::NotFound);
    }
    log(&ctx.state.store, &access, Action::Update, "appointments").await?;
    after(
        &ctx,
        &token,
        "my-appointment-saved-move",
        &format!("/me/appointments#my-appointment-{appointment}"),
    )
    .await
}

pub async fn appointment_ics(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (access, _) = own_record(&ctx).await?;
    let appointment = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let a = ctx
        .state
        .store
        .case(&access)
        .appointment(appointment)
        .await?
        .ok_or(AppError::NotFound)?;
    let tr = ctx.state.i18n.translator(ctx.lang(false));
    Ok(ics_response(
        calendar::single(&tr, &host_of(&ctx), &a),
        "lotse-termin.ics",
    ))
}
