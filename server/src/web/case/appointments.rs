//! Appointments and interpreter booking. Availability windows and language are checked
//! here; double booking is refused by the database (see `db::appointments`).

use super::{form_alert, local, local_weekday_minute, open, parse_id, to_unix, Case, Checks};
use crate::db::appointments::{AvailabilityRow, Booking, InterpreterRow, NewAppointment};
use crate::db::case_file::Written;
use crate::db::clients::split_languages;
use crate::db::now;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::APPOINTMENT_STATUS;
use lotse_app::domain::SPOKEN_LANGUAGES;
use lotse_app::forms::Problem;
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::appointments::{AppointmentView, AppointmentsData, AppointmentsPage};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

fn interpreter_label(tr: &Tr, i: &InterpreterRow) -> String {
    let langs = split_languages(&i.languages)
        .iter()
        .map(|l| tr.t(&format!("language-{l}")))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{} – {langs}", i.name)
}

pub(super) async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let tr = case.tr(ctx);
    let now = now();
    let appointments = case
        .file(ctx)
        .appointments()
        .await?
        .into_iter()
        .map(|a| AppointmentView {
            id: a.id,
            when: local(a.starts_at),
            duration_minutes: a.duration_minutes,
            with_kind: a.with_kind,
            place_name: a.place_name,
            address: a.address,
            room: a.room,
            contact_person: a.contact_person,
            contact_phone: a.contact_phone,
            bring: a
                .bring
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
            interpreter_lang: a.interpreter_lang,
            interpreter_name: a.interpreter_name,
            status: a.status,
            outcome: a.outcome,
            client_confirmed: a.client_confirmed_at.is_some(),
            past: a.starts_at < now,
            version: a.version,
            veiled: a.health && !case.access.is_own_guide(),
            health: a.health,
        })
        .collect();
    let interpreters = store
        .interpreters(case.municipality)
        .await?
        .iter()
        .map(|i| (i.id, interpreter_label(&tr, i)))
        .collect();
    let head = case.head(ctx, alert).await?;
    let data = AppointmentsData {
        appointments,
        interpreters,
        deadlines: crate::web::client::deadlines::collect(&case.file(ctx)).await?,
        own_guide: case.access.is_own_guide(),
    };
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <AppointmentsPage head=head data=data posted=posted/> },
        )
        .await)
}

/// Can this interpreter take an appointment at this time in this language? Returns the
/// message id of the reason when not.
fn suitability(
    i: &InterpreterRow,
    windows: &[AvailabilityRow],
    starts_at: i64,
    minutes: i64,
    lang: Option<&str>,
) -> Result<(), &'static str> {
    if let Some(l) = lang {
        if !split_languages(&i.languages).iter().any(|x| x == l) {
            return Err("booking-wrong-language");
        }
    }
    let (day, start) = local_weekday_minute(starts_at);
    let end = start + minutes;
    let fits = windows
        .iter()
        .filter(|w| w.interpreter_id == i.id)
        .any(|w| w.weekday == day && w.start_minute <= start && end <= w.end_minute);
    if fits {
        Ok(())
    } else {
        Err("booking-not-available")
    }
}

