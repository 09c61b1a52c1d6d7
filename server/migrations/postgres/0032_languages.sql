-- Languages are folders under locales/ (issue 21): the code learns them from there, so
-- no table may name them. Rows keep a language's code; the application checks it.

-- Goal template titles, one row per language; the German title stays on the template
-- (it is the source, and what lists sort by).
CREATE TABLE goal_template_titles (
    template_id BIGINT NOT NULL REFERENCES goal_templates(id) ON DELETE CASCADE,
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
ALTER TABLE goal_templates DROP COLUMN title_en, DROP COLUMN title_ar, DROP COLUMN title_fa, DROP COLUMN title_ti;

-- The directory's texts without the list of five languages.
ALTER TABLE office_texts DROP CONSTRAINT IF EXISTS office_texts_lang_check;
ALTER TABLE guide_texts DROP CONSTRAINT IF EXISTS guide_texts_lang_check;

-- A municipality's client languages: empty means every language Lotse has, so a new
-- language folder reaches the clients of municipalities that never chose. The old
-- default named the five of its day; where it was never changed, it meant "all".
UPDATE municipalities SET client_langs = '' WHERE client_langs = 'de,en,ar,fa,ti';
ALTER TABLE municipalities ALTER COLUMN client_langs SET DEFAULT '';
