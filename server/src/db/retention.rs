//! Retention in the database: the periods a municipality chose, the daily run's claim
//! and reports, and one statement per kind of record that either counts (the dry run)
//! or deletes the same rows, so the two agree by construction. What a kind keeps and
//! why is in `lotse_app::privacy::RETENTION` and the `retention-basis-…` messages; the
//! job itself is `crate::retention`.

use super::{now, on_pool, DbResult, Store};
use lotse_app::casework::{FieldKind, INTAKE_SECTIONS};
use lotse_app::domain::{MunicipalityId, UserId};
use lotse_app::privacy::{RetentionKind, RETENTION};
use std::collections::BTreeMap;

/// The scope of records that belong to no municipality (mail, devices and log lines of
/// administrators): they follow the shortest period any municipality chose.
pub const INSTALLATION: i64 = 0;

/// What one municipality keeps how long: kind → months.
pub type Periods = BTreeMap<RetentionKind, i64>;

/// Closed cases anonymised per transaction (see [`Store::anonymise_clients`]).
pub const ANONYMISE_BATCH: usize = 200;

/// Whether a statement only counts or acts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    DryRun,
    Act,
}

/// The rows of one kind in one scope whose period is over: a `WHERE` on `table`, with
/// `$1` the scope and `$2` the cutoff (Unix seconds) and, for dates stored as text, `$3`
/// the cutoff as an ISO date. The dry run counts and the run deletes by the same text.
struct Due {
    table: &'static str,
    condition: &'static str,
    uses_date: bool,
}

/// What each kind deletes (a kind may span tables: a volunteer's hours are shifts and
/// one-to-one meetings). The case file is apart: it anonymises (see
/// [`Store::anonymise_client`]).
fn due(kind: RetentionKind) -> Vec<Due> {
    if kind == RetentionKind::VolunteerHours {
        return vec![
            Due {
                table: "shift_signups",
                condition: "user_id IN (SELECT id FROM users WHERE COALESCE(municipality_id, 0) = $1) \
                            AND session_id IN (SELECT id FROM group_sessions WHERE starts_at < $2)",
                uses_date: false,
            },
            Due {
                table: "companion_meetings",
                condition: "volunteer_id IN (SELECT id FROM users WHERE COALESCE(municipality_id, 0) = $1) \
                            AND met_on < $3",
                uses_date: true,
            },
        ];
    }
    due_one(kind).into_iter().collect()
}

fn due_one(kind: RetentionKind) -> Option<Due> {
    let d = |table, condition, uses_date| {
        Some(Due {
            table,
            condition,
            uses_date,
        })
    };
    match kind {
        RetentionKind::CaseFile => None,
        RetentionKind::Notes => d(
            "notes",
            "client_id IN (SELECT id FROM clients WHERE municipality_id = $1 AND closed_at IS NOT NULL \
             AND closed_at < $2 AND restricted_at IS NULL)",
            false,
        ),
        RetentionKind::LetterPhotos => d(
            "request_photos",
            "request_id IN (SELECT r.id FROM client_requests r JOIN clients c ON c.id = r.client_id \
             WHERE c.municipality_id = $1 AND r.created_at < $2 AND c.restricted_at IS NULL)",
            false,
        ),
        RetentionKind::AccessLog => d(
            "access_log",
            "at < $2 AND id IN (SELECT l.id FROM access_log l LEFT JOIN clients c ON c.id = l.client_id \
             JOIN users u ON u.id = l.actor_user_id WHERE COALESCE(c.municipality_id, u.municipality_id, 0) = $1)",
            false,
        ),
        RetentionKind::SignIns => d(
            "known_devices",
            "last_at < $2 AND user_id IN (SELECT id FROM users WHERE COALESCE(municipality_id, 0) = $1)",
            false,
        ),
        RetentionKind::Outbox => d(
            "outbox",
            "$1 = 0 AND COALESCE(sent_at, created_at) < $2",
            false,
        ),
        RetentionKind::VolunteerDocuments => d(
            "volunteer_documents",
            "user_id IN (SELECT id FROM users WHERE COALESCE(municipality_id, 0) = $1) \
             AND ((removed_at IS NOT NULL AND removed_at < $2) OR (valid_until IS NOT NULL AND valid_until < $3))",
            true,
        ),
        RetentionKind::VolunteerHours => None,
        RetentionKind::Complaints => d(
            "complaints",
            // Closed, or answered and never closed: the municipality has said its word.
            "municipality_id = $1 AND COALESCE(closed_at, answered_at) < $2",
            false,
        ),
        RetentionKind::GroupParticipation => d(
            "group_participants",
            "changed_at < $2 AND client_id IN (SELECT id FROM clients WHERE municipality_id = $1 \
             AND restricted_at IS NULL) AND NOT EXISTS (SELECT 1 FROM group_sessions s \
             WHERE s.group_id = group_participants.group_id AND s.starts_at >= $2)",
            false,
        ),
    }
}

