//! Lotse's shared crate. It is compiled twice:
//! - with `ssr` into the server, where it renders every page to HTML in the reader's language;
//! - with `hydrate` into the WASM that phones download, which holds only the islands
//!   (the few interactive parts). Translations and page views never reach the WASM.

pub mod casework;
#[cfg(feature = "ssr")]
pub mod companions;
#[cfg(feature = "ssr")]
pub mod complaints;
pub mod domain;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod privacy;

#[cfg(feature = "ssr")]
pub mod directory;
#[cfg(feature = "ssr")]
pub mod figures;
#[cfg(feature = "ssr")]
pub mod forms;
#[cfg(feature = "ssr")]
pub mod goals;

#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod interests;
#[cfg(feature = "ssr")]
pub mod languages;
#[cfg(feature = "ssr")]
pub mod network;
#[cfg(feature = "ssr")]
pub mod pages;

/// Entry point called by the hydration script: wakes up the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
