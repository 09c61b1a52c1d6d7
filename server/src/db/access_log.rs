//! The access log: who read or changed which case, and when (GDPR accountability).

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, Role, UserId};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct AccessEntry {
    pub at: i64,
    pub actor_user_id: i64,
    pub actor_role: String,
    pub client_id: Option<i64>,
    pub action: String,
    pub detail: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct NamedAccessEntry {
    pub at: i64,
    pub actor_name: String,
    pub actor_role: String,
    pub action: String,
    pub detail: String,
}

/// What was done to a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Read,
    Create,
    Update,
    IssueActivationCode,
    Activate,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Read => "read",
            Action::Create => "create",
            Action::Update => "update",
            Action::IssueActivationCode => "issue_activation_code",
            Action::Activate => "activate",
        }
    }
}

/// Whether an access-log line may carry this detail: none, or one that has its message.
fn known_detail(detail: &str) -> bool {
    detail.is_empty() || lotse_app::privacy::ACCESS_DETAILS.contains(&detail)
}

/// The looks this server has seen logged today, for the looks logged once a day (a
/// client's own pages, a client in a team's or municipality's list): the day's later
/// looks ask the database nothing. On a client's page that was one statement of six or
/// seven, ~80 µs of the machine on PostgreSQL; on a team's caseload the list of its
/// clients not yet seen today, 84 µs of PostgreSQL's time. Only what the database holds
/// is kept: a line found or written (committed) today, so a server without this memory
/// (a second instance, a restart) asks and finds the same line. Kept for one day, and
/// forgotten whole when it would grow past `LOOKS_KEPT`.
#[derive(Clone, Debug, Default)]
pub struct LoggedToday(Arc<Mutex<SeenOn>>);

/// A look at a client's record: the client, the person, the detail logged.
type Look = (i64, i64, String);

/// The looks found logged on one day (the day's start).
#[derive(Debug, Default)]
struct SeenOn {
    day: i64,
    looks: HashSet<Look>,
}

/// Looks kept at most (~100 bytes each: ~10 MB).
const LOOKS_KEPT: usize = 100_000;

impl LoggedToday {
    fn seen(&self, day_start: i64, look: &Look) -> bool {
        self.0
            .lock()
            .is_ok_and(|seen| seen.day == day_start && seen.looks.contains(look))
    }

    fn keep(&self, day_start: i64, looks: impl IntoIterator<Item = Look>) {
        if let Ok(mut seen) = self.0.lock() {
            if seen.day != day_start || seen.looks.len() >= LOOKS_KEPT {
                *seen = SeenOn {
                    day: day_start,
                    looks: HashSet::new(),
                };
            }
            seen.looks.extend(looks);
        }
    }
}

