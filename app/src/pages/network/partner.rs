//! The partner's own page: the actor's entry to keep current, the actor's posts in the
//! exchange with a form for a new one, and the matches the coordination made for them.
//! Nothing else of Lotse is reachable from a partner account.

use super::{post_facts, ActorForm, Choices, MatchCard, MatchView, PostForm, PostView};
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Notice, Posted};
use crate::pages::shell::{NavUser, Shell};
use leptos::prelude::*;

#[derive(Clone, Debug, Default)]
pub struct PartnerData {
    pub actor: String,
    pub version: i64,
    pub choices: Choices,
    pub posts: Vec<PostView>,
    pub matches: Vec<MatchView>,
    pub notice: Option<String>,
    pub alert: Option<String>,
}

#[component]
pub fn PartnerPage(data: PartnerData, entry: Posted, post: Posted, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let posts = data
        .posts
        .iter()
        .map(|p| {
            let facts = post_facts(&tr, p);
            view! {
                <li class="card" data-testid=format!("own-post-{}", p.id)>
                    <p class="badge">{tr.t(&format!("exchange-side-{}", p.side))}</p>
                    <h3 dir="auto">{p.title.clone()}</h3>
                    <p>{facts}</p>
                    {if p.closed {
                        view! { <p class="muted">{tr.t("post-closed")}</p> }.into_any()
                    } else {
                        view! {
                            <form method="post" action=format!("/network/mine/posts/{}/close", p.id) class="inline-form">
                                <button type="submit" class="button small" aria-label=format!("{}: {}", tr.t("post-close"), p.title)>
                                    {tr.t("post-close")}
                                </button>
                            </form>
                        }.into_any()
                    }}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let no_posts = posts.is_empty();
    let matches = data
        .matches
        .iter()
        .cloned()
        .map(|m| view! { <MatchCard m=m return_to="/network/mine".to_string()/> })
        .collect::<Vec<_>>();
    let has_matches = !matches.is_empty();
    view! {
        <Shell title=data.actor.clone() current_path="/network/mine".to_string() user=Some(user)>
            <h1 dir="auto">{data.actor.clone()}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            <p>{tr.t("partner-intro")}</p>
            {has_matches.then(|| view! {
                <section aria-labelledby="h-own-matches">
                    <h2 id="h-own-matches">{tr.t("exchange-matches")}</h2>
                    <ul class="steps">{matches}</ul>
                </section>
            })}
            <section aria-labelledby="h-own-posts">
                <h2 id="h-own-posts">{tr.t("partner-posts")}</h2>
                {no_posts.then(|| view! { <p class="card empty">{tr.t("partner-no-posts")}</p> })}
                <ul class="steps">{posts}</ul>
            </section>
            <section class="card section" aria-labelledby="h-new-own-post">
                <h2 id="h-new-own-post">{tr.t("post-new")}</h2>
                <PostForm action="/network/mine/posts".to_string() posted=post choices=Choices {
                    districts: data.choices.districts.clone(),
                    ..Choices::default()
                }/>
            </section>
            <section class="card section" aria-labelledby="h-own-entry">
                <h2 id="h-own-entry">{tr.t("partner-entry")}</h2>
                <p class="hint">{tr.t("partner-entry-hint")}</p>
                <ActorForm action="/network/mine".to_string() posted=entry choices=data.choices version=data.version
                    submit=tr.t("save")/>
            </section>
        </Shell>
    }
}
