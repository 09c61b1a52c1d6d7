-- Each word of an office's name carries all the name's folded words (" a b c "), so that
-- a search of several words, walking the names of one of its words, sees at once which
-- of its other words the same name holds (`db::directory_search_levels`). Before, each
-- such test was an index probe per matching word (nine for the compounds of "beratung"),
-- and a search for "beratung frauen" at 20,040 offices grouped all 23,547 postings of
-- its words to rank them, for every page.
ALTER TABLE office_words ADD COLUMN name_words TEXT;
UPDATE office_words w SET name_words = x.words
FROM (
    SELECT office_id, lang, ' ' || string_agg(word, ' ') || ' ' AS words
    FROM office_words WHERE in_name = 1 GROUP BY office_id, lang
) x
WHERE w.in_name = 1 AND x.office_id = w.office_id AND x.lang = w.lang;
DROP INDEX office_words_names;
CREATE INDEX office_words_names ON office_words (word, lang, name COLLATE "C", office_id) INCLUDE (name_words)
WHERE in_name = 1;
