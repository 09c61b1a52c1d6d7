//! The caseload as pages: who is in it (one query over clients and their current
//! assignment), then what the list shows of each (the next step, the next appointment,
//! open requests) by grouped queries over the ids of the page, not by subqueries per
//! client of the whole list.
//!
//! Ordered by name or by last contact, without a search, the database pages and counts
//! (a coordinator's list of every client of a municipality reads one page). Ordered by
//! the next due step or appointment, or searched by name (the search forgives spelling
//! by sound, see `crate::search`), the keys of every client of the list are read by the
//! same grouped queries, ordered here and cut to the page.
//! `Store::caseload` (the query this replaced) stays as the reference the test
//! `caseload::the_paged_caseload_is_the_caseload_it_replaced` compares against.

use super::clients::{caseload_condition, CaseloadFilter, CaseloadNarrowing, CaseloadRowDb, PLAN_WINDOW};
use super::{on_pool, Backend, DbResult, Store};
use crate::search::NameQuery;
use lotse_app::domain::UserId;
use std::collections::HashMap;

/// How a caseload is ordered (the list's `sort`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseloadOrder {
    /// Overdue first, then by due date; clients without open steps last.
    Due,
    /// Longest without contact first (never contacted before all).
    Contact,
    /// The next appointment first; clients without one last.
    Appointment,
    Name,
}

impl CaseloadOrder {
    pub fn parse(s: &str) -> Option<CaseloadOrder> {
        match s {
            "due" => Some(CaseloadOrder::Due),
            "contact" => Some(CaseloadOrder::Contact),
            "appointment" => Some(CaseloadOrder::Appointment),
            "name" => Some(CaseloadOrder::Name),
            _ => None,
        }
    }
}

/// Orders rows that come in name order; ties keep it.
pub fn sort_rows(rows: &mut [CaseloadRowDb], order: CaseloadOrder) {
    match order {
        CaseloadOrder::Due => rows.sort_by(|a, b| {
            (a.next_due().is_none(), a.next_due(), &a.last_name).cmp(&(
                b.next_due().is_none(),
                b.next_due(),
                &b.last_name,
            ))
        }),
        CaseloadOrder::Contact => rows.sort_by(|a, b| {
            (a.last_contact_on.is_some(), &a.last_contact_on)
                .cmp(&(b.last_contact_on.is_some(), &b.last_contact_on))
        }),
        CaseloadOrder::Appointment => {
            rows.sort_by_key(|r| (r.next_appointment.is_none(), r.next_appointment))
        }
        CaseloadOrder::Name => {}
    }
}

/// One page of a caseload.
#[derive(Debug)]
pub struct CaseloadPage {
    pub rows: Vec<CaseloadRowDb>,
    /// Clients on all pages.
    pub total: i64,
    /// A team's list: the guides of its clients (for narrowing to one), by name.
    pub guides: Vec<(i64, String)>,
}

/// What to read: the list, its order, a name search, and the page (its first row from
/// the total, so that a page asked for beyond the end shows the last).
pub struct CaseloadAsk<'a> {
    pub filter: CaseloadFilter,
    pub narrowing: &'a CaseloadNarrowing,
    pub viewer: UserId,
    pub now: i64,
    pub order: CaseloadOrder,
    pub search: Option<&'a NameQuery>,
    pub per_page: i64,
    pub offset: &'a (dyn Fn(i64) -> i64 + Sync),
}

