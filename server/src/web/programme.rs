//! The programme's measures and milestones (`/figures/programme`): whoever may see the
//! figures keeps them — a coordinator for their municipality, a county coordinator for
//! any of the county's. A measure or milestone outside that reach answers 404.

use super::ctx::Ctx;
use super::error::AppError;
use super::flash::Flash;
use super::form_data::FormData;
use super::forms;
use crate::auth::permission::{self, FigureScope};
use crate::db::programme::{Evidence, Reach};
use crate::db::Saved;
use crate::figures::TABLE_IDS;
use axum::extract::{FromRequest, Multipart, Path, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use leptos::prelude::*;
use lotse_app::figures::FrozenFigure;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::programme::{
    evidence_form, milestone_form, state_form, EvidenceField, EvidenceInput, EvidenceItem, MeasureField,
    MeasureInput, MeasureItem, MilestoneField, MilestoneInput, MilestoneItem, ProgrammeData, ProgrammePage,
    StateField, StateInput, DOCUMENT_MAX_BYTES, EVIDENCE_KINDS, MEASURE_FORM, MILESTONE_STATES,
};

/// Room for the largest document and the form's text.
pub const EVIDENCE_BODY_LIMIT: usize = DOCUMENT_MAX_BYTES + 64 * 1024;
const PAGE: &str = "/figures/programme";

pub(crate) struct Keeper {
    pub(crate) reach: Reach,
    pub(crate) user: i64,
    pub(crate) token: String,
    pub(crate) county_wide: bool,
}

/// Who keeps the programme (and the integration goals): the figures' people, with
/// their reach; anyone else is sent home.
pub(crate) async fn keeper(ctx: &Ctx) -> Result<Result<Keeper, Response>, AppError> {
    let (p, session) = ctx.principal(true).await?;
    let (reach, county_wide) = match permission::figures(&p) {
        Ok(FigureScope::Municipality(m)) => {
            let county = ctx.state.store.county_of(m).await?.ok_or(AppError::NotFound)?;
            (
                Reach {
                    county: county.0,
                    municipality: m.0,
                },
                false,
            )
        }
        Ok(FigureScope::County(c)) => (
            Reach {
                county: c.0,
                municipality: 0,
            },
            true,
        ),
        Err(permission::Denied::Forbidden) => return Ok(Err(Redirect::to(p.home()).into_response())),
        Err(e) => return Err(e.into()),
    };
    Ok(Ok(Keeper {
        reach,
        user: session.user.id,
        token: session.token_hash.clone(),
        county_wide,
    }))
}

macro_rules! keeper_or_away {
    ($ctx:expr) => {
        match keeper(&$ctx).await? {
            Ok(k) => k,
            Err(away) => return Ok(away),
        }
    };
}

/// Figure tables a milestone's evidence can freeze: (id, title).
fn freezable(ctx: &Ctx) -> Vec<(String, String)> {
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    TABLE_IDS
        .iter()
        .filter(|id| **id != "milestones")
        .map(|id| (id.to_string(), tr.t(&format!("figures-{id}"))))
        .collect()
}

async fn render(ctx: &Ctx, k: &Keeper, posted: Posted, status: StatusCode) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let tr = ctx.state.i18n.translator(ctx.lang(true));
    let today = crate::time::today_iso();
    let milestones = store.milestones(k.reach).await?;
    let evidence = store.milestone_evidence(k.reach).await?;
    let measures = store
        .measures(k.reach)
        .await?
        .into_iter()
        .map(|m| MeasureItem {
            milestones: milestones
                .iter()
                .filter(|x| x.measure_id == m.id)
                .map(|x| MilestoneItem {
                    id: x.id,
                    title: x.title.clone(),
                    due_on: x.due_on.clone(),
                    status: x.status.clone(),
                    reached_on: x.reached_on.clone(),
                    version: x.version,
                    overdue: x.status == "open" && x.due_on < today,
                    evidence: evidence
                        .iter()
                        .filter(|e| e.milestone_id == x.id)
                        .map(|e| EvidenceItem {
                            id: e.id,
                            kind: e.kind.clone(),
                            text: e.text.clone(),
                            figure: e.figure.as_deref().and_then(|j| serde_json::from_str(j).ok()),
                            by: e.created_by.clone(),
                            on: crate::time::local_date(e.created_at)
                                .map(|d| d.to_string())
                                .unwrap_or_default(),
                        })
                        .collect(),
                })
                .collect(),
            id: m.id,
            municipality: m.municipality,
            programme: m.programme,
            title: m.title,
        })
        .collect();
    let municipalities = if k.county_wide {
        store
            .municipalities(None)
            .await?
            .into_iter()
            .map(|m| (m.id.to_string(), m.name))
            .collect()
    } else {
        vec![]
    };
    let year_start = format!("{}-01-01", &today[..4.min(today.len())]);
    let alert = (status != StatusCode::OK).then(|| tr.t("form-errors-heading"));
    let data = ProgrammeData {
        measures,
        municipalities,
        tables: freezable(ctx),
        from: year_start,
        to: today,
        notice: if status == StatusCode::OK {
            Flash::take_info(store, &k.token, &tr).await?
        } else {
            None
        },
        alert,
    };
    let nav = ctx.nav_user("/figures").unwrap_or_default();
    Ok(ctx
        .render_status(ctx.lang(true), status, move || {
            view! { <ProgrammePage user=nav data=data posted=posted/> }
        })
        .await)
}

