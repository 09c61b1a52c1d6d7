-- Found by reading the plan of every statement the daily pages run (issue 20).
-- A group's seats: the only index on group_participants held the active sign-ups
-- (`status <> 'cancelled'`), and SQLite does not see that `status = 'confirmed'` is one of
-- them, so it read the whole table for every count of an offer's seats (the offers list
-- built a temporary index for each page).
CREATE INDEX group_participants_group ON group_participants(group_id, status);
-- A volunteer interpreter's appointments: with no way to find the interpreter by the
-- signed-in user, SQLite read every future appointment of the county and kept theirs.
CREATE INDEX interpreters_user ON interpreters(user_id);
-- The county's dates in time order, ties by id (the shifts page of a volunteer in many
-- groups walks them until its page is full). SQLite's index carries the row id; here
-- the index held only the time, so PostgreSQL read and sorted every date of the first
-- hour rather than stopping after the page (2,000 offers: 101 dates for a page of 21).
DROP INDEX group_sessions_time;
CREATE INDEX group_sessions_time ON group_sessions(starts_at, id);
