-- The guard-force context's periodic performance reviews (issue 13): one row per review, the
-- contract and the end of its period (ISO text, sorted byte-wise) as query columns.
CREATE TABLE guard_review (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    contract_id VARCHAR(36) NOT NULL,
    to_key      VARCHAR(10) ${collate_c} NOT NULL,
    body        ${json_large} NOT NULL
);
CREATE INDEX guard_review_office ON guard_review (office_id, to_key);
CREATE INDEX guard_review_contract ON guard_review (office_id, contract_id);
