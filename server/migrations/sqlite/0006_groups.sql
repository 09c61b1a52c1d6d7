-- Group offers (SQLite): language cafés, courses, sports groups and the like, run by
-- volunteers. Texts in five languages like the directory's; recurring series expanded
-- into sessions a year ahead; shifts per session and role; participants with a waitlist.
-- Keep in step with ../postgres/0006_groups.sql.

CREATE TABLE group_offers (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    category TEXT NOT NULL,
    target_group TEXT NOT NULL,
    -- Where it meets: a place from the directory, or an address.
    office_id INTEGER REFERENCES offices(id),
    address TEXT NOT NULL DEFAULT '',
    childcare BOOLEAN NOT NULL DEFAULT FALSE,
    barrier_free BOOLEAN NOT NULL DEFAULT FALSE,
    -- Participants at a time; more go on the waitlist.
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_phone TEXT,
    contact_email TEXT,
    -- German source revision (translations made from an older one are outdated).
    source_rev INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1,
    -- Bumped by every sign-up: the first write of a sign-up, so concurrent ones queue.
    signups_rev INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX group_offers_municipality ON group_offers(municipality_id);

CREATE TABLE group_texts (
    group_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    source_rev INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    PRIMARY KEY (group_id, lang)
);

-- A recurring series: weekly, every two weeks, or monthly on the nth weekday
-- (nth -1: the last), at a local time in Europe/Berlin.
CREATE TABLE group_series (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    repeat TEXT NOT NULL CHECK (repeat IN ('weekly', 'biweekly', 'monthly')),
    nth INTEGER,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    start_time TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    first_on TEXT NOT NULL,
    last_on TEXT,
    created_at INTEGER NOT NULL
);

-- Sessions: from a series (keyed by the date it falls on, so a moved session keeps its
-- place) or one-off. Cancelled and moved ones say why.
CREATE TABLE group_sessions (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    series_id INTEGER REFERENCES group_series(id) ON DELETE CASCADE,
    occurs_on TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled')),
    moved BOOLEAN NOT NULL DEFAULT FALSE,
    reason TEXT,
    -- Participants counted on the day (for reports; no names).
    head_count INTEGER CHECK (head_count >= 0),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX group_sessions_series_day ON group_sessions(series_id, occurs_on);
CREATE INDEX group_sessions_group ON group_sessions(group_id, starts_at);
CREATE INDEX group_sessions_time ON group_sessions(starts_at);

-- How many volunteers each session needs per role.
CREATE TABLE group_shift_needs (
    group_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('lead', 'helper', 'childcare', 'interpreter')),
    needed INTEGER NOT NULL CHECK (needed >= 0),
    PRIMARY KEY (group_id, role)
);

-- The volunteers of a group: they see its shifts and hear of late cancellations.
CREATE TABLE group_volunteers (
    group_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE shift_signups (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    role TEXT NOT NULL,
    signed_up_at INTEGER NOT NULL,
    cancelled_at INTEGER,
    -- Hours recorded afterwards, for thanks and certificates.
    minutes INTEGER
);
CREATE UNIQUE INDEX shift_signups_active ON shift_signups(session_id, user_id) WHERE cancelled_at IS NULL;
CREATE INDEX shift_signups_user ON shift_signups(user_id, session_id);

CREATE TABLE group_participants (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES group_offers(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlist', 'cancelled')),
    -- The client agreed that the group's volunteers see their first name.
    share_first_name BOOLEAN NOT NULL DEFAULT FALSE,
    signed_up_at INTEGER NOT NULL,
    signed_up_by INTEGER REFERENCES users(id),
    plan_step_id INTEGER REFERENCES plan_steps(id) ON DELETE SET NULL,
    changed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX group_participants_active ON group_participants(group_id, client_id) WHERE status <> 'cancelled';
CREATE INDEX group_participants_client ON group_participants(client_id);
