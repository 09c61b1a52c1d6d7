-- Complaints, suggestions and praise (Beschwerdemanagement, KISI): sent by a client, a
-- volunteer or anyone from the public page, named or anonymous; routed to the handler the
-- municipality named for what it is about, never to the person it is about; followed by
-- the sender with a code. Keep in step with ../postgres/0025_complaints.sql.
CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    kind TEXT NOT NULL CHECK (kind IN ('complaint', 'suggestion', 'praise')),
    about TEXT NOT NULL CHECK (about IN ('service', 'office', 'group', 'guide', 'lotse')),
    -- Which office, group or service, in the sender's words (optional).
    about_text TEXT NOT NULL DEFAULT '',
    -- The staff member it is about (a client's own guide): never its handler, never
    -- shown it.
    about_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    body TEXT NOT NULL,
    sender TEXT NOT NULL CHECK (sender IN ('client', 'volunteer', 'resident')),
    -- NULL when sent without a name. A named sender's complaints go with their account.
    sender_user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    -- A way to reach the sender, if they left one.
    contact TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL,
    -- SHA-256 of the code the sender follows it by.
    code_hash TEXT NOT NULL UNIQUE,
    -- SHA-256 of the form's idempotency key (the code is made from the key, so the key
    -- itself is not kept).
    client_key TEXT NOT NULL UNIQUE,
    -- The handler named for `about` when it arrived (NULL: the coordinators).
    handler_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'acknowledged', 'answered', 'closed')),
    answer TEXT NOT NULL DEFAULT '',
    received_at INTEGER NOT NULL,
    -- ISO dates in the municipality's zone: acknowledge by, settle by.
    acknowledge_by TEXT NOT NULL,
    settle_by TEXT NOT NULL,
    acknowledged_at INTEGER,
    answered_at INTEGER,
    closed_at INTEGER,
    handled_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX complaints_desk ON complaints(municipality_id, status, received_at);
CREATE INDEX complaints_handler ON complaints(handler_id);
CREATE INDEX complaints_sender ON complaints(sender_user_id);
CREATE INDEX complaints_about ON complaints(about_user_id);

-- Who handles what the municipality receives, per subject.
CREATE TABLE complaint_handlers (
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
    about TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    PRIMARY KEY (municipality_id, about)
);

-- The public page's check against floods: a hash of the sender's address (or a named
-- sender's account) per post or code lookup, kept only as long as its window.
CREATE TABLE complaint_throttle (
    id INTEGER PRIMARY KEY,
    address_hash TEXT NOT NULL,
    action TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX complaint_throttle_at ON complaint_throttle(address_hash, action, at);
