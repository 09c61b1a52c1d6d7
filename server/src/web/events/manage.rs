//! The coordinators' side of public events: the municipality's coordinator and its
//! volunteer coordinator make, change and cancel events, read who registered, and choose
//! which group offers the public page shows. Others: forbidden; another municipality's
//! event: not found.

use crate::auth::permission::Principal;
use crate::db::events::NewEvent;
use crate::db::Saved;
use crate::time::{local, now};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, MunicipalityId, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::events::manage::{
    EditData, EventEditPage, EventField, EventInput, EventsManagePage, ManageData, ManagedEvent,
    RegistrationView, DESCRIPTION_PREFIX, EVENT_FORM, TITLE_PREFIX,
};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::shell::NavUser;
use std::collections::BTreeMap;

struct Organiser {
    municipality: MunicipalityId,
    user: UserId,
    token: String,
    nav: NavUser,
    tr: Tr,
}

async fn organiser(ctx: &Ctx) -> Result<Organiser, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (Principal::Coordinator { user, municipality }
    | Principal::VolunteerCoordinator { user, municipality }) = p
    else {
        return Err(AppError::Forbidden);
    };
    Ok(Organiser {
        municipality,
        user,
        token: session.token_hash.clone(),
        nav: ctx.nav_user(p.home()).unwrap_or_default(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

async fn places(ctx: &Ctx, o: &Organiser) -> Result<Vec<(String, String)>, AppError> {
    let store = &ctx.state.store;
    let Some(county) = store.county_of(o.municipality).await? else {
        return Ok(vec![]);
    };
    Ok(store
        .office_names(county)
        .await?
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect())
}

async fn render_list(
    ctx: &Ctx,
    o: Organiser,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let mut events = vec![];
    for e in store.events_of(o.municipality, now() - 30 * 86_400).await? {
        let translated = store
            .event_texts(e.id)
            .await?
            .into_iter()
            .map(|(lang, ..)| lang)
            .filter(|l| l != "de")
            .collect();
        events.push(ManagedEvent {
            id: e.id,
            title: e.title.clone(),
            when: local(e.starts_at),
            where_line: e.where_line(),
            registration: e.registration,
            registered: e.registered,
            capacity: e.capacity,
            cancelled: e.status == "cancelled",
            translated,
        });
    }
    let data = ManageData {
        events,
        places: places(ctx, &o).await?,
        groups: store.groups_publicity(o.municipality).await?,
        notice: Flash::notice_on(store, &o.token, &o.tr, status).await?,
        alert,
    };
    let nav = o.nav;
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <EventsManagePage data=data posted=posted user=nav/> },
        )
        .await)
}

pub async fn list(ctx: Ctx) -> Result<Response, AppError> {
    let o = organiser(&ctx).await?;
    render_list(&ctx, o, Posted::default(), None, StatusCode::OK).await
}

