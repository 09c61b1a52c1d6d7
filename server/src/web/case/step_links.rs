//! Finding the office or guide a plan step points to, by name. A county may list
//! thousands of offices, so the step form asks for a name, not a choice from all of them:
//! - `GET /cases/step-links?q=` answers the combobox of the form (`public/step-links.js`)
//!   with the county's offices and guides that match what was typed, as JSON.
//! - Without JavaScript the form posts the typed name and [`resolve`] finds it: one match
//!   (or one named exactly so) is taken, several come back as a choice, none as a message.

use super::Case;
use crate::auth::permission;
use crate::db::directory::CountyId;
use crate::db::plan::StepLink;
use crate::directory::search::{fold, Query as SearchQuery};
use crate::time::now;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use axum::extract::Query;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use lotse_app::i18n::Tr;
use lotse_app::pages::staff::case::plan::{LinkChoice, StepInput};
use serde::{Deserialize, Serialize};

/// Suggestions shown while typing, and candidates offered after a post.
const SHOWN: usize = 8;
/// The longest name searched for (the field's `maxlength`).
const LONGEST: usize = 100;

#[derive(Debug, Default, Deserialize)]
pub struct SuggestParams {
    q: Option<String>,
}

#[derive(Debug, Serialize)]
struct Suggestion {
    /// `office:12` or `guide:3`, for the form's hidden `link`.
    value: String,
    /// The German name, put into the text field when chosen.
    name: String,
    /// What the list shows: the kind and the name.
    label: String,
}

#[derive(Debug, Serialize)]
struct Suggestions {
    options: Vec<Suggestion>,
    /// Read out by screen readers: how many suggestions there are.
    status: String,
}

/// What was typed, trimmed and cut to the field's length.
fn typed(raw: &str) -> String {
    raw.trim().chars().take(LONGEST).collect()
}

/// "Office: …" or "Guide: …" in the reader's language.
pub fn label(tr: &Tr, link: StepLink, name: &str) -> String {
    let kind = match link {
        StepLink::Office(_) => "plan-step-link-office",
        StepLink::Guide(_) => "plan-step-link-guide",
    };
    tr.ta(kind, &[("name", name.to_string().into())])
}

pub fn choice(link: StepLink, name: String) -> LinkChoice {
    LinkChoice {
        value: link.value(),
        name,
        is_office: matches!(link, StepLink::Office(_)),
    }
}

/// The suggestions for the step forms of a guide's plans.
pub async fn suggest(ctx: Ctx, Query(params): Query<SuggestParams>) -> Result<Response, AppError> {
    let (p, _) = ctx.principal(true).await?;
    let municipality = permission::step_links(&p)?;
    let store = &ctx.state.store;
    let q = typed(params.q.as_deref().unwrap_or_default());
    let found = match (SearchQuery::new(&q), store.county_of(municipality).await?) {
        (Some(query), Some(county)) => store.step_link_search(county, &query, now(), SHOWN).await?,
        _ => vec![],
    };
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let status = tr.ta(
        "plan-step-link-suggestions",
        &[("count", (found.len() as i64).into())],
    );
    let options = found
        .into_iter()
        .map(|(link, name)| Suggestion {
            value: link.value(),
            label: label(&tr, link, &name),
            name,
        })
        .collect();
    let mut response = Json(Suggestions { options, status }).into_response();
    // What a guide typed, and their county's names: for nobody's cache.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(response)
}

/// Where a posted step leads.
#[derive(Debug)]
pub enum Resolved {
    /// Nowhere: nothing was typed.
    Nowhere,
    /// This office or guide, with its German name.
    Link(StepLink, String),
    /// Several match what was typed: the guide picks one.
    Choose(Vec<(StepLink, String)>),
    /// A problem with the field (a Fluent message id).
    Problem(&'static str),
}

/// Finds what a posted step points to: the exact choice (from the suggestions or the
/// candidates) if there is one, else the typed name. The link must be a published office
/// or guide of the client's county, so a step never points outside it.
pub async fn resolve(ctx: &Ctx, case: &Case, input: &StepInput) -> Result<Resolved, AppError> {
    let store = &ctx.state.store;
    let picked = Some(input.link_pick.trim()).filter(|v| !v.is_empty());
    let suggested = Some(input.link.trim()).filter(|v| !v.is_empty());
    let q = typed(&input.link_q);
    if picked.is_none() && suggested.is_none() && q.is_empty() {
        return Ok(Resolved::Nowhere);
    }
    let county: Option<CountyId> = store.county_of(case.municipality()).await?;
    let Some(county) = county else {
        return Ok(Resolved::Problem("plan-step-link-unknown"));
    };
    let exact = |raw: &str| {
        let link = StepLink::parse(raw);
        async move {
            let Some(link) = link else {
                return Ok::<_, AppError>(None);
            };
            Ok(store
                .step_link_in_county(county, link)
                .await?
                .map(|name| (link, name)))
        }
    };
    // A candidate picked after several matched: taken as it is.
    if let Some(raw) = picked {
        return Ok(match exact(raw).await? {
            Some((link, name)) => Resolved::Link(link, name),
            None => Resolved::Problem("plan-step-link-unknown"),
        });
    }
    // The suggestion chosen (or the link of a form that came back): taken while the
    // field still holds its name. A name typed over it is looked up instead: without
    // JavaScript nothing else empties the hidden field.
    if let Some(raw) = suggested {
        match exact(raw).await? {
            Some((link, name)) if q.is_empty() || fold(&q) == fold(&name) => {
                return Ok(Resolved::Link(link, name));
            }
            None if q.is_empty() => return Ok(Resolved::Problem("plan-step-link-unknown")),
            _ => {}
        }
    }
    let Some(query) = SearchQuery::new(&q) else {
        return Ok(Resolved::Problem("plan-step-link-not-found"));
    };
    let mut found = store.step_link_search(county, &query, now(), SHOWN).await?;
    let folded = fold(&q);
    Ok(match found.len() {
        0 => Resolved::Problem("plan-step-link-not-found"),
        1 => {
            let (link, name) = found.remove(0);
            Resolved::Link(link, name)
        }
        // Several: the one named exactly so, if only one is.
        _ => {
            let exact: Vec<usize> = (0..found.len())
                .filter(|i| fold(&found[*i].1) == folded)
                .collect();
            match exact[..] {
                [i] => {
                    let (link, name) = found.remove(i);
                    Resolved::Link(link, name)
                }
                _ => Resolved::Choose(found),
            }
        }
    })
}
