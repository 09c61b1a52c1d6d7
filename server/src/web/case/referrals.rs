//! Referrals to offices and services.

use super::{form_alert, local, open, parse_id, Case, Checks};
use crate::db::case_file::Written;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{REFERRAL_STATUS, SERVICES};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::referrals::{ReferralView, ReferralsPage};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let referrals = case
        .file(ctx)
        .referrals()
        .await?
        .into_iter()
        .map(|r| ReferralView {
            id: r.id,
            service: r.service,
            recipient: r.recipient,
            reason: r.reason,
            status: r.status,
            outcome: r.outcome,
            created_on: local(r.created_at).date,
            version: r.version,
        })
        .collect::<Vec<_>>();
    let head = case.head(ctx, alert).await?;
    Ok(case
        .render(ctx, status, move || {
            view! { <ReferralsPage head=head referrals=referrals posted=posted/> }
        })
        .await)
}

pub async fn add(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let tr = case.tr(&ctx);
    let mut checks = Checks::new();
    let service = checks.check("service", forms::required_choice(form.get("service"), &SERVICES));
    let recipient = checks.check("recipient", forms::required_text(form.get("recipient"), 200));
    let reason = checks.check("reason", forms::required_text(form.get("reason"), 2000));
    match (service, recipient, reason) {
        (Some(service), Some(recipient), Some(reason)) if checks.ok() => {
            // Referrals to health services are the own guide's to make.
            if case
                .file(&ctx)
                .add_referral(&service, &recipient, &reason)
                .await?
                .is_none()
            {
                return Err(AppError::NotFound);
            }
            case.done(&ctx, "referrals", "referral-saved", "").await
        }
        _ => {
            let posted = checks.posted("referral", &form);
            render(
                &ctx,
                &case,
                posted,
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub async fn update(
    ctx: Ctx,
    Path((raw, id)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let id = parse_id(&id)?;
    let tr = case.tr(&ctx);
    let form_id = format!("referral-{id}");
    let mut checks = Checks::new();
    let status = checks.check(
        "status",
        forms::required_choice(form.get("status"), &REFERRAL_STATUS),
    );
    let outcome = checks.check("outcome", forms::optional_text(form.get("outcome"), 4000));
    let version = form.get("version").trim().parse::<i64>().unwrap_or(-1);
    let (Some(status), Some(outcome), true) = (status, outcome, checks.ok()) else {
        let posted = checks.posted(&form_id, &form);
        return render(
            &ctx,
            &case,
            posted,
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    match case
        .file(&ctx)
        .update_referral(id, version, &status, outcome.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => case.done(&ctx, "referrals", "referral-updated", "").await,
        Written::Conflict => {
            let alert = Some(tr.t("conflict-referral"));
            let posted = checks.posted(&form_id, &form);
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}