async fn done(ctx: &Ctx, k: &Keeper, message: &str, anchor: String) -> Result<Response, AppError> {
    Flash::Info {
        message: message.into(),
    }
    .set(&ctx.state.store, &k.token)
    .await?;
    Ok(Redirect::to(&format!("{PAGE}#{anchor}")).into_response())
}

fn id_of(raw: &str) -> Result<i64, AppError> {
    raw.parse::<i64>().map_err(|_| AppError::NotFound)
}

pub async fn page(ctx: Ctx) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    render(&ctx, &k, Posted::default(), StatusCode::OK).await
}

/// A measure as checked: its municipality, programme, title and milestones (title, due).
struct NewMeasure {
    municipality: i64,
    programme: String,
    title: String,
    milestones: Vec<(String, String)>,
}

/// A measure as posted: programme and title, the municipality (a county coordinator
/// chooses), a first milestone with its date, up to two more.
fn parse_measure(input: &MeasureInput, k: &Keeper) -> Result<NewMeasure, FieldErrors> {
    use MeasureField as F;
    let mut p = Problems::new();
    let municipality = if k.county_wide {
        p.check(
            F::Municipality,
            forms::required_parsed(&input.municipality, |v| v.trim().parse::<i64>().ok()),
        )
    } else {
        Some(k.reach.municipality)
    };
    let programme = p.check(F::Programme, forms::required_text(&input.programme, 120));
    let title = p.check(F::Title, forms::required_text(&input.title, 200));
    let mut milestones = vec![];
    for (n, (t, d)) in [
        (F::First, F::FirstDue),
        (F::Second, F::SecondDue),
        (F::Third, F::ThirdDue),
    ]
    .into_iter()
    .enumerate()
    {
        let (text, due) = match n {
            0 => (&input.first, &input.first_due),
            1 => (&input.second, &input.second_due),
            _ => (&input.third, &input.third_due),
        };
        // The first milestone is asked for; the others only when begun.
        if n > 0 && text.trim().is_empty() && due.trim().is_empty() {
            continue;
        }
        let title = p.check(t, forms::required_text(text, 200));
        let due = p.check(d, forms::required_date(due));
        if let (Some(title), Some(due)) = (title, due) {
            milestones.push((title, due));
        }
    }
    p.finish(|| {
        Some(NewMeasure {
            municipality: municipality?,
            programme: programme?,
            title: title?,
            milestones,
        })
    })
}

