//! The access log of the municipality for its data-protection officer, with filters and
//! the accounts that opened unusually many files within an hour.

use super::officer;
use crate::db::access_log::{LogFilter, BURST_THRESHOLD};
use crate::web::case::local;
use crate::web::ctx::Ctx;
use crate::web::error::AppError;
use axum::extract::Query;
use axum::response::Response;
use leptos::prelude::*;
use lotse_app::domain::{ClientId, UserId};
use lotse_app::pages::privacy::access_log::{
    access_what, AccessLogData, AccessLogPage, BurstView, LogLineView, LogQuery, ACTIONS,
};

/// Lines shown at once; narrower filters show the rest.
const LINES: i64 = 300;
/// Without dates: the last 30 days.
const DEFAULT_DAYS: i64 = 30;

pub async fn page(ctx: Ctx, Query(q): Query<LogQuery>) -> Result<Response, AppError> {
    let o = officer(&ctx).await?;
    let store = &ctx.state.store;
    let lang = ctx.lang(true);
    let tr = ctx.state.i18n.translator(lang);
    let today = crate::time::today_iso();
    let from_day = match q.from.trim() {
        "" => crate::time::add_days(&today, -DEFAULT_DAYS).unwrap_or_else(|| today.clone()),
        d => d.to_string(),
    };
    let to_day = match q.to.trim() {
        "" => today.clone(),
        d => d.to_string(),
    };
    // A date the browser did not make (or a period that ends before it starts) is said
    // on the page; the log then shows the default period.
    let (from, to, error) = match (
        crate::time::to_unix(&from_day, 0, 0),
        crate::time::add_days(&to_day, 1).and_then(|d| crate::time::to_unix(&d, 0, 0)),
    ) {
        (Some(f), Some(t)) if f < t => (f, t, None),
        _ => {
            let f = crate::time::to_unix(
                &crate::time::add_days(&today, -DEFAULT_DAYS).unwrap_or_default(),
                0,
                0,
            )
            .unwrap_or(0);
            let t = crate::time::now() + 1;
            (f, t, Some(tr.t("privacy-log-bad-period")))
        }
    };
    let actor = q.actor.trim().parse::<i64>().ok().map(UserId);
    let client = q.client.trim().parse::<i64>().ok().map(ClientId);
    let action = Some(q.action.trim().to_string()).filter(|a| ACTIONS.contains(&a.as_str()));
    let filter = LogFilter {
        actor,
        client,
        from,
        to,
        action,
    };
    let mut lines = store
        .access_log_search(o.municipality, &filter, LINES + 1)
        .await?;
    let more = lines.len() as i64 > LINES;
    lines.truncate(LINES as usize);
    let client_name = match client {
        Some(c) => store
            .privacy_find_clients_by_id(o.municipality, c)
            .await?
            .map(|c| c.name),
        None => None,
    };
    let bursts = store
        .access_bursts(o.municipality, from, to)
        .await?
        .into_iter()
        .map(|b| BurstView {
            actor_id: b.actor_user_id,
            actor: b.actor_name,
            hour: local(b.hour),
            clients: b.clients,
        })
        .collect();
    let data = AccessLogData {
        query: LogQuery {
            from: if error.is_none() { from_day } else { String::new() },
            to: if error.is_none() { to_day } else { String::new() },
            ..q
        },
        client_name,
        actors: store
            .access_log_actors(o.municipality)
            .await?
            .into_iter()
            .map(|(id, n)| (id.to_string(), n))
            .collect(),
        lines: lines
            .into_iter()
            .map(|l| LogLineView {
                when: local(l.at),
                actor: l.actor_name,
                role: tr.t(&format!("role-{}", l.actor_role)),
                client: l.client_id.map(|id| (id, l.client_name.unwrap_or_default())),
                what: access_what(&tr, &l.action, &l.detail),
            })
            .collect(),
        bursts,
        threshold: BURST_THRESHOLD,
        more,
        error,
    };
    let user = ctx.nav_user(o.principal.home()).unwrap_or_default();
    Ok(ctx
        .render(lang, move || view! { <AccessLogPage user=user data=data/> })
        .await)
}
