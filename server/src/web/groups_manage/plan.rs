//! The plan of one offer: its series, single dates, each date with who signed up per
//! role, cancelling or moving a date (the volunteers signed up are told), head counts
//! once a date has begun, and the volunteers who help in the group.

use super::{planner, Planner};
use crate::db::groups::GroupFull;
use crate::db::now;
use crate::groups::schedule::{local_instant, Repeat, Series};
use crate::push::Push;
use crate::web::case::{form_alert, local};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{NaiveDate, NaiveTime, Timelike, Weekday};
use leptos::prelude::*;
use lotse_app::domain::{ShiftRole, UserId};
use lotse_app::forms::{FieldErrors, FormField, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::groups::{
    CancelSessionInput, GroupPlan, GroupPlanPage, GroupVolunteerInput, HeadCountInput, MoveSessionInput,
    OneOffField, OneOffInput, PlanRole, PlanSession, SeriesField, SeriesInput, SeriesView, ONE_OFF_FORM,
    REPEATS, SERIES_FORM,
};
use serde::Deserialize;
use serde_json::json;

/// Dates shown ahead, and behind with `?past=1`.
const PLAN_WEEKS_AHEAD: i64 = 8;
const PLAN_WEEKS_BEHIND: i64 = 12;
/// The longest session a form accepts (minutes).
const MAX_MINUTES: i64 = 600;

#[derive(Deserialize, Default)]
pub struct PlanParams {
    past: Option<String>,
}

async fn render_plan(
    ctx: &Ctx,
    p: &Planner,
    g: &GroupFull,
    past: bool,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let id = g.group.id;
    let at = now();
    let (from, to) = if past {
        (at - PLAN_WEEKS_BEHIND * 7 * 86_400, at)
    } else {
        (at - 86_400, at + PLAN_WEEKS_AHEAD * 7 * 86_400)
    };
    let signups = store.signups_between(id, from, to).await?;
    let mut sessions: Vec<PlanSession> = store
        .sessions_between(id, from, to)
        .await?
        .into_iter()
        .map(|s| {
            let roles = ShiftRole::ALL
                .iter()
                .filter_map(|role| {
                    let role = role.as_str();
                    let needed = g
                        .shift_needs
                        .iter()
                        .find(|(r, _)| r == role)
                        .map_or(0, |(_, n)| *n);
                    let names: Vec<String> = signups
                        .iter()
                        .filter(|u| u.session_id == s.id && u.role == role)
                        .map(|u| u.display_name.clone())
                        .collect();
                    (needed > 0 || !names.is_empty()).then(|| PlanRole {
                        role: role.to_string(),
                        needed,
                        names,
                    })
                })
                .collect();
            PlanSession {
                id: s.id,
                when: local(s.starts_at),
                minutes: s.minutes,
                cancelled: s.status == "cancelled",
                moved: s.moved,
                reason: s.reason,
                head_count: s.head_count,
                version: s.version,
                begun: s.starts_at <= at,
                roles,
            }
        })
        .collect();
    if past {
        sessions.reverse();
    }
    let series = g
        .series
        .iter()
        .filter_map(|row| {
            let s = row.series()?;
            let (repeat, nth) = s.repeat.columns();
            Some(SeriesView {
                repeat: repeat.to_string(),
                nth,
                weekday: i64::from(s.weekday.num_days_from_monday()),
                hour: u8::try_from(s.start.hour()).unwrap_or(0),
                minute: u8::try_from(s.start.minute()).unwrap_or(0),
                minutes: i64::from(s.minutes),
                first: s.first.to_string(),
                last: s.last.map(|l| l.to_string()),
            })
        })
        .collect();
    let volunteers = store.group_volunteer_list(id).await?;
    let candidates = store
        .municipality_volunteers(p.municipality)
        .await?
        .into_iter()
        .filter(|v| !volunteers.iter().any(|(id, _)| *id == v.id))
        .map(|v| (v.id.to_string(), v.display_name))
        .collect();
    let (confirmed, waiting) = store.seat_counts(id).await?;
    let plan = GroupPlan {
        id,
        title: g.text("de").map(|t| t.title.clone()).unwrap_or_default(),
        capacity: g.group.capacity,
        confirmed,
        waiting,
        series,
        sessions,
        volunteers,
        candidates,
        posted,
        alert,
        notice: p.notice(ctx).await?,
        past,
    };
    let nav = p.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <GroupPlanPage p=plan user=nav/> },
        )
        .await)
}

