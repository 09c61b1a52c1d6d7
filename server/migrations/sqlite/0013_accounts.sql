-- Running a county: staff accounts managed in Lotse (one-time links to set a password,
-- a log of every change to an account), providers' contacts and a municipality's
-- target caseload. Keep in step with ../postgres/0013_accounts.sql.

-- Edits of an account are checked against the version the editor saw.
ALTER TABLE users ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A one-time link for a staff member to set their password: the invitation of a new
-- account ('invite') or a reset by an administrator ('reset'). Only a hash is kept; a
-- new link for the same person ends the ones before it.
CREATE TABLE staff_links (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL CHECK (purpose IN ('invite', 'reset')),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX staff_links_user ON staff_links(user_id);

-- Who changed which account or which part of the organisation, when, and how. Shown to
-- administrators; never holds a client's data.
CREATE TABLE staff_changes (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_user_id INTEGER NOT NULL REFERENCES users(id),
    subject_user_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX staff_changes_at ON staff_changes(at);
CREATE INDEX staff_changes_subject ON staff_changes(subject_user_id, at);

ALTER TABLE providers ADD COLUMN contact TEXT NOT NULL DEFAULT '';
-- The seeds' "höchstens 1:80": clients per full-time guide the municipality aims for.
ALTER TABLE municipalities ADD COLUMN caseload_target INTEGER NOT NULL DEFAULT 80;

CREATE INDEX users_staff_name ON users(role, display_name);
