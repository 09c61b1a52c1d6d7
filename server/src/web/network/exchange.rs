//! The resource exchange for staff: open posts and the form for a new one, a post with
//! Lotse's proposals, matching (the coordination), confirming and declining a side of a
//! match (staff and partners, each for the sides they speak for), and the board to print.

use super::{choices, done, match_view, networker, parse_id, post_view, speaks_for, staff, Networker, Part};
use crate::db::network::exchange::{NewPost, NoMatch, PostFilter};
use crate::time::{add_days, today_iso};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::network::{Side, Topic, DEFAULT_DAYS, MAX_DAYS};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::network::exchange::{
    BoardData, BoardPage, ExchangeData, ExchangePage, PostPage, PostPageData, BOARD_POSTS,
};
use lotse_app::pages::network::{Choices, PostField, PostInput, POST_FORM};
use lotse_app::pages::pager::{query_string, Paging};
use serde::Deserialize;

/// A post as posted, checked field by field (the actor it is for, if any, is checked by
/// the caller: a partner's posts are always their actor's).
pub(crate) fn parse_post(form: &FormData, choices: &Choices, today: &str) -> Result<NewPost, FieldErrors> {
    use PostField as F;
    let input: PostInput = form.input();
    let mut p = Problems::new();
    let side = p.check(F::Side, forms::required_parsed(&input.side, Side::parse));
    let topic = p.check(F::Topic, forms::required_parsed(&input.topic, Topic::parse));
    let title = p.check(F::Title, forms::required_text(&input.title, 120));
    let details = p.check(F::Details, forms::optional_text(&input.details, 1000));
    let district = p.check(
        F::District,
        super::actors::pick(&input.district, &choices.districts),
    );
    let from_on = p
        .check(F::FromOn, forms::optional_date(&input.from_on))
        .map(|d| d.unwrap_or_else(|| today.to_string()));
    let until_on = p.check(F::UntilOn, forms::optional_date(&input.until_on));
    let until_on = match (&from_on, until_on) {
        (Some(from), Some(until)) => {
            let until = until.or_else(|| add_days(from.as_str().max(today), DEFAULT_DAYS));
            match until {
                Some(u) if u.as_str() < from.as_str() => {
                    p.add(F::UntilOn, Problem::new("post-until-before-from"));
                    None
                }
                Some(u) if u.as_str() < today => {
                    p.add(F::UntilOn, Problem::new("post-until-past"));
                    None
                }
                Some(u) if add_days(from, MAX_DAYS).is_some_and(|last| u > last) => {
                    p.add(F::UntilOn, Problem::with_max("post-too-long", MAX_DAYS));
                    None
                }
                other => other,
            }
        }
        _ => None,
    };
    p.finish(|| {
        Some(NewPost {
            actor_id: None,
            side: side?,
            topic: topic?,
            district_id: district?,
            title: title?,
            details: details?.unwrap_or_default(),
            from_on: from_on?,
            until_on: until_on?,
        })
    })
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    side: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    page: String,
}

/// Posts on one page of the list.
const PER_PAGE: i64 = 30;

