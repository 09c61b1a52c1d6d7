//! The client's home page: what is next, their guide, news from their groups.

use crate::auth::credentials::format_login_number;
use crate::auth::permission::{client_access, Principal};
use crate::db::access_log::Action;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::pages::client_home::{CaseEnded, ClientHome, ClientHomePage, GuideCard};

pub async fn client_home(ctx: Ctx) -> Result<Response, AppError> {
    let (p, session) = ctx.principal(false).await?;
    let Principal::Client { client, .. } = p else {
        return Ok(Redirect::to(p.home()).into_response());
    };
    let access = client_access(&ctx.state.store, &p, client).await?;
    let store = &ctx.state.store;
    let row = store.case(&access).overview().await?.ok_or(AppError::NotFound)?;
    super::log(store, &access, Action::Read, "home").await?;
    let welcome = matches!(
        Flash::take(store, &session.token_hash).await?,
        Some(Flash::Welcome)
    );
    let deadlines = super::deadlines::collect(&store.case(&access)).await?;
    // A renewal of the access by staff in the last 30 days is shown on every visit, and
    // a colleague standing in for the guide today (holiday, illness) is named; with
    // them the next step and appointment (one statement for all).
    let now = crate::db::now();
    let notices = store
        .case(&access)
        .home_notices(
            now - 30 * 86_400,
            row.guide_id.map(lotse_app::domain::UserId),
            &crate::time::today_iso(),
            now,
        )
        .await?;
    let next_appointment = notices
        .next_appointment()
        .map(|(at, place)| (crate::web::case::local(at), place));
    let access_renewed = notices
        .access_renewed()
        .map(|(at, name)| (crate::web::case::local(at).date, name));
    let deputy = notices.deputy();
    // How the case ended: only a closed case has an end (the access knows whether it
    // is closed, read with it), so an open one's page asks nothing more.
    let end = match access.is_closed() {
        true => store.case(&access).end().await?,
        false => None,
    };
    let ended = end.map(|e| CaseEnded {
        closed_on: crate::web::case::local(e.closed_at).date,
        kept_until: crate::db::case_end::kept_until(e.closed_at, e.retention_months)
            .map(|d| d.format("%Y-%m-%d").to_string()),
        reason: e.reason,
        handed_to: e.handed_to,
        moved_to: e.moved_to,
        municipality: e.municipality,
    });
    let mentors = store
        .case(&access)
        .companions_of_client()
        .await?
        .into_iter()
        .filter(|c| c.kind == lotse_app::companions::CompanionKind::Mentoring)
        .map(|c| c.volunteer_name)
        .collect();
    let data = ClientHome {
        push_key: ctx.state.push.public_key().to_string(),
        mentors,
        ended,
        access_renewed,
        has_deadlines: !deadlines.is_empty(),
        reminders: deadlines.into_iter().filter(|d| d.reminding()).collect(),
        new_answers: notices.new_answers,
        has_appointments: notices.has_appointments,
        next_appointment,
        has_plan: notices.has_plan,
        next_step: notices.next_step.clone(),
        first_name: row.first_name.clone(),
        guide: row.guide_name.clone().map(|name| GuideCard {
            name,
            phone: row.guide_phone.clone(),
            office_hours: row.guide_office_hours.clone(),
            deputy: deputy.clone(),
        }),
        number_reminder: welcome
            .then(|| row.login_number.as_deref().map(format_login_number))
            .flatten(),
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render(
            ctx.lang(false),
            move || view! { <ClientHomePage data=data user=user/> },
        )
        .await)
}
