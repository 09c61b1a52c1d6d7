-- Two more staff roles: the volunteer coordinator (group offers and volunteers of one
-- municipality, never case files) and the county coordinator (figures across the
-- county's municipalities and the directory, never case content). Keep in step with
-- ../sqlite/0016_roles.sql.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('client', 'volunteer',
    'guide', 'coordinator', 'admin', 'volunteer_coordinator', 'county_coordinator'));
