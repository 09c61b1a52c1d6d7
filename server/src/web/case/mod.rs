//! Handlers of a client's case file. Every one starts with [`open`], which checks that the
//! signed-in guide may work on this client (deny by default, "not found" for others).

pub mod appointments;
pub mod closing;
pub mod companions;
pub mod consent;
pub mod deadlines;
pub mod handover;
pub mod history;
pub mod household;
pub mod intake;
pub mod notes;
pub mod plan;
pub mod referrals;
pub mod requests;
pub mod step_links;

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use crate::auth::permission::{client_access, require_staff_write, ClientAccess, Principal};
use crate::db::access_log::Action;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Timelike};
use leptos::prelude::*;
use lotse_app::domain::{ClientId, Lang, MunicipalityId};
use lotse_app::i18n::Tr;
use lotse_app::pages::staff::case::CaseHead;

pub use crate::time::{local, to_unix, today, today_iso, ZONE};

/// Local weekday (1 = Monday) and minute of the day of a Unix time.
pub fn local_weekday_minute(ts: i64) -> (i64, i64) {
    match chrono::DateTime::from_timestamp(ts, 0) {
        Some(utc) => {
            let t = utc.with_timezone(&ZONE);
            (
                i64::from(t.weekday().number_from_monday()),
                i64::from(t.hour() * 60 + t.minute()),
            )
        }
        None => (0, 0),
    }
}

/// A case the signed-in guide may work on.
pub struct Case {
    pub principal: Principal,
    pub access: ClientAccess,
    pub token_hash: String,
    pub name: String,
    pub lang: Lang,
}

pub fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

/// Checks access to the client in the path and loads what every case page needs. A
/// closed case is read-only: every post to it is refused here, in one place (only
/// reopening, through [`open_closed`], changes a closed case).
pub async fn open(ctx: &Ctx, raw: &str) -> Result<Case, AppError> {
    let case = open_closed(ctx, raw).await?;
    if case.access.is_closed() && ctx.method == axum::http::Method::POST {
        return Err(AppError::Closed);
    }
    Ok(case)
}

/// [`open`], also for a post to a closed case (reopening it).
pub async fn open_closed(ctx: &Ctx, raw: &str) -> Result<Case, AppError> {
    let id = ClientId(parse_id(raw)?);
    let (p, session) = ctx.principal(true).await?;
    let access = client_access(&ctx.state.store, &p, id).await?;
    require_staff_write(&access)?;
    let (first, last) = ctx
        .state
        .store
        .case(&access)
        .name()
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(Case {
        principal: p,
        token_hash: session.token_hash.clone(),
        name: format!("{first} {last}"),
        lang: ctx.lang(true),
        access,
    })
}

impl Case {
    pub fn id(&self) -> ClientId {
        self.access.client()
    }

    /// The municipality whose case this is.
    pub fn municipality(&self) -> MunicipalityId {
        self.access.municipality()
    }

    pub fn tr(&self, ctx: &Ctx) -> Tr {
        ctx.state.i18n.translator(self.lang)
    }

    /// The case file through the gate (window, special category and access log applied).
    pub fn file<'a>(&'a self, ctx: &'a Ctx) -> crate::db::case_file::CaseFile<'a> {
        ctx.state.store.case(&self.access)
    }

    /// Records of `area` older than this are hidden after a handover without consent.
    pub fn since(&self, area: &str) -> i64 {
        self.access.history().visible_since(area)
    }

    pub async fn log(&self, ctx: &Ctx, action: Action, detail: &str) -> Result<(), AppError> {
        ctx.state
            .store
            .log_access(
                self.principal.user(),
                self.principal.role(),
                Some(self.id()),
                action,
                detail,
            )
            .await?;
        Ok(())
    }

    /// The header of a case page, with the one-shot notice if there is one for it.
    pub async fn head(&self, ctx: &Ctx, alert: Option<String>) -> Result<CaseHead, AppError> {
        let notice = match Flash::take(&ctx.state.store, &self.token_hash).await? {
            Some(Flash::Notice { client, message }) if client == self.id().0 => {
                Some(self.tr(ctx).t(&message))
            }
            _ => None,
        };
        Ok(CaseHead {
            id: self.id().0,
            name: self.name.clone(),
            restricted: self.access.history().is_restricted(),
            closed_on: self.access.closed_at().map(|at| local(at).date),
            notice,
            alert,
            user: ctx.nav_user(self.principal.home()).unwrap_or_default(),
        })
    }

    /// After a successful post: a notice for the next page, and back to `tab`.
    pub async fn done(
        &self,
        ctx: &Ctx,
        tab: &str,
        message: &str,
        anchor: &str,
    ) -> Result<Response, AppError> {
        Flash::Notice {
            client: self.id().0,
            message: message.into(),
        }
        .set(&ctx.state.store, &self.token_hash)
        .await?;
        let suffix = lotse_app::pages::staff::case::TABS
            .iter()
            .find(|(k, _)| *k == tab)
            .map(|(_, p)| *p)
            .unwrap_or("");
        Ok(Redirect::to(&format!("/cases/{}{suffix}{anchor}", self.id().0)).into_response())
    }

    /// Renders a case page with a status (422 after bad input, 409 after a conflict).
    pub async fn render<F, V>(&self, ctx: &Ctx, status: StatusCode, view: F) -> Response
    where
        F: FnOnce() -> V + Send + 'static,
        V: IntoView + 'static,
    {
        ctx.render_status(self.lang, status, view).await
    }
}

/// A form the server refused as a whole: the alert text at the top of the page.
pub fn form_alert(tr: &Tr) -> Option<String> {
    Some(tr.t("form-errors-heading"))
}
