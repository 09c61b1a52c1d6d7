-- The words of office names with the name they belong to, so that a one-word search
-- reads the offices whose name holds the word in name order, straight from this index,
-- and stops after the page (`Store::office_search_page`). Before, it read all of them
-- and sorted: 1,002 offices named "Jobcenter …" at 20,040 offices, for every page.
-- Only the name's own words carry it (`in_name = 1`); the texts' words keep NULL.
ALTER TABLE office_words ADD COLUMN name TEXT;
UPDATE office_words SET name = (
    SELECT t.name FROM office_texts t
    WHERE t.office_id = office_words.office_id AND t.lang = office_words.lang
) WHERE in_name = 1;
DROP INDEX office_words_names;
CREATE INDEX office_words_names ON office_words (word, lang, name, office_id) WHERE in_name = 1;

-- The offices shown to a reader under a name in another language (no published text in
-- theirs): few where the county translates, so a search reads their names in name order
-- from here instead of passing over every office named in the reader's language.
CREATE INDEX office_names_untranslated ON office_names (county_id, reader, fallback, lang, name, office_id)
WHERE lang <> reader;
