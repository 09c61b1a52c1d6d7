-- Which languages a municipality's clients may choose for their app (the language
-- switcher, the new-client form): codes in the app's order, comma-separated; all five
-- by default. Keep in step with ../sqlite/0018_client_languages.sql.
ALTER TABLE municipalities ADD COLUMN client_langs TEXT NOT NULL DEFAULT 'de,en,ar,fa,ti';
