//! Public events, without sign-in: the list (with public group offers), an event's page
//! and registration, its iCalendar file, the feed, and the poster with a QR code. The
//! coordinators' side is [`manage`].

pub mod manage;

use crate::auth::credentials::token_hash;
use crate::db::events::{EventRow, NewRegistration, Registered};
use crate::time::{local, now};
use crate::web::client::{host_of, ics_response};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};
use leptos::prelude::*;
use lotse_app::domain::{Lang, MunicipalityId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::events::{
    EventPage, EventPageData, EventPosterPage, EventsData, EventsPage, PublicEvent, PublicGroup,
    RegisterField, RegisterInput, REGISTER_FORM,
};
use lotse_app::pages::forms::Posted;
use serde::Deserialize;

/// How far ahead the list and the feed reach.
const AHEAD_DAYS: i64 = 365;
/// Registrations one address may send in an hour (against floods; kept in the database
/// so that every instance counts the same).
const REGISTRATIONS_PER_HOUR: i64 = 10;

/// `?m=`: one municipality of a public page (an unknown one: all).
#[derive(Deserialize, Default)]
pub struct Place {
    m: Option<String>,
}

impl Place {
    pub fn municipality(&self) -> Option<MunicipalityId> {
        self.m.as_deref().and_then(|m| m.parse().ok()).map(MunicipalityId)
    }
}

pub fn public_event(e: EventRow) -> PublicEvent {
    PublicEvent {
        where_line: e.where_line(),
        free: e.free(),
        cancelled: e.status == "cancelled",
        past: e.starts_at + e.minutes * 60 < now(),
        id: e.id,
        municipality: e.municipality,
        title: e.title,
        description: e.description,
        text_lang: e.text_lang,
        when: local(e.starts_at),
        minutes: e.minutes,
        office_id: e.office_id,
        registration: e.registration,
    }
}

pub async fn list(ctx: Ctx, Query(place): Query<Place>) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let municipalities: Vec<(i64, String)> = store
        .municipalities(None)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect();
    // An unknown place shows all.
    let chosen = place
        .municipality()
        .filter(|m| municipalities.iter().any(|(id, _)| *id == m.0));
    let at = now();
    let events = store
        .public_events(chosen, lang.code(), at, at + AHEAD_DAYS * 86_400)
        .await?
        .into_iter()
        .map(public_event)
        .collect();
    let groups = store
        .public_groups(chosen, lang.code())
        .await?
        .into_iter()
        .map(|g| PublicGroup {
            where_line: [g.office_name.clone().unwrap_or_default(), g.address.clone()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", "),
            municipality: g.municipality,
            title: g.title,
            text_lang: g.text_lang,
            category: g.category,
            next: g.next_at.map(local),
            childcare: g.childcare,
        })
        .collect();
    let data = EventsData {
        events,
        groups,
        municipalities,
        chosen: chosen.map(|m| m.0),
    };
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || view! { <EventsPage data=data user=user/> })
        .await)
}

/// The event in the reader's language, or "not found".
async fn found(ctx: &Ctx, id: i64, lang: Lang) -> Result<EventRow, AppError> {
    ctx.state
        .store
        .event(id, lang.code())
        .await?
        .ok_or(AppError::NotFound)
}

fn event_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

async fn render(
    ctx: &Ctx,
    id: i64,
    posted: Posted,
    notice: Option<String>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let row = found(ctx, id, lang).await?;
    // A signed-in client or volunteer need not type their first name.
    let name = ctx
        .session
        .as_ref()
        .filter(|s| !s.role.is_staff())
        .map(|s| crate::db::companions::first_name(&s.user.display_name))
        .unwrap_or_default();
    let data = EventPageData {
        event: public_event(row),
        posted,
        notice,
        alert,
        name,
        key: forms::idempotency_key(),
    };
    let user = ctx.nav_user("/");
    Ok(ctx
        .render_status(lang, status, move || view! { <EventPage data=data user=user/> })
        .await)
}

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let id = event_id(&raw)?;
    render(&ctx, id, Posted::default(), None, None, StatusCode::OK).await
}

/// A registration as posted: (first name, people, contact).
fn parse(input: &RegisterInput) -> Result<(String, i64, String), FieldErrors> {
    use RegisterField as F;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 60));
    let people = p.check(
        F::People,
        forms::optional_number(&input.people, 20).and_then(|n| match n {
            Some(n) if n >= 1 => Ok(n),
            Some(_) => Err(Problem::new("event-people-invalid")),
            None => Err(Problem::new("field-required")),
        }),
    );
    let contact = p.check(F::Contact, forms::optional_text(&input.contact, 120));
    p.finish(|| Some((name?, people?, contact?.unwrap_or_default())))
}

