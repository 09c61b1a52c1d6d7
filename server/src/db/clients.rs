//! Clients, their households, guide assignment and activation codes.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, MunicipalityId, TeamId, UserId};

#[derive(Clone, Debug)]
pub struct NewClient {
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<String>,
    pub preferred_lang: String,
    /// ISO 639 codes.
    pub languages: Vec<String>,
    pub phone: Option<String>,
    pub municipality: MunicipalityId,
    pub login_number: String,
    pub guide: UserId,
    pub team: TeamId,
}

/// Where a client belongs: what authorization decides on.
/// A used activation code.
#[derive(Clone, Copy, Debug)]
pub struct Redeemed {
    pub user: UserId,
    pub client: ClientId,
    /// Set when the client had activated before: the staff member who issued the code.
    pub renewed_by: Option<UserId>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClientScopeRow {
    pub client_id: i64,
    pub user_id: i64,
    pub municipality_id: i64,
    pub guide_id: Option<i64>,
    pub team_id: Option<i64>,
    /// When the current assignment began, and what it may see from before (NULL: all).
    pub assigned_at: Option<i64>,
    pub history_covers: Option<String>,
    /// When the case was closed (its client still reads it; staff reopen it).
    pub closed_at: Option<i64>,
    /// When the record was restricted (§ 84 SGB X): hidden from everyday work.
    pub restricted_at: Option<i64>,
    /// The name every case page shows in its heading, read with the scope so that a
    /// page does not look the record up again for it.
    pub first_name: String,
    pub last_name: String,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct CaseloadRowDb {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    pub languages: String,
    pub last_contact_on: Option<String>,
    pub guide_id: Option<i64>,
    pub guide_name: Option<String>,
    // The last three are filled by grouped queries over a page's ids
    // (`db::caseload`); the list's query leaves them out (on SQLite every value read is
    // copied out and freed again, a quarter of the caseload's CPU at 100,000 clients).
    /// The open step due first: its ISO due date, a space, its text (one subquery
    /// instead of two; see [`CaseloadRowDb::next_step`]).
    #[sqlx(default)]
    pub next_step_due: Option<String>,
    #[sqlx(default)]
    pub next_appointment: Option<i64>,
    /// Open requests from the client, plus steps they asked help with.
    #[sqlx(default)]
    pub open_requests: i64,
}

impl CaseloadRowDb {
    /// (ISO due date, text) of the open step due first.
    pub fn next_step(&self) -> Option<(&str, &str)> {
        let v = self.next_step_due.as_deref()?;
        Some((v.get(..10)?, v.get(11..).unwrap_or_default()))
    }

    pub fn next_due(&self) -> Option<&str> {
        self.next_step().map(|(d, _)| d)
    }
}

/// Narrows a caseload: one team member, one field of action.
#[derive(Clone, Debug, Default)]
pub struct CaseloadNarrowing {
    pub guide: Option<UserId>,
    pub field: Option<String>,
    /// Closed cases instead of open ones.
    pub closed: bool,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct ClientRow {
    pub id: i64,
    pub user_id: i64,
    pub first_name: String,
    pub last_name: String,
    pub birth_date: Option<String>,
    pub preferred_lang: String,
    pub languages: String,
    pub phone: Option<String>,
    pub last_contact_on: Option<String>,
    pub login_number: Option<String>,
    pub activated: bool,
    /// The current guide (none for a case without an assignment).
    pub guide_id: Option<i64>,
    pub guide_name: Option<String>,
    pub guide_phone: Option<String>,
    pub guide_office_hours: Option<String>,
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct HouseholdRow {
    pub first_name: String,
    pub relation: String,
    pub birth_date: Option<String>,
}

/// Which clients a caseload shows.
#[derive(Clone, Copy, Debug)]
pub enum CaseloadFilter {
    Guide(UserId),
    Team(TeamId),
    Municipality(MunicipalityId),
}

/// Who is in a caseload, as SQL on `clients c` joined with their current assignment `a`:
/// the condition with `id` at the parameter `id_param` and today (the deputies' day) at
/// `today_param`, and the id to bind.
pub(super) fn caseload_condition(filter: CaseloadFilter, id_param: &str, today_param: &str) -> (String, i64) {
    match filter {
        // Their own clients, and those of a colleague they stand in for today.
        CaseloadFilter::Guide(g) => (
            format!(
                // One IN over both, not `= OR IN`: the database then reads the guide's
                // current assignments from their index instead of every client (44 → 2 ms
                // at 100,000 clients).
                "a.guide_id IN (SELECT CAST({id_param} AS BIGINT) UNION ALL SELECT d.guide_id FROM deputies d \
                 WHERE d.deputy_id = {id_param} AND d.ended_at IS NULL AND d.starts_on <= {today_param} \
                 AND d.ends_on >= {today_param})"
            ),
            g.0,
        ),
        // (Today is the deputies' day; the other lists have no deputies.)
        CaseloadFilter::Team(t) => (format!("a.team_id = {id_param} AND {today_param} <> ''"), t.0),
        CaseloadFilter::Municipality(m) => (
            format!("c.municipality_id = {id_param} AND {today_param} <> ''"),
            m.0,
        ),
    }
}

/// Splits the stored comma list of language codes.
pub fn split_languages(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// Goals (alias `sg`) the current assignment may see (see `HistoryWindow`).
pub(super) const PLAN_WINDOW: &str = "AND sg.created_at >= CASE WHEN a.history_covers IS NULL \
     OR a.history_covers LIKE '%plan%' THEN 0 ELSE COALESCE(a.history_since, a.started_at) END";

const CLIENT_SELECT: &str =
    "SELECT c.id, c.user_id, c.first_name, c.last_name, c.birth_date, c.preferred_lang, \
     c.languages, c.phone, c.last_contact_on, u.login_number, \
     (u.password_hash IS NOT NULL) AS activated, \
     a.guide_id, g.display_name AS guide_name, g.phone AS guide_phone, g.office_hours AS guide_office_hours \
     FROM clients c JOIN users u ON u.id = c.user_id \
     LEFT JOIN assignments a ON a.client_id = c.id AND a.ended_at IS NULL \
     LEFT JOIN users g ON g.id = a.guide_id";

impl Store {
    /// Creates the client, their (not yet activated) account and the assignment to the
    /// guide in one transaction: nothing half-written if any step fails.
    pub async fn create_client(&self, c: &NewClient) -> DbResult<ClientId> {
        let at = now();
        let languages = c.languages.join(",");
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let user_id: i64 = sqlx::query_scalar(
                "INSERT INTO users (role, display_name, login_number, municipality_id, lang, created_at) \
                 VALUES ('client', $1, $2, $3, $4, $5) RETURNING id")
                .bind(&c.first_name).bind(&c.login_number).bind(c.municipality.0)
                .bind(&c.preferred_lang).bind(at)
                .fetch_one(&mut *tx).await?;
            let client_id: i64 = sqlx::query_scalar(
                "INSERT INTO clients (user_id, municipality_id, first_name, last_name, birth_date, \
                 preferred_lang, languages, phone, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id")
                .bind(user_id).bind(c.municipality.0).bind(&c.first_name).bind(&c.last_name)
                .bind(&c.birth_date).bind(&c.preferred_lang).bind(&languages).bind(&c.phone).bind(at)
                .fetch_one(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO assignments (client_id, guide_id, team_id, started_at) VALUES ($1, $2, $3, $4)")
                .bind(client_id).bind(c.guide.0).bind(c.team.0).bind(at)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok(ClientId(client_id))
        })
    }

    /// The open, unrestricted clients of a caseload by name only: (id, last name, first
    /// name), by last name. For choosing one (linking a household), where the caseload's
    /// next steps and appointments would be work for nothing.
    pub async fn caseload_names(&self, filter: CaseloadFilter) -> DbResult<Vec<(i64, String, String)>> {
        let (condition, id) = caseload_condition(filter, "$1", "$2");
        let sql = format!(
            "SELECT c.id, c.last_name, c.first_name FROM everyday_clients c \
             LEFT JOIN assignments a ON a.client_id = c.id AND a.ended_at IS NULL \
             WHERE c.closed_at IS NULL AND {condition} \
             ORDER BY c.last_name, c.first_name, c.id"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(id).bind(crate::time::today_iso()).fetch_all(pool).await?))
    }

    pub async fn client_scope(&self, id: ClientId) -> DbResult<Option<ClientScopeRow>> {
        self.scope_where("c.id = $1", id.0).await
    }

    /// The case matching `condition` (one `$1` parameter) with its current assignment,
    /// open or closed: a closed case is read-only (see `permission::ClientAccess::is_closed`).
    async fn scope_where(&self, condition: &str, value: i64) -> DbResult<Option<ClientScopeRow>> {
        let sql = format!(
            "SELECT c.id AS client_id, c.user_id, c.municipality_id, a.guide_id, a.team_id, \
             COALESCE(a.history_since, a.started_at) AS assigned_at, a.history_covers, c.closed_at, \
             c.restricted_at, c.first_name, c.last_name FROM clients c \
             LEFT JOIN assignments a ON a.client_id = c.id AND a.ended_at IS NULL \
             WHERE {condition}"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(value).fetch_optional(pool).await?))
    }

    /// The clients of a caseload with what the guide needs at a glance, all at once, by
    /// one query with subqueries per client. The list is served by
    /// [`Store::caseload_page`](super::caseload) now; this stays as the reference its
    /// test compares with. Steps from before a handover the plan consent did not cover
    /// stay hidden here too.
    ///
    /// Health is special category: a step's text is shown only to the client's own
    /// guide (`viewer`) when it belongs to a health goal, and a coordinator's
    /// municipality-wide list shows no step texts at all, only due dates. Nobody but
    /// a guide in their own list can narrow by the health field: a list of "clients with
    /// a health goal" would tell what the texts do not.
    pub async fn caseload(
        &self,
        filter: CaseloadFilter,
        narrowing: &CaseloadNarrowing,
        viewer: UserId,
        now: i64,
    ) -> DbResult<Vec<CaseloadRowDb>> {
        let (condition, id) = caseload_condition(filter, "$1", "$8");
        let sql = format!(
            "SELECT c.id, c.first_name, c.last_name, c.languages, c.last_contact_on, \
             a.guide_id, g.display_name AS guide_name, \
             (SELECT s.due_on || ' ' || CASE WHEN $5 = 0 THEN '' \
                WHEN sg.field = 'health' AND (a.guide_id IS NULL OR a.guide_id <> $6) THEN '' ELSE s.text END \
                FROM plan_steps s JOIN goals sg ON sg.id = s.goal_id \
                WHERE s.client_id = c.id AND s.status = 'open' AND s.due_on IS NOT NULL {PLAN_WINDOW} \
                ORDER BY s.due_on, s.id LIMIT 1) AS next_step_due, \
             (SELECT MIN(ap.starts_at) FROM appointments ap WHERE ap.client_id = c.id \
                AND ap.status = 'planned' AND ap.starts_at >= $2) AS next_appointment, \
             (SELECT COUNT(*) FROM client_requests r WHERE r.client_id = c.id AND r.status = 'open') \
             + (SELECT COUNT(*) FROM plan_steps s WHERE s.client_id = c.id AND s.status = 'open' \
                AND s.help_requested_at IS NOT NULL) AS open_requests \
             FROM everyday_clients c \
             LEFT JOIN assignments a ON a.client_id = c.id AND a.ended_at IS NULL \
             LEFT JOIN users g ON g.id = a.guide_id \
             WHERE ((c.closed_at IS NULL) = ($7 = 0)) AND {condition} \
             AND ($3 = 0 OR a.guide_id = $3) \
             AND ($4 = '' OR EXISTS (SELECT 1 FROM goals fg WHERE fg.client_id = c.id \
                AND fg.field = $4 AND fg.status = 'open')) \
             ORDER BY c.last_name, c.first_name, c.id"
        );
        let guide = narrowing.guide.map(|g| g.0).unwrap_or(0);
        let own_list = matches!(filter, CaseloadFilter::Guide(g) if g == viewer);
        let field = narrowing
            .field
            .clone()
            .filter(|f| own_list || f != super::case_file::HEALTH_FIELD)
            .unwrap_or_default();
        let texts = i64::from(!matches!(filter, CaseloadFilter::Municipality(_)));
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(id).bind(now).bind(guide).bind(&field)
            .bind(texts).bind(viewer.0).bind(i64::from(narrowing.closed)).bind(crate::time::today_iso()).fetch_all(pool).await?),
        )
    }

