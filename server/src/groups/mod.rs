//! Group offers run by volunteers: when they meet (recurrence in Europe/Berlin), and the
//! reminders that keep their volunteers' documents current.

pub mod schedule;

use crate::db::{DbResult, Store};
use lotse_app::domain::{Lang, MunicipalityId, UserId};
use lotse_app::i18n::I18n;
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
            let lang = person.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::De);
            let tr = i18n.translator(lang);
            let body =
                crate::web::groups_manage::notice_text(&tr, "document-expiring-volunteer", &args.to_string());
            store
                .enqueue_mail(email, &tr.t("mail-reminder-subject"), &body)
                .await?;
        }
    }
    Ok(due.len())
}
