-- An appointment at a health or psychosocial service is health data (GDPR art. 9): only
-- the client's own guide (and the client) see where it is and what came of it; others
-- see that there is a health appointment at that time. Earlier appointments cannot be
-- told apart afterwards and stay unmarked.
ALTER TABLE appointments ADD COLUMN health BOOLEAN NOT NULL DEFAULT FALSE;
