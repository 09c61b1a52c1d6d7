//! Group offers run by volunteers: when they meet (recurrence in Europe/Berlin), and the
//! reminders that keep their volunteers' documents current.

pub mod schedule;

use crate::db::{DbResult, Store};
use lotse_app::domain::{Lang, MunicipalityId, UserId};
use lotse_app::i18n::{FluentValue, I18n, Tr};
use serde_json::json;
use std::sync::Arc;

/// Documents running out within this many days are flagged and reminded of.
pub const EXPIRY_WARNING_DAYS: i64 = 56;

/// Tells volunteers (in Lotse and by mail) and their coordinators (in Lotse) of
/// documents that run out within [`EXPIRY_WARNING_DAYS`]; each document once.
pub async fn remind_expiring_documents(store: &Store, i18n: &Arc<I18n>) -> DbResult<usize> {
    let by = crate::time::today() + chrono::Duration::days(EXPIRY_WARNING_DAYS);
    let due = store.take_document_reminders(&by.to_string()).await?;
    for (_, user, municipality, kind, until) in &due {
        let Some(person) = store.user(UserId(*user)).await? else {
            continue;
        };
        let args = json!({ "name": person.display_name, "kind": kind, "date": until });
        store
            .notify(UserId(*user), "document-expiring-volunteer", &args, None)
            .await?;
        for coordinator in store.coordinators(MunicipalityId(*municipality)).await? {
            let link = format!("/groups/manage/volunteers/{user}");
            store
                .notify(coordinator, "document-expiring", &args, Some(&link))
                .await?;
        }
        if let Some(email) = &person.email {
            let lang = person.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::DE);
            let tr = i18n.translator(lang);
            let body = notice_text(&tr, "document-expiring-volunteer", &args.to_string());
            store
                .enqueue_mail(email, &tr.t("mail-reminder-subject"), &body)
                .await?;
        }
    }
    Ok(due.len())
}

/// A notice's text in the reader's language (its arguments were stored as JSON):
/// dates, times, roles and document kinds are shown the reader's way.
pub fn notice_text(tr: &Tr, kind: &str, args: &str) -> String {
    let parsed: serde_json::Map<String, serde_json::Value> = serde_json::from_str(args).unwrap_or_default();
    let args: Vec<(&str, FluentValue<'_>)> = parsed
        .iter()
        .map(|(k, v)| {
            let value: FluentValue<'_> = match v {
                serde_json::Value::Number(n) => n.as_i64().unwrap_or(0).into(),
                serde_json::Value::String(s) => match k.as_str() {
                    "date" => tr.date(s).into(),
                    "kind" => tr.t(&format!("document-kind-{s}")).into(),
                    "role" => tr.t(&format!("shift-role-{s}")).into(),
                    "when" => s
                        .parse::<i64>()
                        .map(|ts| crate::time::local(ts).show(tr))
                        .unwrap_or_default()
                        .into(),
                    _ => s.clone().into(),
                },
                other => other.to_string().into(),
            };
            (k.as_str(), value)
        })
        .collect();
    tr.ta(&format!("notice-{kind}"), &args)
}
