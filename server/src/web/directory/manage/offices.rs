//! The office form (facts and the German source) and the office translation forms.

use super::{content_lang, editor, notice, parse_id, saved, Editor};
use crate::db::directory::{Contact, OfficeFull, OfficeText};
use crate::db::Saved;
use crate::directory::import::{check_office, RawOffice};
use crate::web::case::{form_alert, Checks};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms::{self};
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::Lang;
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::directory::{
    OfficeForm, OfficeFormPage, TranslationForm, TranslationFormPage, OFFICE_FORM, TRANSLATION_FORM,
};
use std::collections::BTreeMap;

const CONTACT_SLOTS: usize = 3;

/// The office form's values from what is stored.
fn office_values(o: &OfficeFull) -> BTreeMap<String, String> {
    let f = &o.office;
    let german = o.text("de").map(|t| t.text()).unwrap_or_default();
    let mut v = BTreeMap::new();
    let mut put = |k: &str, val: String| {
        v.insert(k.to_string(), val);
    };
    put("name", german.name.clone());
    put("description", german.description.clone());
    put("bring", german.bring.clone());
    put("transport", german.transport.clone());
    put("category", f.category.clone());
    put("street", f.street.clone());
    put("postcode", f.postcode.clone());
    put("city", f.city.clone());
    put("lat", f.lat.map(|x| x.to_string()).unwrap_or_default());
    put("lon", f.lon.map(|x| x.to_string()).unwrap_or_default());
    put("phone", f.phone.clone().unwrap_or_default());
    put("email", f.email.clone().unwrap_or_default());
    put("website", f.website.clone().unwrap_or_default());
    put("opening_hours", f.opening_hours.clone());
    put("languages", f.languages().join(" "));
    if f.by_appointment {
        put("by_appointment", "on".into());
    }
    if f.barrier_free {
        put("barrier_free", "on".into());
    }
    if o.is_published() {
        put("published", "on".into());
    }
    for (i, c) in o.contacts.iter().enumerate() {
        let n = i + 1;
        put(&format!("contact_{n}_name"), c.name.clone());
        put(
            &format!("contact_{n}_role"),
            german.contact_roles.get(i).cloned().unwrap_or_default(),
        );
        put(&format!("contact_{n}_phone"), c.phone.clone().unwrap_or_default());
        put(&format!("contact_{n}_email"), c.email.clone().unwrap_or_default());
        put(&format!("contact_{n}_hours"), c.hours.clone());
    }
    v
}

async fn render_office_form(ctx: &Ctx, e: &Editor, f: OfficeForm, status: StatusCode) -> Response {
    let nav = e.nav.clone();
    ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <OfficeFormPage f=f user=nav/> },
    )
    .await
}

pub async fn new_office_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let f = OfficeForm {
        posted: Posted {
            form: OFFICE_FORM.into(),
            ..Posted::default()
        },
        contact_slots: CONTACT_SLOTS,
        ..OfficeForm::default()
    };
    Ok(render_office_form(&ctx, &e, f, StatusCode::OK).await)
}

pub async fn edit_office_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let o = ctx
        .state
        .store
        .office(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let f = OfficeForm {
        id: Some(id),
        version: o.office.version,
        posted: Posted {
            form: OFFICE_FORM.into(),
            values: office_values(&o),
            ..Posted::default()
        },
        notice: notice(&ctx, &e).await?,
        contact_slots: CONTACT_SLOTS.max(o.contacts.len() + 1),
        ..OfficeForm::default()
    };
    Ok(render_office_form(&ctx, &e, f, StatusCode::OK).await)
}

/// Static names of the fields a problem can sit at.
const FIELD_NAMES: [&str; 22] = [
    "category",
    "street",
    "postcode",
    "city",
    "lat",
    "lon",
    "phone",
    "email",
    "website",
    "opening_hours",
    "languages",
    "name",
    "description",
    "bring",
    "transport",
    "contact_1_phone",
    "contact_1_hours",
    "contact_2_phone",
    "contact_2_hours",
    "contact_3_phone",
    "contact_3_hours",
    "key",
];

fn static_field(name: &str) -> &'static str {
    FIELD_NAMES
        .iter()
        .find(|f| **f == name)
        .copied()
        .unwrap_or("name")
}

