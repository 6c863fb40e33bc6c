-- A district of towns (区县): the one town row becomes the first of a towns table, with the settings that were the
-- service's own (the volunteer-number prefix, the issuer, the certificate and proof number formats); every learning
-- point, account, activity, number counter and selection now belongs to a town. The town administrators of a database
-- made before towns existed become the district's administrators: with one town nothing they can do changes.
-- The migrator runs with foreign keys off and checks them all before it commits, so tables can be rebuilt in place.

CREATE TABLE towns (
    id                        INTEGER PRIMARY KEY,
    code                      TEXT    NOT NULL CONSTRAINT town_code_unique UNIQUE,
    name                      TEXT    NOT NULL CONSTRAINT town_name_unique UNIQUE,
    resident_population       INTEGER NOT NULL CONSTRAINT town_population_not_negative CHECK (resident_population >= 0),
    target_ratio              TEXT    NOT NULL,                    -- decimal text, so 0.01 stays exact
    volunteer_no_prefix       TEXT    NOT NULL CONSTRAINT town_volunteer_no_prefix_unique UNIQUE,
    issuer                    TEXT    NOT NULL,
    certificate_number_format TEXT    NOT NULL CONSTRAINT town_certificate_number_format_unique UNIQUE,
    proof_number_format       TEXT    NOT NULL CONSTRAINT town_proof_number_format_unique UNIQUE,
    created_at                TEXT    NOT NULL,
    updated_at                TEXT    NOT NULL
);
-- The values the service used before they were the town's; start-up replaces them with the configured ones, if any,
-- when it applies this migration (Volunteers:Numbering, Volunteers:Selection:Issuer).
INSERT INTO towns (id, code, name, resident_population, target_ratio, volunteer_no_prefix, issuer,
                   certificate_number_format, proof_number_format, created_at, updated_at)
SELECT 1, 'FH', name, resident_population, target_ratio, 'FH', '扶欢镇社区教育学校',
       '扶欢社教〔{0}〕第{1:000}号', '扶欢志证〔{0}〕第{1:0000}号', updated_at, updated_at
FROM town;
DROP TABLE town;

-- A point's code is unique within its town.
CREATE TABLE learning_points_new (
    id                  INTEGER PRIMARY KEY,
    town_id             INTEGER NOT NULL REFERENCES towns (id),
    code                TEXT    NOT NULL,
    name                TEXT    NOT NULL,
    kind                TEXT    NOT NULL CONSTRAINT learning_point_kind CHECK (kind IN ('village', 'community', 'town')),
    resident_population INTEGER NOT NULL CONSTRAINT learning_point_population_not_negative CHECK (resident_population >= 0),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    CONSTRAINT learning_point_code_unique UNIQUE (town_id, code)
);
INSERT INTO learning_points_new (id, town_id, code, name, kind, resident_population, created_at, updated_at)
SELECT id, 1, code, name, kind, resident_population, created_at, updated_at FROM learning_points;
DROP TABLE learning_points;
ALTER TABLE learning_points_new RENAME TO learning_points;

-- A district administrator belongs to no town, a town administrator to one, a coordinator to one point of one town.
CREATE TABLE accounts_new (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    mobile            TEXT,
    role              TEXT    NOT NULL CONSTRAINT account_role CHECK (role IN ('district-admin', 'town-admin', 'point-coordinator')),
    town_id           INTEGER REFERENCES towns (id),
    learning_point_id INTEGER REFERENCES learning_points (id),
    created_at        TEXT    NOT NULL,
    CONSTRAINT account_point_matches_role CHECK ((role = 'point-coordinator') = (learning_point_id IS NOT NULL)),
    CONSTRAINT account_town_matches_role CHECK ((role = 'district-admin') = (town_id IS NULL))
);
INSERT INTO accounts_new (id, name, mobile, role, town_id, learning_point_id, created_at)
SELECT id, name, mobile, CASE role WHEN 'town-admin' THEN 'district-admin' ELSE role END,
       CASE role WHEN 'town-admin' THEN NULL ELSE 1 END, learning_point_id, created_at
FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;
CREATE INDEX ix_accounts_town ON accounts (town_id);

-- A town-level activity has no learning point, so an activity names its town.
ALTER TABLE activities ADD COLUMN town_id INTEGER NOT NULL DEFAULT 1 REFERENCES towns (id);
CREATE INDEX ix_activities_town_date ON activities (town_id, date);

-- Numbers run per town, kind and year.
CREATE TABLE number_sequences_new (
    town_id INTEGER NOT NULL REFERENCES towns (id),
    kind    TEXT    NOT NULL CONSTRAINT number_sequence_kind CHECK (kind IN ('volunteer', 'certificate', 'service-proof')),
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL CONSTRAINT number_sequence_positive CHECK (last > 0),
    PRIMARY KEY (town_id, kind, year)
);
INSERT INTO number_sequences_new (town_id, kind, year, last) SELECT 1, kind, year, last FROM number_sequences;
DROP TABLE number_sequences;
ALTER TABLE number_sequences_new RENAME TO number_sequences;

