-- A proof is reprinted with its number while nothing on it changed: the period it was asked for (empty when the default
-- was taken) and a digest of everything it prints besides its number and date. Proofs issued before this have no digest,
-- so they are never taken for unchanged.
ALTER TABLE service_proofs ADD COLUMN asked_from TEXT;
ALTER TABLE service_proofs ADD COLUMN asked_to TEXT;
ALTER TABLE service_proofs ADD COLUMN content_digest TEXT;

CREATE INDEX service_proofs_by_volunteer ON service_proofs (volunteer_id, id);
