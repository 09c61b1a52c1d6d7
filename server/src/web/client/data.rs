//! "My data" (GDPR art. 15): everything stored about the signed-in client, as a page in
//! their language, as a printable page and as a JSON download; their consents with a
//! way to ask to revoke them; and which staff member opened or changed the file.

use super::{log, own_record};
use crate::auth::permission::ClientAccess;
use crate::db::access_log::Action;
use crate::db::{DbResult, Store};
use crate::web::case::local;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use lotse_app::casework::{FieldKind, INTAKE_SECTIONS};
use lotse_app::i18n::isolate as own;
use lotse_app::i18n::Tr;
use lotse_app::pages::client_data::{AccessEntry, DataSection, MyConsent, MyData, MyDataPage};
use lotse_app::privacy::PrivacyStatus;
use serde_json::{json, Value};

/// How many access log entries the page shows (the JSON has them all up to this too).
const ACCESS_SHOWN: i64 = 200;

/// Everything stored about one client, read once for the page and the download.
pub(crate) struct Record {
    client: crate::db::clients::ClientRow,
    intake: Vec<crate::db::intake::IntakeRow>,
    household: Vec<crate::db::intake::HouseholdMemberRow>,
    goals: Vec<crate::db::client_view::ClientGoalRow>,
    steps: Vec<crate::db::plan::StepRow>,
    notes: Vec<crate::db::notes::NoteRow>,
    appointments: Vec<crate::db::appointments::AppointmentRow>,
    deadlines: Vec<crate::db::deadlines::DeadlineRow>,
    requests: Vec<crate::db::requests::RequestRow>,
    consents: Vec<crate::db::consents::ConsentRow>,
    privacy: Vec<crate::db::privacy::PrivacyRow>,
    access: Vec<crate::db::access_log::NamedAccessEntry>,
}

pub(crate) async fn gather(store: &Store, access: &ClientAccess) -> Result<Record, AppError> {
    let file = store.case(access);
    let client = file.overview().await?.ok_or(AppError::NotFound)?;
    let r: DbResult<Record> = async {
        Ok(Record {
            intake: file.intake().await?,
            household: file.household_members().await?,
            goals: file.client_goals().await?,
            steps: file.steps().await?,
            // The guide's own working notes are not shared; those shared with the client are.
            notes: file.notes().await?,
            appointments: file.appointments().await?,
            deadlines: file.deadlines().await?,
            requests: file.requests().await?,
            consents: file.consents().await?,
            privacy: file.privacy_requests().await?,
            access: file.staff_access(ACCESS_SHOWN).await?,
            client,
        })
    }
    .await;
    Ok(r?)
}

fn date_time(at: i64) -> String {
    let w = local(at);
    format!("{} {:02}:{:02}", w.date, w.hour, w.minute)
}