/// Reads the office form: the facts (checked like an import) and the German text.
fn read_office_form(
    form: &FormData,
    checks: &mut Checks,
) -> (
    Option<crate::db::directory::OfficeFacts>,
    OfficeText,
    Option<String>,
) {
    let contacts: Vec<(Contact, String)> = (1..=CONTACT_SLOTS + 5)
        .filter_map(|n| {
            let g = |f: &str| form.get(&format!("contact_{n}_{f}")).trim().to_string();
            let name = g("name");
            (!name.is_empty()).then(|| {
                (
                    Contact {
                        name,
                        phone: Some(g("phone")).filter(|p| !p.is_empty()),
                        email: Some(g("email")).filter(|p| !p.is_empty()),
                        hours: g("hours"),
                    },
                    g("role"),
                )
            })
        })
        .collect();
    let raw = RawOffice {
        category: form.get("category").into(),
        street: form.get("street").into(),
        postcode: form.get("postcode").into(),
        city: form.get("city").into(),
        lat: form.get("lat").into(),
        lon: form.get("lon").into(),
        phone: form.get("phone").into(),
        email: form.get("email").into(),
        website: form.get("website").into(),
        opening_hours: form.get("opening_hours").into(),
        by_appointment: !form.get("by_appointment").is_empty(),
        languages: form.all("languages"),
        barrier_free: !form.get("barrier_free").is_empty(),
        contacts: contacts.iter().map(|(c, _)| c.clone()).collect(),
    };
    let mut detail = None;
    let facts = match check_office(&raw) {
        Ok(f) => Some(f),
        Err(problems) => {
            for p in problems {
                detail = detail.or(p.detail.clone());
                checks.errors.insert(static_field(&p.field), p.problem.clone());
            }
            None
        }
    };
    let name = checks
        .check("name", forms::required_text(form.get("name"), 200))
        .unwrap_or_default();
    let description = checks
        .check("description", forms::optional_text(form.get("description"), 4000))
        .flatten()
        .unwrap_or_default();
    let bring = checks
        .check("bring", forms::optional_text(form.get("bring"), 2000))
        .flatten()
        .unwrap_or_default();
    let transport = checks
        .check("transport", forms::optional_text(form.get("transport"), 1000))
        .flatten()
        .unwrap_or_default();
    let german = OfficeText {
        name,
        description,
        bring,
        transport,
        contact_roles: contacts.into_iter().map(|(_, r)| r).collect(),
    };
    (facts, german, detail)
}

fn posted_office(checks: Checks, form: &FormData) -> Posted {
    let mut posted = checks.posted(OFFICE_FORM, form);
    posted
        .values
        .insert("languages".into(), form.all("languages").join(" "));
    posted
}

pub async fn create_office(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let mut checks = Checks::new();
    let (facts, german, detail) = read_office_form(&form, &mut checks);
    match facts {
        Some(facts) if checks.ok() => {
            let published = !form.get("published").is_empty();
            let id = ctx
                .state
                .store
                .create_office(e.county, &facts, &german, published, None, Some(e.user))
                .await?;
            saved(
                &ctx,
                &e,
                "office-saved",
                &format!("/directory/manage/offices/{id}"),
            )
            .await
        }
        _ => {
            let f = OfficeForm {
                alert: form_alert(&e.tr),
                contact_slots: CONTACT_SLOTS,
                hours_detail: detail,
                posted: posted_office(checks, &form),
                ..OfficeForm::default()
            };
            Ok(render_office_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY).await)
        }
    }
}

pub async fn update_office(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let current = store.office(e.county, id).await?.ok_or(AppError::NotFound)?;
    let version = form.get("version").parse::<i64>().unwrap_or(0);
    let mut checks = Checks::new();
    let (facts, german, detail) = read_office_form(&form, &mut checks);
    if let (Some(facts), true) = (&facts, checks.ok()) {
        let published = !form.get("published").is_empty();
        if store
            .update_office(e.county, id, version, facts, &german, published, Some(e.user))
            .await?
            == Saved::Done
        {
            return saved(
                &ctx,
                &e,
                "office-saved",
                &format!("/directory/manage/offices/{id}"),
            )
            .await;
        }
        // Someone saved in between: keep what this editor typed, show theirs.
        let mut posted = posted_office(checks, &form);
        let theirs = office_values(&current);
        posted.theirs = Some(
            ["name", "opening_hours", "phone", "description"]
                .iter()
                .map(|k| {
                    (
                        e.tr.t(&format!("office-field-{k}")),
                        theirs.get(*k).cloned().unwrap_or_default(),
                    )
                })
                .collect(),
        );
        let f = OfficeForm {
            id: Some(id),
            version: current.office.version,
            alert: Some(e.tr.t("office-conflict")),
            contact_slots: CONTACT_SLOTS.max(current.contacts.len() + 1),
            posted,
            ..OfficeForm::default()
        };
        return Ok(render_office_form(&ctx, &e, f, StatusCode::CONFLICT).await);
    }
    let f = OfficeForm {
        id: Some(id),
        version,
        alert: form_alert(&e.tr),
        contact_slots: CONTACT_SLOTS.max(current.contacts.len() + 1),
        hours_detail: detail,
        posted: posted_office(checks, &form),
        ..OfficeForm::default()
    };
    Ok(render_office_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY).await)
}