impl Store {
    pub async fn caseload_page(&self, ask: &CaseloadAsk<'_>) -> DbResult<CaseloadPage> {
        let (condition, id) = caseload_condition(ask.filter, "$1", "$2");
        let own_list = matches!(ask.filter, CaseloadFilter::Guide(g) if g == ask.viewer);
        let field = ask
            .narrowing
            .field
            .clone()
            .filter(|f| own_list || f != super::case_file::HEALTH_FIELD)
            .unwrap_or_default();
        let guide = ask.narrowing.guide.map(|g| g.0).unwrap_or(0);
        let closed = i64::from(ask.narrowing.closed);
        let today = crate::time::today_iso();
        // A guide's or a team's list holds only clients with a current assignment: an
        // inner join lets the database start from the assignments' index (a left join
        // made it read every client first). A municipality's list has cases without one.
        let join = match ask.filter {
            CaseloadFilter::Municipality(_) => "LEFT JOIN",
            CaseloadFilter::Guide(_) | CaseloadFilter::Team(_) => "JOIN",
        };
        // On PostgreSQL only the narrowings asked for are written out; one not asked
        // for still names its parameter (`IS NOT NULL`, always true, which a plan counts
        // as keeping almost every row). Written as `($3 = 0 OR a.guide_id = $3)`,
        // PostgreSQL found a plan for the values cheaper than its general plan and
        // planned the list afresh on every run: 273 µs of planning for 123 µs of work,
        // and as much again for a team's guides (`pg_stat_statements`, 2026-12-07); now
        // 3–4 µs. SQLite keeps the general form: it plans without the values anyway, and
        // a written-out `c.closed_at IS NULL` made it start from the clients instead of
        // the guide's assignments (a caseload of 150 at 100,000 clients: 37 ms a page).
        let written_out = matches!(self.backend, Backend::Postgres(_));
        let closed_clause = match (written_out, closed) {
            (false, _) => "((c.closed_at IS NULL) = ($5 = 0))",
            (true, 0) => "c.closed_at IS NULL AND CAST($5 AS BIGINT) IS NOT NULL",
            (true, _) => "c.closed_at IS NOT NULL AND CAST($5 AS BIGINT) IS NOT NULL",
        };
        let guide_clause = match (written_out, guide) {
            (false, _) => "($3 = 0 OR a.guide_id = $3)",
            (true, 0) => "CAST($3 AS BIGINT) IS NOT NULL",
            (true, _) => "a.guide_id = $3",
        };
        let has_goal = "EXISTS (SELECT 1 FROM goals fg WHERE fg.client_id = c.id AND fg.field = $4 AND fg.status = 'open')";
        let field_clause = match (written_out, field.is_empty()) {
            (false, _) => format!("($4 = '' OR {has_goal})"),
            (true, true) => "CAST($4 AS TEXT) IS NOT NULL".to_string(),
            (true, false) => has_goal.to_string(),
        };
        let from_where = format!(
            "FROM everyday_clients c \
             {join} assignments a ON a.client_id = c.id AND a.ended_at IS NULL \
             LEFT JOIN users g ON g.id = a.guide_id \
             WHERE {closed_clause} AND {condition} \
             AND {guide_clause} AND {field_clause}"
        );
        // What a row shows besides is read for the page's ids below.
        let columns = "c.id, c.first_name, c.last_name, c.languages, c.last_contact_on, \
             a.guide_id, g.display_name AS guide_name";
        let paged_here =
            ask.search.is_none() && matches!(ask.order, CaseloadOrder::Name | CaseloadOrder::Contact);
        let team = matches!(ask.filter, CaseloadFilter::Team(_));
        // A team's guides, when its whole list was read (else one more statement).
        let mut found_guides: Option<Vec<(i64, String)>> = None;
        let mut facts_read = false;
        let (mut rows, total) = if paged_here {
            let total: i64 = on_pool!(self, pool => sqlx::query_scalar(&format!("SELECT COUNT(*) {from_where}"))
                .bind(id).bind(&today).bind(guide).bind(&field).bind(closed).fetch_one(pool).await?);
            let by_contact = if ask.order == CaseloadOrder::Contact {
                "CASE WHEN c.last_contact_on IS NULL THEN 0 ELSE 1 END, c.last_contact_on, "
            } else {
                ""
            };
            let sql = format!(
                "SELECT {columns} {from_where} ORDER BY {by_contact}c.last_name, c.first_name, c.id LIMIT $6 OFFSET $7"
            );
            let rows: Vec<CaseloadRowDb> = on_pool!(self, pool => sqlx::query_as(&sql)
                .bind(id).bind(&today).bind(guide).bind(&field).bind(closed)
                .bind(ask.per_page).bind((ask.offset)(total)).fetch_all(pool).await?);
            (rows, total)
        } else {
            let sql = format!("SELECT {columns} {from_where} ORDER BY c.last_name, c.first_name, c.id");
            let mut rows: Vec<CaseloadRowDb> = on_pool!(self, pool => sqlx::query_as(&sql)
                .bind(id).bind(&today).bind(guide).bind(&field).bind(closed).fetch_all(pool).await?);
            if let Some(search) = ask.search {
                rows.retain(|r| search.matches(&format!("{} {}", r.first_name, r.last_name)));
            }
            // The whole list is read: what is shown of each is read with it when the list
            // is one page (a guide's own caseload), else what the order needs now and the
            // rest for the page's rows below.
            let whole = rows.len() as i64 <= ask.per_page;
            match ask.order {
                CaseloadOrder::Due if whole => self.fill_row_facts(&mut rows, ask, true, true).await?,
                CaseloadOrder::Due => self.fill_next_steps(&mut rows, ask).await?,
                CaseloadOrder::Appointment => self.fill_next_appointments(&mut rows, ask.now).await?,
                _ => {}
            }
            facts_read = whole && ask.order == CaseloadOrder::Due;
            sort_rows(&mut rows, ask.order);
            // A team's guides are those of its clients: this list names them all.
            if team {
                found_guides = Some(
                    rows.iter()
                        .filter_map(|r| Some((r.guide_id?, r.guide_name.clone()?)))
                        .collect(),
                );
            }
            let total = rows.len() as i64;
            let rows: Vec<_> = rows
                .into_iter()
                .skip((ask.offset)(total).max(0) as usize)
                .take(ask.per_page.max(0) as usize)
                .collect();
            (rows, total)
        };
        // What the page shows of each client.
        if !facts_read {
            let steps = ask.order != CaseloadOrder::Due;
            self.fill_row_facts(&mut rows, ask, steps, ask.order != CaseloadOrder::Appointment)
                .await?;
        }
        let guides = if team {
            let sql = format!(
                "SELECT DISTINCT a.guide_id, g.display_name {from_where} AND a.guide_id IS NOT NULL AND g.display_name IS NOT NULL"
            );
            let mut guides: Vec<(i64, String)> = match found_guides {
                Some(g) => g,
                None => on_pool!(self, pool => sqlx::query_as(&sql)
                    .bind(id).bind(&today).bind(guide).bind(&field).bind(closed).fetch_all(pool).await?),
            };
            guides.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
            guides.dedup();
            guides
        } else {
            vec![]
        };
        Ok(CaseloadPage { rows, total, guides })
    }

