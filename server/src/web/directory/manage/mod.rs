//! Editing the directory (manager view, German): dashboard, office form, translation
//! forms, import/export, editors, preview. Only coordinators and the guides they
//! allowed, and only for their own county.

use super::editor_scope;
use crate::db::directory::CountyId;
use crate::directory::TextState;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use axum::extract::{Path, Query};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, UserId};
use lotse_app::i18n::Tr;
use lotse_app::pages::shell::NavUser;
use lotse_app::pages::staff::directory::{Dashboard, DashboardPage, DashboardRow, EditorsPage, PreviewPage};
use serde::Deserialize;

mod guides;
mod offices;
mod transfer;

pub use guides::{
    create_guide, guide_form_page, guide_text_page, new_guide_page, save_guide, save_guide_text,
};
pub use offices::{
    create_office, edit_office_page, new_office_page, office_translation_page, save_office_translation,
    update_office,
};
pub use transfer::{
    apply_import, export_csv, export_json, import_page, import_report, template_csv, upload,
    IMPORT_BODY_LIMIT,
};

struct Editor {
    county: CountyId,
    user: UserId,
    coordinator: bool,
    token: String,
    nav: NavUser,
    tr: Tr,
}

async fn editor(ctx: &Ctx) -> Result<Editor, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (county, user) = editor_scope(ctx, &p).await?.ok_or(AppError::Forbidden)?;
    Ok(Editor {
        county,
        user,
        coordinator: matches!(p, crate::auth::permission::Principal::Coordinator { .. }),
        token: session.token_hash.clone(),
        nav: ctx.nav_user(p.home()).unwrap_or_default(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

async fn notice(ctx: &Ctx, e: &Editor) -> Result<Option<String>, AppError> {
    Ok(Flash::take_info(&ctx.state.store, &e.token, &e.tr).await?)
}

async fn saved(ctx: &Ctx, e: &Editor, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &e.token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

fn content_lang(raw: &str) -> Result<Lang, AppError> {
    Lang::parse(raw)
        .filter(|l| *l != Lang::DE)
        .ok_or(AppError::NotFound)
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

/// Translation states per item and language, from its texts with their revisions.
pub fn translation_states(rows: &[crate::db::directory::TranslationRow]) -> Vec<DashboardRow> {
    let mut out: Vec<DashboardRow> = vec![];
    for r in rows {
        if out.last().is_none_or(|l| l.id != r.id) {
            out.push(DashboardRow {
                id: r.id,
                title: String::new(),
                states: Lang::all().iter().map(|l| (*l, "missing")).collect(),
            });
        }
        if let Some(row) = out.last_mut() {
            if r.lang == "de" {
                row.title = r.title.clone();
            }
            let state = if r.lang == "de" {
                TextState::of(Some(&r.status), r.source_rev, r.source_rev)
            } else {
                TextState::of(Some(&r.status), r.text_rev, r.source_rev)
            };
            if let Some(s) = row.states.iter_mut().find(|(l, _)| l.code() == r.lang) {
                s.1 = state.as_str();
            }
        }
    }
    out
}

pub async fn dashboard(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let store = &ctx.state.store;
    let d = Dashboard {
        offices: translation_states(&store.office_translations(e.county).await?),
        guides: translation_states(&store.guide_translations(e.county).await?),
        notice: notice(&ctx, &e).await?,
        can_grant: e.coordinator,
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render(ctx.lang(true), move || view! { <DashboardPage d=d user=nav/> })
        .await)
}

pub async fn editors_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    if !e.coordinator {
        return Err(AppError::Forbidden);
    }
    let staff = ctx
        .state
        .store
        .directory_staff(e.county)
        .await?
        .into_iter()
        .map(|(id, name, _, allowed)| (id, name, allowed))
        .collect();
    let n = notice(&ctx, &e).await?;
    let nav = e.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <EditorsPage staff=staff notice=n user=nav/> },
        )
        .await)
}

pub async fn set_editor(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    if !e.coordinator {
        return Err(AppError::Forbidden);
    }
    let user = parse_id(&raw)?;
    if !ctx
        .state
        .store
        .set_directory_editor(e.county, user, form.get("allowed") == "1")
        .await?
    {
        return Err(AppError::NotFound);
    }
    saved(&ctx, &e, "editor-saved", "/directory/manage/editors").await
}

#[derive(Debug, Deserialize)]
pub struct PreviewParams {
    path: Option<String>,
    lang: Option<String>,
}

pub async fn preview(ctx: Ctx, Query(q): Query<PreviewParams>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let path = q.path.unwrap_or_default();
    // Only reader pages of the directory can be previewed.
    let ok = ["/offices", "/guides"].iter().any(|p| {
        path == *p
            || path
                .strip_prefix(p)
                .and_then(|rest| rest.strip_prefix('/'))
                .is_some_and(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()))
    });
    if !ok {
        return Err(AppError::NotFound);
    }
    // Previewed by default in the first language that is neither German nor English.
    let lang = q.lang.as_deref().and_then(Lang::parse).unwrap_or_else(|| {
        Lang::all()
            .iter()
            .copied()
            .find(|l| *l != Lang::DE && *l != Lang::EN)
            .unwrap_or(Lang::EN)
    });
    let nav = e.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <PreviewPage path=path lang=lang user=nav/> },
        )
        .await)
}
