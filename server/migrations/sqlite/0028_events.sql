-- Public events (a summer festival, an information evening, a Kita information day):
-- one-off dates on a page without sign-in, in the five languages, with the place from
-- the directory, an iCalendar feed and a poster with a QR code; a resident or client
-- registers where the event asks for it. Group offers a coordinator marks public are
-- listed beside them. Keep in step with ../postgres/0028_events.sql.
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    -- Where: a place of the directory, and/or words (a room, an address).
    office_id INTEGER REFERENCES offices(id) ON DELETE SET NULL,
    place TEXT NOT NULL DEFAULT '',
    starts_at INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    -- Registration asked for; places (NULL: as many as come).
    registration BOOLEAN NOT NULL DEFAULT FALSE,
    capacity INTEGER,
    status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'cancelled')),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX events_municipality ON events(municipality_id, starts_at);

-- Title and description per language; German is always there, others where written.
CREATE TABLE event_texts (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (event_id, lang)
);

-- Who registered: a first name, how many people, a way to reach them if given. The
-- form's idempotency key (hashed) makes a retried post land once.
CREATE TABLE event_registrations (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    people INTEGER NOT NULL CHECK (people >= 1),
    contact TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
CREATE INDEX event_registrations_event ON event_registrations(event_id);

ALTER TABLE group_offers ADD COLUMN public BOOLEAN NOT NULL DEFAULT FALSE;
