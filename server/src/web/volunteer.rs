//! The volunteer's own pages besides the shifts: accepting the invitation, the profile,
//! recorded hours with a yearly confirmation, the shift calendar and notices.

use crate::auth::credentials;
use crate::auth::permission::Principal;
use crate::db::groups::ProfileRow;
use crate::db::{now, Saved};
use crate::web::case::{form_alert, local, to_unix};
use crate::web::client::calendar::{with_places, FEED_DAYS_AHEAD, FEED_DAYS_BEHIND};
use crate::web::client::{host_of, ics_response};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use crate::web::signin::{hash_off_thread, signed_in};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use leptos::prelude::*;
use lotse_app::domain::{Lang, Role, UserId, SPOKEN_LANGUAGES};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::client_calendar::{MyCalendar, MyCalendarPage, NewLink};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::groups::{DAY_PARTS, SKILLS};
use lotse_app::pages::volunteer::{
    Hours, HoursCertificatePage, HoursEntry, HoursField, HoursInput, HoursPage, InterpretingJob,
    InvitationField, InvitationInput, InviteForm, InvitePage, OneToOneHours, ProfileField, ProfileForm,
    ProfileInput, VolunteerHomePage, VolunteerProfilePage, PROFILE_FORM,
};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The signed-in volunteer and the session's token (others go to their own home).
async fn volunteer(ctx: &Ctx) -> Result<(UserId, String), AppError> {
    let (p, session) = ctx.principal(false).await?;
    match p {
        Principal::Volunteer { user } => Ok((user, session.token_hash.clone())),
        other => Err(AppError::ElsewhereHome(other.home())),
    }
}

