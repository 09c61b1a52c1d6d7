-- The client's self-service (SQLite): deadlines, requests with a photo, and asking to
-- revoke a consent. Keep in step with ../postgres/0004_self_service.sql.

-- Dates that matter: added by the guide or by the client. The residence permit's expiry
-- is not copied here; it is read from the intake so there is one place to change it.
CREATE TABLE deadlines (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('residence_permit', 'benefit_renewal', 'registration', 'document', 'other')),
    title TEXT NOT NULL DEFAULT '',
    due_on TEXT NOT NULL,
    -- How many days ahead the reminder starts (in the app and in the calendar).
    remind_days INTEGER NOT NULL,
    by_client BOOLEAN NOT NULL DEFAULT FALSE,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    done_at INTEGER,
    -- Idempotency key of a form sent from the phone (queued while offline).
    client_key TEXT
);
CREATE INDEX deadlines_client ON deadlines(client_id, due_on);
CREATE UNIQUE INDEX deadlines_key ON deadlines(client_id, client_key);

-- Requests sent from the phone carry an idempotency key; a request may ask to revoke
-- a consent; an answer the client has not opened yet is new.
ALTER TABLE client_requests ADD COLUMN client_key TEXT;
CREATE UNIQUE INDEX client_requests_key ON client_requests(client_id, client_key);
ALTER TABLE client_requests ADD COLUMN consent_id INTEGER REFERENCES consents(id) ON DELETE SET NULL;
CREATE INDEX client_requests_client ON client_requests(client_id, created_at);
ALTER TABLE client_requests ADD COLUMN answer_seen_at INTEGER;

-- A photo of a letter sent with a request: checked to be a JPEG, PNG or WebP image of
-- bounded size. Deleted some time after the request is answered (retention).
CREATE TABLE request_photos (
    request_id INTEGER PRIMARY KEY REFERENCES client_requests(id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    bytes BLOB NOT NULL
);

-- A phone number for the place of an appointment, so the client can tap to call.
ALTER TABLE appointments ADD COLUMN contact_phone TEXT;

-- "Who opened my file" lists staff entries only; the client's own visits (most rows of
-- an active client) stay out of the scan.
CREATE INDEX access_log_staff ON access_log(client_id, at) WHERE actor_role <> 'client';
