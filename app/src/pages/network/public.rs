//! Who does what, for everyone: the actors that agreed to be listed, readable without
//! sign-in and without JavaScript, in the reader's language where a translation is
//! published (else German, marked as German).

use crate::i18n::use_tr;
use crate::pages::shell::{NavUser, Shell};
use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct PublicActor {
    pub id: i64,
    pub municipality: String,
    pub name: String,
    pub kind: String,
    pub district: Option<String>,
    pub languages: Vec<String>,
    pub about: String,
    pub audience: String,
    pub text_lang: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    /// Their places in the directory: (office id, name).
    pub offices: Vec<(i64, String)>,
}

#[derive(Clone, Debug, Default)]
pub struct PublicActorsData {
    pub actors: Vec<PublicActor>,
    pub paging: crate::pages::pager::Paging,
    /// The list's address with its place, for the pager.
    pub base: String,
    pub municipalities: Vec<(i64, String)>,
    pub chosen: Option<i64>,
    pub kind: String,
}

#[component]
pub fn PublicActorsPage(data: PublicActorsData, user: Option<NavUser>) -> impl IntoView {
    let tr = use_tr();
    let reader = tr.lang().code().to_string();
    let choose = view! {
        <crate::pages::events::PlaceChooser base="/actors" municipalities=data.municipalities.clone() chosen=data.chosen/>
    };
    let cards = data
        .actors
        .iter()
        .map(|a| {
            let lang = (a.text_lang != reader).then(|| a.text_lang.clone());
            let langs = a
                .languages
                .iter()
                .map(|l| tr.t(&format!("language-{l}")))
                .collect::<Vec<_>>()
                .join(", ");
            let district = a.district.clone().unwrap_or_else(|| a.municipality.clone());
            let offices = a
                .offices
                .iter()
                .map(|(id, name)| view! { <li><a href=format!("/offices/{id}") lang="de" dir="auto">{name.clone()}</a></li> })
                .collect::<Vec<_>>();
            let has_offices = !offices.is_empty();
            let phone_href = format!("tel:{}", a.phone.replace(' ', ""));
            view! {
                <li class="card" id=format!("actor-{}", a.id) data-testid=format!("public-actor-{}", a.id)>
                    <h2 dir="auto">{a.name.clone()}</h2>
                    <p>{tr.t(&format!("actor-kind-{}", a.kind))}" · "<bdi>{district}</bdi></p>
                    {(!a.about.is_empty()).then(|| view! { <p lang=lang.clone() dir="auto">{a.about.clone()}</p> })}
                    {(!a.audience.is_empty()).then(|| view! {
                        <p>{tr.t("actors-for-whom")}" "<bdi lang=lang.clone()>{a.audience.clone()}</bdi></p>
                    })}
                    {(!langs.is_empty()).then(|| view! { <p class="muted">{tr.ta("actors-languages", &[("languages", langs.clone().into())])}</p> })}
                    <ul class="plain-list">
                        {(!a.phone.is_empty()).then(|| view! { <li><a href=phone_href.clone() dir="ltr">{a.phone.clone()}</a></li> })}
                        {(!a.email.is_empty()).then(|| view! { <li><a href=format!("mailto:{}", a.email) dir="ltr">{a.email.clone()}</a></li> })}
                        {(!a.website.is_empty()).then(|| view! { <li><a href=a.website.clone() dir="ltr" rel="noopener">{a.website.clone()}</a></li> })}
                    </ul>
                    {has_offices.then(|| view! {
                        <p>{tr.t("actors-places")}</p>
                        <ul class="plain-list">{offices}</ul>
                    })}
                </li>
            }
        })
        .collect::<Vec<_>>();
    let empty = cards.is_empty();
    view! {
        <Shell title=tr.t("actors-title") current_path="/actors".to_string() user=user>
            <h1>{tr.t("actors-title")}</h1>
            <p>{tr.t("actors-intro")}</p>
            {choose}
            {empty.then(|| view! { <p class="card empty">{tr.t("actors-public-empty")}</p> })}
            <ul class="steps">{cards}</ul>
            <crate::pages::pager::Pager paging=data.paging.clone() base=data.base.clone()/>
        </Shell>
    }
}
