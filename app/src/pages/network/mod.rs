//! The local network's pages: actors (the staff's list and form, the public list), the
//! resource exchange (posts, proposals, matches, the printable board) and the partner's
//! own page. Staff pages are German; the public list is in the reader's language.

pub mod actors;
pub mod exchange;
pub mod partner;
pub mod public;

use crate::domain::SPOKEN_LANGUAGES;
use crate::i18n::{use_tr, Tr};
use crate::network::{ActorKind, Side, Topic};
use crate::pages::forms::{CheckGroup, Checkbox, Field, Posted, Select, TextArea};
use leptos::prelude::*;

pub const ACTOR_FORM: &str = "actor";
pub const POST_FORM: &str = "post";
pub const PARTNER_FORM: &str = "partner";

crate::form! {
    /// An actor as posted. `languages`, `offices` and `groups` are checkbox groups.
    ActorInput / ActorField {
        version: Version,
        kind: Kind,
        name: Name,
        district: District,
        languages: Languages,
        contact_name: ContactName,
        phone: Phone,
        email: Email,
        website: Website,
        public: Public,
        about: About,
        audience: Audience,
        offices: Offices,
        groups: Groups,
    }
}

crate::form! {
    /// A post of the exchange as posted; `actor` only on the staff's form.
    PostInput / PostField {
        actor: Actor,
        side: Side,
        topic: Topic,
        district: District,
        title: Title,
        details: Details,
        from_on: FromOn,
        until_on: UntilOn,
    }
}

crate::form! {
    /// The invitation of an actor's contact person.
    PartnerInput / PartnerField {
        name: Name,
        email: Email,
    }
}

/// The choices a network form offers: (value, label) pairs.
#[derive(Clone, Debug, Default)]
pub struct Choices {
    pub districts: Vec<(String, String)>,
    /// Directory places and group offers an actor can be linked to (staff only).
    pub offices: Vec<(String, String)>,
    pub groups: Vec<(String, String)>,
}

fn with_none(tr: &Tr, none: &str, items: &[(String, String)]) -> Vec<(String, String)> {
    std::iter::once((String::new(), tr.t(none)))
        .chain(items.iter().cloned())
        .collect()
}

pub(crate) fn kind_options(tr: &Tr) -> Vec<(String, String)> {
    ActorKind::ALL
        .iter()
        .map(|k| (k.as_str().to_string(), tr.t(&format!("actor-kind-{k}"))))
        .collect()
}

pub(crate) fn topic_options(tr: &Tr) -> Vec<(String, String)> {
    Topic::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), tr.t(&format!("exchange-topic-{t}"))))
        .collect()
}

pub(crate) fn side_options(tr: &Tr) -> Vec<(String, String)> {
    Side::ALL
        .iter()
        .map(|s| (s.as_str().to_string(), tr.t(&format!("exchange-side-{s}"))))
        .collect()
}

/// The actor form: on the staff's page with links into the directory, on the partner's
/// page without (they see nothing else of Lotse).
#[component]
pub fn ActorForm(
    action: String,
    posted: Posted,
    choices: Choices,
    version: i64,
    submit: String,
) -> impl IntoView {
    let tr = use_tr();
    use ActorField as F;
    let f = ACTOR_FORM;
    let v = |x: ActorField| posted.value(f, x.name());
    let e = |x: ActorField| posted.error(f, x.name());
    let mut kinds = kind_options(&tr);
    kinds.insert(0, (String::new(), tr.t("choose")));
    let languages = SPOKEN_LANGUAGES
        .iter()
        .map(|c| (c.to_string(), tr.t(&format!("language-{c}"))))
        .collect::<Vec<_>>();
    let links = (!choices.offices.is_empty() || !choices.groups.is_empty()).then(|| {
        view! {
            <CheckGroup name=F::Offices.name() legend=tr.t("actor-form-offices") options=choices.offices.clone()
                chosen=v(F::Offices)/>
            <CheckGroup name=F::Groups.name() legend=tr.t("actor-form-groups") options=choices.groups.clone()
                chosen=v(F::Groups)/>
        }
    });
    view! {
        <form method="post" action=action class="stack" novalidate>
            <input type="hidden" name=F::Version.name() value=version.to_string()/>
            <Field name=F::Name.name() label=tr.t("actor-form-name") value=v(F::Name) error=e(F::Name) required=true maxlength=160/>
            <Select name=F::Kind.name() label=tr.t("actor-form-kind") options=kinds selected=v(F::Kind) error=e(F::Kind)/>
            <Select name=F::District.name() label=tr.t("actor-form-district")
                options=with_none(&tr, "actor-whole-municipality", &choices.districts) selected=v(F::District)
                error=e(F::District) optional_label=tr.t("optional") id="f-actor-district".to_string()/>
            <TextArea name=F::About.name() label=tr.t("actor-form-about") value=v(F::About) error=e(F::About)
                rows=3 maxlength=2000 optional_label=tr.t("optional")/>
            <TextArea name=F::Audience.name() label=tr.t("actor-form-audience") value=v(F::Audience) error=e(F::Audience)
                rows=2 maxlength=1000 optional_label=tr.t("optional")/>
            <CheckGroup name=F::Languages.name() legend=tr.t("actor-form-languages") options=languages
                chosen=v(F::Languages) error=e(F::Languages)/>
            <fieldset class="stack">
                <legend>{tr.t("actor-form-contact")}</legend>
                <Field name=F::ContactName.name() label=tr.t("actor-form-contact-name") value=v(F::ContactName)
                    error=e(F::ContactName) maxlength=160 optional_label=tr.t("optional")/>
                <Field name=F::Phone.name() label=tr.t("actor-form-phone") input_type="tel" autocomplete="tel"
                    value=v(F::Phone) error=e(F::Phone) maxlength=40 optional_label=tr.t("optional")/>
                <Field name=F::Email.name() label=tr.t("actor-form-email") input_type="email" autocomplete="email"
                    value=v(F::Email) error=e(F::Email) maxlength=254 optional_label=tr.t("optional")/>
                <Field name=F::Website.name() label=tr.t("actor-form-website") input_type="url" value=v(F::Website)
                    error=e(F::Website) maxlength=300 optional_label=tr.t("optional")/>
            </fieldset>
            {links}
            <Checkbox name=F::Public.name() label=tr.t("actor-form-public") checked=v(F::Public) == "on"/>
            <button type="submit" class="button primary">{submit}</button>
        </form>
    }
}

