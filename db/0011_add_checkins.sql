-- Check-in and check-out by QR code (扫码签到签退): a code per activity, one check-in row per volunteer and activity, the
-- activity's closing, and where every service record came from.

-- 128 random bits as 32 hex digits; the poster prints it, so it is not a secret, but it cannot be guessed from another.
ALTER TABLE activities ADD COLUMN checkin_code TEXT;
UPDATE activities SET checkin_code = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX ux_activities_checkin_code ON activities (checkin_code);
-- Closing turns the check-ins into pending service records, once.
ALTER TABLE activities ADD COLUMN closed_at TEXT;
ALTER TABLE activities ADD COLUMN closed_by INTEGER REFERENCES accounts (id);

-- Times are the server's (UTC instants), never the phone's. A row without a check-out is still open; closing it at the
-- scheduled end because it was forgotten sets auto_closed.
CREATE TABLE checkins (
    id              INTEGER PRIMARY KEY,
    activity_id     INTEGER NOT NULL REFERENCES activities (id),
    volunteer_id    INTEGER NOT NULL REFERENCES volunteers (id),
    signed_up       INTEGER NOT NULL CONSTRAINT checkin_signed_up_flag CHECK (signed_up IN (0, 1)),  -- 0: a walk-in
    checked_in_at   TEXT    NOT NULL,
    in_by           INTEGER REFERENCES accounts (id),  -- NULL: the volunteer scanned; else the coordinator who entered it (manual)
    checked_out_at  TEXT,
    out_by          INTEGER REFERENCES accounts (id),
    auto_closed     INTEGER NOT NULL DEFAULT 0 CONSTRAINT checkin_auto_closed_flag CHECK (auto_closed IN (0, 1)),
    CONSTRAINT checkin_out_after_in CHECK (checked_out_at IS NULL OR checked_out_at >= checked_in_at),
    CONSTRAINT checkin_auto_closed_has_out CHECK (auto_closed = 0 OR (checked_out_at IS NOT NULL AND out_by IS NULL))
);
-- Once per activity and volunteer: two phones, or a phone and a coordinator, racing can never both check someone in.
CREATE UNIQUE INDEX ux_checkins_once ON checkins (activity_id, volunteer_id);

-- manual: typed in by a coordinator; sheet: a sign-in sheet's batch; check-in: from scanning in and out; reversal: a correction.
ALTER TABLE service_records ADD COLUMN source TEXT NOT NULL DEFAULT 'manual'
    CONSTRAINT record_source CHECK (source IN ('manual', 'sheet', 'check-in', 'reversal'));
ALTER TABLE service_records ADD COLUMN checkin_id INTEGER REFERENCES checkins (id);
UPDATE service_records SET source = CASE WHEN reverses_id IS NOT NULL THEN 'reversal' WHEN batch_id IS NOT NULL THEN 'sheet' ELSE 'manual' END;
-- A volunteer's records for an activity: the check that nothing is counted twice.
CREATE INDEX ix_service_records_activity_volunteer ON service_records (activity_id, volunteer_id) WHERE activity_id IS NOT NULL;
-- The statistics' 扫码签到 hours per year, without reading the rest of the ledger: all three columns are constrained, so the
-- planner prefers it to the status and date index.
CREATE INDEX ix_service_records_source ON service_records (source, status, service_date);
-- The record a check-in became, for each line of the live list.
CREATE INDEX ix_service_records_checkin ON service_records (checkin_id) WHERE checkin_id IS NOT NULL;
