-- Notifications on the phone (Web Push, RFC 8030/8291/8292).

-- The server's VAPID key pair (RFC 8292): one for the installation, made by whichever
-- instance starts first, so every instance signs with the same key and the browsers'
-- subscriptions stay valid. The private scalar, base64url.
CREATE TABLE push_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key TEXT NOT NULL,
    created_at INTEGER NOT NULL
);

-- A browser's subscription: where its push service takes messages (`endpoint`) and the
-- keys to encrypt them for it. One per browser (the endpoint is unique); it belongs to
-- whoever subscribed last on that browser. `session_hash` is the session it was made
-- in: signing out there ends it. It outlives an idle session on purpose: the people who
-- need a push most are those who do not open Lotse for weeks.
CREATE TABLE push_subscriptions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    endpoint TEXT NOT NULL UNIQUE,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    session_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_sent_at INTEGER
);
CREATE INDEX push_subscriptions_user ON push_subscriptions(user_id);
CREATE INDEX push_subscriptions_session ON push_subscriptions(session_hash);

-- Pushes waiting to go, one row per subscription, like the mail outbox: written in the
-- action that causes them, sent by whichever instance claims the row first. `kind` names
-- the message (its text is rendered in the person's language when it goes); `url` is
-- the page the notification opens. `dedupe_key` makes a reminder that the hourly round
-- finds again a no-op. `not_before` holds a push back until the quiet hours end.
CREATE TABLE push_outbox (
    id INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES push_subscriptions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    dedupe_key TEXT,
    not_before INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    UNIQUE (subscription_id, dedupe_key)
);
CREATE INDEX push_outbox_due ON push_outbox(sent_at, not_before);

-- The mail outbox gets the same lease: a mail claimed by one instance was, until its
-- relay answered, a row any other instance could claim again (it read as "tried once,
-- not sent"), and so could go out twice.
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