async fn done(ctx: &Ctx, o: &Organiser, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &o.token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

/// An event as posted, checked field by field. `places` are the directory's.
fn parse(input: &EventInput, form: &FormData, places: &[(String, String)]) -> Result<NewEvent, FieldErrors> {
    use EventField as F;
    let mut p = Problems::<&'static str>::new();
    let starts_at = forms::date_and_time(
        &mut p,
        (F::Date.name(), &input.date),
        (F::Time.name(), &input.time),
    );
    let minutes = p
        .check(F::Minutes.name(), forms::optional_number(&input.minutes, 24 * 60))
        .map(|m| m.unwrap_or(120).max(15));
    let office_id = match input.office_id.trim() {
        "" => Some(None),
        raw if places.iter().any(|(id, _)| id == raw) => raw.parse::<i64>().ok().map(Some),
        _ => {
            p.add(F::OfficeId.name(), Problem::new("choice-invalid"));
            None
        }
    };
    let place = p.check(F::Place.name(), forms::optional_text(&input.place, 200));
    if input.office_id.trim().is_empty() && input.place.trim().is_empty() {
        p.add(F::Place.name(), Problem::new("event-place-needed"));
    }
    let registration = input.registration == "on";
    let capacity = p.check(
        F::Capacity.name(),
        forms::optional_number(&input.capacity, 100_000),
    );
    let mut texts = vec![];
    for &lang in Lang::all() {
        let (title_field, description_field) = (lang.field(TITLE_PREFIX), lang.field(DESCRIPTION_PREFIX));
        let german = lang == Lang::DE;
        let title = if german {
            p.check(title_field, forms::required_text(form.get(title_field), 120))
                .map(Some)
        } else {
            p.check(title_field, forms::optional_text(form.get(title_field), 120))
        };
        let description = p.check(
            description_field,
            forms::optional_text(form.get(description_field), 2000),
        );
        if let (Some(Some(t)), Some(d)) = (title, description) {
            texts.push((lang.code().to_string(), t, d.unwrap_or_default()));
        } else if !german
            && !form.get(description_field).trim().is_empty()
            && form.get(title_field).trim().is_empty()
        {
            p.add(title_field, Problem::new("event-title-needed"));
        }
    }
    p.finish(|| {
        Some(NewEvent {
            office_id: office_id?,
            place: place?.unwrap_or_default(),
            starts_at: starts_at?,
            minutes: minutes?,
            registration,
            capacity: capacity?.filter(|_| registration),
            texts,
        })
    })
}

pub async fn create(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let o = organiser(&ctx).await?;
    let input: EventInput = form.input();
    let places = places(&ctx, &o).await?;
    match parse(&input, &form, &places) {
        Ok(e) => {
            let id = ctx.state.store.add_event(o.municipality, &e, o.user).await?;
            done(&ctx, &o, "event-saved", &format!("/events/manage/{id}")).await
        }
        Err(errors) => {
            let alert = Some(o.tr.t("form-errors-heading"));
            render_list(
                &ctx,
                o,
                form.refused(EVENT_FORM, errors),
                alert,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

fn event_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

/// The stored event as the form's values.
async fn stored_values(ctx: &Ctx, id: i64) -> Result<BTreeMap<String, String>, AppError> {
    use EventField as F;
    let store = &ctx.state.store;
    let e = store.event(id, "de").await?.ok_or(AppError::NotFound)?;
    let when = local(e.starts_at);
    let mut v = BTreeMap::from([
        (F::Date.name().to_string(), when.date.clone()),
        (
            F::Time.name().to_string(),
            format!("{:02}:{:02}", when.hour, when.minute),
        ),
        (F::Minutes.name().to_string(), e.minutes.to_string()),
        (
            F::OfficeId.name().to_string(),
            e.office_id.map(|o| o.to_string()).unwrap_or_default(),
        ),
        (F::Place.name().to_string(), e.place.clone()),
        (
            F::Registration.name().to_string(),
            if e.registration {
                "on".into()
            } else {
                String::new()
            },
        ),
        (
            F::Capacity.name().to_string(),
            e.capacity.map(|c| c.to_string()).unwrap_or_default(),
        ),
    ]);
    for (lang, title, description) in store.event_texts(id).await? {
        if let Some(l) = Lang::from_code(&lang) {
            v.insert(l.field(TITLE_PREFIX).to_string(), title);
            v.insert(l.field(DESCRIPTION_PREFIX).to_string(), description);
        }
    }
    Ok(v)
}

async fn render_edit(
    ctx: &Ctx,
    o: Organiser,
    id: i64,
    posted: Option<Posted>,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let e = store.event(id, "de").await?.ok_or(AppError::NotFound)?;
    if e.municipality_id != o.municipality.0 {
        return Err(AppError::NotFound);
    }
    let posted = match posted {
        Some(p) => p,
        None => Posted {
            form: EVENT_FORM.into(),
            values: stored_values(ctx, id).await?,
            ..Posted::default()
        },
    };
    let registrations = store
        .event_registrations(o.municipality, id)
        .await?
        .into_iter()
        .map(|r| RegistrationView {
            name: r.name,
            people: r.people,
            contact: r.contact,
            lang: r.lang,
            at: local(r.created_at),
        })
        .collect();
    let data = EditData {
        id,
        version: e.version,
        title: e.title,
        cancelled: e.status == "cancelled",
        places: places(ctx, &o).await?,
        registrations,
        notice: Flash::notice_on(store, &o.token, &o.tr, status).await?,
        alert,
    };
    let nav = o.nav;
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <EventEditPage data=data posted=posted user=nav/> },
        )
        .await)
}

pub async fn edit(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let o = organiser(&ctx).await?;
    let id = event_id(&raw)?;
    render_edit(&ctx, o, id, None, None, StatusCode::OK).await
}

pub async fn save(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let o = organiser(&ctx).await?;
    let id = event_id(&raw)?;
    let store = &ctx.state.store;
    match store.event(id, "de").await? {
        Some(e) if e.municipality_id == o.municipality.0 => {}
        _ => return Err(AppError::NotFound),
    }
    let input: EventInput = form.input();
    let version = input.version.trim().parse::<i64>().unwrap_or(-1);
    let places = places(&ctx, &o).await?;
    match parse(&input, &form, &places) {
        Ok(e) => match store.update_event(o.municipality, id, version, &e).await? {
            Saved::Done => done(&ctx, &o, "event-saved", &format!("/events/manage/{id}")).await,
            Saved::Conflict => {
                // Someone saved meanwhile: what this person typed stays beside the alert.
                let alert = Some(o.tr.t("event-conflict"));
                let posted = form.refused(EVENT_FORM, FieldErrors::new());
                render_edit(&ctx, o, id, Some(posted), alert, StatusCode::CONFLICT).await
            }
        },
        Err(errors) => {
            let alert = Some(o.tr.t("form-errors-heading"));
            let posted = form.refused(EVENT_FORM, errors);
            render_edit(&ctx, o, id, Some(posted), alert, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub async fn cancel(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let o = organiser(&ctx).await?;
    let id = event_id(&raw)?;
    let store = &ctx.state.store;
    match store.event(id, "de").await? {
        Some(e) if e.municipality_id == o.municipality.0 => {}
        _ => return Err(AppError::NotFound),
    }
    let version = form.get("version").trim().parse::<i64>().unwrap_or(-1);
    match store.cancel_event(o.municipality, id, version).await? {
        Saved::Done => {
            done(
                &ctx,
                &o,
                "event-cancelled-notice",
                &format!("/events/manage/{id}"),
            )
            .await
        }
        Saved::Conflict => done(&ctx, &o, "event-conflict", &format!("/events/manage/{id}")).await,
    }
}

pub async fn set_group_public(
    ctx: Ctx,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let o = organiser(&ctx).await?;
    let group = event_id(&raw)?;
    // Another municipality's offer is not found, whatever the form says.
    let store = &ctx.state.store;
    if !store
        .groups_publicity(o.municipality)
        .await?
        .iter()
        .any(|(id, ..)| *id == group)
    {
        return Err(AppError::NotFound);
    }
    let public = match form.get("public") {
        "on" => true,
        "off" => false,
        _ => return Err(AppError::BadRequest),
    };
    store.set_group_public(o.municipality, group, public).await?;
    done(&ctx, &o, "event-group-saved", "/events/manage").await
}
