//! The per-request context every page handler starts from: the session (if any), the
//! reader's language, and rendering of Leptos pages to HTML.

use super::error::AppError;
use super::AppState;
use crate::auth::permission::Principal;
use crate::auth::session::{self, CurrentSession, SessionState, LANG_COOKIE};
use crate::db::now;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use leptos::prelude::*;
use lotse_app::domain::Lang;
use lotse_app::pages::errors::ErrorPage;
use lotse_app::pages::render_document;
use lotse_app::pages::shell::NavUser;
use std::net::SocketAddr;
use std::sync::Arc;

pub struct Ctx {
    pub state: AppState,
    pub session: Option<CurrentSession>,
    /// A session cookie came with the request but its session had ended.
    pub session_expired: bool,
    pub headers: HeaderMap,
    pub path: String,
    pub address: String,
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
            address,
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
        .unwrap_or(if staff_area { Lang::De } else { Lang::En })
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

    pub fn render<F, V>(&self, lang: Lang, view: F) -> Response
    where
        F: FnOnce() -> V + 'static,
        V: IntoView + 'static,
    {
        render(&self.state, lang, StatusCode::OK, view)
    }

    pub fn render_status<F, V>(&self, lang: Lang, status: StatusCode, view: F) -> Response
    where
        F: FnOnce() -> V + 'static,
        V: IntoView + 'static,
    {
        render(&self.state, lang, status, view)
    }
}

/// Renders a page in a fresh reactive owner with the translator and asset links in context.
pub fn render<F, V>(state: &AppState, lang: Lang, status: StatusCode, view: F) -> Response
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let owner = Owner::new_root(Some(Arc::new(hydration_context::SsrSharedContext::new())));
    let tr = state.i18n.translator(lang);
    let assets = state.assets.clone();
    let html = owner.with(move || {
        provide_context(tr);
        provide_context(assets);
        render_document(view)
    });
    let mut res = (status, Html(html)).into_response();
    if let Ok(v) = HeaderValue::from_str(lang.code()) {
        res.headers_mut().insert(header::CONTENT_LANGUAGE, v);
    }
    res
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
    let path = path.to_string();
    render(
        state,
        lang,
        status,
        move || view! { <ErrorPage message_id=message user=user current_path=path/> },
    )
}
