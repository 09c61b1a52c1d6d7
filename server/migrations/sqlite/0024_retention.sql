-- Retention: how long each kind of record is kept, per municipality (a missing row is
-- the lawful default in `lotse_app::privacy::RETENTION`; the case file's period stays in
-- municipalities.retention_months, which the case's end already reads). The daily job
-- (`server/src/retention.rs`) claims each day once across instances, counts first (the
-- dry run the data-protection officer reads), then deletes or anonymises, and stores
-- both reports. Keep in step with ../postgres/0024_retention.sql.
CREATE TABLE retention_rules (
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    months INTEGER NOT NULL CHECK (months > 0),
    changed_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    changed_at INTEGER NOT NULL,
    PRIMARY KEY (municipality_id, kind)
);

-- A case anonymised after its retention period: the row stays for the figures (field,
-- outcome, year), with nothing that identifies the person.
ALTER TABLE clients ADD COLUMN anonymised_at INTEGER;
CREATE INDEX clients_retention ON clients(municipality_id, closed_at) WHERE anonymised_at IS NULL;

CREATE TABLE retention_runs (
    -- ISO date in the municipality's zone: one run a day, whichever instance claims it.
    day TEXT PRIMARY KEY,
    claimed_at INTEGER NOT NULL,
    -- JSON: per municipality, per kind, the rows the run would touch / touched.
    dry_run TEXT,
    done TEXT,
    finished_at INTEGER
);
