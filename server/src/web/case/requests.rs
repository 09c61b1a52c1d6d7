//! The client's requests in the case file: read them (and the photo of a letter) and
//! answer; the client reads the answer on the phone.

use super::{form_alert, local, open, parse_id, Case};
use crate::push::Push;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::form_data::FormData;
use crate::web::forms;
use axum::extract::Path;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use lotse_app::forms::{FieldErrors, Problems};
use lotse_app::pages::forms::Posted;
use lotse_app::pages::staff::case::requests::{AnswerField, AnswerInput, RequestView, RequestsPage};

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
    let requests = case
        .file(ctx)
        .requests()
        .await?
        .into_iter()
        .map(|r| RequestView {
            id: r.id,
            category: r.category,
            body: r.body,
            status: r.status,
            sent_on: local(r.created_at).date,
            answer: r.answer,
            answered_by: r.answered_by_name,
            has_photo: r.has_photo,
            appointment_id: r.appointment_id,
            consent_id: r.consent_id,
        })
        .collect::<Vec<_>>();
    let head = case.head(ctx, alert).await?;
    Ok(case
        .render(ctx, status, move || {
            view! { <RequestsPage head=head requests=requests posted=posted/> }
        })
        .await)
}

pub async fn answer(
    ctx: Ctx,
    Path((raw, request)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let request = parse_id(&request)?;
    let tr = case.tr(&ctx);
    let (text, close) = match parse(form.input()) {
        Ok(parsed) => parsed,
        Err(errors) => {
            let posted = form.refused(format!("request-{request}"), errors);
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
    let file = case.file(&ctx);
    if !file.answer_request(request, &text, close).await? {
        return Err(AppError::NotFound);
    }
    let store = &ctx.state.store;
    ctx.state
        .push
        .tell_client(store, file.client(), Push::Answer)
        .await?;
    case.done(
        &ctx,
        "requests",
        "request-answered",
        &format!("#request-{request}"),
    )
    .await
}

/// The answer as posted, and whether it closes the request (the box was ticked).
fn parse(input: AnswerInput) -> Result<(String, bool), FieldErrors> {
    use AnswerField as F;
    let mut p = Problems::new();
    let text = p.check(F::Answer, forms::required_text(&input.answer, 2000));
    let close = !input.close.is_empty();
    p.finish(|| Some((text?, close)))
}

/// The photo sent with a request, only to the case team; never cached.
pub async fn photo(ctx: Ctx, Path((raw, request)): Path<(String, String)>) -> Result<Response, AppError> {
    let case = open(&ctx, &raw).await?;
    let request = parse_id(&request)?;
    let (content_type, bytes) = case
        .file(&ctx)
        .request_photo(request)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "private, no-store".to_string()),
            (header::CONTENT_DISPOSITION, "inline".to_string()),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_string()),
        ],
        bytes,
    )
        .into_response())
}
