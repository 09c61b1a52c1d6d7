//! The municipality's volunteers: inviting by e-mail link, a volunteer's profile and
//! groups, and the documents the coordinator has checked (Lotse keeps no copy, only
//! the kind, who checked it, and until when it is valid).

use super::{document_view, planner, Planner};
use crate::auth::credentials;
use crate::db::groups::{Invited, DOCUMENT_KINDS};
use crate::db::now;
use crate::web::case::form_alert;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;
use leptos::prelude::*;
use lotse_app::domain::UserId;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::groups::{
    DocumentField, DocumentInput, InviteField, InviteInput, VolunteerAdmin, VolunteerAdminPage,
    VolunteerListRow, VolunteersAdmin, VolunteersAdminPage, DOCUMENT_FORM, INVITE_FORM,
};

/// How long an invitation link works.
const INVITATION_DAYS: i64 = 14;

async fn render_list(
    ctx: &Ctx,
    p: &Planner,
    posted: Posted,
    alert: Option<String>,
    invite_link: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let today = crate::time::today();
    let a = VolunteersAdmin {
        volunteers: store
            .municipality_volunteers(p.municipality)
            .await?
            .into_iter()
            .map(|v| VolunteerListRow {
                id: v.id,
                name: v.display_name,
                email: v.email.unwrap_or_default(),
                active: v.active,
            })
            .collect(),
        documents: store
            .volunteer_documents(p.municipality, None)
            .await?
            .iter()
            .map(|d| document_view(&p.tr, d, today))
            .collect(),
        invite_link,
        mail_configured: ctx.state.settings.smtp_url.is_some(),
        posted,
        alert,
        notice: p.notice(ctx).await?,
    };
    let nav = p.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <VolunteersAdminPage a=a user=nav/> },
        )
        .await)
}

pub async fn volunteers_page(ctx: Ctx) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    // Right after an invitation: its link, shown once.
    let link = match Flash::take(&ctx.state.store, &p.token).await? {
        Some(Flash::InviteLink { link }) => Some(link),
        _ => None,
    };
    render_list(&ctx, &p, Posted::default(), None, link, StatusCode::OK).await
}

/// The invitation mail, in German (the volunteer chooses their language on the page).
fn invitation_mail(p: &Planner, name: &str, link: &str) -> (String, String) {
    let de = &p.tr;
    (
        de.t("invite-mail-subject"),
        de.ta(
            "invite-mail-body",
            &[
                ("name", name.to_string().into()),
                ("link", link.to_string().into()),
                ("days", INVITATION_DAYS.into()),
            ],
        ),
    )
}

/// An invitation as posted: (name, e-mail address).
fn parse_invite(input: &InviteInput) -> Result<(String, String), FieldErrors> {
    use InviteField as F;
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 100));
    let email = p.check(F::Email, forms::email(&input.email));
    p.finish(|| Some((name?, email?)))
}

