//! Topic guides: the German guide with its steps and the offices they lead to, and its
//! translations beside the German source.

use super::{content_lang, editor, notice, parse_id, saved, Editor};
use crate::db::guides::{GuideFull, GuideText, StepText};
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
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::directory::{
    GuideForm, GuideFormPage, TranslationForm, TranslationFormPage, GUIDE_FORM, TRANSLATION_FORM,
};
use std::collections::BTreeMap;

/// Empty step slots shown below a guide's steps.
const SPARE_STEPS: usize = 2;
/// Step slots read from a posted form (more than anyone types on one page).
const MAX_STEPS: usize = 40;

/// The German guide form's values from what is stored.
fn guide_form_values(g: &GuideFull) -> BTreeMap<String, String> {
    let german = g.text("de").map(|t| t.text()).unwrap_or_default();
    let mut v = guide_values(&german, g.is_published());
    for (i, office) in g.step_offices.iter().enumerate() {
        let n = i + 1;
        v.insert(format!("step_{n}_from"), n.to_string());
        v.insert(format!("step_{n}_order"), n.to_string());
        if let Some(o) = office {
            v.insert(format!("step_{n}_office"), o.to_string());
        }
    }
    v
}

/// What another editor saved, as (label, value) pairs beside the refused form.
fn their_guide(tr: &Tr, g: &GuideFull) -> Vec<(String, String)> {
    let german = g.text("de").map(|t| t.text()).unwrap_or_default();
    let mut out = vec![
        (tr.t("guide-title"), german.title),
        (tr.t("guide-summary"), german.summary),
    ];
    for (i, s) in german.steps.into_iter().enumerate() {
        out.push((
            tr.ta("guide-step-title", &[("n", (i as i64 + 1).into())]),
            s.title,
        ));
    }
    out
}

async fn render_guide_form(
    ctx: &Ctx,
    e: &Editor,
    f: GuideForm,
    status: StatusCode,
) -> Result<Response, AppError> {
    let f = GuideForm {
        offices: ctx.state.store.office_names(e.county).await?,
        ..f
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render_status(
            ctx.lang(true),
            status,
            move || view! { <GuideFormPage f=f user=nav/> },
        )
        .await)
}

pub async fn new_guide_page(ctx: Ctx) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let f = GuideForm {
        step_slots: 3,
        ..GuideForm::default()
    };
    render_guide_form(&ctx, &e, f, StatusCode::OK).await
}

pub async fn guide_form_page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let g = ctx
        .state
        .store
        .guide(e.county, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let f = GuideForm {
        id: Some(id),
        version: g.version,
        step_slots: g.step_offices.len() + SPARE_STEPS,
        posted: Posted {
            form: GUIDE_FORM.into(),
            values: guide_form_values(&g),
            ..Posted::default()
        },
        notice: notice(&ctx, &e).await?,
        ..GuideForm::default()
    };
    render_guide_form(&ctx, &e, f, StatusCode::OK).await
}

/// A posted German guide: its text, each step's office, and for each step the
/// position it had before (None for a new step), so translations can follow.
struct PostedGuide {
    text: GuideText,
    offices: Vec<Option<i64>>,
    from: Vec<Option<usize>>,
    slots: usize,
}

