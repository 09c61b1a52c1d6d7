//! The directory's reader pages: offices with filters and search, an office, the
//! topic guides. Published content only, except for editors previewing.

use super::{languages, list_opening, office_opening, pick_text, reader, Reader};
use crate::db::directory::{ListFilter, OfficeFull};
use crate::db::directory_search::SearchAsk;
use crate::db::now;
use crate::directory::hours::Hours;
use crate::directory::is_category;
use crate::directory::search::Query as SearchQuery;
use crate::directory::text::parse as rich;
use crate::web::case::today;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms::local_path;
use axum::extract::{Path, Query};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, SPOKEN_LANGUAGES};
use lotse_app::pages::directory::{
    next_page_href, ContactView, DayLine, FallbackChoice, Filters, GuideCard, GuideDetailPage, GuideListPage,
    GuidePage, GuideStepView, OfficeCard, OfficeDetailPage, OfficeList, OfficeListPage, OfficePage,
};
use serde::Deserialize;

/// Offices per page of the list (the demo county fits on one, so that "nearest first"
/// sorts all of its offices).
pub const PAGE_SIZE: i64 = 50;

/// Offices per page of search results: ranked best first, so the first few are the
/// ones read; 20 cards are 31 KB of HTML for a cheap phone to lay out instead of 77 KB,
/// and the server renders and compresses less than half as much (search at 2,040
/// offices: 577 requests/s with 50 a page).
pub const SEARCH_PAGE_SIZE: i64 = 20;

#[derive(Debug, Default, Deserialize)]
pub struct ListParams {
    pub q: Option<String>,
    pub category: Option<String>,
    pub language: Option<String>,
    pub open: Option<String>,
    pub page: Option<String>,
    pub lang: Option<String>,
}

impl ListParams {
    /// The filters, with anything unknown dropped rather than refused.
    pub fn filters(&self) -> Filters {
        let q: String = self
            .q
            .as_deref()
            .unwrap_or_default()
            .trim()
            .chars()
            .take(100)
            .collect();
        Filters {
            q,
            category: self
                .category
                .clone()
                .filter(|c| is_category(c))
                .unwrap_or_default(),
            language: self
                .language
                .clone()
                .filter(|l| SPOKEN_LANGUAGES.contains(&l.as_str()))
                .unwrap_or_default(),
            open_now: self
                .open
                .as_deref()
                .is_some_and(|v| v == "1" || v == "on" || v == "true"),
        }
    }

    pub fn page(&self) -> i64 {
        self.page
            .as_deref()
            .and_then(|p| p.parse::<i64>().ok())
            .unwrap_or(1)
            .clamp(1, 10_000)
    }
}

/// The cards of one page of the list, and whether there is a next page.
/// Offices per page: fewer for a search (see [`SEARCH_PAGE_SIZE`]).
fn page_size(filters: &Filters) -> i64 {
    if SearchQuery::new(&filters.q).is_some() {
        SEARCH_PAGE_SIZE
    } else {
        PAGE_SIZE
    }
}

pub async fn office_cards(
    ctx: &Ctx,
    r: &Reader,
    lang: Lang,
    fallback: Lang,
    filters: &Filters,
    page: i64,
) -> Result<(Vec<OfficeCard>, bool), AppError> {
    let search = SearchQuery::new(&filters.q);
    let size = page_size(filters);
    let store = &ctx.state.store;
    let mut filter = ListFilter {
        category: Some(filters.category.clone()).filter(|c| !c.is_empty()),
        language: Some(filters.language.clone()).filter(|c| !c.is_empty()),
        open_now: filters.open_now,
        ids: None,
        offset: (page - 1) * size,
        limit: size + 1,
    };
    let at = now();
    let rows = match &search {
        None => {
            store
                .office_list(r.county, lang.code(), fallback.code(), &filter, at)
                .await?
        }
        Some(q) => {
            // Rank the offices the filters let through (from the search index) as far
            // as this page, then load only this page's.
            let want = (page * size + 1) as usize;
            let ask = SearchAsk {
                county: r.county,
                reader: lang.code(),
                fallback: fallback.code(),
                filter: &filter,
                at,
                query: q,
            };
            let ranked = store.office_search_page(&ask, want).await?;
            let ids: Vec<i64> = ranked
                .into_iter()
                .skip(((page - 1) * size) as usize)
                .take(size as usize + 1)
                .map(|(_, id, _)| id)
                .collect();
            filter.offset = 0;
            filter.ids = Some(ids.clone());
            let mut rows = store
                .office_list(r.county, lang.code(), fallback.code(), &filter, at)
                .await?;
            rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
            rows
        }
    };
    let more = rows.len() as i64 > size;
    let cards = rows
        .into_iter()
        .take(size as usize)
        .map(|row| {
            let address = [row.street.as_str(), &format!("{} {}", row.postcode, row.city)]
                .iter()
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            OfficeCard {
                id: row.id,
                opening: list_opening(&row),
                name: row.name,
                lang: row.lang,
                category: row.category,
                address,
                lat: row.lat,
                lon: row.lon,
                phone: row.phone,
                languages: row.languages.split_whitespace().map(String::from).collect(),
                barrier_free: row.barrier_free,
            }
        })
        .collect();
    Ok((cards, more))
}