pub async fn plan_page(
    ctx: Ctx,
    Path(raw): Path<String>,
    Query(q): Query<PlanParams>,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    render_plan(
        &ctx,
        &p,
        &g,
        q.past.is_some(),
        Posted::default(),
        None,
        StatusCode::OK,
    )
    .await
}

fn plan_href(g: &GroupFull) -> String {
    format!("/groups/manage/{}/plan", g.group.id)
}

/// A time of day from `raw`, or None after noting the problem with `field`.
fn time_at<F: FormField>(p: &mut Problems<F>, field: F, raw: &str) -> Option<NaiveTime> {
    let (h, m) = p.check(field, forms::time_of_day(raw))?;
    NaiveTime::from_hms_opt(u32::from(h), u32::from(m), 0)
}

/// A session's length in minutes: required, more than none and at most [`MAX_MINUTES`].
fn minutes_of<F: FormField>(p: &mut Problems<F>, field: F, raw: &str) -> Option<i64> {
    match p.check(field, forms::optional_number(raw, MAX_MINUTES))? {
        Some(n) if n > 0 => Some(n),
        _ => {
            p.add(field, Problem::new("series-minutes-invalid"));
            None
        }
    }
}

/// A calendar date from `raw` (None when empty and not `required`), or None after noting
/// the problem with `field`.
fn date_of<F: FormField>(p: &mut Problems<F>, field: F, raw: &str, required: bool) -> Option<NaiveDate> {
    let iso = if required {
        p.check(field, forms::required_date(raw))
    } else {
        p.check(field, forms::optional_date(raw)).flatten()
    }?;
    NaiveDate::parse_from_str(&iso, "%Y-%m-%d").ok()
}

/// A series as posted, checked field by field. `nth` counts only for a monthly series;
/// a monthly series without a valid one is refused at `nth`.
fn parse_series(input: &SeriesInput) -> Result<Series, FieldErrors> {
    use SeriesField as F;
    let mut p = Problems::new();
    let repeat = p.check(F::Repeat, forms::required_choice(&input.repeat, &REPEATS));
    let nth = input.nth.parse::<i64>().ok();
    let repeat = repeat.and_then(|r| {
        let parsed = Repeat::from_columns(&r, if r == "monthly" { nth } else { None });
        if parsed.is_none() {
            p.add(F::Nth, Problem::new("series-nth-invalid"));
        }
        parsed
    });
    let weekday = input
        .weekday
        .parse::<u8>()
        .ok()
        .and_then(|d| Weekday::try_from(d).ok());
    if weekday.is_none() {
        p.add(F::Weekday, Problem::new("field-required"));
    }
    let start = time_at(&mut p, F::Time, &input.time);
    let minutes = minutes_of(&mut p, F::Minutes, &input.minutes);
    let first = date_of(&mut p, F::First, &input.first, true);
    let last = date_of(&mut p, F::Last, &input.last, false);
    if let (Some(f), Some(l)) = (first, last) {
        if l < f {
            p.add(F::Last, Problem::new("series-last-before-first"));
        }
    }
    p.finish(|| {
        Some(Series {
            repeat: repeat?,
            weekday: weekday?,
            start: start?,
            minutes: u32::try_from(minutes?).unwrap_or(60),
            first: first?,
            last,
        })
    })
}

