-- Each offer's next date that takes place, kept with the offer so that the list of a
-- municipality's offers (soonest first) is one range of an index and a page reads its
-- 20 rows. Before, every list computed the next date of every offer and sorted them all:
-- 41 lists a second at 2,000 offers with ten years of dates.
-- `Store::set_next_date` writes it whenever a date is added, moved or cancelled; a date
-- that has begun makes it stale (earlier than now), and `Store::refresh_next_dates`
-- computes those again before a list is read. 9223372036854775807: no date ahead (the
-- end of the order, which an index cannot put NULLs at on both databases alike).
ALTER TABLE group_offers ADD COLUMN next_at INTEGER NOT NULL DEFAULT 9223372036854775807;
UPDATE group_offers SET next_at = COALESCE((SELECT MIN(s.starts_at) FROM group_sessions s
    WHERE s.group_id = group_offers.id AND s.status = 'scheduled'
      AND s.starts_at >= CAST(strftime('%s', 'now') AS INTEGER)), 9223372036854775807);
CREATE INDEX group_offers_next ON group_offers (municipality_id, next_at, id);
-- Where stale dates are found (anywhere: the public pages list every municipality).
CREATE INDEX group_offers_next_any ON group_offers (next_at);
-- A volunteer's shifts start from the groups they help in (the key begins with the group).
CREATE INDEX group_volunteers_user ON group_volunteers (user_id, group_id);