pub async fn offices(ctx: Ctx, Query(params): Query<ListParams>) -> Result<Response, AppError> {
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let filters = params.filters();
    let page = params.page();
    let (offices, more) = office_cards(&ctx, &r, lang, fallback, &filters, page).await?;
    let unfiltered = filters.q.is_empty()
        && filters.category.is_empty()
        && filters.language.is_empty()
        && !filters.open_now;
    let guides = if unfiltered && page == 1 {
        guide_cards(&ctx, &r, lang, fallback, None).await?
    } else if let Some(q) = SearchQuery::new(&filters.q).filter(|_| page == 1) {
        let rows = ctx
            .state
            .store
            .guide_list(r.county, lang.code(), fallback.code(), None, true)
            .await?;
        let mut scorer = q.scorer();
        rows.into_iter()
            .filter(|g| scorer.score(&g.title, &g.search_text).is_some())
            .map(|g| GuideCard {
                id: g.id,
                title: g.title,
                summary: g.summary,
                lang: g.lang,
            })
            .collect()
    } else {
        vec![]
    };
    let list = OfficeList {
        next_href: more.then(|| next_page_href(&filters, page + 1)),
        before: ((page - 1) * page_size(&filters)) as usize,
        filters,
        offices,
        guides,
        fallback: Some(FallbackChoice {
            current: fallback.code().into(),
            return_to: "/offices".into(),
        }),
    };
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || view! { <OfficeListPage list=list user=user/> })
        .await)
}

async fn guide_cards(
    ctx: &Ctx,
    r: &Reader,
    lang: Lang,
    fallback: Lang,
    office: Option<i64>,
) -> Result<Vec<GuideCard>, AppError> {
    Ok(ctx
        .state
        .store
        .guide_list(r.county, lang.code(), fallback.code(), office, false)
        .await?
        .into_iter()
        .map(|g| GuideCard {
            id: g.id,
            title: g.title,
            summary: g.summary,
            lang: g.lang,
        })
        .collect())
}

#[derive(Debug, Default, Deserialize)]
pub struct PageParams {
    pub lang: Option<String>,
    pub preview: Option<String>,
}

