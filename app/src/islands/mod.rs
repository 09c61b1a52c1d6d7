//! The islands: the only parts of a page that ship code to the browser. There is one,
//! the page enhancer; it takes no props, so nothing is serialised into the page and no
//! JSON code is in the WASM. Without JavaScript every page works the same, through plain
//! forms and links.

mod enhance;
#[cfg(feature = "hydrate")]
mod near;

pub use enhance::PageEnhancer;
