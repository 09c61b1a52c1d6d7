//! The public directory as JSON (`/api/v1/…`), described by an OpenAPI document at
//! `/api/v1/openapi.json`. The same rules as the pages: published content, the
//! reader's language with a fallback, and no sign-in needed.

use super::reader::{guide_page, office_cards, office_page, ListParams, PageParams};
use super::{languages, reader};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use axum::extract::{Path, Query};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use lotse_app::directory::Block;
use lotse_app::pages::directory::{At, Opening};
use serde::Serialize;
use utoipa::{IntoParams, OpenApi, ToSchema};

#[derive(Serialize, ToSchema)]
pub struct ApiOpening {
    /// open, closed, by_appointment or unknown
    pub state: &'static str,
    /// Local time (Europe/Berlin) when it closes, if open; ISO 8601 without offset.
    pub until: Option<String>,
    /// Local time when it opens next, if closed.
    pub opens_at: Option<String>,
}

fn local(at: &At) -> String {
    format!("{}T{:02}:{:02}", at.date, at.hour, at.minute)
}

impl From<&Opening> for ApiOpening {
    fn from(o: &Opening) -> Self {
        let (state, until, opens_at) = match o {
            Opening::OpenUntil(u) => ("open", u.as_ref().map(local), None),
            Opening::OpensAt(a) => ("closed", None, Some(local(a))),
            Opening::ByAppointment => ("by_appointment", None, None),
            Opening::Closed => ("closed", None, None),
            Opening::Unknown => ("unknown", None, None),
        };
        ApiOpening {
            state,
            until,
            opens_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct ApiOfficeSummary {
    pub id: i64,
    pub name: String,
    /// Language of the texts (the reader's, the fallback, or German).
    pub lang: String,
    pub category: String,
    pub address: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub opening: ApiOpening,
    /// Languages spoken (ISO 639 codes).
    pub languages: Vec<String>,
    pub barrier_free: bool,
}

#[derive(Serialize, ToSchema)]
pub struct ApiOfficeList {
    pub offices: Vec<ApiOfficeSummary>,
    /// Path of the next page, if there is one.
    pub next: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ApiContact {
    pub name: String,
    pub role: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ApiOffice {
    pub id: i64,
    pub name: String,
    pub lang: String,
    /// The German source changed after this translation was made.
    pub outdated: bool,
    pub category: String,
    pub address: Vec<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub opening: ApiOpening,
    pub by_appointment: bool,
    pub languages: Vec<String>,
    pub barrier_free: bool,
    /// Paragraphs and bullet lists of plain text runs (never HTML).
    #[schema(value_type = Vec<Object>)]
    pub description: Vec<Block>,
    #[schema(value_type = Vec<Object>)]
    pub bring: Vec<Block>,
    #[schema(value_type = Vec<Object>)]
    pub transport: Vec<Block>,
    pub contacts: Vec<ApiContact>,
}

#[derive(Serialize, ToSchema)]
pub struct ApiGuideSummary {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub lang: String,
}

#[derive(Serialize, ToSchema)]
pub struct ApiGuideStep {
    pub title: String,
    #[schema(value_type = Vec<Object>)]
    pub body: Vec<Block>,
    #[schema(value_type = Vec<Object>)]
    pub bring: Vec<Block>,
    pub office_id: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct ApiGuide {
    pub id: i64,
    pub title: String,
    pub summary: String,
    pub lang: String,
    pub outdated: bool,
    pub steps: Vec<ApiGuideStep>,
}

/// Query of the office list.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct ListQueryDoc {
    /// Search words (typos and Arabic/Persian letter variants are tolerated).
    q: Option<String>,
    /// One of the categories, e.g. `jobcenter`.
    category: Option<String>,
    /// A language spoken, ISO 639 code, e.g. `ti`.
    language: Option<String>,
    /// `1`: only places open now.
    open: Option<String>,
    /// Page number from 1.
    page: Option<String>,
    /// Language of the texts: de, en, ar, fa, ti.
    lang: Option<String>,
}

#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct LangQueryDoc {
    /// Language of the texts: de, en, ar, fa, ti.
    lang: Option<String>,
}

fn json<T: Serialize>(value: &T) -> Response {
    let mut res = Json(value).into_response();
    // Public content: phones and proxies may keep it a little while.
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=60"),
    );
    res
}

/// Published offices, filtered, 50 per page (search results 20 per page, best first).
#[utoipa::path(get, path = "/api/v1/offices", params(ListQueryDoc),
    responses((status = 200, description = "One page of offices", body = ApiOfficeList)))]
pub async fn offices(ctx: Ctx, Query(params): Query<ListParams>) -> Result<Response, AppError> {
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let filters = params.filters();
    let page = params.page();
    let (cards, more) = office_cards(&ctx, &r, lang, fallback, &filters, page).await?;
    let next = more.then(|| {
        let href = lotse_app::pages::directory::next_page_href(&filters, page + 1);
        format!("/api/v1{href}&lang={}", lang.code())
    });
    let offices = cards
        .into_iter()
        .map(|c| ApiOfficeSummary {
            opening: (&c.opening).into(),
            id: c.id,
            name: c.name,
            lang: c.lang,
            category: c.category,
            address: c.address,
            lat: c.lat,
            lon: c.lon,
            phone: c.phone,
            languages: c.languages,
            barrier_free: c.barrier_free,
        })
        .collect();
    Ok(json(&ApiOfficeList { offices, next }))
}

/// One published office.
#[utoipa::path(get, path = "/api/v1/offices/{id}", params(("id" = i64, Path, description = "Office id"), LangQueryDoc),
    responses((status = 200, body = ApiOffice), (status = 404, description = "No such published office")))]
