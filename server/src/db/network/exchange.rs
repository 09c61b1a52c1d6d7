//! The resource exchange (seed 003's *Ressourcenbörse*: "Ich biete … / Ich suche …"):
//! posts by actors and by the municipality's staff, Lotse's proposals, and matches that
//! both sides confirm. A post whose last day has passed leaves every list; the janitor
//! deletes it a year later, with its matches.

use crate::db::{clamp_page, now, on_pool, DbResult, Store};
use lotse_app::domain::{MunicipalityId, UserId};
use lotse_app::network::{propose, Fit, PostKey, Side, Topic};

/// What matching reads of a candidate: id, district, first and last day, actor.
type CandidateRow = (i64, Option<i64>, String, String, Option<i64>);

/// Days after its last day a post (and its matches) is deleted.
pub const POSTS_KEPT_DAYS: i64 = 365;

/// A post as lists show it, with who speaks for it.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PostRow {
    pub id: i64,
    pub municipality_id: i64,
    pub actor_id: Option<i64>,
    /// The actor's name; None for the municipality's own posts.
    pub actor: Option<String>,
    #[sqlx(try_from = "String")]
    pub side: Side,
    #[sqlx(try_from = "String")]
    pub topic: Topic,
    pub district_id: Option<i64>,
    pub district: Option<String>,
    pub title: String,
    pub details: String,
    pub from_on: String,
    pub until_on: String,
    pub closed: bool,
    /// The actor's contact (or the staff member who posted): name, phone, e-mail.
    pub contact_name: String,
    pub phone: String,
    pub email: String,
    pub version: i64,
}

impl PostRow {
    pub fn key(&self) -> PostKey {
        PostKey {
            id: self.id,
            side: self.side,
            topic: self.topic,
            district: self.district_id,
            from_on: self.from_on.clone(),
            until_on: self.until_on.clone(),
            actor: self.actor_id,
        }
    }
}

/// What a post form saves.
#[derive(Clone, Debug)]
pub struct NewPost {
    pub actor_id: Option<i64>,
    pub side: Side,
    pub topic: Topic,
    pub district_id: Option<i64>,
    pub title: String,
    pub details: String,
    pub from_on: String,
    pub until_on: String,
}

/// A filter of the open posts.
#[derive(Clone, Debug, Default)]
pub struct PostFilter {
    pub side: Option<Side>,
    pub topic: Option<Topic>,
    pub district: Option<i64>,
    /// Only this actor's posts.
    pub actor: Option<i64>,
}

/// A match and where each side stands.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct MatchRow {
    pub id: i64,
    #[sqlx(try_from = "String")]
    pub topic: Topic,
    pub offer_id: i64,
    pub offer_title: String,
    pub offer_actor_id: Option<i64>,
    pub offer_actor: Option<String>,
    pub seek_id: i64,
    pub seek_title: String,
    pub seek_actor_id: Option<i64>,
    pub seek_actor: Option<String>,
    pub offer_ok: bool,
    pub seek_ok: bool,
    pub declined: bool,
    pub created_at: i64,
    /// When the second side confirmed.
    pub agreed_at: Option<i64>,
    /// Whether each side's actor has a partner account that can sign in.
    pub offer_partnered: bool,
    pub seek_partnered: bool,
    /// Each side's contact (the actor's, or the staff member's who posted for the
    /// municipality): name, phone, e-mail.
    pub offer_contact_name: String,
    pub offer_phone: String,
    pub offer_email: String,
    pub seek_contact_name: String,
    pub seek_phone: String,
    pub seek_email: String,
}

impl MatchRow {
    pub fn agreed(&self) -> bool {
        self.offer_ok && self.seek_ok && !self.declined
    }

    /// Whether one side's actor has a partner account that can sign in.
    pub fn partnered(&self, side: Side) -> bool {
        match side {
            Side::Offer => self.offer_partnered,
            Side::Seek => self.seek_partnered,
        }
    }

    /// One side's owner (None: the municipality) and contact: name, phone, e-mail.
    pub fn contact(&self, side: Side) -> (Option<&str>, &str, &str, &str) {
        match side {
            Side::Offer => (
                self.offer_actor.as_deref(),
                &self.offer_contact_name,
                &self.offer_phone,
                &self.offer_email,
            ),
            Side::Seek => (
                self.seek_actor.as_deref(),
                &self.seek_contact_name,
                &self.seek_phone,
                &self.seek_email,
            ),
        }
    }

    /// The actor of one side (None: the municipality).
    pub fn actor_of(&self, side: Side) -> Option<i64> {
        match side {
            Side::Offer => self.offer_actor_id,
            Side::Seek => self.seek_actor_id,
        }
    }

