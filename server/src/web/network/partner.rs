//! The partner's own page: the actor's entry, its posts and its matches. A partner
//! account reaches nothing else (the authorization matrix checks it).

use super::actors::{actor_values, parse_actor};
use super::exchange::parse_post;
use super::{choices, done, match_view, networker, parse_id, post_view, Networker, Part};
use crate::db::Saved;
use crate::time::today_iso;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::forms::FieldErrors;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::network::partner::{PartnerData, PartnerPage};
use lotse_app::pages::network::{ActorField, ACTOR_FORM, POST_FORM};

/// The partner and their actor's id; everyone else is forbidden here.
async fn partner(ctx: &Ctx) -> Result<(Networker, i64), AppError> {
    let n = networker(ctx).await?;
    match n.part {
        Part::Partner(actor) => Ok((n, actor)),
        _ => Err(AppError::Forbidden),
    }
}

async fn render(
    ctx: &Ctx,
    n: Networker,
    actor: i64,
    entry: Option<Posted>,
    post: Posted,
    status: StatusCode,
    alert: Option<String>,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let full = store
        .actor(n.municipality, actor)
        .await?
        .ok_or(AppError::NotFound)?;
    let entry = entry.unwrap_or_else(|| Posted {
        form: ACTOR_FORM.into(),
        values: actor_values(&full.actor, None),
        ..Posted::default()
    });
    let posts = store
        .actor_posts(actor, &today_iso())
        .await?
        .iter()
        .map(post_view)
        .collect();
    let mut matches = vec![];
    for m in store.actor_matches(actor).await?.iter().filter(|m| !m.declined) {
        matches.push(match_view(&n, m));
    }
    let data = PartnerData {
        actor: full.actor.name.clone(),
        version: full.actor.version,
        choices: choices(store, &n, false).await?,
        posts,
        matches,
        notice: crate::web::flash::Flash::notice_on(store, &n.token, &n.tr, status).await?,
        alert,
    };
    let nav = n.nav;
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <PartnerPage data=data entry=entry post=post user=nav/> }
        })
        .await)
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let (n, actor) = partner(&ctx).await?;
    render(&ctx, n, actor, None, Posted::default(), StatusCode::OK, None).await
}

/// Saves the actor's entry as its contact person keeps it (the links into the
/// directory stay as the coordination set them).
pub async fn save_entry(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (n, actor) = partner(&ctx).await?;
    let store = &ctx.state.store;
    let choices = choices(store, &n, false).await?;
    let version = form.get(ActorField::Version.name()).parse::<i64>().unwrap_or(0);
    let (status, alert, posted) = match parse_actor(&form, &choices, false) {
        Ok(a) => match store
            .update_actor(n.municipality, actor, version, &a, n.user)
            .await?
        {
            Saved::Done => return done(&ctx, &n, "actor-saved", "/network/mine").await,
            Saved::Conflict => (
                StatusCode::CONFLICT,
                n.tr.t("actor-conflict"),
                form.refused(ACTOR_FORM, FieldErrors::new()),
            ),
        },
        Err(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            n.tr.t("form-errors-heading"),
            form.refused(ACTOR_FORM, errors),
        ),
    };
    render(
        &ctx,
        n,
        actor,
        Some(posted),
        Posted::default(),
        status,
        Some(alert),
    )
    .await
}

pub async fn add_post(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (n, actor) = partner(&ctx).await?;
    let store = &ctx.state.store;
    let choices = choices(store, &n, false).await?;
    match parse_post(&form, &choices, &today_iso()) {
        Ok(mut p) => {
            p.actor_id = Some(actor);
            store.add_post(n.municipality, &p, n.user).await?;
            done(&ctx, &n, "post-saved", "/network/mine").await
        }
        Err(errors) => {
            let posted = form.refused(POST_FORM, errors);
            let alert = Some(n.tr.t("form-errors-heading"));
            render(
                &ctx,
                n,
                actor,
                None,
                posted,
                StatusCode::UNPROCESSABLE_ENTITY,
                alert,
            )
            .await
        }
    }
}

pub async fn close_post(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let (n, actor) = partner(&ctx).await?;
    let id = parse_id(&raw)?;
    if !ctx
        .state
        .store
        .close_post(n.municipality, id, Some(actor))
        .await?
    {
        return Err(AppError::NotFound);
    }
    done(&ctx, &n, "post-closed-notice", "/network/mine").await
}
