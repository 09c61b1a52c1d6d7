-- The data-protection officer (a role of one municipality: the requests under GDPR art.
-- 15-18 and 7(3), the access log, restricted records; no everyday case work), the
-- requests themselves, and restriction of a record (§ 84 SGB X: kept, hidden from
-- everyday work). SQLite cannot change the role CHECK in place: the users table is
-- rebuilt as in 0016 (on a connection with foreign keys off; `Store::connect` checks
-- every key afterwards). Keep in step with ../postgres/0023_data_protection.sql.
CREATE TABLE users_new (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('client', 'volunteer', 'guide', 'coordinator', 'admin',
                                       'volunteer_coordinator', 'county_coordinator',
                                       'data_protection')),
    display_name TEXT NOT NULL,
    email TEXT UNIQUE,
    login_number TEXT UNIQUE,
    password_hash TEXT,
    municipality_id INTEGER REFERENCES municipalities(id),
    team_id INTEGER REFERENCES teams(id),
    is_team_lead BOOLEAN NOT NULL DEFAULT FALSE,
    phone TEXT,
    office_hours TEXT,
    lang TEXT,
    created_at INTEGER NOT NULL,
    disabled_at INTEGER,
    directory_editor BOOLEAN NOT NULL DEFAULT FALSE,
    totp_secret TEXT,
    totp_enabled_at INTEGER,
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO users_new (id, role, display_name, email, login_number, password_hash,
    municipality_id, team_id, is_team_lead, phone, office_hours, lang, created_at,
    disabled_at, directory_editor, totp_secret, totp_enabled_at, totp_last_step, version)
SELECT id, role, display_name, email, login_number, password_hash,
    municipality_id, team_id, is_team_lead, phone, office_hours, lang, created_at,
    disabled_at, directory_editor, totp_secret, totp_enabled_at, totp_last_step, version
FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
CREATE INDEX users_staff_name ON users(role, display_name);

-- Restricted (§ 84 SGB X, GDPR art. 18): the record is kept but hidden from everyday
-- work; only the data-protection officer reads it. NULL: not restricted.
ALTER TABLE clients ADD COLUMN restricted_at INTEGER;

-- A request under data-protection law, from the client's "My data" or recorded from a
-- letter. After the client's erasure the row stays as the officer's proof of having
-- acted (kind, dates, outcome), with the client and every text removed.
CREATE TABLE privacy_requests (
    id INTEGER PRIMARY KEY,
    client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    kind TEXT NOT NULL CHECK (kind IN ('access', 'correct', 'restrict', 'erase', 'withdraw_consent')),
    consent_id INTEGER REFERENCES consents(id) ON DELETE SET NULL,
    channel TEXT NOT NULL CHECK (channel IN ('app', 'paper')),
    body TEXT NOT NULL DEFAULT '',
    received_at INTEGER NOT NULL,
    -- ISO date: one month after receipt (art. 12(3)).
    due_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'granted', 'partly', 'refused', 'restricted')),
    answer TEXT NOT NULL DEFAULT '',
    decided_at INTEGER,
    decided_by INTEGER REFERENCES users(id),
    recorded_by INTEGER REFERENCES users(id),
    client_key TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (client_id, client_key)
);
CREATE INDEX privacy_requests_open ON privacy_requests(municipality_id, status, due_on);
CREATE INDEX privacy_requests_client ON privacy_requests(client_id);
CREATE INDEX access_log_actor ON access_log(actor_user_id, at);
CREATE INDEX access_log_at ON access_log(at);
