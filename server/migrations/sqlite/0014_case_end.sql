-- The end of a case ("uns selbst überflüssig machen"): each closing of a client's
-- support with its reason, the outcome of each goal still open, and a reopening if
-- one came. A client may have several episodes over the years: an episode runs from the
-- client's start (or the last reopening) to a closing. Keep in step with
-- ../postgres/0014_case_end.sql.
CREATE TABLE case_closures (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    episode_started_at INTEGER NOT NULL,
    closed_at INTEGER NOT NULL,
    closed_by INTEGER NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL CHECK (reason IN ('independent', 'regular_services', 'moved', 'unreachable', 'declined', 'other')),
    -- With 'regular_services': which (a code the client's page names in their language).
    handed_to TEXT CHECK (handed_to IN ('jobcenter', 'migration_advice', 'youth_migration', 'social_services', 'other')),
    -- With 'moved': the place (a name, as the client would write it).
    moved_to TEXT,
    note TEXT NOT NULL DEFAULT '',
    reopened_at INTEGER,
    reopened_by INTEGER REFERENCES users(id)
);
CREATE INDEX case_closures_client ON case_closures(client_id, closed_at);
CREATE INDEX case_closures_closed ON case_closures(closed_at);

CREATE TABLE closure_outcomes (
    closure_id INTEGER NOT NULL REFERENCES case_closures(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    outcome TEXT NOT NULL CHECK (outcome IN ('achieved', 'partly', 'not_achieved', 'no_longer_relevant')),
    PRIMARY KEY (closure_id, goal_id)
);

-- How long a closed case is kept (and can be reopened, and read by the client) before
-- it is deleted; the retention issue acts on it.
ALTER TABLE municipalities ADD COLUMN retention_months INTEGER NOT NULL DEFAULT 36;
CREATE INDEX clients_closed ON clients(closed_at);
