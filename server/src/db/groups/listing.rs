//! The lists of group offers and shifts, one page at a time.
//!
//! Offers are listed soonest first. Each offer keeps its next date (`group_offers.next_at`,
//! migration 0036) so that a page is one range of an index: computing every offer's next
//! date and sorting them all on every view held the list to 41 views a second at 2,000
//! offers. The date is written whenever a date of the offer is added, moved or cancelled
//! (`set_next_date`); one that has begun since is stale, and every read of it first has
//! the stale ones computed again (`refresh_next_dates`, an index probe when there are
//! none). The janitor computes all of them once a day, which also heals a write lost
//! between a date's change and its offer's.

use super::super::{now, on_pool, Backend, DbResult, Store};
use lotse_app::domain::{MunicipalityId, UserId};
use std::collections::HashMap;

/// `next_at` of an offer with no date ahead: the end of the order (an index cannot put
/// NULLs last on both databases alike). Read back as `None`.
pub const NO_NEXT_DATE: i64 = i64::MAX;

/// The offer's next date that takes place from `$1` on, or `NO_NEXT_DATE`.
const NEXT_DATE: &str = "COALESCE((SELECT MIN(s.starts_at) FROM group_sessions s \
     WHERE s.group_id = group_offers.id AND s.status = 'scheduled' AND s.starts_at >= $1), 9223372036854775807)";

/// The statement that writes an offer's next date: binds the time (`$1`) and the offer
/// (`$2`). Run in the transaction that changed one of its dates, so that the two never
/// part (a next date that should have moved earlier is not stale, and only the
/// janitor's daily pass would find it).
pub(crate) fn next_date_update() -> String {
    format!("UPDATE group_offers SET next_at = {NEXT_DATE} WHERE id = $2")
}

/// A group offer in a list, in the language chosen for it.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct GroupCardRow {
    pub id: i64,
    pub category: String,
    pub target_group: String,
    pub childcare: bool,
    pub barrier_free: bool,
    pub capacity: i64,
    pub lang: String,
    pub title: String,
    pub confirmed: i64,
    /// The next session that takes place (UTC seconds).
    pub next_at: Option<i64>,
}

/// One role of one date in a volunteer's list of shifts.
#[derive(Clone, Debug, PartialEq, Eq, sqlx::FromRow)]
pub struct ShiftRow {
    pub session_id: i64,
    pub group_id: i64,
    pub title: String,
    pub starts_at: i64,
    pub minutes: i64,
    pub role: String,
    pub needed: i64,
    pub filled: i64,
    /// This volunteer's sign-up for the session, in any role.
    pub mine: Option<String>,
}

/// Which shifts a volunteer's list holds.
#[derive(Clone, Copy, Debug)]
pub struct ShiftAsk {
    pub user: UserId,
    /// From and to (UTC seconds).
    pub from: i64,
    pub to: i64,
    /// Only dates with a free place and the volunteer's own.
    pub open_only: bool,
    /// Dates (not roles) per page, and how many dates come before this page.
    pub limit: i64,
    pub offset: i64,
}

impl Store {
    /// Writes the offer's next date on its own (a date written without a transaction of
    /// its own: demo data and tests).
    pub(crate) async fn set_next_date(&self, group: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(&next_date_update()).bind(now()).bind(group).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Before a read of next dates: the stale ones computed again. A failure (on
    /// PostgreSQL a deadlock with the janitor's pass over every offer, SQLite busy)
    /// leaves them for the next read rather than failing this one.
    pub(crate) async fn before_reading_next_dates(&self) {
        if let Err(e) = self.refresh_next_dates().await {
            tracing::warn!("group next dates: {e}");
        }
    }

    /// Offers whose next date has begun get their next one. Reads first: a write on every
    /// view would queue every reader behind SQLite's one writer.
    pub async fn refresh_next_dates(&self) -> DbResult<u64> {
        let at = now();
        let stale: bool = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM group_offers WHERE next_at < $1)")
            .bind(at).fetch_one(pool).await?);
        if !stale {
            return Ok(0);
        }
        let sql = format!("UPDATE group_offers SET next_at = {NEXT_DATE} WHERE next_at < $1");
        Ok(on_pool!(self, pool => sqlx::query(&sql).bind(at).execute(pool).await?.rows_affected()))
    }

    /// The janitor's daily pass: every offer's next date computed again.
    pub async fn recompute_next_dates(&self) -> DbResult<u64> {
        let sql = format!("UPDATE group_offers SET next_at = {NEXT_DATE}");
        Ok(on_pool!(self, pool => sqlx::query(&sql).bind(now()).execute(pool).await?.rows_affected()))
    }

