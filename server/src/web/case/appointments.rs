//! Appointments and interpreter booking. Availability windows and language are checked
//! here; double booking is refused by the database (see `db::appointments`).

use super::{form_alert, local, local_weekday_minute, open, parse_id, Case};
use crate::db::appointments::{AvailabilityRow, Booking, InterpreterRow, NewAppointment};
use crate::db::case_file::Written;
use crate::db::clients::split_languages;
use crate::db::now;
use crate::push::Push;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::AppointmentStatus;
use lotse_app::domain::SPOKEN_LANGUAGES;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::appointments::{
    AppointmentField, AppointmentInput, AppointmentView, AppointmentsData, AppointmentsPage, BookingField,
    BookingInput, OutcomeField, OutcomeInput,
};

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
        .interpreters(case.municipality())
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
    let input: AppointmentInput = form.input();
    // Health appointments are the own guide's (special category): nobody else can make
    // one, and nobody else is offered the box.
    if input.health == "on" && !case.access.is_own_guide() {
        return Err(AppError::NotFound);
    }
    // The pool and its hours are only needed to check a chosen interpreter.
    let (pool, windows) = if input.interpreter.trim().is_empty() {
        (vec![], vec![])
    } else {
        (
            store.interpreters(case.municipality()).await?,
            store.availability(case.municipality()).await?,
        )
    };
    let (new, interpreter) = match parse(input, &pool, &windows) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return render(
                &ctx,
                &case,
                form.refused("appointment", errors),
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let file = case.file(&ctx);
    match file.create_appointment(&new, interpreter).await? {
        Ok(id) => {
            let store = &ctx.state.store;
            ctx.state
                .push
                .tell_client(store, file.client(), Push::AppointmentNew)
                .await?;
            case.done(
                &ctx,
                "appointments",
                "appointment-saved",
                &format!("#appointment-{id}"),
            )
            .await
        }
        Err(other) => {
            let mut errors = FieldErrors::new();
            errors.insert(
                AppointmentField::Interpreter.name(),
                Problem::with_when("booking-double", local(other)),
            );
            let posted = form.refused("appointment", errors);
            render(&ctx, &case, posted, form_alert(&tr), StatusCode::CONFLICT).await
        }
    }
}

/// A new appointment as posted, checked field by field, with the id of the interpreter
/// to book. `pool` is the municipality's interpreters and `windows` their hours (both
/// empty when no interpreter was chosen): one not in the pool, or not free then or not
/// speaking the language, is a problem with the `interpreter` field.
fn parse(
    input: AppointmentInput,
    pool: &[InterpreterRow],
    windows: &[AvailabilityRow],
) -> Result<(NewAppointment, Option<i64>), FieldErrors> {
    use AppointmentField as F;
    let mut p = Problems::new();
    let starts_at = forms::date_and_time(&mut p, (F::Date, &input.date), (F::Time, &input.time));
    let duration = p
        .check(F::Duration, forms::optional_number(&input.duration, 480))
        .map(|d| d.unwrap_or(60).max(15));
    let with_kind = p.check(
        F::WithKind,
        forms::required_choice(&input.with_kind, &["office", "guide"]),
    );
    let place_name = p.check(F::PlaceName, forms::required_text(&input.place_name, 200));
    let address = p.check(F::Address, forms::optional_text(&input.address, 300));
    let room = p.check(F::Room, forms::optional_text(&input.room, 100));
    let contact_person = p.check(F::ContactPerson, forms::optional_text(&input.contact_person, 200));
    let contact_phone = p.check(F::ContactPhone, forms::optional_phone(&input.contact_phone));
    let bring = p.check(F::Bring, forms::optional_text(&input.bring, 2000));
    let interpreter_lang = p.check(
        F::InterpreterLang,
        forms::optional_choice(&input.interpreter_lang, &SPOKEN_LANGUAGES),
    );
    let interpreter = p
        .check(
            F::Interpreter,
            forms::optional_pick(&input.interpreter, pool, |i| i.id),
        )
        .flatten();
    if let (Some(i), Some(t), Some(d), Some(lang)) = (interpreter, starts_at, duration, &interpreter_lang) {
        if let Err(reason) = suitability(i, windows, t, d, lang.as_deref()) {
            p.add(F::Interpreter, Problem::new(reason));
        }
    }
    let health = input.health == "on";
    p.finish(|| {
        let new = NewAppointment {
            starts_at: starts_at?,
            duration_minutes: duration?,
            with_kind: with_kind?,
            place_name: place_name?,
            address: address?,
            room: room?,
            contact_person: contact_person?,
            contact_phone: contact_phone?,
            bring: bring?.unwrap_or_default(),
            interpreter_lang: interpreter_lang?,
            health,
        };
        Some((new, interpreter.map(|i| i.id)))
    })
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
    let input: BookingInput = form.input();
    // The form has one field: whatever is wrong is said next to it.
    let refused = |problem: Problem| {
        let mut p = Problems::new();
        p.add(BookingField::Interpreter, problem);
        form.refused(&form_id, p.into_errors())
    };
    let list = store.interpreters(case.municipality()).await?;
    let chosen = input
        .interpreter
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(|id| list.into_iter().find(|i| i.id == id));
    let Some(i) = chosen else {
        return render(
            &ctx,
            &case,
            refused(Problem::new("choice-required")),
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let windows = store.availability(case.municipality()).await?;
    if let Err(reason) = suitability(
        &i,
        &windows,
        a.starts_at,
        a.duration_minutes,
        a.interpreter_lang.as_deref(),
    ) {
        return render(
            &ctx,
            &case,
            refused(Problem::new(reason)),
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    match case
        .file(&ctx)
        .book_interpreter(appointment, i.id, case.municipality())
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
            let posted = refused(Problem::with_when("booking-double", local(other)));
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
    let input: OutcomeInput = form.input();
    // A missing or garbled version matches none stored.
    let version = input.version.trim().parse::<i64>().unwrap_or(-1);
    let (status, outcome) = match parse_outcome(input) {
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
    let file = case.file(&ctx);
    match file
        .record_outcome(appointment, version, status, outcome.as_deref())
        .await?
    {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            if status == AppointmentStatus::Cancelled {
                let store = &ctx.state.store;
                ctx.state
                    .push
                    .tell_client(store, file.client(), Push::AppointmentCancelled)
                    .await?;
            }
            case.done(
                &ctx,
                "appointments",
                "appointment-outcome-saved",
                &format!("#appointment-{appointment}"),
            )
            .await
        }
        Written::Conflict => {
            // Nothing is wrong with what was typed: it is shown again next to the alert.
            let alert = Some(tr.t("conflict-appointment"));
            let posted = form.refused(&form_id, FieldErrors::new());
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

/// An appointment's outcome as posted: its status and, optionally, what came of it.
fn parse_outcome(input: OutcomeInput) -> Result<(AppointmentStatus, Option<String>), FieldErrors> {
    use OutcomeField as F;
    let mut p = Problems::new();
    let status = p.check(
        F::Status,
        forms::required_parsed(&input.status, AppointmentStatus::parse),
    );
    let outcome = p.check(F::Outcome, forms::optional_text(&input.outcome, 4000));
    p.finish(|| Some((status?, outcome?)))
}
