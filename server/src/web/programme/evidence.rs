//! A milestone's evidence (`/figures/programme/milestones/{id}/evidence`): a note, a
//! link, a figure frozen from the dashboard, or an uploaded document (PDF, JPEG, PNG,
//! checked by its bytes), and the document read back by whoever keeps the programme.

use super::{milestone_in_reach, render, PAGE};
use crate::db::programme::Evidence;
use crate::figures::TABLE_IDS;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::{with_upload, Upload};
use crate::web::forms;
use crate::web::keeper::{done, id_of, keeper_or_away, Keeper};
use axum::extract::{Path, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use lotse_app::figures::FrozenFigure;
use lotse_app::forms::{Problem, Problems};
use lotse_app::pages::staff::programme::{
    evidence_form, EvidenceField, EvidenceInput, DOCUMENT_MAX_BYTES, EVIDENCE_KINDS,
};

/// Room for the largest document and the form's text.
pub const EVIDENCE_BODY_LIMIT: usize = DOCUMENT_MAX_BYTES + 64 * 1024;

/// What a document is, from its first bytes (not from its name): PDF, JPEG or PNG.
fn document_type(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        return Some("application/pdf");
    }
    match imagesize::image_type(bytes) {
        Ok(imagesize::ImageType::Jpeg) => Some("image/jpeg"),
        Ok(imagesize::ImageType::Png) => Some("image/png"),
        _ => None,
    }
}

pub async fn add_evidence(ctx: Ctx, Path(raw): Path<String>, req: Request) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let id = milestone_in_reach(&ctx, &k, &raw).await?;
    let (form, upload) = with_upload(req, EvidenceField::Document.name(), DOCUMENT_MAX_BYTES).await?;
    let input: EvidenceInput = form.input();
    use EvidenceField as F;
    let mut p = Problems::new();
    let kind = p.check(F::Kind, forms::required_choice(&input.kind, &EVIDENCE_KINDS));
    let evidence = match kind.as_deref() {
        Some("note") => p
            .check(F::Text, forms::required_text(&input.text, 2000))
            .map(Evidence::Note),
        Some("link") => {
            let link = p.check(F::Link, forms::required_text(&input.link, 500));
            match link {
                Some(l) if l.starts_with("https://") || l.starts_with("http://") => Some(Evidence::Link(l)),
                Some(_) => {
                    p.add(F::Link, Problem::new("evidence-link-invalid"));
                    None
                }
                None => None,
            }
        }
        Some("figure") => {
            let table = p.check(
                F::Table,
                forms::required_choice(
                    &input.table,
                    &TABLE_IDS
                        .iter()
                        .copied()
                        .filter(|t| *t != "milestones")
                        .collect::<Vec<_>>(),
                ),
            );
            let from = p.check(F::From, forms::required_date(&input.from));
            let to = p.check(F::To, forms::required_date(&input.to));
            if let (Some(f), Some(t)) = (&from, &to) {
                if t < f {
                    p.add(F::To, Problem::new("figures-error-order"));
                }
            }
            match (table, from, to) {
                (Some(table), Some(from), Some(to)) if p.is_empty() => {
                    match freeze(&ctx, &k, id, &table, &from, &to).await? {
                        Some(frozen) => Some(Evidence::Figure(
                            frozen.title.clone(),
                            serde_json::to_string(&frozen).map_err(|e| AppError::Internal(e.to_string()))?,
                        )),
                        None => return Err(AppError::NotFound),
                    }
                }
                _ => None,
            }
        }
        Some(_) => match upload {
            Upload::None => {
                p.add(F::Document, Problem::new("evidence-document-needed"));
                None
            }
            Upload::TooLarge => {
                p.add(
                    F::Document,
                    Problem::with_max(
                        "evidence-document-size",
                        (DOCUMENT_MAX_BYTES / 1024 / 1024) as i64,
                    ),
                );
                None
            }
            Upload::File { name, bytes } => match document_type(&bytes) {
                Some(ct) => Some(Evidence::Document(name, ct.to_string(), bytes)),
                None => {
                    p.add(F::Document, Problem::new("evidence-document-type"));
                    None
                }
            },
        },
        None => None,
    };
    match p.finish(|| evidence) {
        Ok(evidence) => {
            ctx.state
                .store
                .add_evidence(k.reach, id, evidence, k.user)
                .await?
                .ok_or(AppError::NotFound)?;
            done(&ctx, &k, PAGE, "evidence-saved", format!("milestone-{id}")).await
        }
        Err(errors) => {
            render(
                &ctx,
                &k,
                form.refused(evidence_form(id), errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// A figure table as the dashboard shows it today for the milestone's municipality and
/// the period, in words and shown values. None when the milestone is out of reach.
async fn freeze(
    ctx: &Ctx,
    k: &Keeper,
    milestone: i64,
    table: &str,
    from: &str,
    to: &str,
) -> Result<Option<FrozenFigure>, AppError> {
    use lotse_app::pages::staff::figures::{cell_text, label_text};
    let store = &ctx.state.store;
    let Some((municipality, scope)) = store.milestone_municipality(k.reach, milestone).await? else {
        return Ok(None);
    };
    let date = |v: &str| chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").ok();
    let (Some(first), Some(last)) = (date(from), date(to)) else {
        return Ok(None);
    };
    let (filter, period) =
        crate::figures::period_filter(k.reach.county, Some(municipality), None, None, None, first, last);
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let found = crate::figures::sections(store, &filter, &period, ctx.state.settings.figures_max_age)
        .await?
        .into_iter()
        .flat_map(|s| s.tables)
        .find(|t| t.id == table);
    Ok(found.map(|t| FrozenFigure {
        title: tr.t(&format!("figures-{}", t.id)),
        scope,
        from: from.to_string(),
        to: to.to_string(),
        frozen_on: crate::time::today_iso(),
        columns: t.columns.iter().map(|c| label_text(&tr, c)).collect(),
        rows: t
            .rows
            .iter()
            .map(|r| {
                (
                    label_text(&tr, &r.label),
                    r.cells.iter().map(|c| cell_text(&tr, c)).collect(),
                )
            })
            .collect(),
    }))
}

pub async fn document(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let id = id_of(&raw)?;
    let (name, content_type, bytes) = ctx
        .state
        .store
        .evidence_document(k.reach, id)
        .await?
        .ok_or(AppError::NotFound)?;
    // The header carries an ASCII name; the stored one may hold umlauts.
    let ascii: String = name
        .chars()
        .map(|c| if c.is_ascii_graphic() || c == ' ' { c } else { '_' })
        .collect();
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        bytes,
    )
        .into_response())
}
