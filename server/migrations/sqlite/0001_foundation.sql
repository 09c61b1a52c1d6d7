-- Foundation schema (SQLite). Timestamps are Unix seconds (INTEGER), calendar dates are
-- ISO text (YYYY-MM-DD). Keep in step with ../postgres/0001_foundation.sql.

CREATE TABLE counties (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE municipalities (
    id INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES counties(id),
    name TEXT NOT NULL,
    UNIQUE (county_id, name)
);

CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES counties(id),
    name TEXT NOT NULL,
    UNIQUE (county_id, name)
);

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    name TEXT NOT NULL,
    UNIQUE (municipality_id, name)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('client', 'volunteer', 'guide', 'coordinator', 'admin')),
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
    disabled_at INTEGER
);

CREATE TABLE clients (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL UNIQUE REFERENCES users(id),
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    birth_date TEXT,
    preferred_lang TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    phone TEXT,
    last_contact_on TEXT,
    created_at INTEGER NOT NULL,
    closed_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX clients_municipality ON clients(municipality_id);

CREATE TABLE household_members (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    first_name TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation IN ('partner', 'child', 'parent', 'other')),
    birth_date TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX household_client ON household_members(client_id);

-- Which guide (and through them which team) looks after a client; history is kept.
CREATE TABLE assignments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    guide_id INTEGER NOT NULL REFERENCES users(id),
    team_id INTEGER NOT NULL REFERENCES teams(id),
    started_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX assignments_current_guide ON assignments(guide_id) WHERE ended_at IS NULL;
CREATE INDEX assignments_current_team ON assignments(team_id) WHERE ended_at IS NULL;
CREATE UNIQUE INDEX assignments_one_current ON assignments(client_id) WHERE ended_at IS NULL;

-- One-time activation codes; only a hash is stored.
CREATE TABLE activation_codes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX activation_client ON activation_codes(client_id);

-- Sessions live in the database so any server instance can serve any request.
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    idle_expires_at INTEGER NOT NULL,
    absolute_expires_at INTEGER NOT NULL,
    flash TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Failed sign-ins, for rate limiting per account and per address across instances.
CREATE TABLE signin_failures (
    id INTEGER PRIMARY KEY,
    account_key TEXT NOT NULL,
    address TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX signin_failures_account ON signin_failures(account_key, at);
CREATE INDEX signin_failures_address ON signin_failures(address, at);

-- Who read or changed which case, and when.
CREATE TABLE access_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_user_id INTEGER NOT NULL REFERENCES users(id),
    actor_role TEXT NOT NULL,
    client_id INTEGER REFERENCES clients(id) ON DELETE SET NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_log_client ON access_log(client_id, at);

-- The one-time link that creates the first administrator on a new installation.
CREATE TABLE setup_tokens (
    token_hash TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);
