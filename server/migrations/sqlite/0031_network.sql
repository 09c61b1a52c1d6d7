-- The local network: actors (who does what), their partner accounts, and the resource
-- exchange (what they offer and seek); and the district of a client's wishes. A new
-- role ('partner') needs the users table rebuilt as in 0023 (foreign keys off; checked
-- afterwards by `Store::connect`). Keep in step with ../postgres/0031_network.sql.
CREATE TABLE users_new (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('client', 'volunteer', 'guide', 'coordinator', 'admin',
                                       'volunteer_coordinator', 'county_coordinator',
                                       'data_protection', 'partner')),
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

-- An actor of the local network: a provider, club, migrant organisation, faith
-- community, housing company, employer, school or office. The name is the actor's own
-- and not translated; what they do and for whom are texts per language with the
-- directory's workflow (a draft until published; outdated when the German changes).
CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    kind TEXT NOT NULL CHECK (kind IN ('provider', 'club', 'migrant', 'faith', 'housing',
                                       'employer', 'school', 'office', 'other')),
    name TEXT NOT NULL,
    -- NULL: the whole municipality.
    district_id INTEGER REFERENCES districts(id),
    -- Languages spoken, as ' ar de en ' like the directory's offices.
    languages TEXT NOT NULL DEFAULT ' ',
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    -- The actor agreed to be listed on the public page.
    public BOOLEAN NOT NULL DEFAULT FALSE,
    -- Bumped whenever the German text changes (see office_texts).
    source_rev INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX actors_municipality ON actors(municipality_id, name, id);
-- The public list: agreed actors by name.
CREATE INDEX actors_public ON actors(public, name, id);

CREATE TABLE actor_texts (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    about TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    source_rev INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (actor_id, lang)
);

-- Their places in the directory and their group offers.
CREATE TABLE actor_offices (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, office_id)
);
CREATE TABLE actor_groups (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    group_offer_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    PRIMARY KEY (actor_id, group_offer_id)
);

-- A partner account: the actor's contact person keeps the actor's entry and posts; it
-- sees nothing else.
CREATE TABLE actor_partners (
    user_id INTEGER PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE
);
CREATE INDEX actor_partners_actor ON actor_partners(actor_id);

-- The resource exchange: what an actor (or, with actor_id NULL, the municipality's
-- integration management) offers or seeks, by topic, district and period. A post past
-- its last day leaves every list; the janitor deletes it a year later.
CREATE TABLE exchange_posts (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    actor_id INTEGER REFERENCES actors(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('offer', 'seek')),
    topic TEXT NOT NULL CHECK (topic IN ('rooms', 'volunteers', 'interpreters', 'equipment',
                                         'know_how', 'transport', 'donations')),
    district_id INTEGER REFERENCES districts(id),
    title TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    -- ISO dates, both included.
    from_on TEXT NOT NULL,
    until_on TEXT NOT NULL,
    closed_at INTEGER,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- Matching reads the open posts of a topic and side whose period has not ended.
CREATE INDEX exchange_posts_match ON exchange_posts(municipality_id, topic, side, until_on);
CREATE INDEX exchange_posts_actor ON exchange_posts(actor_id);
-- The open posts, newest first, read a page at a time (and counted from the index alone).
CREATE INDEX exchange_posts_open ON exchange_posts(municipality_id, created_at, id, until_on)
    WHERE closed_at IS NULL;

-- A match someone made from Lotse's proposals; each side confirms (or declines) it.
CREATE TABLE exchange_matches (
    id INTEGER PRIMARY KEY,
    offer_id INTEGER NOT NULL REFERENCES exchange_posts(id) ON DELETE CASCADE,
    seek_id INTEGER NOT NULL REFERENCES exchange_posts(id) ON DELETE CASCADE,
    offer_ok_at INTEGER,
    offer_ok_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    seek_ok_at INTEGER,
    seek_ok_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    declined_at INTEGER,
    declined_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (offer_id, seek_id)
);
CREATE INDEX exchange_matches_seek ON exchange_matches(seek_id);

-- Where a client lives, for the demand by district (optional, chosen by the client).
ALTER TABLE client_interests ADD COLUMN district_id INTEGER REFERENCES districts(id);
