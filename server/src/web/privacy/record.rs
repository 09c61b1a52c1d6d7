//! The record of processing activities (GDPR art. 30) for the officer, made on request
//! from the activities Lotse declares (`lotse_app::privacy::PROCESSING`), the rows stored
//! today and the municipality's retention periods.

use super::officer;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::pages::privacy::record::{ActivityView, RecordData, RecordPage};
use lotse_app::privacy::PROCESSING;

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let store = &ctx.state.store;
    let municipality = store
        .municipalities(Some(o.municipality))
        .await?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    let periods = store.retention_periods(o.municipality).await?;
    let mut activities = vec![];
    for a in PROCESSING {
        activities.push(ActivityView {
            tables: store.table_rows(a.tables).await?,
            retention: a
                .retention
                .iter()
                .map(|k| {
                    (
                        k.as_str().to_string(),
                        periods.get(k).copied().unwrap_or(k.rule().default_months),
                    )
                })
                .collect(),
            activity: a,
        });
    }
    let data = RecordData {
        municipality: municipality.name,
        made_on: crate::time::today_iso(),
        activities,
        two_factor_required: municipality.require_two_factor,
    };
    let lang = ctx.lang(true);
    let user = ctx.nav_user(o.principal.home()).unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <RecordPage user=user data=data/> })
        .await)
}
