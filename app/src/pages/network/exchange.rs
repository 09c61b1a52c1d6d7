//! The resource exchange for staff: open posts with a filter and the form for a new
//! one, a post with Lotse's proposals and its matches, what was exchanged, and the
//! printable "Wir bieten / Wir suchen" board for network meetings.

use super::actors::NetworkTabs;
use super::{
    post_facts, post_owner, side_options, topic_options, Choices, MatchCard, MatchView, PostForm, PostView,
};
use crate::i18n::use_tr;
use crate::network::{Fit, Side};
use crate::pages::forms::{ErrorSummary, Notice, Posted, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct ExchangeData {
    pub posts: Vec<PostView>,
    pub paging: crate::pages::pager::Paging,
    /// The list's address with its filter, for the pager.
    pub base: String,
    pub choices: Choices,
    /// Matches waiting for a side and those agreed lately.
    pub matches: Vec<MatchView>,
    /// What was exchanged this year: (topic, count), counts as shown ("< 5" rule does
    /// not apply: these are organisations, not people).
    pub exchanged: Vec<(String, i64)>,
    pub side: String,
    pub topic: String,
    pub district: String,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

/// A post in a list, linked to its page.
#[component]
fn PostItem(p: PostView) -> impl IntoView {
    let tr = use_tr();
    let facts = post_facts(&tr, &p);
    view! {
        <li class="card" data-testid=format!("post-{}", p.id)>
            <p class="badge">{tr.t(&format!("exchange-side-{}", p.side))}</p>
            <h3><a href=format!("/network/exchange/{}", p.id) dir="auto">{p.title.clone()}</a></h3>
            <p>{facts}</p>
            <p dir="auto">{post_owner(&tr, &p.actor)}</p>
        </li>
    }
}

#[component]
pub fn ExchangePage(data: ExchangeData, posted: Posted, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let posts = data
        .posts
        .iter()
        .cloned()
        .map(|p| view! { <PostItem p=p/> })
        .collect::<Vec<_>>();
    let empty = posts.is_empty();
    let matches = data
        .matches
        .iter()
        .cloned()
        .map(|m| view! { <MatchCard m=m return_to="/network/exchange".to_string()/> })
        .collect::<Vec<_>>();
    let has_matches = !matches.is_empty();
    let exchanged = data
        .exchanged
        .iter()
        .map(|(topic, n)| view! { <tr><th scope="row">{tr.t(&format!("exchange-topic-{topic}"))}</th><td>{tr.number(*n)}</td></tr> })
        .collect::<Vec<_>>();
    let has_exchanged = !exchanged.is_empty();
    let all = || (String::new(), tr.t("network-filter-all"));
    let sides = std::iter::once(all())
        .chain(side_options(&tr))
        .collect::<Vec<_>>();
    let topics = std::iter::once(all())
        .chain(topic_options(&tr))
        .collect::<Vec<_>>();
    let districts = std::iter::once(all())
        .chain(data.choices.districts.iter().cloned())
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("network-exchange") current_path="/network/exchange".to_string() user=Some(user)>
            <h1>{tr.t("network-exchange")}</h1>
            <NetworkTabs current="/network/exchange"/>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("exchange-intro")}</p>
            {has_matches.then(|| view! {
                <section aria-labelledby="h-matches">
                    <h2 id="h-matches">{tr.t("exchange-matches")}</h2>
                    <ul class="steps">{matches}</ul>
                </section>
            })}
            <section aria-labelledby="h-posts">
                <h2 id="h-posts">{tr.t("exchange-open-posts")}</h2>
                <form method="get" action="/network/exchange" class="card filters" role="search">
                    <div class="row">
                        <Select name="side" label=tr.t("post-form-side") options=sides selected=data.side.clone() id="filter-side".to_string()/>
                        <Select name="topic" label=tr.t("post-form-topic") options=topics selected=data.topic.clone() id="filter-topic".to_string()/>
                        <Select name="district" label=tr.t("post-form-district") options=districts selected=data.district.clone() id="filter-district".to_string()/>
                    </div>
                    <button type="submit" class="button">{tr.t("network-filter-apply")}</button>
                </form>
                {empty.then(|| view! { <p class="card empty">{tr.t("exchange-empty")}</p> })}
                <ul class="steps">{posts}</ul>
                <crate::pages::pager::Pager paging=data.paging.clone() base=data.base.clone()/>
            </section>
            <section class="card section" aria-labelledby="h-new-post">
                <h2 id="h-new-post">{tr.t("post-new")}</h2>
                <PostForm action="/network/exchange".to_string() posted=posted choices=data.choices.clone()/>
            </section>
            <section class="card section" aria-labelledby="h-exchanged">
                <h2 id="h-exchanged">{tr.t("exchange-exchanged")}</h2>
                {if has_exchanged {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-exchanged"><table>
                            <thead><tr><th scope="col">{tr.t("post-form-topic")}</th><th scope="col">{tr.t("exchange-count")}</th></tr></thead>
                            <tbody>{exchanged}</tbody>
                        </table></div>
                    }.into_any()
                } else {
                    view! { <p class="empty">{tr.t("exchange-nothing-exchanged")}</p> }.into_any()
                }}
            </section>
        </Shell>
    }
}