async fn render_list(
    ctx: &Ctx,
    n: Networker,
    q: ListQuery,
    posted: Posted,
    status: StatusCode,
    alert: Option<String>,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let today = today_iso();
    let filter = PostFilter {
        side: Side::parse(&q.side),
        topic: Topic::parse(&q.topic),
        district: q.district.parse().ok(),
        actor: None,
    };
    let (rows, total, page) = store
        .open_posts(
            n.municipality,
            &today,
            &filter,
            q.page.parse().unwrap_or(1),
            PER_PAGE,
        )
        .await?;
    let paging = Paging::new(page, total, PER_PAGE);
    let posts = rows.iter().map(post_view).collect();
    let side = filter.side.map(|s| s.as_str().to_string()).unwrap_or_default();
    let topic = filter.topic.map(|t| t.as_str().to_string()).unwrap_or_default();
    let district = filter.district.map(|d| d.to_string()).unwrap_or_default();
    let query = query_string(&[("side", &side), ("topic", &topic), ("district", &district)]);
    let base = if query.is_empty() {
        "/network/exchange".to_string()
    } else {
        format!("/network/exchange?{query}")
    };
    let year_ago = crate::db::now() - 365 * 86_400;
    let rows = store.matches_since(n.municipality, year_ago).await?;
    let mut exchanged: Vec<(String, i64)> = vec![];
    for t in Topic::ALL {
        let count = rows.iter().filter(|m| m.topic == *t && m.agreed()).count() as i64;
        if count > 0 {
            exchanged.push((t.as_str().to_string(), count));
        }
    }
    let mut matches = vec![];
    // Waiting matches, and those agreed in the last 30 days.
    let recent = crate::db::now() - 30 * 86_400;
    for m in rows
        .iter()
        .filter(|m| !m.declined && (!m.agreed() || m.agreed_at.is_some_and(|a| a >= recent)))
        .take(50)
    {
        matches.push(match_view(&n, m));
    }
    let data = ExchangeData {
        posts,
        paging,
        base,
        choices: choices(store, &n, false).await?,
        matches,
        exchanged,
        side,
        topic,
        district,
        notice: crate::web::flash::Flash::notice_on(store, &n.token, &n.tr, status).await?,
        alert,
    };
    let nav = n.nav;
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <ExchangePage data=data posted=posted user=nav/> }
        })
        .await)
}

pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let n = staff(&ctx).await?;
    render_list(&ctx, n, q, Posted::default(), StatusCode::OK, None).await
}

/// A new post: for the municipality (staff), or for an actor (the coordination, from the
/// actor's page: for an actor without a partner account, or on its behalf).
pub async fn create(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let n = staff(&ctx).await?;
    let store = &ctx.state.store;
    let actor = match form.get(PostField::Actor.name()).trim() {
        "" => None,
        raw => {
            if !n.coordination() {
                return Err(AppError::Forbidden);
            }
            Some(super::actors::load(store, &n, raw).await?)
        }
    };
    let choices = choices(store, &n, false).await?;
    match parse_post(&form, &choices, &today_iso()) {
        Ok(mut p) => {
            p.actor_id = actor.as_ref().map(|a| a.actor.id);
            let id = store.add_post(n.municipality, &p, n.user).await?;
            done(&ctx, &n, "post-saved", &format!("/network/exchange/{id}")).await
        }
        Err(errors) => {
            let posted = form.refused(POST_FORM, errors);
            let alert = Some(n.tr.t("form-errors-heading"));
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            match actor {
                Some(full) => {
                    let forms = super::actors::Forms {
                        actor: super::actors::stored_form(&full),
                        partner: Posted::default(),
                        post: posted,
                    };
                    super::actors::render_edit(&ctx, n, full, forms, status, alert).await
                }
                None => render_list(&ctx, n, ListQuery::default(), posted, status, alert).await,
            }
        }
    }
}

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let n = staff(&ctx).await?;
    let store = &ctx.state.store;
    let post = store
        .post(n.municipality, parse_id(&raw)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let today = today_iso();
    let proposals = if post.closed || post.until_on < today {
        vec![]
    } else {
        store
            .proposals(&post, &today)
            .await?
            .iter()
            .map(|(p, fit)| (post_view(p), *fit))
            .collect()
    };
    let mut matches = vec![];
    for m in store.post_matches(post.id).await? {
        matches.push(match_view(&n, &m));
    }
    let data = PostPageData {
        post: post_view(&post),
        proposals,
        matches,
        manage: n.coordination(),
        notice: crate::web::flash::Flash::take_info(store, &n.token, &n.tr).await?,
        alert: None,
    };
    let nav = n.nav;
    Ok(ctx
        .render(ctx.lang(true), move || view! { <PostPage data=data user=nav/> })
        .await)
}

