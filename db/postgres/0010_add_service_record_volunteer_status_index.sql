-- A volunteer's own records by state (their pending hours on /api/me): without it SQLite searched the status index and
-- summed every pending record of the town to find one volunteer's, 15 ms at 100,000 volunteers.
CREATE INDEX ix_service_records_volunteer_status ON service_records (volunteer_id, status);
