//! Actors for staff: the list (every guide and the coordination of the municipality),
//! the form for a new actor or a change and its translations (the directory's workflow).
//! Its partner accounts are in `partner_accounts`.

use super::{choices, coordination, done, parse_id, staff, Networker};
use crate::db::network::{ActorFilter, ActorFull, ActorRow, NewActor};
use crate::db::{Saved, Store};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::{Lang, SPOKEN_LANGUAGES};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::network::ActorKind;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::network::actors::{
    ActorCard, ActorEditData, ActorEditPage, ActorNewData, ActorNewPage, ActorsData, ActorsPage, PartnerView,
};
use lotse_app::pages::network::{ActorField, ActorInput, Choices, ACTOR_FORM};
use lotse_app::pages::pager::{query_string, Paging};
use lotse_app::pages::staff::directory::{TranslationForm, TranslationFormPage, TRANSLATION_FORM};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    district: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    page: String,
}

/// Actors on one page of the staff's list.
const PER_PAGE: i64 = 50;

pub async fn list(ctx: Ctx, Query(q): Query<ListQuery>) -> Result<Response, AppError> {
    let n = staff(&ctx).await?;
    let store = &ctx.state.store;
    let filter = ActorFilter {
        kind: ActorKind::parse(&q.kind),
        district: q.district.parse().ok(),
        name: q.name.chars().take(100).collect(),
    };
    let (rows, total, page) = store
        .actors(n.municipality, &filter, q.page.parse().unwrap_or(1), PER_PAGE)
        .await?;
    let paging = Paging::new(page, total, PER_PAGE);
    let kind = filter.kind.map(|k| k.as_str().to_string()).unwrap_or_default();
    let district = filter.district.map(|d| d.to_string()).unwrap_or_default();
    let query = query_string(&[("kind", &kind), ("district", &district), ("name", &filter.name)]);
    let base = if query.is_empty() {
        "/network".to_string()
    } else {
        format!("/network?{query}")
    };
    let actors = rows
        .into_iter()
        .map(|a| ActorCard {
            id: a.id,
            kind: a.kind.as_str().to_string(),
            district: a.district.clone(),
            languages: a.language_codes(),
            about: a.about.clone(),
            audience: a.audience.clone(),
            contact: [a.contact_name.as_str(), a.phone.as_str(), a.email.as_str()]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" · "),
            public: a.public,
            name: a.name,
        })
        .collect();
    let data = ActorsData {
        actors,
        total,
        paging,
        base,
        manage: n.coordination(),
        choices: choices(store, &n, false).await?,
        kind,
        district,
        name: filter.name,
        notice: crate::web::flash::Flash::take_info(store, &n.token, &n.tr).await?,
    };
    let nav = n.nav;
    Ok(ctx
        .render(ctx.lang(true), move || view! { <ActorsPage data=data user=nav/> })
        .await)
}

