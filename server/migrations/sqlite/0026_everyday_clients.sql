-- The clients everyday work sees: not restricted (§ 84 SGB X: kept, out of everyday
-- work, shown only to the data-protection officer) and not anonymised after their
-- retention period (nobody left to work with). Every list of clients for staff, and
-- every place that names other clients beside the one in hand (a household, a handover,
-- a group's participants), reads this view instead of `clients`, so a new list cannot
-- forget the rule. The case gate keeps its own check for the record itself; figures and
-- the officer's pages read `clients`. Keep in step with ../postgres/0026_everyday_clients.sql.
CREATE VIEW everyday_clients AS
    SELECT * FROM clients WHERE restricted_at IS NULL AND anonymised_at IS NULL;
