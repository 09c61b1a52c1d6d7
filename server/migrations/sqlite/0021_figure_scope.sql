-- The figures count over "each client's latest assignment" (for a closed case: the guide
-- who closed it). Looked up per client with MAX(id) on every figure query, SQLite took
-- 70 s for one count over 100,000 clients and 342 s to list them. The latest guide and
-- team now live on the client row, kept current by the database itself whenever an
-- assignment is written, so no code path that hands a case over can forget it.
ALTER TABLE clients ADD COLUMN latest_guide_id INTEGER;
ALTER TABLE clients ADD COLUMN latest_team_id INTEGER;

UPDATE clients SET
    latest_guide_id = (SELECT a.guide_id FROM assignments a WHERE a.client_id = clients.id ORDER BY a.id DESC LIMIT 1),
    latest_team_id = (SELECT a.team_id FROM assignments a WHERE a.client_id = clients.id ORDER BY a.id DESC LIMIT 1);

CREATE TRIGGER assignments_latest AFTER INSERT ON assignments
BEGIN
    UPDATE clients SET latest_guide_id = NEW.guide_id, latest_team_id = NEW.team_id WHERE id = NEW.client_id;
END;

CREATE INDEX clients_latest_team ON clients(latest_team_id);
CREATE INDEX clients_latest_guide ON clients(latest_guide_id);

-- Figures over a period start from the events in it (measured at 100,000 clients: the
-- referrals of a year were found by reading every client's).
CREATE INDEX clients_created ON clients(created_at);
CREATE INDEX referrals_created ON referrals(created_at);
CREATE INDEX appointments_starts ON appointments(starts_at);
CREATE INDEX goals_created ON goals(created_at);
CREATE INDEX client_requests_created ON client_requests(created_at);
