//! The manager view: caseload, creating a client, a client's record, administration.

pub mod accounts;
pub mod case;
pub mod caseload;
pub mod client_detail;
pub mod client_new;
pub mod deputies;
pub mod directory;
pub mod figures;
pub mod goals;
pub mod groups;
pub mod interpreters;
pub mod moves;
pub mod organisation;
pub mod programme;
pub mod templates;

use super::shell::{NavUser, Shell};
use crate::i18n::use_tr;
use leptos::prelude::*;

/// What the administrator's start page shows: which municipalities require a second
/// factor of their guides and coordinators.
#[derive(Clone, Debug, Default)]
pub struct AdminHome {
    /// (id, name, required)
    pub municipalities: Vec<(i64, String, bool)>,
    pub notice: Option<String>,
}

#[component]
pub fn AdminHomePage(user: NavUser, data: AdminHome) -> impl IntoView {
    let tr = use_tr();
    let boxes = data
        .municipalities
        .into_iter()
        .map(|(id, name, required)| {
            let field = format!("f-require-{id}");
            view! {
                <div class="check">
                    <input type="checkbox" id=field.clone() name="require" value=id.to_string() checked=required/>
                    <label for=field>{name}</label>
                </div>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <Shell title=tr.t("admin-home-title") current_path="/admin".to_string() user=Some(user)>
            <h1>{tr.t("admin-home-title")}</h1>
            <super::forms::Notice message=data.notice/>
            <section class="card">
                <p>{tr.t("admin-home-intro")}</p>
                <nav class="quick-links" aria-label=tr.t("admin-home-title")>
                    <a href="/admin/staff">{tr.t("admin-staff-link")}</a>
                    <a href="/admin/organisation">{tr.t("admin-organisation-link")}</a>
                    <a href="/admin/log">{tr.t("admin-log-link")}</a>
                </nav>
            </section>
            <section class="card" aria-labelledby="h-two-factor">
                <h2 id="h-two-factor">{tr.t("admin-two-factor-title")}</h2>
                <p>{tr.t("admin-two-factor-intro")}</p>
                <form method="post" action="/admin/two-factor" class="stack">
                    <fieldset>
                        <legend>{tr.t("admin-two-factor-required")}</legend>
                        {boxes}
                    </fieldset>
                    <button type="submit" class="button primary">{tr.t("admin-two-factor-save")}</button>
                </form>
                <p><a href="/account/security">{tr.t("two-factor-link")}</a></p>
            </section>
        </Shell>
    }
}
