//! The dashboard (`/figures`) and the funder's report (`/figures/report.xlsx`, `.csv`):
//! coordinators for their municipality, county coordinators for the county. The filter is
//! a GET form; ids outside the asker's scope answer 404 like every refused id.

use super::ctx::Ctx;
use super::error::AppError;
use crate::auth::permission::{self, FigureScope};
use crate::db::moves::MoveScope;
use crate::figures::report::{self, Cover};
use crate::figures::stored::{case_sections_for, Ask};
use crate::figures::{sections, with_programme};
use axum::extract::Query;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use lotse_app::domain::MunicipalityId;
use lotse_app::forms::{FieldErrors, Problem};
use lotse_app::pages::pager::query_string;
use lotse_app::pages::staff::figures::{FigureFilters, FiguresData, FiguresPage};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub struct FiguresQuery {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    municipality: String,
    #[serde(default)]
    provider: String,
    #[serde(default)]
    team: String,
    #[serde(default)]
    guide: String,
    #[serde(default)]
    funder: String,
    /// "1": count now rather than show the stored figures.
    #[serde(default)]
    fresh: String,
}

/// Periods longer than this are refused: five years of monthly figures is the most a
/// report asks for.
const MAX_DAYS: i64 = 5 * 366;

/// The filter checked against the asker's scope, with the choices the form offers.
struct Checked {
    ask: Ask,
    form: FigureFilters,
    errors: FieldErrors,
    scope_name: String,
}

fn id(v: &str) -> Option<i64> {
    v.trim().parse::<i64>().ok().filter(|n| *n > 0)
}

async fn check(ctx: &Ctx, scope: FigureScope, q: &FiguresQuery) -> Result<Checked, AppError> {
    let store = &ctx.state.store;
    let today = crate::time::today();
    let mut errors = FieldErrors::new();
    let date = |v: &str, field: &'static str, default: NaiveDate, errors: &mut FieldErrors| {
        if v.trim().is_empty() {
            return default;
        }
        // The dates any form takes (1900–2100): chrono also reads "+262142-12-31",
        // whose next day does not exist.
        match crate::fields::optional_date(v) {
            Ok(Some(d)) => NaiveDate::parse_from_str(&d, "%Y-%m-%d").unwrap_or(default),
            _ => {
                errors.insert(field, Problem::new("figures-error-date"));
                default
            }
        }
    };
    let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let mut from = date(&q.from, "from", year_start, &mut errors);
    let mut to = date(&q.to, "to", today, &mut errors);
    if errors.is_empty() && to < from {
        errors.insert("to", Problem::new("figures-error-order"));
    } else if errors.is_empty() && (to - from).num_days() > MAX_DAYS {
        errors.insert("to", Problem::new("figures-error-too-long"));
    }
    if !errors.is_empty() {
        (from, to) = (year_start, today);
    }

    // What the form may offer, and so what a filter may name.
    let (county, only, scope_name) = match scope {
        FigureScope::Municipality(m) => {
            let county = store.county_of(m).await?.ok_or(AppError::NotFound)?;
            let name = store
                .municipalities(Some(m))
                .await?
                .into_iter()
                .next()
                .map(|r| r.name)
                .unwrap_or_default();
            (county, Some(m), name)
        }
        FigureScope::County(c) => {
            let name = store.county().await?.map(|(_, n)| n).unwrap_or_default();
            (c, None, name)
        }
    };
    let municipalities: Vec<(String, String)> = match only {
        Some(_) => vec![],
        None => store
            .municipalities(None)
            .await?
            .into_iter()
            .map(|m| (m.id.to_string(), m.name))
            .collect(),
    };
    let municipality = match (only, id(&q.municipality)) {
        (Some(m), _) => Some(m.0),
        (None, Some(m)) if municipalities.iter().any(|(v, _)| *v == m.to_string()) => Some(m),
        (None, Some(_)) => return Err(AppError::NotFound),
        (None, None) => None,
    };
    let providers: Vec<(String, String)> = store
        .providers()
        .await?
        .into_iter()
        .map(|p| (p.id.to_string(), p.name))
        .collect();
    let teams: Vec<(String, String)> = store
        .teams(municipality.map(MunicipalityId))
        .await?
        .into_iter()
        .map(|t| (t.id.to_string(), format!("{} ({})", t.name, t.municipality)))
        .collect();
    let guides: Vec<(String, String)> = match municipality {
        Some(m) => store
            .movable_guides(MoveScope::Municipality(MunicipalityId(m)))
            .await?
            .into_iter()
            .map(|g| (g.id.to_string(), format!("{} ({})", g.name, g.team)))
            .collect(),
        None => vec![],
    };
    let pick = |v: &str, list: &[(String, String)]| -> Result<Option<i64>, AppError> {
        match id(v) {
            Some(n) if list.iter().any(|(k, _)| *k == n.to_string()) => Ok(Some(n)),
            Some(_) => Err(AppError::NotFound),
            None => Ok(None),
        }
    };
    let (filter, period) = crate::figures::period_filter(
        county.0,
        municipality,
        pick(&q.provider, &providers)?,
        pick(&q.team, &teams)?,
        pick(&q.guide, &guides)?,
        from,
        to,
    );
    let form = FigureFilters {
        // What was typed stays in the form, even when it could not be read.
        from: if q.from.is_empty() {
            from.to_string()
        } else {
            q.from.chars().take(20).collect()
        },
        to: if q.to.is_empty() {
            to.to_string()
        } else {
            q.to.chars().take(20).collect()
        },
        municipality: filter
            .municipality
            .filter(|_| only.is_none())
            .map(|n| n.to_string())
            .unwrap_or_default(),
        provider: filter.provider.map(|n| n.to_string()).unwrap_or_default(),
        team: filter.team.map(|n| n.to_string()).unwrap_or_default(),
        guide: filter.guide.map(|n| n.to_string()).unwrap_or_default(),
        municipalities,
        providers,
        teams,
        guides,
    };
    Ok(Checked {
        // The default period (nothing typed) rolls on with the calendar.
        ask: Ask {
            filter,
            period,
            rolling: q.from.trim().is_empty() && q.to.trim().is_empty() && errors.is_empty(),
        },
        form,
        errors,
        scope_name,
    })
}

