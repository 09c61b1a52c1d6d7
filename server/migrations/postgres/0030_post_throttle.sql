-- The flood counter serves every public post now (complaints, their code lookups,
-- event registrations), not complaints alone: one table, named for what it does.
-- Keep in step with ../sqlite/0030_post_throttle.sql.
ALTER TABLE complaint_throttle RENAME TO post_throttle;
DROP INDEX complaint_throttle_at;
CREATE INDEX post_throttle_at ON post_throttle(address_hash, action, at);
