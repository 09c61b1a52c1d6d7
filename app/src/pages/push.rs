//! "Messages on this phone": the opt-in to notifications, on the home page of clients
//! and volunteers. The server renders it hidden; `public/push.js` (on every page of a
//! signed-in client or volunteer, see `Shell`: the page enhancer swaps pages in place, and
//! a script inside a swapped page would not run) shows it only where the browser can
//! receive pushes, asks for permission when the person taps, and tells the server
//! (`/push/subscribe`). Without the script, nothing is offered that cannot work.

use super::icons::{Icon, IconSvg};
use crate::i18n::use_tr;
use leptos::prelude::*;

/// Raised with every change of `public/push.js` (static files are cached for a week).
pub const PUSH_JS_VERSION: u32 = 1;

/// `key`: the server's VAPID public key (base64url), what the browser subscribes with.
#[component]
pub fn PushOptIn(key: String, volunteer: bool) -> impl IntoView {
    let tr = use_tr();
    let intro = if volunteer {
        "push-intro-volunteer"
    } else {
        "push-intro"
    };
    view! {
        <section class="card section push" data-push="" data-key=key hidden="" data-testid="push"
            aria-labelledby="h-push">
            <h2 id="h-push"><IconSvg icon=Icon::Bell/><span>{tr.t("push-heading")}</span></h2>
            <p>{tr.t(intro)}</p>
            <p>{tr.t("push-quiet")}</p>
            <p class="push-state" role="status">
                <span data-push-state="off">{tr.t("push-off")}</span>
                <span data-push-state="on" hidden="">{tr.t("push-on")}</span>
                <span data-push-state="denied" hidden="">{tr.t("push-denied")}</span>
                <span data-push-state="failed" hidden="">{tr.t("push-failed")}</span>
            </p>
            <p class="actions">
                <button type="button" class="button primary" data-push-on="">{tr.t("push-turn-on")}</button>
                <button type="button" class="button" data-push-off="" hidden="">{tr.t("push-turn-off")}</button>
            </p>
        </section>
    }
}
