-- The clients everyday work sees; see ../sqlite/0026_everyday_clients.sql. PostgreSQL
-- expands `*` when the view is made: a migration that adds a column to `clients` which a
-- staff list needs recreates the view (CREATE OR REPLACE VIEW … SELECT * …).
CREATE VIEW everyday_clients AS
    SELECT * FROM clients WHERE restricted_at IS NULL AND anonymised_at IS NULL;
