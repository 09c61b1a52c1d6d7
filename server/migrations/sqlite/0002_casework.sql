-- The guide's workspace (SQLite): intake, integration plan, notes, appointments with
-- interpreters, referrals, consent and handover. Keep in step with ../postgres/.

-- Children's school or Kita status, part of the household section of the intake.
ALTER TABLE household_members ADD COLUMN school_status TEXT;

-- Intake (Int. A): one row per section, each saved on its own. `data` is a JSON object
-- of field name -> text. `version` guards against two guides overwriting each other.
CREATE TABLE intake_sections (
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    data TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (client_id, section)
);

-- Goal titles the coordinator maintains, in every client language.
CREATE TABLE goal_templates (
    id INTEGER PRIMARY KEY,
    county_id INTEGER NOT NULL REFERENCES counties(id),
    field TEXT NOT NULL,
    title_de TEXT NOT NULL,
    title_en TEXT NOT NULL,
    title_ar TEXT NOT NULL,
    title_fa TEXT NOT NULL,
    title_ti TEXT NOT NULL,
    retired_at INTEGER,
    created_at INTEGER NOT NULL
);
CREATE INDEX goal_templates_county ON goal_templates(county_id, field);

-- Integration plan (Int. B): goals per field of action, steps per goal.
CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    template_id INTEGER REFERENCES goal_templates(id),
    title TEXT NOT NULL,
    review_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
    created_at INTEGER NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX goals_client ON goals(client_id);

CREATE TABLE plan_steps (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    actor TEXT NOT NULL CHECK (actor IN ('client', 'guide', 'office', 'volunteer')),
    actor_name TEXT,
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    dropped_reason TEXT,
    done_at INTEGER,
    help_requested_at INTEGER,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX plan_steps_goal ON plan_steps(goal_id);
CREATE INDEX plan_steps_client ON plan_steps(client_id);
CREATE INDEX plan_steps_open_due ON plan_steps(client_id, due_on) WHERE status = 'open';

-- Every change to the plan, for its history.
CREATE TABLE plan_history (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    actor_user_id INTEGER NOT NULL REFERENCES users(id),
    change TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_history_client ON plan_history(client_id, at);

-- The client confirmed the agreed plan (from their phone), as it stood then.
CREATE TABLE plan_confirmations (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    confirmed_at INTEGER NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    history_id INTEGER
);
CREATE INDEX plan_confirmations_client ON plan_confirmations(client_id, confirmed_at);

-- Conversation notes (Gesprächsdokumentation). `client_key` makes a retried save of the
-- same note (bad connection) land once.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    held_on TEXT NOT NULL,
    topic TEXT NOT NULL,
    field TEXT,
    participants TEXT,
    interpreter TEXT,
    body TEXT NOT NULL,
    shared_with_client BOOLEAN NOT NULL DEFAULT FALSE,
    client_key TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (client_id, client_key)
);
CREATE INDEX notes_client ON notes(client_id, held_on);

-- Interpreters (volunteer or paid); a volunteer interpreter may have an account.
CREATE TABLE interpreters (
    id INTEGER PRIMARY KEY,
    municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('volunteer', 'paid')),
    languages TEXT NOT NULL,
    dialects TEXT,
    phone TEXT,
    email TEXT,
    user_id INTEGER REFERENCES users(id),
    created_at INTEGER NOT NULL,
    retired_at INTEGER
);
CREATE INDEX interpreters_municipality ON interpreters(municipality_id);

-- Weekly availability windows, minutes after midnight local time; weekday 1 = Monday.
CREATE TABLE interpreter_availability (
    id INTEGER PRIMARY KEY,
    interpreter_id INTEGER NOT NULL REFERENCES interpreters(id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute INTEGER NOT NULL,
    end_minute INTEGER NOT NULL,
    CHECK (start_minute < end_minute)
);
CREATE INDEX interpreter_availability_by ON interpreter_availability(interpreter_id);

CREATE TABLE appointments (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    created_by INTEGER NOT NULL REFERENCES users(id),
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    with_kind TEXT NOT NULL CHECK (with_kind IN ('office', 'guide')),
    place_name TEXT NOT NULL,
    address TEXT,
    room TEXT,
    contact_person TEXT,
    bring TEXT NOT NULL DEFAULT '',
    interpreter_lang TEXT,
    interpreter_id INTEGER REFERENCES interpreters(id),
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'missed', 'cancelled')),
    outcome TEXT,
    client_confirmed_at INTEGER,
    created_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX appointments_client ON appointments(client_id, starts_at);
CREATE INDEX appointments_interpreter ON appointments(interpreter_id, starts_at);

-- An interpreter's booked quarter hours: the primary key makes double booking impossible
-- even when two guides book at the same moment on different server instances.
CREATE TABLE interpreter_slots (
    interpreter_id INTEGER NOT NULL REFERENCES interpreters(id) ON DELETE CASCADE,
    slot_start INTEGER NOT NULL,
    appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    PRIMARY KEY (interpreter_id, slot_start)
);
CREATE INDEX interpreter_slots_appointment ON interpreter_slots(appointment_id);

CREATE TABLE referrals (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    created_by INTEGER NOT NULL REFERENCES users(id),
    service TEXT NOT NULL,
    recipient TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'sent' CHECK (status IN ('sent', 'accepted', 'done', 'declined')),
    outcome TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referrals_client ON referrals(client_id);

-- Consent per purpose and recipient. A new record for the same purpose and recipient
-- is the next version; revocation is recorded, never deleted. For handover consents
-- `recipient_team_id` names the receiving team and `covers` lists what may go along.
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    recipient TEXT NOT NULL,
    recipient_team_id INTEGER REFERENCES teams(id),
    covers TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL,
    given_on TEXT NOT NULL,
    form TEXT NOT NULL CHECK (form IN ('paper', 'app')),
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    revoked_on TEXT,
    revoked_by INTEGER REFERENCES users(id)
);
CREATE INDEX consents_client ON consents(client_id, purpose);

-- What a receiving team may see from before it took over: NULL means everything,
-- otherwise a comma list of covered areas (intake, plan, notes, appointments, referrals).
ALTER TABLE assignments ADD COLUMN history_covers TEXT;

-- Handovers between guides, teams and municipalities; both sides keep the record.
CREATE TABLE transfers (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    at INTEGER NOT NULL,
    by_user_id INTEGER NOT NULL REFERENCES users(id),
    from_guide_id INTEGER NOT NULL REFERENCES users(id),
    from_team_id INTEGER NOT NULL REFERENCES teams(id),
    to_guide_id INTEGER NOT NULL REFERENCES users(id),
    to_team_id INTEGER NOT NULL REFERENCES teams(id),
    consent_id INTEGER REFERENCES consents(id),
    covers TEXT,
    reason TEXT
);
CREATE INDEX transfers_client ON transfers(client_id);
CREATE INDEX transfers_from_team ON transfers(from_team_id, at);

-- Requests from clients to their guide ("Ask my guide"); counted on the caseload.
CREATE TABLE client_requests (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'answered', 'closed')),
    answer TEXT,
    created_at INTEGER NOT NULL,
    answered_at INTEGER,
    answered_by INTEGER REFERENCES users(id)
);
CREATE INDEX client_requests_open ON client_requests(client_id) WHERE status = 'open';
