//! "My data": everything Lotse stores about the client, in their language, with a
//! download (JSON) and a printable page; the consents they gave, with a way to ask to
//! revoke each; and who from the staff opened or changed their file, and when.

use super::forms::Notice;
use super::icons::{Icon, IconSvg};
use super::shell::{BackLink, NavUser, Shell};
use super::staff::case::When;
use crate::i18n::use_tr;
use leptos::prelude::*;

/// One part of the record, already in the reader's language: heading and label/value rows.
#[derive(Clone, Debug)]
pub struct DataSection {
    pub heading: String,
    pub rows: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct MyConsent {
    pub id: i64,
    /// Purpose and recipient, in the reader's language.
    pub what: String,
    /// ISO dates.
    pub given_on: String,
    pub revoked_on: Option<String>,
    /// The client has asked to revoke it and the guide has not dealt with it yet.
    pub revoke_asked: bool,
}

#[derive(Clone, Debug)]
pub struct AccessEntry {
    pub when: When,
    pub name: String,
    /// Role and what was done, in the reader's language.
    pub role: String,
    pub what: String,
}

#[derive(Clone, Debug, Default)]
pub struct MyData {
    pub sections: Vec<DataSection>,
    pub consents: Vec<MyConsent>,
    pub access: Vec<AccessEntry>,
    pub notice: Option<String>,
    /// The printable version: no buttons, everything open.
    pub printable: bool,
}

#[component]
pub fn MyDataPage(data: MyData, user: NavUser) -> impl IntoView {
    let tr = use_tr();
    let printable = data.printable;
    let sections = data
        .sections
        .into_iter()
        .map(|s| {
            let empty = s.rows.is_empty();
            let rows = s
                .rows
                .into_iter()
                .map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> })
                .collect::<Vec<_>>();
            view! {
                <section class="card data-section">
                    <h2>{s.heading}</h2>
                    {if empty {
                        view! { <p class="empty">{tr.t("my-data-nothing")}</p> }.into_any()
                    } else {
                        view! { <dl class="facts">{rows}</dl> }.into_any()
                    }}
                </section>
            }
        })
        .collect::<Vec<_>>();
    let consents = if data.consents.is_empty() {
        view! { <p class="empty">{tr.t("my-data-no-consents")}</p> }.into_any()
    } else {
        let items = data
            .consents
            .into_iter()
            .map(|c| {
                let state = match &c.revoked_on {
                    Some(d) => tr.ta("my-consent-revoked", &[("date", tr.date(d).into())]),
                    None => tr.ta("my-consent-given", &[("date", tr.date(&c.given_on).into())]),
                };
                let action = (!printable && c.revoked_on.is_none()).then(|| {
                    if c.revoke_asked {
                        view! { <p class="badge">{tr.t("my-consent-revoke-asked")}</p> }.into_any()
                    } else {
                        view! {
                            <form method="post" action=format!("/me/data/consents/{}/revoke", c.id)>
                                <button type="submit" class="button">{tr.t("my-consent-revoke")}</button>
                            </form>
                        }
                        .into_any()
                    }
                });
                view! {
                    <li class="card" id=format!("my-consent-{}", c.id)>
                        <p class="step-text">{c.what}</p>
                        <p class="muted">{state}</p>
                        {action}
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let access = if data.access.is_empty() {
        view! { <p class="empty">{tr.t("my-data-no-access")}</p> }.into_any()
    } else {
        let rows = data
            .access
            .into_iter()
            .map(|a| {
                view! {
                    <tr>
                        <td>{a.when.show(&tr)}</td>
                        <td><bdi>{a.name}</bdi><br/><span class="muted">{a.role}</span></td>
                        <td>{a.what}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>();
        view! {
            <div class="table-wrap"><table class="access-log">
                <thead><tr>
                    <th scope="col">{tr.t("my-access-when")}</th>
                    <th scope="col">{tr.t("my-access-who")}</th>
                    <th scope="col">{tr.t("my-access-what")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table></div>
        }
        .into_any()
    };
    view! {
        <Shell title=tr.t("my-data-title") current_path="/me/data".to_string() user=Some(user)>
            {(!printable).then(|| view! { <BackLink href="/me" label=tr.t("client-home-title")/> })}
            <h1><IconSvg icon=Icon::Shield/>" "{tr.t("my-data-title")}</h1>
            <Notice message=data.notice/>
            <p>{tr.t("my-data-intro")}</p>
            {(!printable).then(|| view! {
                <div class="actions">
                    <a class="button primary" href="/me/data.json" download="lotse-my-data.json" data-testid="data-json">{tr.t("my-data-download")}</a>
                    <a class="button" href="/me/data/print" data-testid="data-print">{tr.t("my-data-print")}</a>
                    <a class="button" href="/me/data/rights" data-testid="data-rights">{tr.t("my-rights-link")}</a>
                </div>
            })}
            {sections}
            <section class="card section" aria-labelledby="h-consents">
                <h2 id="h-consents"><IconSvg icon=Icon::Document/><span>{tr.t("my-data-consents")}</span></h2>
                <p class="muted">{tr.t("my-data-consents-intro")}</p>
                {consents}
            </section>
            <section class="card section" aria-labelledby="h-access">
                <h2 id="h-access"><IconSvg icon=Icon::Person/><span>{tr.t("my-data-access")}</span></h2>
                <p class="muted">{tr.t("my-data-access-intro")}</p>
                {access}
            </section>
        </Shell>
    }
}
