-- The words of office names alone, for a search that reads the offices whose name holds
-- the word before any whose text does (`Store::office_search_page`): through the table's
-- key it read every posting of the word, names and texts in every language (31,062 for
-- "jobcenter" at 20,040 offices) to find the thousand names.
CREATE INDEX office_words_names ON office_words (word, lang, office_id) WHERE in_name = 1;
