//! Request hygiene: cross-site request refusal (Origin check) and security headers.

use super::AppState;
use crate::web::error::AppError;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Refuses state-changing requests that come from another site. Browsers send `Origin`
/// on every POST; it must be this site (the public URL, or the Host the request came
/// to). Without `Origin`, `Referer` must point here; without either, refuse.
/// Where the public JSON API lives.
pub const API_PREFIX: &str = "/api/";

pub async fn same_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    // The public API is read-only and takes no cookie: an undeclared method there is the
    // router's 405, not a cross-site refusal.
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || req.uri().path().starts_with(API_PREFIX)
    {
        return next.run(req).await;
    }
    let headers = req.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let allowed = |origin: &str| {
        let origin = origin.trim_end_matches('/');
        origin == state.settings.public_url
            || (!host.is_empty()
                && (origin == format!("http://{host}") || origin == format!("https://{host}")))
    };
    let ok = match headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) {
        Some(origin) => allowed(origin),
        None => headers
            .get(header::REFERER)
            .and_then(|r| r.to_str().ok())
            .and_then(|r| url::Url::parse(r).ok())
            .is_some_and(|u| allowed(&u.origin().ascii_serialization())),
    };
    if ok {
        next.run(req).await
    } else {
        AppError::CrossSite.into_response()
    }
}

/// Headers every response carries. Pages are personal: never stored by a shared cache.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    // Behind https the browser never again tries plain http for this host (a year).
    if state.settings.secure_cookies() {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    // No other site's window keeps a handle on ours (tab-nabbing, cross-window leaks).
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
    h.insert("referrer-policy", HeaderValue::from_static("same-origin"));
    // Same-origin frames only: the editors' phone preview frames a reader page.
    h.insert("x-frame-options", HeaderValue::from_static("SAMEORIGIN"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(self)"),
    );
    let is_html = h
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // Pages carry their own policy with their nonce (`ctx::render`); any other HTML gets
    // one that allows no script, so no HTML response goes out without a policy.
    if is_html && !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(super::ctx::CSP_WITHOUT_SCRIPTS),
        );
    }
    res
}