impl Store {
    pub async fn log_access(
        &self,
        actor: UserId,
        role: Role,
        client: Option<ClientId>,
        action: Action,
        detail: &str,
    ) -> DbResult<()> {
        debug_assert!(
            known_detail(detail),
            "access-log detail {detail:?} has no message"
        );
        on_pool!(self, pool => sqlx::query(
            "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) \
             VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(now()).bind(actor.0).bind(role.as_str()).bind(client.map(|c| c.0))
            .bind(action.as_str()).bind(detail).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    /// Reads of several areas of one record, in one statement (one durable write).
    pub async fn log_reads(
        &self,
        actor: UserId,
        role: Role,
        client: ClientId,
        areas: &[&'static str],
    ) -> DbResult<()> {
        if areas.is_empty() {
            return Ok(());
        }
        debug_assert!(
            areas.iter().all(|a| known_detail(a)),
            "an area of {areas:?} has no message"
        );
        if let Some(log) = &self.read_log {
            // The request's connection goes back to the pool while the read waits for
            // its commit (a flush to the disk, shared with the reads waiting with it):
            // held meanwhile, SQLite's eight connections capped the case pages while
            // the machine sat partly idle. The page's next query takes one again.
            let write = log.write(now(), actor.0, role.as_str(), client.0, areas);
            return super::lease::outside(write).await;
        }
        let rows = (0..areas.len())
            .map(|i| format!("($1, $2, $3, $4, 'read', ${})", i + 5))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) VALUES {rows}"
        );
        on_pool!(self, pool => {
            let mut q = sqlx::query(&sql).bind(now()).bind(actor.0).bind(role.as_str()).bind(client.0);
            for area in areas {
                q = q.bind(*area);
            }
            q.execute(pool).await.map(|_| ())?
        });
        Ok(())
    }

    /// A client's own look at a page of their record: logged once a day per page. The
    /// line says the record was read and by whom; a line for every reload of the home
    /// page said nothing more and cost a durable write on every view (the one write of
    /// the client's most visited page). Staff reads stay logged each time.
    pub async fn log_own_read(&self, actor: UserId, client: ClientId, page: &str) -> DbResult<()> {
        let day_start = crate::time::to_unix(&crate::time::today_iso(), 0, 0).unwrap_or(0);
        let look = (client.0, actor.0, page.to_string());
        if self.logged_today.seen(day_start, &look) {
            return Ok(());
        }
        // The last such line, compared with the day's start here: with `at >= $day` in
        // the statement PostgreSQL found a plan for each day's value cheaper than its
        // general one and planned the statement on every page (65 µs for 6 µs of work).
        let last: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT at FROM access_log WHERE client_id = $1 AND actor_user_id = $2 \
             AND action = 'read' AND detail = $3 ORDER BY at DESC LIMIT 1")
            .bind(client.0).bind(actor.0).bind(page).fetch_optional(pool).await?);
        if last.is_none_or(|at| at < day_start) {
            self.log_access(actor, Role::Client, Some(client), Action::Read, page)
                .await?;
        }
        self.logged_today.keep(day_start, [look]);
        Ok(())
    }

    /// Logs that `actor` saw these clients in a list (a team's or a municipality's
    /// caseload): one line per client and day, so the client's "who opened my file"
    /// shows the coordinator who looked, without a line for every reload.
    pub async fn log_list_view(
        &self,
        actor: UserId,
        role: Role,
        clients: &[ClientId],
        detail: &str,
    ) -> DbResult<()> {
        if clients.is_empty() {
            return Ok(());
        }
        debug_assert!(
            known_detail(detail),
            "access-log detail {detail:?} has no message"
        );
        let day_start = crate::time::to_unix(&crate::time::today_iso(), 0, 0).unwrap_or(0);
        let look = |c: &i64| (*c, actor.0, detail.to_string());
        let ids: Vec<i64> = clients
            .iter()
            .map(|c| c.0)
            .filter(|c| !self.logged_today.seen(day_start, &look(c)))
            .collect();
        if ids.is_empty() {
            return Ok(());
        }
        // Which of them this person has not seen in a list today: read first, so that
        // the reloads of a day (all but the first) write nothing. An INSERT that adds
        // no row still takes SQLite's one write lock, and every view of a team's list
        // queued for it behind the others (p99 89 ms against a median of 31).
        let unseen = format!(
            "SELECT c.id FROM clients c WHERE {} AND NOT EXISTS (SELECT 1 FROM access_log l \
             WHERE l.client_id = c.id AND l.actor_user_id = $1 AND l.detail = $2 AND l.at >= $3)",
            self.in_id_set("c.id", 4)
        );
        let unseen: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(&unseen)
            .bind(actor.0).bind(detail).bind(day_start).bind(self.id_set(&ids)).fetch_all(pool).await?);
        if unseen.is_empty() {
            self.logged_today.keep(day_start, ids.iter().map(look));
            return Ok(());
        }
        // One statement for all of them, checked again (another view may have written
        // some since).
        let sql = format!(
            "INSERT INTO access_log (at, actor_user_id, actor_role, client_id, action, detail) \
             SELECT $1, $2, $3, c.id, 'read', $4 FROM clients c WHERE {} \
             AND NOT EXISTS (SELECT 1 FROM access_log l WHERE l.client_id = c.id \
             AND l.actor_user_id = $2 AND l.detail = $4 AND l.at >= $5)",
            self.in_id_set("c.id", 6)
        );
        on_pool!(self, pool => sqlx::query(&sql)
            .bind(now()).bind(actor.0).bind(role.as_str()).bind(detail).bind(day_start).bind(self.id_set(&unseen))
            .execute(pool).await.map(|_| ())?);
        self.logged_today.keep(day_start, ids.iter().map(look));
        Ok(())
    }

    pub async fn access_log_for_client(&self, client: ClientId, limit: i64) -> DbResult<Vec<AccessEntry>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT at, actor_user_id, actor_role, client_id, action, detail FROM access_log \
             WHERE client_id = $1 ORDER BY at DESC, id DESC LIMIT $2")
            .bind(client.0).bind(limit).fetch_all(pool).await?))
    }

    /// The case's access log with the actors' names, newest first, from `since` on.
    pub(super) async fn access_log_with_names(
        &self,
        client: ClientId,
        since: i64,
        limit: i64,
    ) -> DbResult<Vec<NamedAccessEntry>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT l.at, u.display_name AS actor_name, l.actor_role, l.action, l.detail \
             FROM access_log l JOIN users u ON u.id = l.actor_user_id \
             WHERE l.client_id = $1 AND l.at >= $2 ORDER BY l.at DESC, l.id DESC LIMIT $3")
            .bind(client.0).bind(since).bind(limit).fetch_all(pool).await?))
    }

    /// Who of the staff opened or changed this client's file (for the client's own
    /// "my data" page: never the client's own visits, never anyone else's file).
    pub(super) async fn staff_access_to(
        &self,
        client: ClientId,
        limit: i64,
    ) -> DbResult<Vec<NamedAccessEntry>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT l.at, u.display_name AS actor_name, l.actor_role, l.action, l.detail \
             FROM access_log l JOIN users u ON u.id = l.actor_user_id \
             WHERE l.client_id = $1 AND l.actor_role <> 'client' ORDER BY l.at DESC, l.id DESC LIMIT $2")
            .bind(client.0).bind(limit).fetch_all(pool).await?))
    }
}