/// The values of an intake section the figures count (its choices), without anything
/// typed in free text; None when it holds nothing else (it stays as it is). Unreadable
/// data keeps nothing.
fn choices_only(section: &str, data: &str) -> Option<String> {
    let Some(fields) = INTAKE_SECTIONS
        .iter()
        .find(|s| s.key == section)
        .map(|s| s.fields)
    else {
        return Some("{}".into());
    };
    let Ok(values) = serde_json::from_str::<BTreeMap<String, serde_json::Value>>(data) else {
        return Some("{}".into());
    };
    let kept: BTreeMap<&String, &serde_json::Value> = values
        .iter()
        .filter(|(k, _)| {
            fields
                .iter()
                .any(|f| f.name == k.as_str() && matches!(f.kind, FieldKind::Choice(_)))
        })
        .collect();
    if kept.len() == values.len() {
        return None;
    }
    Some(serde_json::to_string(&kept).unwrap_or_else(|_| "{}".into()))
}

impl Store {
    /// The periods of a municipality: its own choices, else the defaults.
    pub async fn retention_periods(&self, municipality: MunicipalityId) -> DbResult<Periods> {
        let rows: Vec<(String, i64)> = on_pool!(self, pool => sqlx::query_as(
            "SELECT kind, months FROM retention_rules WHERE municipality_id = $1")
            .bind(municipality.0).fetch_all(pool).await?);
        let case_file: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT retention_months FROM municipalities WHERE id = $1")
            .bind(municipality.0).fetch_optional(pool).await?);
        let mut periods: Periods = RETENTION.iter().map(|r| (r.kind, r.default_months)).collect();
        for (kind, months) in rows {
            if let Some(k) = RetentionKind::parse(&kind) {
                periods.insert(k, months);
            }
        }
        if let Some(m) = case_file {
            periods.insert(RetentionKind::CaseFile, m);
        }
        Ok(periods)
    }

    /// Stores a municipality's periods (each within its rule's range: the caller checked).
    pub async fn set_retention_periods(
        &self,
        municipality: MunicipalityId,
        periods: &Periods,
        by: UserId,
    ) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            for (kind, months) in periods {
                if *kind == RetentionKind::CaseFile {
                    sqlx::query("UPDATE municipalities SET retention_months = $1 WHERE id = $2")
                        .bind(months).bind(municipality.0).execute(&mut *tx).await?;
                    continue;
                }
                sqlx::query(
                    "INSERT INTO retention_rules (municipality_id, kind, months, changed_by, changed_at) \
                     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (municipality_id, kind) DO UPDATE \
                     SET months = excluded.months, changed_by = excluded.changed_by, changed_at = excluded.changed_at")
                    .bind(municipality.0).bind(kind.as_str()).bind(months).bind(by.0).bind(at)
                    .execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }

    /// Every municipality's id.
    pub async fn municipality_ids(&self) -> DbResult<Vec<MunicipalityId>> {
        let ids: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar("SELECT id FROM municipalities ORDER BY id")
            .fetch_all(pool).await?);
        Ok(ids.into_iter().map(MunicipalityId).collect())
    }

    /// Counts (dry run) or deletes the rows of `kind` in `scope` whose period ended
    /// before `cutoff` (Unix seconds; `cutoff_date` the same day as ISO date).
    pub async fn retention_step(
        &self,
        kind: RetentionKind,
        scope: i64,
        cutoff: i64,
        cutoff_date: &str,
        mode: Mode,
    ) -> DbResult<u64> {
        if kind == RetentionKind::CaseFile {
            let ids = self.cases_to_anonymise(scope, cutoff).await?;
            if mode == Mode::Act {
                self.anonymise_clients(&ids).await?;
            }
            return Ok(ids.len() as u64);
        }
        let verb = match mode {
            Mode::DryRun => "SELECT COUNT(*) FROM",
            Mode::Act => "DELETE FROM",
        };
        let mut total = 0;
        for d in due(kind) {
            let sql = format!("{verb} {} WHERE {}", d.table, d.condition);
            let date = cutoff_date.to_string();
            total += on_pool!(self, pool => match mode {
                Mode::DryRun => {
                    let q = sqlx::query_scalar::<_, i64>(&sql).bind(scope).bind(cutoff);
                    let q = if d.uses_date { q.bind(date) } else { q };
                    q.fetch_one(pool).await?.max(0) as u64
                }
                Mode::Act => {
                    let q = sqlx::query(&sql).bind(scope).bind(cutoff);
                    let q = if d.uses_date { q.bind(date) } else { q };
                    q.execute(pool).await?.rows_affected()
                }
            });
        }
        Ok(total)
    }

    /// Closed cases of the municipality past the cutoff, not yet anonymised and not
    /// restricted (a restriction keeps the record as it is).
    async fn cases_to_anonymise(&self, municipality: i64, cutoff: i64) -> DbResult<Vec<i64>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT id FROM clients WHERE municipality_id = $1 AND closed_at IS NOT NULL AND closed_at < $2 \
             AND anonymised_at IS NULL AND restricted_at IS NULL ORDER BY id")
            .bind(municipality).bind(cutoff).fetch_all(pool).await?))
    }

    /// Anonymises one closed case in one transaction: what the figures count stays
    /// (municipality, dates, the intake's choices, goals' fields and states, closures and
    /// outcomes, referrals' services, appointments' times and states, requests' categories,
    /// household sizes, birth years, languages); every name, text, contact, the sign-in
    /// account's details, the client's own reads, sessions and mail go. `server/tests/suite/retention.rs` marks every free
    /// text of a case and walks the schema afterwards.
    pub async fn anonymise_client(&self, client: i64) -> DbResult<bool> {
        Ok(self.anonymise_clients(&[client]).await? > 0)
    }

    /// Anonymises closed cases as [`anonymise_client`](Self::anonymise_client) says, a
    /// batch of [`ANONYMISE_BATCH`] per transaction and each statement once per batch
    /// (`IN` the batch's ids): the first run over ten years of closed cases took five
    /// minutes with thirty statements and a commit per case. Returns how many were
    /// anonymised (already anonymised ones are skipped).
    pub async fn anonymise_clients(&self, clients: &[i64]) -> DbResult<u64> {
        let at = now();
        let mut done = 0;
        on_pool!(self, pool => {
            for batch in clients.chunks(ANONYMISE_BATCH) {
                let mut tx = pool.begin().await?;
                // Ids are numbers the database gave: written into the statement as such.
                let list = batch.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
                let todo: Vec<i64> = sqlx::query_scalar(&format!(
                    "SELECT id FROM clients WHERE id IN ({list}) AND anonymised_at IS NULL"))
                    .fetch_all(&mut *tx).await?;
                if todo.is_empty() {
                    tx.commit().await?;
                    continue;
                }
                let c = todo.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
                let u = format!("SELECT user_id FROM clients WHERE id IN ({c})");
                let statements = [
                    // Mail to their addresses, and failed sign-ins under their login (the keys
                    // `web::signin` counts them by).
                    format!("DELETE FROM outbox WHERE to_address IN (SELECT phone FROM clients WHERE id IN ({c}) \
                             AND phone IS NOT NULL AND phone <> '' UNION SELECT email FROM users WHERE id IN ({u}) \
                             AND email IS NOT NULL AND email <> '')"),
                    format!("DELETE FROM signin_failures WHERE account_key IN (SELECT 'number:' || login_number FROM users \
                             WHERE id IN ({u}) AND login_number IS NOT NULL UNION SELECT 'email:' || email FROM users \
                             WHERE id IN ({u}) AND email IS NOT NULL AND email <> '')"),
                    format!("DELETE FROM notes WHERE client_id IN ({c})"),
                    // Requests are counted by category and month: the rows stay, their words
                    // and photos go.
                    format!("DELETE FROM request_photos WHERE request_id IN (SELECT id FROM client_requests WHERE client_id IN ({c}))"),
                    format!("UPDATE client_requests SET body = '', answer = NULL, client_key = NULL WHERE client_id IN ({c})"),
                    format!("DELETE FROM calendar_tokens WHERE client_id IN ({c})"),
                    format!("DELETE FROM deadlines WHERE client_id IN ({c})"),
                    // Household sizes and children's ages are counted: names go, birth years stay.
                    format!("UPDATE household_members SET first_name = '', birth_date = CASE WHEN birth_date IS NULL THEN NULL \
                             ELSE SUBSTR(birth_date, 1, 4) || '-01-01' END WHERE client_id IN ({c})"),
                    format!("DELETE FROM activation_codes WHERE client_id IN ({c})"),
                    format!("DELETE FROM plan_history WHERE client_id IN ({c})"),
                    format!("UPDATE consents SET recipient = '', covers = '' WHERE client_id IN ({c})"),
                    format!("UPDATE goals SET title = '' WHERE client_id IN ({c})"),
                    format!("UPDATE plan_steps SET text = '', actor_name = NULL, dropped_reason = NULL WHERE client_id IN ({c})"),
                    format!("UPDATE appointments SET place_name = '', address = NULL, room = NULL, contact_person = NULL, \
                             contact_phone = NULL, bring = '', outcome = NULL WHERE client_id IN ({c})"),
                    format!("UPDATE referrals SET recipient = '', reason = '', outcome = NULL WHERE client_id IN ({c})"),
                    // Kind and dates stay for the figures; where and what to bring go.
                    format!("UPDATE companion_tasks SET place = '', bring = '' WHERE client_id IN ({c})"),
                    format!("DELETE FROM client_interests WHERE client_id IN ({c})"),
                    format!("UPDATE case_closures SET note = '', moved_to = NULL WHERE client_id IN ({c})"),
                    format!("UPDATE transfers SET reason = NULL WHERE client_id IN ({c})"),
                    format!("UPDATE privacy_requests SET body = '', answer = '', client_key = NULL WHERE client_id IN ({c})"),
                    format!("UPDATE group_participants SET share_first_name = FALSE WHERE client_id IN ({c})"),
                    format!("DELETE FROM access_log WHERE actor_user_id IN ({u})"),
                    format!("DELETE FROM sessions WHERE user_id IN ({u})"),
                    format!("DELETE FROM push_subscriptions WHERE user_id IN ({u})"),
                    format!("DELETE FROM known_devices WHERE user_id IN ({u})"),
                    format!("DELETE FROM notices WHERE user_id IN ({u})"),
                    format!("DELETE FROM kept_forms WHERE user_id IN ({u})"),
                    // Complaints they sent keep their own period (`Complaints`), but no
                    // longer point at them or how to reach them.
                    format!("UPDATE complaints SET sender_user_id = NULL, contact = '' WHERE sender_user_id IN ({u})"),
                ];
                for sql in &statements {
                    sqlx::query(sql).execute(&mut *tx).await?;
                }
                // The intake's choices stay for the figures; free text inside its values goes.
                let sections: Vec<(i64, String, String)> = sqlx::query_as(&format!(
                    "SELECT client_id, section, data FROM intake_sections WHERE client_id IN ({c})"))
                    .fetch_all(&mut *tx).await?;
                for (client, section, data) in sections {
                    if let Some(kept) = choices_only(&section, &data) {
                        sqlx::query("UPDATE intake_sections SET data = $1 WHERE client_id = $2 AND section = $3")
                            .bind(kept).bind(client).bind(&section).execute(&mut *tx).await?;
                    }
                }
                sqlx::query(&format!(
                    "UPDATE users SET display_name = '', email = NULL, login_number = NULL, password_hash = NULL, \
                     phone = NULL, office_hours = NULL, lang = NULL, totp_secret = NULL, totp_enabled_at = NULL, \
                     disabled_at = COALESCE(disabled_at, $1) WHERE id IN ({u})"))
                    .bind(at).execute(&mut *tx).await?;
                sqlx::query(&format!(
                    "UPDATE clients SET first_name = '', last_name = '', phone = NULL, last_contact_on = NULL, \
                     birth_date = CASE WHEN birth_date IS NULL THEN NULL ELSE SUBSTR(birth_date, 1, 4) || '-01-01' END, \
                     household_id = NULL, anonymised_at = $1 WHERE id IN ({c})"))
                    .bind(at).execute(&mut *tx).await?;
                tx.commit().await?;
                done += todo.len() as u64;
            }
        });
        Ok(done)
    }

    /// Claims `day`'s run for this instance: true once per day across every instance
    /// (and again if a claim is an hour old without finishing: that instance died).
    pub async fn claim_retention_run(&self, day: &str) -> DbResult<bool> {
        let at = now();
        let claimed: Option<String> = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO retention_runs (day, claimed_at) VALUES ($1, $2) ON CONFLICT (day) DO UPDATE \
             SET claimed_at = excluded.claimed_at WHERE retention_runs.finished_at IS NULL \
             AND retention_runs.claimed_at < $3 RETURNING day")
            .bind(day).bind(at).bind(at - 3600).fetch_optional(pool).await?);
        Ok(claimed.is_some())
    }

    /// Stores the dry run's report (before acting) or the run's (when done).
    pub async fn record_retention_report(&self, day: &str, mode: Mode, report: &str) -> DbResult<()> {
        let sql = match mode {
            Mode::DryRun => "UPDATE retention_runs SET dry_run = $1 WHERE day = $2",
            Mode::Act => "UPDATE retention_runs SET done = $1, finished_at = $3 WHERE day = $2",
        };
        on_pool!(self, pool => {
            let q = sqlx::query(sql).bind(report).bind(day);
            let q = if mode == Mode::Act { q.bind(now()) } else { q };
            q.execute(pool).await?;
        });
        Ok(())
    }

    /// The latest runs, newest first: (day, dry run, done, finished at).
    pub async fn retention_runs(
        &self,
        limit: i64,
    ) -> DbResult<Vec<(String, Option<String>, Option<String>, Option<i64>)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT day, dry_run, done, finished_at FROM retention_runs ORDER BY day DESC LIMIT $1")
            .bind(limit).fetch_all(pool).await?))
    }
}

impl Store {
    /// Rows in each of `tables` now (names from `lotse_app::privacy::PROCESSING`, never
    /// from a request).
    pub async fn table_rows(&self, tables: &[&str]) -> DbResult<Vec<(String, i64)>> {
        let mut out = vec![];
        for t in tables {
            let sql = format!("SELECT COUNT(*) FROM {t}");
            let n: i64 = on_pool!(self, pool => sqlx::query_scalar(&sql).fetch_one(pool).await?);
            out.push((t.to_string(), n));
        }
        Ok(out)
    }
}
