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

pub async fn list(ctx: Ctx, Query(place): Query<Place>) -> Result<Response, AppError> {
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
    let offices = store.public_actor_offices(chosen).await?;
    let actors = store
        .public_actors(chosen, lang.code())
        .await?
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
    let data = PublicActorsData {
        actors,
        municipalities,
        chosen: chosen.map(|m| m.0),
        kind: String::new(),
    };
    let user = ctx.nav_user("/");
    Ok(ctx
        .render(lang, move || view! { <PublicActorsPage data=data user=user/> })
        .await)
}
