-- The confidentiality protocols (PostgreSQL): mandated disclosures, group attendance and
-- group notes, de-identified case presentations at team meetings. Shipped: never edit;
-- add a new migration instead. Incidents need no new column: their state is read from
-- the sealed body (a caseload's open incidents are few, and decrypting them is cheap).

-- A mandated disclosure about one client. The lifecycle is plain so a supervisor's
-- queue is a query; everything a person wrote is in the body, sealed under the
-- client's key.
CREATE TABLE disclosures (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    drafted_by TEXT NOT NULL REFERENCES users (id),
    drafted_at BIGINT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'final')),
    cosigned_by TEXT REFERENCES users (id),
    cosigned_at BIGINT,
    body BYTEA NOT NULL,
    CHECK ((state = 'final') = (cosigned_by IS NOT NULL AND cosigned_at IS NOT NULL))
);
CREATE INDEX disclosures_client ON disclosures (client_id);
CREATE INDEX disclosures_state ON disclosures (state);

-- Who came to a group session.
CREATE TABLE attendance (
    session_id TEXT NOT NULL REFERENCES sessions (id),
    client_id TEXT NOT NULL REFERENCES clients (id),
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    recorded_at BIGINT NOT NULL,
    PRIMARY KEY (session_id, client_id)
);
CREATE INDEX attendance_client ON attendance (client_id);

-- A group session's group-level note, sealed under the practice key (no one member's
-- key); individual notes per member stay in notes, with session_id = the group session.
CREATE TABLE group_notes (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id),
    group_id TEXT NOT NULL REFERENCES therapy_groups (id),
    author_id TEXT NOT NULL REFERENCES users (id),
    template TEXT NOT NULL CHECK (template IN ('soap', 'dap', 'birp')),
    created_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX group_notes_session ON group_notes (session_id);

-- A de-identified case presentation at a team meeting, sealed under the practice key.
CREATE TABLE case_presentations (
    id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES team_meetings (id),
    presenter_id TEXT NOT NULL REFERENCES users (id),
    added_at BIGINT NOT NULL,
    body BYTEA NOT NULL
);
CREATE INDEX case_presentations_meeting ON case_presentations (meeting_id);

-- Which client a presentation is about: the id itself sealed (practice key), so the
-- table never says in the clear which client was presented; only the presenter is
-- ever shown it.
CREATE TABLE presentation_links (
    presentation_id TEXT PRIMARY KEY REFERENCES case_presentations (id),
    client_id BYTEA NOT NULL
);
