//! Sending a complaint, suggestion or praise, and following it. One page for everybody:
//! a signed-in client or volunteer sends with their name (or without, if they choose),
//! anyone else from the public page without an account. Every sender gets a code; the
//! code is made from the form's own idempotency key, so a retried post lands once and
//! shows the same code again, and only its hash is stored.

use crate::auth::credentials::token_hash;
use crate::auth::permission::Principal;
use crate::db::complaints::{ComplaintRow, NewComplaint};
use crate::web::case::{form_alert, local};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::complaints::{normalise_code, FeedbackAbout, FeedbackKind, Sender, CODE_ALPHABET};
use lotse_app::domain::{MunicipalityId, UserId};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::complaints::send::{
    FeedbackField, FeedbackInput, FeedbackPage, FeedbackPageData, FeedbackSentPage, FeedbackStatusPage,
    StatusField, StatusInput, FEEDBACK_FORM, STATUS_FORM,
};
use lotse_app::pages::complaints::SenderView;
use lotse_app::pages::forms::Posted;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// Posts from one address without an account, per hour; and code lookups.
pub const SENDS_PER_HOUR: i64 = 5;
pub const LOOKUPS_PER_HOUR: i64 = 20;
/// Posts of one signed-in person per day.
pub const SENDS_PER_DAY_SIGNED_IN: i64 = 20;

/// A signed-in sender: who, where, and (for a client) their own guide.
struct Known {
    sender: Sender,
    /// Their start page, for the top bar.
    home: &'static str,
    user: UserId,
    municipality: MunicipalityId,
    own_guide: Option<UserId>,
}

/// A client or a volunteer who is signed in; anyone else sends as a resident.
async fn known(ctx: &Ctx) -> Result<Option<Known>, AppError> {
    let Some(session) = &ctx.session else {
        return Ok(None);
    };
    let store = &ctx.state.store;
    let p = Principal::from_session(store, session).await?;
    let home = p.home();
    Ok(match p {
        Principal::Client { user, client, .. } => store.client_scope(client).await?.map(|s| Known {
            sender: Sender::Client,
            home,
            user,
            municipality: MunicipalityId(s.municipality_id),
            own_guide: s.guide_id.map(UserId),
        }),
        Principal::Volunteer { user } => session.user.municipality_id.map(|m| Known {
            sender: Sender::Volunteer,
            home,
            user,
            municipality: MunicipalityId(m),
            own_guide: None,
        }),
        _ => None,
    })
}

/// The code of a form key: eight letters of [`CODE_ALPHABET`].
fn code_for(key: &str) -> String {
    Sha256::digest(format!("lotse-feedback:{key}").as_bytes())
        .iter()
        .take(8)
        .map(|b| CODE_ALPHABET[*b as usize % CODE_ALPHABET.len()] as char)
        .collect()
}

pub(crate) fn sender_view(c: ComplaintRow) -> SenderView {
    SenderView {
        kind: c.kind,
        about: c.about,
        about_text: c.about_text,
        body: c.body,
        status: c.status,
        answer: c.answer,
        received_on: local(c.received_at).date,
        acknowledged_on: c.acknowledged_at.map(|a| local(a).date),
        settled_on: c.answered_at.or(c.closed_at).map(|a| local(a).date),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PageQuery {
    /// The municipality to preselect (a link from its own website).
    m: String,
}

pub async fn page(ctx: Ctx, Query(q): Query<PageQuery>) -> Result<Response, AppError> {
    let who = known(&ctx).await?;
    render(&ctx, who.as_ref(), q.m, Posted::default(), StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    who: Option<&Known>,
    municipality: String,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let (municipalities, municipality, earlier) = match who {
        Some(k) => (
            vec![],
            k.municipality.0.to_string(),
            store
                .complaints_of_sender(k.user)
                .await?
                .into_iter()
                .map(sender_view)
                .collect(),
        ),
        None => {
            let all: Vec<(String, String)> = store
                .municipalities(None)
                .await?
                .into_iter()
                .map(|m| (m.id.to_string(), m.name))
                .collect();
            // One municipality is the one; of several, the one a link named, or the
            // sender chooses (a preselected one would send some to the wrong town hall).
            let chosen = match all.as_slice() {
                [(only, _)] => only.clone(),
                _ if all.iter().any(|(id, _)| *id == municipality) => municipality,
                _ => String::new(),
            };
            (all, chosen, vec![])
        }
    };
    let data = FeedbackPageData {
        sender: who.map(|k| k.sender),
        municipalities,
        municipality,
        earlier,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
        key: forms::idempotency_key(),
    };
    let user = who.and_then(|k| ctx.nav_user(k.home));
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <FeedbackPage data=data user=user/> },
        )
        .await)
}