    /// One page of a municipality's published offers, soonest first, each in `lang`, else
    /// `fallback`, else German; `target_group` "" for all. Ask one more than a page holds
    /// to learn whether another follows.
    pub async fn group_list(
        &self,
        municipality: MunicipalityId,
        lang: &str,
        fallback: &str,
        target_group: &str,
        limit: i64,
        offset: i64,
    ) -> DbResult<Vec<GroupCardRow>> {
        self.before_reading_next_dates().await;
        Ok(on_pool!(self, pool => sqlx::query_as(
            // The page's offers first (an index range, soonest first), then their texts:
            // joined the other way round, PostgreSQL chose every offer's text in the
            // reader's language before cutting the page (121 lists a second at 2,000).
            "SELECT g.id, g.category, g.target_group, g.childcare, g.barrier_free, g.capacity, t.lang, t.title, \
             (SELECT COUNT(*) FROM group_participants p WHERE p.group_id = g.id AND p.status = 'confirmed') AS confirmed, \
             NULLIF(g.next_at, 9223372036854775807) AS next_at \
             FROM (SELECT o.id, o.category, o.target_group, o.childcare, o.barrier_free, o.capacity, o.next_at \
               FROM group_offers o WHERE o.municipality_id = $1 AND ($4 = '' OR o.target_group = $4) \
               AND EXISTS (SELECT 1 FROM group_texts de WHERE de.group_id = o.id AND de.lang = 'de' AND de.status = 'published') \
               ORDER BY o.next_at, o.id LIMIT $5 OFFSET $6) g \
             JOIN group_texts t ON t.group_id = g.id AND t.lang = COALESCE( \
               (SELECT lang FROM group_texts x WHERE x.group_id = g.id AND x.lang = $2 AND x.status = 'published'), \
               (SELECT lang FROM group_texts x WHERE x.group_id = g.id AND x.lang = $3 AND x.status = 'published'), 'de') \
             ORDER BY g.next_at, g.id")
            .bind(municipality.0).bind(lang).bind(fallback).bind(target_group).bind(limit).bind(offset)
            .fetch_all(pool).await?))
    }

