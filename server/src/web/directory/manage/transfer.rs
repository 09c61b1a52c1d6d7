//! Import (CSV and Integreat JSON, with a dry run) and export (CSV, JSON, template).

use super::{editor, notice, parse_id, saved, Editor};
use crate::db::directory::ImportChange;
use crate::directory::import::{self, ImportedOffice, RowProblem};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use axum::extract::{FromRequest, Multipart, Path, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::i18n::Tr;
use lotse_app::pages::staff::directory::{ImportPage, ImportReport};

/// Uploads up to 5 MB (2,000 offices in CSV are about 1 MB).
pub const IMPORT_BODY_LIMIT: usize = 5 * 1024 * 1024;

async fn render_import(ctx: &Ctx, e: &Editor, report: ImportReport, status: StatusCode) -> Response {
    let nav = e.nav.clone();
    ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <ImportPage report=report user=nav/> },
    )
    .await
}

pub async fn import_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let report = ImportReport {
        notice: notice(&ctx, &e).await?,
        ..ImportReport::default()
    };
    Ok(render_import(&ctx, &e, report, StatusCode::OK).await)
}

fn parse_upload(format: &str, bytes: &[u8]) -> Result<Vec<ImportedOffice>, Vec<RowProblem>> {
    match format {
        "integreat" => import::read_integreat(bytes),
        _ => import::read_csv(bytes),
    }
}

fn error_rows(tr: &Tr, problems: Vec<RowProblem>) -> Vec<(usize, String, String)> {
    problems
        .into_iter()
        .map(|p| {
            let mut message = tr.problem(&p.problem);
            if let Some(d) = p.detail {
                message = format!("{message} ({})", d.lines().next().unwrap_or_default());
            }
            (p.row, p.field, message)
        })
        .collect()
}

/// Takes the upload, checks it and shows what importing would change.
pub async fn upload(ctx: Ctx, req: Request) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let mut parts = Multipart::from_request(req, &())
        .await
        .map_err(|_| AppError::BadRequest)?;
    let (mut format, mut bytes) = (String::from("csv"), None);
    loop {
        let field = match parts.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                let report = ImportReport {
                    alert: Some(e.tr.t("import-too-large")),
                    ..ImportReport::default()
                };
                return Ok(render_import(&ctx, &e, report, StatusCode::PAYLOAD_TOO_LARGE).await);
            }
            Err(_) => return Err(AppError::BadRequest),
        };
        match field.name().unwrap_or_default() {
            "format" => format = field.text().await.map_err(|_| AppError::BadRequest)?,
            "file" => bytes = Some(field.bytes().await.map_err(|_| AppError::BadRequest)?.to_vec()),
            _ => {}
        }
    }
    let format = if format == "integreat" { "integreat" } else { "csv" };
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
        let report = ImportReport {
            alert: Some(e.tr.t("import-no-file")),
            ..ImportReport::default()
        };
        return Ok(render_import(&ctx, &e, report, StatusCode::UNPROCESSABLE_ENTITY).await);
    };
    match parse_upload(format, &bytes) {
        Err(problems) => {
            let report = ImportReport {
                errors: error_rows(&e.tr, problems),
                alert: Some(e.tr.t("import-has-errors")),
                ..ImportReport::default()
            };
            Ok(render_import(&ctx, &e, report, StatusCode::UNPROCESSABLE_ENTITY).await)
        }
        Ok(_) => {
            let id = ctx
                .state
                .store
                .save_import(e.county, e.user, format, &bytes)
                .await?;
            Ok(Redirect::to(&format!("/directory/manage/import/{id}")).into_response())
        }
    }
}

/// The dry-run report of a stored upload.
pub async fn import_report(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let (format, bytes) = store
        .pending_import(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let offices = parse_upload(&format, &bytes).map_err(|_| AppError::NotFound)?;
    let mut rows = vec![];
    for o in &offices {
        let change = match store.import_change(e.county, o).await? {
            ImportChange::New => "new",
            ImportChange::Changed => "changed",
            ImportChange::Unchanged => "unchanged",
        };
        let name = o.texts.first().map(|(_, t)| t.name.clone()).unwrap_or_default();
        rows.push((o.row, name, change));
    }
    let report = ImportReport {
        import_id: Some(id),
        rows,
        ..ImportReport::default()
    };
    Ok(render_import(&ctx, &e, report, StatusCode::OK).await)
}

pub async fn apply_import(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let Some((format, bytes)) = store.pending_import(e.county, id).await? else {
        // Applied already (a second click): nothing more to do.
        return Ok(Redirect::to("/directory/manage").into_response());
    };
    let offices = parse_upload(&format, &bytes).map_err(|_| AppError::BadRequest)?;
    if store.mark_import_applied(e.county, id).await? {
        store.apply_import(e.county, &offices, e.user).await?;
    }
    saved(&ctx, &e, "import-done", "/directory/manage").await
}

fn download(body: Vec<u8>, content_type: &'static str, filename: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub async fn export_csv(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let offices = ctx.state.store.offices_full(e.county).await?;
    let body = import::write_csv(&offices).map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(download(body, "text/csv; charset=utf-8", "lotse-offices.csv"))
}

pub async fn template_csv(ctx: Ctx) -> Result<Response, AppError> {
    editor(&ctx).await?;
    let body = import::write_csv(&[]).map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(download(
        body,
        "text/csv; charset=utf-8",
        "lotse-offices-template.csv",
    ))
}

#[derive(serde::Serialize)]
struct ExportText {
    lang: String,
    status: String,
    outdated: bool,
    name: String,
    description: String,
    bring: String,
    transport: String,
    contact_roles: Vec<String>,
}

#[derive(serde::Serialize)]
struct ExportOffice {
    id: i64,
    key: Option<String>,
    category: String,
    street: String,
    postcode: String,
    city: String,
    lat: Option<f64>,
    lon: Option<f64>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    opening_hours: String,
    by_appointment: bool,
    languages: Vec<String>,
    barrier_free: bool,
    contacts: Vec<ExportContact>,
    texts: Vec<ExportText>,
}

#[derive(serde::Serialize)]
struct ExportContact {
    name: String,
    phone: Option<String>,
    email: Option<String>,
    hours: String,
}

/// Everything of the county's offices (drafts too), for backups and other systems.
pub async fn export_json(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let offices: Vec<ExportOffice> = ctx
        .state
        .store
        .offices_full(e.county)
        .await?
        .into_iter()
        .map(|o| {
            let f = o.office;
            ExportOffice {
                id: f.id,
                languages: f.languages(),
                key: f.import_key,
                category: f.category,
                street: f.street,
                postcode: f.postcode,
                city: f.city,
                lat: f.lat,
                lon: f.lon,
                phone: f.phone,
                email: f.email,
                website: f.website,
                opening_hours: f.opening_hours,
                by_appointment: f.by_appointment,
                barrier_free: f.barrier_free,
                contacts: o
                    .contacts
                    .into_iter()
                    .map(|c| ExportContact {
                        name: c.name,
                        phone: c.phone,
                        email: c.email,
                        hours: c.hours,
                    })
                    .collect(),
                texts: o
                    .texts
                    .iter()
                    .map(|t| {
                        let text = t.text();
                        ExportText {
                            lang: t.lang.clone(),
                            status: t.status.clone(),
                            outdated: t.source_rev < f.source_rev,
                            name: text.name,
                            description: text.description,
                            bring: text.bring,
                            transport: text.transport,
                            contact_roles: text.contact_roles,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let body = serde_json::to_vec_pretty(&offices).map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(download(body, "application/json", "lotse-offices.json"))
}
