-- Two-factor sign-in for staff (TOTP, RFC 6238). The secret is written when enrolment
-- starts and counts only once `totp_enabled_at` is set; `totp_last_step` is the last
-- time step a code was accepted for, so a code seen over someone's shoulder cannot be
-- used again (checked and moved in one UPDATE, on any number of instances).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at INTEGER;
ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0;
-- Guides and coordinators of a municipality must use it when the administrator says so
-- (administrators always must).
ALTER TABLE municipalities ADD COLUMN require_two_factor BOOLEAN NOT NULL DEFAULT FALSE;
-- One-time codes for a lost phone; only their hashes are kept.
CREATE TABLE recovery_codes (
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at INTEGER,
    PRIMARY KEY (user_id, code_hash)
);
-- A password accepted, the second factor not yet: the browser holds a random key.
CREATE TABLE second_factor_pending (
    key_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    resume TEXT,
    created_at INTEGER NOT NULL
);
