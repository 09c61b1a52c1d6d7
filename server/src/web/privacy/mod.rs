//! The data-protection officer's work: the municipality's requests under data-protection
//! law with their deadlines, deciding one (which acts on the record: a consent
//! withdrawn, the record restricted or erased), one client's record (`client`), and the
//! access log (`access_log`). Only the `DataProtection` role of the municipality; every
//! look at a client's record goes through `permission::privacy_access` and is logged.

pub mod access_log;
pub mod client;
pub mod record;
pub mod retention;

use super::case::{form_alert, local};
use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::permission::{data_protection, privacy_access, Principal};
use crate::db::access_log::Action;
use crate::db::privacy::{Decided, PrivacyRow};
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{ClientId, MunicipalityId, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::privacy::request::{
    DecideField, DecideInput, PrivacyRequestPage, RequestPageData, DECIDE_FORM,
};
use lotse_app::pages::privacy::{FoundClient, PrivacyHomeData, PrivacyHomePage, RequestView};
use lotse_app::privacy::{PrivacyKind, PrivacyStatus};
use serde::Deserialize;

/// The decided requests the start page lists (the open ones are all shown).
const DECIDED_SHOWN: i64 = 200;

/// The signed-in data-protection officer.
pub(super) struct Officer {
    pub user: UserId,
    pub municipality: MunicipalityId,
    pub token: String,
    pub principal: Principal,
}

pub(super) async fn officer(ctx: &Ctx) -> Result<Officer, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (user, municipality) = data_protection(&p)?;
    Ok(Officer {
        user,
        municipality,
        token: session.token_hash.clone(),
        principal: p,
    })
}

/// A stored request as the pages show it; `consent` names the withdrawn consent.
pub(super) fn request_view(r: PrivacyRow, consent: Option<String>) -> RequestView {
    let today = crate::time::today_iso();
    RequestView {
        id: r.id,
        kind: r.kind,
        overdue: r.status == PrivacyStatus::Open && r.due_on < today,
        channel: r.channel,
        client: r
            .client_id
            .map(|id| (id, r.client_name.unwrap_or_default(), r.client_number)),
        consent,
        body: r.body,
        received_on: local(r.received_at).date,
        due_on: r.due_on,
        status: r.status,
        answer: r.answer,
        decided_on: r.decided_at.map(|a| local(a).date),
        decided_by: r.decided_by_name,
        restricted: r.restricted,
        version: r.version,
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HomeQuery {
    q: String,
}

pub async fn home(ctx: Ctx, Query(query): Query<HomeQuery>) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let (open, decided): (Vec<_>, Vec<_>) = store
        .privacy_queue(o.municipality, DECIDED_SHOWN)
        .await?
        .into_iter()
        .map(|r| request_view(r, None))
        .partition(|r| r.status == PrivacyStatus::Open);
    let q = query.q.trim().chars().take(100).collect::<String>();
    let found = if q.is_empty() {
        None
    } else {
        Some(
            store
                .privacy_find_clients(o.municipality, &q)
                .await?
                .into_iter()
                .map(|c| FoundClient {
                    id: c.id,
                    name: c.name,
                    number: c.number,
                    closed: c.closed_at.is_some(),
                    restricted: c.restricted_at.is_some(),
                })
                .collect(),
        )
    };
    let data = PrivacyHomeData {
        overdue: open.iter().filter(|r| r.overdue).count() as i64,
        open,
        decided,
        q,
        found,
        notice: Flash::take_info(store, &o.token, &tr).await?,
        complaints: super::complaints::routed_to(store, o.municipality, o.user).await?,
    };
    let user = ctx.nav_user(o.principal.home()).unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <PrivacyHomePage user=user data=data/> })
        .await)
}

