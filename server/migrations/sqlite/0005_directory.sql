-- The directory (SQLite): offices and services, topic guides, their texts in five
-- languages with a translation status, and precomputed opening intervals so that
-- "open now" is a query. Keep in step with ../postgres/0005_directory.sql.

-- Coordinators may let other staff edit the directory.
ALTER TABLE users ADD COLUMN directory_editor BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE offices (
    id INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES counties(id),
    -- Key from an imported file (CSV key or Integreat id): a re-import updates.
    import_key TEXT,
    category TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    lat REAL,
    lon REAL,
    phone TEXT,
    email TEXT,
    website TEXT,
    -- OpenStreetMap opening_hours syntax, evaluated in Europe/Berlin.
    opening_hours TEXT NOT NULL DEFAULT '',
    by_appointment BOOLEAN NOT NULL DEFAULT FALSE,
    -- Languages spoken, as ' ar de en ' (spaces around each code for a simple LIKE).
    languages TEXT NOT NULL DEFAULT ' ',
    barrier_free BOOLEAN NOT NULL DEFAULT FALSE,
    -- Bumped whenever the German source text changes; translations made from an
    -- older revision are outdated.
    source_rev INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    -- Open intervals are stored up to this time; the janitor extends them.
    intervals_until INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX offices_import_key ON offices(county_id, import_key);
CREATE INDEX offices_county ON offices(county_id, category);

CREATE TABLE office_texts (
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('de', 'en', 'ar', 'fa', 'ti')),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    bring TEXT NOT NULL DEFAULT '',
    transport TEXT NOT NULL DEFAULT '',
    -- The contact persons' roles in this language, a JSON array in contact order.
    contact_roles TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    source_rev INTEGER NOT NULL,
    -- Folded words of all fields (letter variants unified) for search.
    search_text TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (office_id, lang)
);

CREATE TABLE office_contacts (
    id INTEGER PRIMARY KEY,
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    phone TEXT,
    email TEXT,
    hours TEXT NOT NULL DEFAULT ''
);
CREATE INDEX office_contacts_office ON office_contacts(office_id, position);

CREATE TABLE office_open_intervals (
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    opens_at INTEGER NOT NULL,
    closes_at INTEGER NOT NULL,
    PRIMARY KEY (office_id, opens_at)
);
CREATE INDEX office_open_intervals_closes ON office_open_intervals(closes_at, opens_at);

CREATE TABLE guides (
    id INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES counties(id),
    source_rev INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX guides_county ON guides(county_id);

CREATE TABLE guide_steps (
    id INTEGER PRIMARY KEY,
    guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    office_id INTEGER REFERENCES offices(id) ON DELETE SET NULL
);
CREATE INDEX guide_steps_guide ON guide_steps(guide_id, position);

CREATE TABLE guide_texts (
    guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('de', 'en', 'ar', 'fa', 'ti')),
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    -- The steps in this language: a JSON array of {title, body, bring} in step order.
    steps TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    source_rev INTEGER NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (guide_id, lang)
);

-- A step of an integration plan can point to an office or a topic guide.
ALTER TABLE plan_steps ADD COLUMN office_id INTEGER REFERENCES offices(id) ON DELETE SET NULL;
ALTER TABLE plan_steps ADD COLUMN guide_id INTEGER REFERENCES guides(id) ON DELETE SET NULL;

-- An uploaded file waiting for the editor to confirm its dry-run report (kept in the
-- database so any server instance can apply it; removed after a day).
CREATE TABLE directory_imports (
    id INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES counties(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    format TEXT NOT NULL CHECK (format IN ('csv', 'integreat')),
    bytes BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    applied_at INTEGER
);