/// What was posted, checked: everything but the sender, who is known or anonymous.
struct Parsed {
    municipality: MunicipalityId,
    kind: FeedbackKind,
    about: FeedbackAbout,
    about_text: String,
    body: String,
    contact: String,
    anonymous: bool,
}

fn parse(input: &FeedbackInput, municipalities: &[i64]) -> Result<Parsed, FieldErrors> {
    use FeedbackField as F;
    let mut p = Problems::new();
    let municipality = p.check(
        F::Municipality,
        forms::required_parsed(&input.municipality, |m| {
            m.parse::<i64>().ok().filter(|m| municipalities.contains(m))
        }),
    );
    let kind = p.check(F::Kind, forms::required_parsed(&input.kind, FeedbackKind::parse));
    let about = p.check(
        F::About,
        forms::required_parsed(&input.about, FeedbackAbout::parse),
    );
    let about_text = p.check(F::AboutText, forms::optional_text(&input.about_text, 200));
    let body = p.check(F::Body, forms::required_text(&input.body, 4000));
    let contact = p.check(F::Contact, forms::optional_text(&input.contact, 200));
    // A machine filled the field nobody sees.
    if !input.website.is_empty() {
        p.add(F::Body, Problem::new("feedback-refused"));
    }
    p.finish(|| {
        Some(Parsed {
            municipality: MunicipalityId(municipality?),
            kind: kind?,
            about: about?,
            about_text: about_text?.unwrap_or_default(),
            body: body?,
            contact: contact?.unwrap_or_default(),
            anonymous: !input.anonymous.is_empty(),
        })
    })
}

