//! "My calendar": the secret subscription link and the feed behind it.

use super::{after, host_of, ics_response, own_record};
use crate::auth::credentials;
use crate::web::calendar_ics as calendar;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, UserId};
use lotse_app::pages::client_calendar::{MyCalendar, MyCalendarPage, NewLink};

/// Group dates in feeds: a month back (so a recent cancellation still shows) and half a
/// year ahead.
pub const FEED_DAYS_BEHIND: i64 = 30;
pub const FEED_DAYS_AHEAD: i64 = 183;

/// Each date with the name of its place from the directory, in `lang` (else German).
pub async fn with_places(
    store: &crate::db::Store,
    dates: Vec<crate::db::groups::CalendarDateRow>,
    lang: Lang,
) -> Result<Vec<(crate::db::groups::CalendarDateRow, Option<String>)>, AppError> {
    let mut names: Vec<(i64, Option<String>)> = vec![];
    let mut out = Vec::with_capacity(dates.len());
    for d in dates {
        let place = match d.office_id {
            Some(id) => match names.iter().find(|(o, _)| *o == id) {
                Some((_, n)) => n.clone(),
                None => {
                    let n = store.office_name(id, lang.code()).await?;
                    names.push((id, n.clone()));
                    n
                }
            },
            None => None,
        };
        out.push((d, place));
    }
    Ok(out)
}

/// The subscription feed: no session, the secret link is the key.
pub async fn calendar_feed(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let secret = raw.strip_suffix(".ics").unwrap_or(&raw);
    if secret.is_empty() || secret.len() > 100 {
        return Err(AppError::NotFound);
    }
    let store = &ctx.state.store;
    let hash = credentials::token_hash(secret);
    let Some(access) = crate::auth::permission::calendar_feed_access(store, &hash).await? else {
        return crate::web::volunteer::shift_feed(&ctx, &hash).await;
    };
    let client = access.client();
    let row = store.case(&access).overview().await?.ok_or(AppError::NotFound)?;
    let lang = Lang::parse(&row.preferred_lang).unwrap_or(Lang::EN);
    let lang = store
        .user(UserId(row.user_id))
        .await?
        .and_then(|u| u.lang.as_deref().and_then(Lang::parse))
        .unwrap_or(lang);
    let tr = ctx.state.i18n.translator(lang);
    // Whoever holds the link reads the record without a session (the client's calendar
    // app, or someone the link leaked to): each day's first fetch is on the record.
    store
        .log_list_view(access.actor(), access.role(), &[client], "calendar-feed")
        .await?;
    let appointments = store.case(&access).appointments().await?;
    let steps = store.case(&access).steps().await?;
    let deadlines = super::deadlines::collect(&store.case(&access)).await?;
    let at = crate::db::now();
    let dates = store
        .client_group_dates(
            client,
            lang.code(),
            at - FEED_DAYS_BEHIND * 86_400,
            at + FEED_DAYS_AHEAD * 86_400,
        )
        .await?;
    let groups = with_places(store, dates, lang).await?;
    Ok(ics_response(
        calendar::feed(&tr, &host_of(&ctx), &appointments, &steps, &deadlines, &groups),
        "lotse.ics",
    ))
}

pub async fn my_calendar(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let (notice, new_link) = match Flash::take(store, &token).await? {
        Some(Flash::CalendarLink { secret }) => {
            let url = format!("{}/calendar/{secret}.ics", ctx.state.settings.public_url);
            let webcal = url
                .replacen("https://", "webcal://", 1)
                .replacen("http://", "webcal://", 1);
            let qr = crate::web::qr::qr_svg(&webcal);
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
    Ok(ctx
        .render(lang, move || view! { <MyCalendarPage data=data user=user/> })
        .await)
}

pub async fn new_calendar_link(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
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

/// Also after the support ended: a link that gives away appointments must stay
/// revocable.
pub async fn revoke_calendar_link(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = super::own_record_even_closed(&ctx).await?;
    ctx.state.store.revoke_calendar_tokens(access.client()).await?;
    after(&ctx, &token, "my-calendar-revoked", "/me/calendar").await
}
