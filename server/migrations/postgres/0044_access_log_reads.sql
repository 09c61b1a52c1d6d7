-- Has this person read this page of this client's record today? Asked on every page a
-- client opens (logged once a day) and for each client of a caseload a team lead or
-- coordinator opens (one line per client and day). The indexes by client and time or
-- by person and time held every read of the day: the guide's own reads of a case file
-- (one line each) were walked for each client of the list (2.2 ms a team's page on
-- PostgreSQL after a busy morning), and PostgreSQL planned the client's question anew
-- on every page because a plan for the values looked cheaper than its general one.
-- Here the answer is one index entry, whatever the day held.
CREATE INDEX access_log_reads ON access_log(client_id, actor_user_id, detail, at);
