-- The municipality's integration goals (an integration concept: goals, measures and
-- indicators per field of action, renewed every two to three years; seed 000). Each
-- indicator is either computed by Lotse from the figures (its key names which) or
-- entered by hand with its source; the path over time is drawn against the target.
-- Keep in step with ../postgres/0020_integration_goals.sql.
CREATE TABLE integration_goals (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    field TEXT NOT NULL,
    title TEXT NOT NULL,
    -- What the municipality does to reach it.
    measures TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX integration_goals_municipality ON integration_goals(municipality_id, field);

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES integration_goals(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    -- A computed indicator's key (see lotse_app::goals::COMPUTED), or NULL when the
    -- values are entered by hand.
    computed TEXT,
    unit TEXT NOT NULL CHECK (unit IN ('percent', 'count', 'days')),
    -- Whether the aim is a higher value ('up') or a lower one ('down': days, children waiting).
    aim TEXT NOT NULL DEFAULT 'up' CHECK (aim IN ('up', 'down')),
    -- For values entered by hand: where they come from.
    source TEXT NOT NULL DEFAULT '',
    baseline_on TEXT NOT NULL,
    target_value REAL NOT NULL,
    target_on TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX indicators_goal ON indicators(goal_id);

CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX indicator_values_indicator ON indicator_values(indicator_id, measured_on);

-- The figures start from each client's latest assignment and look up a goal's outcome at
-- closing: both by client or goal, including ended assignments (measured with 100,000
-- clients over five years: without these a dashboard page read every assignment once per
-- client).
CREATE INDEX assignments_client ON assignments(client_id, id);
CREATE INDEX closure_outcomes_goal ON closure_outcomes(goal_id, closure_id);
