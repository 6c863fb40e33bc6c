-- Found by the benchmarks (BENCHMARKS.md): at 100,000 volunteers these were full scans.

-- The duplicate check before every create and update asks "mobile = ? OR id_number_hash = ?". SQLite does not answer an OR
-- from the two partial unique indexes, so it scanned every live volunteer inside the write transaction. Plain indexes on
-- each column let it look both up (MULTI-INDEX OR); the partial unique indexes still enforce the rule.
CREATE INDEX ix_volunteers_mobile ON volunteers (mobile);
CREATE INDEX ix_volunteers_id_hash ON volunteers (id_number_hash);

-- Progress counts active volunteers per learning point and per category, and registrations per month: covering indexes,
-- so each count reads an index instead of every row.
CREATE INDEX ix_volunteers_status_point ON volunteers (status, learning_point_id);
CREATE INDEX ix_volunteers_status_category ON volunteers (status, category);
CREATE INDEX ix_volunteers_created ON volunteers (created_at, status);

-- Every query it served starts with the status: ix_volunteers_status_point has it first.
DROP INDEX ix_volunteers_status;
