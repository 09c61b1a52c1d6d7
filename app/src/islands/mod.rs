//! The islands: the only parts of a page that ship code to the browser. Everything they
//! show arrives already translated, as props, so no translations are in the WASM.
//! Without JavaScript the page works the same, through plain forms and links.

mod enhance;
mod language;

pub use enhance::PageEnhancer;
pub use language::LanguageSwitcher;
