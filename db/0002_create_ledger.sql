-- Activities, the service-hours ledger, the points ledger and the totals kept current beside them.

CREATE TABLE activities (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL,
    type              TEXT    NOT NULL CONSTRAINT activity_type CHECK (type IN ('reading-week', 'health-month', 'family-learning-day',
                          'neighbourhood-festival', 'parent-child', 'civility-day', 'lecture', 'study-tour', 'beidou-home-visit',
                          'broadcast-learning', 'talent-show', 'other')),
    learning_point_id INTEGER REFERENCES learning_points (id),  -- NULL: a town-level activity
    date              TEXT    NOT NULL,
    location          TEXT,
    created_by        INTEGER NOT NULL REFERENCES accounts (id),
    created_at        TEXT    NOT NULL
);
CREATE INDEX ix_activities_date ON activities (date);
CREATE INDEX ix_activities_point_date ON activities (learning_point_id, date);

CREATE TABLE attendance_batches (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activities (id),
    entries     INTEGER NOT NULL,
    created_by  INTEGER NOT NULL REFERENCES accounts (id),
    created_at  TEXT    NOT NULL
);

-- Hours are kept as whole half-hours so sums stay exact. Approved rows are never updated again;
-- a correction is a new approved row with negative hours that names the row it reverses.
CREATE TABLE service_records (
    id                INTEGER PRIMARY KEY,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    learning_point_id INTEGER NOT NULL REFERENCES learning_points (id),  -- the volunteer's point when recorded
    activity_id       INTEGER REFERENCES activities (id),
    batch_id          INTEGER REFERENCES attendance_batches (id),
    service_date      TEXT    NOT NULL,
    half_hours        INTEGER NOT NULL CONSTRAINT record_hours_nonzero CHECK (half_hours <> 0),
    content           TEXT    NOT NULL,
    status            TEXT    NOT NULL CONSTRAINT record_status CHECK (status IN ('pending', 'approved', 'rejected')),
    reverses_id       INTEGER CONSTRAINT record_reversed_once UNIQUE REFERENCES service_records (id),
    reason            TEXT,
    recorded_by       INTEGER NOT NULL REFERENCES accounts (id),
    recorded_at       TEXT    NOT NULL,
    reviewed_by       INTEGER REFERENCES accounts (id),
    reviewed_at       TEXT,
    CONSTRAINT reversal_is_negative CHECK ((reverses_id IS NULL) = (half_hours > 0))
);
CREATE INDEX ix_service_records_volunteer_date ON service_records (volunteer_id, service_date);
CREATE INDEX ix_service_records_point_status ON service_records (learning_point_id, status);
CREATE INDEX ix_service_records_status_date ON service_records (status, service_date);

-- Lifetime figures per volunteer, updated in the transaction of every ledger write.
CREATE TABLE volunteer_totals (
    volunteer_id        INTEGER PRIMARY KEY REFERENCES volunteers (id),
    approved_half_hours INTEGER NOT NULL DEFAULT 0,
    points              INTEGER NOT NULL DEFAULT 0 CONSTRAINT points_not_negative CHECK (points >= 0)
);

-- Per calendar year (Asia/Shanghai) of the service date: what progress, the leaderboard and the selection read.
CREATE TABLE volunteer_year_totals (
    volunteer_id        INTEGER NOT NULL REFERENCES volunteers (id),
    year                INTEGER NOT NULL,
    approved_half_hours INTEGER NOT NULL DEFAULT 0,
    approved_records    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (volunteer_id, year)
);
CREATE INDEX ix_year_totals_rank ON volunteer_year_totals (year, approved_half_hours DESC, approved_records DESC);

CREATE TABLE volunteer_star_levels (
    volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    level        INTEGER NOT NULL CONSTRAINT star_level_range CHECK (level BETWEEN 1 AND 10),
    reached_on   TEXT    NOT NULL,
    PRIMARY KEY (volunteer_id, level)
);

CREATE TABLE points_ledger (
    id                INTEGER PRIMARY KEY,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    delta             INTEGER NOT NULL,
    kind              TEXT    NOT NULL CONSTRAINT points_kind CHECK (kind IN ('service', 'reversal', 'award', 'redemption')),
    service_record_id INTEGER REFERENCES service_records (id),
    item              TEXT,
    created_by        INTEGER REFERENCES accounts (id),
    created_at        TEXT    NOT NULL
);
CREATE INDEX ix_points_ledger_volunteer ON points_ledger (volunteer_id);

-- A retried request with the same key answers the stored result instead of writing again.
CREATE TABLE idempotency_keys (
    owner        TEXT NOT NULL,   -- the account, or the client address for public routes
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    result       TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (owner, key)
);
