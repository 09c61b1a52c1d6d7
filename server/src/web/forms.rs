//! Forms on the web: the field checks of [`crate::fields`] (the page says their problems
//! in the reader's language) and what only a posted form has (its idempotency key).

pub use crate::fields::*;

/// The form's idempotency key (`client_key`); a form without one was not made by us.
pub fn posted_key(form: &crate::web::form_data::FormData) -> Result<String, crate::web::error::AppError> {
    let key = form.get("client_key").trim();
    if key.is_empty() || key.len() > 64 {
        return Err(crate::web::error::AppError::BadRequest);
    }
    Ok(key.to_string())
}
