//! Server-rendered pages. Each page is a plain component fed with data the server has
//! already authorized and loaded; the only browser code is in `crate::islands`.

pub mod auth;
pub mod chart;
pub mod client_appointments;
pub mod client_calendar;
pub mod client_data;
pub mod client_deadlines;
pub mod client_home;
pub mod client_plan;
pub mod client_requests;
pub mod client_rights;
pub mod companions;
pub mod complaints;
pub mod directory;
pub mod errors;
pub mod events;
pub mod forms;
pub mod groups;
pub mod icons;
pub mod interests;
pub mod network;
pub mod pager;
pub mod privacy;
pub mod push;
pub mod shell;
pub mod staff;
pub mod two_factor;
pub mod volunteer;

use leptos::hydration::HydrationScripts;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use std::collections::BTreeMap;
use std::sync::OnceLock;

pub use crate::forms::FieldErrors;

/// The document every page is rendered into. The page's [`shell::Shell`] fills in the rest
/// of the head through leptos_meta (`<html lang dir>`, the title); the stylesheet's and the
/// script's content-hashed names come from the build (cargo-leptos's hash file), and the
/// hydration script carries the request's CSP nonce.
#[component]
pub fn Document(options: LeptosOptions, children: Children) -> impl IntoView {
    provide_meta_context();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="theme-color" content="#0b5d55"/>
                <link rel="stylesheet" href=stylesheet_href(&options)/>
                // Each language folder's font, after the stylesheet so its stacks win.
                <style inner_html=crate::languages::font_css()></style>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="icon" href="/icons/icon.svg" type="image/svg+xml"/>
                <link rel="apple-touch-icon" href="/icons/icon-192.png"/>
                <MetaTags/>
                <IslandScripts options/>
                <script nonce=leptos::nonce::use_nonce()>{HEAD_BOOT}</script>
            </head>
            <body>{children()}</body>
        </html>
    }
}

/// The stylesheet's address with the content hash of this build. leptos_meta's
/// `HashedStylesheet` finds the executable and reads cargo-leptos's hash file on every
/// page it renders (`perf` of the caseload under load: 1.2 % of the server's CPU in
/// `readlink`, `open` and `read`); the file does not change while the server runs, so it
/// is read once (one build's options per process, so the first call's are everyone's).
/// Without hashing (or without the file) the plain name, as leptos_meta does.
fn stylesheet_href(options: &LeptosOptions) -> String {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| {
        let mut name = options.output_name.to_string();
        if options.hash_files {
            let hash_file = std::env::current_exe()
                .ok()
                .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())));
            let hashes = hash_file.and_then(|f| std::fs::read_to_string(f).ok());
            let css = hashes.as_deref().and_then(|all| {
                all.lines()
                    .filter_map(|line| line.trim().split_once(':'))
                    .find(|(file, _)| *file == "css")
                    .map(|(_, hash)| hash.trim().to_string())
            });
            if let Some(hash) = css {
                name = format!("{name}.{hash}");
            }
        }
        format!("/{}/{name}.css", options.site_pkg_dir)
    })
    .clone()
}

/// The tags that load the islands' script and WASM: leptos's [`HydrationScripts`] in
/// islands mode, rendered once per process and copied into each page with its nonce.
/// `HydrationScripts` itself finds the executable and reads cargo-leptos's hash file
/// on every page it renders (`readlink`, `stat`, `open`, `read`: 1.3 % of the server's
/// CPU for `readlink` alone on `/me`); the names do not change while the server runs.
#[component]
fn IslandScripts(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    {
        use leptos::either::Either;
        use leptos::tachys::html::InertElement;
        // The tags as leptos writes them, with a nonce of their own to be replaced.
        static TAGS: OnceLock<(String, String)> = OnceLock::new();
        // What `HydrationScripts` does to the page besides its tags: in islands mode
        // the page is not hydrated as a whole (only its islands are).
        if let Some(sc) = Owner::current_shared_context() {
            sc.set_is_hydrating(false);
        }
        let (tags, stand_in) = TAGS.get_or_init(|| {
            let options = options.clone();
            // A child of the page's owner (a root would stay the thread's owner after):
            // its own nonce shadows the page's.
            Owner::new().with(|| {
                leptos::nonce::provide_nonce();
                let stand_in = leptos::nonce::use_nonce()
                    .map(|n| n.to_string())
                    .unwrap_or_default();
                let tags = view! { <HydrationScripts options islands=true/> }.to_html();
                (tags, stand_in)
            })
        });
        match leptos::nonce::use_nonce() {
            Some(nonce) if !stand_in.is_empty() => {
                Either::Left(InertElement::new(tags.replace(stand_in.as_str(), &nonce)))
            }
            // A page without a nonce (none is rendered so): leptos's own tags.
            _ => Either::Right(view! { <HydrationScripts options islands=true/> }),
        }
    }
    #[cfg(not(feature = "ssr"))]
    view! { <HydrationScripts options islands=true/> }
}

/// Runs before the first paint, so that nothing moves when the WASM arrives: marks the
/// page as scripted (`.js` hides the language switcher's submit button, which only a
/// page without scripts needs) and submits the switcher when a language is chosen. The
/// page enhancer, once there, takes the submission over like any other form's.
const HEAD_BOOT: &str = "document.documentElement.classList.add('js');\
document.addEventListener('change',function(e){var s=e.target;\
if(s.matches&&s.matches('select[data-autosubmit]')&&s.form)s.form.requestSubmit()})";

/// A phone number as a tap-to-call link (digits and a leading + only).
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

/// A plan step's link into the directory (an office or a guide), as a page shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepLinkView {
    pub href: String,
    pub name: String,
    /// The name's language when it differs from the page's (German as a fallback).
    pub lang: Option<String>,
}

/// Helper for tests and the server: the value typed earlier, or empty.
pub fn kept(values: &BTreeMap<String, String>, key: &str) -> String {
    values.get(key).cloned().unwrap_or_default()
}
