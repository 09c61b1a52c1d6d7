//! The programme's measures and milestones (`/figures/programme`): whoever may see the
//! figures keeps them — a coordinator for their municipality, a county coordinator for
//! any of the county's. A measure or milestone outside that reach answers 404.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use super::keeper::{done, id_of, keeper_or_away, Keeper};
use crate::db::Saved;
use crate::figures::TABLE_IDS;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::programme::{
    milestone_form, state_form, EvidenceItem, MeasureField, MeasureInput, MeasureItem, MilestoneField,
    MilestoneInput, MilestoneItem, ProgrammeData, ProgrammePage, StateField, StateInput, MEASURE_FORM,
    MILESTONE_STATES,
};

mod evidence;
pub use evidence::{add_evidence, document, EVIDENCE_BODY_LIMIT};

const PAGE: &str = "/figures/programme";

/// Figure tables a milestone's evidence can freeze: (id, title).
fn freezable(ctx: &Ctx) -> Vec<(String, String)> {
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    TABLE_IDS
        .iter()
        .filter(|id| **id != "milestones")
        .map(|id| (id.to_string(), tr.t(&format!("figures-{id}"))))
        .collect()
}

async fn render(ctx: &Ctx, k: &Keeper, posted: Posted, status: StatusCode) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let today = crate::time::today_iso();
    let milestones = store.milestones(k.reach).await?;
    let evidence = store.milestone_evidence(k.reach).await?;
    let measures = store
        .measures(k.reach)
        .await?
        .into_iter()
        .map(|m| MeasureItem {
            milestones: milestones
                .iter()
                .filter(|x| x.measure_id == m.id)
                .map(|x| MilestoneItem {
                    id: x.id,
                    title: x.title.clone(),
                    due_on: x.due_on.clone(),
                    status: x.status.clone(),
                    reached_on: x.reached_on.clone(),
                    version: x.version,
                    overdue: x.status == "open" && x.due_on < today,
                    evidence: evidence
                        .iter()
                        .filter(|e| e.milestone_id == x.id)
                        .map(|e| EvidenceItem {
                            id: e.id,
                            kind: e.kind.clone(),
                            text: e.text.clone(),
                            figure: e.figure.as_deref().and_then(|j| serde_json::from_str(j).ok()),
                            by: e.created_by.clone(),
                            on: crate::time::local_date(e.created_at)
                                .map(|d| d.to_string())
                                .unwrap_or_default(),
                        })
                        .collect(),
                })
                .collect(),
            id: m.id,
            municipality: m.municipality,
            programme: m.programme,
            title: m.title,
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
    let year_start = format!("{}-01-01", &today[..4.min(today.len())]);
    let alert = (status != StatusCode::OK).then(|| tr.t("form-errors-heading"));
    let data = ProgrammeData {
        measures,
        municipalities,
        tables: freezable(ctx),
        from: year_start,
        to: today,
        notice: Flash::notice_on(store, &k.token, &tr, status).await?,
        alert,
    };
    let nav = ctx.nav_user("/figures").unwrap_or_default();
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <ProgrammePage user=nav data=data posted=posted/> }
        })
        .await)
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    render(&ctx, &k, Posted::default(), StatusCode::OK).await
}

/// A measure as checked: its municipality, programme, title and milestones (title, due).
struct NewMeasure {
    municipality: i64,
    programme: String,
    title: String,
    milestones: Vec<(String, String)>,
}

/// A measure as posted: programme and title, the municipality (a county coordinator
/// chooses), a first milestone with its date, up to two more.
fn parse_measure(input: &MeasureInput, k: &Keeper) -> Result<NewMeasure, FieldErrors> {
    use MeasureField as F;
    let mut p = Problems::new();
    let municipality = if k.county_wide {
        p.check(
            F::Municipality,
            forms::required_parsed(&input.municipality, |v| v.trim().parse::<i64>().ok()),
        )
    } else {
        Some(k.reach.municipality)
    };
    let programme = p.check(F::Programme, forms::required_text(&input.programme, 120));
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let mut milestones = vec![];
    for (n, (t, d)) in [
        (F::First, F::FirstDue),
        (F::Second, F::SecondDue),
        (F::Third, F::ThirdDue),
    ]
    .into_iter()
    .enumerate()
    {
        let (text, due) = match n {
            0 => (&input.first, &input.first_due),
            1 => (&input.second, &input.second_due),
            _ => (&input.third, &input.third_due),
        };
        // The first milestone is asked for; the others only when begun.
        if n > 0 && text.trim().is_empty() && due.trim().is_empty() {
            continue;
        }
        let title = p.check(t, forms::required_text(text, 200));
        let due = p.check(d, forms::required_date(due));
        if let (Some(title), Some(due)) = (title, due) {
            milestones.push((title, due));
        }
    }
    p.finish(|| {
        Some(NewMeasure {
            municipality: municipality?,
            programme: programme?,
            title: title?,
            milestones,
        })
    })
}