    pub fn confirmed(&self, side: Side) -> bool {
        match side {
            Side::Offer => self.offer_ok,
            Side::Seek => self.seek_ok,
        }
    }
}

/// Why a match could not be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoMatch {
    /// A post is not (any more) open, or not of this municipality.
    Gone,
    /// The two posts do not fit (the same side, another topic, the same actor).
    Unfit,
    /// The two were matched before.
    Already,
}

const POST_SELECT: &str = "SELECT p.id, p.municipality_id, p.actor_id, a.name AS actor, p.side, p.topic, \
     p.district_id, d.name AS district, p.title, p.details, p.from_on, p.until_on, p.closed_at IS NOT NULL AS closed, \
     COALESCE(a.contact_name, u.display_name, '') AS contact_name, COALESCE(a.phone, u.phone, '') AS phone, \
     COALESCE(a.email, u.email, '') AS email, p.version \
     FROM exchange_posts p LEFT JOIN actors a ON a.id = p.actor_id LEFT JOIN districts d ON d.id = p.district_id \
     LEFT JOIN users u ON u.id = p.created_by AND p.actor_id IS NULL";

/// A partner account that can sign in speaks for its actor (see `web::network::speaks_for`).
const HAS_PARTNER: &str = "EXISTS (SELECT 1 FROM actor_partners ap JOIN users pu ON pu.id = ap.user_id \
     WHERE ap.actor_id = {actor} AND pu.disabled_at IS NULL AND pu.password_hash IS NOT NULL)";

/// A match with both posts' titles, owners, whether each owner has a partner account, and
/// each side's contact (shown once both agreed): one query per list, not one per card.
static MATCH_SELECT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "SELECT x.id, o.topic, o.id AS offer_id, o.title AS offer_title, o.actor_id AS offer_actor_id, \
         oa.name AS offer_actor, s.id AS seek_id, s.title AS seek_title, s.actor_id AS seek_actor_id, sa.name AS seek_actor, \
         x.offer_ok_at IS NOT NULL AS offer_ok, x.seek_ok_at IS NOT NULL AS seek_ok, x.declined_at IS NOT NULL AS declined, \
         x.created_at, CASE WHEN x.offer_ok_at IS NULL OR x.seek_ok_at IS NULL THEN NULL \
           WHEN x.offer_ok_at > x.seek_ok_at THEN x.offer_ok_at ELSE x.seek_ok_at END AS agreed_at, \
         {} AS offer_partnered, {} AS seek_partnered, \
         COALESCE(oa.contact_name, ou.display_name, '') AS offer_contact_name, COALESCE(oa.phone, ou.phone, '') AS offer_phone, \
         COALESCE(oa.email, ou.email, '') AS offer_email, \
         COALESCE(sa.contact_name, su.display_name, '') AS seek_contact_name, COALESCE(sa.phone, su.phone, '') AS seek_phone, \
         COALESCE(sa.email, su.email, '') AS seek_email \
         FROM exchange_matches x JOIN exchange_posts o ON o.id = x.offer_id JOIN exchange_posts s ON s.id = x.seek_id \
         LEFT JOIN actors oa ON oa.id = o.actor_id LEFT JOIN actors sa ON sa.id = s.actor_id \
         LEFT JOIN users ou ON ou.id = o.created_by AND o.actor_id IS NULL \
         LEFT JOIN users su ON su.id = s.created_by AND s.actor_id IS NULL",
        HAS_PARTNER.replace("{actor}", "o.actor_id"),
        HAS_PARTNER.replace("{actor}", "s.actor_id"),
    )
});

impl Store {
    /// Open posts of the municipality whose last day is `today` or later, newest first:
    /// page `page` (clamped) of `per`, how many there are in all, and the page given.
    pub async fn open_posts(
        &self,
        municipality: MunicipalityId,
        today: &str,
        f: &PostFilter,
        page: i64,
        per: i64,
    ) -> DbResult<(Vec<PostRow>, i64, i64)> {
        // Only the filters asked for are written, so each query can use its index (an
        // "all or this one" condition would hide it from the planner). The values come
        // from enums and numbers, never from input text.
        let mut filter = String::new();
        if let Some(side) = f.side {
            filter.push_str(&format!(" AND p.side = '{}'", side.as_str()));
        }
        if let Some(topic) = f.topic {
            filter.push_str(&format!(" AND p.topic = '{}'", topic.as_str()));
        }
        if let Some(district) = f.district {
            filter.push_str(&format!(" AND p.district_id = {district}"));
        }
        if let Some(actor) = f.actor {
            filter.push_str(&format!(" AND p.actor_id = {actor}"));
        }
        let open = format!("p.municipality_id = $1 AND p.closed_at IS NULL AND p.until_on >= $2{filter}");
        let sql =
            format!("{POST_SELECT} WHERE {open} ORDER BY p.created_at DESC, p.id DESC LIMIT $3 OFFSET $4");
        let count = format!("SELECT COUNT(*) FROM exchange_posts p WHERE {open}");
        Ok(on_pool!(self, pool => {
            let total: i64 = sqlx::query_scalar(&count).bind(municipality.0).bind(today).fetch_one(pool).await?;
            let (page, offset) = clamp_page(page, total, per);
            let rows = sqlx::query_as(&sql)
                .bind(municipality.0).bind(today).bind(per).bind(offset).fetch_all(pool).await?;
            (rows, total, page)
        }))
    }

