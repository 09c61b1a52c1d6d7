//! Editing the directory (manager view, German): dashboard, office form, translation
//! forms, import/export, editors, preview. Only coordinators and the guides they
//! allowed, and only for their own county.

use super::editor_scope;
use crate::db::directory::{Contact, CountyId, ImportChange, OfficeFull, OfficeText};
use crate::db::guides::{GuideText, StepText};
use crate::db::Saved;
use crate::directory::import::{self, check_office, ImportedOffice, RawOffice, RowProblem};
use crate::directory::TextState;
use crate::web::case::{form_alert, Checks};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::FormData;
use crate::web::forms::{self, problem_text};
use axum::extract::{FromRequest, Multipart, Path, Query, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::domain::{Lang, UserId};
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::shell::NavUser;
use lotse_app::pages::staff::directory::{
    Dashboard, DashboardPage, DashboardRow, EditorsPage, ImportPage, ImportReport, OfficeForm,
    OfficeFormPage, PreviewPage, TranslationForm, TranslationFormPage, OFFICE_FORM, TRANSLATION_FORM,
};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Uploads up to 5 MB (2,000 offices in CSV are about 1 MB).
pub const IMPORT_BODY_LIMIT: usize = 5 * 1024 * 1024;
const CONTACT_SLOTS: usize = 3;

struct Editor {
    county: CountyId,
    user: UserId,
    coordinator: bool,
    token: String,
    nav: NavUser,
    tr: Tr,
}

async fn editor(ctx: &Ctx) -> Result<Editor, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (county, user) = editor_scope(ctx, &p).await?.ok_or(AppError::Forbidden)?;
    Ok(Editor {
        county,
        user,
        coordinator: matches!(p, crate::auth::permission::Principal::Coordinator { .. }),
        token: session.token_hash.clone(),
        nav: ctx.nav_user(p.home()).unwrap_or_default(),
        tr: ctx.state.i18n.translator(ctx.lang(true)),
    })
}

async fn notice(ctx: &Ctx, e: &Editor) -> Result<Option<String>, AppError> {
    Ok(Flash::take_info(&ctx.state.store, &e.token, &e.tr).await?)
}

async fn saved(ctx: &Ctx, e: &Editor, message: &str, to: &str) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &e.token)
    .await?;
    Ok(Redirect::to(to).into_response())
}

fn parse_id(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

fn states(rows: &[crate::db::directory::TranslationRow]) -> Vec<DashboardRow> {
    let mut out: Vec<DashboardRow> = vec![];
    for r in rows {
        if out.last().is_none_or(|l| l.id != r.id) {
            out.push(DashboardRow {
                id: r.id,
                title: String::new(),
                states: Lang::ALL.iter().map(|l| (*l, "missing")).collect(),
            });
        }
        if let Some(row) = out.last_mut() {
            if r.lang == "de" {
                row.title = r.title.clone();
            }
            let state = if r.lang == "de" {
                TextState::of(Some(&r.status), r.source_rev, r.source_rev)
            } else {
                TextState::of(Some(&r.status), r.text_rev, r.source_rev)
            };
            if let Some(s) = row.states.iter_mut().find(|(l, _)| l.code() == r.lang) {
                s.1 = state.as_str();
            }
        }
    }
    out
}

pub async fn dashboard(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let store = &ctx.state.store;
    let d = Dashboard {
        offices: states(&store.office_translations(e.county).await?),
        guides: states(&store.guide_translations(e.county).await?),
        notice: notice(&ctx, &e).await?,
        can_grant: e.coordinator,
    };
    let nav = e.nav.clone();
    Ok(ctx.render(ctx.lang(true), move || view! { <DashboardPage d=d user=nav/> }))
}

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

fn render_office_form(ctx: &Ctx, e: &Editor, f: OfficeForm, status: StatusCode) -> Response {
    let nav = e.nav.clone();
    ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <OfficeFormPage f=f user=nav/> },
    )
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
    Ok(render_office_form(&ctx, &e, f, StatusCode::OK))
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
    Ok(render_office_form(&ctx, &e, f, StatusCode::OK))
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
                let text = problem_text(&checks.tr, &p.problem);
                checks.errors.insert(static_field(&p.field), text);
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
    let mut checks = Checks::new(e.tr.clone());
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
            Ok(render_office_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY))
        }
    }
}