    /// One page of the shifts of the volunteer's groups: every role each date needs, with
    /// how many signed up and the volunteer's own sign-up, dates in time order. Titles are
    /// in `lang` where a published translation exists, else German. Ask one date more
    /// than a page holds to learn whether another follows.
    pub async fn shifts(&self, ask: &ShiftAsk, lang: &str) -> DbResult<Vec<ShiftRow>> {
        // Where the dates are read from. A volunteer in a few groups: each group's dates
        // in the window, sorted. One in very many (a coordinator helping everywhere): the
        // county's dates in time order, kept where the group is theirs, until the page is
        // full, which needs no sort. Reading G groups' dates costs G x 8 weeks; walking
        // the time order costs a page x (all groups / G): the walk wins from about
        // G^2 > 3 x all groups (both databases pick the first way by themselves).
        // All offers are bounded by the largest id, read in one index step: counting them
        // read every offer on each page (0.16 ms on PostgreSQL at 2,000, growing with the
        // county). Deleted offers make the bound larger, which only favours the first way.
        let (mine, all): (i64, i64) = on_pool!(self, pool => sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM group_volunteers WHERE user_id = $1), \
             (SELECT COALESCE(MAX(id), 0) FROM group_offers)")
            .bind(ask.user.0).fetch_one(pool).await?);
        if mine == 0 {
            return Ok(vec![]);
        }
        let dates = if mine * mine > 3 * all {
            match &self.backend {
                Backend::Sqlite(_) => "FROM group_sessions s INDEXED BY group_sessions_time \
                     WHERE s.group_id IN (SELECT v.group_id FROM group_volunteers v WHERE v.user_id = $1)"
                    .to_string(),
                // The walk asks of each date whether its group is theirs. As a plain `IN`
                // PostgreSQL made it a join, one index probe per date walked past (1,622
                // for the benchmark's page, 1.3 of 1.8 ms); inside an `OR` it cannot, and
                // reads the volunteer's groups once into a hash table (0.6 ms). The `OR`
                // adds nothing: it only keeps the question a question.
                Backend::Postgres(_) => "FROM group_sessions s \
                     WHERE (s.group_id IN (SELECT v.group_id FROM group_volunteers v WHERE v.user_id = $1) \
                     OR FALSE)"
                    .to_string(),
            }
        } else {
            "FROM group_volunteers v JOIN group_sessions s ON s.group_id = v.group_id WHERE v.user_id = $1"
                .to_string()
        };
        // Each date's roles. PostgreSQL joined the page's 21 dates to every group's needs
        // by hashing all of them (0.4 ms at 2,000 offers, and growing with the county);
        // read per date (`OFFSET 0` keeps the subquery from being merged back into a
        // join) they are 21 index look-ups. SQLite looks them up per date by itself.
        let needs = match &self.backend {
            Backend::Sqlite(_) => "JOIN group_shift_needs n ON n.group_id = p.group_id AND n.needed > 0",
            Backend::Postgres(_) => {
                "CROSS JOIN LATERAL (SELECT n.role, n.needed FROM group_shift_needs n \
                 WHERE n.group_id = p.group_id AND n.needed > 0 OFFSET 0) n"
            }
        };
        // Only what needs doing: a date with a place free in some role, or the volunteer's
        // own. Written into the statement, as the page's size and place are (numbers of
        // ours; one statement for each of the few there are): as parameters they left
        // PostgreSQL unable to tell how many dates a page reads, so its general plan
        // looked dearer than one made for the values, and it planned the statement anew
        // on every page (0.88 ms, more than running it).
        let open = if ask.open_only {
            "AND (n.needed > (SELECT COUNT(*) FROM shift_signups u \
               WHERE u.session_id = s.id AND u.role = n.role AND u.cancelled_at IS NULL) \
             OR EXISTS (SELECT 1 FROM shift_signups u \
               WHERE u.session_id = s.id AND u.user_id = $1 AND u.cancelled_at IS NULL))"
        } else {
            ""
        };
        let sql = format!(
            "WITH page AS ( \
               SELECT s.id, s.group_id, s.starts_at, s.minutes {dates} \
               AND s.status = 'scheduled' AND s.starts_at >= $2 AND s.starts_at < $3 \
               AND EXISTS (SELECT 1 FROM group_shift_needs n WHERE n.group_id = s.group_id AND n.needed > 0 {open}) \
               ORDER BY s.starts_at, s.id LIMIT {limit} OFFSET {offset}) \
             SELECT p.id AS session_id, p.group_id, COALESCE(x.title, t.title) AS title, p.starts_at, p.minutes, \
             n.role, n.needed, COUNT(f.session_id) AS filled, m.role AS mine \
             FROM page p {needs} \
             JOIN group_texts t ON t.group_id = p.group_id AND t.lang = 'de' \
             LEFT JOIN group_texts x ON x.group_id = p.group_id AND x.lang = $4 AND x.status = 'published' \
             LEFT JOIN shift_signups f ON f.session_id = p.id AND f.role = n.role AND f.cancelled_at IS NULL \
             LEFT JOIN shift_signups m ON m.session_id = p.id AND m.user_id = $1 AND m.cancelled_at IS NULL \
             GROUP BY p.starts_at, p.id, n.role, p.group_id, x.title, t.title, p.minutes, n.needed, m.role \
             ORDER BY p.starts_at, p.id, n.role",
            // The page's sign-ups are joined and counted in one grouped pass, not read by
            // a subquery per date and role: PostgreSQL ran those as 150 subplans, 1.2 of
            // its 1.8 ms at the demo's size (now 0.5). A person has one active sign-up per
            // date (a unique index), so `m` adds no rows. SQLite at 2,000 offers: 0.37 ms
            // against 0.30 with the subqueries, which it runs on its indexes.
            // The page's size is written into the statement (a number of ours, one
            // statement for every page): bound as a parameter, SQLite does not know the
            // page is small and builds a Bloom filter over every group's needs for each
            // page (0.9 ms of 1.2 at 2,000 offers).
            limit = ask.limit,
            offset = ask.offset,
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql)
            .bind(ask.user.0).bind(ask.from).bind(ask.to).bind(lang)
            .fetch_all(pool).await?))
    }

    /// What the volunteers of each group may know of its participants: how many have a
    /// seat, and the first names of those who agreed to share them. Never anything else.
    pub async fn participants_for_volunteers(
        &self,
        groups: &[i64],
    ) -> DbResult<HashMap<i64, (i64, Vec<String>)>> {
        let mut out: HashMap<i64, (i64, Vec<String>)> = groups.iter().map(|g| (*g, (0, vec![]))).collect();
        let sql = format!(
            // Every seat counts; a restricted record's name is out of everyday work.
            "SELECT p.group_id, p.share_first_name AND c.id IS NOT NULL, COALESCE(c.first_name, '') \
             FROM group_participants p LEFT JOIN everyday_clients c ON c.id = p.client_id \
             WHERE {} AND p.status = 'confirmed' ORDER BY p.group_id, c.first_name",
            self.in_id_set("p.group_id", 1)
        );
        let rows: Vec<(i64, bool, String)> =
            on_pool!(self, pool => sqlx::query_as(&sql).bind(self.id_set(groups)).fetch_all(pool).await?);
        for (group, share, name) in rows {
            let entry = out.entry(group).or_default();
            entry.0 += 1;
            if share {
                entry.1.push(name);
            }
        }
        Ok(out)
    }
}
