//! A municipality's shared lists: the interpreter pool (guides and coordinators) and the
//! goal templates (maintained by the coordinator, used by guides).

use super::case::form_alert;
use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::permission::{municipality_staff, Principal};
use crate::db::appointments::NewInterpreter;
use crate::db::clients::split_languages;
use crate::db::plan::NewTemplate;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::casework::FIELDS;
use lotse_app::domain::{Lang, MunicipalityId, SPOKEN_LANGUAGES};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::interpreters::{
    InterpreterField, InterpreterInput, InterpreterView, InterpretersPage, INTERPRETER_FORM,
    INTERPRETER_KINDS,
};
use lotse_app::pages::staff::templates::{
    TemplateField, TemplateInput, TemplateView, TemplatesPage, TEMPLATE_FORM, TITLE_PREFIX,
};

/// A guide or coordinator, with their municipality.
struct Staff {
    p: Principal,
    m: MunicipalityId,
    coordinator: bool,
    token: String,
}

async fn signed_in_staff(ctx: &Ctx) -> Result<Staff, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (m, coordinator) = municipality_staff(&p)?;
    Ok(Staff {
        p,
        m,
        coordinator,
        token: session.token_hash.clone(),
    })
}

async fn take_info(ctx: &Ctx, token_hash: &str) -> Result<Option<String>, AppError> {
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    Ok(Flash::take_info(&ctx.state.store, token_hash, &tr).await?)
}

fn hm(minute: i64) -> (u8, u8) {
    ((minute / 60).clamp(0, 23) as u8, (minute % 60).clamp(0, 59) as u8)
}

async fn render_interpreters(
    ctx: &Ctx,
    staff: &Staff,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let windows = store.availability(staff.m).await?;
    let interpreters = store
        .interpreters(staff.m)
        .await?
        .into_iter()
        .map(|i| InterpreterView {
            windows: windows
                .iter()
                .filter(|w| w.interpreter_id == i.id)
                .map(|w| (w.weekday as u8, hm(w.start_minute), hm(w.end_minute)))
                .collect(),
            languages: split_languages(&i.languages),
            name: i.name,
            kind: i.kind,
            dialects: i.dialects,
            phone: i.phone,
            email: i.email,
        })
        .collect();
    let user = ctx.nav_user(staff.p.home()).unwrap_or_default();
    Ok(ctx.render_status(ctx.lang(true), status, move || {
        view! { <InterpretersPage interpreters=interpreters posted=posted notice=notice alert=alert user=user/> }
    }).await)
}

pub async fn interpreters(ctx: Ctx) -> Result<Response, AppError> {
    let staff = signed_in_staff(&ctx).await?;
    let notice = take_info(&ctx, &staff.token).await?;
    render_interpreters(&ctx, &staff, Posted::default(), notice, None, StatusCode::OK).await
}