pub async fn update_office(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let current = store.office(e.county, id).await?.ok_or(AppError::NotFound)?;
    let version = form.get("version").parse::<i64>().unwrap_or(0);
    let mut checks = Checks::new(e.tr.clone());
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
        return Ok(render_office_form(&ctx, &e, f, StatusCode::CONFLICT));
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
    Ok(render_office_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY))
}

fn content_lang(raw: &str) -> Result<Lang, AppError> {
    Lang::parse(raw)
        .filter(|l| *l != Lang::De)
        .ok_or(AppError::NotFound)
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
    Ok(ctx.render(
        ctx.lang(true),
        move || view! { <TranslationFormPage f=f user=nav/> },
    ))
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
    let mut checks = Checks::new(e.tr.clone());
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
    Ok(ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <TranslationFormPage f=f user=nav/> },
    ))
}

fn guide_fields(tr: &Tr, german: &GuideText) -> Vec<(String, String, String, bool)> {
    let mut fields = vec![
        ("title".into(), tr.t("guide-title"), german.title.clone(), false),
        (
            "summary".into(),
            tr.t("guide-summary"),
            german.summary.clone(),
            true,
        ),
    ];
    for (i, s) in german.steps.iter().enumerate() {
        let n = i + 1;
        let label = |k: &str| tr.ta(k, &[("n", (n as i64).into())]);
        fields.push((
            format!("step_{n}_title"),
            label("guide-step-title"),
            s.title.clone(),
            false,
        ));
        fields.push((
            format!("step_{n}_body"),
            label("guide-step-body"),
            s.body.clone(),
            true,
        ));
        fields.push((
            format!("step_{n}_bring"),
            label("guide-step-bring"),
            s.bring.clone(),
            true,
        ));
    }
    fields
}

fn guide_values(text: &GuideText, published: bool) -> BTreeMap<String, String> {
    let mut v = BTreeMap::from([
        ("title".to_string(), text.title.clone()),
        ("summary".to_string(), text.summary.clone()),
    ]);
    for (i, s) in text.steps.iter().enumerate() {
        let n = i + 1;
        v.insert(format!("step_{n}_title"), s.title.clone());
        v.insert(format!("step_{n}_body"), s.body.clone());
        v.insert(format!("step_{n}_bring"), s.bring.clone());
    }
    if published {
        v.insert("published".into(), "on".into());
    }
    v
}

/// A guide's text in one language; German is the source (its steps' offices stay).
pub async fn guide_text_page(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let g = ctx
        .state
        .store
        .guide(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let german = g.text("de").map(|t| t.text()).unwrap_or_default();
    let current = g.text(lang.code());
    let values = current
        .map(|t| guide_values(&t.text(), t.published()))
        .unwrap_or_default();
    let f = TranslationForm {
        action: format!("/directory/manage/guides/{id}/{}", lang.code()),
        title: german.title.clone(),
        lang: Some(lang),
        version: current.map(|t| t.version).unwrap_or(0),
        fields: guide_fields(&e.tr, &german),
        posted: Posted {
            form: TRANSLATION_FORM.into(),
            values,
            ..Posted::default()
        },
        notice: notice(&ctx, &e).await?,
        outdated: lang != Lang::De && current.is_some_and(|t| t.source_rev < g.source_rev),
        preview_href: format!("/directory/manage/preview?path=/guides/{id}&lang={}", lang.code()),
        alert: None,
    };
    let nav = e.nav.clone();
    Ok(ctx.render(
        ctx.lang(true),
        move || view! { <TranslationFormPage f=f user=nav/> },
    ))
}

pub async fn german_guide_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    guide_text_page(ctx, Path((raw, "de".to_string()))).await
}

