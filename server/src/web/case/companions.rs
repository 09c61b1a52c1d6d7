//! One-to-one volunteering, the guide's side: the client's tasks, asking for one (with
//! the client's consent recorded as a consent of purpose `companion`), the volunteers
//! Lotse proposes, asking them, and closing a task.

use super::{form_alert, local, local_weekday_minute, open, parse_id, to_unix, today, Case};
use crate::db::case_file::Written;
use crate::db::companions::{NewTask, TaskRow, CONSENT_PURPOSE};
use crate::db::consents::NewConsent;
use crate::db::now;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::AppointmentStatus;
use lotse_app::companions::{
    day_part, propose, CompanionKind, CompanionStatus, Need, Proposal, CHECKIN_DAYS,
};
use lotse_app::domain::{UserId, SPOKEN_LANGUAGES};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::companions::case::{
    AskInput, AskView, CloseInput, CompanionField, CompanionInput, CompanionTaskPage, CompanionsData,
    CompanionsPage, MeetingView, ProposalView, TaskPageData, TaskView, TASK_FORM,
};
use lotse_app::pages::forms::Posted;

/// A task as the guide's pages show it.
fn task_view(t: TaskRow, now: i64) -> TaskView {
    // A mentoring pair is late with its check-in when neither a meeting nor the match
    // itself lies within the interval.
    let checkin_late = t.status == CompanionStatus::Matched
        && t.checkin_days.is_some_and(|days| {
            let since = t
                .last_met_on
                .as_deref()
                .and_then(|d| to_unix(d, 0, 0))
                .or(t.matched_at)
                .unwrap_or(t.starts_at);
            since.max(t.starts_at) + days * 86400 < now
        });
    TaskView {
        id: t.id,
        kind: t.kind,
        status: t.status,
        when: local(t.starts_at),
        minutes: t.minutes,
        place: t.place,
        district: t.district,
        language: t.language,
        bring: t.bring,
        volunteer: t.volunteer_name,
        checkin_days: t.checkin_days,
        ends_on: t.ends_on,
        last_met_on: t.last_met_on,
        call_me: t.call_me.unwrap_or(false),
        checkin_late,
        version: t.version,
    }
}

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
    let file = case.file(ctx);
    let tr = case.tr(ctx);
    let at = now();
    let tasks = file
        .companion_tasks()
        .await?
        .into_iter()
        .map(|t| task_view(t, at))
        .collect();
    let appointments = upcoming_appointments(ctx, case)
        .await?
        .into_iter()
        .map(|a| {
            (
                a.id,
                format!("{} · {}", local(a.starts_at).show(&tr), a.place_name),
            )
        })
        .collect();
    let language = file
        .overview()
        .await?
        .map(|c| c.preferred_lang)
        .unwrap_or_else(|| "de".into());
    let data = CompanionsData {
        tasks,
        appointments,
        districts: ctx.state.store.districts(case.municipality()).await?,
        has_consent: file.has_companion_consent().await?,
        language,
        today: crate::time::today_iso(),
    };
    let head = case.head(ctx, alert).await?;
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <CompanionsPage head=head data=data posted=posted/> },
        )
        .await)
}

/// The client's planned appointments still ahead that this guide sees in full.
async fn upcoming_appointments(
    ctx: &Ctx,
    case: &Case,
) -> Result<Vec<crate::db::appointments::AppointmentRow>, AppError> {
    let at = now();
    let sees_health = case.file(ctx).sees_special_category();
    Ok(case
        .file(ctx)
        .appointments()
        .await?
        .into_iter()
        .filter(|a| a.starts_at > at && a.status == AppointmentStatus::Planned && (sees_health || !a.health))
        .collect())
}