pub async fn add_interpreter(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let staff = signed_in_staff(&ctx).await?;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    match parse_interpreter(&form.input()) {
        Ok(new) => {
            ctx.state.store.create_interpreter(staff.m, &new).await?;
            Flash::Info {
                message: "interpreter-saved".into(),
            }
            .set(&ctx.state.store, &staff.token)
            .await?;
            Ok(Redirect::to("/interpreters").into_response())
        }
        Err(errors) => {
            let posted = form.refused(INTERPRETER_FORM, errors);
            render_interpreters(
                &ctx,
                &staff,
                posted,
                None,
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// A new interpreter as posted: at least one known language, at least one weekday, and a
/// window that ends after it starts (the same window on each day, as the form asks it).
fn parse_interpreter(input: &InterpreterInput) -> Result<NewInterpreter, FieldErrors> {
    use InterpreterField as F;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 200));
    let kind = p.check(F::Kind, forms::required_choice(&input.kind, &INTERPRETER_KINDS));
    let languages: Vec<String> = input
        .languages()
        .filter(|l| SPOKEN_LANGUAGES.contains(l))
        .map(str::to_string)
        .collect();
    if languages.is_empty() {
        p.add(F::Languages, Problem::new("interpreter-languages-needed"));
    }
    let dialects = p.check(F::Dialects, forms::optional_text(&input.dialects, 200));
    let phone = p.check(F::Phone, forms::optional_phone(&input.phone));
    let email = match input.email.trim() {
        "" => Some(None),
        e => p.check(F::Email, forms::email(e)).map(Some),
    };
    let days: Vec<i64> = input
        .days()
        .filter_map(|d| d.parse::<i64>().ok())
        .filter(|d| (1..=7).contains(d))
        .collect();
    if days.is_empty() {
        p.add(F::Days, Problem::new("interpreter-days-needed"));
    }
    let from = p.check(F::FromTime, forms::time_of_day(&input.from));
    let to = p.check(F::ToTime, forms::time_of_day(&input.to));
    let window = match (from, to) {
        (Some((fh, fm)), Some((th, tm))) => {
            let (start, end) = (
                i64::from(fh) * 60 + i64::from(fm),
                i64::from(th) * 60 + i64::from(tm),
            );
            if start >= end {
                p.add(F::ToTime, Problem::new("interpreter-window-order"));
                None
            } else {
                Some((start, end))
            }
        }
        _ => None,
    };
    p.finish(|| {
        let (start, end) = window?;
        Some(NewInterpreter {
            name: name?,
            kind: kind?,
            languages,
            dialects: dialects?,
            phone: phone?,
            email: email?,
            windows: days.iter().map(|d| (*d, start, end)).collect(),
        })
    })
}

async fn render_templates(
    ctx: &Ctx,
    staff: &Staff,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let templates = ctx
        .state
        .store
        .goal_templates(staff.m)
        .await?
        .into_iter()
        .map(|t| TemplateView {
            id: t.id,
            field: t.field,
            titles: Lang::all()
                .iter()
                .map(|l| {
                    let title = if *l == Lang::DE {
                        Some(t.title.clone())
                    } else {
                        t.titles
                            .iter()
                            .find(|(c, _)| c == l.code())
                            .map(|(_, x)| x.clone())
                    };
                    (*l, title.unwrap_or_default())
                })
                .collect(),
        })
        .collect();
    let user = ctx.nav_user(staff.p.home()).unwrap_or_default();
    let can_edit = staff.coordinator;
    Ok(ctx.render_status(ctx.lang(true), status, move || {
        view! { <TemplatesPage templates=templates can_edit=can_edit posted=posted notice=notice alert=alert user=user/> }
    }).await)
}

pub async fn templates(ctx: Ctx) -> Result<Response, AppError> {
    let staff = signed_in_staff(&ctx).await?;
    let notice = take_info(&ctx, &staff.token).await?;
    render_templates(&ctx, &staff, Posted::default(), notice, None, StatusCode::OK).await
}

pub async fn add_template(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let staff = signed_in_staff(&ctx).await?;
    if !staff.coordinator {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    match parse_template(&form.input(), &form) {
        Ok(template) => {
            ctx.state.store.create_goal_template(staff.m, &template).await?;
            Flash::Info {
                message: "template-saved".into(),
            }
            .set(&ctx.state.store, &staff.token)
            .await?;
            Ok(Redirect::to("/templates").into_response())
        }
        Err(errors) => {
            let posted = form.refused(TEMPLATE_FORM, errors);
            render_templates(
                &ctx,
                &staff,
                posted,
                None,
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// A new goal template as posted: a field of action, the German title (the source) and
/// the English one (every client language's last fallback); the other languages' titles
/// where the coordinator wrote them (a client whose language has none reads the goal in
/// their language's fallback).
fn parse_template(input: &TemplateInput, form: &FormData) -> Result<NewTemplate, FieldErrors> {
    let mut p = Problems::<&'static str>::new();
    let field = p.check(
        TemplateField::Field.name(),
        forms::required_choice(&input.field, &FIELDS),
    );
    let mut titles = vec![];
    let mut german = None;
    for &lang in Lang::all() {
        let name = lang.field(TITLE_PREFIX);
        let raw = form.get(name);
        let title = if lang == Lang::DE || lang == Lang::EN {
            p.check(name, forms::required_text(raw, 200))
        } else {
            p.check(name, forms::optional_text(raw, 200)).flatten()
        };
        match title {
            Some(t) if lang == Lang::DE => german = Some(t),
            Some(t) => titles.push((lang, t)),
            None => {}
        }
    }
    p.finish(|| {
        Some(NewTemplate {
            field: field?,
            title: german?,
            titles,
        })
    })
}

pub async fn retire_template(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let staff = signed_in_staff(&ctx).await?;
    if !staff.coordinator {
        return Err(AppError::Forbidden);
    }
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx.state.store.retire_goal_template(staff.m, id).await? {
        return Err(AppError::NotFound);
    }
    Flash::Info {
        message: "template-retired".into(),
    }
    .set(&ctx.state.store, &staff.token)
    .await?;
    Ok(Redirect::to("/templates").into_response())
}
