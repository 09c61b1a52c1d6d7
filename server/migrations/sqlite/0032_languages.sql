-- Languages are folders under locales/ (issue 21): the code learns them from there, so
-- no table may name them. Rows keep a language's code; the application checks it.

-- Goal template titles, one row per language; the German title stays on the template
-- (it is the source, and what lists sort by).
CREATE TABLE goal_template_titles (
    template_id INTEGER NOT NULL REFERENCES goal_templates(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (template_id, lang)
);
INSERT INTO goal_template_titles (template_id, lang, title)
SELECT id, 'en', title_en FROM goal_templates WHERE title_en <> ''
UNION ALL SELECT id, 'ar', title_ar FROM goal_templates WHERE title_ar <> ''
UNION ALL SELECT id, 'fa', title_fa FROM goal_templates WHERE title_fa <> ''
UNION ALL SELECT id, 'ti', title_ti FROM goal_templates WHERE title_ti <> '';
ALTER TABLE goal_templates RENAME COLUMN title_de TO title;
ALTER TABLE goal_templates DROP COLUMN title_en;
ALTER TABLE goal_templates DROP COLUMN title_ar;
ALTER TABLE goal_templates DROP COLUMN title_fa;
ALTER TABLE goal_templates DROP COLUMN title_ti;

-- The directory's texts without the list of five languages (SQLite drops a CHECK only
-- by rebuilding the table; nothing refers to these two).
CREATE TABLE office_texts_new (
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    bring TEXT NOT NULL DEFAULT '',
    transport TEXT NOT NULL DEFAULT '',
    -- The contact persons' roles in this language, a JSON array in contact order.
    contact_roles TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    source_rev INTEGER NOT NULL,
    -- Folded words of all fields (letter variants unified) for search.
    search_text TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (office_id, lang)
);
INSERT INTO office_texts_new SELECT office_id, lang, name, description, bring, transport, contact_roles,
    status, source_rev, search_text, updated_at, updated_by, version FROM office_texts;
DROP TABLE office_texts;
ALTER TABLE office_texts_new RENAME TO office_texts;

CREATE TABLE guide_texts_new (
    guide_id INTEGER NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
    lang TEXT NOT NULL,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    -- The steps in this language: a JSON array of {title, body, bring} in step order.
    steps TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    source_rev INTEGER NOT NULL,
    search_text TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (guide_id, lang)
);
INSERT INTO guide_texts_new SELECT guide_id, lang, title, summary, steps, status, source_rev,
    search_text, updated_at, updated_by, version FROM guide_texts;
DROP TABLE guide_texts;
ALTER TABLE guide_texts_new RENAME TO guide_texts;

-- A municipality's client languages: empty means every language Lotse has, so a new
-- language folder reaches the clients of municipalities that never chose. The old
-- default named the five of its day; where it was never changed, it meant "all".
UPDATE municipalities SET client_langs = '' WHERE client_langs = 'de,en,ar,fa,ti';
