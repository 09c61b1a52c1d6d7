//! Notifications on the phone: the browsers' subscriptions and the pushes waiting to go.
//! Writing a push is part of the action that causes it; delivery (`crate::push`) happens
//! every minute on whichever instance claims a row first, like the mail outbox.

use super::{now, on_pool, DbResult, Store};
use lotse_app::domain::{ClientId, UserId};

/// A push due to go, with where it goes and the language to say it in.
#[derive(Clone, Debug, sqlx::FromRow)]
pub struct PushRow {
    pub id: i64,
    pub subscription_id: i64,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
    pub kind: String,
    pub url: String,
    pub attempts: i64,
    pub lang: Option<String>,
}

/// A browser's subscription as it posts it (`PushSubscription.toJSON()`).
#[derive(Clone, Debug)]
pub struct NewSubscription<'a> {
    pub endpoint: &'a str,
    pub p256dh: &'a str,
    pub auth: &'a str,
}

/// Give up on a push after this many failed attempts (a push service that is down for
/// a day: by then the news is old).
pub const MAX_ATTEMPTS: i64 = 10;

/// How long a claimed push is the claiming instance's alone: no other instance takes it
/// while it is on its way; one that failed is tried again after this.
pub const LEASE_SECS: i64 = 300;

impl Store {
    /// The installation's VAPID private key: the one stored, or `candidate` if there is
    /// none yet. Two instances starting at once both offer one; the first insert wins and
    /// both read it back.
    pub async fn push_key_or(&self, candidate: &str) -> DbResult<String> {
        Ok(on_pool!(self, pool => {
            sqlx::query("INSERT INTO push_keys (id, private_key, created_at) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING")
                .bind(candidate).bind(now()).execute(pool).await?;
            sqlx::query_scalar::<_, String>("SELECT private_key FROM push_keys WHERE id = 1")
                .fetch_one(pool).await?
        }))
    }

    /// Keeps a browser's subscription for `user`. A browser that someone else subscribed
    /// before (a shared phone) becomes this person's, and what waited for the other goes.
    pub async fn save_push_subscription(
        &self,
        user: UserId,
        s: &NewSubscription<'_>,
        session_hash: &str,
    ) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            let mut tx = pool.begin().await?;
            sqlx::query("DELETE FROM push_subscriptions WHERE endpoint = $1 AND user_id <> $2")
                .bind(s.endpoint).bind(user.0).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth, session_hash, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (endpoint) DO UPDATE SET \
                 p256dh = excluded.p256dh, auth = excluded.auth, session_hash = excluded.session_hash")
                .bind(user.0).bind(s.endpoint).bind(s.p256dh).bind(s.auth).bind(session_hash).bind(at)
                .execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Ends `user`'s subscription at `endpoint`; false if there was none.
    pub async fn remove_push_subscription(&self, user: UserId, endpoint: &str) -> DbResult<bool> {
        let rows = on_pool!(self, pool => sqlx::query(
            "DELETE FROM push_subscriptions WHERE user_id = $1 AND endpoint = $2")
            .bind(user.0).bind(endpoint).execute(pool).await?.rows_affected());
        Ok(rows > 0)
    }

