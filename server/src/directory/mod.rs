//! The directory of offices and services and the topic guides: opening hours, the safe
//! text subset, search folding, and import/export. Storage is in `db::directory`, pages
//! in `web::directory`.

pub mod hours;
pub mod import;
pub mod search;
pub mod text;

pub use lotse_app::directory::{is_category, Block, Span, TextState, CATEGORIES};