pub async fn invite(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let errors = match parse_invite(&form.input()) {
        Ok((name, email)) => {
            let secret = credentials::new_session_token();
            let expires = now() + INVITATION_DAYS * 86_400;
            let store = &ctx.state.store;
            match store
                .invite_volunteer(
                    p.municipality,
                    &name,
                    &email,
                    &credentials::token_hash(&secret),
                    expires,
                    p.user,
                )
                .await?
            {
                Invited::New(_) | Invited::Again(_) => {
                    let link = format!("{}/invite/{secret}", ctx.state.settings.public_url);
                    let (subject, body) = invitation_mail(&p, &name, &link);
                    store.enqueue_mail(&email, &subject, &body).await?;
                    // The link is shown once on the next page, for passing on by hand.
                    Flash::InviteLink { link }.set(store, &p.token).await?;
                    return Ok(Redirect::to("/groups/manage/volunteers").into_response());
                }
                Invited::Taken => {
                    let mut errors = FieldErrors::new();
                    errors.insert(InviteField::Email.name(), Problem::new("invite-email-taken"));
                    errors
                }
            }
        }
        Err(errors) => errors,
    };
    let posted = form.refused(INVITE_FORM, errors);
    render_list(
        &ctx,
        &p,
        posted,
        form_alert(&p.tr),
        None,
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

/// A volunteer of this municipality, by the id in the path.
async fn volunteer_of(
    ctx: &Ctx,
    p: &Planner,
    raw: &str,
) -> Result<crate::db::groups::VolunteerRow, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    ctx.state
        .store
        .municipality_volunteers(p.municipality)
        .await?
        .into_iter()
        .find(|v| v.id == id)
        .ok_or(AppError::NotFound)
}

async fn render_volunteer(
    ctx: &Ctx,
    p: &Planner,
    v: crate::db::groups::VolunteerRow,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let user = UserId(v.id);
    let profile = store.volunteer_profile(user).await?;
    let today = crate::time::today();
    let titles = store.group_titles(p.municipality).await?;
    let groups = store
        .volunteer_groups(user)
        .await?
        .into_iter()
        .filter_map(|g| titles.iter().find(|(id, _)| *id == g).map(|(_, t)| t.clone()))
        .collect();
    let year_start = crate::web::case::to_unix(&format!("{}-01-01", today.year()), 0, 0).unwrap_or(0);
    let minutes = store
        .volunteer_hours(user, "de", year_start, now() + 1)
        .await?
        .iter()
        .filter_map(|h| h.minutes)
        .sum::<i64>()
        // One-to-one time counts like shift time (kind and date only: no client).
        + store
            .companion_hours(user, &format!("{}-01-01", today.year()), &format!("{}-01-01", today.year() + 1))
            .await?
            .iter()
            .map(|h| h.minutes)
            .sum::<i64>();
    let split = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let a = VolunteerAdmin {
        id: v.id,
        name: v.display_name,
        email: v.email.unwrap_or_default(),
        languages: split(&profile.languages),
        skills: split(&profile.skills),
        availability: split(&profile.availability),
        note: profile.note,
        documents: store
            .volunteer_documents(p.municipality, Some(user))
            .await?
            .iter()
            .map(|d| document_view(&p.tr, d, today))
            .collect(),
        groups,
        minutes_this_year: minutes,
        posted,
        alert,
        notice: p.notice(ctx).await?,
    };
    let nav = p.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <VolunteerAdminPage a=a user=nav/> },
        )
        .await)
}

pub async fn volunteer_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let v = volunteer_of(&ctx, &p, &raw).await?;
    render_volunteer(&ctx, &p, v, Posted::default(), None, StatusCode::OK).await
}

/// A checked document as posted: (kind, valid until, if it runs out at all).
fn parse_document(input: &DocumentInput) -> Result<(String, Option<String>), FieldErrors> {
    use DocumentField as F;
    let mut p = Problems::new();
    let kind = p.check(F::Kind, forms::required_choice(&input.kind, &DOCUMENT_KINDS));
    let until = p.check(F::ValidUntil, forms::optional_date(&input.valid_until));
    p.finish(|| Some((kind?, until?)))
}

pub async fn add_document(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let v = volunteer_of(&ctx, &p, &raw).await?;
    let errors = match parse_document(&form.input()) {
        Ok((kind, until)) => {
            ctx.state
                .store
                .add_volunteer_document(UserId(v.id), &kind, until.as_deref(), p.user)
                .await?;
            return p
                .saved(
                    &ctx,
                    "document-saved",
                    &format!("/groups/manage/volunteers/{}", v.id),
                )
                .await;
        }
        Err(errors) => errors,
    };
    let posted = form.refused(DOCUMENT_FORM, errors);
    render_volunteer(
        &ctx,
        &p,
        v,
        posted,
        form_alert(&p.tr),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn remove_document(
    ctx: Ctx,
    Path((raw, doc)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let v = volunteer_of(&ctx, &p, &raw).await?;
    let doc = doc.parse::<i64>().map_err(|_| AppError::NotFound)?;
    if !ctx
        .state
        .store
        .remove_volunteer_document(UserId(v.id), doc)
        .await?
    {
        return Err(AppError::NotFound);
    }
    p.saved(
        &ctx,
        "document-removed",
        &format!("/groups/manage/volunteers/{}", v.id),
    )
    .await
}