pub async fn save_guide_text(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let lang = Lang::parse(&lang).ok_or(AppError::NotFound)?;
    let store = &ctx.state.store;
    let g = store.guide(e.county, id).await?.ok_or(AppError::NotFound)?;
    let german = g.text("de").map(|t| t.text()).unwrap_or_default();
    let mut checks = Checks::new(e.tr.clone());
    let title = checks
        .check("title", forms::required_text(form.get("title"), 200))
        .unwrap_or_default();
    let summary = checks
        .check("summary", forms::optional_text(form.get("summary"), 1000))
        .flatten()
        .unwrap_or_default();
    let steps: Vec<StepText> = (1..=german.steps.len())
        .map(|n| {
            let g = |f: &str| form.get(&format!("step_{n}_{f}")).trim().to_string();
            StepText {
                title: g("title"),
                body: g("body"),
                bring: g("bring"),
            }
        })
        .collect();
    if steps.iter().any(|s| s.title.is_empty()) {
        checks.fail("title", "guide-step-title-needed");
    }
    let text = GuideText {
        title,
        summary,
        steps,
    };
    let version = form.get("version").parse::<i64>().unwrap_or(0);
    let published = !form.get("published").is_empty();
    if checks.ok() {
        let result = if lang == Lang::De {
            store
                .update_guide(
                    e.county,
                    id,
                    g.version,
                    &text,
                    &g.step_offices,
                    published,
                    Some(e.user),
                )
                .await?
        } else {
            store
                .save_guide_text(e.county, id, lang.code(), version, &text, published, Some(e.user))
                .await?
        };
        if result == Saved::Done {
            return saved(
                &ctx,
                &e,
                "translation-saved",
                &format!("/directory/manage/guides/{id}/{}", lang.code()),
            )
            .await;
        }
        checks.fail("title", "office-conflict");
    }
    let f = TranslationForm {
        action: format!("/directory/manage/guides/{id}/{}", lang.code()),
        title: german.title.clone(),
        lang: Some(lang),
        version: g.text(lang.code()).map(|t| t.version).unwrap_or(0),
        fields: guide_fields(&e.tr, &german),
        posted: checks.posted(TRANSLATION_FORM, &form),
        alert: form_alert(&e.tr),
        preview_href: format!("/directory/manage/preview?path=/guides/{id}&lang={}", lang.code()),
        ..TranslationForm::default()
    };
    let nav = e.nav.clone();
    Ok(ctx.render_status(
        ctx.lang(true),
        StatusCode::UNPROCESSABLE_ENTITY,
        move || view! { <TranslationFormPage f=f user=nav/> },
    ))
}

fn render_import(ctx: &Ctx, e: &Editor, report: ImportReport, status: StatusCode) -> Response {
    let nav = e.nav.clone();
    ctx.render_status(
        ctx.lang(true),
        status,
        move || view! { <ImportPage report=report user=nav/> },
    )
}

pub async fn import_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let report = ImportReport {
        notice: notice(&ctx, &e).await?,
        ..ImportReport::default()
    };
    Ok(render_import(&ctx, &e, report, StatusCode::OK))
}

fn parse_upload(format: &str, bytes: &[u8]) -> Result<Vec<ImportedOffice>, Vec<RowProblem>> {
    match format {
        "integreat" => import::read_integreat(bytes),
        _ => import::read_csv(bytes),
    }
}

fn error_rows(tr: &Tr, problems: Vec<RowProblem>) -> Vec<(usize, String, String)> {
    problems
        .into_iter()
        .map(|p| {
            let mut message = problem_text(tr, &p.problem);
            if let Some(d) = p.detail {
                message = format!("{message} ({})", d.lines().next().unwrap_or_default());
            }
            (p.row, p.field, message)
        })
        .collect()
}

