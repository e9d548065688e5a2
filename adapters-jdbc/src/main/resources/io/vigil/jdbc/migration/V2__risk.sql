-- Vigil: security risk management. As in V1, each aggregate is stored whole as JSON in "body";
-- the other columns exist only to find rows.

CREATE TABLE security_assessment (
    id         VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id  VARCHAR(32) NOT NULL,
    version    BIGINT      NOT NULL,
    status     VARCHAR(16) NOT NULL,
    valid_from TIMESTAMP   NOT NULL,
    review_due TIMESTAMP   NOT NULL,
    body       ${json_text} NOT NULL
);
CREATE INDEX security_assessment_office ON security_assessment (office_id, valid_from);
CREATE INDEX security_assessment_review ON security_assessment (office_id, status, review_due);

CREATE TABLE risk_policy (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);

CREATE TABLE restricted_area (
    id            VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id     VARCHAR(32)  NOT NULL,
    version       BIGINT       NOT NULL,
    name          VARCHAR(200) ${collate_c} NOT NULL,
    min_latitude  DOUBLE PRECISION NOT NULL,
    min_longitude DOUBLE PRECISION NOT NULL,
    max_latitude  DOUBLE PRECISION NOT NULL,
    max_longitude DOUBLE PRECISION NOT NULL,
    body          ${json_text} NOT NULL
);
CREATE INDEX restricted_area_office ON restricted_area (office_id, name);

CREATE TABLE venue (
    id          VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32)  NOT NULL,
    version     BIGINT       NOT NULL,
    name        VARCHAR(200) ${collate_c} NOT NULL,
    valid_until TIMESTAMP    NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX venue_office ON venue (office_id, name);
CREATE INDEX venue_validity ON venue (office_id, valid_until);

CREATE TABLE facility (
    id        VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32)  NOT NULL,
    version   BIGINT       NOT NULL,
    name      VARCHAR(200) ${collate_c} NOT NULL,
    kind      VARCHAR(16)  NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX facility_office ON facility (office_id, name);
