-- The client's own view (SQLite): what changed in the plan since the client last looked.
-- Keep in step with ../postgres/0003_client_view.sql.

-- When the client last opened their plan.
ALTER TABLE clients ADD COLUMN plan_seen_at INTEGER;
-- When the guide last changed a goal or step (the client's own ticks do not count).
ALTER TABLE goals ADD COLUMN changed_at INTEGER;
ALTER TABLE plan_steps ADD COLUMN changed_at INTEGER;
UPDATE goals SET changed_at = created_at;
UPDATE plan_steps SET changed_at = created_at;

-- A request to move an appointment is a client request tied to it.
ALTER TABLE client_requests ADD COLUMN appointment_id INTEGER REFERENCES appointments(id) ON DELETE SET NULL;

-- Secret links to the client's calendar feed. Only a hash is stored; a new link revokes
-- the old one, and a revoked link answers 404.
CREATE TABLE calendar_tokens (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX calendar_tokens_client ON calendar_tokens(client_id);
