-- One-to-one volunteering (Patenschaften, accompaniment, rides): a guide asks for a
-- volunteer for one client; Lotse proposes volunteers, the guide asks one or more, and
-- the first who accepts is matched. The volunteer sees the client's first name, the
-- time, the place, the language and what to bring, and only while the task runs and the
-- client's consent (purpose 'companion') stands; never the case. Districts are where
-- people meet: a volunteer names the ones they can reach, a task the one it is in.
-- Keep in step with ../postgres/0027_companions.sql.

-- A municipality's districts (Ortsteile). Retired ones stay for what refers to them.
CREATE TABLE districts (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    retired_at INTEGER
);
CREATE INDEX districts_municipality ON districts(municipality_id);

-- District ids separated by spaces, as the profile's other codes.
ALTER TABLE volunteer_profiles ADD COLUMN districts TEXT NOT NULL DEFAULT '';

CREATE TABLE companion_tasks (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    kind TEXT NOT NULL CHECK (kind IN ('mentoring', 'accompaniment', 'ride')),
    -- The appointment an accompaniment or ride is for (its time and place are copied:
    -- the guide words the place for the volunteer).
    appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL,
    -- Copied from a health appointment: special-category data, the own guide only.
    health BOOLEAN NOT NULL DEFAULT FALSE,
    -- The time to meet (a mentoring pair: the first meeting) and how long it takes.
    starts_at INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    place TEXT NOT NULL,
    district_id INTEGER REFERENCES districts(id),
    -- The language the companion should speak (ISO 639-1) and a skill they need.
    language TEXT NOT NULL,
    skill TEXT,
    bring TEXT NOT NULL DEFAULT '',
    -- A mentoring pair reports every so many days; its planned end.
    checkin_days INTEGER,
    ends_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'matched', 'ended', 'cancelled')),
    volunteer_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    matched_at INTEGER,
    ended_at INTEGER,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX companion_tasks_client ON companion_tasks(client_id, status);
CREATE INDEX companion_tasks_volunteer ON companion_tasks(volunteer_id, status);

-- Whom the guide asked, and what they answered.
CREATE TABLE companion_asks (
    task_id INTEGER NOT NULL REFERENCES companion_tasks(id) ON DELETE CASCADE,
    volunteer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    asked_by INTEGER NOT NULL REFERENCES users(id),
    asked_at INTEGER NOT NULL,
    answer TEXT CHECK (answer IN ('accepted', 'declined', 'withdrawn')),
    answered_at INTEGER,
    PRIMARY KEY (task_id, volunteer_id)
);
CREATE INDEX companion_asks_volunteer ON companion_asks(volunteer_id, answer);

-- Time a volunteer spent (an accompaniment, a ride, a mentoring meeting) and, for a
-- mentoring pair, the check-in: all is well, or "please call me". No words about the
-- client: the hours outlive the task (kind and date are enough for a certificate).
CREATE TABLE companion_meetings (
    id INTEGER PRIMARY KEY,
    task_id INTEGER REFERENCES companion_tasks(id) ON DELETE SET NULL,
    volunteer_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    met_on TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    call_me BOOLEAN NOT NULL DEFAULT FALSE,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX companion_meetings_task ON companion_meetings(task_id, met_on);
CREATE INDEX companion_meetings_volunteer ON companion_meetings(volunteer_id, met_on);
