//! Conversation notes with follow-up steps. A note carries the key its form was opened
//! with, so a save retried after a lost connection is stored once.

use super::{form_alert, open, today_iso, Case};
use crate::auth::permission::require_staff_write;
use crate::db::notes::NewNote;
use crate::db::plan::NewStep;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use leptos::prelude::*;
use lotse_app::casework::{GoalStatus, FIELDS, STEP_ACTORS};
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::notes::{
    NoteField, NoteInput, NoteView, NotesData, NotesPage, FOLLOW_UPS,
};

pub async fn page(ctx: Ctx, Path(raw): Path<String>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    render(&ctx, &case, Posted::default(), None, StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    case: &Case,
    posted: Posted,
    alert: Option<String>,
    status: StatusCode,
) -> Result<Response, AppError> {
    let file = case.file(ctx);
    // The areas this page shows, logged in one write.
    file.reading(&["notes", "plan", "household"]).await?;
    let notes = file
        .notes()
        .await?
        .into_iter()
        .map(|n| NoteView {
            held_on: n.held_on,
            topic: n.topic,
            field: n.field,
            participants: n.participants,
            interpreter: n.interpreter,
            body: n.body,
            shared_with_client: n.shared_with_client,
            author: n.author_name,
        })
        .collect();
    let goals = case
        .file(ctx)
        .goals()
        .await?
        .into_iter()
        .filter(|g| g.status == GoalStatus::Open)
        .map(|g| (g.id, g.title))
        .collect();
    let household = super::household::members(ctx, case)
        .await?
        .0
        .into_iter()
        .filter(|(_, a)| require_staff_write(a).is_ok() && !a.is_closed())
        .map(|(m, _)| (m.client_id, format!("{} {}", m.first_name, m.last_name)))
        .collect();
    let head = case.head(ctx, alert).await?;
    let data = NotesData {
        notes,
        goals,
        client_key: forms::idempotency_key(),
        today: today_iso(),
        household,
    };
    Ok(case
        .render(
            ctx,
            status,
            move || view! { <NotesPage head=head data=data posted=posted/> },
        )
        .await)
}

pub async fn add(ctx: Ctx, Path(raw): Path<String>, form: FormData) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let key = forms::posted_key(&form)?;
    let input: NoteInput = form.input();
    // Household members to file the note for too: ids we offered, nothing else.
    let also = input
        .also
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<i64>().map_err(|_| AppError::NotFound))
        .collect::<Result<Vec<_>, _>>()?;
    let refused = |errors| async {
        let tr = case.tr(&ctx);
        let posted = form.refused("note", errors);
        render(
            &ctx,
            &case,
            posted,
            form_alert(&tr),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await
    };
    let note = match parse(input, key, super::today()) {
        Ok(note) => note,
        Err(errors) => return refused(errors).await,
    };
    // Each copy goes through that client's own access: every member is checked before
    // anything is written, so the note lands for all chosen or for none.
    let mut copies = vec![];
    if !also.is_empty() {
        let linked = super::household::members(&ctx, &case).await?.0;
        let mut p = Problems::new();
        for id in &also {
            if !linked.iter().any(|(m, _)| m.client_id == *id) {
                return Err(AppError::NotFound);
            }
            let access = super::household::member_access(&ctx, &case, *id).await?;
            if !ctx
                .state
                .store
                .case(&access)
                .may_write_note(note.field.as_deref())
            {
                p.add(NoteField::Also, Problem::new("note-also-health"));
            }
            copies.push(access);
        }
        if !p.is_empty() {
            return refused(p.into_errors()).await;
        }
    }
    // A repeated key means this note arrived before (a retry): already saved.
    // A health note is the own guide's to write.
    if case.file(&ctx).add_note(&note).await?.is_none() {
        return Err(AppError::NotFound);
    }
    for access in &copies {
        let copy = NewNote {
            client_key: format!("{}-{}", note.client_key, access.client().0),
            follow_ups: vec![],
            follow_up_goal: None,
            ..note.clone()
        };
        ctx.state.store.case(access).add_note(&copy).await?;
    }
    let message = if copies.is_empty() {
        "note-saved"
    } else {
        "note-saved-household"
    };
    case.done(&ctx, "notes", message, "").await
}

/// The note as posted, checked field by field; `client_key` is the form's idempotency key.
fn parse(input: NoteInput, client_key: String, today: NaiveDate) -> Result<NewNote, FieldErrors> {
    use NoteField as F;
    let mut p = Problems::new();
    let held_on = p.check(
        F::HeldOn,
        forms::optional_past_date(&input.held_on, today)
            .and_then(|d| d.ok_or(Problem::new("field-required"))),
    );
    let topic = p.check(F::Topic, forms::required_text(&input.topic, 200));
    let field = p.check(F::Field, forms::optional_choice(&input.field, &FIELDS));
    let participants = p.check(F::Participants, forms::optional_text(&input.participants, 300));
    let interpreter = p.check(F::Interpreter, forms::optional_text(&input.interpreter, 200));
    let body = p.check(F::Body, forms::required_text(&input.body, 20_000));
    let mut follow_ups = vec![];
    for (row, (text_field, actor_field, due_field)) in FOLLOW_UPS.into_iter().enumerate() {
        let (text, actor, due) = input.follow_up(row);
        let text = p.check(text_field, forms::optional_text(text, 300)).flatten();
        let actor = p.check(actor_field, forms::required_choice(actor, &STEP_ACTORS));
        let due_on = p.check(due_field, forms::optional_date(due)).flatten();
        if let (Some(text), Some(actor)) = (text, actor) {
            follow_ups.push(NewStep {
                text,
                actor,
                actor_name: None,
                due_on,
                link: None,
            });
        }
    }
    p.finish(|| {
        Some(NewNote {
            held_on: held_on?,
            topic: topic?,
            field: field?,
            participants: participants?,
            interpreter: interpreter?,
            body: body?,
            shared_with_client: input.shared_with_client == "on",
            client_key,
            follow_ups,
            follow_up_goal: input.follow_up_goal.trim().parse::<i64>().ok(),
        })
    })
}
