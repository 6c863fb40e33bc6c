-- Personal cards (志愿者证): the secret link a volunteer keeps (on paper as a QR code, or saved in WeChat) to see their
-- own record. The key itself is shown once and never stored: only its SHA-256 hash, which is enough for a random key
-- of at least 128 bits. A card is revoked rather than deleted, so the audit trail's card entries keep their row, until
-- the volunteer is erased: then their cards go with the rest of their personal data.
CREATE TABLE volunteer_cards (
    id            INTEGER PRIMARY KEY,
    volunteer_id  INTEGER NOT NULL REFERENCES volunteers (id),
    key_hash      TEXT    NOT NULL CONSTRAINT card_key_hash_unique UNIQUE,
    issued_by     INTEGER REFERENCES accounts (id),  -- NULL: issued by the public form at self-registration
    issued_at     TEXT    NOT NULL,
    revoked_at    TEXT,
    revoke_reason TEXT    CONSTRAINT card_revoke_reason CHECK (revoke_reason IN ('reissued', 'revoked', 'withdrawn', 'erased')),
    CONSTRAINT card_revoked_with_reason CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL))
);
-- One live card per volunteer: issuing a new one revokes the old in the same transaction.
CREATE UNIQUE INDEX card_one_live_per_volunteer ON volunteer_cards (volunteer_id) WHERE revoked_at IS NULL;

-- A volunteer now downloads their own service-record proof with their card, so a proof need not be issued by an
-- account. SQLite cannot drop NOT NULL from a column, so the table is rebuilt with the same rows; nothing refers to it.
CREATE TABLE service_proofs_new (
    id                INTEGER PRIMARY KEY,
    volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
    proof_no          TEXT    NOT NULL CONSTRAINT proof_no_unique UNIQUE,
    verification_code TEXT    NOT NULL CONSTRAINT proof_verification_code_unique UNIQUE,
    period_from       TEXT    NOT NULL,
    period_to         TEXT    NOT NULL,
    half_hours        INTEGER NOT NULL,
    issued_by         INTEGER REFERENCES accounts (id),  -- NULL: the volunteer downloaded it with their card
    issued_at         TEXT    NOT NULL
);
INSERT INTO service_proofs_new SELECT id, volunteer_id, proof_no, verification_code, period_from, period_to, half_hours, issued_by, issued_at
FROM service_proofs;
DROP TABLE service_proofs;
ALTER TABLE service_proofs_new RENAME TO service_proofs;
