-- The case gate: each line of the plan's history names the goal it is about, so that
-- lines about goals a reader may not see (health, outside the handover window) are
-- hidden with their goal. NULL: the plan as a whole (a confirmation).
ALTER TABLE plan_history ADD COLUMN goal_id BIGINT REFERENCES goals(id) ON DELETE CASCADE;

-- Earlier lines: a goal's own lines by its title, a step's lines by the step's text.
UPDATE plan_history SET goal_id = (
    SELECT g.id FROM goals g
    WHERE g.client_id = plan_history.client_id AND g.title = plan_history.subject
    ORDER BY g.id LIMIT 1)
WHERE change IN ('goal-added', 'goal-updated');
UPDATE plan_history SET goal_id = (
    SELECT s.goal_id FROM plan_steps s
    WHERE s.client_id = plan_history.client_id AND s.text = plan_history.subject
    ORDER BY s.id LIMIT 1)
WHERE goal_id IS NULL AND change <> 'plan-confirmed';

-- Where the handover window of an assignment begins (NULL: at its start). A handover
-- inside a team keeps the window of the assignment before it: a new assignment never
-- sees more of the earlier record than the one it follows.
ALTER TABLE assignments ADD COLUMN history_since BIGINT;

-- When staff gave an already activated client a new code and that code was used: the
-- client's home page says so (who, when) for 30 days, so that a takeover of the account
-- by staff cannot go unnoticed.
ALTER TABLE clients ADD COLUMN access_renewed_at BIGINT;
ALTER TABLE clients ADD COLUMN access_renewed_by BIGINT REFERENCES users(id);