/// One line of the access log as the data-protection officer reads it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct LogLine {
    pub at: i64,
    pub actor_user_id: i64,
    pub actor_name: String,
    pub actor_role: String,
    pub client_id: Option<i64>,
    pub client_name: Option<String>,
    pub action: String,
    pub detail: String,
}

/// What the officer narrows the log by. Times are Unix seconds, `to` exclusive.
#[derive(Clone, Debug, Default)]
pub struct LogFilter {
    pub actor: Option<UserId>,
    pub client: Option<ClientId>,
    pub from: i64,
    pub to: i64,
    /// `read`, `create`, `update`, … (None: every kind).
    pub action: Option<String>,
}

/// One account that opened many files in one hour: worth a look (a guide working
/// through their caseload does not reach the threshold; someone browsing does).
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct Burst {
    pub actor_user_id: i64,
    pub actor_name: String,
    /// The hour's start, Unix seconds.
    pub hour: i64,
    pub clients: i64,
}

/// Distinct files one account must open within an hour to show as unusual.
pub const BURST_THRESHOLD: i64 = 20;

/// Lines of list views (one per client and day when a caseload or a calendar feed was
/// shown) are not files opened: they do not count toward a burst.
const NOT_OPENED: &str = "l.detail NOT IN ('caseload', 'calendar-feed')";

impl Store {
    /// The log of one municipality, newest first: lines about its clients and lines
    /// written by its staff (an erased client's lines keep the staff member and time).
    pub async fn access_log_search(
        &self,
        municipality: MunicipalityId,
        f: &LogFilter,
        limit: i64,
    ) -> DbResult<Vec<LogLine>> {
        let action = f.action.clone().unwrap_or_default();
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT l.at, l.actor_user_id, u.display_name AS actor_name, l.actor_role, l.client_id, \
             c.first_name || ' ' || c.last_name AS client_name, l.action, l.detail \
             FROM access_log l JOIN users u ON u.id = l.actor_user_id LEFT JOIN clients c ON c.id = l.client_id \
             WHERE (c.municipality_id = $1 OR (l.client_id IS NULL AND u.municipality_id = $1)) \
             AND l.at >= $2 AND l.at < $3 AND ($4 = 0 OR l.actor_user_id = $4) \
             AND ($5 = 0 OR l.client_id = $5) AND ($6 = '' OR l.action = $6) \
             ORDER BY l.at DESC, l.id DESC LIMIT $7")
            .bind(municipality.0).bind(f.from).bind(f.to).bind(f.actor.map(|a| a.0).unwrap_or(0))
            .bind(f.client.map(|c| c.0).unwrap_or(0)).bind(&action).bind(limit)
            .fetch_all(pool).await?))
    }

    /// Accounts that opened at least [`BURST_THRESHOLD`] different files of the
    /// municipality's clients within one clock hour in the period, most first.
    pub async fn access_bursts(
        &self,
        municipality: MunicipalityId,
        from: i64,
        to: i64,
    ) -> DbResult<Vec<Burst>> {
        let sql = format!(
            "SELECT l.actor_user_id, u.display_name AS actor_name, (l.at / 3600) * 3600 AS hour, \
             COUNT(DISTINCT l.client_id) AS clients \
             FROM access_log l JOIN users u ON u.id = l.actor_user_id JOIN clients c ON c.id = l.client_id \
             WHERE c.municipality_id = $1 AND l.at >= $2 AND l.at < $3 AND l.actor_role <> 'client' AND {NOT_OPENED} \
             GROUP BY l.actor_user_id, u.display_name, (l.at / 3600) * 3600 \
             HAVING COUNT(DISTINCT l.client_id) >= $4 ORDER BY clients DESC, hour DESC LIMIT 50"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(municipality.0).bind(from).bind(to).bind(BURST_THRESHOLD).fetch_all(pool).await?))
    }

    /// Staff of the municipality who appear in its log, for the filter's list: (id, name).
    pub async fn access_log_actors(&self, municipality: MunicipalityId) -> DbResult<Vec<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT id, display_name FROM users WHERE municipality_id = $1 AND role <> 'client' \
             AND role <> 'volunteer' ORDER BY display_name, id")
            .bind(municipality.0).fetch_all(pool).await?))
    }
}