async fn scope_of(ctx: &Ctx) -> Result<Result<(FigureScope, String), Response>, AppError> {
    let (p, session) = ctx.principal(true).await?;
    match permission::figures(&p) {
        Ok(s) => Ok(Ok((s, session.user.display_name.clone()))),
        Err(permission::Denied::Forbidden) => Ok(Err(Redirect::to(p.home()).into_response())),
        Err(e) => Err(e.into()),
    }
}

pub async fn page(ctx: Ctx, Query(q): Query<FiguresQuery>) -> Result<Response, AppError> {
    let (scope, _) = match scope_of(&ctx).await? {
        Ok(s) => s,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let c = check(&ctx, scope, &q).await?;
    let status = if c.errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let store = &ctx.state.store;
    let max_age = ctx.state.settings.figures_max_age;
    let counted = case_sections_for(store, &c.ask, max_age, q.fresh == "1").await?;
    let (sections, indicators) = with_programme(store, &c.ask.filter, counted.sections, max_age).await?;
    let data = FiguresData {
        scope: c.scope_name.clone(),
        counted_at: crate::time::local(counted.counted_at),
        sections,
        indicators,
        funders: ctx
            .state
            .settings
            .funders
            .iter()
            .map(|f| (f.id.clone(), f.name.clone()))
            .collect(),
        // The default period stays the default (it rolls on), so stays out of the links.
        query: query_string(&[
            ("from", if c.ask.rolling { "" } else { &c.ask.period.from }),
            ("to", if c.ask.rolling { "" } else { &c.ask.period.to }),
            ("municipality", &c.form.municipality),
            ("provider", &c.form.provider),
            ("team", &c.form.team),
            ("guide", &c.form.guide),
        ]),
        filters: c.form,
        errors: c.errors,
    };
    let user = ctx.nav_user("/figures").unwrap_or_default();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <FiguresPage user=user data=data/> },
        )
        .await)
}

/// Which file the report is wanted as.
#[derive(Clone, Copy)]
enum Format {
    Xlsx,
    Csv,
}

pub async fn report_xlsx(ctx: Ctx, q: Query<FiguresQuery>) -> Result<Response, AppError> {
    report_file(ctx, q, Format::Xlsx).await
}

pub async fn report_csv(ctx: Ctx, q: Query<FiguresQuery>) -> Result<Response, AppError> {
    report_file(ctx, q, Format::Csv).await
}

async fn report_file(ctx: Ctx, Query(q): Query<FiguresQuery>, format: Format) -> Result<Response, AppError> {
    let (scope, made_by) = match scope_of(&ctx).await? {
        Ok(s) => s,
        Err(elsewhere) => return Ok(elsewhere),
    };
    let c = check(&ctx, scope, &q).await?;
    if !c.errors.is_empty() {
        // A broken period goes back to the form, which says what is wrong.
        let back = format!("/figures?{}", query_string(&[("from", &q.from), ("to", &q.to)]));
        return Ok(Redirect::to(&back).into_response());
    }
    let funders = &ctx.state.settings.funders;
    let funder = funders
        .iter()
        .find(|f| f.id == q.funder)
        .or_else(|| {
            if q.funder.is_empty() {
                funders.first()
            } else {
                None
            }
        })
        .ok_or(AppError::NotFound)?;
    let all = sections(
        &ctx.state.store,
        &c.ask.filter,
        &c.ask.period,
        ctx.state.settings.figures_max_age,
    )
    .await?;
    let chosen = funder.select(all);
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let cover = Cover {
        municipality: c.scope_name,
        funder: funder.name.clone(),
        from: c.ask.period.from.clone(),
        to: c.ask.period.to.clone(),
        made_on: crate::time::today_iso(),
        made_by,
    };
    let name = format!(
        "lotse-kennzahlen-{}-{}-{}",
        funder.id, c.ask.period.from, c.ask.period.to
    );
    let (body, mime, ext) = match format {
        Format::Xlsx => (
            report::xlsx(&tr, &cover, &chosen).map_err(|e| AppError::Internal(format!("xlsx: {e}")))?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "xlsx",
        ),
        Format::Csv => (
            report::csv(&tr, &cover, &chosen).map_err(|e| AppError::Internal(format!("csv: {e}")))?,
            "text/csv; charset=utf-8",
            "csv",
        ),
    };
    Ok((
        [
            (header::CONTENT_TYPE, mime.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}.{ext}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response())
}
