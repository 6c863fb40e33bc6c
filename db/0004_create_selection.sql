-- The annual outstanding-volunteer selection (年度评选) and the awards it grants.

CREATE TABLE selections (
    year             INTEGER PRIMARY KEY,
    min_half_hours   INTEGER NOT NULL CONSTRAINT selection_min_hours CHECK (min_half_hours >= 0),
    quota            INTEGER NOT NULL CONSTRAINT selection_quota CHECK (quota > 0),
    point_quota      INTEGER CONSTRAINT selection_point_quota CHECK (point_quota IS NULL OR point_quota > 0),
    state            TEXT    NOT NULL CONSTRAINT selection_state CHECK (state IN ('nominating', 'reviewed', 'notice', 'finalized')),
    notice_starts_at TEXT,
    notice_ends_at   TEXT,
    created_by       INTEGER NOT NULL REFERENCES accounts (id),
    created_at       TEXT    NOT NULL
);

-- Who did each step and when, in order.
CREATE TABLE selection_steps (
    id     INTEGER PRIMARY KEY,
    year   INTEGER NOT NULL REFERENCES selections (year),
    step   TEXT    NOT NULL,
    detail TEXT,
    by     INTEGER NOT NULL REFERENCES accounts (id),
    at     TEXT    NOT NULL
);
CREATE INDEX ix_selection_steps_year ON selection_steps (year);

CREATE TABLE nominations (
    id                INTEGER PRIMARY KEY,
    year              INTEGER NOT NULL REFERENCES selections (year),
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    learning_point_id INTEGER NOT NULL REFERENCES learning_points (id),
    reason            TEXT    NOT NULL,
    status            TEXT    NOT NULL CONSTRAINT nomination_status CHECK (status IN ('nominated', 'confirmed', 'removed')),
    nominated_by      INTEGER NOT NULL REFERENCES accounts (id),
    nominated_at      TEXT    NOT NULL,
    CONSTRAINT nomination_once UNIQUE (year, volunteer_id)
);

CREATE TABLE objections (
    id           INTEGER PRIMARY KEY,
    year         INTEGER NOT NULL REFERENCES selections (year),
    volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    text         TEXT    NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES accounts (id),
    recorded_at  TEXT    NOT NULL,
    upheld       INTEGER,            -- NULL until resolved
    note         TEXT,
    resolved_by  INTEGER REFERENCES accounts (id),
    resolved_at  TEXT
);
CREATE INDEX ix_objections_year ON objections (year);

CREATE TABLE awards (
    id                INTEGER PRIMARY KEY,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    year              INTEGER NOT NULL REFERENCES selections (year),
    title             TEXT    NOT NULL,
    certificate_no    TEXT    NOT NULL CONSTRAINT award_certificate_no_unique UNIQUE,
    verification_code TEXT    NOT NULL CONSTRAINT award_verification_code_unique UNIQUE,
    issued_on         TEXT    NOT NULL,
    revoked_at        TEXT,
    revoke_reason     TEXT,
    revoked_by        INTEGER REFERENCES accounts (id),
    CONSTRAINT award_once UNIQUE (year, volunteer_id)
);

-- Service-record proofs (志愿服务记录证明) carry a number and a code that the public page verifies.
CREATE TABLE service_proofs (
    id                INTEGER PRIMARY KEY,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    proof_no          TEXT    NOT NULL CONSTRAINT proof_no_unique UNIQUE,
    verification_code TEXT    NOT NULL CONSTRAINT proof_verification_code_unique UNIQUE,
    period_from       TEXT    NOT NULL,
    period_to         TEXT    NOT NULL,
    half_hours        INTEGER NOT NULL,
    issued_by         INTEGER NOT NULL REFERENCES accounts (id),
    issued_at         TEXT    NOT NULL
);