pub async fn add_measure(ctx: Ctx, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let errors = match parse_measure(&form.input(), &k) {
        Ok(m) => {
            match ctx
                .state
                .store
                .add_measure(
                    k.reach,
                    m.municipality,
                    &m.programme,
                    &m.title,
                    &m.milestones,
                    k.user,
                )
                .await?
            {
                Some(id) => return done(&ctx, &k, "measure-saved", format!("measure-{id}")).await,
                None => {
                    let mut e = FieldErrors::new();
                    e.insert(MeasureField::Municipality.name(), Problem::new("choice-invalid"));
                    e
                }
            }
        }
        Err(e) => e,
    };
    render(
        &ctx,
        &k,
        form.refused(MEASURE_FORM, errors),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
    .await
}

pub async fn add_milestone(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let measure = id_of(&raw)?;
    if !ctx
        .state
        .store
        .measures(k.reach)
        .await?
        .iter()
        .any(|m| m.id == measure)
    {
        return Err(AppError::NotFound);
    }
    let input: MilestoneInput = form.input();
    let mut p = Problems::new();
    let title = p.check(MilestoneField::Title, forms::required_text(&input.title, 200));
    let due = p.check(MilestoneField::DueOn, forms::required_date(&input.due_on));
    match p.finish(|| Some((title?, due?))) {
        Ok((title, due)) => {
            let id = ctx
                .state
                .store
                .add_milestone(k.reach, measure, &title, &due, k.user)
                .await?
                .ok_or(AppError::NotFound)?;
            done(&ctx, &k, "milestone-saved", format!("milestone-{id}")).await
        }
        Err(errors) => {
            let posted = form.refused(milestone_form(measure), errors);
            render(&ctx, &k, posted, StatusCode::UNPROCESSABLE_ENTITY).await
        }
    }
}

/// A milestone id from the path, answered 404 unless it is in reach (before any form is
/// read: a refused id says nothing about the form).
async fn milestone_in_reach(ctx: &Ctx, k: &Keeper, raw: &str) -> Result<i64, AppError> {
    let id = id_of(raw)?;
    match ctx.state.store.milestone_municipality(k.reach, id).await? {
        Some(_) => Ok(id),
        None => Err(AppError::NotFound),
    }
}

pub async fn set_state(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let k = keeper_or_away!(ctx);
    let id = milestone_in_reach(&ctx, &k, &raw).await?;
    let input: StateInput = form.input();
    let mut p = Problems::new();
    let status = p.check(
        StateField::Status,
        forms::required_choice(&input.status, &MILESTONE_STATES),
    );
    let reached = p.check(
        StateField::ReachedOn,
        forms::optional_past_date(&input.reached_on, crate::time::today()),
    );
    // Reached needs the day it was reached; the other states keep none.
    let reached = match (status.as_deref(), reached) {
        (Some("reached"), Some(None)) => {
            p.add(
                StateField::ReachedOn,
                Problem::new("milestone-reached-date-needed"),
            );
            None
        }
        (Some("reached"), Some(Some(d))) => Some(Some(d)),
        (_, Some(_)) => Some(None),
        (_, None) => None,
    };
    let version = input.version.trim().parse::<i64>().unwrap_or(0);
    let form_id = state_form(id);
    match p.finish(|| Some((status?, reached?))) {
        Ok((status, reached)) => {
            match ctx
                .state
                .store
                .set_milestone(k.reach, id, &status, reached.as_deref(), version, k.user)
                .await?
            {
                None => Err(AppError::NotFound),
                Some(Saved::Done) => done(&ctx, &k, "milestone-state-saved", format!("milestone-{id}")).await,
                Some(Saved::Conflict) => {
                    let mut posted = form.refused(form_id, FieldErrors::new());
                    // The page shows what stands now beside what was chosen.
                    posted.theirs = Some(vec![]);
                    render(&ctx, &k, posted, StatusCode::CONFLICT).await
                }
            }
        }
        Err(errors) => {
            render(
                &ctx,
                &k,
                form.refused(form_id, errors),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// The uploaded file of an evidence form: none, too large, or its name and bytes.
enum Upload {
    None,
    TooLarge,
    File(String, Vec<u8>),
}

async fn read_evidence(req: Request) -> Result<(FormData, Upload), AppError> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let form = FormData::from_request(req, &())
            .await
            .map_err(|_| AppError::BadRequest)?;
        return Ok((form, Upload::None));
    }
    let mut parts = Multipart::from_request(req, &())
        .await
        .map_err(|_| AppError::BadRequest)?;
    let mut fields = vec![];
    let mut upload = Upload::None;
    loop {
        let field = match parts.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                upload = Upload::TooLarge;
                break;
            }
            Err(_) => return Err(AppError::BadRequest),
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == EvidenceField::Document.name() {
            let file_name: String = field
                .file_name()
                .unwrap_or("document")
                .chars()
                .filter(|c| !c.is_control() && !"/\\\"".contains(*c))
                .take(120)
                .collect();
            match field.bytes().await {
                Ok(b) if b.is_empty() => {}
                Ok(b) if b.len() > DOCUMENT_MAX_BYTES => upload = Upload::TooLarge,
                Ok(b) => upload = Upload::File(file_name, b.to_vec()),
                Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    upload = Upload::TooLarge;
                    break;
                }
                Err(_) => return Err(AppError::BadRequest),
            }
        } else {
            let value = field.text().await.map_err(|_| AppError::BadRequest)?;
            fields.push((name, value));
        }
    }
    Ok((FormData::from(fields), upload))
}

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
    let (form, upload) = read_evidence(req).await?;
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
            Upload::File(name, bytes) => match document_type(&bytes) {
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
            done(&ctx, &k, "evidence-saved", format!("milestone-{id}")).await
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