-- Each town runs its own selection each year; what belongs to a selection names its town and year.
CREATE TABLE selections_new (
    town_id          INTEGER NOT NULL REFERENCES towns (id),
    year             INTEGER NOT NULL,
    min_half_hours   INTEGER NOT NULL CONSTRAINT selection_min_hours CHECK (min_half_hours >= 0),
    quota            INTEGER NOT NULL CONSTRAINT selection_quota CHECK (quota > 0),
    point_quota      INTEGER CONSTRAINT selection_point_quota CHECK (point_quota IS NULL OR point_quota > 0),
    state            TEXT    NOT NULL CONSTRAINT selection_state CHECK (state IN ('nominating', 'reviewed', 'notice', 'finalized')),
    notice_starts_at TEXT,
    notice_ends_at   TEXT,
    created_by       INTEGER NOT NULL REFERENCES accounts (id),
    created_at       TEXT    NOT NULL,
    PRIMARY KEY (town_id, year)
);
INSERT INTO selections_new (town_id, year, min_half_hours, quota, point_quota, state, notice_starts_at, notice_ends_at, created_by, created_at)
SELECT 1, year, min_half_hours, quota, point_quota, state, notice_starts_at, notice_ends_at, created_by, created_at FROM selections;

CREATE TABLE selection_steps_new (
    id      INTEGER PRIMARY KEY,
    town_id INTEGER NOT NULL,
    year    INTEGER NOT NULL,
    step    TEXT    NOT NULL,
    detail  TEXT,
    by      INTEGER NOT NULL REFERENCES accounts (id),
    at      TEXT    NOT NULL,
    FOREIGN KEY (town_id, year) REFERENCES selections (town_id, year)
);
INSERT INTO selection_steps_new (id, town_id, year, step, detail, by, at) SELECT id, 1, year, step, detail, by, at FROM selection_steps;

CREATE TABLE nominations_new (
    id                INTEGER PRIMARY KEY,
    town_id           INTEGER NOT NULL,
    year              INTEGER NOT NULL,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    learning_point_id INTEGER NOT NULL REFERENCES learning_points (id),
    reason            TEXT    NOT NULL,
    status            TEXT    NOT NULL CONSTRAINT nomination_status CHECK (status IN ('nominated', 'confirmed', 'removed')),
    nominated_by      INTEGER NOT NULL REFERENCES accounts (id),
    nominated_at      TEXT    NOT NULL,
    CONSTRAINT nomination_once UNIQUE (year, volunteer_id),
    FOREIGN KEY (town_id, year) REFERENCES selections (town_id, year)
);
INSERT INTO nominations_new (id, town_id, year, volunteer_id, learning_point_id, reason, status, nominated_by, nominated_at)
SELECT id, 1, year, volunteer_id, learning_point_id, reason, status, nominated_by, nominated_at FROM nominations;

CREATE TABLE objections_new (
    id           INTEGER PRIMARY KEY,
    town_id      INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    text         TEXT    NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES accounts (id),
    recorded_at  TEXT    NOT NULL,
    upheld       INTEGER,            -- NULL until resolved
    note         TEXT,
    resolved_by  INTEGER REFERENCES accounts (id),
    resolved_at  TEXT,
    FOREIGN KEY (town_id, year) REFERENCES selections (town_id, year)
);
INSERT INTO objections_new (id, town_id, year, volunteer_id, text, recorded_by, recorded_at, upheld, note, resolved_by, resolved_at)
SELECT id, 1, year, volunteer_id, text, recorded_by, recorded_at, upheld, note, resolved_by, resolved_at FROM objections;

CREATE TABLE awards_new (
    id                INTEGER PRIMARY KEY,
    town_id           INTEGER NOT NULL,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    year              INTEGER NOT NULL,
    title             TEXT    NOT NULL,
    certificate_no    TEXT    NOT NULL CONSTRAINT award_certificate_no_unique UNIQUE,
    verification_code TEXT    NOT NULL CONSTRAINT award_verification_code_unique UNIQUE,
    issued_on         TEXT    NOT NULL,
    revoked_at        TEXT,
    revoke_reason     TEXT,
    revoked_by        INTEGER REFERENCES accounts (id),
    CONSTRAINT award_once UNIQUE (year, volunteer_id),
    FOREIGN KEY (town_id, year) REFERENCES selections (town_id, year)
);
INSERT INTO awards_new (id, town_id, volunteer_id, year, title, certificate_no, verification_code, issued_on, revoked_at, revoke_reason, revoked_by)
SELECT id, 1, volunteer_id, year, title, certificate_no, verification_code, issued_on, revoked_at, revoke_reason, revoked_by FROM awards;

DROP TABLE selection_steps;
DROP TABLE nominations;
DROP TABLE objections;
DROP TABLE awards;
DROP TABLE selections;
ALTER TABLE selections_new RENAME TO selections;
ALTER TABLE selection_steps_new RENAME TO selection_steps;
ALTER TABLE nominations_new RENAME TO nominations;
ALTER TABLE objections_new RENAME TO objections;
ALTER TABLE awards_new RENAME TO awards;
CREATE INDEX ix_selection_steps_year ON selection_steps (town_id, year);
CREATE INDEX ix_objections_year ON objections (town_id, year);

-- One audit chain per town; the district's own entries (its towns, its administrators) chain apart (town_id NULL). The
-- entries so far are the one town's, their hashes as they were.
ALTER TABLE audit_log ADD COLUMN town_id INTEGER REFERENCES towns (id);
UPDATE audit_log SET town_id = 1;
CREATE INDEX ix_audit_town ON audit_log (town_id, id);

-- A write generation per town (0: the district's own writes), so writers of different towns never wait for one row;
-- readers take the sum.
CREATE TABLE write_generation_new (
    id    INTEGER PRIMARY KEY,  -- the town; 0 the district
    value INTEGER NOT NULL
);
INSERT INTO write_generation_new (id, value) SELECT 1, value FROM write_generation;
DROP TABLE write_generation;
ALTER TABLE write_generation_new RENAME TO write_generation;