async fn after(ctx: &Ctx, token: &str, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

// --- the invitation ---

fn invitation_key(raw: &str) -> Result<String, AppError> {
    if raw.is_empty() || raw.len() > 100 {
        return Err(AppError::NotFound);
    }
    Ok(credentials::token_hash(raw))
}

pub async fn invitation_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (_, name, email) = ctx
        .state
        .store
        .invitation(&invitation_key(&raw)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let form = InviteForm {
        token: raw,
        name,
        email,
        ..InviteForm::default()
    };
    Ok(ctx
        .render(ctx.lang(false), move || view! { <InvitePage form=form/> })
        .await)
}

pub async fn accept_invitation(
    ctx: Ctx,
    Path(raw): Path<String>,
    form: FormData,
) -> Result<Response, AppError> {
    let key = invitation_key(&raw)?;
    let store = &ctx.state.store;
    let (_, name, email) = store.invitation(&key).await?.ok_or(AppError::NotFound)?;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let input: InvitationInput = form.input();
    let password = match parse_invitation(&input) {
        Ok(password) => password,
        Err(errors) => {
            let f = InviteForm {
                token: raw,
                name,
                email,
                errors,
                alert: Some(tr.t("form-errors-heading")),
            };
            return Ok(ctx
                .render_status(
                    lang,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    move || view! { <InvitePage form=f/> },
                )
                .await);
        }
    };
    let hash = hash_off_thread(password.to_string()).await?;
    let user = store
        .redeem_invitation(&key, &hash)
        .await?
        .ok_or(AppError::NotFound)?;
    store.set_user_lang(user, lang.code()).await?;
    signed_in(
        &ctx,
        user,
        Role::Volunteer,
        Some(Flash::Info {
            message: "invite-welcome".into(),
        }),
        None,
    )
    .await
}

/// The chosen password, or why it is refused: only its length is asked for, as the
/// page's hint says; it is hashed as typed, spaces and all.
fn parse_invitation(input: &InvitationInput) -> Result<&str, FieldErrors> {
    let mut p = Problems::new();
    if input.password.chars().count() < 12 {
        p.add(InvitationField::Password, Problem::new("password-too-short"));
    }
    p.finish(|| Some(input.password.as_str()))
}

// --- the profile ---

/// Only known codes, each once, in a stable order, whatever was ticked.
fn codes(input: &ProfileInput, group: ProfileField, allowed: &[String]) -> String {
    let chosen = input.ticked(group).collect::<Vec<_>>();
    allowed
        .iter()
        .filter(|a| chosen.contains(&a.as_str()))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The profile the boxes describe, with `note`. The boxes cannot be wrong (unknown codes
/// are dropped), so this is also what a refused form shows again.
fn ticked_profile(input: &ProfileInput, note: String, districts: &[(i64, String)]) -> ProfileRow {
    let district_ids: Vec<String> = districts.iter().map(|(id, _)| id.to_string()).collect();
    let languages: Vec<String> = SPOKEN_LANGUAGES.iter().map(|s| s.to_string()).collect();
    let skills: Vec<String> = SKILLS.iter().map(|s| s.to_string()).collect();
    ProfileRow {
        languages: codes(input, ProfileField::Languages, &languages),
        skills: codes(input, ProfileField::Skills, &skills),
        availability: codes(input, ProfileField::Availability, &slots()),
        districts: codes(input, ProfileField::Districts, &district_ids),
        note,
        version: input.version.parse::<i64>().unwrap_or(0),
    }
}

/// The profile as posted; only the note can be wrong.
fn parse_profile(input: &ProfileInput, districts: &[(i64, String)]) -> Result<ProfileRow, FieldErrors> {
    let mut p = Problems::new();
    let note = p.check(ProfileField::Note, forms::optional_text(&input.note, 1000));
    p.finish(|| Some(ticked_profile(input, note?.unwrap_or_default(), districts)))
}

fn slots() -> Vec<String> {
    (1..=7)
        .flat_map(|d| DAY_PARTS.iter().map(move |p| format!("{d}-{p}")))
        .collect()
}

/// The profile as the form's values (the boxes read codes separated by spaces).
fn profile_values(p: &ProfileRow) -> BTreeMap<String, String> {
    use ProfileField as F;
    BTreeMap::from([
        (F::Languages.name().to_string(), p.languages.clone()),
        (F::Skills.name().to_string(), p.skills.clone()),
        (F::Availability.name().to_string(), p.availability.clone()),
        (F::Districts.name().to_string(), p.districts.clone()),
        (F::Note.name().to_string(), p.note.clone()),
    ])
}

/// The districts of the volunteer's municipality.
async fn volunteer_districts(ctx: &Ctx) -> Result<Vec<(i64, String)>, AppError> {
    match ctx.session.as_ref().and_then(|s| s.user.municipality_id) {
        Some(m) => Ok(ctx
            .state
            .store
            .districts(lotse_app::domain::MunicipalityId(m))
            .await?),
        None => Ok(vec![]),
    }
}

pub async fn profile_page(ctx: Ctx) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let profile = store.volunteer_profile(user).await?;
    let f = ProfileForm {
        version: profile.version,
        districts: volunteer_districts(&ctx).await?,
        posted: Posted {
            form: PROFILE_FORM.into(),
            values: profile_values(&profile),
            ..Posted::default()
        },
        notice: Flash::take_info(store, &token, &tr).await?,
        ..ProfileForm::default()
    };
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <VolunteerProfilePage f=f user=nav/> })
        .await)
}

pub async fn save_profile(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let input: ProfileInput = form.input();
    let store = &ctx.state.store;
    let districts = volunteer_districts(&ctx).await?;
    let (status, alert, errors) = match parse_profile(&input, &districts) {
        Ok(profile) => match store.save_volunteer_profile(user, &profile).await? {
            Saved::Done => return after(&ctx, &token, "profile-saved", "/volunteer/profile").await,
            Saved::Conflict => (
                StatusCode::CONFLICT,
                Some(tr.t("profile-conflict")),
                FieldErrors::new(),
            ),
        },
        Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, form_alert(&tr), errors),
    };
    // The boxes as they were understood, and the note as typed.
    let values = profile_values(&ticked_profile(&input, input.note.clone(), &districts));
    let stored = store.volunteer_profile(user).await?;
    let f = ProfileForm {
        version: stored.version,
        districts,
        posted: Posted {
            values,
            ..form.refused(PROFILE_FORM, errors)
        },
        alert,
        notice: None,
    };
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <VolunteerProfilePage f=f user=nav/> },
        )
        .await)
}

// --- hours ---

#[derive(Deserialize, Default)]
pub struct YearParams {
    year: Option<i32>,
}

