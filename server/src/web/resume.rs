//! Keeping a form when the session ran out while it was being filled in (a guide on a
//! tablet in the field, interrupted for an hour). Instead of losing what was typed, the
//! form is kept in the database for the person whose session it was, and the sign-in
//! page carries only a random key to it. After signing in, that person (nobody else: on
//! a shared phone the next person gets nothing) sees what the form says and may send it
//! where it was going; the handler checks it as usual. A sign-in page crafted elsewhere
//! cannot make anyone post anything: a key is only worth something to its owner, and the
//! page shows what would be sent before it is.

use super::ctx::{choose_lang, is_staff_area, page_request, render};
use super::AppState;
use crate::auth::credentials;
use crate::auth::session::{self, SessionState};
use crate::db::now;
use crate::db::{DbResult, Store};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use lotse_app::domain::UserId;
use lotse_app::pages::auth::{ClientSignInPage, Resume, SignInForm, StaffSignInPage};

/// How long a kept form waits for its owner.
pub const KEEP_SECS: i64 = 86_400;

/// Posts that are the way in, or need no session.
const OPEN_POSTS: [&str; 10] = [
    "/directory/fallback",
    "/signin",
    "/signin/staff",
    "/signin/code",
    "/signin/enroll",
    "/activate",
    "/lang",
    "/setup",
    "/signout",
    "/feedback/status",
];

/// Posts anyone may make without an account, but which a signed-in person makes under
/// their name: without a session cookie they go through; after a session ran out the form
/// is kept like any other, so a client's complaint is not sent without their name
/// because they were away too long.
const PUBLIC_POSTS: [&str; 1] = ["/feedback"];

/// A post anyone may send without signing in: [`PUBLIC_POSTS`], and registering for a
/// public event (`/events/{id}/register`).
fn is_public_post(path: &str) -> bool {
    PUBLIC_POSTS.contains(&path)
        || path
            .strip_prefix("/events/")
            .and_then(|rest| rest.strip_suffix("/register"))
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// Fields never carried along: secrets are typed again.
fn is_secret(name: &str) -> bool {
    matches!(name, "password" | "pin" | "pin_repeat" | "token")
}

pub async fn keep_form_on_expiry(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    // An invitation link is the way in for a new volunteer, a welcome link (invitation
    // or password reset) for staff.
    // The public API takes no forms and no session (its undeclared methods are 405).
    if req.method() != Method::POST
        || OPEN_POSTS.contains(&path.as_str())
        || path.starts_with("/invite/")
        || path.starts_with("/welcome/")
        || path.starts_with(super::security::API_PREFIX)
    {
        return next.run(req).await;
    }
    let headers = req.headers().clone();
    match session::load(&state.store, &state.settings, &headers, now()).await {
        Ok(SessionState::None) if is_public_post(&path) => return next.run(req).await,
        Ok(SessionState::None | SessionState::Expired) => {}
        // A live session, or a database error the handler will report: carry on.
        _ => return next.run(req).await,
    }
    // Whose session ran out? Without one, there is nobody to keep the form for.
    let owner = match session::read_cookie(&state.settings, &headers, session::SESSION_COOKIE) {
        Some(token) => state
            .store
            .session_owner(&credentials::token_hash(&token))
            .await
            .ok()
            .flatten(),
        None => None,
    };
    // A form with a file (a photo of a letter) is too big to keep; the sign-in page then
    // leads back to the empty form.
    let multipart = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/"));
    let fields: Vec<(String, String)> = if multipart {
        vec![]
    } else {
        let Ok(body) = axum::body::to_bytes(req.into_body(), super::MAX_BODY_BYTES).await else {
            return StatusCode::PAYLOAD_TOO_LARGE.into_response();
        };
        url::form_urlencoded::parse(&body)
            .into_owned()
            .filter(|(k, _)| !is_secret(k))
            .collect()
    };
    let key = match owner {
        Some(user) => keep(&state.store, user, &path, &fields).await.ok(),
        None => None,
    };
    let staff = is_staff_area(&path);
    let lang = choose_lang(&headers, None, staff);
    let tr = state.i18n.translator(lang);
    let uri = path.parse().unwrap_or_default();
    let form = SignInForm {
        notice: Some(tr.t(if key.is_some() {
            "resume-signin-notice"
        } else {
            "resume-signin-lost"
        })),
        resume: key,
        ..Default::default()
    };
    if staff {
        render(
            &state,
            page_request(&uri, &headers),
            lang,
            StatusCode::UNAUTHORIZED,
            move || view! { <StaffSignInPage form=form/> },
        )
        .await
    } else {
        render(
            &state,
            page_request(&uri, &headers),
            lang,
            StatusCode::UNAUTHORIZED,
            move || view! { <ClientSignInPage form=form/> },
        )
        .await
    }
}

async fn keep(store: &Store, user: UserId, path: &str, fields: &[(String, String)]) -> DbResult<String> {
    let key = credentials::new_session_token();
    let encoded = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    store
        .keep_form(&credentials::token_hash(&key), user, path, &encoded, now())
        .await?;
    Ok(key)
}

/// The key of a kept form, as the sign-in post carries it back.
pub fn key_from_signin(form: &super::form_data::FormData) -> Option<String> {
    let key = form.get("resume");
    credentials::looks_like_token(key).then(|| key.to_string())
}

/// The kept form behind `key`, if it was kept for `user`: taken out (it is offered once).
pub async fn take(store: &Store, key: &str, user: UserId) -> DbResult<Option<Resume>> {
    let kept = store
        .take_kept_form(&credentials::token_hash(key), user, now() - KEEP_SECS)
        .await?;
    Ok(kept.and_then(|(path, fields)| {
        // Stored by us from a local path; checked again all the same.
        if super::forms::local_path(&path) != path || OPEN_POSTS.contains(&path.as_str()) {
            return None;
        }
        let fields = url::form_urlencoded::parse(fields.as_bytes())
            .into_owned()
            .filter(|(k, _)| !is_secret(k))
            .collect();
        Some(Resume { path, fields })
    }))
}
