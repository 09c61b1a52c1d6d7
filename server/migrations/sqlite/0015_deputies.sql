-- Deputies (Vertretung): for a period (holiday, illness) a colleague of the same team
-- sees the guide's cases as the guide does (never more), and the client sees who stands
-- in. Dates are the municipality's calendar days, both included. Keep in step with
-- ../postgres/0015_deputies.sql.
CREATE TABLE deputies (
    id INTEGER PRIMARY KEY,
    guide_id INTEGER NOT NULL REFERENCES users(id),
    deputy_id INTEGER NOT NULL REFERENCES users(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    ended_at INTEGER,
    CHECK (guide_id <> deputy_id),
    CHECK (starts_on <= ends_on)
);
CREATE INDEX deputies_deputy ON deputies(deputy_id, starts_on, ends_on);
CREATE INDEX deputies_guide ON deputies(guide_id, starts_on, ends_on);
