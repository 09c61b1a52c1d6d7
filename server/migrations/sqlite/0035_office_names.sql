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

-- Every text is indexed again by the janitor at start, which writes the names too.
UPDATE office_texts SET indexed_version = NULL;