pub async fn register(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let id = event_id(&raw)?;
    let key = forms::posted_key(&form)?;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let store = &ctx.state.store;
    found(&ctx, id, lang).await?;
    let input: RegisterInput = form.input();
    let refused = |errors: FieldErrors, status: StatusCode| {
        let posted = form.refused(REGISTER_FORM, errors);
        let alert = Some(tr.t("form-errors-heading"));
        let ctx = &ctx;
        async move { render(ctx, id, posted, None, alert, status).await }
    };
    // A machine filled the field people never see: it is told nothing went wrong.
    if !input.website.is_empty() {
        return render(
            &ctx,
            id,
            Posted::default(),
            Some(tr.t("event-registered-notice")),
            None,
            StatusCode::OK,
        )
        .await;
    }
    let (name, people, contact) = match parse(&input) {
        Ok(p) => p,
        Err(errors) => return refused(errors, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    let bucket = token_hash(&format!("address:{}", ctx.address));
    if !store
        .post_throttle(&bucket, "event-register", REGISTRATIONS_PER_HOUR, 3_600)
        .await?
    {
        let mut errors = FieldErrors::new();
        errors.insert(RegisterField::Name.name(), Problem::new("event-too-many"));
        return refused(errors, StatusCode::TOO_MANY_REQUESTS).await;
    }
    let reg = NewRegistration {
        name,
        people,
        contact,
        lang: lang.code().into(),
        user: ctx.session.as_ref().map(|s| s.user.user_id()),
        key_hash: token_hash(&key),
    };
    match store.register_for_event(id, &reg).await? {
        Registered::New | Registered::Again => {
            render(
                &ctx,
                id,
                Posted::default(),
                Some(tr.t("event-registered-notice")),
                None,
                StatusCode::OK,
            )
            .await
        }
        Registered::Full => {
            let mut errors = FieldErrors::new();
            errors.insert(
                RegisterField::People.name(),
                Problem::new("event-not-enough-places"),
            );
            refused(errors, StatusCode::CONFLICT).await
        }
        Registered::Closed => {
            let mut errors = FieldErrors::new();
            errors.insert(
                RegisterField::Name.name(),
                Problem::new("event-registration-closed"),
            );
            refused(errors, StatusCode::CONFLICT).await
        }
    }
}

/// An event for a calendar app: its title in the reader's language, a cancelled one
/// as CANCELLED (phones strike it out), SEQUENCE telling which copy is newer.
fn ics_event(host: &str, e: &EventRow) -> Event {
    let start = Utc.timestamp_opt(e.starts_at, 0).single().unwrap_or_default();
    let mut event = Event::new();
    event
        .uid(&format!("event-{}@{host}", e.id))
        .summary(&e.title)
        .location(&e.where_line())
        .starts(start)
        .ends(start + chrono::Duration::minutes(e.minutes))
        .add_property("SEQUENCE", e.version.to_string())
        .add_property("URL", format!("https://{host}/events/{}", e.id));
    if !e.description.is_empty() {
        event.description(&e.description);
    }
    if e.status == "cancelled" {
        event.status(icalendar::EventStatus::Cancelled);
    } else {
        event.status(icalendar::EventStatus::Confirmed);
    }
    event.done()
}

pub async fn ics(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let id = event_id(&raw)?;
    let lang = ctx.lang(false);
    let row = found(&ctx, id, lang).await?;
    let mut cal = Calendar::new();
    cal.push(ics_event(&host_of(&ctx), &row));
    Ok(ics_response(
        crate::web::calendar_ics::serialize(&mut cal),
        &format!("event-{id}.ics"),
    ))
}

/// The feed of events ahead (of one municipality with `?m=`), for subscribing.
pub async fn feed(ctx: Ctx, Query(place): Query<Place>) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let at = now();
    let rows = ctx
        .state
        .store
        .public_events(
            place.municipality(),
            lang.code(),
            at - 7 * 86_400,
            at + AHEAD_DAYS * 86_400,
        )
        .await?;
    let host = host_of(&ctx);
    let mut cal = Calendar::new();
    cal.name(&tr.t("events-title"));
    for e in &rows {
        cal.push(ics_event(&host, e));
    }
    Ok(ics_response(
        crate::web::calendar_ics::serialize(&mut cal),
        "events.ics",
    ))
}

pub async fn poster(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let id = event_id(&raw)?;
    let lang = ctx.lang(false);
    let row = found(&ctx, id, lang).await?;
    // The code opens the page in the language of the phone that reads it.
    let url = format!("{}/events/{id}", ctx.state.settings.public_url);
    let qr_svg = crate::web::qr::qr_svg(&url);
    let event = public_event(row);
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || {
            view! { <EventPosterPage event=event url=url qr_svg=qr_svg user=user/> }
        })
        .await)
}
