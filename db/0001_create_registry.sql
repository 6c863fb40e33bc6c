-- The town, its learning points, the accounts that work on them and the volunteer registry.

CREATE TABLE town (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),  -- one town per database
    name                TEXT    NOT NULL,
    resident_population INTEGER NOT NULL CONSTRAINT town_population_not_negative CHECK (resident_population >= 0),
    target_ratio        TEXT    NOT NULL,                    -- decimal text, so 0.01 stays exact
    updated_at          TEXT    NOT NULL
);

-- Fuhuan's 2024 plan: about 35,000 residents, volunteers of at least 1% of them.
INSERT INTO town (id, name, resident_population, target_ratio, updated_at)
VALUES (1, '扶欢镇', 35000, '0.01', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE learning_points (
    id                  INTEGER PRIMARY KEY,
    code                TEXT    NOT NULL CONSTRAINT learning_point_code_unique UNIQUE,
    name                TEXT    NOT NULL,
    kind                TEXT    NOT NULL CONSTRAINT learning_point_kind CHECK (kind IN ('village', 'community', 'town')),
    resident_population INTEGER NOT NULL CONSTRAINT learning_point_population_not_negative CHECK (resident_population >= 0),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);

CREATE TABLE accounts (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    mobile            TEXT,
    role              TEXT    NOT NULL CONSTRAINT account_role CHECK (role IN ('town-admin', 'point-coordinator')),
    learning_point_id INTEGER REFERENCES learning_points (id),
    created_at        TEXT    NOT NULL,
    -- a coordinator always belongs to one learning point; an administrator to none
    CONSTRAINT account_point_matches_role CHECK ((role = 'point-coordinator') = (learning_point_id IS NOT NULL))
);

CREATE TABLE account_tokens (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    token_hash   TEXT    NOT NULL CONSTRAINT token_hash_unique UNIQUE,  -- SHA-256 of the token; the token itself is never stored
    created_at   TEXT    NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
CREATE INDEX ix_account_tokens_account ON account_tokens (account_id);

CREATE TABLE volunteers (
    id                INTEGER PRIMARY KEY,
    volunteer_no      TEXT    NOT NULL CONSTRAINT volunteer_no_unique UNIQUE,
    name              TEXT    NOT NULL,
    gender            TEXT    NOT NULL CONSTRAINT volunteer_gender CHECK (gender IN ('male', 'female')),
    mobile            TEXT,                                  -- NULL only after erasure
    id_number_cipher  TEXT,                                  -- AES-GCM, base64 of nonce|ciphertext|tag
    id_number_hash    TEXT,                                  -- HMAC-SHA256, for matching without decrypting
    id_number_masked  TEXT,
    birth_date        TEXT,
    category          TEXT    NOT NULL CONSTRAINT volunteer_category CHECK (category IN
                          ('teacher', 'university-student', 'retired-cadre', 'expert-scholar', 'professional-technician', 'other')),
    workplace         TEXT,
    skills            TEXT    NOT NULL DEFAULT '[]',         -- JSON array of strings
    learning_point_id INTEGER NOT NULL REFERENCES learning_points (id),
    status            TEXT    NOT NULL CONSTRAINT volunteer_status CHECK (status IN ('pending', 'active', 'suspended', 'withdrawn')),
    source            TEXT    NOT NULL CONSTRAINT volunteer_source CHECK (source IN ('self', 'coordinator', 'import')),
    consent_version   TEXT,
    guardian_name     TEXT,
    guardian_mobile   TEXT,
    created_by        INTEGER REFERENCES accounts (id),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    status_changed_at TEXT    NOT NULL,
    erased_at         TEXT
);
-- A mobile or ID number may belong to one volunteer who has not withdrawn; after withdrawal it may register again.
CREATE UNIQUE INDEX ux_volunteers_mobile_live ON volunteers (mobile) WHERE status <> 'withdrawn';
CREATE UNIQUE INDEX ux_volunteers_id_hash_live ON volunteers (id_number_hash) WHERE status <> 'withdrawn';
CREATE INDEX ix_volunteers_point_status ON volunteers (learning_point_id, status);
CREATE INDEX ix_volunteers_status ON volunteers (status);

CREATE TABLE volunteer_number_seq (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE volunteer_status_changes (
    id           INTEGER PRIMARY KEY,
    volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    from_status  TEXT    NOT NULL,
    to_status    TEXT    NOT NULL,
    reason       TEXT,
    changed_by   INTEGER REFERENCES accounts (id),
    changed_at   TEXT    NOT NULL
);
CREATE INDEX ix_volunteer_status_changes_volunteer ON volunteer_status_changes (volunteer_id);
