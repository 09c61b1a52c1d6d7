//! The per-request context every page handler starts from: the session (if any), the
//! reader's language, and rendering of Leptos pages to HTML through leptos_axum, with the
//! Content-Security-Policy that names the page's nonce.

use super::error::AppError;
use super::AppState;
use crate::auth::permission::Principal;
use crate::auth::session::{self, CurrentSession, SessionState, LANG_COOKIE};
use crate::db::now;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, Method, Request, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use lotse_app::domain::Lang;
use lotse_app::pages::errors::ErrorPage;
use lotse_app::pages::shell::NavUser;
use lotse_app::pages::Document;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

pub struct Ctx {
    pub state: AppState,
    pub session: Option<CurrentSession>,
    /// A session cookie came with the request but its session had ended.
    pub session_expired: bool,
    pub headers: HeaderMap,
    pub path: String,
    /// Path and query, handed on to the rendering (leptos_axum's request context).
    pub uri: Uri,
    pub address: String,
    /// A post changes something; a closed case refuses it (see `case::open`).
    pub method: axum::http::Method,
}

impl FromRequestParts<AppState> for Ctx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let (session, session_expired) =
            match session::load(&state.store, &state.settings, &parts.headers, now()).await? {
                SessionState::Live(s) => (Some(*s), false),
                SessionState::Expired => (None, true),
                SessionState::None => (None, false),
            };
        if let Some(s) = &session {
            super::flash::seen(&s.token_hash, s.flash_waiting);
        }
        let address = crate::auth::address::client_address(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0.ip()),
            parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok()),
            &state.settings.trusted_proxies,
        );
        Ok(Ctx {
            state: state.clone(),
            session,
            session_expired,
            headers: parts.headers.clone(),
            path: parts.uri.path().to_string(),
            uri: parts.uri.clone(),
            address,
            method: parts.method.clone(),
        })
    }
}

/// Pages of the manager view (German by default, staff sign-in when signed out).
pub fn is_staff_area(path: &str) -> bool {
    [
        "/cases",
        "/admin",
        "/signin/staff",
        "/interpreters",
        "/templates",
        "/directory/manage",
        "/groups/manage",
        "/privacy",
        "/complaints",
        "/network",
    ]
    .iter()
    .any(|p| path.starts_with(p))
}

/// The top bar's view of a signed-in person; the caseload link is for guides and
/// coordinators (administrators see no case data).
fn nav_user(s: &CurrentSession, home: &'static str) -> NavUser {
    NavUser {
        name: s.user.display_name.clone(),
        home_href: home,
        is_staff: s.role.is_staff() && s.role != lotse_app::domain::Role::Admin,
        caseload: s.role.works_cases(),
        figures: matches!(
            s.role,
            lotse_app::domain::Role::Coordinator | lotse_app::domain::Role::CountyCoordinator
        ),
        network: matches!(
            s.role,
            lotse_app::domain::Role::Guide
                | lotse_app::domain::Role::Coordinator
                | lotse_app::domain::Role::VolunteerCoordinator
        ),
        langs: s.user.client_langs.as_deref().map(Lang::list).unwrap_or_default(),
        // A client's pages may be kept on the phone for reading offline; they say when
        // they were made.
        rendered_at: (s.role == lotse_app::domain::Role::Client)
            .then(|| super::case::local(crate::db::now())),
    }
}