/// The form's values of a stored actor.
pub(crate) fn actor_values(a: &ActorRow, links: Option<&ActorFull>) -> BTreeMap<String, String> {
    use ActorField as F;
    let mut v = BTreeMap::from([
        (F::Kind.name().to_string(), a.kind.as_str().to_string()),
        (F::Name.name().to_string(), a.name.clone()),
        (
            F::District.name().to_string(),
            a.district_id.map(|d| d.to_string()).unwrap_or_default(),
        ),
        (F::Languages.name().to_string(), a.languages.trim().to_string()),
        (F::ContactName.name().to_string(), a.contact_name.clone()),
        (F::Phone.name().to_string(), a.phone.clone()),
        (F::Email.name().to_string(), a.email.clone()),
        (F::Website.name().to_string(), a.website.clone()),
        (F::About.name().to_string(), a.about.clone()),
        (F::Audience.name().to_string(), a.audience.clone()),
    ]);
    if a.public {
        v.insert(F::Public.name().into(), "on".into());
    }
    if let Some(full) = links {
        let ids = |l: &[(i64, String)]| {
            l.iter()
                .map(|(id, _)| id.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        v.insert(F::Offices.name().into(), ids(&full.offices));
        v.insert(F::Groups.name().into(), ids(&full.groups));
    }
    v
}

/// The actor form filled with what is stored.
pub(crate) fn stored_form(full: &ActorFull) -> Posted {
    Posted {
        form: ACTOR_FORM.into(),
        values: actor_values(&full.actor, Some(full)),
        ..Posted::default()
    }
}

/// An actor as posted, checked field by field. With `links` (the staff's form) the
/// chosen places and group offers must be among the choices.
pub(crate) fn parse_actor(form: &FormData, choices: &Choices, links: bool) -> Result<NewActor, FieldErrors> {
    use ActorField as F;
    let input: ActorInput = form.input();
    let mut p = Problems::new();
    let name = p.check(F::Name, forms::required_text(&input.name, 160));
    let kind = p.check(F::Kind, forms::required_parsed(&input.kind, ActorKind::parse));
    let district = p.check(F::District, pick(&input.district, &choices.districts));
    let contact_name = p.check(F::ContactName, forms::optional_text(&input.contact_name, 160));
    let phone = p.check(F::Phone, forms::optional_phone(&input.phone));
    let email = p.check(
        F::Email,
        match input.email.trim() {
            "" => Ok(String::new()),
            e => forms::email(e),
        },
    );
    let website = p.check(F::Website, website(&input.website));
    let about = p.check(F::About, forms::optional_text(&input.about, 2000));
    let audience = p.check(F::Audience, forms::optional_text(&input.audience, 1000));
    let languages: Vec<String> = form
        .all(F::Languages.name())
        .into_iter()
        .filter(|l| SPOKEN_LANGUAGES.contains(&l.as_str()))
        .collect();
    let chosen = |field: F, items: &[(String, String)]| -> Vec<i64> {
        form.all(field.name())
            .into_iter()
            .filter(|id| items.iter().any(|(i, _)| i == id))
            .filter_map(|id| id.parse().ok())
            .collect()
    };
    let links = links.then(|| {
        (
            chosen(F::Offices, &choices.offices),
            chosen(F::Groups, &choices.groups),
        )
    });
    p.finish(|| {
        Some(NewActor {
            kind: kind?,
            name: name?,
            district_id: district?,
            languages,
            contact_name: contact_name?.unwrap_or_default(),
            phone: phone?.unwrap_or_default(),
            email: email?,
            website: website?.unwrap_or_default(),
            public: !input.public.is_empty(),
            about: about?.unwrap_or_default(),
            audience: audience?.unwrap_or_default(),
            links,
        })
    })
}

/// An id chosen from `items` (None when nothing was chosen).
pub(crate) fn pick(input: &str, items: &[(String, String)]) -> Result<Option<i64>, Problem> {
    match input.trim() {
        "" => Ok(None),
        raw if items.iter().any(|(id, _)| id == raw) => Ok(raw.parse().ok()),
        _ => Err(Problem::new("choice-invalid")),
    }
}

/// A web address: http or https only (never `javascript:`), at most 300 characters.
fn website(input: &str) -> Result<Option<String>, Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Ok(None);
    }
    let ok = (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() <= 300
        && v.len() > "https://".len()
        && !v.contains(char::is_whitespace);
    if ok {
        Ok(Some(v.to_string()))
    } else {
        Err(Problem::new("website-invalid"))
    }
}

pub async fn new_page(ctx: Ctx) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let data = ActorNewData {
        choices: choices(&ctx.state.store, &n, true).await?,
        alert: None,
    };
    let nav = n.nav;
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <ActorNewPage data=data posted=Posted::default() user=nav/> },
        )
        .await)
}

