-- Households: adults of one household each have their own case and plan, but are linked,
-- so that their guide sees the household and can write one note for several of them
-- (seed 004: "Beratungsansatz für die gesamte Familie"). Each member's case keeps its
-- own access rules; the link says only who belongs together. Keep in step with
-- ../postgres/0017_households.sql.
CREATE TABLE households (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    created_at INTEGER NOT NULL
);
ALTER TABLE clients ADD COLUMN household_id INTEGER REFERENCES households(id);
CREATE INDEX clients_household ON clients(household_id);
