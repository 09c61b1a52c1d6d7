//! The manager view: caseload, creating a client, a client's record, administration.

pub mod case;
pub mod caseload;
pub mod client_detail;
pub mod client_new;
pub mod directory;
pub mod groups;
pub mod interpreters;
pub mod templates;

use super::shell::{NavUser, Shell};
use crate::i18n::use_tr;
use leptos::prelude::*;

#[component]
pub fn AdminHomePage(user: NavUser) -> impl IntoView {
    let tr = use_tr();
    view! {
        <Shell title=tr.t("admin-home-title") current_path="/admin".to_string() user=Some(user)>
            <h1>{tr.t("admin-home-title")}</h1>
            <section class="card"><p>{tr.t("admin-home-intro")}</p></section>
        </Shell>
    }
}
