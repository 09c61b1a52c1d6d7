//! The offer form (facts, shift needs, German text) and its translation forms.

use super::{planner, Planner};
use crate::db::groups::{GroupFacts, GroupFull, GroupText, SHIFT_ROLES};
use crate::db::Saved;
use crate::web::case::{form_alert, Checks};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::Lang;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::groups::TARGET_GROUPS;
use lotse_app::pages::staff::directory::{TranslationForm, TranslationFormPage, TRANSLATION_FORM};
use lotse_app::pages::staff::groups::{GroupForm, GroupFormPage, GROUP_CATEGORIES, GROUP_FORM};
use std::collections::BTreeMap;

const NEED_FIELDS: [&str; 4] = ["need_lead", "need_helper", "need_childcare", "need_interpreter"];

fn group_values(g: &GroupFull) -> BTreeMap<String, String> {
    let f = &g.group;
    let german = g.text("de");
    let mut v = BTreeMap::new();
    let mut put = |k: &str, val: String| {
        v.insert(k.to_string(), val);
    };
    put("title", german.map(|t| t.title.clone()).unwrap_or_default());
    put(
        "description",
        german.map(|t| t.description.clone()).unwrap_or_default(),
    );
    put("category", f.category.clone());
    put("target_group", f.target_group.clone());
    put(
        "office_id",
        f.office_id.map(|o| o.to_string()).unwrap_or_default(),
    );
    put("address", f.address.clone());
    put("capacity", f.capacity.to_string());
    put("contact_name", f.contact_name.clone());
    put("contact_phone", f.contact_phone.clone().unwrap_or_default());
    put("contact_email", f.contact_email.clone().unwrap_or_default());
    for (role, field) in SHIFT_ROLES.iter().zip(NEED_FIELDS) {
        let n = g
            .shift_needs
            .iter()
            .find(|(r, _)| r == role)
            .map_or(0, |(_, n)| *n);
        put(field, n.to_string());
    }
    if f.childcare {
        put("childcare", "on".into());
    }
    if f.barrier_free {
        put("barrier_free", "on".into());
    }
    if g.is_published() {
        put("published", "on".into());
    }
    v
}

/// The county's offices as (id, German name), for the place chooser.
async fn places(ctx: &Ctx, p: &Planner) -> Result<Vec<(String, String)>, AppError> {
    let store = &ctx.state.store;
    let Some(county) = store.county_of(p.municipality).await? else {
        return Ok(vec![]);
    };
    Ok(store
        .office_names(county)
        .await?
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect())
}

async fn render_form(ctx: &Ctx, p: &Planner, f: GroupForm, status: StatusCode) -> Response {
    let nav = p.nav.clone();
    ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <GroupFormPage f=f user=nav/> },
    )
    .await
}

pub async fn new_group_page(ctx: Ctx) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let mut values = BTreeMap::new();
    values.insert("capacity".to_string(), "12".to_string());
    values.insert("need_lead".to_string(), "1".to_string());
    let f = GroupForm {
        posted: Posted {
            form: GROUP_FORM.into(),
            values,
            ..Posted::default()
        },
        places: places(&ctx, &p).await?,
        ..GroupForm::default()
    };
    Ok(render_form(&ctx, &p, f, StatusCode::OK).await)
}

pub async fn edit_group_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let f = GroupForm {
        id: Some(g.group.id),
        version: g.group.version,
        posted: Posted {
            form: GROUP_FORM.into(),
            values: group_values(&g),
            ..Posted::default()
        },
        notice: p.notice(&ctx).await?,
        places: places(&ctx, &p).await?,
        ..GroupForm::default()
    };
    Ok(render_form(&ctx, &p, f, StatusCode::OK).await)
}

