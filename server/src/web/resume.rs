//! Keeping a form when the session ran out while it was being filled in (a guide on a
//! tablet in the field, interrupted for an hour). Instead of losing what was typed, the
//! post is answered with the sign-in page carrying the form along; after signing in, one
//! tap sends it where it was going, and the handler checks it as usual.

use super::ctx::{choose_lang, is_staff_area, render};
use super::AppState;
use crate::auth::session::{self, SessionState};
use crate::db::now;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use lotse_app::pages::auth::{ClientSignInPage, Resume, SignInForm, StaffSignInPage};

/// Posts that are the way in, or need no session.
const OPEN_POSTS: [&str; 7] = [
    "/directory/fallback",
    "/signin",
    "/signin/staff",
    "/activate",
    "/lang",
    "/setup",
    "/signout",
];

/// Fields never carried along: secrets are typed again.
fn is_secret(name: &str) -> bool {
    matches!(name, "password" | "pin" | "pin_repeat" | "token")
}

pub async fn keep_form_on_expiry(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    // An invitation link is the way in for a new volunteer.
    if req.method() != Method::POST || OPEN_POSTS.contains(&path.as_str()) || path.starts_with("/invite/") {
        return next.run(req).await;
    }
    let headers = req.headers().clone();
    match session::load(&state.store, &state.settings, &headers, now()).await {
        Ok(SessionState::None | SessionState::Expired) => {}
        // A live session, or a database error the handler will report: carry on.
        _ => return next.run(req).await,
    }
    // A form with a file (a photo of a letter) is too big to carry along; the sign-in
    // page then leads back to the empty form.
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
    let staff = is_staff_area(&path);
    let lang = choose_lang(&headers, None, staff);
    let tr = state.i18n.translator(lang);
    let form = SignInForm {
        notice: Some(tr.t("resume-signin-notice")),
        resume: Some(Resume { path, fields }),
        ..Default::default()
    };
    if staff {
        render(
            &state,
            lang,
            StatusCode::UNAUTHORIZED,
            move || view! { <StaffSignInPage form=form/> },
        )
    } else {
        render(
            &state,
            lang,
            StatusCode::UNAUTHORIZED,
            move || view! { <ClientSignInPage form=form/> },
        )
    }
}

/// Reads the carried form back from the sign-in post.
pub fn from_signin(form: &super::form_data::FormData) -> Option<Resume> {
    let path = form.get("resume_path");
    if path.is_empty() || super::forms::local_path(path) != path || OPEN_POSTS.contains(&path) {
        return None;
    }
    let fields = url::form_urlencoded::parse(form.get("resume_data").as_bytes())
        .into_owned()
        .filter(|(k, _)| !is_secret(k))
        .collect();
    Some(Resume {
        path: path.to_string(),
        fields,
    })
}
