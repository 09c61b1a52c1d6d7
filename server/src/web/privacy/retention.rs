//! The municipality's retention periods (the officer sets them within each rule's
//! range) and the daily run's reports.

use super::officer;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::pages::privacy::retention::{months_field, PeriodRow, RetentionData, RetentionPage, RunView};
use lotse_app::privacy::RETENTION;

/// Runs shown (one a day).
const RUNS_SHOWN: i64 = 14;

async fn render(
    ctx: &Ctx,
    o: &super::Officer,
    periods: Vec<PeriodRow>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let runs = store
        .retention_runs(RUNS_SHOWN)
        .await?
        .into_iter()
        .map(|(day, dry, done, finished)| {
            let dry = crate::retention::part_of(dry.as_deref(), o.municipality.0);
            let done = crate::retention::part_of(done.as_deref(), o.municipality.0);
            RunView {
                day,
                finished: finished.is_some(),
                rows: RETENTION
                    .iter()
                    .map(|r| {
                        (
                            r.kind.as_str().to_string(),
                            dry.get(&r.kind).copied().unwrap_or(0),
                            done.get(&r.kind).copied().unwrap_or(0),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let failed = status != StatusCode::OK;
    let data = RetentionData {
        periods,
        runs,
        notice: if failed {
            None
        } else {
            Flash::take_info(store, &o.token, &tr).await?
        },
        alert: failed.then(|| tr.t("form-errors-heading")),
    };
    let user = ctx.nav_user(o.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <RetentionPage user=user data=data/> },
        )
        .await)
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let periods = ctx.state.store.retention_periods(o.municipality).await?;
    let rows = RETENTION
        .iter()
        .map(|r| PeriodRow {
            rule: *r,
            months: periods
                .get(&r.kind)
                .copied()
                .unwrap_or(r.default_months)
                .to_string(),
            error: None,
        })
        .collect();
    render(&ctx, &o, rows, StatusCode::OK).await
}

/// Every kind's months, each a whole number within its rule's range; a refused form
/// comes back with what was typed.
pub async fn save(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let mut periods = crate::db::retention::Periods::new();
    let mut rows = vec![];
    let mut ok = true;
    for r in RETENTION {
        let typed = form.get(&months_field(r.kind.as_str())).trim().to_string();
        let error = match typed.parse::<i64>() {
            Ok(m) if (r.min_months..=r.max_months).contains(&m) => {
                periods.insert(r.kind, m);
                None
            }
            _ => Some(tr.ta(
                "retention-months-range",
                &[("min", r.min_months.into()), ("max", r.max_months.into())],
            )),
        };
        ok &= error.is_none();
        rows.push(PeriodRow {
            rule: r,
            months: typed,
            error,
        });
    }
    if !ok {
        return render(&ctx, &o, rows, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let store = &ctx.state.store;
    store
        .set_retention_periods(o.municipality, &periods, o.user)
        .await?;
    Flash::Info {
        message: "retention-saved".into(),
    }
    .set(store, &o.token)
    .await?;
    Ok(Redirect::to("/privacy/retention").into_response())
}
