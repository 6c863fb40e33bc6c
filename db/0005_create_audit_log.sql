-- Who changed what, when and from where, written in the transaction of the change itself. Each entry's hash covers
-- the one before, so editing or deleting an entry in the middle breaks the chain from there on.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    account_id INTEGER,          -- NULL: the public (self-registration) or the service itself
    client     TEXT,             -- the caller's address
    action     TEXT    NOT NULL, -- e.g. volunteer.create, service-record.approve
    entity     TEXT    NOT NULL,
    entity_id  TEXT,
    detail     TEXT,             -- JSON; never a whole mobile or ID number
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL CONSTRAINT audit_hash_unique UNIQUE
);
CREATE INDEX ix_audit_entity ON audit_log (entity, entity_id);
CREATE INDEX ix_audit_action ON audit_log (action);
CREATE INDEX ix_audit_account ON audit_log (account_id);