    /// One post of the municipality (open, closed or past).
    pub async fn post(&self, municipality: MunicipalityId, id: i64) -> DbResult<Option<PostRow>> {
        let sql = format!("{POST_SELECT} WHERE p.id = $1 AND p.municipality_id = $2");
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(id).bind(municipality.0).fetch_optional(pool).await?),
        )
    }

    /// An actor's posts whose last day is `today` or later (open or closed).
    pub async fn actor_posts(&self, actor: i64, today: &str) -> DbResult<Vec<PostRow>> {
        let sql = format!(
            "{POST_SELECT} WHERE p.actor_id = $1 AND p.until_on >= $2 ORDER BY p.created_at DESC, p.id DESC"
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(actor).bind(today).fetch_all(pool).await?))
    }

    pub async fn add_post(&self, municipality: MunicipalityId, p: &NewPost, by: UserId) -> DbResult<i64> {
        let at = now();
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO exchange_posts (municipality_id, actor_id, side, topic, district_id, title, details, from_on, \
             until_on, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) \
             RETURNING id")
            .bind(municipality.0).bind(p.actor_id).bind(p.side.as_str()).bind(p.topic.as_str()).bind(p.district_id)
            .bind(&p.title).bind(&p.details).bind(&p.from_on).bind(&p.until_on).bind(by.0).bind(at)
            .fetch_one(pool).await?))
    }

    /// Closes an open post of the municipality (of `actor` only, when given): it leaves
    /// the lists and the proposals.
    pub async fn close_post(
        &self,
        municipality: MunicipalityId,
        id: i64,
        actor: Option<i64>,
    ) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE exchange_posts SET closed_at = $1, updated_at = $1, version = version + 1 \
             WHERE id = $2 AND municipality_id = $3 AND closed_at IS NULL AND ($4 = 0 OR actor_id = $4)")
            .bind(now()).bind(id).bind(municipality.0).bind(actor.unwrap_or(0)).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Lotse's proposals for an open post. The database narrows to open posts of the
    /// other side and the same topic whose periods meet it, reading only what matching
    /// needs (by the index on municipality, topic, side and last day); [`propose`] applies
    /// the district rule and ranks them; then the chosen few are read whole.
    pub async fn proposals(&self, post: &PostRow, today: &str) -> DbResult<Vec<(PostRow, Fit)>> {
        let keys: Vec<CandidateRow> = on_pool!(self, pool => sqlx::query_as(
            "SELECT p.id, p.district_id, p.from_on, p.until_on, p.actor_id FROM exchange_posts p \
             WHERE p.municipality_id = $1 AND p.topic = $2 AND p.side = $3 AND p.until_on >= $4 AND p.until_on >= $5 \
             AND p.closed_at IS NULL AND p.from_on <= $6 AND ($7 = 0 OR p.district_id IS NULL OR p.district_id = $7) \
             AND p.id <> $8 AND NOT EXISTS (SELECT 1 FROM exchange_matches x WHERE (x.offer_id = p.id AND x.seek_id = $8) \
               OR (x.seek_id = p.id AND x.offer_id = $8))")
            .bind(post.municipality_id).bind(post.topic.as_str()).bind(post.side.other().as_str()).bind(today)
            .bind(&post.from_on).bind(&post.until_on).bind(post.district_id.unwrap_or(0)).bind(post.id)
            .fetch_all(pool).await?);
        let other = post.side.other();
        let candidates: Vec<PostKey> = keys
            .into_iter()
            .map(|(id, district, from_on, until_on, actor)| PostKey {
                id,
                side: other,
                topic: post.topic,
                district,
                from_on,
                until_on,
                actor,
            })
            .collect();
        let mut chosen = vec![];
        for (key, fit) in propose(&post.key(), &candidates) {
            if let Some(row) = self.post(MunicipalityId(post.municipality_id), key.id).await? {
                chosen.push((row, fit));
            }
        }
        Ok(chosen)
    }

    /// Matches two open posts of the municipality (one offer, one seek, the same topic,
    /// not one actor's). Nobody has confirmed yet.
    pub async fn make_match(
        &self,
        municipality: MunicipalityId,
        a: i64,
        b: i64,
        today: &str,
        by: UserId,
    ) -> DbResult<Result<i64, NoMatch>> {
        let (Some(first), Some(second)) = (
            self.post(municipality, a).await?,
            self.post(municipality, b).await?,
        ) else {
            return Ok(Err(NoMatch::Gone));
        };
        if [&first, &second]
            .iter()
            .any(|p| p.closed || p.until_on.as_str() < today)
        {
            return Ok(Err(NoMatch::Gone));
        }
        if first.side == second.side
            || first.topic != second.topic
            || first.actor_id.is_some() && first.actor_id == second.actor_id
        {
            return Ok(Err(NoMatch::Unfit));
        }
        let (offer, seek) = match first.side {
            Side::Offer => (first.id, second.id),
            Side::Seek => (second.id, first.id),
        };
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "INSERT INTO exchange_matches (offer_id, seek_id, created_by, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (offer_id, seek_id) DO NOTHING RETURNING id")
            .bind(offer).bind(seek).bind(by.0).bind(now()).fetch_optional(pool).await?);
        Ok(id.ok_or(NoMatch::Already))
    }

    /// One match of the municipality.
    pub async fn exchange_match(&self, municipality: MunicipalityId, id: i64) -> DbResult<Option<MatchRow>> {
        let sql = format!("{} WHERE x.id = $1 AND o.municipality_id = $2", *MATCH_SELECT);
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(id).bind(municipality.0).fetch_optional(pool).await?),
        )
    }

    /// The matches of one post, newest first.
    pub async fn post_matches(&self, post: i64) -> DbResult<Vec<MatchRow>> {
        let sql = format!(
            "{} WHERE x.offer_id = $1 OR x.seek_id = $1 ORDER BY x.created_at DESC, x.id DESC",
            *MATCH_SELECT
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(post).fetch_all(pool).await?))
    }

    /// The matches an actor is a side of, newest first.
    pub async fn actor_matches(&self, actor: i64) -> DbResult<Vec<MatchRow>> {
        let sql = format!(
            "{} WHERE o.actor_id = $1 OR s.actor_id = $1 ORDER BY x.created_at DESC, x.id DESC LIMIT 200",
            *MATCH_SELECT
        );
        Ok(on_pool!(self, pool => sqlx::query_as(&sql).bind(actor).fetch_all(pool).await?))
    }

    /// The municipality's matches made since `since` (Unix): waiting ones and what was
    /// exchanged, newest first.
    pub async fn matches_since(&self, municipality: MunicipalityId, since: i64) -> DbResult<Vec<MatchRow>> {
        let sql = format!(
            "{} WHERE o.municipality_id = $1 AND x.created_at >= $2 ORDER BY x.created_at DESC, x.id DESC LIMIT 500",
            *MATCH_SELECT
        );
        Ok(
            on_pool!(self, pool => sqlx::query_as(&sql).bind(municipality.0).bind(since).fetch_all(pool).await?),
        )
    }

    /// Confirms one side of a match of the municipality that nobody declined. The caller
    /// has checked that `by` speaks for that side.
    pub async fn confirm_match(
        &self,
        municipality: MunicipalityId,
        id: i64,
        side: Side,
        by: UserId,
    ) -> DbResult<bool> {
        let (at_col, by_col) = match side {
            Side::Offer => ("offer_ok_at", "offer_ok_by"),
            Side::Seek => ("seek_ok_at", "seek_ok_by"),
        };
        let sql = format!(
            "UPDATE exchange_matches SET {at_col} = $1, {by_col} = $2 WHERE id = $3 AND declined_at IS NULL \
             AND {at_col} IS NULL AND offer_id IN (SELECT id FROM exchange_posts WHERE municipality_id = $4)"
        );
        let rows = on_pool!(self, pool => sqlx::query(&sql)
            .bind(now()).bind(by.0).bind(id).bind(municipality.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Declines a match of the municipality that is not yet agreed.
    pub async fn decline_match(&self, municipality: MunicipalityId, id: i64, by: UserId) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE exchange_matches SET declined_at = $1, declined_by = $2 WHERE id = $3 AND declined_at IS NULL \
             AND (offer_ok_at IS NULL OR seek_ok_at IS NULL) \
             AND offer_id IN (SELECT id FROM exchange_posts WHERE municipality_id = $4)")
            .bind(now()).bind(by.0).bind(id).bind(municipality.0).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// The janitor: posts whose last day is before `before_on` (ISO) go, with their matches.
    pub async fn purge_exchange_posts(&self, before_on: &str) -> DbResult<u64> {
        Ok(
            on_pool!(self, pool => sqlx::query("DELETE FROM exchange_posts WHERE until_on < $1")
            .bind(before_on).execute(pool).await?.rows_affected()),
        )
    }
}
