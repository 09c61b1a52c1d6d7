//! One client's record for the data-protection officer: restriction (and lifting it),
//! the client's requests, recording a request that came on paper, and the full export
//! (art. 15/20) the client would download themselves. Each look is logged.

use super::{officer, request_view, Officer};
use crate::auth::permission::privacy_access;
use crate::db::access_log::Action;
use crate::db::privacy::{Filed, NewPrivacyRequest};
use crate::web::case::{form_alert, local};
use crate::web::client::data::{gather, to_json};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::ClientId;
use lotse_app::forms::{FieldErrors, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::privacy::client::{
    PaperField, PaperInput, PrivacyClientData, PrivacyClientPage, PAPER_FORM,
};
use lotse_app::pages::privacy::FoundClient;
use lotse_app::privacy::PrivacyKind;

fn client_id(raw: &str) -> Result<ClientId, AppError> {
    raw.parse::<i64>().map(ClientId).map_err(|_| AppError::NotFound)
}

async fn render(
    ctx: &Ctx,
    o: &Officer,
    id: ClientId,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let access = privacy_access(store, &o.principal, id).await?;
    let file = store.case(&access);
    let overview = file.overview().await?.ok_or(AppError::NotFound)?;
    let scope = store.client_scope(id).await?.ok_or(AppError::NotFound)?;
    let requests = file
        .privacy_requests()
        .await?
        .into_iter()
        .map(|r| request_view(r, None))
        .collect();
    let data = PrivacyClientData {
        client: FoundClient {
            id: id.0,
            name: format!("{} {}", overview.first_name, overview.last_name),
            number: overview.login_number.clone(),
            closed: scope.closed_at.is_some(),
            restricted: scope.restricted_at.is_some(),
        },
        restricted_on: scope.restricted_at.map(|at| local(at).date),
        requests,
        notice: Flash::notice_on(store, &o.token, &tr, status).await?,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
        key: forms::idempotency_key(),
    };
    let user = ctx.nav_user(o.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <PrivacyClientPage user=user data=data/> },
        )
        .await)
}

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    render(&ctx, &o, client_id(&raw)?, Posted::default(), StatusCode::OK).await
}

fn parse(input: &PaperInput, client_key: String) -> Result<NewPrivacyRequest, FieldErrors> {
    use PaperField as F;
    let mut p = Problems::new();
    let kind = p.check(
        F::Kind,
        forms::required_parsed(&input.kind, |k| {
            PrivacyKind::parse(k).filter(|k| *k != PrivacyKind::WithdrawConsent)
        }),
    );
    let body = p.check(F::Body, forms::required_text(&input.body, 2000));
    p.finish(|| {
        Some(NewPrivacyRequest {
            kind: kind?,
            consent_id: None,
            body: body?,
            client_key: Some(client_key),
        })
    })
}

/// A request that came on paper or in person: recorded with today's date and deadline.
pub async fn record_paper(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let id = client_id(&raw)?;
    let store = &ctx.state.store;
    let access = privacy_access(store, &o.principal, id).await?;
    let key = forms::posted_key(&form)?;
    match parse(&form.input(), key) {
        Ok(new) => {
            if let Filed::New(_) = store.case(&access).file_privacy_request(&new).await? {
                store
                    .log_access(o.user, access.role(), Some(id), Action::Create, "privacy")
                    .await?;
            }
            Flash::Info {
                message: "privacy-paper-saved".into(),
            }
            .set(store, &o.token)
            .await?;
            Ok(Redirect::to(&format!("/privacy/clients/{}", id.0)).into_response())
        }
        Err(errors) => {
            let posted = form.refused(PAPER_FORM, errors);
            render(&ctx, &o, id, posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// Everything stored about the client, as the client's own download has it, for a
/// request made on paper (art. 15/20).
pub async fn export(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let id = client_id(&raw)?;
    let store = &ctx.state.store;
    let access = privacy_access(store, &o.principal, id).await?;
    let record = gather(store, &access).await?;
    store
        .log_access(o.user, access.role(), Some(id), Action::Read, "export")
        .await?;
    let body = serde_json::to_string_pretty(&to_json(&record)).unwrap_or_else(|_| "{}".into());
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_string(),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"lotse-export-{}.json\"", id.0),
            ),
        ],
        body,
    )
        .into_response())
}

/// Ends a restriction: the record returns to everyday work.
pub async fn lift(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let id = client_id(&raw)?;
    let store = &ctx.state.store;
    if !store.lift_restriction(o.municipality, id).await? {
        return Err(AppError::NotFound);
    }
    store
        .log_access(
            o.user,
            o.principal.role(),
            Some(id),
            Action::Update,
            "unrestricted",
        )
        .await?;
    Flash::Info {
        message: "privacy-lifted".into(),
    }
    .set(store, &o.token)
    .await?;
    Ok(Redirect::to(&format!("/privacy/clients/{}", id.0)).into_response())
}
