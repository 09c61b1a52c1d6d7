//! Handover to another guide, team, provider or municipality. Within the team nothing
//! changes hands but the guide; beyond it, the client's handover consent for the
//! receiving team decides what goes along, and without it there is no handover.

use super::{form_alert, local, open, Case};
use crate::db::handover::GuideChoice;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{TeamId, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::handover::{
    HandoverData, HandoverField, HandoverInput, HandoverPage, TransferView,
};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), vec![], None, StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    missing: Vec<String>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let current = store.client_scope(case.id()).await?.and_then(|s| s.guide_id);
    let guides = store
        .guides_in_county(case.municipality())
        .await?
        .into_iter()
        .filter(|g| Some(g.id) != current)
        .map(|g| {
            (
                g.id,
                format!("{} – {}, {}", g.name, g.team_name, g.municipality_name),
            )
        })
        .collect();
    let transfers = case
        .file(ctx)
        .transfers()
        .await?
        .into_iter()
        .map(|t| TransferView {
            at: local(t.at),
            from: format!("{} ({})", t.from_guide_name, t.from_team_name),
            to: format!("{} ({})", t.to_guide_name, t.to_team_name),
            covers: t
                .covers
                .map(|c| c.split(',').filter(|a| !a.is_empty()).map(String::from).collect()),
        })
        .collect();
    let head = case.head(ctx, alert).await?;
    let data = HandoverData {
        guides,
        transfers,
        missing,
    };
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <HandoverPage head=head data=data posted=posted/> },
        )
        .await)
}

pub async fn hand_over(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let store = &ctx.state.store;
    let tr = case.tr(&ctx);
    let scope = store.client_scope(case.id()).await?.ok_or(AppError::NotFound)?;
    let guides = store.guides_in_county(case.municipality()).await?;
    let parsed = parse(form.input(), guides, scope.guide_id, case.principal.user().0);
    let (target, reason) = match parsed {
        Ok(handover) => handover,
        Err(errors) => {
            let posted = form.refused("handover", errors);
            return render(
                &ctx,
                &case,
                posted,
                vec![],
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let same_team = scope.team_id == Some(target.team_id);
    let file = case.file(&ctx);
    let consent = if same_team {
        None
    } else {
        match file.handover_consent(TeamId(target.team_id)).await? {
            Some(c) => Some(c),
            None => {
                let missing = vec![tr.ta(
                    "handover-missing-consent",
                    &[
                        ("team", target.team_name.clone().into()),
                        ("municipality", target.municipality_name.clone().into()),
                    ],
                )];
                let posted = form.refused("handover", FieldErrors::new());
                return render(
                    &ctx,
                    &case,
                    posted,
                    missing,
                    None,
                    StatusCode::UNPROCESSABLE_ENTITY,
                )
                .await;
            }
        }
    };
    if !file
        .hand_over(
            UserId(target.id),
            TeamId(target.team_id),
            consent.as_ref(),
            reason,
        )
        .await?
    {
        return Err(AppError::NotFound);
    }
    // The giving guide may no longer open the case: back to the caseload.
    Flash::Info {
        message: "handover-done".into(),
    }
    .set(store, &case.token_hash)
    .await?;
    Ok(Redirect::to("/cases").into_response())
}

/// The guide to hand over to and why. `guides` are those of the client's county, of whom
/// `current` (the client's guide now) is no choice, nor is `me`: becoming a client's own
/// guide opens their health data, and nobody grants that to themselves (a team lead asks
/// a colleague or the coordinator to hand it over).
fn parse(
    input: HandoverInput,
    guides: Vec<GuideChoice>,
    current: Option<i64>,
    me: i64,
) -> Result<(GuideChoice, Option<String>), FieldErrors> {
    use HandoverField as F;
    let mut p = Problems::new();
    let target = input
        .guide
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| guides.into_iter().find(|g| g.id == id && Some(g.id) != current));
    let reason = p
        .check(F::Reason, forms::optional_text(&input.reason, 300))
        .flatten();
    let target = match target {
        Some(t) if t.id == me => {
            p.add(F::Guide, Problem::new("handover-not-to-self"));
            None
        }
        other => other,
    };
    // A missing or unknown guide is only said when nothing else is wrong with the form.
    if target.is_none() && p.is_empty() {
        p.add(F::Guide, Problem::new("choice-required"));
    }
    p.finish(|| Some((target?, reason)))
}