/// The posted offer, checked; problems are noted in `checks`.
async fn read_group(
    ctx: &Ctx,
    p: &Planner,
    form: &FormData,
    checks: &mut Checks,
) -> Result<(GroupFacts, GroupText), AppError> {
    let title = checks
        .check("title", forms::required_text(form.get("title"), 200))
        .unwrap_or_default();
    let description = checks
        .check("description", forms::optional_text(form.get("description"), 4000))
        .flatten()
        .unwrap_or_default();
    let category = checks
        .check(
            "category",
            forms::required_choice(form.get("category"), &GROUP_CATEGORIES),
        )
        .unwrap_or_default();
    let target_group = checks
        .check(
            "target_group",
            forms::required_choice(form.get("target_group"), &TARGET_GROUPS),
        )
        .unwrap_or_default();
    let office_id = match form.get("office_id").trim() {
        "" => None,
        raw => {
            let known = places(ctx, p).await?;
            if known.iter().any(|(id, _)| id == raw) {
                raw.parse::<i64>().ok()
            } else {
                checks.fail("office_id", "group-place-unknown");
                None
            }
        }
    };
    let address = checks
        .check("address", forms::optional_text(form.get("address"), 300))
        .flatten()
        .unwrap_or_default();
    if office_id.is_none() && address.is_empty() && checks.ok() {
        checks.fail("address", "group-place-needed");
    }
    let capacity = match checks.check("capacity", forms::optional_number(form.get("capacity"), 500)) {
        Some(Some(n)) => n,
        Some(None) => {
            checks.fail("capacity", "field-required");
            0
        }
        None => 0,
    };
    let contact_name = checks
        .check(
            "contact_name",
            forms::optional_text(form.get("contact_name"), 200),
        )
        .flatten()
        .unwrap_or_default();
    let contact_phone = checks
        .check("contact_phone", forms::optional_phone(form.get("contact_phone")))
        .flatten();
    let contact_email = match form.get("contact_email").trim() {
        "" => None,
        raw => checks.check("contact_email", forms::email(raw)),
    };
    let mut shift_needs = vec![];
    for (role, field) in SHIFT_ROLES.iter().zip(NEED_FIELDS) {
        if let Some(Some(n)) = checks.check(field, forms::optional_number(form.get(field), 20)) {
            shift_needs.push((role.to_string(), n));
        }
    }
    let facts = GroupFacts {
        category,
        target_group,
        office_id,
        address,
        childcare: !form.get("childcare").is_empty(),
        barrier_free: !form.get("barrier_free").is_empty(),
        capacity,
        contact_name,
        contact_phone,
        contact_email,
        shift_needs,
    };
    Ok((facts, GroupText { title, description }))
}

pub async fn create_group(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let mut checks = Checks::new();
    let (facts, text) = read_group(&ctx, &p, &form, &mut checks).await?;
    if checks.ok() {
        let published = !form.get("published").is_empty();
        let id = ctx
            .state
            .store
            .create_group(p.municipality, &facts, &text, published, Some(p.user))
            .await?;
        return p
            .saved(&ctx, "group-saved", &format!("/groups/manage/{id}/plan"))
            .await;
    }
    let f = GroupForm {
        posted: checks.posted(GROUP_FORM, &form),
        alert: form_alert(&p.tr),
        places: places(&ctx, &p).await?,
        ..GroupForm::default()
    };
    Ok(render_form(&ctx, &p, f, StatusCode::UNPROCESSABLE_ENTITY).await)
}

pub async fn update_group(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let g = p.group(&ctx, &raw).await?;
    let id = g.group.id;
    let mut checks = Checks::new();
    let (facts, text) = read_group(&ctx, &p, &form, &mut checks).await?;
    let version = form.get("version").parse::<i64>().unwrap_or(0);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut theirs = None;
    let mut alert = form_alert(&p.tr);
    if checks.ok() {
        let published = !form.get("published").is_empty();
        match ctx
            .state
            .store
            .update_group(p.municipality, id, version, &facts, &text, published, p.user)
            .await?
        {
            Saved::Done => {
                return p
                    .saved(&ctx, "group-saved", &format!("/groups/manage/{id}"))
                    .await
            }
            Saved::Conflict => {
                status = StatusCode::CONFLICT;
                alert = Some(p.tr.t("group-conflict"));
                let v = group_values(&g);
                let label = |k: &str, id: &str| (p.tr.t(id), v.get(k).cloned().unwrap_or_default());
                theirs = Some(vec![
                    label("title", "group-title-field"),
                    label("description", "group-description-field"),
                    label("capacity", "group-capacity-field"),
                    label("address", "group-address-field"),
                ]);
            }
        }
    }
    let mut posted = checks.posted(GROUP_FORM, &form);
    posted.theirs = theirs;
    let f = GroupForm {
        id: Some(id),
        // After a conflict, saving again takes over the stored version.
        version: g.group.version,
        posted,
        alert,
        places: places(&ctx, &p).await?,
        ..GroupForm::default()
    };
    Ok(render_form(&ctx, &p, f, status).await)
}

