//! The staff's side of actors: the list with a filter (every guide, to know whom to
//! call), the form for a new one or a change, partner accounts and translations
//! (coordinators and the volunteer coordination).

use super::{ActorForm, Choices, PartnerField, PARTNER_FORM};
use crate::i18n::use_tr;
use crate::pages::forms::{ErrorSummary, Field, Notice, Posted, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

/// An actor in the staff's list.
#[derive(Clone, Debug)]
pub struct ActorCard {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub district: Option<String>,
    pub languages: Vec<String>,
    pub about: String,
    pub audience: String,
    pub contact: String,
    pub public: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ActorsData {
    pub actors: Vec<ActorCard>,
    /// How many match the filter in all, and the page shown.
    pub total: i64,
    pub paging: crate::pages::pager::Paging,
    /// The list's address with its filter, for the pager.
    pub base: String,
    /// May add and change actors (else: reads the list).
    pub manage: bool,
    pub choices: Choices,
    /// The filter as asked: kind, district id, name.
    pub kind: String,
    pub district: String,
    pub name: String,
    pub notice: Option<String>,
}

/// The links of the network's staff pages.
#[component]
pub fn NetworkTabs(current: &'static str) -> impl IntoView {
    let tr = use_tr();
    let links = [
        ("/network", "network-actors"),
        ("/network/exchange", "network-exchange"),
        ("/network/exchange/board", "network-board"),
    ]
    .into_iter()
    .map(|(href, id)| {
        let here = (href == current).then_some("page");
        view! { <li><a href=href aria-current=here>{tr.t(id)}</a></li> }
    })
    .collect::<Vec<_>>();
    view! { <nav aria-label=tr.t("network-title")><ul class="chips">{links}</ul></nav> }
}

#[component]
pub fn ActorsPage(data: ActorsData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let manage = data.manage;
    let cards = data
        .actors
        .iter()
        .map(|a| {
            let langs = a
                .languages
                .iter()
                .map(|l| tr.t(&format!("language-{l}")))
                .collect::<Vec<_>>()
                .join(", ");
            let district = a.district.clone().unwrap_or_else(|| tr.t("actor-whole-municipality"));
            let title = if manage {
                view! { <a href=format!("/network/actors/{}", a.id)>{a.name.clone()}</a> }.into_any()
            } else {
                view! { <span>{a.name.clone()}</span> }.into_any()
            };
            view! {
                <li class="card" data-testid=format!("actor-{}", a.id)>
                    <h2 dir="auto">{title}</h2>
                    <p>{tr.t(&format!("actor-kind-{}", a.kind))}" · "{district}</p>
                    {(!a.about.is_empty()).then(|| view! { <p dir="auto">{a.about.clone()}</p> })}
                    {(!a.audience.is_empty()).then(|| view! {
                        <p dir="auto">{tr.ta("actor-audience-line", &[("audience", a.audience.clone().into())])}</p>
                    })}
                    {(!langs.is_empty()).then(|| view! { <p class="muted">{tr.ta("actor-languages-line", &[("languages", langs.clone().into())])}</p> })}
                    {(!a.contact.is_empty()).then(|| view! { <p dir="auto">{a.contact.clone()}</p> })}
                    {a.public.then(|| view! { <p class="badge">{tr.t("actor-listed-publicly")}</p> })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let empty = cards.is_empty();
    let mut kinds = super::kind_options(&tr);
    kinds.insert(0, (String::new(), tr.t("network-filter-all")));
    let districts = std::iter::once((String::new(), tr.t("network-filter-all")))
        .chain(data.choices.districts.iter().cloned())
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("network-title") current_path="/network".to_string() user=Some(user)>
            <h1>{tr.t("network-title")}</h1>
            <NetworkTabs current="/network"/>
            <Notice message=data.notice/>
            <p>{tr.t("network-intro")}</p>
            {manage.then(|| view! { <p><a class="button primary" href="/network/actors/new">{tr.t("actor-new")}</a></p> })}
            <form method="get" action="/network" class="card filters" role="search">
                <div class="row">
                    <Select name="kind" label=tr.t("actor-form-kind") options=kinds selected=data.kind.clone()/>
                    <Select name="district" label=tr.t("actor-form-district") options=districts selected=data.district.clone()/>
                    <Field name="name" label=tr.t("actor-filter-name") input_type="search" value=data.name.clone()/>
                </div>
                <button type="submit" class="button">{tr.t("network-filter-apply")}</button>
            </form>
            <p role="status">{tr.ta("actors-count", &[("count", data.total.into())])}</p>
            {empty.then(|| view! { <p class="card empty">{tr.t("actors-empty")}</p> })}
            <ul class="steps">{cards}</ul>
            <crate::pages::pager::Pager paging=data.paging.clone() base=data.base.clone()/>
            <p><a href="/actors">{tr.t("actors-public-link")}</a></p>
        </Shell>
    }
}

#[derive(Clone, Debug, Default)]
pub struct ActorNewData {
    pub choices: Choices,
    pub alert: Option<String>,
}

#[component]
pub fn ActorNewPage(data: ActorNewData, posted: Posted, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("actor-new") current_path="/network/actors/new".to_string() user=Some(user)>
            <BackLink href="/network" label=tr.t("network-title")/>
            <h1>{tr.t("actor-new")}</h1>
            <ErrorSummary message=data.alert/>
            <ActorForm action="/network/actors".to_string() posted=posted choices=data.choices version=0
                submit=tr.t("actor-save-new")/>
        </Shell>
    }
}

/// A partner account as the actor's page lists it.
#[derive(Clone, Debug)]
pub struct PartnerView {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub has_password: bool,
    pub disabled: bool,
}

#[derive(Clone, Debug, Default)]
pub struct ActorEditData {
    pub id: i64,
    pub name: String,
    pub version: i64,
    pub choices: Choices,
    pub partners: Vec<PartnerView>,
    /// (language code, state message id) of each client language.
    pub translations: Vec<(String, &'static str)>,
    pub notice: Option<String>,
    pub alert: Option<String>,
    /// A fresh invitation link, shown once.
    pub invite_link: Option<String>,
}

#[component]
pub fn ActorEditPage(
    data: ActorEditData,
    actor: Posted,
    partner: Posted,
    post: Posted,
    user: NavUser,
) -> impl IntoView {
    let tr = use_tr();
    let id = data.id;
    let partners = data
        .partners
        .iter()
        .map(|p| {
            let state = if p.disabled {
                tr.t("partner-ended")
            } else if p.has_password {
                tr.t("partner-active")
            } else {
                tr.t("partner-invited")
            };
            view! {
                <li class="row-item">
                    <span dir="auto">{p.name.clone()}" · "{p.email.clone()}" · "{state}</span>
                    {(!p.disabled).then(|| view! {
                        <form method="post" action=format!("/network/actors/{id}/partners/{}/end", p.id) class="inline-form">
                            <button type="submit" class="button small" aria-label=format!("{}: {}", tr.t("partner-end"), p.name)>
                                {tr.t("partner-end")}
                            </button>
                        </form>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let translations = data
        .translations
        .iter()
        .map(|(lang, state)| {
            view! {
                <li class="row-item">
                    <a href=format!("/network/actors/{id}/texts/{lang}")>{tr.t(&format!("language-{lang}"))}</a>
                    " · "{tr.t(state)}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let post_choices = Choices {
        districts: data.choices.districts.clone(),
        ..Choices::default()
    };
    let p = PARTNER_FORM;
    let (name_value, name_error) = (
        partner.value(p, PartnerField::Name.name()),
        partner.error(p, PartnerField::Name.name()),
    );
    let (email_value, email_error) = (
        partner.value(p, PartnerField::Email.name()),
        partner.error(p, PartnerField::Email.name()),
    );
    view! {
        <Shell title=data.name.clone() current_path=format!("/network/actors/{id}") user=Some(user)>
            <BackLink href="/network" label=tr.t("network-title")/>
            <h1 dir="auto">{data.name.clone()}</h1>
            <Notice message=data.notice/>
            <ErrorSummary message=data.alert/>
            {data.invite_link.map(|link| view! {
                <div class="card section" role="status">
                    <p>{tr.t("partner-link-once")}</p>
                    <p class="code" data-testid="invite-link"><code>{link}</code></p>
                </div>
            })}
            <section class="card section" aria-labelledby="h-actor-edit">
                <h2 id="h-actor-edit">{tr.t("actor-edit")}</h2>
                <ActorForm action=format!("/network/actors/{id}") posted=actor choices=data.choices version=data.version
                    submit=tr.t("save")/>
            </section>
            <section class="card section" aria-labelledby="h-actor-post">
                <h2 id="h-actor-post">{tr.t("actor-post-heading")}</h2>
                <super::PostForm action="/network/exchange".to_string() posted=post
                    choices=post_choices
                    actor=(id, data.name.clone())/>
            </section>
            <section class="card section" aria-labelledby="h-actor-texts">
                <h2 id="h-actor-texts">{tr.t("actor-translations")}</h2>
                <p class="hint">{tr.t("actor-translations-hint")}</p>
                <ul class="plain-list">{translations}</ul>
            </section>
            <section class="card section" aria-labelledby="h-partners">
                <h2 id="h-partners">{tr.t("partner-heading")}</h2>
                <p class="hint">{tr.t("partner-hint")}</p>
                <ul class="plain-list">{partners}</ul>
                <form method="post" action=format!("/network/actors/{id}/partners") class="stack" novalidate>
                    <Field name=PartnerField::Name.name() label=tr.t("partner-name") value=name_value
                        error=name_error required=true maxlength=160 id="f-partner-name".to_string()/>
                    <Field name=PartnerField::Email.name() label=tr.t("partner-email") input_type="email" autocomplete="off"
                        value=email_value error=email_error required=true maxlength=254
                        id="f-partner-email".to_string()/>
                    <button type="submit" class="button">{tr.t("partner-invite")}</button>
                </form>
            </section>
        </Shell>
    }
}
