//! Consent records: recorded per purpose and recipient, revoked but never deleted.

use super::{form_alert, open, parse_id, today_iso, Case};
use crate::db::access_log::Action;
use crate::db::consents::NewConsent;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;
use lotse_app::casework::{AREAS, CONSENT_PURPOSES};
use lotse_app::domain::TeamId;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::consent::{
    ConsentData, ConsentField, ConsentInput, ConsentPage, ConsentView, CONSENT_FORMS,
};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

/// Teams in the client's county: (id, "Team – Municipality").
async fn teams(ctx: &Ctx, case: &Case) -> Result<Vec<(i64, String)>, AppError> {
    let mut teams: Vec<(i64, String)> = ctx
        .state
        .store
        .guides_in_county(case.municipality())
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
    let known_teams = teams(&ctx, &case).await?;
    match parse(form.input(), &known_teams, super::today()) {
        Ok(new) => {
            case.file(&ctx).add_consent(&new).await?;
            case.done(&ctx, "consent", "consent-saved", "").await
        }
        Err(errors) => {
            let posted = form.refused("consent", errors);
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

/// The consent as posted. `teams` are those of the client's county: a handover consent
/// must name one of them as the receiving team (and only it keeps the team and the areas
/// that go along); any other purpose names a recipient.
fn parse(input: ConsentInput, teams: &[(i64, String)], today: NaiveDate) -> Result<NewConsent, FieldErrors> {
    use ConsentField as F;
    let mut p = Problems::new();
    let purpose = p.check(
        F::Purpose,
        forms::required_choice(&input.purpose, &CONSENT_PURPOSES),
    );
    let recipient = p
        .check(F::Recipient, forms::optional_text(&input.recipient, 200))
        .flatten();
    let given_on = p.check(F::GivenOn, forms::optional_past_date(&input.given_on, today));
    let consent_form = p.check(F::Form, forms::required_choice(&input.form, &CONSENT_FORMS));
    // The checked areas arrive joined by commas; unknown ones are left out.
    let covers: Vec<String> = input
        .covers
        .split(',')
        .filter(|a| AREAS.contains(a))
        .map(String::from)
        .collect();
    let team = match input.team.trim() {
        "" => None,
        raw => match raw
            .parse::<i64>()
            .ok()
            .and_then(|id| teams.iter().find(|(t, _)| *t == id))
        {
            Some(t) => Some(t.clone()),
            None => {
                p.add(F::Team, Problem::new("choice-invalid"));
                None
            }
        },
    };
    // A handover consent must name the receiving team; other purposes a recipient.
    let recipient = match (purpose.as_deref(), &team, recipient) {
        (Some("handover"), Some((_, name)), r) => Some(r.unwrap_or_else(|| name.clone())),
        (Some("handover"), None, _) => {
            p.add(F::Team, Problem::new("consent-team-needed"));
            None
        }
        (_, _, Some(r)) => Some(r),
        (_, _, None) => {
            p.add(F::Recipient, Problem::new("field-required"));
            None
        }
    };
    let given_on = match given_on {
        Some(None) => {
            p.add(F::GivenOn, Problem::new("field-required"));
            None
        }
        g => g.flatten(),
    };
    p.finish(|| {
        let purpose = purpose?;
        let handover = purpose == "handover";
        Some(NewConsent {
            covers: if handover { covers } else { vec![] },
            recipient_team: team.filter(|_| handover).map(|(id, _)| TeamId(id)),
            purpose,
            recipient: recipient?,
            given_on: given_on?,
            form: consent_form?,
        })
    })
}

pub async fn revoke(ctx: Ctx, Path((raw, id)): Path<(String, String)>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let id = parse_id(&id)?;
    if !case.file(&ctx).revoke_consent(id, &today_iso()).await? {
        return Err(AppError::NotFound);
    }
    case.done(&ctx, "consent", "consent-revoked", "").await
}
