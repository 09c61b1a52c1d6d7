//! Who keeps the programme's measures and the municipality's integration goals: whoever
//! may see the figures — a coordinator for their municipality, a county coordinator for
//! any of the county's — with that reach. Shared by `web::programme` and `web::goals`.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use crate::auth::permission::{self, FigureScope};
use crate::db::programme::Reach;
use axum::response::{IntoResponse, Redirect, Response};

pub(crate) struct Keeper {
    pub(crate) reach: Reach,
    pub(crate) user: i64,
    pub(crate) token: String,
    pub(crate) county_wide: bool,
}

/// Who keeps the programme (and the integration goals): the figures' people, with
/// their reach; anyone else is sent home.
pub(crate) async fn keeper(ctx: &Ctx) -> Result<Result<Keeper, Response>, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (reach, county_wide) = match permission::figures(&p) {
        Ok(FigureScope::Municipality(m)) => {
            let county = ctx.state.store.county_of(m).await?.ok_or(AppError::NotFound)?;
            (
                Reach {
                    county: county.0,
                    municipality: m.0,
                },
                false,
            )
        }
        Ok(FigureScope::County(c)) => (
            Reach {
                county: c.0,
                municipality: 0,
            },
            true,
        ),
        Err(permission::Denied::Forbidden) => return Ok(Err(Redirect::to(p.home()).into_response())),
        Err(e) => return Err(e.into()),
    };
    Ok(Ok(Keeper {
        reach,
        user: session.user.id,
        token: session.token_hash.clone(),
        county_wide,
    }))
}

/// The keeper of the asking session, or the answer that sends anyone else home.
macro_rules! keeper_or_away {
    ($ctx:expr) => {
        match $crate::web::keeper::keeper(&$ctx).await? {
            Ok(k) => k,
            Err(away) => return Ok(away),
        }
    };
}
pub(crate) use keeper_or_away;

/// After a save: the message for the next page, and back to `page` at `anchor`.
pub(crate) async fn done(
    ctx: &Ctx,
    k: &Keeper,
    page: &str,
    message: &str,
    anchor: String,
) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &k.token)
    .await?;
    Ok(Redirect::to(&format!("{page}#{anchor}")).into_response())
}

/// An id from a path; anything else is not found.
pub(crate) fn id_of(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}
