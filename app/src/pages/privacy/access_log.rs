//! The access log for the data-protection officer: narrowed by person, client, period
//! and kind of access, with accounts that opened unusually many files in an hour.

use crate::i18n::{use_tr, When};
use crate::pages::forms::{Field, Select};
use crate::pages::shell::{BackLink, NavUser, Shell};
use leptos::prelude::*;

crate::form! {
    /// The log's filter as the query string carries it.
    LogQuery / LogField {
        actor: Actor,
        client: Client,
        from: From,
        to: To,
        action: Action,
    }
}

/// What one line of the access log says was done ("gelesen: Förderplan"), in the
/// reader's language; the client's "My data" and the officer's log say it alike.
pub fn access_what(tr: &crate::i18n::Tr, action: &str, detail: &str) -> String {
    let action = tr.t(&format!("access-action-{action}"));
    if detail.is_empty() {
        action
    } else {
        format!("{action} {}", tr.t(&format!("access-detail-{detail}")))
    }
}

/// The kinds of access the log records (message `access-action-<value>`).
pub const ACTIONS: [&str; 5] = ["read", "create", "update", "issue_activation_code", "activate"];

#[derive(Clone, Debug)]
pub struct LogLineView {
    pub when: When,
    pub actor: String,
    /// In German, the reader's language.
    pub role: String,
    /// The client (link to their record's page), or None for an erased one.
    pub client: Option<(i64, String)>,
    pub what: String,
}

#[derive(Clone, Debug)]
pub struct BurstView {
    pub actor_id: i64,
    pub actor: String,
    pub hour: When,
    pub clients: i64,
}

#[derive(Clone, Debug, Default)]
pub struct AccessLogData {
    pub query: LogQuery,
    /// The client filtered by, named.
    pub client_name: Option<String>,
    pub actors: Vec<(String, String)>,
    pub lines: Vec<LogLineView>,
    pub bursts: Vec<BurstView>,
    pub threshold: i64,
    /// More lines matched than are shown.
    pub more: bool,
    pub error: Option<String>,
}

#[component]
pub fn AccessLogPage(user: NavUser, data: AccessLogData) -> impl IntoView {
    let tr = use_tr();
    use LogField as F;
    let q = data.query;
    let mut actors = vec![(String::new(), tr.t("privacy-log-everyone"))];
    actors.extend(data.actors);
    let mut actions = vec![(String::new(), tr.t("privacy-log-every-kind"))];
    actions.extend(
        ACTIONS
            .iter()
            .map(|a| (a.to_string(), tr.t(&format!("access-action-{a}")))),
    );
    let bursts = if data.bursts.is_empty() {
        view! { <p class="empty">{tr.t("privacy-bursts-none")}</p> }.into_any()
    } else {
        let items = data
            .bursts
            .into_iter()
            .map(|b| {
                let text = tr.ta("privacy-burst", &[
                    ("name", b.actor.clone().into()),
                    ("count", b.clients.into()),
                    ("when", b.hour.show(&tr).into()),
                ]);
                view! {
                    <li data-testid="privacy-burst">
                        <a href=format!("/privacy/access?actor={}&from={}&to={}", b.actor_id, b.hour.date, b.hour.date)>{text}</a>
                    </li>
                }
            })
            .collect::<Vec<_>>();
        view! { <ul class="plain-list">{items}</ul> }.into_any()
    };
    let rows = data
        .lines
        .into_iter()
        .map(|l| {
            let client = match l.client {
                Some((id, name)) => view! { <a href=format!("/privacy/clients/{id}")>{name}</a> }.into_any(),
                None => view! { <span class="muted">"–"</span> }.into_any(),
            };
            view! {
                <tr>
                    <td>{l.when.show(&tr)}</td>
                    <td>{l.actor}<br/><span class="muted">{l.role}</span></td>
                    <td>{client}</td>
                    <td>{l.what}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    let empty = rows.is_empty();
    view! {
        <Shell title=tr.t("privacy-access-title") current_path="/privacy/access".to_string() user=Some(user)>
            <BackLink href="/privacy" label=tr.t("privacy-title")/>
            <h1>{tr.t("privacy-access-title")}</h1>
            <p>{tr.t("privacy-access-intro")}</p>
            {data.error.map(|e| view! { <p class="alert alert-error" role="alert">{e}</p> })}
            <section class="card section" aria-labelledby="h-bursts">
                <h2 id="h-bursts">{tr.t("privacy-bursts")}</h2>
                <p class="muted">{tr.ta("privacy-bursts-hint", &[("count", data.threshold.into())])}</p>
                {bursts}
            </section>
            <form method="get" action="/privacy/access" class="card stack filters" aria-label=tr.t("privacy-log-filter")>
                <Select name=F::Actor.name() label=tr.t("privacy-log-person") selected=q.actor.clone() options=actors/>
                <div class="row">
                    <Field name=F::From.name() label=tr.t("privacy-log-from") value=q.from.clone() input_type="date"/>
                    <Field name=F::To.name() label=tr.t("privacy-log-to") value=q.to.clone() input_type="date"/>
                </div>
                <Select name=F::Action.name() label=tr.t("privacy-log-kind") selected=q.action.clone() options=actions/>
                {data.client_name.map(|n| view! {
                    <input type="hidden" name=F::Client.name() value=q.client.clone()/>
                    <p>{tr.ta("privacy-log-client", &[("name", n.into())])}" "
                        <a href="/privacy/access">{tr.t("privacy-log-all-clients")}</a></p>
                })}
                <button type="submit" class="button">{tr.t("privacy-log-show")}</button>
            </form>
            {if empty {
                view! { <p class="empty">{tr.t("privacy-log-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=tr.t("privacy-access-title")>
                        <table class="access-log" data-testid="privacy-log">
                        <thead><tr>
                            <th scope="col">{tr.t("my-access-when")}</th>
                            <th scope="col">{tr.t("my-access-who")}</th>
                            <th scope="col">{tr.t("privacy-log-whose")}</th>
                            <th scope="col">{tr.t("my-access-what")}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table></div>
                }.into_any()
            }}
            {data.more.then(|| view! { <p class="muted">{tr.t("privacy-log-more")}</p> })}
        </Shell>
    }
}