/// The reader's language: their profile, then the cookie, then the browser's
/// `Accept-Language`, then German on staff pages and English elsewhere.
pub fn choose_lang(headers: &HeaderMap, profile: Option<&str>, staff_area: bool) -> Lang {
    if let Some(l) = profile.and_then(Lang::parse) {
        return l;
    }
    if let Some(l) = session::preference_cookie(headers, LANG_COOKIE)
        .as_deref()
        .and_then(Lang::parse)
    {
        return l;
    }
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut ranked: Vec<(f32, Lang)> = accept
        .split(',')
        .filter_map(|part| {
            let mut it = part.split(';');
            let lang = Lang::parse(it.next()?)?;
            let q = it
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((q, lang))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranked
        .first()
        .map(|(_, l)| *l)
        .unwrap_or(if staff_area { Lang::DE } else { Lang::EN })
}

impl Ctx {
    pub fn lang(&self, staff_area: bool) -> Lang {
        choose_lang(
            &self.headers,
            self.session.as_ref().and_then(|s| s.user.lang.as_deref()),
            staff_area,
        )
    }

    /// The signed-in principal, or the sign-in page.
    pub async fn principal(&self, staff_area: bool) -> Result<(Principal, &CurrentSession), AppError> {
        let Some(s) = &self.session else {
            return Err(AppError::SignIn { staff_area });
        };
        let p = Principal::from_session(&self.state.store, s).await?;
        // The log line of this request names who made it (an id, nothing personal).
        tracing::Span::current().record("user", p.user().0);
        Ok((p, s))
    }

    pub fn nav_user(&self, home: &'static str) -> Option<NavUser> {
        self.session.as_ref().map(|s| nav_user(s, home))
    }

    pub async fn render<F, V>(&self, lang: Lang, view: F) -> Response
    where
        F: FnOnce() -> V + Send + 'static,
        V: IntoView + 'static,
    {
        render(
            &self.state,
            page_request(&self.uri, &self.headers),
            lang,
            StatusCode::OK,
            view,
        )
        .await
    }

    pub async fn render_status<F, V>(&self, lang: Lang, status: StatusCode, view: F) -> Response
    where
        F: FnOnce() -> V + Send + 'static,
        V: IntoView + 'static,
    {
        render(
            &self.state,
            page_request(&self.uri, &self.headers),
            lang,
            status,
            view,
        )
        .await
    }
}

/// The request as the rendering sees it: a GET of this page (a form post that comes back
/// with its errors is rendered like the page it was posted from).
pub fn page_request(uri: &Uri, headers: &HeaderMap) -> Request<Body> {
    let mut req = Request::new(Body::empty());
    *req.method_mut() = Method::GET;
    *req.uri_mut() = uri.clone();
    *req.headers_mut() = headers.clone();
    req
}

/// The page's Content-Security-Policy. Inline scripts run only with this response's nonce;
/// script files only from this origin (the hydration script imports `/pkg/…`, and the
/// `modulepreload` link Leptos writes carries no nonce); WASM may be compiled; nothing
/// frames the page but Lotse itself (the editors' phone preview); no plugins, no `<base>`
/// rewriting, forms post only here.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; worker-src 'self'; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'"
    )
}

/// For an HTML response that did not come from [`render`] (none should): no script at all.
pub const CSP_WITHOUT_SCRIPTS: &str =
    "script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

/// Renders a page through leptos_axum: a fresh reactive owner per request with the
/// translator in context, leptos_meta's head (language, direction, title) and a nonce that
/// the hydration script, the service-worker boot script and the CSP header share.
pub async fn render<F, V>(
    state: &AppState,
    request: Request<Body>,
    lang: Lang,
    status: StatusCode,
    view: F,
) -> Response
where
    F: FnOnce() -> V + Send + 'static,
    V: IntoView + 'static,
{
    let tr = state.i18n.translator(lang);
    let context = move || {
        provide_context(tr.clone());
        // leptos_axum has made this request's nonce before it calls us.
        if let (Some(nonce), Some(res)) = (use_nonce(), use_context::<ResponseOptions>()) {
            if let Ok(v) = HeaderValue::from_str(&content_security_policy(&nonce.to_string())) {
                res.insert_header(header::CONTENT_SECURITY_POLICY, v);
            }
        }
    };
    // leptos_axum's handler may be called again (it is `Fn`); each page is rendered once.
    let page = Arc::new(Mutex::new(Some(view)));
    let options = state.leptos.clone();
    let app = move || {
        let view = page.lock().ok().and_then(|mut p| p.take());
        view! { <Document options=options.clone()>{view.map(|v| v())}</Document> }
    };
    let res = leptos_axum::render_app_async_with_context(context, app)(request).await;
    // The page is rendered whole (no suspense streams), so its text can be cleaned up
    // before it goes out.
    let (mut parts, body) = res.into_parts();
    let nonce = parts
        .headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(|p| p.split("'nonce-").nth(1))
        .and_then(|rest| rest.split('\'').next())
        .map(str::to_string);
    let html = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => tidy(&bytes, nonce.as_deref()),
        Err(e) => return AppError::Internal(super::error::chain(&e)).into_response(),
    };
    parts.status = status;
    parts.headers.remove(header::CONTENT_LENGTH);
    if let Ok(v) = HeaderValue::from_str(lang.code()) {
        parts.headers.insert(header::CONTENT_LANGUAGE, v);
    }
    Response::from_parts(parts, Body::from(html))
}

