//! Topic guides: the German guide with its steps and the offices they lead to, and its
//! translations beside the German source.

use super::{content_lang, editor, notice, parse_id, saved, Editor};
use crate::db::guides::{GuideFull, GuideText, StepText};
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
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::i18n::Tr;
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::directory::{
    step_field, GuideField, GuideForm, GuideFormPage, GuideInput, GuideTextField, GuideTextInput,
    TranslationForm, TranslationFormPage, GUIDE_FORM, TRANSLATION_FORM,
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
        v.insert(step_field(n, "from"), n.to_string());
        v.insert(step_field(n, "order"), n.to_string());
        if let Some(o) = office {
            v.insert(step_field(n, "office"), o.to_string());
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
    published: bool,
}

/// One step row as posted, still text. The rows are numbered, so they are read by name
/// ([`step_field`]) rather than through [`GuideInput`].
struct StepRow {
    /// The row's number in the form, from 1.
    slot: usize,
    text: StepText,
    office: String,
    from: String,
    order: String,
}

/// The step rows as posted, up to the first row the form did not send. An empty row is
/// sent too, so the count is the number of rows the form showed.
fn step_rows(form: &FormData) -> Vec<StepRow> {
    let mut rows = vec![];
    for n in 1..=MAX_STEPS {
        if !form.has(&step_field(n, "title")) {
            break;
        }
        let get = |k: &str| form.get(&step_field(n, k)).trim().to_string();
        rows.push(StepRow {
            slot: n,
            text: StepText {
                title: get("title"),
                body: get("body"),
                bring: get("bring"),
            },
            office: get("office"),
            from: get("from"),
            order: get("order"),
        });
    }
    rows
}

/// The posted guide, checked: a step with text needs a title (a step without any is
/// dropped), may lead only to one of the county's `offices`, and a guide needs a step.
/// Steps are put in the order typed, a tie kept in the order of the rows.
fn parse(
    input: &GuideInput,
    rows: &[StepRow],
    offices: &[(i64, String)],
) -> Result<PostedGuide, FieldErrors> {
    use GuideField as F;
    let mut p = Problems::new();
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let summary = p.check(F::Summary, forms::optional_text(&input.summary, 1000));
    // (order, slot, step, office, from)
    let mut steps = vec![];
    for row in rows {
        if row.text.title.is_empty() {
            if !row.text.body.is_empty() || !row.text.bring.is_empty() {
                p.add(F::Steps, Problem::new("guide-step-title-needed"));
            }
            continue;
        }
        let office = match row.office.as_str() {
            "" => None,
            raw => {
                let known = raw
                    .parse::<i64>()
                    .ok()
                    .filter(|id| offices.iter().any(|(o, _)| o == id));
                if known.is_none() {
                    p.add(F::Steps, Problem::new("guide-step-office-unknown"));
                }
                known
            }
        };
        let from = row.from.parse::<usize>().ok().and_then(|f| f.checked_sub(1));
        let order = row.order.parse::<u32>().unwrap_or(row.slot as u32);
        steps.push((order, row.slot, row.text.clone(), office, from));
    }
    if steps.is_empty() && p.is_empty() {
        p.add(F::Steps, Problem::new("guide-needs-steps"));
    }
    steps.sort_by_key(|(order, slot, ..)| (*order, *slot));
    p.finish(|| {
        Some(PostedGuide {
            text: GuideText {
                title: title?,
                summary: summary?.unwrap_or_default(),
                steps: steps.iter().map(|s| s.2.clone()).collect(),
            },
            offices: steps.iter().map(|s| s.3).collect(),
            from: steps.iter().map(|s| s.4).collect(),
            published: !input.published.is_empty(),
        })
    })
}

pub async fn create_guide(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let input: GuideInput = form.input();
    let rows = step_rows(&form);
    let offices = ctx.state.store.office_names(e.county).await?;
    match parse(&input, &rows, &offices) {
        Ok(guide) => {
            let id = ctx
                .state
                .store
                .create_guide(
                    e.county,
                    &guide.text,
                    &guide.offices,
                    guide.published,
                    Some(e.user),
                )
                .await?;
            saved(&ctx, &e, "guide-saved", &format!("/directory/manage/guides/{id}")).await
        }
        Err(errors) => {
            let f = GuideForm {
                step_slots: rows.len().max(1),
                posted: form.refused(GUIDE_FORM, errors),
                alert: form_alert(&e.tr),
                ..GuideForm::default()
            };
            render_guide_form(&ctx, &e, f, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

pub async fn save_guide(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let e = editor(&ctx).await?;
    let id = parse_id(&raw)?;
    let store = &ctx.state.store;
    let current = store.guide(e.county, id).await?.ok_or(AppError::NotFound)?;
    let input: GuideInput = form.input();
    let rows = step_rows(&form);
    let offices = store.office_names(e.county).await?;
    let version = input.version.parse::<i64>().unwrap_or(-1);
    let mut status = StatusCode::UNPROCESSABLE_ENTITY;
    let mut theirs = None;
    let errors = match parse(&input, &rows, &offices) {
        Ok(guide) => {
            let result = store
                .update_guide(
                    e.county,
                    id,
                    version,
                    &guide.text,
                    &guide.offices,
                    &guide.from,
                    guide.published,
                    Some(e.user),
                )
                .await?;
            if result == Saved::Done {
                return saved(&ctx, &e, "guide-saved", &format!("/directory/manage/guides/{id}")).await;
            }
            // Somebody saved in between: keep what was typed, show what they saved.
            status = StatusCode::CONFLICT;
            theirs = Some(their_guide(&e.tr, &current));
            let mut errors = FieldErrors::new();
            errors.insert(GuideField::Title.name(), Problem::new("office-conflict"));
            errors
        }
        Err(errors) => errors,
    };
    let mut posted = form.refused(GUIDE_FORM, errors);
    posted.theirs = theirs;
    let f = GuideForm {
        id: Some(id),
        version: current.version,
        step_slots: rows.len().max(1),
        posted,
        alert: form_alert(&e.tr),
        ..GuideForm::default()
    };
    render_guide_form(&ctx, &e, f, status).await
}

/// The translation form's fields for a guide: (name, label, German, multi-line).
fn guide_fields(tr: &Tr, german: &GuideText) -> Vec<(String, String, String, bool)> {
    use GuideTextField as F;
    let mut fields = vec![
        (
            F::Title.name().into(),
            tr.t("guide-title"),
            german.title.clone(),
            false,
        ),
        (
            F::Summary.name().into(),
            tr.t("guide-summary"),
            german.summary.clone(),
            true,
        ),
    ];
    for (i, s) in german.steps.iter().enumerate() {
        let n = i + 1;
        let label = |k: &str| tr.ta(k, &[("n", (n as i64).into())]);
        fields.push((
            step_field(n, "title"),
            label("guide-step-title"),
            s.title.clone(),
            false,
        ));
        fields.push((
            step_field(n, "body"),
            label("guide-step-body"),
            s.body.clone(),
            true,
        ));
        fields.push((
            step_field(n, "bring"),
            label("guide-step-bring"),
            s.bring.clone(),
            true,
        ));
    }
    fields
}

/// A guide's text as form values, for the translation form and (with the same names)
/// the German guide form.
fn guide_values(text: &GuideText, published: bool) -> BTreeMap<String, String> {
    use GuideTextField as F;
    let mut v = BTreeMap::from([
        (F::Title.name().to_string(), text.title.clone()),
        (F::Summary.name().to_string(), text.summary.clone()),
    ]);
    for (i, s) in text.steps.iter().enumerate() {
        let n = i + 1;
        v.insert(step_field(n, "title"), s.title.clone());
        v.insert(step_field(n, "body"), s.body.clone());
        v.insert(step_field(n, "bring"), s.bring.clone());
    }
    if published {
        v.insert(F::Published.name().into(), "on".into());
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
        back: None,
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
    let input: GuideTextInput = form.input();
    let steps: Vec<StepText> = (1..=german.steps.len())
        .map(|n| {
            let g = |part: &str| form.get(&step_field(n, part)).trim().to_string();
            StepText {
                title: g("title"),
                body: g("body"),
                bring: g("bring"),
            }
        })
        .collect();
    let version = input.version.parse::<i64>().unwrap_or(0);
    let published = !input.published.is_empty();
    let errors = match parse_text(&input, steps) {
        Ok(text) => {
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
            // Somebody saved in between: said at the title, the page shown again as posted.
            let mut errors = FieldErrors::new();
            errors.insert(GuideTextField::Title.name(), Problem::new("office-conflict"));
            errors
        }
        Err(errors) => errors,
    };
    let f = TranslationForm {
        action: format!("/directory/manage/guides/{id}/{}", lang.code()),
        title: german.title.clone(),
        lang: Some(lang),
        version: g.text(lang.code()).map(|t| t.version).unwrap_or(0),
        fields: guide_fields(&e.tr, &german),
        posted: form.refused(TRANSLATION_FORM, errors),
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

/// A guide's translated text as posted, checked like the German guide's title and
/// summary; each of the German guide's `steps` needs its title translated.
fn parse_text(input: &GuideTextInput, steps: Vec<StepText>) -> Result<GuideText, FieldErrors> {
    use GuideTextField as F;
    let mut p = Problems::new();
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let summary = p.check(F::Summary, forms::optional_text(&input.summary, 1000));
    if steps.iter().any(|s| s.title.is_empty()) {
        p.add(F::Title, Problem::new("guide-step-title-needed"));
    }
    p.finish(|| {
        Some(GuideText {
            title: title?,
            summary: summary?.unwrap_or_default(),
            steps,
        })
    })
}