async fn hours_of(ctx: &Ctx, user: UserId, year: i32, lang: Lang) -> Result<Hours, AppError> {
    let from = to_unix(&format!("{year}-01-01"), 0, 0).unwrap_or(0);
    let to = to_unix(&format!("{}-01-01", year + 1), 0, 0).unwrap_or(i64::MAX);
    let rows = ctx
        .state
        .store
        .volunteer_hours(user, lang.code(), from, to)
        .await?;
    let one_to_one: Vec<OneToOneHours> = ctx
        .state
        .store
        .companion_hours(user, &format!("{year}-01-01"), &format!("{}-01-01", year + 1))
        .await?
        .into_iter()
        .map(|m| OneToOneHours {
            kind: m.kind,
            met_on: m.met_on,
            minutes: m.minutes,
        })
        .collect();
    let total_minutes = rows.iter().filter_map(|r| r.minutes).sum::<i64>()
        + one_to_one.iter().map(|o| o.minutes).sum::<i64>();
    let name = ctx
        .session
        .as_ref()
        .map(|s| s.user.display_name.clone())
        .unwrap_or_default();
    Ok(Hours {
        year,
        name,
        entries: rows
            .into_iter()
            .map(|r| HoursEntry {
                session_id: r.session_id,
                title: r.title,
                when: local(r.starts_at),
                role: r.role,
                session_minutes: r.session_minutes,
                minutes: r.minutes,
            })
            .collect(),
        one_to_one,
        total_minutes,
        ..Hours::default()
    })
}

fn year_of(q: &YearParams) -> i32 {
    let this = crate::time::today().year();
    q.year.filter(|y| (this - 10..=this).contains(y)).unwrap_or(this)
}

pub async fn hours_page(ctx: Ctx, Query(q): Query<YearParams>) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let mut h = hours_of(&ctx, user, year_of(&q), lang).await?;
    h.notice = Flash::take_info(&ctx.state.store, &token, &tr).await?;
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <HoursPage h=h user=nav/> })
        .await)
}

pub async fn record_hours(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let session = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    // Someone else's session is not found, whatever the form says.
    if !ctx.state.store.has_shift(session, user).await? {
        return Err(AppError::NotFound);
    }
    let minutes = match parse_hours(&form.input()) {
        Ok(m) => m,
        Err(_) => return after(&ctx, &token, "hours-invalid", "/volunteer/hours").await,
    };
    if !ctx.state.store.record_hours(session, user, minutes, user).await? {
        return Err(AppError::NotFound);
    }
    after(&ctx, &token, "hours-saved", "/volunteer/hours").await
}

/// The minutes worked, required: the list has no place to show a problem next to the
/// field, so the handler answers any problem with one notice.
fn parse_hours(input: &HoursInput) -> Result<i64, FieldErrors> {
    let mut p = Problems::new();
    let minutes = p.check(
        HoursField::Minutes,
        forms::optional_number(&input.minutes, 720).and_then(|m| m.ok_or(Problem::new("field-required"))),
    );
    p.finish(|| minutes)
}

pub async fn certificate(ctx: Ctx, Query(q): Query<YearParams>) -> Result<Response, AppError> {
    let (user, _) = volunteer(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let h = hours_of(&ctx, user, year_of(&q), lang).await?;
    let municipality = match ctx.session.as_ref().and_then(|s| s.user.municipality_id) {
        Some(m) => store
            .municipality_name(lotse_app::domain::MunicipalityId(m))
            .await?
            .unwrap_or_default(),
        None => String::new(),
    };
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render(
            lang,
            move || view! { <HoursCertificatePage h=h municipality=municipality user=nav/> },
        )
        .await)
}

// --- the shift calendar ---