pub async fn create(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let store = &ctx.state.store;
    let choices = choices(store, &n, true).await?;
    match parse_actor(&form, &choices, true) {
        Ok(a) => {
            let id = store.add_actor(n.municipality, &a, n.user).await?;
            done(&ctx, &n, "actor-saved", &format!("/network/actors/{id}")).await
        }
        Err(errors) => {
            let data = ActorNewData {
                choices,
                alert: Some(n.tr.t("form-errors-heading")),
            };
            let posted = form.refused(ACTOR_FORM, errors);
            let nav = n.nav;
            Ok(ctx
                .render_status(ctx.lang(true), StatusCode::UNPROCESSABLE_ENTITY, move || {
                    view! { <ActorNewPage data=data posted=posted user=nav/> }
                })
                .await)
        }
    }
}

pub(crate) struct Forms {
    pub actor: Posted,
    pub partner: Posted,
    pub post: Posted,
}

pub(crate) async fn render_edit(
    ctx: &Ctx,
    n: Networker,
    full: ActorFull,
    forms: Forms,
    status: StatusCode,
    alert: Option<String>,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let id = full.actor.id;
    let (notice, invite_link) = if status == StatusCode::OK {
        match Flash::take(store, &n.token).await? {
            Some(Flash::Info { message }) => (Some(n.tr.t(&message)), None),
            Some(Flash::InviteLink { link }) => (Some(n.tr.t("partner-invited-notice")), Some(link)),
            _ => (None, None),
        }
    } else {
        (None, None)
    };
    let partners = store
        .actor_partners(id)
        .await?
        .into_iter()
        .map(|p| PartnerView {
            id: p.id,
            name: p.display_name,
            email: p.email,
            has_password: p.has_password,
            disabled: p.disabled,
        })
        .collect();
    let translations = Lang::all()
        .iter()
        .copied()
        .filter(|l| *l != Lang::DE)
        .map(|l| {
            let state = match full.text(l.code()) {
                None => "translation-state-missing",
                Some(t) if t.source_rev < full.actor.source_rev => "translation-state-outdated",
                Some(t) if t.published() => "translation-state-published",
                Some(_) => "translation-state-draft",
            };
            (l.code().to_string(), state)
        })
        .collect();
    let data = ActorEditData {
        id,
        name: full.actor.name.clone(),
        version: full.actor.version,
        choices: choices(store, &n, true).await?,
        partners,
        translations,
        notice,
        alert,
        invite_link,
    };
    let nav = n.nav;
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <ActorEditPage data=data actor=forms.actor partner=forms.partner post=forms.post user=nav/> }
        })
        .await)
}

pub(crate) async fn load(store: &Store, n: &Networker, raw: &str) -> Result<ActorFull, AppError> {
    store
        .actor(n.municipality, parse_id(raw)?)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn edit_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let full = load(&ctx.state.store, &n, &raw).await?;
    let forms = Forms {
        actor: stored_form(&full),
        partner: Posted::default(),
        post: Posted::default(),
    };
    render_edit(&ctx, n, full, forms, StatusCode::OK, None).await
}

pub async fn update(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let store = &ctx.state.store;
    let full = load(store, &n, &raw).await?;
    let choices = choices(store, &n, true).await?;
    let version = form.get(ActorField::Version.name()).parse::<i64>().unwrap_or(0);
    let (status, alert, mut posted) = match parse_actor(&form, &choices, true) {
        Ok(a) => match store
            .update_actor(n.municipality, full.actor.id, version, &a, n.user)
            .await?
        {
            Saved::Done => {
                return done(
                    &ctx,
                    &n,
                    "actor-saved",
                    &format!("/network/actors/{}", full.actor.id),
                )
                .await
            }
            Saved::Conflict => (
                StatusCode::CONFLICT,
                n.tr.t("actor-conflict"),
                form.refused(ACTOR_FORM, FieldErrors::new()),
            ),
        },
        Err(errors) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            n.tr.t("form-errors-heading"),
            form.refused(ACTOR_FORM, errors),
        ),
    };
    if status == StatusCode::CONFLICT {
        posted.theirs = Some(vec![
            (n.tr.t("actor-form-name"), full.actor.name.clone()),
            (n.tr.t("actor-form-about"), full.actor.about.clone()),
        ]);
    }
    let forms = Forms {
        actor: posted,
        partner: Posted::default(),
        post: Posted::default(),
    };
    render_edit(&ctx, n, full, forms, status, Some(alert)).await
}

