-- The name each office is listed under, for every reader language and the language
-- they read where theirs is missing (the reader's text if published, else the fallback's,
-- else German), kept by `Store::index_office_text` with the search index after each
-- save. The office list is then one range of an index in name order, and a page reads
-- its 20 rows instead of naming and sorting every office of the county first (which
-- made the list grow with the county: 49 lists a second at 10,040 offices).
CREATE TABLE office_names (
    office_id INTEGER NOT NULL REFERENCES offices(id) ON DELETE CASCADE,
    county_id INTEGER NOT NULL,
    reader TEXT NOT NULL,
    fallback TEXT NOT NULL,
    -- The language the name is in.
    lang TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (office_id, reader, fallback)
);
CREATE INDEX office_names_list ON office_names (county_id, reader, fallback, name, office_id);

-- The names of the offices already there, for the languages this release ships (the
-- list reads only this table: it must not be empty until the janitor comes round). A
-- language added later is noticed by the janitor (`mark_office_names_for_new_languages`).
INSERT INTO office_names (office_id, county_id, reader, fallback, lang, name)
SELECT o.id, o.county_id, rd.code, fb.code,
  CASE WHEN r.name IS NOT NULL THEN r.lang WHEN f.name IS NOT NULL THEN f.lang ELSE src.lang END,
  COALESCE(r.name, f.name, src.name)
FROM offices o
JOIN office_texts src ON src.office_id = o.id AND src.lang = 'de' AND src.status = 'published'
CROSS JOIN (SELECT 'ar' AS code UNION ALL SELECT 'de' AS code UNION ALL SELECT 'en' AS code UNION ALL SELECT 'fa' AS code UNION ALL SELECT 'prs' AS code UNION ALL SELECT 'ti' AS code UNION ALL SELECT 'uk' AS code) rd
CROSS JOIN (SELECT 'ar' AS code UNION ALL SELECT 'de' AS code UNION ALL SELECT 'en' AS code UNION ALL SELECT 'fa' AS code UNION ALL SELECT 'prs' AS code UNION ALL SELECT 'ti' AS code UNION ALL SELECT 'uk' AS code) fb
LEFT JOIN office_texts r ON r.office_id = o.id AND r.lang = rd.code AND r.status = 'published'
LEFT JOIN office_texts f ON f.office_id = o.id AND f.lang = fb.code AND f.status = 'published';