pub async fn create(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let store = &ctx.state.store;
    let tr = case.tr(&ctx);
    let mut checks = Checks::new();
    let date = checks.check("date", forms::required_date(form.get("date")));
    let time = checks.check("time", forms::time_of_day(form.get("time")));
    let duration = checks
        .check("duration", forms::optional_number(form.get("duration"), 480))
        .map(|d| d.unwrap_or(60).max(15));
    let with_kind = checks.check(
        "with_kind",
        forms::required_choice(form.get("with_kind"), &["office", "guide"]),
    );
    let place_name = checks.check("place_name", forms::required_text(form.get("place_name"), 200));
    let address = checks.check("address", forms::optional_text(form.get("address"), 300));
    let room = checks.check("room", forms::optional_text(form.get("room"), 100));
    let contact_person = checks.check(
        "contact_person",
        forms::optional_text(form.get("contact_person"), 200),
    );
    let contact_phone = checks.check("contact_phone", forms::optional_phone(form.get("contact_phone")));
    let bring = checks.check("bring", forms::optional_text(form.get("bring"), 2000));
    let interpreter_lang = checks.check(
        "interpreter_lang",
        forms::optional_choice(form.get("interpreter_lang"), &SPOKEN_LANGUAGES),
    );
    // Health appointments are the own guide's (special category): nobody else can make
    // one, and nobody else is offered the box.
    let health = form.get("health") == "on";
    if health && !case.access.is_own_guide() {
        return Err(AppError::NotFound);
    }
    let starts_at = match (&date, time) {
        (Some(d), Some((h, m))) => {
            let t = to_unix(d, h, m);
            if t.is_none() {
                checks.fail("time", "time-invalid");
            }
            t
        }
        _ => None,
    };
    let interpreter = match form.get("interpreter").trim() {
        "" => None,
        raw => {
            let list = store.interpreters(case.municipality).await?;
            match raw
                .parse::<i64>()
                .ok()
                .and_then(|id| list.into_iter().find(|i| i.id == id))
            {
                Some(i) => Some(i),
                None => {
                    checks.fail("interpreter", "choice-invalid");
                    None
                }
            }
        }
    };
    if let (Some(i), Some(t), Some(d), Some(lang)) = (&interpreter, starts_at, duration, &interpreter_lang) {
        let windows = store.availability(case.municipality).await?;
        if let Err(reason) = suitability(i, &windows, t, d, lang.as_deref()) {
            checks.fail("interpreter", reason);
        }
    }
    let fields = (
        starts_at,
        duration,
        with_kind,
        place_name,
        address,
        room,
        contact_person,
        contact_phone,
        bring,
        interpreter_lang,
    );
    let (
        Some(starts_at),
        Some(duration),
        Some(with_kind),
        Some(place_name),
        Some(address),
        Some(room),
        Some(contact_person),
        Some(contact_phone),
        Some(bring),
        Some(interpreter_lang),
    ) = fields
    else {
        let posted = checks.posted("appointment", &form);
        return render(
            &ctx,
            &case,
            posted,
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    if !checks.ok() {
        let posted = checks.posted("appointment", &form);
        return render(
            &ctx,
            &case,
            posted,
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let new = NewAppointment {
        starts_at,
        duration_minutes: duration,
        with_kind,
        place_name,
        address,
        room,
        contact_person,
        contact_phone,
        bring: bring.unwrap_or_default(),
        interpreter_lang,
        health,
    };
    match case
        .file(&ctx)
        .create_appointment(&new, interpreter.as_ref().map(|i| i.id))
        .await?
    {
        Ok(id) => {
            case.done(
                &ctx,
                "appointments",
                "appointment-saved",
                &format!("#appointment-{id}"),
            )
            .await
        }
        Err(other) => {
            let when = local(other);
            checks
                .errors
                .insert("interpreter", Problem::with_when("booking-double", when));
            let posted = checks.posted("appointment", &form);
            render(&ctx, &case, posted, form_alert(&tr), StatusCode::CONFLICT).await
        }
    }
}

pub async fn book(
    ctx: Ctx,
    Path((raw, appointment)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let appointment = parse_id(&appointment)?;
    let store = &ctx.state.store;
    let tr = case.tr(&ctx);
    let form_id = format!("book-{appointment}");
    let a = case
        .file(&ctx)
        .appointment(appointment)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut checks = Checks::new();
    let list = store.interpreters(case.municipality).await?;
    let chosen = form
        .get("interpreter")
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| list.into_iter().find(|i| i.id == id));
    let Some(i) = chosen else {
        checks.fail("interpreter", "choice-required");
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
    let windows = store.availability(case.municipality).await?;
    if let Err(reason) = suitability(
        &i,
        &windows,
        a.starts_at,
        a.duration_minutes,
        a.interpreter_lang.as_deref(),
    ) {
        checks.fail("interpreter", reason);
        let posted = checks.posted(&form_id, &form);
        return render(
            &ctx,
            &case,
            posted,
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match case
        .file(&ctx)
        .book_interpreter(appointment, i.id, case.municipality)
        .await?
    {
        Booking::Booked => {
            case.done(
                &ctx,
                "appointments",
                "booking-done",
                &format!("#appointment-{appointment}"),
            )
            .await
        }
        Booking::DoubleBooked(other) => {
            checks
                .errors
                .insert("interpreter", Problem::with_when("booking-double", local(other)));
            let posted = checks.posted(&form_id, &form);
            render(&ctx, &case, posted, form_alert(&tr), StatusCode::CONFLICT).await
        }
        Booking::NotFound => Err(AppError::NotFound),
    }
}

pub async fn outcome(
    ctx: Ctx,
    Path((raw, appointment)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let appointment = parse_id(&appointment)?;
    let tr = case.tr(&ctx);
    let form_id = format!("outcome-{appointment}");
    let mut checks = Checks::new();
    let status = checks.check(
        "status",
        forms::required_choice(form.get("status"), &APPOINTMENT_STATUS),
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
        .record_outcome(appointment, version, &status, outcome.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            case.done(
                &ctx,
                "appointments",
                "appointment-outcome-saved",
                &format!("#appointment-{appointment}"),
            )
            .await
        }
        Written::Conflict => {
            let alert = Some(tr.t("conflict-appointment"));
            let posted = checks.posted(&form_id, &form);
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}
