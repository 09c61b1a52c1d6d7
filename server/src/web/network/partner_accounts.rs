//! An actor's partner accounts, kept by the coordination on the actor's page: inviting
//! the contact person (a one-time link, as staff are invited) and ending an account.

use super::actors::{load, render_edit, stored_form, Forms};
use super::{coordination, done, parse_id};
use crate::db::accounts::Refused;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::network::{PartnerField, PartnerInput, PARTNER_FORM};

/// Invites an actor's contact person: a partner account with a one-time link (shown
/// once, and mailed when a relay is set), as staff are invited.
pub async fn invite(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let store = &ctx.state.store;
    let full = load(store, &n, &raw).await?;
    let input: PartnerInput = form.input();
    let mut p = Problems::new();
    let name = p.check(PartnerField::Name, forms::required_text(&input.name, 160));
    let email = p.check(PartnerField::Email, forms::email(&input.email));
    let errors = match p.finish(|| Some((name?, email?))) {
        Ok((name, email)) => {
            let secret = crate::auth::credentials::new_session_token();
            let expires = crate::db::now() + crate::web::accounts::LINK_DAYS * 86_400;
            let hash = crate::auth::credentials::token_hash(&secret);
            match store
                .invite_partner(
                    n.municipality,
                    full.actor.id,
                    &name,
                    &email,
                    &hash,
                    expires,
                    n.user,
                )
                .await?
            {
                Ok(_) => {
                    let link = crate::web::accounts::welcome_link(&ctx, &secret);
                    crate::web::accounts::mail_link(&ctx, &email, &name, &link, false).await?;
                    Flash::InviteLink { link }.set(store, &n.token).await?;
                    return Ok(Redirect::to(&format!("/network/actors/{}", full.actor.id)).into_response());
                }
                Err(Refused::EmailTaken) => {
                    let mut e = FieldErrors::new();
                    e.insert(PartnerField::Email.name(), Problem::new("staff-email-taken"));
                    e
                }
                Err(_) => return Err(AppError::NotFound),
            }
        }
        Err(errors) => errors,
    };
    let forms = Forms {
        actor: stored_form(&full),
        partner: form.refused(PARTNER_FORM, errors),
        post: Posted::default(),
    };
    let alert = Some(n.tr.t("form-errors-heading"));
    render_edit(&ctx, n, full, forms, StatusCode::UNPROCESSABLE_ENTITY, alert).await
}

pub async fn end_partner(ctx: Ctx, Path((raw, user)): Path<(String, String)>) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let store = &ctx.state.store;
    let full = load(store, &n, &raw).await?;
    if !store
        .end_partner(n.municipality, full.actor.id, parse_id(&user)?, n.user)
        .await?
    {
        return Err(AppError::NotFound);
    }
    done(
        &ctx,
        &n,
        "partner-ended-notice",
        &format!("/network/actors/{}", full.actor.id),
    )
    .await
}