async fn read_guide_form(
    ctx: &Ctx,
    e: &Editor,
    checks: &mut Checks,
    form: &FormData,
) -> Result<PostedGuide, AppError> {
    let title = checks
        .check("title", forms::required_text(form.get("title"), 200))
        .unwrap_or_default();
    let summary = checks
        .check("summary", forms::optional_text(form.get("summary"), 1000))
        .flatten()
        .unwrap_or_default();
    let offices = ctx.state.store.office_names(e.county).await?;
    let mut slots = 0;
    // (order, slot, step, office, from)
    let mut steps = vec![];
    for n in 1..=MAX_STEPS {
        let get = |k: &str| form.get(&format!("step_{n}_{k}")).trim().to_string();
        if !form.has(&format!("step_{n}_title")) {
            break;
        }
        slots = n;
        let step = StepText {
            title: get("title"),
            body: get("body"),
            bring: get("bring"),
        };
        if step.title.is_empty() {
            if !step.body.is_empty() || !step.bring.is_empty() {
                checks.fail("steps", "guide-step-title-needed");
            }
            continue;
        }
        let office = match get("office").as_str() {
            "" => None,
            raw => {
                let known = raw
                    .parse::<i64>()
                    .ok()
                    .filter(|id| offices.iter().any(|(o, _)| o == id));
                if known.is_none() {
                    checks.fail("steps", "guide-step-office-unknown");
                }
                known
            }
        };
        let from = get("from").parse::<usize>().ok().and_then(|f| f.checked_sub(1));
        let order = get("order").parse::<u32>().unwrap_or(n as u32);
        steps.push((order, n, step, office, from));
    }
    if steps.is_empty() && checks.ok() {
        checks.fail("steps", "guide-needs-steps");
    }
    steps.sort_by_key(|(order, slot, ..)| (*order, *slot));
    Ok(PostedGuide {
        text: GuideText {
            title,
            summary,
            steps: steps.iter().map(|s| s.2.clone()).collect(),
        },
        offices: steps.iter().map(|s| s.3).collect(),
        from: steps.iter().map(|s| s.4).collect(),
        slots,
    })
}

pub async fn create_guide(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let mut checks = Checks::new();
    let posted = read_guide_form(&ctx, &e, &mut checks, &form).await?;
    if checks.ok() {
        let published = !form.get("published").is_empty();
        let id = ctx
            .state
            .store
            .create_guide(e.county, &posted.text, &posted.offices, published, Some(e.user))
            .await?;
        return saved(&ctx, &e, "guide-saved", &format!("/directory/manage/guides/{id}")).await;
    }
    let f = GuideForm {
        step_slots: posted.slots.max(1),
        posted: checks.posted(GUIDE_FORM, &form),
        alert: form_alert(&e.tr),
        ..GuideForm::default()
    };
    render_guide_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY).await
}

pub async fn save_guide(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let current = store.guide(e.county, id).await?.ok_or(AppError::NotFound)?;
    let mut checks = Checks::new();
    let posted = read_guide_form(&ctx, &e, &mut checks, &form).await?;
    let version = form.get("version").parse::<i64>().unwrap_or(-1);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut theirs = None;
    if checks.ok() {
        let published = !form.get("published").is_empty();
        let result = store
            .update_guide(
                e.county,
                id,
                version,
                &posted.text,
                &posted.offices,
                &posted.from,
                published,
                Some(e.user),
            )
            .await?;
        if result == Saved::Done {
            return saved(&ctx, &e, "guide-saved", &format!("/directory/manage/guides/{id}")).await;
        }
        // Somebody saved in between: keep what was typed, show what they saved.
        checks.fail("title", "office-conflict");
        status = StatusCode::CONFLICT;
        theirs = Some(their_guide(&e.tr, &current));
    }
    let mut posted_form = checks.posted(GUIDE_FORM, &form);
    posted_form.theirs = theirs;
    let f = GuideForm {
        id: Some(id),
        version: current.version,
        step_slots: posted.slots.max(1),
        posted: posted_form,
        alert: form_alert(&e.tr),
        ..GuideForm::default()
    };
    render_guide_form(&ctx, &e, f, status).await
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

/// A guide's text in another language, beside the German source.
pub async fn guide_text_page(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let lang = content_lang(&lang)?;
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
        outdated: current.is_some_and(|t| t.source_rev < g.source_rev),
        preview_href: format!("/directory/manage/preview?path=/guides/{id}&lang={}", lang.code()),
        alert: None,
    };
    let nav = e.nav.clone();
    Ok(ctx
        .render(
            ctx.lang(true),
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}

pub async fn save_guide_text(
    ctx: Ctx,
    Path((raw, lang)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let lang = content_lang(&lang)?;
    let store = &ctx.state.store;
    let g = store.guide(e.county, id).await?.ok_or(AppError::NotFound)?;
    let german = g.text("de").map(|t| t.text()).unwrap_or_default();
    let mut checks = Checks::new();
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
        let result = store
            .save_guide_text(e.county, id, lang.code(), version, &text, published, Some(e.user))
            .await?;
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
    Ok(ctx
        .render_status(
            ctx.lang(true),
            StatusCode::UNPROCESSABLE_ENTITY,
            move || view! { <TranslationFormPage f=f user=nav/> },
        )
        .await)
}
