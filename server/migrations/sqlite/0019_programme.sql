-- A funded programme's measures, each with milestones and the evidence that they were
-- reached (KISI/AMIF asks for three milestones per measure, each proven; seed 002).
-- Counts and titles only: no client's data is ever evidence. Keep in step with
-- ../postgres/0019_programme.sql.
CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    programme TEXT NOT NULL,
    title TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX measures_municipality ON measures(municipality_id);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measures(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    due_on TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reached', 'missed')),
    reached_on TEXT,
    -- Changes of the state are checked against the version the editor saw.
    version INTEGER NOT NULL DEFAULT 1,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at INTEGER NOT NULL
);
CREATE INDEX milestones_measure ON milestones(measure_id, due_on);

-- Evidence: a note, a link, a figure table frozen on the day (JSON of its shown words
-- and values, so it never changes), or a document (PDF or image, bounded size).
CREATE TABLE milestone_evidence (
    id INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('note', 'link', 'figure', 'document')),
    -- The note, the link, the figure's title or the document's file name.
    text TEXT NOT NULL,
    figure TEXT,
    content_type TEXT,
    bytes BLOB,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX milestone_evidence_milestone ON milestone_evidence(milestone_id);
