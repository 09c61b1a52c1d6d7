-- Figures counted once and served until they are older than LOTSE_FIGURES_MAX_AGE
-- (minutes): at 100,000 clients a dashboard takes seconds to count, and a coordinator
-- steering by a year's figures needs them as of a few minutes ago, not recounted on every
-- view. Only counts live here (no client is named); who may read which filter is checked
-- before a snapshot is looked up.
CREATE TABLE figure_snapshots (
    -- The filter and period, as `figures::stored::Ask::key` writes them.
    key TEXT PRIMARY KEY,
    county_id BIGINT NOT NULL,
    -- 0 for "all".
    municipality_id BIGINT NOT NULL,
    provider_id BIGINT NOT NULL,
    team_id BIGINT NOT NULL,
    guide_id BIGINT NOT NULL,
    -- Both '' for the rolling default: this year up to today.
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    counted_at BIGINT NOT NULL,
    -- The warmer recounts those viewed lately before they go stale.
    viewed_at BIGINT NOT NULL,
    -- JSON: the period counted and the dashboard's sections.
    body TEXT NOT NULL
);
CREATE INDEX figure_snapshots_viewed ON figure_snapshots(viewed_at);

-- Computed indicator points: a quarter that is over is counted once and kept (what was
-- reported stays as reported); the running quarter is recounted when older than the
-- snapshots' age.
CREATE TABLE indicator_points (
    indicator_id BIGINT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    quarter_end TEXT NOT NULL,
    value DOUBLE PRECISION,
    of_cases BIGINT NOT NULL,
    counted_at BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, quarter_end)
);