/// Takes the upload, checks it and shows what importing would change.
pub async fn upload(ctx: Ctx, req: Request) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let mut parts = Multipart::from_request(req, &())
        .await
        .map_err(|_| AppError::BadRequest)?;
    let (mut format, mut bytes) = (String::from("csv"), None);
    loop {
        let field = match parts.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                let report = ImportReport {
                    alert: Some(e.tr.t("import-too-large")),
                    ..ImportReport::default()
                };
                return Ok(render_import(&ctx, &e, report, StatusCode::PAYLOAD_TOO_LARGE));
            }
            Err(_) => return Err(AppError::BadRequest),
        };
        match field.name().unwrap_or_default() {
            "format" => format = field.text().await.map_err(|_| AppError::BadRequest)?,
            "file" => bytes = Some(field.bytes().await.map_err(|_| AppError::BadRequest)?.to_vec()),
            _ => {}
        }
    }
    let format = if format == "integreat" { "integreat" } else { "csv" };
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else {
        let report = ImportReport {
            alert: Some(e.tr.t("import-no-file")),
            ..ImportReport::default()
        };
        return Ok(render_import(&ctx, &e, report, StatusCode::UNPROCESSABLE_ENTITY));
    };
    match parse_upload(format, &bytes) {
        Err(problems) => {
            let report = ImportReport {
                errors: error_rows(&e.tr, problems),
                alert: Some(e.tr.t("import-has-errors")),
                ..ImportReport::default()
            };
            Ok(render_import(&ctx, &e, report, StatusCode::UNPROCESSABLE_ENTITY))
        }
        Ok(_) => {
            let id = ctx
                .state
                .store
                .save_import(e.county, e.user, format, &bytes)
                .await?;
            Ok(Redirect::to(&format!("/directory/manage/import/{id}")).into_response())
        }
    }
}

