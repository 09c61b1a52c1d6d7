-- Found by reading the plan of every statement the daily pages run (issue 20).
-- A group's seats: the only index on group_participants held the active sign-ups
-- (`status <> 'cancelled'`), and SQLite does not see that `status = 'confirmed'` is one of
-- them, so it read the whole table for every count of an offer's seats (the offers list
-- built a temporary index for each page).
CREATE INDEX group_participants_group ON group_participants(group_id, status);
-- A volunteer interpreter's appointments: with no way to find the interpreter by the
-- signed-in user, SQLite read every future appointment of the county and kept theirs.
CREATE INDEX interpreters_user ON interpreters(user_id);