/// What Leptos 0.8 writes that the W3C checker refuses, mended, in one pass over the page
/// (it was four passes and two copies of each page: the markers, the nonce's replacement,
/// and two searches for the end): its `<!>` markers outside the island (below); the
/// nonce it puts into `crossorigin` on the `<link>`s of the WASM and its script in the
/// head (not a valid value; a bare `crossorigin` means the same to the browser); and the
/// `<script>` with the hydration data it appends after `</html>` (moved to the end of
/// the body, where it is allowed).
///
/// The markers: Leptos's renderer writes empty comments `<!>` for nothing (an absent
/// optional part) and between neighbouring texts. Only an island is hydrated, and only
/// there does the browser code need them; elsewhere they are invalid HTML ("bogus
/// comments" to the W3C checker) and bytes on a phone's connection.
///
/// It works on the bytes leptos_axum sent, as they came: what it takes out or moves are
/// whole ASCII tags, so valid UTF-8 stays valid, and checking the page's UTF-8 once more
/// (as `from_utf8_lossy` did) cost 2 % of the server's CPU on a long page.
pub fn tidy(html: &[u8], nonce: Option<&str>) -> Vec<u8> {
    const MARKER: &[u8] = b"<!>";
    const OPEN: &[u8] = b"<leptos-island";
    const CLOSE: &[u8] = b"</leptos-island>";
    let crossorigin = nonce.map(|n| format!(" crossorigin=\"{n}\""));
    let mut out = Vec::with_capacity(html.len());
    let mut depth = 0usize;
    let mut in_head = true;
    // Where the body's and the document's ends are in `out`.
    let (mut body_end, mut html_end) = (None, None);
    let mut rest = html;
    while let Some(at) = memchr::memchr(b'<', rest) {
        let text = &rest[..at];
        match &crossorigin {
            // Only the head's few short stretches are searched for the nonce.
            Some(c) if in_head => push_replaced(&mut out, text, c.as_bytes(), b" crossorigin"),
            _ => out.extend_from_slice(text),
        }
        rest = &rest[at..];
        if rest.starts_with(MARKER) {
            if depth > 0 {
                out.extend_from_slice(MARKER);
            }
            rest = &rest[MARKER.len()..];
            continue;
        }
        if rest.starts_with(OPEN) {
            depth += 1;
        } else if rest.starts_with(CLOSE) {
            depth = depth.saturating_sub(1);
        } else if rest.starts_with(b"</head>") {
            in_head = false;
        } else if html_end.is_none() && rest.starts_with(b"</body>") {
            body_end = Some(out.len());
        } else if html_end.is_none() && rest.starts_with(b"</html>") {
            html_end = Some(out.len() + b"</html>".len());
        }
        out.push(b'<');
        rest = &rest[1..];
    }
    out.extend_from_slice(rest);
    if let (Some(body_end), Some(end)) = (body_end, html_end) {
        if !out[end..].trim_ascii().is_empty() {
            let tail = out.split_off(end);
            out.splice(body_end..body_end, tail);
        }
    }
    out
}

/// `text` with every `from` in it written as `to`.
fn push_replaced(out: &mut Vec<u8>, mut text: &[u8], from: &[u8], to: &[u8]) {
    while let Some(at) = memchr::memmem::find(text, from) {
        out.extend_from_slice(&text[..at]);
        out.extend_from_slice(to);
        text = &text[at + from.len()..];
    }
    out.extend_from_slice(text);
}

/// The translated error page; used by the error middleware.
pub async fn render_error_page(
    state: &AppState,
    headers: &HeaderMap,
    path: &str,
    status: StatusCode,
    message: &'static str,
) -> Response {
    // The session is looked up again only to pick the language and the top bar; if
    // that fails too, the page still renders, signed out.
    let session = match session::load(&state.store, &state.settings, headers, now()).await {
        Ok(SessionState::Live(s)) => Some(*s),
        _ => None,
    };
    let lang = choose_lang(
        headers,
        session.as_ref().and_then(|s| s.user.lang.as_deref()),
        is_staff_area(path),
    );
    let user = session.as_ref().map(|s| nav_user(s, "/"));
    let uri = path.parse::<Uri>().unwrap_or_default();
    let path = path.to_string();
    render(
        state,
        page_request(&uri, headers),
        lang,
        status,
        move || view! { <ErrorPage message_id=message user=user current_path=path/> },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn leptos_extras_are_made_valid() {
        let page = "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/pkg/a.js\" crossorigin=\"N1\"></head><body><p>x</p></body></html><script nonce=\"N1\">__RESOLVED_RESOURCES=[];</script>";
        assert_eq!(
            String::from_utf8_lossy(&tidy(page.as_bytes(), Some("N1"))),
            "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/pkg/a.js\" crossorigin></head><body><p>x</p><script nonce=\"N1\">__RESOLVED_RESOURCES=[];</script></body></html>"
        );
    }

    #[test]
    fn markers_stay_only_inside_islands() {
        let page = "<p>a<!>b</p><!><leptos-island data-component=\"X\"><!><b>c</b><!></leptos-island><!><i>&lt;!&gt;</i>";
        assert_eq!(
            String::from_utf8_lossy(&tidy(page.as_bytes(), None)),
            "<p>ab</p><leptos-island data-component=\"X\"><!><b>c</b><!></leptos-island><i>&lt;!&gt;</i>"
        );
    }
}
