//! Intake (Int. A): each section validated and saved on its own, guarded by its version.

use super::{form_alert, open, Case};
use crate::db::case_file::Written;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;
use lotse_app::casework::{intake_section, FieldKind, IntakeSection, INTAKE_SECTIONS, SCHOOL_STATUS};
use lotse_app::forms::{FieldErrors, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::intake::{
    section_form_id, HouseholdMemberField, HouseholdMemberInput, IntakeData, IntakePage, Member,
    SectionState, SECTION_VERSION,
};
use lotse_app::pages::staff::client_detail::RELATIONS;
use std::collections::BTreeMap;

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

pub(super) async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let file = case.file(ctx);
    let show_special = file.sees_special_category();
    let rows = file.intake().await?;
    let mut sections = BTreeMap::new();
    let (mut filled, mut total) = (0, 0);
    for s in INTAKE_SECTIONS
        .iter()
        .filter(|s| show_special || !s.special_category)
    {
        let row = rows.iter().find(|r| r.section == s.key);
        let values = row.map(|r| r.values()).unwrap_or_default();
        total += s.fields.len();
        filled += s
            .fields
            .iter()
            .filter(|f| values.get(f.name).is_some_and(|v| !v.is_empty()))
            .count();
        sections.insert(
            s.key,
            SectionState {
                values,
                version: row.map(|r| r.version).unwrap_or(0),
                saved: row.map(|r| (r.updated_by_name.clone(), super::local(r.updated_at).date)),
            },
        );
    }
    let members = file
        .household_members()
        .await?
        .into_iter()
        .map(|m| Member {
            first_name: m.first_name,
            relation: m.relation,
            birth_date: m.birth_date,
            school_status: m.school_status,
        })
        .collect();
    let household = super::household::data(ctx, case).await?;
    let head = case.head(ctx, alert).await?;
    let data = IntakeData {
        sections,
        members,
        household,
        show_special,
        filled,
        total,
        interests: crate::web::interests::view_of(
            file.interests().await?,
            crate::web::interests::districts_of(&ctx.state.store, case.access.client()).await?,
        ),
    };
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <IntakePage head=head data=data posted=posted/> },
        )
        .await)
}

/// One section's fields as posted, by name, the empty ones left out; empty fields are
/// allowed everywhere. The names come from the section (data, not a declared form), so
/// the problems are keyed by them.
fn parse_section(s: &IntakeSection, form: &FormData) -> Result<BTreeMap<String, String>, FieldErrors> {
    let mut p: Problems<&'static str> = Problems::new();
    let mut values = BTreeMap::new();
    for f in s.fields {
        let raw = form.get(f.name);
        let value = match f.kind {
            FieldKind::Text => p.check(f.name, forms::optional_text(raw, 300)),
            FieldKind::LongText => p.check(f.name, forms::optional_text(raw, 4000)),
            FieldKind::Date => p.check(f.name, forms::optional_date(raw)),
            FieldKind::Number => p
                .check(f.name, forms::optional_number(raw, 40))
                .map(|n| n.map(|n| n.to_string())),
            FieldKind::Choice(allowed) => p.check(f.name, forms::optional_choice(raw, allowed)),
        };
        if let Some(Some(v)) = value {
            values.insert(f.name.to_string(), v);
        }
    }
    p.finish(|| Some(values))
}

pub async fn save_section(
    ctx: Ctx,
    Path((raw, section)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let s = intake_section(&section).ok_or(AppError::NotFound)?;
    let file = case.file(&ctx);
    if s.special_category && !file.sees_special_category() {
        return Err(AppError::NotFound);
    }
    let tr = case.tr(&ctx);
    let form_id = section_form_id(s);
    let values = match parse_section(s, &form) {
        Ok(values) => values,
        Err(errors) => {
            let posted = form.refused(form_id, errors);
            return render(
                &ctx,
                &case,
                posted,
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    let version = form.get(SECTION_VERSION).trim().parse::<i64>().unwrap_or(-1);
    match file.save_intake_section(s, &values, version).await? {
        Written::NotFound => Err(AppError::NotFound),
        Written::Saved => {
            case.done(&ctx, "intake", "intake-saved", &format!("#section-{}", s.key))
                .await
        }
        Written::Conflict => {
            // Someone saved this section since the form was opened: keep what this
            // person typed, show what the other saved (as far as this person may see
            // it: the gate applies the handover window), and let them decide.
            let current = file.intake_section(s.key).await?;
            let row = current.as_ref();
            let theirs_values = row.map(|r| r.values()).unwrap_or_default();
            let theirs = s
                .fields
                .iter()
                .map(|f| {
                    let v = theirs_values.get(f.name).cloned().unwrap_or_default();
                    let shown = match f.kind {
                        FieldKind::Choice(_) if !v.is_empty() => {
                            tr.t(&format!("intake-choice-{}-{v}", f.name))
                        }
                        _ if v.is_empty() => "–".to_string(),
                        _ => v,
                    };
                    (tr.t(&format!("intake-field-{}", f.name)), shown)
                })
                .collect();
            let mut values = form.to_map();
            // The next save is made knowingly over the other version.
            values.insert(
                SECTION_VERSION.into(),
                row.map(|r| r.version).unwrap_or(0).to_string(),
            );
            let posted = Posted {
                form: form_id,
                values,
                errors: Default::default(),
                theirs: Some(theirs),
            };
            let who = row.map(|r| r.updated_by_name.clone()).unwrap_or_default();
            let alert = Some(tr.ta("conflict-intake", &[("name", who.into())]));
            render(&ctx, &case, posted, alert, StatusCode::CONFLICT).await
        }
    }
}

/// A household member as checked, ready to store.
struct NewMember {
    first_name: String,
    relation: String,
    birth_date: Option<String>,
    school_status: Option<String>,
}

pub async fn add_member(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let tr = case.tr(&ctx);
    match parse_member(form.input(), super::today()) {
        Ok(m) => {
            case.file(&ctx)
                .add_household_member(
                    &m.first_name,
                    &m.relation,
                    m.birth_date.as_deref(),
                    m.school_status.as_deref(),
                )
                .await?;
            case.done(&ctx, "intake", "household-added", "#section-household")
                .await
        }
        Err(errors) => {
            let posted = form.refused("household-member", errors);
            render(
                &ctx,
                &case,
                posted,
                form_alert(&tr),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// The household member as posted: a first name and how they are related are needed,
/// a birth date (not in the future) and a school status may follow later.
fn parse_member(input: HouseholdMemberInput, today: NaiveDate) -> Result<NewMember, FieldErrors> {
    use HouseholdMemberField as F;
    let mut p = Problems::new();
    let first_name = p.check(
        F::MemberFirstName,
        forms::required_text(&input.member_first_name, 100),
    );
    let birth_date = p.check(
        F::MemberBirthDate,
        forms::optional_past_date(&input.member_birth_date, today),
    );
    let relation = p.check(F::Relation, forms::required_choice(&input.relation, &RELATIONS));
    let school_status = p.check(
        F::SchoolStatus,
        forms::optional_choice(&input.school_status, &SCHOOL_STATUS),
    );
    p.finish(|| {
        Some(NewMember {
            first_name: first_name?,
            relation: relation?,
            birth_date: birth_date?,
            school_status: school_status?,
        })
    })
}
