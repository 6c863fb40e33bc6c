-- One counter per kind of number and programme year (Asia/Shanghai): volunteer, certificate and service-proof numbers.
-- Proof numbers were counted from the UTC year of issued_at, which repeated a number after a proof issued on
-- 1 January before 08:00 in Shanghai; the counters start from the highest number each year already holds.

CREATE TABLE number_sequences (
    kind TEXT    NOT NULL CONSTRAINT number_sequence_kind CHECK (kind IN ('volunteer', 'certificate', 'service-proof')),
    year BIGINT  NOT NULL,
    last BIGINT  NOT NULL CONSTRAINT number_sequence_positive CHECK (last > 0),
    PRIMARY KEY (kind, year)
);

INSERT INTO number_sequences (kind, year, last) SELECT 'volunteer', year, last FROM volunteer_number_seq;
DROP TABLE volunteer_number_seq;

-- Certificates are numbered once, when a year's selection is finalized: one number per award of that year.
INSERT INTO number_sequences (kind, year, last) SELECT 'certificate', year, count(*) FROM awards GROUP BY year;

-- Proof numbers read 扶欢志证〔YYYY〕第NNNN号: the year between 〔 〕, the sequence between 第 and 号.
INSERT INTO number_sequences (kind, year, last)
SELECT 'service-proof', year, max(sequence)
FROM (SELECT CAST(substr(proof_no, strpos(proof_no, '〔') + 1, 4) AS BIGINT) AS year,
             CAST(substr(proof_no, strpos(proof_no, '第') + 1, strpos(proof_no, '号') - strpos(proof_no, '第') - 1) AS BIGINT) AS sequence
      FROM service_proofs) AS numbered
GROUP BY year;