fn day_lines(hours: &str, days: u32) -> Vec<DayLine> {
    Hours::parse(hours)
        .map(|h| {
            h.days(today(), days)
                .into_iter()
                .map(|d| DayLine {
                    date: d.date,
                    weekday: d.weekday,
                    ranges: d.ranges,
                    public_holiday: d.public_holiday,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// An office as its page shows it, or None if this reader may not see it.
pub fn office_page(
    o: OfficeFull,
    lang: Lang,
    fallback: Lang,
    preview: bool,
    guides: Vec<GuideCard>,
) -> Option<OfficePage> {
    if !o.is_published() && !preview {
        return None;
    }
    let text = pick_text(&o, lang, fallback, preview)?;
    let german = o.text("de");
    let roles = text.text().contact_roles;
    let german_roles = german.map(|g| g.text().contact_roles).unwrap_or_default();
    let f = &o.office;
    let address = [
        f.street.clone(),
        format!("{} {}", f.postcode, f.city).trim().to_string(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let contacts = o
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| ContactView {
            name: c.name.clone(),
            role: roles
                .get(i)
                .filter(|r| !r.is_empty())
                .or_else(|| german_roles.get(i))
                .cloned()
                .unwrap_or_default(),
            phone: c.phone.clone(),
            email: c.email.clone(),
            hours: day_lines(&c.hours, 7),
        })
        .collect();
    Some(OfficePage {
        id: f.id,
        name: text.name.clone(),
        text_lang: text.lang.clone(),
        category: f.category.clone(),
        address,
        lat: f.lat,
        lon: f.lon,
        phone: f.phone.clone(),
        email: f.email.clone(),
        website: f.website.clone(),
        opening: office_opening(f, now()),
        week: day_lines(&f.opening_hours, 7),
        by_appointment: f.by_appointment,
        languages: f.languages(),
        barrier_free: f.barrier_free,
        description: rich(&text.description),
        bring: rich(&text.bring),
        transport: rich(&text.transport),
        contacts,
        guides,
        fallback: Some(FallbackChoice {
            current: fallback.code().into(),
            return_to: format!("/offices/{}", f.id),
        }),
        outdated: text.lang != "de" && text.source_rev < f.source_rev,
        draft: !text.published() || !o.is_published(),
    })
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

pub async fn office(
    ctx: Ctx,
    Path(raw): Path<String>,
    Query(params): Query<PageParams>,
) -> Result<Response, AppError> {
    let id = parse_id(&raw)?;
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let preview = r.editor.is_some() && params.preview.is_some();
    let o = ctx
        .state
        .store
        .office(r.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let guides = guide_cards(&ctx, &r, lang, fallback, Some(id)).await?;
    let page = office_page(o, lang, fallback, preview, guides).ok_or(AppError::NotFound)?;
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || view! { <OfficeDetailPage office=page user=user/> })
        .await)
}

pub async fn guides(ctx: Ctx, Query(params): Query<PageParams>) -> Result<Response, AppError> {
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let guides = guide_cards(&ctx, &r, lang, fallback, None).await?;
    let choice = Some(FallbackChoice {
        current: fallback.code().into(),
        return_to: "/guides".into(),
    });
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(
            lang,
            move || view! { <GuideListPage guides=guides fallback=choice user=user/> },
        )
        .await)
}

/// A guide as its page shows it (None: not visible to this reader).
pub async fn guide_page(
    ctx: &Ctx,
    r: &Reader,
    id: i64,
    lang: Lang,
    fallback: Lang,
    preview: bool,
) -> Result<Option<GuidePage>, AppError> {
    let store = &ctx.state.store;
    let Some(g) = store.guide(r.county, id).await? else {
        return Ok(None);
    };
    if !g.is_published() && !preview {
        return Ok(None);
    }
    let usable = |t: &&crate::db::guides::GuideTextRow| t.published() || preview;
    let Some(text) = g
        .text(lang.code())
        .filter(usable)
        .or_else(|| g.text(fallback.code()).filter(|t| t.published()))
        .or_else(|| g.text("de").filter(usable))
    else {
        return Ok(None);
    };
    let content = text.text();
    // Steps follow the German guide; a step the translation lacks (added since) is
    // shown in German.
    let german = g.text("de").map(|t| t.text()).unwrap_or_default();
    let count = german.steps.len().max(content.steps.len());
    // The steps' offices in one read (three statements), not three statements each.
    let step_offices: Vec<i64> = g.step_offices.iter().flatten().copied().collect();
    let offices = store.offices(r.county, &step_offices).await?;
    let mut steps = vec![];
    for i in 0..count {
        let (s, step_lang) = match content.steps.get(i).filter(|s| !s.title.is_empty()) {
            Some(s) => (s.clone(), None),
            None => match german.steps.get(i) {
                Some(s) if text.lang != "de" => (s.clone(), Some("de".to_string())),
                Some(s) => (s.clone(), None),
                None => continue,
            },
        };
        let office = g
            .step_offices
            .get(i)
            .copied()
            .flatten()
            .and_then(|id| offices.iter().find(|o| o.office.id == id))
            .filter(|o| o.is_published())
            .and_then(|o| {
                let name = pick_text(o, lang, fallback, false)?.name.clone();
                Some((o.office.id, name, office_opening(&o.office, now())))
            });
        steps.push(GuideStepView {
            lang: step_lang,
            title: s.title,
            body: rich(&s.body),
            bring: rich(&s.bring),
            office,
        });
    }
    Ok(Some(GuidePage {
        id: g.id,
        title: content.title,
        summary: content.summary,
        text_lang: text.lang.clone(),
        steps,
        fallback: Some(FallbackChoice {
            current: fallback.code().into(),
            return_to: format!("/guides/{}", g.id),
        }),
        outdated: text.lang != "de" && text.source_rev < g.source_rev,
        draft: !text.published() || !g.is_published(),
    }))
}

pub async fn guide(
    ctx: Ctx,
    Path(raw): Path<String>,
    Query(params): Query<PageParams>,
) -> Result<Response, AppError> {
    let id = parse_id(&raw)?;
    let r = reader(&ctx).await?;
    let (lang, fallback) = languages(&ctx, params.lang.as_deref());
    let preview = r.editor.is_some() && params.preview.is_some();
    let page = guide_page(&ctx, &r, id, lang, fallback, preview)
        .await?
        .ok_or(AppError::NotFound)?;
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || view! { <GuideDetailPage guide=page user=user/> })
        .await)
}

/// Chooses the language shown where the reader's is missing (a cookie, no account needed).
pub async fn set_fallback(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let back = local_path(form.get("return_to"));
    let mut res = Redirect::to(&back).into_response();
    if let Some(l) = Lang::parse(form.get("fallback")) {
        res.headers_mut().append(
            header::SET_COOKIE,
            crate::auth::session::fallback_cookie(&ctx.state.settings, l.code()),
        );
    }
    Ok(res)
}