pub async fn create(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let tr = case.tr(&ctx);
    let file = case.file(&ctx);
    let has_consent = file.has_companion_consent().await?;
    let appointments = upcoming_appointments(&ctx, &case).await?;
    let districts = ctx.state.store.districts(case.municipality()).await?;
    let input: CompanionInput = form.input();
    let parsed = parse(&input, &appointments, &districts, has_consent);
    let (task, consent_on) = match parsed {
        Ok(p) => p,
        Err(errors) => {
            return render(
                &ctx,
                &case,
                form.refused(TASK_FORM, errors),
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    // The task first: when it cannot be made (an appointment the guide may not see), no
    // consent is left behind without one.
    let Some(id) = file.add_companion_task(&task, case.municipality()).await? else {
        return Err(AppError::NotFound);
    };
    if let Some(on) = consent_on {
        let consent = NewConsent {
            purpose: CONSENT_PURPOSE.into(),
            recipient: tr.t("companion-consent-recipient"),
            recipient_team: None,
            covers: vec![],
            given_on: on,
            form: "paper".into(),
        };
        if file.add_consent(&consent).await?.is_none() {
            return Err(AppError::NotFound);
        }
    }
    case.done(&ctx, "companions", "companion-saved", &format!("/{id}"))
        .await
}

type Parsed = (NewTask, Option<String>);

/// A new task as posted. With an appointment chosen, an empty date, place, length or
/// list of things to bring is taken from it. Without a consent on file the form must
/// record one (the date it was given, not in the future).
fn parse(
    input: &CompanionInput,
    appointments: &[crate::db::appointments::AppointmentRow],
    districts: &[(i64, String)],
    has_consent: bool,
) -> Result<Parsed, FieldErrors> {
    use CompanionField as F;
    let mut p = Problems::new();
    let kind = p.check(F::Kind, forms::required_parsed(&input.kind, CompanionKind::parse));
    let appointment = p
        .check(
            F::Appointment,
            forms::optional_pick(&input.appointment, appointments, |a| a.id),
        )
        .flatten();
    if kind.is_some_and(CompanionKind::is_single) && appointment.is_none() && input.date.trim().is_empty() {
        p.add(F::Appointment, Problem::new("companion-appointment-or-date"));
    }
    let starts_at = match (input.date.trim().is_empty(), appointment) {
        (true, Some(a)) => Some(a.starts_at),
        _ => forms::date_and_time(&mut p, (F::Date, &input.date), (F::Time, &input.time)),
    };
    if starts_at.is_some_and(|t| t < now()) {
        p.add(F::Date, Problem::new("companion-in-past"));
    }
    let minutes = p
        .check(F::Minutes, forms::optional_number(&input.minutes, 720))
        .map(|m| {
            m.or(appointment.map(|a| a.duration_minutes))
                .unwrap_or(60)
                .max(15)
        });
    let place = match (input.place.trim().is_empty(), appointment) {
        (true, Some(a)) => Some(
            [Some(a.place_name.clone()), a.address.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
        ),
        _ => p.check(F::Place, forms::required_text(&input.place, 300)),
    };
    let district = match input.district.trim() {
        "" => Some(None),
        raw => match raw
            .parse::<i64>()
            .ok()
            .filter(|id| districts.iter().any(|(d, _)| d == id))
        {
            Some(id) => Some(Some(id)),
            None => {
                p.add(F::District, Problem::new("choice-invalid"));
                None
            }
        },
    };
    let language = p.check(
        F::Language,
        forms::required_choice(&input.language, &SPOKEN_LANGUAGES),
    );
    let bring = p
        .check(F::Bring, forms::optional_text(&input.bring, 1000))
        .map(|b| {
            b.or_else(|| appointment.map(|a| a.bring.clone()))
                .unwrap_or_default()
        });
    let checkin_days = match input.checkin_days.trim() {
        "" => Some(None),
        raw => match raw.parse::<i64>().ok().filter(|d| CHECKIN_DAYS.contains(d)) {
            Some(d) => Some(Some(d)),
            None => {
                p.add(F::CheckinDays, Problem::new("choice-invalid"));
                None
            }
        },
    };
    let ends_on = p.check(F::EndsOn, forms::optional_date(&input.ends_on));
    let consent_on = if has_consent {
        Some(None)
    } else {
        if input.consent != "on" {
            p.add(F::Consent, Problem::new("companion-consent-required"));
        }
        match p.check(
            F::ConsentOn,
            forms::optional_past_date(&input.consent_on, today()),
        ) {
            Some(Some(d)) => Some(Some(d)),
            Some(None) => {
                p.add(F::ConsentOn, Problem::new("field-required"));
                None
            }
            None => None,
        }
    };
    p.finish(|| {
        let kind = kind?;
        let mentoring = kind == CompanionKind::Mentoring;
        let task = NewTask {
            kind,
            appointment_id: appointment.filter(|_| !mentoring).map(|a| a.id),
            starts_at: starts_at?,
            minutes: minutes?,
            place: place?,
            district_id: district?,
            language: language?,
            skill: kind.needs_skill().map(String::from),
            bring: bring?,
            // A mentoring pair reports monthly unless the guide chose otherwise.
            checkin_days: if mentoring {
                Some(checkin_days?.unwrap_or(30))
            } else {
                None
            },
            ends_on: if mentoring { ends_on? } else { None },
        };
        Some((task, consent_on?))
    })
}

/// The volunteers Lotse proposes for an open task, not yet asked: the only ones a guide
/// may ask (a forged or stale form cannot reach anyone else).
async fn proposals(ctx: &Ctx, case: &Case, row: &TaskRow) -> Result<Vec<Proposal>, AppError> {
    let asked: Vec<i64> = case
        .file(ctx)
        .companion_asks(row.id)
        .await?
        .iter()
        .map(|a| a.volunteer_id)
        .collect();
    let (day, minute) = local_weekday_minute(row.starts_at);
    let need = Need {
        language: row.language.clone(),
        skill: row.skill.clone(),
        slot: format!("{day}-{}", day_part(minute)),
        district: row.district_id,
    };
    let candidates = ctx
        .state
        .store
        .companion_candidates(
            case.municipality(),
            row.id,
            row.starts_at,
            row.minutes,
            &local(row.starts_at).date,
        )
        .await?;
    Ok(propose(&need, &candidates)
        .into_iter()
        .filter(|p| !asked.contains(&p.user))
        .collect())
}

pub async fn task_page(ctx: Ctx, Path((raw, task)): Path<(String, String)>) -> Result<Response, AppError> {
    // Read on a closed case too (what happened); `open` refuses only posts to one.
    let case = open(&ctx, &raw).await?;
    let task = parse_id(&task)?;
    let file = case.file(&ctx);
    let row = file.companion_task(task).await?.ok_or(AppError::NotFound)?;
    let proposals = if row.status == CompanionStatus::Open {
        proposals(&ctx, &case, &row)
            .await?
            .into_iter()
            .map(|p| ProposalView {
                user: p.user,
                name: p.name,
                fits_time: p.fits_time,
                fits_place: p.fits_place,
                active_tasks: p.active_tasks,
            })
            .collect()
    } else {
        vec![]
    };
    let asks = file
        .companion_asks(task)
        .await?
        .into_iter()
        .map(|a| AskView {
            name: a.name,
            asked: local(a.asked_at),
            answer: a.answer,
        })
        .collect();
    let meetings = file
        .companion_meetings(task)
        .await?
        .into_iter()
        .map(|m| MeetingView {
            met_on: m.met_on,
            minutes: m.minutes,
            call_me: m.call_me,
        })
        .collect();
    let data = TaskPageData {
        task: task_view(row, now()),
        proposals,
        asks,
        meetings,
        has_consent: file.has_companion_consent().await?,
    };
    let head = case.head(&ctx, None).await?;
    Ok(case
        .render(
            &ctx,
            StatusCode::OK,
            move || view! { <CompanionTaskPage head=head data=data/> },
        )
        .await)
}

pub async fn ask(
    ctx: Ctx,
    Path((raw, task)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let task = parse_id(&task)?;
    let input: AskInput = form.input();
    // Our form always names the volunteer: without one, it is not our form.
    let volunteer = UserId(
        input
            .volunteer
            .trim()
            .parse::<i64>()
            .map_err(|_| AppError::BadRequest)?,
    );
    let file = case.file(&ctx);
    if !file.has_companion_consent().await? {
        return Err(AppError::NotFound);
    }
    let row = file.companion_task(task).await?.ok_or(AppError::NotFound)?;
    let starts_at = row.starts_at;
    if file
        .companion_asks(task)
        .await?
        .iter()
        .any(|a| a.volunteer_id == volunteer.0)
    {
        return case
            .done(&ctx, "companions", "companion-already-asked", &format!("/{task}"))
            .await;
    }
    // Only someone Lotse proposes: language, skill, a valid police certificate, free then.
    if row.status != CompanionStatus::Open
        || !proposals(&ctx, &case, &row)
            .await?
            .iter()
            .any(|p| p.user == volunteer.0)
        || !file.ask_companion(task, volunteer).await?
    {
        return Err(AppError::NotFound);
    }
    // The volunteer hears of it in Lotse and by mail: the time, no name, no place.
    let link = format!("/volunteer/companions/{task}");
    ctx.state
        .store
        .notify(
            volunteer,
            "companion-asked",
            &serde_json::json!({ "when": starts_at.to_string() }),
            Some(&link),
        )
        .await?;
    crate::web::companions::mail_ask(&ctx, volunteer, &link).await?;
    case.done(&ctx, "companions", "companion-asked", &format!("/{task}"))
        .await
}

pub async fn close(
    ctx: Ctx,
    Path((raw, task)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let task = parse_id(&task)?;
    let input: CloseInput = form.input();
    let version = input.version.trim().parse::<i64>().unwrap_or(-1);
    match case.file(&ctx).close_companion_task(task, version).await? {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            case.done(&ctx, "companions", "companion-closed", &format!("/{task}"))
                .await
        }
        Written::Conflict => {
            case.done(&ctx, "companions", "conflict-companion", &format!("/{task}"))
                .await
        }
    }
}