pub async fn calendar_page(ctx: Ctx) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let (notice, new_link) = match Flash::take(store, &token).await? {
        Some(Flash::CalendarLink { secret }) => {
            let url = format!("{}/calendar/{secret}.ics", ctx.state.settings.public_url);
            let webcal = url
                .replacen("https://", "webcal://", 1)
                .replacen("http://", "webcal://", 1);
            let qr_svg = crate::web::qr::qr_svg(&webcal);
            (None, Some(NewLink { webcal, url, qr_svg }))
        }
        Some(Flash::Info { message }) => (Some(tr.t(&message)), None),
        _ => (None, None),
    };
    let data = MyCalendar {
        active: store.has_volunteer_calendar_token(user).await?,
        new_link,
        notice,
    };
    let nav = ctx.nav_user("/volunteer").unwrap_or_default();
    Ok(ctx
        .render(lang, move || {
            view! {
                <MyCalendarPage data=data user=nav base="/volunteer/calendar" back_href="/volunteer/shifts"
                    back_label="shifts-title" intro="shifts-calendar-intro"/>
            }
        })
        .await)
}

pub async fn new_calendar_link(ctx: Ctx) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    let secret = credentials::new_session_token();
    ctx.state
        .store
        .new_volunteer_calendar_token(user, &credentials::token_hash(&secret))
        .await?;
    Flash::CalendarLink { secret }
        .set(&ctx.state.store, &token)
        .await?;
    Ok(Redirect::to("/volunteer/calendar").into_response())
}

pub async fn revoke_calendar_link(ctx: Ctx) -> Result<Response, AppError> {
    let (user, token) = volunteer(&ctx).await?;
    ctx.state.store.revoke_volunteer_calendar_tokens(user).await?;
    after(&ctx, &token, "my-calendar-revoked", "/volunteer/calendar").await
}

/// The feed behind a volunteer's calendar link (the client feed's route hands over
/// tokens it does not know).
pub async fn shift_feed(ctx: &Ctx, token_hash: &str) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let user = store
        .volunteer_by_calendar_token(token_hash)
        .await?
        .ok_or(AppError::NotFound)?;
    let lang = store
        .user(user)
        .await?
        .and_then(|u| u.lang.as_deref().and_then(Lang::parse))
        .unwrap_or(Lang::DE);
    let tr = ctx.state.i18n.translator(lang);
    let at = now();
    let dates = store
        .volunteer_shift_dates(
            user,
            lang.code(),
            at - FEED_DAYS_BEHIND * 86_400,
            at + FEED_DAYS_AHEAD * 86_400,
        )
        .await?;
    let dates = with_places(store, dates, lang).await?;
    Ok(ics_response(
        crate::web::calendar_ics::shifts_feed(&tr, &host_of(ctx), &dates),
        "lotse-shifts.ics",
    ))
}

pub async fn read_notices(ctx: Ctx) -> Result<Response, AppError> {
    let (user, _) = volunteer(&ctx).await?;
    ctx.state.store.mark_notices_read(user).await?;
    Ok(Redirect::to("/volunteer").into_response())
}

/// The volunteer's start page: their groups, shifts and interpreting jobs.
pub async fn volunteer_home(ctx: Ctx) -> Result<Response, AppError> {
    let (p, session) = ctx.principal(false).await?;
    if !matches!(p, Principal::Volunteer { .. }) {
        return Ok(Redirect::to(p.home()).into_response());
    }
    let first_name = session
        .user
        .display_name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string();
    // Interpreting jobs from the pool: time and place, never whose case it is.
    let jobs = ctx
        .state
        .store
        .interpreter_assignments(p.user(), crate::db::now() - 3600)
        .await?
        .into_iter()
        .map(|a| InterpretingJob {
            when: super::case::local(a.starts_at),
            minutes: a.duration_minutes,
            place: a.place_name,
            address: a.address,
            room: a.room,
            language: a.interpreter_lang,
            guide_name: a.guide_name,
            guide_phone: a.guide_phone,
        })
        .collect();
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let store = &ctx.state.store;
    let notices = super::groups_manage::notice_views(store, p.user(), &tr).await?;
    let notice = super::flash::Flash::take_info(store, &session.token_hash, &tr).await?;
    let tasks = store
        .volunteer_tasks(p.user())
        .await?
        .into_iter()
        .map(super::companions::task_view)
        .collect();
    let user = ctx.nav_user("/volunteer").unwrap_or_default();
    let push_key = ctx.state.push.public_key().to_string();
    Ok(ctx.render(lang, move || {
        view! { <VolunteerHomePage first_name=first_name jobs=jobs tasks=tasks notices=notices notice=notice user=user push_key=push_key/> }
    }).await)
}
