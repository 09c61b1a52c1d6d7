//! `/actors`: who does what in the county, for everyone, without sign-in and without
//! JavaScript. Only actors that agreed are listed; their texts in the reader's language
//! where a translation is published.

use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::events::Place;
use axum::extract::Query;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::pages::network::public::{PublicActor, PublicActorsData, PublicActorsPage};
use lotse_app::pages::pager::Paging;

/// Actors on one page of the public list.
const PER_PAGE: i64 = 30;

#[derive(serde::Deserialize, Default)]
pub struct PageQuery {
    #[serde(default)]
    page: String,
}

pub async fn list(
    ctx: Ctx,
    Query(place): Query<Place>,
    Query(q): Query<PageQuery>,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let municipalities: Vec<(i64, String)> = store
        .municipalities(None)
        .await?
        .into_iter()
        .map(|m| (m.id, m.name))
        .collect();
    let chosen = place
        .municipality()
        .filter(|m| municipalities.iter().any(|(id, _)| *id == m.0));
    let (rows, total, page) = store
        .public_actors(chosen, lang.code(), q.page.parse().unwrap_or(1), PER_PAGE)
        .await?;
    let paging = Paging::new(page, total, PER_PAGE);
    let offices = store
        .actor_offices_of(&rows.iter().map(|a| a.id).collect::<Vec<_>>())
        .await?;
    let actors = rows
        .into_iter()
        .map(|a| PublicActor {
            offices: offices
                .iter()
                .filter(|(actor, ..)| *actor == a.id)
                .map(|(_, id, name)| (*id, name.clone()))
                .collect(),
            id: a.id,
            municipality: a.municipality,
            name: a.name,
            kind: a.kind.as_str().to_string(),
            district: a.district,
            languages: a.languages.split_whitespace().map(str::to_string).collect(),
            about: a.about,
            audience: a.audience,
            text_lang: a.text_lang,
            phone: a.phone,
            email: a.email,
            website: a.website,
        })
        .collect();
    let base = chosen.map_or("/actors".to_string(), |m| format!("/actors?m={}", m.0));
    let data = PublicActorsData {
        actors,
        paging,
        base,
        municipalities,
        chosen: chosen.map(|m| m.0),
        kind: String::new(),
    };
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || view! { <PublicActorsPage data=data user=user/> })
        .await)
}