fn content_lang(raw: &str) -> Result<Lang, AppError> {
    Lang::parse(raw)
        .filter(|l| *l != Lang::De)
        .ok_or(AppError::NotFound)
}

fn text_fields(p: &Planner, g: &GroupFull) -> Vec<(String, String, String, bool)> {
    let german = g.text("de");
    vec![
        (
            "title".into(),
            p.tr.t("group-title-field"),
            german.map(|t| t.title.clone()).unwrap_or_default(),
            false,
        ),
        (
            "description".into(),
            p.tr.t("group-description-field"),
            german.map(|t| t.description.clone()).unwrap_or_default(),
            true,
        ),
    ]
}

fn translation_form(p: &Planner, g: &GroupFull, lang: Lang, posted: Posted) -> TranslationForm {
    let id = g.group.id;
    TranslationForm {
        action: format!("/groups/manage/{id}/{}", lang.code()),
        title: g.text("de").map(|t| t.title.clone()).unwrap_or_default(),
        lang: Some(lang),
        version: g.text(lang.code()).map_or(0, |t| t.version),
        fields: text_fields(p, g),
        posted,
        outdated: g
            .text(lang.code())
            .is_some_and(|t| t.source_rev < g.group.source_rev),
        preview_href: format!("/groups/{id}"),
        ..TranslationForm::default()
    }
}

pub async fn group_text_page(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let lang = content_lang(&lang)?;
    let g = p.group(&ctx, &raw).await?;
    let mut values = BTreeMap::new();
    if let Some(t) = g.text(lang.code()) {
        values.insert("title".to_string(), t.title.clone());
        values.insert("description".to_string(), t.description.clone());
        if t.status == "published" {
            values.insert("published".to_string(), "on".to_string());
        }
    }
    let mut f = translation_form(
        &p,
        &g,
        lang,
        Posted {
            form: TRANSLATION_FORM.into(),
            values,
            ..Posted::default()
        },
    );
    f.notice = p.notice(&ctx).await?;
    let nav = p.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}

pub async fn save_group_text(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let lang = content_lang(&lang)?;
    let g = p.group(&ctx, &raw).await?;
    let id = g.group.id;
    let mut checks = Checks::new();
    let title = checks
        .check("title", forms::required_text(form.get("title"), 200))
        .unwrap_or_default();
    let description = checks
        .check("description", forms::optional_text(form.get("description"), 4000))
        .flatten()
        .unwrap_or_default();
    let version = form.get("version").parse::<i64>().unwrap_or(0);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut theirs = None;
    if checks.ok() {
        let published = !form.get("published").is_empty();
        let text = GroupText { title, description };
        if ctx
            .state
            .store
            .save_group_text(id, lang.code(), version, &text, published, Some(p.user))
            .await?
        {
            return p
                .saved(
                    &ctx,
                    "translation-saved",
                    &format!("/groups/manage/{id}/{}", lang.code()),
                )
                .await;
        }
        status = StatusCode::CONFLICT;
        theirs = g.text(lang.code()).map(|t| {
            vec![
                (p.tr.t("group-title-field"), t.title.clone()),
                (p.tr.t("group-description-field"), t.description.clone()),
            ]
        });
    }
    let mut posted = checks.posted(TRANSLATION_FORM, &form);
    posted.theirs = theirs;
    let mut f = translation_form(&p, &g, lang, posted);
    f.alert = if status == StatusCode::CONFLICT {
        Some(p.tr.t("group-conflict"))
    } else {
        form_alert(&p.tr)
    };
    let nav = p.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}
