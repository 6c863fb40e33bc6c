-- Activities open for sign-up (招募报名): times, a capacity with a waitlist, a deadline, cancellation; and the sign-ups.

-- Times are HH:mm on the activity's date in Asia/Shanghai and come as a pair; without them the activity takes the whole day.
ALTER TABLE activities ADD COLUMN start_time TEXT CONSTRAINT activity_start_time_format CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE activities ADD COLUMN end_time TEXT CONSTRAINT activity_end_after_start CHECK ((end_time IS NULL) = (start_time IS NULL) AND (end_time IS NULL OR end_time > start_time));
ALTER TABLE activities ADD COLUMN description TEXT;
ALTER TABLE activities ADD COLUMN capacity INTEGER CONSTRAINT activity_capacity_positive CHECK (capacity IS NULL OR capacity > 0);  -- NULL: unlimited
ALTER TABLE activities ADD COLUMN signup_open INTEGER NOT NULL DEFAULT 0 CONSTRAINT activity_signup_open_flag CHECK (signup_open IN (0, 1));
ALTER TABLE activities ADD COLUMN signup_deadline TEXT;  -- UTC instant; NULL: the start, so moving the activity moves the deadline too
ALTER TABLE activities ADD COLUMN waitlist INTEGER NOT NULL DEFAULT 1 CONSTRAINT activity_waitlist_flag CHECK (waitlist IN (0, 1));
-- Whether someone not signed up may check in on the day; activities recorded before sign-up existed took everyone.
ALTER TABLE activities ADD COLUMN walk_ins INTEGER NOT NULL DEFAULT 1 CONSTRAINT activity_walk_ins_flag CHECK (walk_ins IN (0, 1));
ALTER TABLE activities ADD COLUMN cancelled_at TEXT;
ALTER TABLE activities ADD COLUMN cancel_reason TEXT CONSTRAINT activity_cancel_has_reason CHECK ((cancel_reason IS NULL) = (cancelled_at IS NULL));
ALTER TABLE activities ADD COLUMN updated_at TEXT;

-- A sign-up is never deleted: a cancelled one stays, so the roster's history and the audit trail agree.
CREATE TABLE signups (
    id           INTEGER PRIMARY KEY,  -- also the waitlist's order: the first waitlisted is the lowest id
    activity_id  INTEGER NOT NULL REFERENCES activities (id),
    volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
    status       TEXT    NOT NULL CONSTRAINT signup_status CHECK (status IN ('confirmed', 'waitlisted', 'cancelled')),
    created_by   INTEGER REFERENCES accounts (id),  -- NULL: the volunteer signed up themself with their card
    created_at   TEXT    NOT NULL,
    confirmed_at TEXT,
    cancelled_by INTEGER REFERENCES accounts (id),
    cancelled_at TEXT,
    CONSTRAINT signup_confirmed_has_time CHECK (status <> 'confirmed' OR confirmed_at IS NOT NULL),
    CONSTRAINT signup_cancelled_has_time CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
);
-- Once per activity: two live sign-ups of one volunteer can never both be written, even by requests that raced.
CREATE UNIQUE INDEX ux_signups_once ON signups (activity_id, volunteer_id) WHERE status <> 'cancelled';
-- Seats taken and the waitlist's order per activity; a volunteer's own sign-ups for /me, the calendar and the overlap check.
CREATE INDEX ix_signups_activity_status ON signups (activity_id, status, id);
CREATE INDEX ix_signups_volunteer_status ON signups (volunteer_id, status);
CREATE INDEX ix_activities_signup_open ON activities (signup_open, date);
