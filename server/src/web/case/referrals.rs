//! Referrals to offices and services.

use super::{form_alert, local, open, parse_id, Case};
use crate::db::case_file::Written;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{ReferralStatus, SERVICES};
use lotse_app::forms::{FieldErrors, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::referrals::{
    ReferralField, ReferralInput, ReferralUpdateField, ReferralUpdateInput, ReferralView, ReferralsPage,
};

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
    match parse(form.input()) {
        Ok(new) => {
            // Referrals to health services are the own guide's to make.
            if case
                .file(&ctx)
                .add_referral(&new.service, &new.recipient, &new.reason)
                .await?
                .is_none()
            {
                return Err(AppError::NotFound);
            }
            case.done(&ctx, "referrals", "referral-saved", "").await
        }
        Err(errors) => {
            render(
                &ctx,
                &case,
                form.refused("referral", errors),
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// A referral as checked, ready to store (the store takes its fields one by one).
struct NewReferral {
    service: String,
    recipient: String,
    reason: String,
}

/// A new referral as posted, checked field by field.
fn parse(input: ReferralInput) -> Result<NewReferral, FieldErrors> {
    use ReferralField as F;
    let mut p = Problems::new();
    let service = p.check(F::Service, forms::required_choice(&input.service, &SERVICES));
    let recipient = p.check(F::Recipient, forms::required_text(&input.recipient, 200));
    let reason = p.check(F::Reason, forms::required_text(&input.reason, 2000));
    p.finish(|| {
        Some(NewReferral {
            service: service?,
            recipient: recipient?,
            reason: reason?,
        })
    })
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
    let input: ReferralUpdateInput = form.input();
    // A missing or garbled version matches none stored.
    let version = input.version.trim().parse::<i64>().unwrap_or(-1);
    let (status, outcome) = match parse_update(input) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render(
                &ctx,
                &case,
                form.refused(&form_id, errors),
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    match case
        .file(&ctx)
        .update_referral(id, version, status, outcome.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => case.done(&ctx, "referrals", "referral-updated", "").await,
        Written::Conflict => {
            // Nothing is wrong with what was typed: it is shown again next to the alert.
            let alert = Some(tr.t("conflict-referral"));
            let posted = form.refused(&form_id, FieldErrors::new());
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

/// A referral's status and outcome as posted.
fn parse_update(input: ReferralUpdateInput) -> Result<(ReferralStatus, Option<String>), FieldErrors> {
    use ReferralUpdateField as F;
    let mut p = Problems::new();
    let status = p.check(
        F::Status,
        forms::required_parsed(&input.status, ReferralStatus::parse),
    );
    let outcome = p.check(F::Outcome, forms::optional_text(&input.outcome, 4000));
    p.finish(|| Some((status?, outcome?)))
}