/// The translation form's fields: (name, label, German text, multi-line).
fn text_fields(n: &Networker, a: &ActorRow) -> Vec<(String, String, String, bool)> {
    vec![
        ("about".into(), n.tr.t("actor-form-about"), a.about.clone(), true),
        (
            "audience".into(),
            n.tr.t("actor-form-audience"),
            a.audience.clone(),
            true,
        ),
    ]
}

fn content_lang(raw: &str) -> Result<Lang, AppError> {
    Lang::parse(raw)
        .filter(|l| *l != Lang::DE && l.code() == raw)
        .ok_or(AppError::NotFound)
}

fn translation_form(n: &Networker, full: &ActorFull, lang: Lang, posted: Posted) -> TranslationForm {
    let id = full.actor.id;
    let current = full.text(lang.code());
    TranslationForm {
        action: format!("/network/actors/{id}/texts/{}", lang.code()),
        title: full.actor.name.clone(),
        lang: Some(lang),
        version: current.map_or(0, |t| t.version),
        fields: text_fields(n, &full.actor),
        posted,
        outdated: current.is_some_and(|t| t.source_rev < full.actor.source_rev),
        back: Some(("/network", n.tr.t("network-title"))),
        ..TranslationForm::default()
    }
}

pub async fn text_page(ctx: Ctx, Path((raw, lang)): Path<(String, String)>) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let lang = content_lang(&lang)?;
    let full = load(&ctx.state.store, &n, &raw).await?;
    let mut values = BTreeMap::new();
    if let Some(t) = full.text(lang.code()) {
        values.insert("about".to_string(), t.about.clone());
        values.insert("audience".to_string(), t.audience.clone());
        if t.published() {
            values.insert("published".to_string(), "on".to_string());
        }
    }
    let posted = Posted {
        form: TRANSLATION_FORM.into(),
        values,
        ..Posted::default()
    };
    let mut f = translation_form(&n, &full, lang, posted);
    f.notice = Flash::take_info(&ctx.state.store, &n.token, &n.tr).await?;
    let nav = n.nav;
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}

pub async fn save_text(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let n = coordination(&ctx).await?;
    let lang = content_lang(&lang)?;
    let store = &ctx.state.store;
    let full = load(store, &n, &raw).await?;
    let mut errors = FieldErrors::new();
    let about = forms::optional_text(form.get("about"), 2000);
    let audience = forms::optional_text(form.get("audience"), 1000);
    if let Err(e) = &about {
        errors.insert("about", e.clone());
    }
    if let Err(e) = &audience {
        errors.insert("audience", e.clone());
    }
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut alert = n.tr.t("form-errors-heading");
    if let (Ok(about), Ok(audience)) = (about, audience) {
        let version = form.get("version").parse::<i64>().unwrap_or(0);
        let published = !form.get("published").is_empty();
        match store
            .save_actor_text(
                n.municipality,
                full.actor.id,
                lang.code(),
                version,
                &about.unwrap_or_default(),
                &audience.unwrap_or_default(),
                published,
                n.user,
            )
            .await?
        {
            Saved::Done => {
                let to = format!("/network/actors/{}/texts/{}", full.actor.id, lang.code());
                return done(&ctx, &n, "translation-saved", &to).await;
            }
            Saved::Conflict => {
                status = StatusCode::CONFLICT;
                alert = n.tr.t("actor-conflict");
            }
        }
    }
    let mut posted = form.refused(TRANSLATION_FORM, errors);
    if status == StatusCode::CONFLICT {
        posted.theirs = full.text(lang.code()).map(|t| {
            vec![
                (n.tr.t("actor-form-about"), t.about.clone()),
                (n.tr.t("actor-form-audience"), t.audience.clone()),
            ]
        });
    }
    let mut f = translation_form(&n, &full, lang, posted);
    f.alert = Some(alert);
    let nav = n.nav;
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}
