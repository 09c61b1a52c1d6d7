//! "My rights": the client's requests under data-protection law (correct, restrict,
//! erase, withdraw a consent) and the officer's answers. Open to a client whose support
//! ended too: rights do not end with the case (art. 7(3), 16-18).

use super::{after, log, own_record_even_closed};
use crate::auth::permission::ClientAccess;
use crate::db::access_log::Action;
use crate::db::privacy::{Filed, NewPrivacyRequest};
use crate::web::case::{form_alert, local};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::client_rights::{
    MyPrivacyRequest, MyRights, MyRightsPage, RightsField, RightsInput, RIGHTS_FORM,
};
use lotse_app::pages::forms::Posted;
use lotse_app::privacy::PrivacyKind;

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record_even_closed(&ctx).await?;
    let tr = ctx.state.i18n.translator(ctx.lang(false));
    let notice = Flash::take_info(&ctx.state.store, &token, &tr).await?;
    render(&ctx, &access, notice, Posted::default(), StatusCode::OK).await
}

/// A consent's purpose and recipient in the reader's language.
pub(crate) fn consent_label(tr: &Tr, k: &crate::db::consents::ConsentRow) -> String {
    format!(
        "{} · {}",
        tr.t(&format!("consent-purpose-{}", k.purpose)),
        lotse_app::i18n::isolate(&k.recipient)
    )
}

async fn render(
    ctx: &Ctx,
    access: &ClientAccess,
    notice: Option<String>,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let file = store.case(access);
    let consents = file.consents().await?;
    let requests = file
        .privacy_requests()
        .await?
        .into_iter()
        .map(|r| MyPrivacyRequest {
            id: r.id,
            kind: r.kind,
            consent: r
                .consent_id
                .and_then(|id| consents.iter().find(|k| k.id == id))
                .map(|k| consent_label(&tr, k)),
            body: r.body,
            received_on: local(r.received_at).date,
            due_on: r.due_on,
            status: r.status,
            answer: r.answer,
            decided_on: r.decided_at.map(|a| local(a).date),
        })
        .collect();
    log(store, access, Action::Read, "privacy").await?;
    let data = MyRights {
        requests,
        consents: consents
            .iter()
            .filter(|k| k.revoked_on.is_none())
            .map(|k| (k.id.to_string(), consent_label(&tr, k)))
            .collect(),
        notice,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
        key: forms::idempotency_key(),
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <MyRightsPage data=data user=user/> },
        )
        .await)
}

/// The request as posted: a kind the client may ask for; a consent of theirs for a
/// withdrawal (and only then); words required except for a withdrawal, whose consent
/// says it all.
fn parse(
    input: &RightsInput,
    consents: &[i64],
    client_key: String,
) -> Result<NewPrivacyRequest, FieldErrors> {
    use RightsField as F;
    let mut p = Problems::new();
    let kind = p.check(
        F::Kind,
        forms::required_parsed(&input.kind, |k| {
            PrivacyKind::parse(k).filter(|k| PrivacyKind::FROM_CLIENT.contains(k))
        }),
    );
    let consent = match (kind, input.consent.trim()) {
        (Some(PrivacyKind::WithdrawConsent), raw) => {
            match raw.parse::<i64>().ok().filter(|id| consents.contains(id)) {
                Some(id) => Some(id),
                None => {
                    p.add(F::Consent, Problem::new("my-rights-consent-required"));
                    None
                }
            }
        }
        _ => None,
    };
    let body = if kind == Some(PrivacyKind::WithdrawConsent) {
        p.check(F::Body, forms::optional_text(&input.body, 2000))
            .map(Option::unwrap_or_default)
    } else {
        p.check(F::Body, forms::required_text(&input.body, 2000))
    };
    p.finish(|| {
        Some(NewPrivacyRequest {
            kind: kind?,
            consent_id: consent,
            body: body?,
            client_key: Some(client_key),
        })
    })
}

pub async fn send(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let (access, token) = own_record_even_closed(&ctx).await?;
    let key = forms::posted_key(&form)?;
    let store = &ctx.state.store;
    let file = store.case(&access);
    let active: Vec<i64> = file
        .consents()
        .await?
        .iter()
        .filter(|k| k.revoked_on.is_none())
        .map(|k| k.id)
        .collect();
    let errors = match parse(&form.input(), &active, key) {
        Ok(new) => match file.file_privacy_request(&new).await? {
            Filed::New(_) | Filed::Already => {
                log(store, &access, Action::Update, "privacy").await?;
                return after(&ctx, &token, "my-rights-sent", "/me/data/rights").await;
            }
            Filed::NoSuchConsent => {
                let mut e = FieldErrors::new();
                e.insert(
                    RightsField::Consent.name(),
                    Problem::new("my-rights-consent-required"),
                );
                e
            }
        },
        Err(e) => e,
    };
    let posted = form.refused(RIGHTS_FORM, errors);
    render(&ctx, &access, None, posted, StatusCode::UNPROCESSABLE_ENTITY).await
}

/// The consent's "withdraw" button on "My data": the same request, in one tap.
pub async fn withdraw(ctx: Ctx, id: i64) -> Result<Response, AppError> {
    let (access, token) = own_record_even_closed(&ctx).await?;
    let store = &ctx.state.store;
    let new = NewPrivacyRequest {
        kind: PrivacyKind::WithdrawConsent,
        consent_id: Some(id),
        body: String::new(),
        client_key: None,
    };
    match store.case(&access).file_privacy_request(&new).await? {
        Filed::NoSuchConsent => Err(AppError::NotFound),
        Filed::New(_) | Filed::Already => {
            log(store, &access, Action::Update, "privacy").await?;
            after(&ctx, &token, "my-consent-revoke-sent", "/me/data/rights").await
        }
    }
}