pub async fn send(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let who = known(&ctx).await?;
    let key = forms::posted_key(&form)?;
    let store = &ctx.state.store;
    let input: FeedbackInput = form.input();
    let municipalities: Vec<i64> = match &who {
        Some(k) => vec![k.municipality.0],
        None => store.municipalities(None).await?.iter().map(|m| m.id).collect(),
    };
    let mut input = input;
    if let Some(k) = &who {
        input.municipality = k.municipality.0.to_string();
    }
    let refused = |errors: FieldErrors, status: StatusCode| {
        let posted = form.refused(FEEDBACK_FORM, errors);
        let chosen = input.municipality.clone();
        let who = &who;
        let ctx = &ctx;
        async move { render(ctx, who.as_ref(), chosen, posted, status).await }
    };
    let parsed = match parse(&input, &municipalities) {
        Ok(p) => p,
        Err(errors) => return refused(errors, StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    // The check against floods: per account for a sender who gives their name, per
    // address for everyone else — a throttle entry under an account beside a complaint
    // without a name would tell whose it is.
    let (bucket, action, limit, window) = match who.as_ref().filter(|_| !parsed.anonymous) {
        Some(k) => (
            format!("user:{}", k.user.0),
            "send-named",
            SENDS_PER_DAY_SIGNED_IN,
            86_400,
        ),
        None => (format!("address:{}", ctx.address), "send", SENDS_PER_HOUR, 3_600),
    };
    if !store
        .post_throttle(&token_hash(&bucket), action, limit, window)
        .await?
    {
        let mut errors = FieldErrors::new();
        errors.insert(FeedbackField::Body.name(), Problem::new("feedback-too-many"));
        return refused(errors, StatusCode::TOO_MANY_REQUESTS).await;
    }
    let code = code_for(&key);
    let named = who.as_ref().filter(|_| !parsed.anonymous);
    let new = NewComplaint {
        municipality: parsed.municipality,
        kind: parsed.kind,
        about: parsed.about,
        about_text: parsed.about_text,
        // A client's complaint about a guide is about their own; it must never reach them,
        // named or not.
        about_user: match (&who, parsed.about) {
            (Some(k), FeedbackAbout::Guide) => k.own_guide,
            _ => None,
        },
        body: parsed.body,
        sender: who.as_ref().map(|k| k.sender).unwrap_or(Sender::Resident),
        sender_user: named.map(|k| k.user),
        contact: parsed.contact,
        lang: ctx.lang(false).code().to_string(),
        code_hash: token_hash(&code),
        // The code is made from the key: only its hash is kept, or the database would
        // hold every code.
        client_key: token_hash(&key),
    };
    store.send_complaint(&new).await?;
    let lang = ctx.lang(false);
    let user = who.as_ref().and_then(|k| ctx.nav_user(k.home));
    let named = named.is_some();
    Ok(ctx
        .render(
            lang,
            move || view! { <FeedbackSentPage code=code named=named user=user/> },
        )
        .await)
}

pub async fn status_page(ctx: Ctx) -> Result<Response, AppError> {
    let who = known(&ctx).await?;
    render_status(&ctx, who.as_ref(), None, Posted::default(), StatusCode::OK).await
}

async fn render_status(
    ctx: &Ctx,
    who: Option<&Known>,
    found: Option<SenderView>,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let alert = (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten();
    let user = who.and_then(|k| ctx.nav_user(k.home));
    Ok(ctx
        .render_status(lang, status, move || {
            view! { <FeedbackStatusPage found=found posted=posted alert=alert user=user/> }
        })
        .await)
}

/// Shows where a complaint stands to whoever holds its code. Lookups are limited per
/// address, so codes cannot be guessed by trying.
pub async fn status(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let who = known(&ctx).await?;
    let store = &ctx.state.store;
    let input: StatusInput = form.input();
    let code = normalise_code(&input.code);
    let refuse = |problem: &'static str, status: StatusCode| {
        let mut errors = FieldErrors::new();
        errors.insert(StatusField::Code.name(), Problem::new(problem));
        let posted = form.refused(STATUS_FORM, errors);
        let who = &who;
        let ctx = &ctx;
        async move { render_status(ctx, who.as_ref(), None, posted, status).await }
    };
    if code.len() != 8 {
        return refuse("feedback-code-invalid", StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let bucket = token_hash(&format!("address:{}", ctx.address));
    if !store
        .post_throttle(&bucket, "lookup", LOOKUPS_PER_HOUR, 3_600)
        .await?
    {
        return refuse("feedback-too-many", StatusCode::TOO_MANY_REQUESTS).await;
    }
    match store.complaint_by_code(&token_hash(&code)).await? {
        Some(c) => {
            render_status(
                &ctx,
                who.as_ref(),
                Some(sender_view(c)),
                Posted::default(),
                StatusCode::OK,
            )
            .await
        }
        None => refuse("feedback-code-unknown", StatusCode::UNPROCESSABLE_ENTITY).await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_eight_letters_of_the_alphabet_and_the_same_for_the_same_key() {
        let a = code_for("k1");
        assert_eq!(a.len(), 8);
        assert!(a.bytes().all(|b| CODE_ALPHABET.contains(&b)));
        assert_eq!(a, code_for("k1"));
        assert_ne!(a, code_for("k2"));
        assert_eq!(normalise_code(&lotse_app::complaints::show_code(&a)), a);
    }
}
