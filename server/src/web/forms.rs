//! Forms on the web: the field checks of [`crate::fields`], said in the reader's language,
//! and what only a posted form has (its idempotency key).

pub use crate::fields::*;
use lotse_app::i18n::Tr;

/// The problem in the reader's language.
pub fn problem_text(tr: &Tr, p: &Problem) -> String {
    match p.max {
        Some(max) => tr.ta(p.id, &[("max", max.into())]),
        None => tr.t(p.id),
    }
}

/// The form's idempotency key (`client_key`); a form without one was not made by us.
pub fn posted_key(form: &crate::web::form_data::FormData) -> Result<String, crate::web::error::AppError> {
    let key = form.get("client_key").trim();
    if key.is_empty() || key.len() > 64 {
        return Err(crate::web::error::AppError::BadRequest);
    }
    Ok(key.to_string())
}
