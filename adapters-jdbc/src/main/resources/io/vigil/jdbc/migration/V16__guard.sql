-- Vigil: the guard-force context: contracts with their posts, the vendors' rosters and invoices,
-- performance issues, site inspections and each country's labour standards. Days and local times
-- are kept as ISO text, which sorts as they do.

CREATE TABLE guard_contract (
    id        VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32)  NOT NULL,
    version   BIGINT       NOT NULL,
    reference VARCHAR(100) ${collate_c} NOT NULL,
    body      ${json_large} NOT NULL
);
CREATE INDEX guard_contract_office ON guard_contract (office_id, reference);

CREATE TABLE guard_roster (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    contract_id VARCHAR(36) NOT NULL,
    from_day    VARCHAR(10) ${collate_c} NOT NULL,
    body        ${json_large} NOT NULL
);
CREATE INDEX guard_roster_office ON guard_roster (office_id, from_day);
CREATE INDEX guard_roster_contract ON guard_roster (office_id, contract_id);

CREATE TABLE guard_invoice (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    contract_id VARCHAR(36) NOT NULL,
    from_day    VARCHAR(10) ${collate_c} NOT NULL,
    body        ${json_large} NOT NULL
);
CREATE INDEX guard_invoice_office ON guard_invoice (office_id, from_day);
CREATE INDEX guard_invoice_contract ON guard_invoice (office_id, contract_id);

CREATE TABLE guard_issue (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    contract_id VARCHAR(36) NOT NULL,
    issue_day   VARCHAR(10) ${collate_c} NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX guard_issue_office ON guard_issue (office_id, issue_day);
CREATE INDEX guard_issue_contract ON guard_issue (office_id, contract_id);

CREATE TABLE guard_inspection (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    contract_id VARCHAR(36) NOT NULL,
    at_key      VARCHAR(32) ${collate_c} NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX guard_inspection_office ON guard_inspection (office_id, at_key);
CREATE INDEX guard_inspection_contract ON guard_inspection (office_id, contract_id);

CREATE TABLE guard_standards (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    country   VARCHAR(2)  ${collate_c} NOT NULL,
    body      ${json_large} NOT NULL
);
CREATE INDEX guard_standards_office ON guard_standards (office_id, country);