pub async fn office(
    ctx: Ctx,
    Path(raw): Path<String>,
    Query(params): Query<PageParams>,
) -> Result<Response, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let o = ctx
        .state
        .store
        .office(r.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = office_page(o, lang, fallback, false, vec![]).ok_or(AppError::NotFound)?;
    Ok(json(&ApiOffice {
        opening: (&p.opening).into(),
        id: p.id,
        name: p.name,
        lang: p.text_lang,
        outdated: p.outdated,
        category: p.category,
        address: p.address,
        lat: p.lat,
        lon: p.lon,
        phone: p.phone,
        email: p.email,
        website: p.website,
        by_appointment: p.by_appointment,
        languages: p.languages,
        barrier_free: p.barrier_free,
        description: p.description,
        bring: p.bring,
        transport: p.transport,
        contacts: p
            .contacts
            .into_iter()
            .map(|c| ApiContact {
                name: c.name,
                role: c.role,
                phone: c.phone,
                email: c.email,
            })
            .collect(),
    }))
}

/// Published topic guides.
#[utoipa::path(get, path = "/api/v1/guides", params(LangQueryDoc), responses((status = 200, body = Vec<ApiGuideSummary>)))]
pub async fn guides(ctx: Ctx, Query(params): Query<PageParams>) -> Result<Response, AppError> {
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let list: Vec<ApiGuideSummary> = ctx
        .state
        .store
        .guide_list(r.county, lang.code(), fallback.code(), None, false)
        .await?
        .into_iter()
        .map(|g| ApiGuideSummary {
            id: g.id,
            title: g.title,
            summary: g.summary,
            lang: g.lang,
        })
        .collect();
    Ok(json(&list))
}

/// One published topic guide with its steps.
#[utoipa::path(get, path = "/api/v1/guides/{id}", params(("id" = i64, Path, description = "Guide id"), LangQueryDoc),
    responses((status = 200, body = ApiGuide), (status = 404, description = "No such published guide")))]
pub async fn guide(
    ctx: Ctx,
    Path(raw): Path<String>,
    Query(params): Query<PageParams>,
) -> Result<Response, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let g = guide_page(&ctx, &r, id, lang, fallback, false)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(json(&ApiGuide {
        id: g.id,
        title: g.title,
        summary: g.summary,
        lang: g.text_lang,
        outdated: g.outdated,
        steps: g
            .steps
            .into_iter()
            .map(|s| ApiGuideStep {
                title: s.title,
                body: s.body,
                bring: s.bring,
                office_id: s.office.map(|(id, _, _)| id),
            })
            .collect(),
    }))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Lotse public directory",
        version = "1",
        description = "Offices, services and topic guides of a county, in German, English, Arabic, Persian and Tigrinya. Read-only, no sign-in."
    ),
    paths(offices, office, guides, guide),
    components(schemas(
        ApiOfficeList,
        ApiOfficeSummary,
        ApiOffice,
        ApiOpening,
        ApiContact,
        ApiGuideSummary,
        ApiGuide,
        ApiGuideStep
    ))
)]
pub struct ApiDoc;

pub async fn openapi() -> Response {
    json(&ApiDoc::openapi())
}