    /// The open step due first of each client (to sort the whole list by it).
    async fn fill_next_steps(&self, rows: &mut [CaseloadRowDb], ask: &CaseloadAsk<'_>) -> DbResult<()> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let sql = format!("SELECT client_id, next {}", self.next_steps_of(1, 2, 3));
        let found: Vec<(i64, String)> = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(shows_step_texts(ask)).bind(ask.viewer.0).bind(self.id_set(&ids)).fetch_all(pool).await?);
        let mut next: HashMap<i64, String> = found.into_iter().collect();
        for r in rows.iter_mut() {
            r.next_step_due = next.remove(&r.id);
        }
        Ok(())
    }

    /// `FROM … WHERE …` of the open step due first of each client of the set (`$ids`),
    /// as `client_id` and `next` (its date, a space, its text), with its text where this
    /// list may show it (`$texts` 1): a health step's only to the client's own guide
    /// (`$viewer`), and none in a municipality's list. Steps from before a handover the
    /// plan consent did not cover stay hidden.
    fn next_steps_of(&self, texts: usize, viewer: usize, ids: usize) -> String {
        format!(
            "FROM (SELECT s.client_id, s.due_on || ' ' || CASE WHEN ${texts} = 0 THEN '' \
               WHEN sg.field = 'health' AND (a.guide_id IS NULL OR a.guide_id <> ${viewer}) THEN '' ELSE s.text END AS next, \
               ROW_NUMBER() OVER (PARTITION BY s.client_id ORDER BY s.due_on, s.id) AS n \
             FROM plan_steps s JOIN goals sg ON sg.id = s.goal_id \
             LEFT JOIN assignments a ON a.client_id = s.client_id AND a.ended_at IS NULL \
             WHERE {} AND s.status = 'open' AND s.due_on IS NOT NULL {PLAN_WINDOW}) x \
             WHERE n = 1",
            self.in_id_set("s.client_id", ids)
        )
    }

    /// What the list shows of each client of `rows`, in one statement (on PostgreSQL
    /// each statement is a round trip; on SQLite a hop to the connection's thread): the
    /// next step (unless `steps` is false: read already, to sort by it), the next
    /// appointment (likewise), and the open requests: the client's own plus the steps
    /// they asked help with.
    async fn fill_row_facts(
        &self,
        rows: &mut [CaseloadRowDb],
        ask: &CaseloadAsk<'_>,
        steps: bool,
        appointments: bool,
    ) -> DbResult<()> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let of_page = self.in_id_set("client_id", 2);
        // Each part is a kind of fact: 0 the next appointment, 1 open requests (summed
        // here), 2 the next step. Parameters a part left out names are bound anyway
        // (their types go with the statement, so PostgreSQL accepts them unused).
        let mut parts = vec![format!(
            "SELECT client_id, CAST(1 AS BIGINT) AS kind, COUNT(*) AS n, '' AS next FROM client_requests \
             WHERE {of_page} AND status = 'open' GROUP BY client_id \
             UNION ALL SELECT client_id, CAST(1 AS BIGINT), COUNT(*), '' FROM plan_steps WHERE {of_page} \
             AND status = 'open' AND help_requested_at IS NOT NULL GROUP BY client_id"
        )];
        if appointments {
            parts.push(format!(
                "SELECT client_id, CAST(0 AS BIGINT), MIN(starts_at), '' FROM appointments \
                 WHERE {of_page} AND status = 'planned' AND starts_at >= $1 GROUP BY client_id"
            ));
        }
        if steps {
            parts.push(format!(
                "SELECT client_id, CAST(2 AS BIGINT), CAST(0 AS BIGINT), next {}",
                self.next_steps_of(3, 4, 2)
            ));
        }
        let sql = parts.join(" UNION ALL ");
        let found: Vec<(i64, i64, i64, String)> = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(ask.now).bind(self.id_set(&ids)).bind(shows_step_texts(ask)).bind(ask.viewer.0)
            .fetch_all(pool).await?);
        let mut next: HashMap<i64, i64> = HashMap::new();
        let mut open: HashMap<i64, i64> = HashMap::new();
        let mut step: HashMap<i64, String> = HashMap::new();
        for (client, kind, n, text) in found {
            match kind {
                0 => {
                    next.insert(client, n);
                }
                2 => {
                    step.insert(client, text);
                }
                _ => *open.entry(client).or_default() += n,
            }
        }
        for r in rows.iter_mut() {
            if appointments {
                r.next_appointment = next.get(&r.id).copied();
            }
            if steps {
                r.next_step_due = step.remove(&r.id);
            }
            r.open_requests = open.get(&r.id).copied().unwrap_or(0);
        }
        Ok(())
    }

    /// The next planned appointment of each client (to sort the whole list by it).
    async fn fill_next_appointments(&self, rows: &mut [CaseloadRowDb], now: i64) -> DbResult<()> {
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let sql = format!(
            "SELECT client_id, MIN(starts_at) FROM appointments \
             WHERE {} AND status = 'planned' AND starts_at >= $1 GROUP BY client_id",
            self.in_id_set("client_id", 2)
        );
        let next: HashMap<i64, i64> = on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(now).bind(self.id_set(&ids)).fetch_all(pool).await?)
        .into_iter()
        .collect();
        for r in rows.iter_mut() {
            r.next_appointment = next.get(&r.id).copied();
        }
        Ok(())
    }
}

/// 1 where the list may show a step's text (a guide's or a team's list), 0 in a
/// municipality's list (dates only).
fn shows_step_texts(ask: &CaseloadAsk<'_>) -> i64 {
    i64::from(!matches!(ask.filter, CaseloadFilter::Municipality(_)))
}