pub async fn close(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let n = super::coordination(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    store.post(n.municipality, id).await?.ok_or(AppError::NotFound)?;
    store.close_post(n.municipality, id, None).await?;
    done(&ctx, &n, "post-closed-notice", &format!("/network/exchange/{id}")).await
}

/// Makes a match of this post and one of its proposals (the coordination).
pub async fn make_match(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let n = super::coordination(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    store.post(n.municipality, id).await?.ok_or(AppError::NotFound)?;
    let other = form
        .get("other")
        .parse::<i64>()
        .map_err(|_| AppError::BadRequest)?;
    let message = match store
        .make_match(n.municipality, id, other, &today_iso(), n.user)
        .await?
    {
        Ok(_) => "match-made",
        Err(NoMatch::Already) => "match-already",
        Err(NoMatch::Gone) => return Err(AppError::NotFound),
        Err(NoMatch::Unfit) => return Err(AppError::BadRequest),
    };
    done(&ctx, &n, message, &format!("/network/exchange/{id}")).await
}

/// Where to go after confirming or declining: the page the button was on.
fn back(form: &FormData, n: &Networker) -> String {
    match n.part {
        Part::Partner(_) => "/network/mine#h-own-matches".to_string(),
        _ => match forms::local_path(form.get("return_to")) {
            p if p.starts_with("/network/") => p,
            _ => "/network/exchange".to_string(),
        },
    }
}

/// Confirms one side of a match, for those who speak for it (see [`speaks_for`]).
pub async fn confirm(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let n = networker(&ctx).await?;
    let store = &ctx.state.store;
    let m = store
        .exchange_match(n.municipality, parse_id(&raw)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let own = [Side::Offer, Side::Seek]
        .iter()
        .any(|s| matches!(n.part, Part::Partner(a) if m.actor_of(*s) == Some(a)));
    if matches!(n.part, Part::Partner(_)) && !own {
        return Err(AppError::NotFound);
    }
    let side = Side::parse(form.get("side")).ok_or(AppError::BadRequest)?;
    if !speaks_for(&n, &m, side) {
        return Err(AppError::Forbidden);
    }
    let message = if store.confirm_match(n.municipality, m.id, side, n.user).await? {
        if m.confirmed(side.other()) {
            "match-agreed-notice"
        } else {
            "match-confirmed-notice"
        }
    } else {
        "match-unchanged"
    };
    done(&ctx, &n, message, &back(&form, &n)).await
}

/// Declines a match that is not yet agreed, for anyone who speaks for a side of it.
pub async fn decline(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let n = networker(&ctx).await?;
    let store = &ctx.state.store;
    let m = store
        .exchange_match(n.municipality, parse_id(&raw)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut may = n.coordination();
    for side in [Side::Offer, Side::Seek] {
        may = may || speaks_for(&n, &m, side);
    }
    if !may {
        return Err(if matches!(n.part, Part::Partner(_)) {
            AppError::NotFound
        } else {
            AppError::Forbidden
        });
    }
    let message = if store.decline_match(n.municipality, m.id, n.user).await? {
        "match-declined-notice"
    } else {
        "match-unchanged"
    };
    done(&ctx, &n, message, &back(&form, &n)).await
}

/// The board for a network meeting: every open post, offers beside requests.
pub async fn board(ctx: Ctx) -> Result<Response, AppError> {
    let n = staff(&ctx).await?;
    let store = &ctx.state.store;
    let today = today_iso();
    let (rows, total, _) = store
        .open_posts(n.municipality, &today, &PostFilter::default(), 1, BOARD_POSTS)
        .await?;
    let more = total - rows.len() as i64;
    let mut posts: Vec<_> = rows.iter().map(post_view).collect();
    posts.sort_by(|a, b| a.topic.cmp(&b.topic).then(a.title.cmp(&b.title)));
    let data = BoardData {
        municipality: store.municipality_name(n.municipality).await?.unwrap_or_default(),
        posts,
        today,
        more,
    };
    let nav = n.nav;
    Ok(ctx
        .render(ctx.lang(true), move || view! { <BoardPage data=data user=nav/> })
        .await)
}