pub async fn add_series(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let errors = match parse_series(&form.input()) {
        Ok(series) => {
            ctx.state.store.add_series(g.group.id, &series).await?;
            return p.saved(&ctx, "series-saved", &plan_href(&g)).await;
        }
        Err(errors) => errors,
    };
    let posted = form.refused(SERIES_FORM, errors);
    render_plan(
        &ctx,
        &p,
        &g,
        false,
        posted,
        form_alert(&p.tr),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// A single date as posted: (day, start, minutes). A date must lie ahead of `now`.
fn parse_one_off(input: &OneOffInput, now: i64) -> Result<(NaiveDate, NaiveTime, i64), FieldErrors> {
    use OneOffField as F;
    let mut p = Problems::new();
    let on = date_of(&mut p, F::Date, &input.date, true);
    let start = time_at(&mut p, F::Time, &input.time);
    let minutes = minutes_of(&mut p, F::Minutes, &input.minutes);
    if let (Some(on), Some(start)) = (on, start) {
        if local_instant(on, start).is_none_or(|t| t.timestamp() <= now) {
            p.add(F::Date, Problem::new("session-in-past"));
        }
    }
    p.finish(|| Some((on?, start?, minutes?)))
}

pub async fn add_one_off(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let errors = match parse_one_off(&form.input(), now()) {
        Ok((on, start, minutes)) => {
            if ctx
                .state
                .store
                .add_session(g.group.id, on, start, minutes)
                .await?
                .is_some()
            {
                return p.saved(&ctx, "session-added", &plan_href(&g)).await;
            }
            // A time that does not exist that day (the clocks went forward).
            let mut errors = FieldErrors::new();
            errors.insert(OneOffField::Time.name(), Problem::new("time-invalid"));
            errors
        }
        Err(errors) => errors,
    };
    let posted = form.refused(ONE_OFF_FORM, errors);
    render_plan(
        &ctx,
        &p,
        &g,
        false,
        posted,
        form_alert(&p.tr),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// Tells the volunteers signed up for a session what happened to it.
async fn tell_volunteers(
    ctx: &Ctx,
    g: &GroupFull,
    session: i64,
    kind: &str,
    starts_at: i64,
    reason: &str,
) -> Result<(), AppError> {
    let store = &ctx.state.store;
    let title = g.text("de").map(|t| t.title.clone()).unwrap_or_default();
    let cancelled = kind == "session-cancelled";
    for user in store.session_volunteers(session).await? {
        store
            .notify(
                user,
                kind,
                &json!({ "group": title, "when": starts_at.to_string(), "reason": reason }),
                Some("/volunteer/shifts"),
            )
            .await?;
        let push = if cancelled {
            Push::ShiftCancelled
        } else {
            Push::ShiftMoved
        };
        ctx.state.push.tell(store, user, push).await?;
    }
    // The participants hear it on their phone (the page of the group says what and why).
    let group = g.group.id;
    for user in store.group_participant_users(group).await? {
        let push = if cancelled {
            Push::GroupDateCancelled { group }
        } else {
            Push::GroupDateMoved { group }
        };
        ctx.state.push.tell(store, user, push).await?;
    }
    Ok(())
}

/// A session of this group, by the id in the path.
async fn session_of(ctx: &Ctx, g: &GroupFull, raw: &str) -> Result<crate::db::groups::SessionRow, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    ctx.state
        .store
        .session_of_group(g.group.id, id)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn cancel_session(
    ctx: Ctx,
    Path((raw, session)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let s = session_of(&ctx, &g, &session).await?;
    let input: CancelSessionInput = form.input();
    let Ok(reason) = forms::required_text(&input.reason, 200) else {
        return p.saved(&ctx, "session-reason-needed", &plan_href(&g)).await;
    };
    let version = input.version.parse::<i64>().unwrap_or(0);
    if s.starts_at <= now() || s.status == "cancelled" {
        return p.saved(&ctx, "session-not-changeable", &plan_href(&g)).await;
    }
    if !ctx
        .state
        .store
        .cancel_session(g.group.id, s.id, &reason, version)
        .await?
    {
        return p.saved(&ctx, "session-conflict", &plan_href(&g)).await;
    }
    tell_volunteers(&ctx, &g, s.id, "session-cancelled", s.starts_at, &reason).await?;
    p.saved(&ctx, "session-cancelled", &plan_href(&g)).await
}

/// A move as posted: (new day, new start, reason). The form sits in the list of dates
/// and is not shown again, so its problems only decide that the move is refused.
fn parse_move(input: &MoveSessionInput) -> Result<(NaiveDate, NaiveTime, String), FieldErrors> {
    use lotse_app::pages::staff::groups::MoveSessionField as F;
    let mut p = Problems::new();
    let on = date_of(&mut p, F::Date, &input.date, true);
    let start = time_at(&mut p, F::Time, &input.time);
    let reason = p.check(F::Reason, forms::required_text(&input.reason, 200));
    p.finish(|| Some((on?, start?, reason?)))
}

pub async fn move_session(
    ctx: Ctx,
    Path((raw, session)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let s = session_of(&ctx, &g, &session).await?;
    let input: MoveSessionInput = form.input();
    let moved = parse_move(&input);
    let version = input.version.parse::<i64>().unwrap_or(0);
    if s.starts_at <= now() || s.status == "cancelled" {
        return p.saved(&ctx, "session-not-changeable", &plan_href(&g)).await;
    }
    let Ok((on, start, reason)) = moved else {
        return p.saved(&ctx, "session-move-invalid", &plan_href(&g)).await;
    };
    let Some(starts_at) = local_instant(on, start)
        .map(|t| t.timestamp())
        .filter(|t| *t > now())
    else {
        return p.saved(&ctx, "session-in-past", &plan_href(&g)).await;
    };
    if !ctx
        .state
        .store
        .move_session(g.group.id, s.id, starts_at, &reason, version)
        .await?
    {
        return p.saved(&ctx, "session-conflict", &plan_href(&g)).await;
    }
    tell_volunteers(&ctx, &g, s.id, "session-moved", starts_at, &reason).await?;
    p.saved(&ctx, "session-moved", &plan_href(&g)).await
}

pub async fn count_session(
    ctx: Ctx,
    Path((raw, session)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let s = session_of(&ctx, &g, &session).await?;
    let back = format!("{}?past=1", plan_href(&g));
    let input: HeadCountInput = form.input();
    let Ok(count) = forms::optional_number(&input.head_count, 999) else {
        return p.saved(&ctx, "head-count-invalid", &back).await;
    };
    if !ctx.state.store.set_head_count(g.group.id, s.id, count).await? {
        return p.saved(&ctx, "session-not-changeable", &back).await;
    }
    p.saved(&ctx, "head-count-saved", &back).await
}

pub async fn add_volunteer(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let input: GroupVolunteerInput = form.input();
    let wanted = input.user.parse::<i64>().unwrap_or(0);
    // Only volunteers of the same municipality.
    let ok = ctx
        .state
        .store
        .municipality_volunteers(p.municipality)
        .await?
        .iter()
        .any(|v| v.id == wanted);
    if !ok {
        return p.saved(&ctx, "group-volunteer-unknown", &plan_href(&g)).await;
    }
    ctx.state
        .store
        .add_group_volunteer(g.group.id, UserId(wanted))
        .await?;
    p.saved(&ctx, "group-volunteer-added", &plan_href(&g)).await
}

pub async fn remove_volunteer(
    ctx: Ctx,
    Path((raw, user)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let user = user.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx
        .state
        .store
        .remove_group_volunteer(g.group.id, UserId(user))
        .await?
    {
        return Err(AppError::NotFound);
    }
    p.saved(&ctx, "group-volunteer-removed", &plan_href(&g)).await
}