    /// Signing out ends the subscriptions made in that session.
    pub async fn end_push_for_session(&self, session_hash: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM push_subscriptions WHERE session_hash = $1")
            .bind(session_hash).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// The push service says the subscription is gone (404/410): so is ours.
    pub async fn drop_push_subscription(&self, id: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("DELETE FROM push_subscriptions WHERE id = $1")
            .bind(id).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// How many browsers `user` gets pushes on.
    pub async fn push_subscription_count(&self, user: UserId) -> DbResult<i64> {
        Ok(on_pool!(self, pool => sqlx::query_scalar(
            "SELECT COUNT(*) FROM push_subscriptions WHERE user_id = $1")
            .bind(user.0).fetch_one(pool).await?))
    }

    /// Queues a push for every browser of `user`; with a `dedupe_key`, once per browser
    /// however often it is asked for. Returns how many were queued.
    pub async fn enqueue_push(
        &self,
        user: UserId,
        kind: &str,
        url: &str,
        dedupe_key: Option<&str>,
        not_before: i64,
    ) -> DbResult<u64> {
        Ok(on_pool!(self, pool => sqlx::query(
            "INSERT INTO push_outbox (subscription_id, kind, url, dedupe_key, not_before, created_at) \
             SELECT id, $2, $3, $4, $5, $6 FROM push_subscriptions WHERE user_id = $1 \
             ON CONFLICT (subscription_id, dedupe_key) DO NOTHING")
            .bind(user.0).bind(kind).bind(url).bind(dedupe_key).bind(not_before).bind(now())
            .execute(pool).await?.rows_affected()))
    }

    /// The account a client signs in with (pushes go to accounts).
    pub async fn client_user(&self, client: ClientId) -> DbResult<Option<UserId>> {
        let id: Option<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT user_id FROM clients WHERE id = $1")
            .bind(client.0).fetch_optional(pool).await?);
        Ok(id.map(UserId))
    }

    /// What waits for `user`'s browsers: (message, not before), oldest first.
    pub async fn queued_pushes(&self, user: UserId) -> DbResult<Vec<(String, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT o.kind, o.not_before FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id \
             WHERE s.user_id = $1 AND o.sent_at IS NULL ORDER BY o.id")
            .bind(user.0).fetch_all(pool).await?))
    }

    /// Pushes due now (oldest first) that still have attempts left, for accounts still
    /// in use.
    pub async fn due_pushes(&self, limit: i64) -> DbResult<Vec<PushRow>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT o.id, o.subscription_id, s.endpoint, s.p256dh, s.auth, o.kind, o.url, o.attempts, u.lang \
             FROM push_outbox o JOIN push_subscriptions s ON s.id = o.subscription_id \
             JOIN users u ON u.id = s.user_id \
             WHERE o.sent_at IS NULL AND o.attempts < $1 AND o.not_before <= $2 AND u.disabled_at IS NULL \
             ORDER BY o.id LIMIT $3")
            .bind(MAX_ATTEMPTS).bind(now()).bind(limit).fetch_all(pool).await?))
    }

    /// Claims a push for one attempt: true for exactly one of several instances that read
    /// it with the same `attempts`. The claim also moves the row out of reach for
    /// [`LEASE_SECS`], so an instance that reads it while it is on its way (it would look
    /// like a failed try) does not send it again.
    pub async fn claim_push(&self, id: i64, attempts: i64) -> DbResult<bool> {
        let at = now();
        let rows = on_pool!(self, pool => sqlx::query(
            "UPDATE push_outbox SET attempts = attempts + 1, not_before = $3 \
             WHERE id = $1 AND attempts = $2 AND sent_at IS NULL AND not_before <= $4")
            .bind(id).bind(attempts).bind(at + LEASE_SECS).bind(at).execute(pool).await?.rows_affected());
        Ok(rows == 1)
    }

    pub async fn push_sent(&self, id: i64, subscription: i64) -> DbResult<()> {
        let at = now();
        on_pool!(self, pool => {
            sqlx::query("UPDATE push_outbox SET sent_at = $1 WHERE id = $2")
                .bind(at).bind(id).execute(pool).await?;
            sqlx::query("UPDATE push_subscriptions SET last_sent_at = $1 WHERE id = $2")
                .bind(at).bind(subscription).execute(pool).await?;
        });
        Ok(())
    }

    pub async fn push_failed(&self, id: i64, error: &str) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query("UPDATE push_outbox SET last_error = $1 WHERE id = $2")
            .bind(error).bind(id).execute(pool).await?.rows_affected());
        Ok(())
    }

    /// Sent pushes older than `before` go (they hold no content, but nobody needs them).
    pub async fn purge_sent_pushes(&self, before: i64) -> DbResult<()> {
        on_pool!(self, pool => sqlx::query(
            "DELETE FROM push_outbox WHERE (sent_at IS NOT NULL AND sent_at < $1) OR (attempts >= $2 AND created_at < $1)")
            .bind(before).bind(MAX_ATTEMPTS).execute(pool).await?.rows_affected());
        Ok(())
    }

    // --- what the hourly round reminds of (driven by the subscriptions: few rows) ----

    /// Planned appointments starting in [`from`, `to`) of clients with a subscription:
    /// (appointment, account, start).
    pub async fn appointments_to_remind(&self, from: i64, to: i64) -> DbResult<Vec<(i64, i64, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT DISTINCT a.id, c.user_id, a.starts_at FROM push_subscriptions s \
             JOIN clients c ON c.user_id = s.user_id JOIN appointments a ON a.client_id = c.id \
             WHERE a.status = 'planned' AND a.starts_at >= $1 AND a.starts_at < $2")
            .bind(from).bind(to).fetch_all(pool).await?))
    }

    /// Open deadlines due from `today` to `horizon` (ISO dates) of clients with a
    /// subscription: (deadline, account, due on, days ahead the reminder starts).
    pub async fn deadlines_to_remind(
        &self,
        today: &str,
        horizon: &str,
    ) -> DbResult<Vec<(i64, i64, String, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT DISTINCT d.id, c.user_id, d.due_on, d.remind_days FROM push_subscriptions s \
             JOIN clients c ON c.user_id = s.user_id JOIN deadlines d ON d.client_id = c.id \
             WHERE d.done_at IS NULL AND d.due_on >= $1 AND d.due_on <= $2")
            .bind(today).bind(horizon).fetch_all(pool).await?))
    }

    /// Shifts on scheduled dates starting in [`from`, `to`) of volunteers with a
    /// subscription: (sign-up, account, start).
    pub async fn shifts_to_remind(&self, from: i64, to: i64) -> DbResult<Vec<(i64, i64, i64)>> {
        Ok(on_pool!(self, pool => sqlx::query_as(
            "SELECT DISTINCT x.id, x.user_id, g.starts_at FROM push_subscriptions s \
             JOIN shift_signups x ON x.user_id = s.user_id AND x.cancelled_at IS NULL \
             JOIN group_sessions g ON g.id = x.session_id \
             WHERE g.status = 'scheduled' AND g.starts_at >= $1 AND g.starts_at < $2")
            .bind(from).bind(to).fetch_all(pool).await?))
    }

    /// The accounts of a group's confirmed participants.
    pub async fn group_participant_users(&self, group: i64) -> DbResult<Vec<UserId>> {
        let ids: Vec<i64> = on_pool!(self, pool => sqlx::query_scalar(
            "SELECT c.user_id FROM group_participants p JOIN clients c ON c.id = p.client_id \
             WHERE p.group_id = $1 AND p.status = 'confirmed'")
            .bind(group).fetch_all(pool).await?);
        Ok(ids.into_iter().map(UserId).collect())
    }
}
