//! Deputies (Vertretung): a guide names a colleague of their team for a period; a team
//! lead does it for any member of the team. See `db::deputies` for what a deputy sees.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::permission::Principal;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{TeamId, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::deputies::{
    Arrangement, DeputiesData, DeputiesPage, DeputyField, DeputyInput, DEPUTY_FORM,
};

/// The longest arrangement at once: a long absence is a handover, not a deputy.
const MAX_DAYS: i64 = 92;

struct Guide {
    user: UserId,
    team: TeamId,
    lead: bool,
    token: String,
    principal: Principal,
}

async fn guide(ctx: &Ctx) -> Result<Guide, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let Principal::Guide {
        user,
        team,
        team_lead,
        ..
    } = p
    else {
        return Err(AppError::Forbidden);
    };
    Ok(Guide {
        user,
        team,
        lead: team_lead,
        token: session.token_hash.clone(),
        principal: p,
    })
}

/// The active guides of the team: (id, name).
async fn team_guides(ctx: &Ctx, team: TeamId) -> Result<Vec<(i64, String)>, AppError> {
    Ok(ctx
        .state
        .store
        .movable_guides(crate::db::moves::MoveScope::Team(team))
        .await?
        .into_iter()
        .filter(|g| g.active)
        .map(|g| (g.id, g.name))
        .collect())
}

async fn render(
    ctx: &Ctx,
    g: &Guide,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let team = team_guides(ctx, g.team).await?;
    let today = crate::time::today_iso();
    let arrangements = store
        .deputies(g.user, g.lead.then_some(g.team), &today)
        .await?
        .into_iter()
        .map(|d| Arrangement {
            id: d.id,
            can_end: d.guide_id == g.user.0 || g.lead,
            guide: d.guide,
            deputy: d.deputy,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
        })
        .collect();
    let data = DeputiesData {
        for_whom: team
            .iter()
            .filter(|(id, _)| g.lead || *id == g.user.0)
            .map(|(id, n)| (id.to_string(), n.clone()))
            .collect(),
        colleagues: team.iter().map(|(id, n)| (id.to_string(), n.clone())).collect(),
        arrangements,
        notice: Flash::notice_on(store, &g.token, &tr, status).await?,
        alert,
    };
    let nav = ctx.nav_user(g.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <DeputiesPage user=nav data=data posted=posted/> },
        )
        .await)
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let g = guide(&ctx).await?;
    render(&ctx, &g, Posted::default(), None, StatusCode::OK).await
}

/// The arrangement as posted: for a team member (oneself unless lead), a colleague of
/// the team, a period from today on of at most [`MAX_DAYS`].
fn parse(
    input: &DeputyInput,
    g: &Guide,
    team: &[(i64, String)],
) -> Result<(UserId, UserId, String, String), FieldErrors> {
    use DeputyField as F;
    let mut p = Problems::new();
    let in_team = |raw: &str| {
        raw.trim()
            .parse::<i64>()
            .ok()
            .filter(|id| team.iter().any(|(t, _)| t == id))
    };
    let for_whom = match in_team(&input.guide) {
        Some(id) if g.lead || id == g.user.0 => Some(id),
        _ => {
            p.add(F::Guide, Problem::new("choice-required"));
            None
        }
    };
    let deputy = match in_team(&input.deputy) {
        Some(id) if Some(id) != for_whom => Some(id),
        Some(_) => {
            p.add(F::Deputy, Problem::new("deputy-not-self"));
            None
        }
        None => {
            p.add(F::Deputy, Problem::new("choice-required"));
            None
        }
    };
    let starts = p.check(F::StartsOn, forms::required_date(&input.starts_on));
    let ends = p.check(F::EndsOn, forms::required_date(&input.ends_on));
    if let (Some(s), Some(e)) = (&starts, &ends) {
        let today = crate::time::today_iso();
        let days = match (
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d"),
            chrono::NaiveDate::parse_from_str(e, "%Y-%m-%d"),
        ) {
            (Ok(a), Ok(b)) => (b - a).num_days(),
            _ => -1,
        };
        if e < &today {
            p.add(F::EndsOn, Problem::new("deputy-past"));
        } else if days < 0 {
            p.add(F::EndsOn, Problem::new("deputy-order"));
        } else if days >= MAX_DAYS {
            p.add(F::EndsOn, Problem::with_max("deputy-too-long", MAX_DAYS));
        }
    }
    p.finish(|| Some((UserId(for_whom?), UserId(deputy?), starts?, ends?)))
}

pub async fn name(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let g = guide(&ctx).await?;
    let team = team_guides(&ctx, g.team).await?;
    let errors = match parse(&form.input(), &g, &team) {
        Ok((for_whom, deputy, starts, ends)) => {
            match ctx
                .state
                .store
                .name_deputy(for_whom, deputy, &starts, &ends, g.user)
                .await?
            {
                Ok(_) => {
                    Flash::Info {
                        message: "deputy-saved".into(),
                    }
                    .set(&ctx.state.store, &g.token)
                    .await?;
                    return Ok(Redirect::to("/cases/deputies").into_response());
                }
                Err(_) => {
                    let mut e = FieldErrors::new();
                    e.insert(DeputyField::Deputy.name(), Problem::new("choice-invalid"));
                    e
                }
            }
        }
        Err(e) => e,
    };
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let posted = form.refused(DEPUTY_FORM, errors);
    render(
        &ctx,
        &g,
        posted,
        Some(tr.t("form-errors-heading")),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn end(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let g = guide(&ctx).await?;
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx
        .state
        .store
        .end_deputy(id, g.user, g.lead.then_some(g.team))
        .await?
    {
        return Err(AppError::NotFound);
    }
    Flash::Info {
        message: "deputy-ended".into(),
    }
    .set(&ctx.state.store, &g.token)
    .await?;
    Ok(Redirect::to("/cases/deputies").into_response())
}
