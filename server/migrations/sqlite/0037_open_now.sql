-- The offices open at an instant, found from the intervals that began before it: a list
-- filtered to "open now" starts there when few are open (evenings, weekends) instead of
-- walking every office of the county in name order to find them (29 lists a second at
-- 20,040 offices, when those open were a few names far down the order).
CREATE INDEX office_open_intervals_now ON office_open_intervals (opens_at, closes_at, office_id);
