//! The directory over HTTP: reader pages (`reader`), the JSON API with its OpenAPI
//! description (`api`), and the editors' pages in the manager view (`manage`).

pub mod api;
pub mod manage;
pub mod reader;

use crate::auth::permission::Principal;
use crate::auth::session::{preference_cookie, FALLBACK_COOKIE};
use crate::db::directory::{CountyId, ListRow, OfficeFull, OfficeRow, TextRow};
use crate::directory::hours::{local_parts, Hours, Status};
use crate::web::case::today;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use lotse_app::domain::{Lang, UserId};
use lotse_app::pages::directory::{At, Opening};

/// Whose directory a request reads, and whether the reader may see drafts.
pub struct Reader {
    pub county: CountyId,
    pub editor: Option<UserId>,
}

/// Signed-in people read their own county's directory; everyone else the default one.
pub async fn reader(ctx: &Ctx) -> Result<Reader, AppError> {
    let store = &ctx.state.store;
    if let Some(s) = &ctx.session {
        let p = Principal::from_session(store, s).await.ok();
        let county = match &p {
            Some(Principal::Guide { municipality, .. })
            | Some(Principal::Coordinator { municipality, .. })
            | Some(Principal::VolunteerCoordinator { municipality, .. }) => {
                store.county_of(*municipality).await?
            }
            Some(Principal::CountyCoordinator { county, .. }) => Some(*county),
            Some(Principal::Client { client, .. }) => store.county_of_client(*client).await?,
            _ => None,
        };
        let editor = match p {
            Some(p) => editor_scope(ctx, &p).await?.map(|(_, u)| u),
            None => None,
        };
        if let Some(county) = county {
            return Ok(Reader { county, editor });
        }
    }
    let county = store.default_county().await?.ok_or(AppError::NotFound)?;
    Ok(Reader { county, editor: None })
}

/// Coordinators and the county coordinator edit their county's directory, and guides
/// the coordinators allowed to. Nobody else.
pub async fn editor_scope(ctx: &Ctx, p: &Principal) -> Result<Option<(CountyId, UserId)>, AppError> {
    let store = &ctx.state.store;
    Ok(match p {
        Principal::CountyCoordinator { user, county } => Some((*county, *user)),
        Principal::Coordinator { user, municipality } => {
            store.county_of(*municipality).await?.map(|c| (c, *user))
        }
        Principal::Guide {
            user, municipality, ..
        } if store.is_directory_editor(*user).await? => {
            store.county_of(*municipality).await?.map(|c| (c, *user))
        }
        _ => None,
    })
}

/// The reader's language (`?lang=` wins, for shared links and editors' previews) and
/// the language shown where theirs is missing.
pub fn languages(ctx: &Ctx, lang_param: Option<&str>) -> (Lang, Lang) {
    let lang = lang_param
        .and_then(Lang::parse)
        .unwrap_or_else(|| ctx.lang(false));
    let fallback = preference_cookie(&ctx.headers, FALLBACK_COOKIE)
        .as_deref()
        .and_then(Lang::parse)
        .filter(|f| *f != lang)
        .unwrap_or(if lang == Lang::EN { Lang::DE } else { Lang::EN });
    (lang, fallback)
}

/// A moment as the pages say it, relative to today.
pub fn at(ts: i64) -> At {
    let (date, weekday, hour, minute) = local_parts(ts);
    let days_ahead = chrono::NaiveDate::parse_from_str(&date, "%Y-%m-%d")
        .map(|d| (d - today()).num_days())
        .unwrap_or(7);
    At {
        date,
        weekday,
        hour,
        minute,
        days_ahead,
    }
}

/// Open or not, from the stored intervals (list).
pub fn list_opening(row: &ListRow) -> Opening {
    if row.by_appointment {
        return Opening::ByAppointment;
    }
    match (row.open_until, row.opens_at) {
        (Some(until), _) if until >= row.intervals_until - 60 => Opening::OpenUntil(None),
        (Some(until), _) => Opening::OpenUntil(Some(at(until))),
        (None, Some(opens)) => Opening::OpensAt(at(opens)),
        (None, None) if row.no_hours => Opening::Unknown,
        (None, None) => Opening::Closed,
    }
}

/// Open or not at `now`, for an office read whole (office page, guide steps): from the
/// intervals stored for it, as the list does. Evaluating the opening hours (the
/// intervals of two weeks ahead, found by bisection) was a seventh of a guide page's CPU
/// (`perf`, 2026-12-06). Only where the stored intervals cannot say what that
/// evaluation would (nothing open up to their end, which may come before two weeks
/// ahead; open to their end) are the hours evaluated.
pub fn office_opening(o: &OfficeRow, now: i64) -> Opening {
    if o.by_appointment {
        return Opening::ByAppointment;
    }
    match (o.open_until, o.opens_at) {
        (Some(until), _) if until < o.intervals_until - 60 => Opening::OpenUntil(Some(at(until))),
        (None, Some(opens)) => Opening::OpensAt(at(opens)),
        _ => live_opening(false, &o.opening_hours, now),
    }
}

/// Open or not, evaluated from the opening hours at `now`.
pub fn live_opening(by_appointment: bool, opening_hours: &str, now: i64) -> Opening {
    if by_appointment {
        return Opening::ByAppointment;
    }
    match Hours::parse(opening_hours).map(|h| h.status(now)) {
        Err(_) => Opening::Unknown,
        Ok(Status::OpenUntil(until)) => Opening::OpenUntil(until.map(at)),
        Ok(Status::OpensAt(t)) => Opening::OpensAt(at(t)),
        Ok(Status::Closed) => Opening::Closed,
    }
}

/// The text a reader sees: their language if published, else the fallback, else
/// German. Editors previewing see drafts in the language asked for.
pub fn pick_text(office: &OfficeFull, lang: Lang, fallback: Lang, preview: bool) -> Option<&TextRow> {
    let usable = |t: &&TextRow| t.published() || preview;
    office
        .text(lang.code())
        .filter(usable)
        .or_else(|| office.text(fallback.code()).filter(|t| t.published()))
        .or_else(|| office.text("de").filter(usable))
}
