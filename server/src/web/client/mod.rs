//! The client's own pages beyond the home page: their plan, their appointments and
//! their calendar. Every handler works on the signed-in client's own record only; an id
//! of anyone else answers 404.

pub mod appointments;
pub mod calendar;
pub mod data;
pub mod deadlines;
pub mod home;
pub mod plan;
pub mod requests;
pub mod rights;

use crate::auth::permission::{client_access, ClientAccess, Principal};
use crate::db::access_log::Action;
use crate::db::Store;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use lotse_app::domain::Role;

/// The signed-in client and their access to their own record (with the session's
/// token, for flash messages); staff and volunteers are sent to their own home.
pub(super) async fn own_record(ctx: &Ctx) -> Result<(ClientAccess, String), AppError> {
    let (access, token) = own_record_even_closed(ctx).await?;
    // After their guide's support ended, a client still reads their record, but changes
    // nothing in it.
    if access.is_closed() && ctx.method == axum::http::Method::POST {
        return Err(AppError::Closed);
    }
    Ok((access, token))
}

/// The client's own record, also after the support ended: for what a client may still
/// do then (their rights under data-protection law, revoking their calendar link).
pub(super) async fn own_record_even_closed(ctx: &Ctx) -> Result<(ClientAccess, String), AppError> {
    let (p, session) = ctx.principal(false).await?;
    let Principal::Client { client, .. } = p else {
        return Err(AppError::ElsewhereHome(p.home()));
    };
    let access = client_access(&ctx.state.store, &p, client).await?;
    Ok((access, session.token_hash.clone()))
}

/// Records in the access log what the client did with their own record.
pub(super) async fn log(
    store: &Store,
    access: &ClientAccess,
    action: Action,
    detail: &str,
) -> Result<(), AppError> {
    if action == Action::Read && access.role() == Role::Client {
        store
            .log_own_read(access.actor(), access.client(), detail)
            .await?;
    } else {
        store
            .log_access(
                access.actor(),
                access.role(),
                Some(access.client()),
                action,
                detail,
            )
            .await?;
    }
    Ok(())
}

pub(super) async fn after(ctx: &Ctx, token: &str, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

pub(crate) fn ics_response(body: String, filename: &str) -> Response {
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

pub(crate) fn host_of(ctx: &Ctx) -> String {
    url::Url::parse(&ctx.state.settings.public_url)
        .ok()
        .and_then(|u| u.host_str().map(String::from))
        .unwrap_or_else(|| "lotse".into())
}
