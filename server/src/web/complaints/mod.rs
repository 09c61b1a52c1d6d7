//! Complaints, suggestions and praise (Beschwerdemanagement): the sender's side (`send`)
//! and the handler's desk here. Only `permission::complaint_desk` opens the desk, and
//! every read goes through `db::complaints`' one condition of who sees what, so a
//! complaint about a guide never reaches that guide.

pub mod send;

use super::case::{form_alert, local};
use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::permission::{complaint_desk, Principal};
use crate::db::complaints::{may_handle, ComplaintRow, Desk, Handled};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::complaints::{overdue, FeedbackAbout, FeedbackStatus};
use lotse_app::domain::UserId;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::complaints::desk::{
    handler_field, ComplaintPage, ComplaintPageData, DeskData, DeskItem, DeskPage, HandleField, HandleInput,
    HandlerLine, HandlersData, HandlersPage, HANDLERS_FORM, HANDLE_FORM,
};
use lotse_app::pages::forms::Posted;
use serde::Deserialize;

/// The most the desk lists at once: open ones first (oldest first), then closed ones when
/// asked.
const LISTED: i64 = 500;

/// The complaints routed to one handler, for their start page: (open, late), or None
/// when none is open.
pub(crate) async fn routed_to(
    store: &crate::db::Store,
    municipality: lotse_app::domain::MunicipalityId,
    user: UserId,
) -> Result<Option<(i64, i64)>, AppError> {
    let desk = Desk {
        municipality,
        user,
        all: false,
    };
    let (open, late) = store.complaints_due(desk, &crate::time::today_iso()).await?;
    Ok((open > 0).then_some((open, late)))
}

struct Handler {
    desk: Desk,
    token: String,
    principal: Principal,
}

async fn handler(ctx: &Ctx) -> Result<Handler, AppError> {
    let (p, session) = ctx.principal(true).await?;
    Ok(Handler {
        desk: complaint_desk(&p)?,
        token: session.token_hash.clone(),
        principal: p,
    })
}

fn item(c: ComplaintRow, today: &str) -> DeskItem {
    DeskItem {
        overdue: overdue(c.status, &c.acknowledge_by, &c.settle_by, today),
        id: c.id,
        kind: c.kind,
        about: c.about,
        about_text: c.about_text,
        about_name: c.about_name,
        body: c.body,
        sender: c.sender,
        sender_name: c.sender_name.filter(|_| c.named),
        contact: c.contact,
        lang: c.lang,
        handler_name: c.handler_name,
        status: c.status,
        answer: c.answer,
        received_on: local(c.received_at).date,
        acknowledge_by: c.acknowledge_by,
        settle_by: c.settle_by,
        handled_by: c.handled_by_name,
        version: c.version,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeskQuery {
    closed: String,
}

pub async fn desk(ctx: Ctx, Query(q): Query<DeskQuery>) -> Result<Response, AppError> {
    let h = handler(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let today = crate::time::today_iso();
    let closed_too = !q.closed.is_empty();
    let (open, late) = store.complaints_due(h.desk, &today).await?;
    let data = DeskData {
        items: store
            .complaint_desk(h.desk, closed_too, LISTED)
            .await?
            .into_iter()
            .map(|c| item(c, &today))
            .collect(),
        open,
        late,
        closed_too,
        names_handlers: h.desk.all,
        notice: Flash::take_info(store, &h.token, &tr).await?,
    };
    let user = ctx.nav_user(h.principal.home()).unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <DeskPage user=user data=data/> })
        .await)
}

async fn load(ctx: &Ctx, h: &Handler, raw: &str) -> Result<DeskItem, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let c = ctx
        .state
        .store
        .complaint(h.desk, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(item(c, &crate::time::today_iso()))
}

async fn render_one(
    ctx: &Ctx,
    h: &Handler,
    item: DeskItem,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let data = ComplaintPageData {
        item,
        notice: Flash::notice_on(&ctx.state.store, &h.token, &tr, status).await?,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
    };
    let user = ctx.nav_user(h.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <ComplaintPage user=user data=data/> },
        )
        .await)
}

pub async fn complaint(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let h = handler(&ctx).await?;
    let c = load(&ctx, &h, &raw).await?;
    render_one(&ctx, &h, c, Posted::default(), StatusCode::OK).await
}