/// The request with the consent it names, for the officer of its municipality.
async fn load(ctx: &Ctx, o: &Officer, raw: &str) -> Result<RequestView, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    let store = &ctx.state.store;
    let row = store
        .privacy_request(o.municipality, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let consent = match (row.client_id, row.consent_id) {
        (Some(client), Some(consent)) => {
            let access = privacy_access(store, &o.principal, ClientId(client)).await?;
            store
                .case(&access)
                .consents()
                .await?
                .iter()
                .find(|k| k.id == consent)
                .map(|k| super::client::rights::consent_label(&tr, k))
        }
        _ => None,
    };
    Ok(request_view(row, consent))
}

async fn render_request(
    ctx: &Ctx,
    o: &Officer,
    request: RequestView,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let data = RequestPageData {
        request,
        notice: Flash::notice_on(&ctx.state.store, &o.token, &tr, status).await?,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
    };
    let user = ctx.nav_user(o.principal.home()).unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <PrivacyRequestPage user=user data=data/> },
        )
        .await)
}

pub async fn request(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let r = load(&ctx, &o, &raw).await?;
    render_request(&ctx, &o, r, Posted::default(), StatusCode::OK).await
}

/// A decision as posted: an outcome, a reason for the client, the version, and for a
/// granted erasure of a client still on record whether the whole record goes.
struct Decision {
    version: i64,
    status: PrivacyStatus,
    answer: String,
    erase_all: bool,
}

fn parse(input: &DecideInput, r: &RequestView) -> Result<Decision, FieldErrors> {
    use DecideField as F;
    let mut p = Problems::new();
    let version = p.check(
        F::Version,
        forms::required_parsed(&input.version, |v| v.parse::<i64>().ok()),
    );
    let status = p.check(
        F::Status,
        forms::required_parsed(&input.status, |s| {
            PrivacyStatus::parse(s).filter(|s| *s != PrivacyStatus::Open)
        }),
    );
    let answer = p.check(F::Answer, forms::required_text(&input.answer, 4000));
    let erase_all = !input.erase_all.is_empty();
    if erase_all
        && (r.kind != PrivacyKind::Erase || status != Some(PrivacyStatus::Granted) || r.client.is_none())
    {
        p.add(F::EraseAll, Problem::new("privacy-erase-all-only-granted"));
    }
    p.finish(|| {
        Some(Decision {
            version: version?,
            status: status?,
            answer: answer?,
            erase_all,
        })
    })
}

pub async fn decide(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let r = load(&ctx, &o, &raw).await?;
    let store = &ctx.state.store;
    let d = match parse(&form.input(), &r) {
        Ok(d) => d,
        Err(errors) => {
            let posted = form.refused(DECIDE_FORM, errors);
            return render_request(&ctx, &o, r, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match store
        .decide_privacy_request(o.municipality, r.id, d.version, d.status, &d.answer, o.user)
        .await?
    {
        Decided::NotFound => Err(AppError::NotFound),
        Decided::Conflict => {
            // Decided by a colleague meanwhile: show what stands, keep what was typed.
            let mut errors = FieldErrors::new();
            errors.insert(
                DecideField::Status.name(),
                Problem::new("privacy-decided-meanwhile"),
            );
            let posted = form.refused(DECIDE_FORM, errors);
            let now = load(&ctx, &o, &raw).await?;
            render_request(&ctx, &o, now, posted, StatusCode::CONFLICT).await
        }
        Decided::Done(client, _) => {
            let message = match (client, d.erase_all) {
                (Some(c), true) => {
                    store
                        .log_access(o.user, o.principal.role(), Some(c), Action::Update, "erased")
                        .await?;
                    store.erase_client(c).await?;
                    "privacy-erased"
                }
                (Some(c), false) => {
                    store
                        .log_access(o.user, o.principal.role(), Some(c), Action::Update, "privacy")
                        .await?;
                    "privacy-decided-saved"
                }
                (None, _) => "privacy-decided-saved",
            };
            Flash::Info {
                message: message.into(),
            }
            .set(store, &o.token)
            .await?;
            Ok(Redirect::to(&format!("/privacy/requests/{}", r.id)).into_response())
        }
    }
}
