//! Conversation notes with follow-up steps. A note carries the key its form was opened
//! with, so a save retried after a lost connection is stored once.

use super::{form_alert, open, today_iso, Case, Checks};
use crate::db::notes::NewNote;
use crate::db::plan::NewStep;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::casework::{FIELDS, STEP_ACTORS};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::notes::{NoteView, NotesData, NotesPage, FOLLOW_UPS};

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
        .filter(|g| g.status == "open")
        .map(|g| (g.id, g.title))
        .collect();
    let head = case.head(ctx, alert).await?;
    let data = NotesData {
        notes,
        goals,
        client_key: forms::idempotency_key(),
        today: today_iso(),
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
    let tr = case.tr(&ctx);
    let mut checks = Checks::new(tr.clone());
    let held_on = checks.check(
        "held_on",
        forms::optional_past_date(form.get("held_on"), super::today()),
    );
    let held_on = match held_on {
        Some(None) => {
            checks.fail("held_on", "field-required");
            None
        }
        other => other.flatten(),
    };
    let topic = checks.check("topic", forms::required_text(form.get("topic"), 200));
    let field = checks.check("field", forms::optional_choice(form.get("field"), &FIELDS));
    let participants = checks.check(
        "participants",
        forms::optional_text(form.get("participants"), 300),
    );
    let interpreter = checks.check("interpreter", forms::optional_text(form.get("interpreter"), 200));
    let body = checks.check("body", forms::required_text(form.get("body"), 20_000));
    let key = forms::posted_key(&form)?;
    let mut follow_ups = vec![];
    for (text, actor, due) in FOLLOW_UPS {
        let t = checks
            .check(text, forms::optional_text(form.get(text), 300))
            .flatten();
        let a = checks.check(actor, forms::required_choice(form.get(actor), &STEP_ACTORS));
        let d = checks.check(due, forms::optional_date(form.get(due))).flatten();
        if let (Some(text), Some(actor)) = (t, a) {
            follow_ups.push(NewStep {
                text,
                actor,
                actor_name: None,
                due_on: d,
                link: None,
            });
        }
    }
    let follow_up_goal = form.get("follow_up_goal").trim().parse::<i64>().ok();
    match (held_on, topic, field, participants, interpreter, body) {
        (Some(held_on), Some(topic), Some(field), Some(participants), Some(interpreter), Some(body))
            if checks.ok() =>
        {
            let note = NewNote {
                held_on,
                topic,
                field,
                participants,
                interpreter,
                body,
                shared_with_client: form.get("shared_with_client") == "on",
                client_key: key,
                follow_ups,
                follow_up_goal,
            };
            // A repeated key means this note arrived before (a retry): already saved.
            // A health note is the own guide's to write.
            if case.file(&ctx).add_note(&note).await?.is_none() {
                return Err(AppError::NotFound);
            }
            case.done(&ctx, "notes", "note-saved", "").await
        }
        _ => {
            let posted = checks.posted("note", &form);
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