/// A step as posted: forward only; an answer is needed to answer.
fn parse(input: &HandleInput, now: FeedbackStatus) -> Result<(i64, FeedbackStatus, String), FieldErrors> {
    use HandleField as F;
    let mut p = Problems::new();
    let version = p.check(
        F::Version,
        forms::required_parsed(&input.version, |v| v.parse::<i64>().ok()),
    );
    let status = p.check(
        F::Status,
        forms::required_parsed(&input.status, |s| {
            FeedbackStatus::parse(s).filter(|s| *s != FeedbackStatus::Received && s.rank() >= now.rank())
        }),
    );
    let answer = p.check(F::Answer, forms::optional_text(&input.answer, 4000));
    if status == Some(FeedbackStatus::Answered) && matches!(answer, Some(None)) {
        p.add(F::Answer, Problem::new("complaints-answer-required"));
    }
    p.finish(|| Some((version?, status?, answer?.unwrap_or_default())))
}

pub async fn handle(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let h = handler(&ctx).await?;
    let c = load(&ctx, &h, &raw).await?;
    let (version, status, answer) = match parse(&form.input(), c.status) {
        Ok(v) => v,
        Err(errors) => {
            let posted = form.refused(HANDLE_FORM, errors);
            return render_one(&ctx, &h, c, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match ctx
        .state
        .store
        .handle_complaint(h.desk, c.id, version, status, &answer)
        .await?
    {
        Handled::NotFound => Err(AppError::NotFound),
        Handled::Conflict => {
            // A colleague moved it meanwhile: show what stands, keep what was typed.
            let mut errors = FieldErrors::new();
            errors.insert(
                HandleField::Status.name(),
                Problem::new("complaints-changed-meanwhile"),
            );
            let posted = form.refused(HANDLE_FORM, errors);
            let now = load(&ctx, &h, &raw).await?;
            render_one(&ctx, &h, now, posted, StatusCode::CONFLICT).await
        }
        Handled::Done => {
            Flash::Info {
                message: "complaints-saved".into(),
            }
            .set(&ctx.state.store, &h.token)
            .await?;
            Ok(Redirect::to(&format!("/complaints/{}", c.id)).into_response())
        }
    }
}

/// The coordinators name who handles what.
async fn coordinator(ctx: &Ctx) -> Result<Handler, AppError> {
    let h = handler(ctx).await?;
    if !h.desk.all {
        return Err(AppError::Forbidden);
    }
    Ok(h)
}

async fn render_handlers(
    ctx: &Ctx,
    h: &Handler,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let named = store.complaint_handlers(h.desk.municipality).await?;
    let choices = store.complaint_handler_choices(h.desk.municipality).await?;
    let lines = FeedbackAbout::ALL
        .iter()
        .map(|about| HandlerLine {
            about: *about,
            selected: named
                .iter()
                .find(|(a, _)| a == about.as_str())
                .map(|(_, u)| u.to_string())
                .unwrap_or_default(),
            options: choices
                .iter()
                .filter(|c| may_handle(c.role, *about))
                .map(|c| {
                    (
                        c.id.to_string(),
                        format!(
                            "{} ({})",
                            c.name,
                            tr.t(&format!("complaints-role-{}", c.role.as_str()))
                        ),
                    )
                })
                .collect(),
        })
        .collect();
    let data = HandlersData {
        lines,
        notice: Flash::notice_on(store, &h.token, &tr, status).await?,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
    };
    let user = ctx.nav_user(h.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <HandlersPage user=user data=data/> },
        )
        .await)
}

pub async fn handlers_page(ctx: Ctx) -> Result<Response, AppError> {
    let h = coordinator(&ctx).await?;
    render_handlers(&ctx, &h, Posted::default(), StatusCode::OK).await
}

pub async fn save_handlers(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let h = coordinator(&ctx).await?;
    let store = &ctx.state.store;
    let choices = store.complaint_handler_choices(h.desk.municipality).await?;
    let mut errors = FieldErrors::new();
    let mut handlers = vec![];
    for about in FeedbackAbout::ALL {
        let field = handler_field(*about);
        let raw = form.get(field).trim();
        if raw.is_empty() {
            handlers.push((*about, None));
            continue;
        }
        // Only staff of this municipality who may handle this subject (no guide for
        // complaints about guides).
        match choices
            .iter()
            .find(|c| raw.parse::<i64>().ok() == Some(c.id) && may_handle(c.role, *about))
        {
            Some(c) => handlers.push((*about, Some(UserId(c.id)))),
            None => {
                errors.insert(field, Problem::new("complaints-handler-invalid"));
            }
        }
    }
    if !errors.is_empty() {
        let posted = form.refused(HANDLERS_FORM, errors);
        return render_handlers(&ctx, &h, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    store
        .set_complaint_handlers(h.desk.municipality, &handlers)
        .await?;
    Flash::Info {
        message: "complaints-handlers-saved".into(),
    }
    .set(store, &h.token)
    .await?;
    Ok(Redirect::to("/complaints/handlers").into_response())
}
