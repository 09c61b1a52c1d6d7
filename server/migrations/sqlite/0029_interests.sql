-- What a client would like to take part in (kinds of group offer) and when, and whether
-- they need childcare to come: ticked by the client in their language or recorded by
-- their guide. Coordinators see it counted, never named, beside the offers that exist.
-- Keep in step with ../postgres/0029_interests.sql.
CREATE TABLE client_interests (
    client_id INTEGER PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
    -- Codes separated by spaces: kinds of offer (group categories) and times.
    kinds TEXT NOT NULL DEFAULT '',
    times TEXT NOT NULL DEFAULT '',
    childcare BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
