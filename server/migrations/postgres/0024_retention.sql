-- Retention rules, anonymised cases and the daily job's runs. Keep in step with
-- ../sqlite/0024_retention.sql, which explains each part.
CREATE TABLE retention_rules (
    municipality_id BIGINT NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    months BIGINT NOT NULL CHECK (months > 0),
    changed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    changed_at BIGINT NOT NULL,
    PRIMARY KEY (municipality_id, kind)
);

ALTER TABLE clients ADD COLUMN anonymised_at BIGINT;
CREATE INDEX clients_retention ON clients(municipality_id, closed_at) WHERE anonymised_at IS NULL;

CREATE TABLE retention_runs (
    day TEXT PRIMARY KEY,
    claimed_at BIGINT NOT NULL,
    dry_run TEXT,
    done TEXT,
    finished_at BIGINT
);
