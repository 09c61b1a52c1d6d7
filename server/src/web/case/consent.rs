//! Consent records: recorded per purpose and recipient, revoked but never deleted.

use super::{form_alert, open, parse_id, today_iso, Case, Checks};
use crate::db::access_log::Action;
use crate::db::consents::NewConsent;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{AREAS, CONSENT_PURPOSES};
use lotse_app::domain::TeamId;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::consent::{ConsentData, ConsentPage, ConsentView};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

/// Teams in the client's county: (id, "Team – Municipality").
async fn teams(ctx: &Ctx, case: &Case) -> Result<Vec<(i64, String)>, AppError> {
    let mut teams: Vec<(i64, String)> = ctx
        .state
        .store
        .guides_in_county(case.municipality)
        .await?
        .into_iter()
        .map(|g| (g.team_id, format!("{} – {}", g.team_name, g.municipality_name)))
        .collect();
    teams.dedup();
    Ok(teams)
}

async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let consents = case
        .file(ctx)
        .consents()
        .await?
        .into_iter()
        .map(|c| ConsentView {
            covers: c.covered_areas(),
            id: c.id,
            purpose: c.purpose,
            recipient: c.recipient,
            version: c.version,
            given_on: c.given_on,
            form: c.form,
            recorded_by: c.recorded_by_name,
            revoked_on: c.revoked_on,
        })
        .collect();
    let data = ConsentData {
        consents,
        teams: teams(ctx, case).await?,
        today: today_iso(),
    };
    case.log(ctx, Action::Read, "consent").await?;
    let head = case.head(ctx, alert).await?;
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <ConsentPage head=head data=data posted=posted/> },
        )
        .await)
}

pub async fn add(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let tr = case.tr(&ctx);
    let mut checks = Checks::new();
    let purpose = checks.check(
        "purpose",
        forms::required_choice(form.get("purpose"), &CONSENT_PURPOSES),
    );
    let recipient = checks
        .check("recipient", forms::optional_text(form.get("recipient"), 200))
        .flatten();
    let given_on = checks.check(
        "given_on",
        forms::optional_past_date(form.get("given_on"), super::today()),
    );
    let consent_form = checks.check(
        "form",
        forms::required_choice(form.get("form"), &["paper", "app"]),
    );
    let covers: Vec<String> = form
        .all("covers")
        .into_iter()
        .filter(|a| AREAS.contains(&a.as_str()))
        .collect();
    let known_teams = teams(&ctx, &case).await?;
    let team = match form.get("team").trim() {
        "" => None,
        raw => match raw
            .parse::<i64>()
            .ok()
            .and_then(|id| known_teams.iter().find(|(t, _)| *t == id))
        {
            Some(t) => Some(t.clone()),
            None => {
                checks.fail("team", "choice-invalid");
                None
            }
        },
    };
    // A handover consent must name the receiving team; other purposes a recipient.
    let recipient = match (purpose.as_deref(), &team, recipient) {
        (Some("handover"), Some((_, name)), r) => Some(r.unwrap_or_else(|| name.clone())),
        (Some("handover"), None, _) => {
            checks.fail("team", "consent-team-needed");
            None
        }
        (_, _, Some(r)) => Some(r),
        (_, _, None) => {
            checks.fail("recipient", "field-required");
            None
        }
    };
    let given_on = match given_on {
        Some(None) => {
            checks.fail("given_on", "field-required");
            None
        }
        g => g.flatten(),
    };
    match (purpose, recipient, given_on, consent_form) {
        (Some(purpose), Some(recipient), Some(given_on), Some(consent_form)) if checks.ok() => {
            let team = team.filter(|_| purpose == "handover").map(|(id, _)| TeamId(id));
            let new = NewConsent {
                covers: if purpose == "handover" { covers } else { vec![] },
                purpose,
                recipient,
                recipient_team: team,
                given_on,
                form: consent_form,
            };
            case.file(&ctx).add_consent(&new).await?;
            case.done(&ctx, "consent", "consent-saved", "").await
        }
        _ => {
            let posted = checks.posted("consent", &form);
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

pub async fn revoke(ctx: Ctx, Path((raw, id)): Path<(String, String)>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let id = parse_id(&id)?;
    if !case.file(&ctx).revoke_consent(id, &today_iso()).await? {
        return Err(AppError::NotFound);
    }
    case.done(&ctx, "consent", "consent-revoked", "").await
}
