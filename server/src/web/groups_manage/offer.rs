//! The offer form (facts, shift needs, German text) and its translation forms.

use super::{planner, Planner};
use crate::db::groups::{GroupFacts, GroupFull, GroupText};
use crate::db::Saved;
use crate::web::case::form_alert;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::{Lang, ShiftRole};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::groups::TARGET_GROUPS;
use lotse_app::pages::staff::directory::{TranslationForm, TranslationFormPage, TRANSLATION_FORM};
use lotse_app::pages::staff::groups::{
    GroupField, GroupForm, GroupFormPage, GroupInput, GroupTextField, GroupTextInput, GROUP_CATEGORIES,
    GROUP_FORM,
};
use std::collections::BTreeMap;

/// The stored offer as the form's values, by field name.
fn group_values(g: &GroupFull) -> BTreeMap<String, String> {
    use GroupField as F;
    let f = &g.group;
    let german = g.text("de");
    let mut v = BTreeMap::new();
    let mut put = |k: F, val: String| {
        v.insert(k.name().to_string(), val);
    };
    put(F::Title, german.map(|t| t.title.clone()).unwrap_or_default());
    put(
        F::Description,
        german.map(|t| t.description.clone()).unwrap_or_default(),
    );
    put(F::Category, f.category.clone());
    put(F::TargetGroup, f.target_group.clone());
    put(
        F::OfficeId,
        f.office_id.map(|o| o.to_string()).unwrap_or_default(),
    );
    put(F::Address, f.address.clone());
    put(F::Capacity, f.capacity.to_string());
    put(F::ContactName, f.contact_name.clone());
    put(F::ContactPhone, f.contact_phone.clone().unwrap_or_default());
    put(F::ContactEmail, f.contact_email.clone().unwrap_or_default());
    for &role in ShiftRole::ALL {
        let n = g
            .shift_needs
            .iter()
            .find(|(r, _)| r == role.as_str())
            .map_or(0, |(_, n)| *n);
        put(F::need(role), n.to_string());
    }
    if f.childcare {
        put(F::Childcare, "on".into());
    }
    if f.barrier_free {
        put(F::BarrierFree, "on".into());
    }
    if g.is_published() {
        put(F::Published, "on".into());
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
    values.insert(GroupField::Capacity.name().to_string(), "12".to_string());
    values.insert(GroupField::NeedLead.name().to_string(), "1".to_string());
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

/// An offer as posted and checked: what the store saves.
struct PostedGroup {
    facts: GroupFacts,
    text: GroupText,
    published: bool,
}

/// The offices the posted offer may meet at, as (id, name): looked up only when a place
/// was chosen, since an offer that meets at an address needs none.
async fn known_places(ctx: &Ctx, p: &Planner, input: &GroupInput) -> Result<Vec<(String, String)>, AppError> {
    if input.office_id.trim().is_empty() {
        Ok(vec![])
    } else {
        places(ctx, p).await
    }
}

/// The posted offer, checked field by field; `places` are the offices it may meet at.
/// A place or an address is needed, but that is only said once the rest is right, so
/// the message is not one too many next to a mistyped field.
fn parse(input: &GroupInput, places: &[(String, String)]) -> Result<PostedGroup, FieldErrors> {
    use GroupField as F;
    let mut p = Problems::new();
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let description = p.check(F::Description, forms::optional_text(&input.description, 4000));
    let category = p.check(
        F::Category,
        forms::required_choice(&input.category, &GROUP_CATEGORIES),
    );
    let target_group = p.check(
        F::TargetGroup,
        forms::required_choice(&input.target_group, &TARGET_GROUPS),
    );
    let office_id = match input.office_id.trim() {
        "" => None,
        raw => {
            if places.iter().any(|(id, _)| id == raw) {
                raw.parse::<i64>().ok()
            } else {
                p.add(F::OfficeId, Problem::new("group-place-unknown"));
                None
            }
        }
    };
    let address = p
        .check(F::Address, forms::optional_text(&input.address, 300))
        .flatten()
        .unwrap_or_default();
    if office_id.is_none() && address.is_empty() && p.is_empty() {
        p.add(F::Address, Problem::new("group-place-needed"));
    }
    let capacity = match p.check(F::Capacity, forms::optional_number(&input.capacity, 500)) {
        Some(Some(n)) => Some(n),
        Some(None) => {
            p.add(F::Capacity, Problem::new("field-required"));
            None
        }
        None => None,
    };
    let contact_name = p.check(F::ContactName, forms::optional_text(&input.contact_name, 200));
    let contact_phone = p.check(F::ContactPhone, forms::optional_phone(&input.contact_phone));
    let contact_email = match input.contact_email.trim() {
        "" => Some(None),
        raw => p.check(F::ContactEmail, forms::email(raw)).map(Some),
    };
    let mut shift_needs = vec![];
    for &role in ShiftRole::ALL {
        if let Some(Some(n)) = p.check(F::need(role), forms::optional_number(input.need(role), 20)) {
            shift_needs.push((role.as_str().to_string(), n));
        }
    }
    p.finish(|| {
        Some(PostedGroup {
            facts: GroupFacts {
                category: category?,
                target_group: target_group?,
                office_id,
                address,
                childcare: !input.childcare.is_empty(),
                barrier_free: !input.barrier_free.is_empty(),
                capacity: capacity?,
                contact_name: contact_name?.unwrap_or_default(),
                contact_phone: contact_phone?,
                contact_email: contact_email?,
                shift_needs,
            },
            text: GroupText {
                title: title?,
                description: description?.unwrap_or_default(),
            },
            published: !input.published.is_empty(),
        })
    })
}

/// The offer form as posted, with its problems, to show again.
fn posted_group(form: &FormData, errors: FieldErrors) -> Posted {
    form.refused(GROUP_FORM, errors)
}

pub async fn create_group(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let p = planner(&ctx).await?;
    let input: GroupInput = form.input();
    let known = known_places(&ctx, &p, &input).await?;
    let errors = match parse(&input, &known) {
        Ok(g) => {
            let id = ctx
                .state
                .store
                .create_group(p.municipality, &g.facts, &g.text, g.published, Some(p.user))
                .await?;
            return p
                .saved(&ctx, "group-saved", &format!("/groups/manage/{id}/plan"))
                .await;
        }
        Err(errors) => errors,
    };
    let f = GroupForm {
        posted: posted_group(&form, errors),
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
    let input: GroupInput = form.input();
    let known = known_places(&ctx, &p, &input).await?;
    let version = input.version.parse::<i64>().unwrap_or(0);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut theirs = None;
    let mut alert = form_alert(&p.tr);
    let errors = match parse(&input, &known) {
        Ok(posted) => {
            match ctx
                .state
                .store
                .update_group(
                    p.municipality,
                    id,
                    version,
                    &posted.facts,
                    &posted.text,
                    posted.published,
                    p.user,
                )
                .await?
            {
                Saved::Done => {
                    return p
                        .saved(&ctx, "group-saved", &format!("/groups/manage/{id}"))
                        .await
                }
                Saved::Conflict => {
                    use GroupField as F;
                    status = StatusCode::CONFLICT;
                    alert = Some(p.tr.t("group-conflict"));
                    let v = group_values(&g);
                    let label = |k: F, id: &str| (p.tr.t(id), v.get(k.name()).cloned().unwrap_or_default());
                    theirs = Some(vec![
                        label(F::Title, "group-title-field"),
                        label(F::Description, "group-description-field"),
                        label(F::Capacity, "group-capacity-field"),
                        label(F::Address, "group-address-field"),
                    ]);
                    FieldErrors::new()
                }
            }
        }
        Err(errors) => errors,
    };
    let mut posted = posted_group(&form, errors);
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
        .filter(|l| *l != Lang::DE)
        .ok_or(AppError::NotFound)
}

fn text_fields(p: &Planner, g: &GroupFull) -> Vec<(String, String, String, bool)> {
    let german = g.text("de");
    vec![
        (
            GroupTextField::Title.name().into(),
            p.tr.t("group-title-field"),
            german.map(|t| t.title.clone()).unwrap_or_default(),
            false,
        ),
        (
            GroupTextField::Description.name().into(),
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
        use GroupTextField as F;
        values.insert(F::Title.name().to_string(), t.title.clone());
        values.insert(F::Description.name().to_string(), t.description.clone());
        if t.status == "published" {
            values.insert(F::Published.name().to_string(), "on".to_string());
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
    let input: GroupTextInput = form.input();
    let version = input.version.parse::<i64>().unwrap_or(0);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut theirs = None;
    let errors = match parse_text(&input) {
        Ok(text) => {
            let published = !input.published.is_empty();
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
            FieldErrors::new()
        }
        Err(errors) => errors,
    };
    let posted = Posted {
        form: TRANSLATION_FORM.into(),
        values: form.to_map(),
        errors,
        theirs,
    };
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

/// An offer's translated text as posted, checked like the German text of the offer form.
fn parse_text(input: &GroupTextInput) -> Result<GroupText, FieldErrors> {
    use GroupTextField as F;
    let mut p = Problems::new();
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let description = p.check(F::Description, forms::optional_text(&input.description, 4000));
    p.finish(|| {
        Some(GroupText {
            title: title?,
            description: description?.unwrap_or_default(),
        })
    })
}
