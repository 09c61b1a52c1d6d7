//! The municipality's integration goals (`/figures/goals`): kept by whoever may see the
//! figures, within their reach (see `web::keeper`); a goal or indicator outside it
//! answers 404.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use super::keeper::{done, id_of, keeper_or_away, Keeper};
use crate::db::goals::NewIndicator;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::FIELDS;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::goals::{computed_aim, computed_unit, AIMS, UNITS};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::goals::{
    indicator_form, value_form, GoalField, GoalInput, GoalItem, GoalsData, GoalsPage, IndicatorField,
    IndicatorInput, ValueField, ValueInput, GOAL_FORM,
};

const PAGE: &str = "/figures/goals";
/// The largest value an indicator takes (a count of people in a county, days).
const MAX_VALUE: f64 = 1_000_000.0;

async fn render(ctx: &Ctx, k: &Keeper, posted: Posted, status: StatusCode) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let today = crate::time::today_iso();
    let paths =
        crate::figures::goals::paths(store, k.reach, &today, ctx.state.settings.figures_max_age).await?;
    let goals = store
        .integration_goals(k.reach)
        .await?
        .into_iter()
        .map(|g| GoalItem {
            indicators: paths.iter().filter(|p| p.goal_id == g.id).cloned().collect(),
            id: g.id,
            municipality: g.municipality,
            field: g.field,
            title: g.title,
            measures: g.measures,
        })
        .collect();
    let municipalities = if k.county_wide {
        store
            .municipalities(None)
            .await?
            .into_iter()
            .map(|m| (m.id.to_string(), m.name))
            .collect()
    } else {
        vec![]
    };
    let data = GoalsData {
        goals,
        municipalities,
        notice: Flash::notice_on(store, &k.token, &tr, status).await?,
        alert: (status != StatusCode::OK).then(|| tr.t("form-errors-heading")),
        today,
    };
    let nav = ctx.nav_user("/figures").unwrap_or_default();
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <GoalsPage user=nav data=data posted=posted/> }
        })
        .await)
}

/// A number as people type it: "62,5" or "62.5".
fn number(input: &str) -> Result<f64, Problem> {
    let t = input.trim().replace(',', ".");
    if t.is_empty() {
        return Err(Problem::new("field-required"));
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() && (0.0..=MAX_VALUE).contains(&v) => Ok(v),
        _ => Err(Problem::new("indicator-number-invalid")),
    }
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    render(&ctx, &k, Posted::default(), StatusCode::OK).await
}

pub async fn add_goal(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let input: GoalInput = form.input();
    use GoalField as F;
    let mut p = Problems::new();
    let municipality = if k.county_wide {
        p.check(
            F::Municipality,
            forms::required_parsed(&input.municipality, |v| v.trim().parse::<i64>().ok()),
        )
    } else {
        Some(k.reach.municipality)
    };
    let field = p.check(F::Field, forms::required_choice(&input.field, &FIELDS));
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let measures = p.check(F::Measures, forms::optional_text(&input.measures, 2000));
    let errors = match p.finish(|| Some((municipality?, field?, title?, measures?.unwrap_or_default()))) {
        Ok((municipality, field, title, measures)) => {
            match ctx
                .state
                .store
                .add_integration_goal(k.reach, municipality, &field, &title, &measures, k.user)
                .await?
            {
                Some(id) => return done(&ctx, &k, PAGE, "goal-saved", format!("goal-{id}")).await,
                None => {
                    let mut e = FieldErrors::new();
                    e.insert(F::Municipality.name(), Problem::new("choice-invalid"));
                    e
                }
            }
        }
        Err(e) => e,
    };
    render(
        &ctx,
        &k,
        form.refused(GOAL_FORM, errors),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// An indicator as posted: a computed one takes its unit from what it computes; one
/// entered by hand needs a unit and says where its numbers come from.
fn parse_indicator(input: &IndicatorInput) -> Result<NewIndicator, FieldErrors> {
    use IndicatorField as F;
    let mut p = Problems::new();
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let kind = input.kind.trim();
    let (computed, unit, aim) = match (computed_unit(kind), computed_aim(kind)) {
        (Some(unit), Some(aim)) => (
            Some(Some(kind.to_string())),
            Some(unit.to_string()),
            Some(aim.to_string()),
        ),
        _ if kind == "manual" => (
            Some(None),
            p.check(F::Unit, forms::required_choice(&input.unit, &UNITS)),
            p.check(F::Aim, forms::required_choice(&input.aim, &AIMS)),
        ),
        _ => {
            p.add(F::Kind, Problem::new("choice-required"));
            (None, None, None)
        }
    };
    let source = if kind == "manual" {
        p.check(F::Source, forms::required_text(&input.source, 300))
    } else {
        Some(String::new())
    };
    let baseline = p.check(F::BaselineOn, forms::required_date(&input.baseline_on));
    let target = p.check(F::TargetValue, number(&input.target_value));
    let target_on = p.check(F::TargetOn, forms::required_date(&input.target_on));
    if let (Some(b), Some(t)) = (&baseline, &target_on) {
        if t <= b {
            p.add(F::TargetOn, Problem::new("indicator-target-after-baseline"));
        }
    }
    p.finish(|| {
        Some(NewIndicator {
            title: title?,
            computed: computed?,
            unit: unit?,
            aim: aim?,
            source: source?,
            baseline_on: baseline?,
            target_value: target?,
            target_on: target_on?,
        })
    })
}

pub async fn add_indicator(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let goal = id_of(&raw)?;
    // A refused id says nothing about the form.
    if !ctx
        .state
        .store
        .integration_goals(k.reach)
        .await?
        .iter()
        .any(|g| g.id == goal)
    {
        return Err(AppError::NotFound);
    }
    match parse_indicator(&form.input()) {
        Ok(new) => {
            let id = ctx
                .state
                .store
                .add_indicator(k.reach, goal, &new, k.user)
                .await?
                .ok_or(AppError::NotFound)?;
            done(&ctx, &k, PAGE, "indicator-saved", format!("indicator-{id}")).await
        }
        Err(errors) => {
            render(
                &ctx,
                &k,
                form.refused(indicator_form(goal), errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub async fn add_value(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let id = id_of(&raw)?;
    let store = &ctx.state.store;
    // Only indicators in reach whose values are entered by hand take one.
    match store.indicator(k.reach, id).await? {
        Some(i) if i.computed.is_none() => {}
        _ => return Err(AppError::NotFound),
    }
    let input: ValueInput = form.input();
    let mut p = Problems::new();
    let on = p.check(
        ValueField::MeasuredOn,
        forms::optional_past_date(&input.measured_on, crate::time::today()),
    );
    let on = match on {
        Some(None) => {
            p.add(ValueField::MeasuredOn, Problem::new("field-required"));
            None
        }
        Some(Some(d)) => Some(d),
        None => None,
    };
    let value = p.check(ValueField::Value, number(&input.value));
    let note = p.check(ValueField::Note, forms::optional_text(&input.note, 300));
    match p.finish(|| Some((on?, value?, note?.unwrap_or_default()))) {
        Ok((on, value, note)) => {
            if !store
                .add_indicator_value(k.reach, id, &on, value, &note, k.user)
                .await?
            {
                return Err(AppError::NotFound);
            }
            done(&ctx, &k, PAGE, "indicator-value-saved", format!("indicator-{id}")).await
        }
        Err(errors) => {
            render(
                &ctx,
                &k,
                form.refused(value_form(id), errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}
