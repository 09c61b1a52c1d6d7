-- The client's own view (PostgreSQL): what changed in the plan since the client last looked.
-- Keep in step with ../sqlite/0003_client_view.sql.

-- When the client last opened their plan.
ALTER TABLE clients ADD COLUMN plan_seen_at BIGINT;
-- When the guide last changed a goal or step (the client's own ticks do not count).
ALTER TABLE goals ADD COLUMN changed_at BIGINT;
ALTER TABLE plan_steps ADD COLUMN changed_at BIGINT;
UPDATE goals SET changed_at = created_at;
UPDATE plan_steps SET changed_at = created_at;
