-- A form whose post arrived after its session ran out, kept for the person whose session
-- it was: after they sign in again (and only they), they see it and may send it. The
-- sign-in page carries only this row's random key, never the form itself.
CREATE TABLE kept_forms (
    key_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    fields TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX kept_forms_created ON kept_forms(created_at);