/// The dry-run report of a stored upload.
pub async fn import_report(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let (format, bytes) = store
        .pending_import(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let offices = parse_upload(&format, &bytes).map_err(|_| AppError::NotFound)?;
    let mut rows = vec![];
    for o in &offices {
        let change = match store.import_change(e.county, o).await? {
            ImportChange::New => "new",
            ImportChange::Changed => "changed",
            ImportChange::Unchanged => "unchanged",
        };
        let name = o.texts.first().map(|(_, t)| t.name.clone()).unwrap_or_default();
        rows.push((o.row, name, change));
    }
    let report = ImportReport {
        import_id: Some(id),
        rows,
        ..ImportReport::default()
    };
    Ok(render_import(&ctx, &e, report, StatusCode::OK))
}

pub async fn apply_import(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let Some((format, bytes)) = store.pending_import(e.county, id).await? else {
        // Applied already (a second click): nothing more to do.
        return Ok(Redirect::to("/directory/manage").into_response());
    };
    let offices = parse_upload(&format, &bytes).map_err(|_| AppError::BadRequest)?;
    if store.mark_import_applied(e.county, id).await? {
        store.apply_import(e.county, &offices, e.user).await?;
    }
    saved(&ctx, &e, "import-done", "/directory/manage").await
}

fn download(body: Vec<u8>, content_type: &'static str, filename: &str) -> Response {
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{filename}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

pub async fn export_csv(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let offices = ctx.state.store.offices_full(e.county).await?;
    let body = import::write_csv(&offices).map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(download(body, "text/csv; charset=utf-8", "lotse-offices.csv"))
}

pub async fn template_csv(ctx: Ctx) -> Result<Response, AppError> {
    editor(&ctx).await?;
    let body = import::write_csv(&[]).map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(download(
        body,
        "text/csv; charset=utf-8",
        "lotse-offices-template.csv",
    ))
}

#[derive(serde::Serialize)]
struct ExportText {
    lang: String,
    status: String,
    outdated: bool,
    name: String,
    description: String,
    bring: String,
    transport: String,
    contact_roles: Vec<String>,
}

#[derive(serde::Serialize)]
struct ExportOffice {
    id: i64,
    key: Option<String>,
    category: String,
    street: String,
    postcode: String,
    city: String,
    lat: Option<f64>,
    lon: Option<f64>,
    phone: Option<String>,
    email: Option<String>,
    website: Option<String>,
    opening_hours: String,
    by_appointment: bool,
    languages: Vec<String>,
    barrier_free: bool,
    contacts: Vec<ExportContact>,
    texts: Vec<ExportText>,
}

#[derive(serde::Serialize)]
struct ExportContact {
    name: String,
    phone: Option<String>,
    email: Option<String>,
    hours: String,
}

/// Everything of the county's offices (drafts too), for backups and other systems.
pub async fn export_json(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let offices: Vec<ExportOffice> = ctx
        .state
        .store
        .offices_full(e.county)
        .await?
        .into_iter()
        .map(|o| {
            let f = o.office;
            ExportOffice {
                id: f.id,
                languages: f.languages(),
                key: f.import_key,
                category: f.category,
                street: f.street,
                postcode: f.postcode,
                city: f.city,
                lat: f.lat,
                lon: f.lon,
                phone: f.phone,
                email: f.email,
                website: f.website,
                opening_hours: f.opening_hours,
                by_appointment: f.by_appointment,
                barrier_free: f.barrier_free,
                contacts: o
                    .contacts
                    .into_iter()
                    .map(|c| ExportContact {
                        name: c.name,
                        phone: c.phone,
                        email: c.email,
                        hours: c.hours,
                    })
                    .collect(),
                texts: o
                    .texts
                    .iter()
                    .map(|t| {
                        let text = t.text();
                        ExportText {
                            lang: t.lang.clone(),
                            status: t.status.clone(),
                            outdated: t.source_rev < f.source_rev,
                            name: text.name,
                            description: text.description,
                            bring: text.bring,
                            transport: text.transport,
                            contact_roles: text.contact_roles,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let body = serde_json::to_vec_pretty(&offices).map_err(|err| AppError::Internal(err.to_string()))?;
    Ok(download(body, "application/json", "lotse-offices.json"))
}

pub async fn editors_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    if !e.coordinator {
        return Err(AppError::Forbidden);
    }
    let staff = ctx
        .state
        .store
        .directory_staff(e.county)
        .await?
        .into_iter()
        .map(|(id, name, _, allowed)| (id, name, allowed))
        .collect();
    let n = notice(&ctx, &e).await?;
    let nav = e.nav.clone();
    Ok(ctx.render(
        ctx.lang(true),
        move || view! { <EditorsPage staff=staff notice=n user=nav/> },
    ))
}

pub async fn set_editor(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    if !e.coordinator {
        return Err(AppError::Forbidden);
    }
    let user = parse_id(&raw)?;
    if !ctx
        .state
        .store
        .set_directory_editor(e.county, user, form.get("allowed") == "1")
        .await?
    {
        return Err(AppError::NotFound);
    }
    saved(&ctx, &e, "editor-saved", "/directory/manage/editors").await
}

#[derive(Debug, Deserialize)]
pub struct PreviewParams {
    path: Option<String>,
    lang: Option<String>,
}

pub async fn preview(ctx: Ctx, Query(q): Query<PreviewParams>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let path = q.path.unwrap_or_default();
    // Only reader pages of the directory can be previewed.
    let ok = ["/offices", "/guides"].iter().any(|p| {
        path == *p
            || path
                .strip_prefix(p)
                .and_then(|rest| rest.strip_prefix('/'))
                .is_some_and(|id| !id.is_empty() && id.chars().all(|c| c.is_ascii_digit()))
    });
    if !ok {
        return Err(AppError::NotFound);
    }
    let lang = q.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::Ar);
    let nav = e.nav.clone();
    Ok(ctx.render(
        ctx.lang(true),
        move || view! { <PreviewPage path=path lang=lang user=nav/> },
    ))
}
