//! One error type for every handler. Internal details are logged, never shown: people
//! see a translated page (rendered by [`error_pages`], which knows their language).

use super::AppState;
use crate::auth::permission::Denied;
use crate::db::DbError;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Not signed in: to the sign-in page for this area.
    #[error("sign-in required")]
    SignIn { staff_area: bool },
    /// Signed in, but this page is for another role: to the person's own home.
    #[error("not this person's page")]
    ElsewhereHome(&'static str),
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("bad request")]
    BadRequest,
    #[error("cross-site request refused")]
    CrossSite,
    #[error("internal: {0}")]
    Internal(String),
    /// A change to a closed case (read-only until reopened): 409 with a page saying so.
    #[error("case closed")]
    Closed,
    /// Too much at once (a flood of sign-ins): answered 503 with `Retry-After`.
    #[error("busy")]
    Busy,
}

/// Seconds a client is asked to wait after a 503.
pub const RETRY_AFTER_SECS: u32 = 30;

/// An error and every error beneath it, "outer: inner: innermost", for the log line.
pub fn chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

impl From<DbError> for AppError {
    fn from(e: DbError) -> Self {
        AppError::Internal(chain(&e))
    }
}

impl From<Denied> for AppError {
    fn from(d: Denied) -> Self {
        match d {
            Denied::SignIn => AppError::SignIn { staff_area: false },
            Denied::NotFound => AppError::NotFound,
            Denied::Forbidden => AppError::Forbidden,
            Denied::Db(e) => e.into(),
        }
    }
}

/// Marks a response whose body the error-page middleware fills in.
#[derive(Clone, Copy, Debug)]
pub struct ErrorPage(pub &'static str);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, message) = match &self {
            AppError::SignIn { staff_area } => {
                let to = if *staff_area { "/signin/staff" } else { "/signin" };
                return Redirect::to(to).into_response();
            }
            AppError::ElsewhereHome(home) => return Redirect::to(home).into_response(),
            AppError::NotFound => (StatusCode::NOT_FOUND, "error-not-found"),
            AppError::Forbidden => (StatusCode::FORBIDDEN, "error-forbidden"),
            AppError::BadRequest => (StatusCode::BAD_REQUEST, "error-bad-request"),
            AppError::CrossSite => (StatusCode::FORBIDDEN, "error-cross-site"),
            AppError::Closed => (StatusCode::CONFLICT, "error-case-closed"),
            AppError::Internal(detail) => {
                // Inside the request's span: the line carries the request id, the route
                // and the signed-in user's id (never a client's personal data).
                tracing::error!(%detail, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, "error-internal")
            }
            AppError::Busy => {
                tracing::warn!("busy: no password-hashing slot free");
                (StatusCode::SERVICE_UNAVAILABLE, "error-unavailable")
            }
        };
        let mut res = status.into_response();
        if status == StatusCode::SERVICE_UNAVAILABLE {
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(RETRY_AFTER_SECS));
        }
        res.extensions_mut().insert(ErrorPage(message));
        res
    }
}

/// Turns error responses (ours, and axum's own rejections such as an oversized or
/// malformed form) into a page in the reader's language.
pub async fn error_pages(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let headers = req.headers().clone();
    let path = req.uri().path().to_string();
    let res = next.run(req).await;
    if path.starts_with(super::security::API_PREFIX) {
        return problem_details(res);
    }
    let marked = res.extensions().get::<ErrorPage>().copied();
    let plain_text = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain"));
    let message = match (marked, res.status()) {
        (Some(ErrorPage(m)), _) => m,
        (None, StatusCode::PAYLOAD_TOO_LARGE) => "error-too-large",
        (None, StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED) if !path.starts_with("/pkg/") => {
            "error-not-found"
        }
        (
            None,
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY | StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ) if plain_text => "error-bad-request",
        _ => return res,
    };
    let status = if res.status() == StatusCode::METHOD_NOT_ALLOWED {
        StatusCode::NOT_FOUND
    } else {
        res.status()
    };
    let retry_after = res.headers().get(header::RETRY_AFTER).cloned();
    let mut page = super::ctx::render_error_page(&state, &headers, &path, status, message).await;
    if let Some(v) = retry_after {
        page.headers_mut().insert(header::RETRY_AFTER, v);
    }
    page
}

/// The API answers errors as problem details (RFC 9457), in JSON like its answers, with
/// the status kept (405 stays 405, with its `Allow` header).
fn problem_details(res: Response) -> Response {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return res;
    }
    let body = serde_json::json!({
        "type": "about:blank",
        "title": status.canonical_reason().unwrap_or("Error"),
        "status": status.as_u16(),
    });
    let mut out = (status, body.to_string()).into_response();
    out.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("application/problem+json"),
    );
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(v) = res.headers().get(&name) {
            out.headers_mut().insert(name, v.clone());
        }
    }
    out
}