#[derive(Clone, Debug)]
pub struct PostPageData {
    pub post: PostView,
    /// Lotse's proposals with how well each fits.
    pub proposals: Vec<(PostView, Fit)>,
    pub matches: Vec<MatchView>,
    /// May match and close (coordination, or the staff who speak for it).
    pub manage: bool,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn PostPage(data: PostPageData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let p = data.post.clone();
    let id = p.id;
    let here = format!("/network/exchange/{id}");
    let proposals = data
        .proposals
        .iter()
        .map(|(c, fit)| {
            let fit = match fit {
                Fit::SameDistrict => tr.t("proposal-fit-district"),
                Fit::Municipality => tr.t("proposal-fit-municipality"),
            };
            let facts = post_facts(&tr, c);
            view! {
                <li class="card" data-testid=format!("proposal-{}", c.id)>
                    <h3 dir="auto"><a href=format!("/network/exchange/{}", c.id)>{c.title.clone()}</a></h3>
                    <p>{facts}</p>
                    <p dir="auto">{post_owner(&tr, &c.actor)}</p>
                    <p class="muted">{fit}</p>
                    {data.manage.then(|| view! {
                        <form method="post" action=format!("/network/exchange/{id}/match") class="inline-form">
                            <input type="hidden" name="other" value=c.id.to_string()/>
                            <button type="submit" class="button primary small"
                                aria-label=format!("{}: {}", tr.t("proposal-match"), c.title)>{tr.t("proposal-match")}</button>
                        </form>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let no_proposals = proposals.is_empty();
    let matches = data
        .matches
        .iter()
        .cloned()
        .map(|m| view! { <MatchCard m=m return_to=here.clone()/> })
        .collect::<Vec<_>>();
    let has_matches = !matches.is_empty();
    let facts = post_facts(&tr, &p);
    view! {
        <Shell title=p.title.clone() current_path=here.clone() user=Some(user)>
            <BackLink href="/network/exchange" label=tr.t("network-exchange")/>
            <p class="badge">{tr.t(&format!("exchange-side-{}", p.side))}</p>
            <h1 dir="auto">{p.title.clone()}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{facts}</p>
            {(!p.details.is_empty()).then(|| view! { <p dir="auto">{p.details.clone()}</p> })}
            <p dir="auto">{post_owner(&tr, &p.actor)}{(!p.contact.is_empty()).then(|| format!(" · {}", p.contact))}</p>
            {p.closed.then(|| view! { <p class="alert-warning">{tr.t("post-closed")}</p> })}
            {has_matches.then(|| view! {
                <section aria-labelledby="h-post-matches">
                    <h2 id="h-post-matches">{tr.t("exchange-matches")}</h2>
                    <ul class="steps">{matches}</ul>
                </section>
            })}
            {(!p.closed).then(|| view! {
                <section aria-labelledby="h-proposals">
                    <h2 id="h-proposals">{tr.t("proposals-heading")}</h2>
                    <p class="hint">{tr.t("proposals-hint")}</p>
                    {no_proposals.then(|| view! { <p class="card empty">{tr.t("proposals-empty")}</p> })}
                    <ul class="steps">{proposals}</ul>
                </section>
            })}
            {(data.manage && !p.closed).then(|| view! {
                <form method="post" action=format!("/network/exchange/{id}/close")>
                    <button type="submit" class="button">{tr.t("post-close")}</button>
                </form>
            })}
        </Shell>
    }
}

#[derive(Clone, Debug, Default)]
pub struct BoardData {
    pub municipality: String,
    pub posts: Vec<PostView>,
    pub today: String,
    /// Open posts not on the board (it holds the newest [`BOARD_POSTS`]).
    pub more: i64,
}

/// How many posts a printed board holds (the newest).
pub const BOARD_POSTS: i64 = 200;

/// The board to print for a network meeting: offers beside requests, by topic, with
/// who to call.
#[component]
pub fn BoardPage(data: BoardData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let column = |side: Side| {
        let items = data
            .posts
            .iter()
            .filter(|p| p.side == side)
            .map(|p| {
                let facts = post_facts(&tr, p);
                view! {
                    <li class="board-item">
                        <h3 dir="auto">{p.title.clone()}</h3>
                        <p>{facts}</p>
                        {(!p.details.is_empty()).then(|| view! { <p dir="auto">{p.details.clone()}</p> })}
                        <p dir="auto"><strong>{post_owner(&tr, &p.actor)}</strong>
                            {(!p.contact.is_empty()).then(|| format!(" · {}", p.contact))}</p>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        let empty = items.is_empty();
        let heading = tr.t(&format!("board-{side}"));
        view! {
            <section class="board-column" aria-label=heading.clone()>
                <h2>{heading.clone()}</h2>
                {empty.then(|| view! { <p class="empty">{tr.t("exchange-empty")}</p> })}
                <ul class="plain-list">{items}</ul>
            </section>
        }
    };
    let title = tr.ta(
        "board-title",
        &[("municipality", data.municipality.clone().into())],
    );
    let as_of = tr.ta("board-as-of", &[("date", tr.date(&data.today).into())]);
    let offers = column(Side::Offer);
    let seeks = column(Side::Seek);
    view! {
        <Shell title=title.clone() current_path="/network/exchange/board".to_string() user=Some(user)>
            <div class="no-print">
                <BackLink href="/network/exchange" label=tr.t("network-exchange")/>
                <NetworkTabs current="/network/exchange/board"/>
                <p class="hint">{tr.t("board-hint")}</p>
            </div>
            <h1>{title}</h1>
            <p>{as_of}</p>
            {(data.more > 0).then(|| view! { <p class="hint">{tr.ta("board-more", &[("count", data.more.into())])}</p> })}
            <div class="board">
                {offers}
                {seeks}
            </div>
        </Shell>
    }
}