    /// The client's master data; reached through [`super::case_file::CaseFile::overview`].
    pub(super) async fn client_row(&self, id: ClientId) -> DbResult<Option<ClientRow>> {
        let sql = format!("{CLIENT_SELECT} WHERE c.id = $1");
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(id.0).fetch_optional(pool).await?))
    }

    pub async fn set_last_contact(&self, id: ClientId, date: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE clients SET last_contact_on = $1, version = version + 1 WHERE id = $2")
            .bind(date).bind(id.0).execute(pool).await.map(|_| ())?);
        Ok(())
    }

    // --- activation codes ---

    /// Issues a new code and revokes every earlier unused one, atomically.
    pub async fn issue_activation_code(
        &self,
        id: ClientId,
        code_hash: &str,
        by: UserId,
        expires_at: i64,
    ) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("UPDATE activation_codes SET revoked_at = $1 WHERE client_id = $2 AND used_at IS NULL AND revoked_at IS NULL")
                .bind(at).bind(id.0).execute(&mut *tx).await?;
            sqlx::query("INSERT INTO activation_codes (client_id, code_hash, created_by, created_at, expires_at) \
                         VALUES ($1, $2, $3, $4, $5)")
                .bind(id.0).bind(code_hash).bind(by.0).bind(at).bind(expires_at)
                .execute(&mut *tx).await?;
            tx.commit().await?;
            Ok::<(), sqlx::Error>(())
        })?;
        Ok(())
    }

    /// Expiry of the client's current unused code, if one is valid.
    pub async fn pending_activation(&self, id: ClientId, now: i64) -> DbResult<Option<i64>> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT MAX(expires_at) FROM activation_codes WHERE client_id = $1 AND used_at IS NULL \
             AND revoked_at IS NULL AND expires_at > $2")
            .bind(id.0).bind(now).fetch_one(pool).await?))
    }

    /// Redeems a code and sets the client's PIN hash in one transaction. Returns the
    /// client's user id, or None when the code is unknown, used, revoked or expired.
    /// Whether a code could be redeemed now (checked before the PIN is hashed, so that
    /// guessed codes cost no Argon2 time).
    pub async fn activation_code_open(&self, code_hash: &str, now: i64) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM activation_codes WHERE code_hash = $1 AND used_at IS NULL \
             AND revoked_at IS NULL AND expires_at > $2")
            .bind(code_hash).bind(now).fetch_one(pool).await?);
        Ok(n > 0)
    }

    /// Uses the code and sets the PIN in one transaction. When the client had
    /// activated before (a code reissued after a lost phone), the renewal is recorded
    /// with the staff member who issued the code, for the client to see.
    pub async fn redeem_activation_code(
        &self,
        code_hash: &str,
        pin_hash: &str,
        now: i64,
    ) -> DbResult<Option<Redeemed>> {
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            let code: Option<(i64, i64)> = sqlx::query_as(
                "UPDATE activation_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL \
                 AND revoked_at IS NULL AND expires_at > $1 RETURNING client_id, created_by")
                .bind(now).bind(code_hash).fetch_optional(&mut *tx).await?;
            let Some((client, issued_by)) = code else { return Ok(None) };
            let (user, activated_before): (i64, bool) = sqlx::query_as(
                "SELECT c.user_id, u.password_hash IS NOT NULL FROM clients c JOIN users u ON u.id = c.user_id \
                 WHERE c.id = $1 AND c.closed_at IS NULL")
                .bind(client).fetch_one(&mut *tx).await?;
            sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
                .bind(pin_hash).bind(user).execute(&mut *tx).await?;
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
            // A new phone: the old one gets no more notifications either.
            sqlx::query("DELETE FROM push_subscriptions WHERE user_id = $1").bind(user).execute(&mut *tx).await?;
            if activated_before {
                sqlx::query("UPDATE clients SET access_renewed_at = $1, access_renewed_by = $2 WHERE id = $3")
                    .bind(now).bind(issued_by).bind(client).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(Some(Redeemed {
                user: UserId(user),
                client: ClientId(client),
                renewed_by: activated_before.then_some(UserId(issued_by)),
            }))
        })
    }

    /// The last renewal of a client's access by staff within `since`: (when, by whom).
    /// The home page reads it with its other notices in one statement
    /// (`CaseFile::home_notices`); kept as the reference the test
    /// `self_service::home_notices_are_what_the_three_reads_said` compares that with.
    pub async fn access_renewal(&self, client: ClientId, since: i64) -> DbResult<Option<(i64, String)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT c.access_renewed_at, u.display_name FROM clients c JOIN users u ON u.id = c.access_renewed_by \
             WHERE c.id = $1 AND c.access_renewed_at >= $2")
            .bind(client.0).bind(since).fetch_optional(pool).await?))
    }

    /// Ends every session of a user (a lost phone: the old one must not stay signed in,
    /// nor get notifications).
    pub async fn end_sessions_of(&self, user: UserId) -> DbResult<()> {
        self.delete_user_sessions(user).await
    }

    pub async fn login_number_taken(&self, number: &str) -> DbResult<bool> {
        let n: i64 = on_pool!(self, pool => sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE login_number = $1")
            .bind(number).fetch_one(pool).await?);
        Ok(n > 0)
    }
}
