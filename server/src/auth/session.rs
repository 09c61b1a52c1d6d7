//! The session cookie and the per-request session lookup.

use crate::config::Settings;
use crate::db::sessions::{LiveSession, OwnCase};
use crate::db::users::UserRow;
use crate::db::{DbResult, Store};
use axum::http::{header, HeaderMap, HeaderValue};
use cookie::{Cookie, SameSite};
use lotse_app::domain::{Role, UserId};

pub const SESSION_COOKIE: &str = "lotse_session";
pub const LANG_COOKIE: &str = "lotse_lang";
pub const FALLBACK_COOKIE: &str = "lotse_fallback";
/// A random id of this browser, kept across sign-outs: the sign-in limits give a
/// device someone signed in on before a budget of its own (see `auth::ratelimit`).
pub const DEVICE_COOKIE: &str = "lotse_device";

/// The signed-in person behind this request.
#[derive(Clone, Debug)]
pub struct CurrentSession {
    pub token_hash: String,
    pub user: UserRow,
    pub role: Role,
    /// A client's own case, read with the session (see `Principal::from_session`).
    pub own_case: Option<OwnCase>,
    /// Whether a one-shot message waited when the session was read (see `web::flash`).
    pub flash_waiting: bool,
}

/// What the cookie header says about the session.
pub enum SessionState {
    None,
    /// A cookie was sent but its session is gone (expired or signed out elsewhere).
    Expired,
    Live(Box<CurrentSession>),
}

/// The name a cookie goes by. Behind https it carries the `__Host-` prefix: the browser
/// then accepts it only with `Secure`, `Path=/` and no `Domain`, so no other host under
/// the same domain (and no plain-http page) can plant or overwrite it.
pub fn cookie_name(settings: &Settings, base: &str) -> String {
    if settings.secure_cookies() {
        format!("__Host-{base}")
    } else {
        base.to_string()
    }
}

/// The value of the cookie `base` (under its name for these settings).
pub fn read_cookie(settings: &Settings, headers: &HeaderMap, base: &str) -> Option<String> {
    cookie_value(headers, &cookie_name(settings, base))
}

/// A preference cookie (language, fallback language) under either name: they carry
/// no authority, so the prefix matters less than reading them without the settings.
pub fn preference_cookie(headers: &HeaderMap, base: &str) -> Option<String> {
    cookie_value(headers, &format!("__Host-{base}")).or_else(|| cookie_value(headers, base))
}

pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| Cookie::split_parse(v.to_string()))
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// Looks the session up and slides its idle timeout (written at most once a minute).
pub async fn load(
    store: &Store,
    settings: &Settings,
    headers: &HeaderMap,
    now: i64,
) -> DbResult<SessionState> {
    let Some(token) = read_cookie(settings, headers, SESSION_COOKIE) else {
        return Ok(SessionState::None);
    };
    let hash = super::credentials::token_hash(&token);
    let Some(LiveSession {
        session,
        user,
        own_case,
    }) = store.live_session(&hash, now).await?
    else {
        return Ok(SessionState::Expired);
    };
    let Some(role) = user.role() else {
        return Ok(SessionState::Expired);
    };
    if now - session.last_seen_at >= 60 {
        let idle = now + settings.idle_timeout_secs(role);
        store
            .touch_session(&hash, now, idle.min(session.absolute_expires_at))
            .await?;
    }
    Ok(SessionState::Live(Box::new(CurrentSession {
        token_hash: hash,
        user,
        role,
        own_case,
        flash_waiting: session.flash_waiting,
    })))
}

/// Starts a fresh session (a new token at every sign-in: no session fixation).
pub async fn start(
    store: &Store,
    settings: &Settings,
    user: UserId,
    role: Role,
    now: i64,
) -> DbResult<String> {
    let token = super::credentials::new_session_token();
    let hash = super::credentials::token_hash(&token);
    store
        .create_session(
            &hash,
            user,
            now,
            now + settings.idle_timeout_secs(role),
            now + settings.absolute_timeout_secs(role),
        )
        .await?;
    Ok(token)
}

fn base_cookie(settings: &Settings, name: &str, value: String) -> Cookie<'static> {
    let mut c = Cookie::new(cookie_name(settings, name), value);
    c.set_path("/");
    c.set_http_only(true);
    c.set_same_site(SameSite::Lax);
    c.set_secure(settings.secure_cookies());
    c
}

pub fn session_cookie(settings: &Settings, token: String) -> HeaderValue {
    let c = base_cookie(settings, SESSION_COOKIE, token);
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static(""))
}

pub fn clear_session_cookie(settings: &Settings) -> HeaderValue {
    let mut c = base_cookie(settings, SESSION_COOKIE, String::new());
    c.make_removal();
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static(""))
}

/// The device id; kept 400 days (the longest browsers allow), renewed at each sign-in.
pub fn device_cookie(settings: &Settings, token: String) -> HeaderValue {
    let mut c = base_cookie(settings, DEVICE_COOKIE, token);
    c.set_max_age(cookie::time::Duration::days(400));
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static(""))
}

/// The language choice of someone not signed in; kept for a year.
/// The language the directory shows where the reader's own is missing.
pub fn fallback_cookie(settings: &Settings, lang: &str) -> HeaderValue {
    let mut c = base_cookie(settings, FALLBACK_COOKIE, lang.to_string());
    c.set_max_age(cookie::time::Duration::days(365));
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static(""))
}

pub fn lang_cookie(settings: &Settings, lang: &str) -> HeaderValue {
    let mut c = base_cookie(settings, LANG_COOKIE, lang.to_string());
    c.set_max_age(cookie::time::Duration::days(365));
    HeaderValue::from_str(&c.to_string()).unwrap_or(HeaderValue::from_static(""))
}
