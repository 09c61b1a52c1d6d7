//! The error page: a plain message in the reader's language and a way back.

use super::shell::{NavUser, Shell};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[component]
pub fn ErrorPage(message_id: &'static str, user: Option<NavUser>, current_path: String) -> impl IntoView {
    let tr = use_tr();
    let home = user.as_ref().map(|u| u.home_href).unwrap_or("/");
    view! {
        <Shell title=tr.t("error-title") current_path=current_path user=user>
            <section class="card">
                <h1>{tr.t("error-title")}</h1>
                <p>{tr.t(message_id)}</p>
                <p><a class="button" href=home>{tr.t("error-back-home")}</a></p>
            </section>
        </Shell>
    }
}

/// Shown by the service worker when a page cannot be loaded without a network.
#[component]
pub fn OfflinePage() -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("offline-title") current_path="/".to_string() user=None>
            <section class="card">
                <h1>{tr.t("offline-title")}</h1>
                <p>{tr.t("offline-body")}</p>
            </section>
        </Shell>
    }
}
