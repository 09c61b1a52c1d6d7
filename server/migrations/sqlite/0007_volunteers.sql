-- Volunteers (SQLite): profiles, invitations by e-mail link, documents the coordinator
-- checked (with the date they expire), recorded hours, notices inside Lotse and the
-- e-mail outbox. Keep in step with ../postgres/0007_volunteers.sql.

-- What a volunteer offers. Codes separated by spaces: languages (ISO 639-1), skills
-- (see SKILLS in the code) and availability slots ("mon-am" ... "sun-ev").
CREATE TABLE volunteer_profiles (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    languages TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    availability TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL
);

-- An invitation: a one-time link (only its hash is stored) with which the volunteer
-- sets a password. A new invitation replaces an unused older one.
CREATE TABLE volunteer_invitations (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX volunteer_invitations_user ON volunteer_invitations(user_id);

-- Documents the coordinator has seen (Lotse keeps no copy): the kind, until when it is
-- valid, who checked it and when. Reminders go out before `valid_until`.
CREATE TABLE volunteer_documents (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('police_certificate', 'measles', 'infection_protection', 'confidentiality')),
    valid_until TEXT,
    checked_by INTEGER NOT NULL REFERENCES users(id),
    checked_at INTEGER NOT NULL,
    reminded_at INTEGER,
    removed_at INTEGER
);
CREATE INDEX volunteer_documents_user ON volunteer_documents(user_id);

-- Messages to one person inside Lotse (late cancellations, expiring documents). The
-- text is a Fluent message id with its arguments, shown in the reader's language.
CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    args TEXT NOT NULL DEFAULT '{}',
    link TEXT,
    created_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE INDEX notices_user ON notices(user_id, read_at);

-- E-mails waiting to be sent (invitations, reminders). The janitor delivers them when
-- an SMTP relay is configured; they are deleted a month after sending.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_unsent ON outbox(sent_at, id);

-- Secret links to a volunteer's shift calendar (as calendar_tokens for clients).
CREATE TABLE volunteer_calendar_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX volunteer_calendar_tokens_user ON volunteer_calendar_tokens(user_id);

-- Hours: who recorded a shift's minutes, and when.
ALTER TABLE shift_signups ADD COLUMN recorded_by INTEGER REFERENCES users(id);
ALTER TABLE shift_signups ADD COLUMN recorded_at INTEGER;