pub async fn add_measure(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let errors = match parse_measure(&form.input(), &k) {
        Ok(m) => {
            match ctx
                .state
                .store
                .add_measure(
                    k.reach,
                    m.municipality,
                    &m.programme,
                    &m.title,
                    &m.milestones,
                    k.user,
                )
                .await?
            {
                Some(id) => return done(&ctx, &k, PAGE, "measure-saved", format!("measure-{id}")).await,
                None => {
                    let mut e = FieldErrors::new();
                    e.insert(MeasureField::Municipality.name(), Problem::new("choice-invalid"));
                    e
                }
            }
        }
        Err(e) => e,
    };
    render(
        &ctx,
        &k,
        form.refused(MEASURE_FORM, errors),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn add_milestone(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let measure = id_of(&raw)?;
    if !ctx
        .state
        .store
        .measures(k.reach)
        .await?
        .iter()
        .any(|m| m.id == measure)
    {
        return Err(AppError::NotFound);
    }
    let input: MilestoneInput = form.input();
    let mut p = Problems::new();
    let title = p.check(MilestoneField::Title, forms::required_text(&input.title, 200));
    let due = p.check(MilestoneField::DueOn, forms::required_date(&input.due_on));
    match p.finish(|| Some((title?, due?))) {
        Ok((title, due)) => {
            let id = ctx
                .state
                .store
                .add_milestone(k.reach, measure, &title, &due, k.user)
                .await?
                .ok_or(AppError::NotFound)?;
            done(&ctx, &k, PAGE, "milestone-saved", format!("milestone-{id}")).await
        }
        Err(errors) => {
            let posted = form.refused(milestone_form(measure), errors);
            render(&ctx, &k, posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// A milestone id from the path, answered 404 unless it is in reach (before any form is
/// read: a refused id says nothing about the form).
async fn milestone_in_reach(ctx: &Ctx, k: &Keeper, raw: &str) -> Result<i64, AppError> {
    let id = id_of(raw)?;
    match ctx.state.store.milestone_municipality(k.reach, id).await? {
        Some(_) => Ok(id),
        None => Err(AppError::NotFound),
    }
}

pub async fn set_state(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let id = milestone_in_reach(&ctx, &k, &raw).await?;
    let input: StateInput = form.input();
    let mut p = Problems::new();
    let status = p.check(
        StateField::Status,
        forms::required_choice(&input.status, &MILESTONE_STATES),
    );
    let reached = p.check(
        StateField::ReachedOn,
        forms::optional_past_date(&input.reached_on, crate::time::today()),
    );
    // Reached needs the day it was reached; the other states keep none.
    let reached = match (status.as_deref(), reached) {
        (Some("reached"), Some(None)) => {
            p.add(
                StateField::ReachedOn,
                Problem::new("milestone-reached-date-needed"),
            );
            None
        }
        (Some("reached"), Some(Some(d))) => Some(Some(d)),
        (_, Some(_)) => Some(None),
        (_, None) => None,
    };
    let version = input.version.trim().parse::<i64>().unwrap_or(0);
    let form_id = state_form(id);
    match p.finish(|| Some((status?, reached?))) {
        Ok((status, reached)) => {
            match ctx
                .state
                .store
                .set_milestone(k.reach, id, &status, reached.as_deref(), version, k.user)
                .await?
            {
                None => Err(AppError::NotFound),
                Some(Saved::Done) => {
                    done(&ctx, &k, PAGE, "milestone-state-saved", format!("milestone-{id}")).await
                }
                Some(Saved::Conflict) => {
                    let mut posted = form.refused(form_id, FieldErrors::new());
                    // The page shows what stands now beside what was chosen.
                    posted.theirs = Some(vec![]);
                    render(&ctx, &k, posted, StatusCode::CONFLICT).await
                }
            }
        }
        Err(errors) => {
            render(
                &ctx,
                &k,
                form.refused(form_id, errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}