/// The form for a new post of the exchange; `actor` (id, name) when the coordination
/// posts for an actor (from the actor's page), else the post is the poster's own.
#[component]
pub fn PostForm(
    action: String,
    posted: Posted,
    choices: Choices,
    #[prop(optional)] actor: Option<(i64, String)>,
) -> impl IntoView {
    let tr = use_tr();
    use PostField as F;
    let f = POST_FORM;
    let v = |x: PostField| posted.value(f, x.name());
    let e = |x: PostField| posted.error(f, x.name());
    let mut topics = topic_options(&tr);
    topics.insert(0, (String::new(), tr.t("choose")));
    let sides = side_options(&tr);
    let side = v(F::Side);
    let side_boxes = sides
        .into_iter()
        .map(|(value, label)| {
            let id = format!("f-side-{value}");
            let checked = side == value;
            view! {
                <div class="check">
                    <input type="radio" id=id.clone() name=F::Side.name() value=value checked=checked/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    let actor = actor.map(|(id, name)| {
        view! {
            <input type="hidden" name=F::Actor.name() value=id.to_string()/>
            <p>{tr.ta("post-form-for", &[("actor", name.into())])}</p>
        }
    });
    view! {
        <form method="post" action=action class="stack" novalidate>
            <fieldset>
                <legend>{tr.t("post-form-side")}</legend>
                {e(F::Side).map(|m| view! { <p class="error">{m}</p> })}
                <div class="checks">{side_boxes}</div>
            </fieldset>
            {actor}
            <Select name=F::Topic.name() label=tr.t("post-form-topic") options=topics selected=v(F::Topic) error=e(F::Topic)/>
            <Field name=F::Title.name() label=tr.t("post-form-title") hint=tr.t("post-form-title-hint") value=v(F::Title)
                error=e(F::Title) required=true maxlength=120/>
            <TextArea name=F::Details.name() label=tr.t("post-form-details") value=v(F::Details) error=e(F::Details)
                rows=3 maxlength=1000 optional_label=tr.t("optional")/>
            <Select name=F::District.name() label=tr.t("post-form-district")
                options=with_none(&tr, "actor-whole-municipality", &choices.districts) selected=v(F::District)
                error=e(F::District) optional_label=tr.t("optional")/>
            <div class="row">
                <Field name=F::FromOn.name() label=tr.t("post-form-from") input_type="date" value=v(F::FromOn)
                    error=e(F::FromOn) optional_label=tr.t("optional")/>
                <Field name=F::UntilOn.name() label=tr.t("post-form-until") input_type="date" value=v(F::UntilOn)
                    error=e(F::UntilOn) optional_label=tr.t("optional")/>
            </div>
            <p class="hint">{tr.t("post-form-period-hint")}</p>
            <button type="submit" class="button primary">{tr.t("post-save")}</button>
        </form>
    }
}

/// A post as lists show it.
#[derive(Clone, Debug)]
pub struct PostView {
    pub id: i64,
    pub side: Side,
    pub topic: Topic,
    pub title: String,
    pub details: String,
    /// The actor's name, or None for the municipality's integration management.
    pub actor: Option<String>,
    pub district: Option<String>,
    pub from_on: String,
    pub until_on: String,
    pub closed: bool,
    /// Contact line (name, phone, e-mail), shown where the reader may see it.
    pub contact: String,
}

/// A post's facts in one line: topic, district, period.
pub(crate) fn post_facts(tr: &Tr, p: &PostView) -> String {
    let district = p
        .district
        .clone()
        .unwrap_or_else(|| tr.t("actor-whole-municipality"));
    format!(
        "{} · {} · {}",
        tr.t(&format!("exchange-topic-{}", p.topic)),
        district,
        tr.ta(
            "post-period",
            &[
                ("from", tr.date(&p.from_on).into()),
                ("until", tr.date(&p.until_on).into())
            ]
        )
    )
}

/// Who speaks for a post.
pub(crate) fn post_owner(tr: &Tr, actor: &Option<String>) -> String {
    actor.clone().unwrap_or_else(|| tr.t("post-owner-municipality"))
}

/// A match as the staff's and the partner's pages show it.
#[derive(Clone, Debug)]
pub struct MatchView {
    pub id: i64,
    pub topic: Topic,
    pub offer_title: String,
    pub offer_owner: Option<String>,
    pub seek_title: String,
    pub seek_owner: Option<String>,
    pub offer_ok: bool,
    pub seek_ok: bool,
    pub declined: bool,
    /// Sides the reader may confirm (or decline) now.
    pub can_confirm: Vec<Side>,
    /// After both confirmed: the other side's contact for the partner, both for staff.
    pub contacts: Vec<String>,
    pub agreed_on: Option<String>,
}

/// One match with where each side stands and the reader's buttons.
#[component]
pub fn MatchCard(m: MatchView, return_to: String) -> impl IntoView {
    let tr = use_tr();
    let side_state = |ok: bool| {
        if ok {
            tr.t("match-side-confirmed")
        } else if m.declined {
            tr.t("match-side-declined")
        } else {
            tr.t("match-side-waiting")
        }
    };
    let state = if m.declined {
        tr.t("match-declined")
    } else if m.offer_ok && m.seek_ok {
        tr.t("match-agreed")
    } else {
        tr.t("match-waiting")
    };
    let buttons = (!m.declined && !m.can_confirm.is_empty()).then(|| {
        let confirms = m
            .can_confirm
            .iter()
            .map(|side| {
                let label = if m.can_confirm.len() > 1 {
                    tr.t(&format!("match-confirm-{side}"))
                } else {
                    tr.t("match-confirm")
                };
                view! {
                    <form method="post" action=format!("/network/matches/{}/confirm", m.id) class="inline-form">
                        <input type="hidden" name="side" value=side.as_str()/>
                        <input type="hidden" name="return_to" value=return_to.clone()/>
                        <button type="submit" class="button primary small">{label}</button>
                    </form>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <div class="actions">
                {confirms}
                <form method="post" action=format!("/network/matches/{}/decline", m.id) class="inline-form">
                    <input type="hidden" name="return_to" value=return_to.clone()/>
                    <button type="submit" class="button small">{tr.t("match-decline")}</button>
                </form>
            </div>
        }
    });
    let contacts = m
        .contacts
        .iter()
        .map(|c| view! { <li dir="auto">{c.clone()}</li> })
        .collect::<Vec<_>>();
    let has_contacts = !contacts.is_empty();
    view! {
        <li class="card" data-testid=format!("match-{}", m.id)>
            <p class="badge" class:badge-ok=m.offer_ok && m.seek_ok>{state}</p>
            <p class="muted">{tr.t(&format!("exchange-topic-{}", m.topic))}</p>
            <dl class="facts">
                <dt>{tr.t("exchange-side-offer")}</dt>
                <dd><bdi>{m.offer_title.clone()}</bdi>" · "{post_owner(&tr, &m.offer_owner)}" · "{side_state(m.offer_ok)}</dd>
                <dt>{tr.t("exchange-side-seek")}</dt>
                <dd><bdi>{m.seek_title.clone()}</bdi>" · "{post_owner(&tr, &m.seek_owner)}" · "{side_state(m.seek_ok)}</dd>
            </dl>
            {m.agreed_on.clone().map(|d| view! { <p>{tr.ta("match-agreed-on", &[("date", tr.date(&d).into())])}</p> })}
            {has_contacts.then(|| view! {
                <p>{tr.t("match-contacts")}</p>
                <ul class="plain-list">{contacts}</ul>
            })}
            {buttons}
        </li>
    }
}
