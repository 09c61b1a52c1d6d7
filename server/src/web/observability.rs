//! Every request gets an id (`x-request-id`, kept when a proxy in front already set one)
//! that comes back in the response and sits in the request's log span, with the method,
//! the route (its pattern, not the path with ids in it), the status, the latency and,
//! once known, the signed-in user's id. Nothing personal about clients goes to the log.
//! An internal error's log line is in that span, so a person's "it failed at 10:14" and
//! the response header lead to the same line.

use axum::extract::MatchedPath;
use axum::http::{HeaderName, Request, Response};
use std::time::Duration;
use tower::layer::util::{Identity, Stack};
use tower::ServiceBuilder;
use tower_http::classify::{ServerErrorsAsFailures, SharedClassifier};
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;
use tracing::Span;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

fn span<B>(req: &Request<B>) -> Span {
    let id = req
        .headers()
        .get(&REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        id = %id,
        method = %req.method(),
        route = %route,
        user = tracing::field::Empty,
    )
}

fn on_response<B>(res: &Response<B>, latency: Duration, _span: &Span) {
    tracing::info!(
        status = res.status().as_u16(),
        ms = latency.as_millis() as u64,
        "answered"
    );
}

type Tracing = TraceLayer<
    SharedClassifier<ServerErrorsAsFailures>,
    for<'a> fn(&'a Request<axum::body::Body>) -> Span,
    (),
    for<'a, 'b> fn(&'a Response<axum::body::Body>, Duration, &'b Span),
>;

/// Set the id, trace the request, copy the id back (outermost first).
type Layers =
    Stack<PropagateRequestIdLayer, Stack<Tracing, Stack<SetRequestIdLayer<MakeRequestUuid>, Identity>>>;

/// The layers, outermost first: set the id, trace the request, copy the id back.
pub fn layer() -> ServiceBuilder<Layers> {
    let make_span: for<'a> fn(&'a Request<axum::body::Body>) -> Span = span;
    let respond: for<'a, 'b> fn(&'a Response<axum::body::Body>, Duration, &'b Span) = on_response;
    ServiceBuilder::new()
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(make_span)
                .on_request(())
                .on_response(respond),
        )
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
}
