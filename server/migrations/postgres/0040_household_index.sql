-- Most clients live in no household (household_id NULL). The index over every client put
-- them all under one value, so the planner's statistics said a household holds all
-- 100,000 clients of a county and it read the whole table to find a client's household
-- (the notes tab at 100,000 clients: 9.7 ms for that query alone). Only clients in a
-- household are indexed now; `household_id = …` in a query implies it is not NULL, so
-- SQLite and PostgreSQL both use it.
DROP INDEX clients_household;
CREATE INDEX clients_household ON clients(household_id) WHERE household_id IS NOT NULL;