/// The translation form's fields for an office: (name, label, German, multi-line).
fn office_fields(tr: &Tr, o: &OfficeFull) -> Vec<(String, String, String, bool)> {
    let german = o.text("de").map(|t| t.text()).unwrap_or_default();
    let mut fields = vec![
        ("name".into(), tr.t("office-name"), german.name.clone(), false),
        (
            "description".into(),
            tr.t("office-about"),
            german.description.clone(),
            true,
        ),
        ("bring".into(), tr.t("what-to-bring"), german.bring.clone(), true),
        (
            "transport".into(),
            tr.t("getting-there"),
            german.transport.clone(),
            true,
        ),
    ];
    for (i, c) in o.contacts.iter().enumerate() {
        let role = german.contact_roles.get(i).cloned().unwrap_or_default();
        fields.push((
            format!("role_{}", i + 1),
            tr.ta("contact-role-of", &[("name", c.name.clone().into())]),
            role,
            false,
        ));
    }
    fields
}

fn office_translation_values(o: &OfficeFull, lang: Lang) -> (i64, BTreeMap<String, String>) {
    let Some(t) = o.text(lang.code()) else {
        return (0, BTreeMap::new());
    };
    let text = t.text();
    let mut v = BTreeMap::from([
        ("name".to_string(), text.name),
        ("description".to_string(), text.description),
        ("bring".to_string(), text.bring),
        ("transport".to_string(), text.transport),
    ]);
    for (i, r) in text.contact_roles.into_iter().enumerate() {
        v.insert(format!("role_{}", i + 1), r);
    }
    if t.published() {
        v.insert("published".into(), "on".into());
    }
    (t.version, v)
}

pub async fn office_translation_page(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let (id, lang) = (parse_id(&raw)?, content_lang(&lang)?);
    let o = ctx
        .state
        .store
        .office(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (version, values) = office_translation_values(&o, lang);
    let outdated = o
        .text(lang.code())
        .is_some_and(|t| t.source_rev < o.office.source_rev);
    let f = TranslationForm {
        action: format!("/directory/manage/offices/{id}/{}", lang.code()),
        title: o.text("de").map(|t| t.name.clone()).unwrap_or_default(),
        lang: Some(lang),
        version,
        fields: office_fields(&e.tr, &o),
        posted: Posted {
            form: TRANSLATION_FORM.into(),
            values,
            ..Posted::default()
        },
        notice: notice(&ctx, &e).await?,
        outdated,
        preview_href: format!(
            "/directory/manage/preview?path=/offices/{id}&lang={}",
            lang.code()
        ),
        ..TranslationForm::default()
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}

pub async fn save_office_translation(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let (id, lang) = (parse_id(&raw)?, content_lang(&lang)?);
    let store = &ctx.state.store;
    let o = store.office(e.county, id).await?.ok_or(AppError::NotFound)?;
    let mut checks = Checks::new();
    let name = checks
        .check("name", forms::required_text(form.get("name"), 200))
        .unwrap_or_default();
    let mut text = |f: &'static str, max| {
        checks
            .check(f, forms::optional_text(form.get(f), max))
            .flatten()
            .unwrap_or_default()
    };
    let description = text("description", 4000);
    let bring = text("bring", 2000);
    let transport = text("transport", 1000);
    let roles = (1..=o.contacts.len())
        .map(|i| form.get(&format!("role_{i}")).trim().to_string())
        .collect();
    let t = OfficeText {
        name,
        description,
        bring,
        transport,
        contact_roles: roles,
    };
    let version = form.get("version").parse::<i64>().unwrap_or(0);
    let published = !form.get("published").is_empty();
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut alert = form_alert(&e.tr);
    let mut theirs = None;
    if checks.ok() {
        match store
            .save_office_text(e.county, id, lang.code(), version, &t, published, Some(e.user))
            .await?
        {
            Saved::Done => {
                return saved(
                    &ctx,
                    &e,
                    "translation-saved",
                    &format!("/directory/manage/offices/{id}/{}", lang.code()),
                )
                .await
            }
            Saved::Conflict => {
                status = StatusCode::CONFLICT;
                alert = Some(e.tr.t("office-conflict"));
                let (_, values) = office_translation_values(&o, lang);
                theirs = Some(vec![
                    (
                        e.tr.t("office-name"),
                        values.get("name").cloned().unwrap_or_default(),
                    ),
                    (
                        e.tr.t("office-about"),
                        values.get("description").cloned().unwrap_or_default(),
                    ),
                ]);
            }
        }
    }
    let (current_version, _) = office_translation_values(&o, lang);
    let mut posted = checks.posted(TRANSLATION_FORM, &form);
    posted.theirs = theirs;
    let f = TranslationForm {
        action: format!("/directory/manage/offices/{id}/{}", lang.code()),
        title: o.text("de").map(|t| t.name.clone()).unwrap_or_default(),
        lang: Some(lang),
        version: current_version,
        fields: office_fields(&e.tr, &o),
        posted,
        alert,
        outdated: false,
        preview_href: format!(
            "/directory/manage/preview?path=/offices/{id}&lang={}",
            lang.code()
        ),
        notice: None,
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}
