//! A posted form as key/value pairs. Reading fields by name (instead of deserialising
//! into a struct) means a missing or extra field is never a rejection: the handler sees
//! an empty value and answers with a message next to the field.

use axum::extract::{FromRequest, Request};
use axum::Form;

use super::error::AppError;
use lotse_app::pages::forms::Posted;

#[derive(Debug, Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    /// Whether the form sent a field of this name at all (even empty).
    pub fn has(&self, key: &str) -> bool {
        self.0.iter().any(|(k, _)| k == key)
    }

    pub fn get(&self, key: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    }

    /// Every field, with repeated names (checkbox groups) joined by commas.
    pub fn to_map(&self) -> std::collections::BTreeMap<String, String> {
        let mut map = std::collections::BTreeMap::<String, String>::new();
        for (k, v) in &self.0 {
            map.entry(k.clone())
                .and_modify(|e| {
                    e.push(',');
                    e.push_str(v);
                })
                .or_insert_with(|| v.clone());
        }
        map
    }

    /// The form as it came, with its problems, to show again (a 422 or 409 re-render
    /// keeps what was typed).
    pub fn refused(&self, form_id: impl Into<String>, errors: lotse_app::forms::FieldErrors) -> Posted {
        Posted {
            form: form_id.into(),
            values: self.to_map(),
            errors,
            theirs: None,
        }
    }

    /// The form as its input struct (declared with [`lotse_app::form!`]): every field text,
    /// repeated names joined by commas, missing ones empty, unknown ones ignored.
    pub fn input<T: serde::de::DeserializeOwned + Default>(&self) -> T {
        use serde::de::value::{Error, MapDeserializer};
        T::deserialize(MapDeserializer::<_, Error>::new(self.to_map().into_iter())).unwrap_or_default()
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .collect()
    }
}

impl<S: Send + Sync> FromRequest<S> for FormData {
    type Rejection = axum::response::Response;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        use axum::response::IntoResponse;
        match Form::<Vec<(String, String)>>::from_request(req, state).await {
            Ok(Form(pairs)) => Ok(FormData(pairs)),
            Err(rejection) => {
                let status = rejection.status();
                if status == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    // Rendered as a translated page by the error middleware.
                    Err(status.into_response())
                } else {
                    Err(AppError::BadRequest.into_response())
                }
            }
        }
    }
}

impl From<Vec<(String, String)>> for FormData {
    fn from(v: Vec<(String, String)>) -> Self {
        FormData(v)
    }
}

/// The file field of a form that may carry one: none chosen, too large, or the file's
/// name (cleaned of paths, quotes and control characters) and bytes.
pub enum Upload {
    None,
    TooLarge,
    File { name: String, bytes: Vec<u8> },
}

/// A form posted plainly or as multipart with one file field `file` of at most `max`
/// bytes. A file over the limit (or a body over the route's limit) is `TooLarge`, not a
/// rejection, so the form can say so and keep what was typed.
pub async fn with_upload(req: Request, file: &str, max: usize) -> Result<(FormData, Upload), AppError> {
    use axum::extract::Multipart;
    use axum::http::{header, StatusCode};
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
        if name != file {
            let value = field.text().await.map_err(|_| AppError::BadRequest)?;
            fields.push((name, value));
            continue;
        }
        let file_name: String = field
            .file_name()
            .unwrap_or("document")
            .chars()
            .filter(|c| !c.is_control() && !"/\\\"".contains(*c))
            .take(120)
            .collect();
        match field.bytes().await {
            Ok(b) if b.is_empty() => {}
            Ok(b) if b.len() > max => upload = Upload::TooLarge,
            Ok(b) => {
                upload = Upload::File {
                    name: file_name,
                    bytes: b.to_vec(),
                }
            }
            Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                upload = Upload::TooLarge;
                break;
            }
            Err(_) => return Err(AppError::BadRequest),
        }
    }
    Ok((FormData::from(fields), upload))
}