/// The record for the download: plain field names, values as stored.
pub(crate) fn to_json(r: &Record) -> Value {
    let c = &r.client;
    json!({
        "exported_at": date_time(crate::db::now()),
        "person": {
            "first_name": c.first_name, "last_name": c.last_name, "birth_date": c.birth_date,
            "languages": c.languages, "preferred_language": c.preferred_lang, "phone": c.phone,
            "lotse_number": c.login_number, "guide": c.guide_name,
        },
        "intake": r.intake.iter().map(|s| (s.section.clone(), json!(s.values()))).collect::<serde_json::Map<_, _>>(),
        "household": r.household.iter().map(|m| json!({
            "first_name": m.first_name, "relation": m.relation, "birth_date": m.birth_date, "school_status": m.school_status,
        })).collect::<Vec<_>>(),
        "plan": r.goals.iter().map(|g| json!({
            "field": g.field, "goal": g.title, "status": g.status.as_str(), "review_on": g.review_on,
            "steps": r.steps.iter().filter(|s| s.goal_id == g.id).map(|s| json!({
                "step": s.text, "who": s.actor, "name": s.actor_name, "due_on": s.due_on,
                "status": s.status.as_str(),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "notes_shared_with_me": r.notes.iter().map(|n| json!({
            "date": n.held_on, "topic": n.topic, "text": n.body, "by": n.author_name,
        })).collect::<Vec<_>>(),
        "appointments": r.appointments.iter().map(|a| json!({
            "start": date_time(a.starts_at), "minutes": a.duration_minutes, "place": a.place_name,
            "address": a.address, "room": a.room, "contact": a.contact_person, "phone": a.contact_phone,
            "bring": a.bring, "interpreter_language": a.interpreter_lang, "status": a.status.as_str(),
            "confirmed_by_me": a.client_confirmed_at.is_some(),
        })).collect::<Vec<_>>(),
        "deadlines": r.deadlines.iter().map(|d| json!({
            "kind": d.kind, "title": d.title, "due_on": d.due_on, "remind_days_ahead": d.remind_days,
            "added_by_me": d.by_client, "done": d.done_at.is_some(),
        })).collect::<Vec<_>>(),
        "requests": r.requests.iter().map(|q| json!({
            "sent": date_time(q.created_at), "category": q.category, "text": q.body,
            "status": q.status.as_str(),
            "answer": q.answer, "answered_by": q.answered_by_name, "photo_attached": q.has_photo,
        })).collect::<Vec<_>>(),
        "consents": r.consents.iter().map(|k| json!({
            "purpose": k.purpose, "recipient": k.recipient, "version": k.version, "given_on": k.given_on,
            "form": k.form, "revoked_on": k.revoked_on,
        })).collect::<Vec<_>>(),
        "data_protection_requests": r.privacy.iter().map(|q| json!({
            "received": date_time(q.received_at), "kind": q.kind.as_str(), "text": q.body,
            "due_on": q.due_on, "status": q.status.as_str(), "answer": q.answer,
        })).collect::<Vec<_>>(),
        "file_opened_or_changed_by_staff": r.access.iter().map(|e| json!({
            "at": date_time(e.at), "name": e.actor_name, "role": e.actor_role, "action": e.action, "what": e.detail,
        })).collect::<Vec<_>>(),
    })
}

/// The record for reading, in the client's language.
fn to_sections(tr: &Tr, r: &Record) -> Vec<DataSection> {
    let c = &r.client;
    let opt = |v: &Option<String>| own(v.as_deref().unwrap_or_default());
    let mut person = vec![
        (
            tr.t("my-data-name"),
            own(&format!("{} {}", c.first_name, c.last_name)),
        ),
        (
            tr.t("my-data-birth-date"),
            c.birth_date.as_deref().map(|d| tr.date(d)).unwrap_or_default(),
        ),
        (tr.t("my-data-phone"), opt(&c.phone)),
        (tr.t("my-data-number"), opt(&c.login_number)),
        (tr.t("client-guide-heading"), opt(&c.guide_name)),
    ];
    person.retain(|(_, v)| !v.is_empty());
    let mut sections = vec![DataSection {
        heading: tr.t("my-data-person"),
        rows: person,
    }];
    for s in INTAKE_SECTIONS {
        let Some(row) = r.intake.iter().find(|i| i.section == s.key) else {
            continue;
        };
        let values = row.values();
        let rows = s
            .fields
            .iter()
            .filter_map(|f| {
                let v = values.get(f.name).filter(|v| !v.is_empty())?;
                let shown = match f.kind {
                    FieldKind::Choice(_) => tr.t(&format!("intake-choice-{}-{v}", f.name)),
                    FieldKind::Date => tr.date(v),
                    _ => own(v),
                };
                Some((tr.t(&format!("intake-field-{}", f.name)), shown))
            })
            .collect();
        sections.push(DataSection {
            heading: tr.t(&format!("intake-section-{}", s.key)),
            rows,
        });
    }
    if !r.household.is_empty() {
        sections.push(DataSection {
            heading: tr.t("my-data-household"),
            rows: r
                .household
                .iter()
                .map(|m| {
                    (
                        own(&m.first_name),
                        m.birth_date.as_deref().map(|d| tr.date(d)).unwrap_or_default(),
                    )
                })
                .collect(),
        });
    }
    sections.push(DataSection {
        heading: tr.t("client-plan-heading"),
        rows: r
            .goals
            .iter()
            .flat_map(|g| {
                let goal = (tr.t(&format!("field-{}", g.field)), own(g.title_in(tr.lang())));
                let steps = r.steps.iter().filter(|s| s.goal_id == g.id).map(|s| {
                    let due = s
                        .due_on
                        .as_deref()
                        .map(|d| format!(" · {}", tr.date(d)))
                        .unwrap_or_default();
                    (
                        tr.t(&format!("my-step-status-{}", s.status)),
                        format!("{}{due}", own(&s.text)),
                    )
                });
                std::iter::once(goal).chain(steps).collect::<Vec<_>>()
            })
            .collect(),
    });
    sections.push(DataSection {
        heading: tr.t("my-data-notes"),
        rows: r
            .notes
            .iter()
            .map(|n| {
                (
                    format!("{} · {}", tr.date(&n.held_on), own(&n.topic)),
                    own(&n.body),
                )
            })
            .collect(),
    });
    sections.push(DataSection {
        heading: tr.t("client-appointments-heading"),
        rows: r
            .appointments
            .iter()
            .map(|a| (local(a.starts_at).show(tr), own(&a.place_name)))
            .collect(),
    });
    sections.push(DataSection {
        heading: tr.t("my-deadlines-title"),
        rows: r
            .deadlines
            .iter()
            .map(|d| {
                let kind = tr.t(&format!("deadline-kind-{}", d.kind));
                (
                    tr.date(&d.due_on),
                    if d.title.is_empty() {
                        kind
                    } else {
                        format!("{kind}: {}", own(&d.title))
                    },
                )
            })
            .collect(),
    });
    sections.push(DataSection {
        heading: tr.t("client-requests-heading"),
        rows: r
            .requests
            .iter()
            .map(|q| {
                let answer = q
                    .answer
                    .as_deref()
                    .map(|a| format!(" → {}", own(a)))
                    .unwrap_or_default();
                (
                    format!(
                        "{} · {}",
                        tr.date(&local(q.created_at).date),
                        tr.t(&format!("request-category-{}", q.category))
                    ),
                    format!("{}{answer}", own(&q.body)),
                )
            })
            .collect(),
    });
    sections
}

async fn page(ctx: Ctx, printable: bool) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let notice = Flash::take_info(store, &token, &tr).await?;
    let r = gather(store, &access).await?;
    // The requests were read with the record: no second query.
    let open_revocations: Vec<i64> = r
        .privacy
        .iter()
        .filter(|q| q.status == PrivacyStatus::Open)
        .filter_map(|q| q.consent_id)
        .collect();
    let data = MyData {
        sections: to_sections(&tr, &r),
        consents: r
            .consents
            .iter()
            .map(|k| MyConsent {
                id: k.id,
                what: format!(
                    "{} · {}",
                    tr.t(&format!("consent-purpose-{}", k.purpose)),
                    own(&k.recipient)
                ),
                given_on: k.given_on.clone(),
                revoked_on: k.revoked_on.clone(),
                revoke_asked: open_revocations.contains(&k.id),
            })
            .collect(),
        access: r
            .access
            .iter()
            .map(|e| AccessEntry {
                when: local(e.at),
                name: e.actor_name.clone(),
                role: tr.t(&format!("role-{}", e.actor_role)),
                what: lotse_app::pages::privacy::access_log::access_what(&tr, &e.action, &e.detail),
            })
            .collect(),
        notice,
        printable,
    };
    log(&ctx.state.store, &access, Action::Read, "data").await?;
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <MyDataPage data=data user=user/> })
        .await)
}

pub async fn my_data(ctx: Ctx) -> Result<Response, AppError> {
    page(ctx, false).await
}

pub async fn my_data_print(ctx: Ctx) -> Result<Response, AppError> {
    page(ctx, true).await
}

pub async fn my_data_json(ctx: Ctx) -> Result<Response, AppError> {
    let (access, _) = own_record(&ctx).await?;
    let store = &ctx.state.store;
    let r = gather(store, &access).await?;
    log(&ctx.state.store, &access, Action::Read, "data").await?;
    let body = serde_json::to_string_pretty(&to_json(&r)).unwrap_or_else(|_| "{}".into());
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (header::CACHE_CONTROL, "private, no-store"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"lotse-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// The client withdraws a consent: a request to the data-protection officer, who
/// records the withdrawal (GDPR art. 7(3); possible after the support ended too).
pub async fn ask_revoke(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let id = raw.parse::<i64>().map_err(|_| AppError::NotFound)?;
    super::rights::withdraw(ctx, id).await
}
