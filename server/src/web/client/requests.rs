//! "Ask my guide": the client sends a short request, optionally with a photo of a
//! letter, and reads the answers. The form is multipart (for the photo) but is also
//! accepted url-encoded (a form re-sent after signing in again carries no file).

use super::{after, log, own_record};
use crate::auth::permission::ClientAccess;
use crate::db::access_log::Action;
use crate::db::requests::{NewRequest, Photo, REQUEST_CATEGORIES};
use crate::web::case::{form_alert, local};
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use crate::web::flash::Flash;
use crate::web::form_data::{with_upload, Upload};
use crate::web::forms;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::forms::{FieldErrors, Problem, Problems};
use lotse_app::pages::client_requests::{
    MyRequest, MyRequests, MyRequestsPage, RequestField, RequestInput, PHOTO_MAX_BYTES,
};
use lotse_app::pages::forms::Posted;

/// The most pixels on a side we accept; bigger is not a phone photo.
const PHOTO_MAX_SIDE: usize = 12_000;

/// The body limit of the request form: the photo plus the text fields.
pub const REQUEST_BODY_LIMIT: usize = PHOTO_MAX_BYTES + 64 * 1024;

pub async fn my_requests(ctx: Ctx) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let tr = ctx.state.i18n.translator(ctx.lang(false));
    let notice = Flash::take_info(&ctx.state.store, &token, &tr).await?;
    render(&ctx, &access, notice, Posted::default(), StatusCode::OK).await
}

async fn render(
    ctx: &Ctx,
    access: &ClientAccess,
    notice: Option<String>,
    posted: Posted,
    status: StatusCode,
) -> Result<Response, AppError> {
    let store = &ctx.state.store;
    let lang = ctx.lang(false);
    let tr = ctx.state.i18n.translator(lang);
    let file = store.case(access);
    // Answers not opened before are marked new on this visit, then count as seen.
    let requests = file
        .requests()
        .await?
        .into_iter()
        .map(|r| MyRequest {
            id: r.id,
            new: r.answered_at.is_some() && r.answer_seen_at.is_none(),
            category: r.category,
            body: r.body,
            status: r.status,
            sent_on: local(r.created_at).date,
            answer: r.answer,
            answered_by: r.answered_by_name,
            answered_on: r.answered_at.map(|a| local(a).date),
            has_photo: r.has_photo,
        })
        .collect();
    file.mark_answers_seen().await?;
    log(&ctx.state.store, access, Action::Read, "requests").await?;
    let data = MyRequests {
        requests,
        notice,
        alert: (!posted.errors.is_empty()).then(|| form_alert(&tr)).flatten(),
        posted,
        key: forms::idempotency_key(),
        closed: access.is_closed(),
    };
    let user = ctx.nav_user("/me").unwrap_or_default();
    Ok(ctx
        .render_status(
            lang,
            status,
            move || view! { <MyRequestsPage data=data user=user/> },
        )
        .await)
}

/// A JPEG, PNG or WebP image of plausible size, or the message id saying why not.
pub fn check_photo(bytes: Vec<u8>) -> Result<Photo, &'static str> {
    let content_type = match imagesize::image_type(&bytes) {
        Ok(imagesize::ImageType::Jpeg) => "image/jpeg",
        Ok(imagesize::ImageType::Png) => "image/png",
        Ok(imagesize::ImageType::Webp) => "image/webp",
        _ => return Err("my-request-photo-type"),
    };
    let size = imagesize::blob_size(&bytes).map_err(|_| "my-request-photo-type")?;
    if size.width == 0 || size.height == 0 || size.width > PHOTO_MAX_SIDE || size.height > PHOTO_MAX_SIDE {
        return Err("my-request-photo-type");
    }
    Ok(Photo {
        content_type: content_type.into(),
        width: size.width as i64,
        height: size.height as i64,
        bytes,
    })
}

pub async fn send_request(ctx: Ctx, req: Request) -> Result<Response, AppError> {
    let (access, token) = own_record(&ctx).await?;
    let (form, upload) = with_upload(req, RequestField::Photo.name(), PHOTO_MAX_BYTES).await?;
    let input: RequestInput = form.input();
    let photo = checked_photo(&ctx, &access, upload).await?;
    let key = forms::posted_key(&form)?;
    let new = match parse(&input, photo, key) {
        Ok(new) => new,
        Err(errors) => {
            let posted = form.refused("request", errors);
            return render(&ctx, &access, None, posted, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let store = &ctx.state.store;
    if store.case(&access).add_request(&new).await? {
        log(&ctx.state.store, &access, Action::Update, "requests").await?;
    }
    after(&ctx, &token, "my-request-sent-notice", "/me/requests").await
}

/// The photo as sent, None without one, or the message id saying why it is refused.
/// Whether this client may send another photo is asked only for a good one (it asks the
/// store); that is why this is apart from [`parse`], which never waits.
async fn checked_photo(
    ctx: &Ctx,
    access: &ClientAccess,
    upload: Upload,
) -> Result<Result<Option<Photo>, &'static str>, AppError> {
    let photo = match upload {
        Upload::None => return Ok(Ok(None)),
        Upload::TooLarge => return Ok(Err("my-request-photo-size")),
        Upload::File { bytes, .. } => match check_photo(bytes) {
            Ok(p) => p,
            Err(message) => return Ok(Err(message)),
        },
    };
    if !ctx.state.store.case(access).photo_allowed().await? {
        return Ok(Err("my-request-photo-limit"));
    }
    Ok(Ok(Some(photo)))
}

/// The request as posted, checked field by field; `photo` is what [`checked_photo`] made
/// of the file, and `client_key` the form's idempotency key.
fn parse(
    input: &RequestInput,
    photo: Result<Option<Photo>, &'static str>,
    client_key: String,
) -> Result<NewRequest, FieldErrors> {
    use RequestField as F;
    let mut p = Problems::new();
    let category = p.check(
        F::Category,
        forms::required_choice(&input.category, &REQUEST_CATEGORIES),
    );
    let body = p.check(F::Body, forms::required_text(&input.body, 1000));
    let photo = p.check(F::Photo, photo.map_err(Problem::new));
    p.finish(|| {
        Some(NewRequest {
            category: category?,
            body: body?,
            client_key: Some(client_key),
            consent_id: None,
            photo: photo?,
        })
    })
}
