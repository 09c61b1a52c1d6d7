-- Two more staff roles: the volunteer coordinator (group offers and volunteers of one
-- municipality, never case files) and the county coordinator (figures across the
-- county's municipalities and the directory, never case content). SQLite cannot change
-- a CHECK constraint in place, so the table is rebuilt the way SQLite's documentation
-- prescribes: copy, drop, rename, on a connection with foreign keys off (`Store::connect`
-- migrates on one, and checks every foreign key afterwards). With them on, dropping the
-- old table would delete what refers to it. Keep in step with ../postgres/0016_roles.sql.
CREATE TABLE users_new (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('client', 'volunteer', 'guide', 'coordinator', 'admin',
                                       'volunteer_coordinator', 'county_coordinator')),
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
