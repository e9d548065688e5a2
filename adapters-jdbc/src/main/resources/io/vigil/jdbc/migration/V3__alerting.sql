-- Vigil: emergency communications (the on-call roster and the emergency request log). As in V1,
-- each aggregate is stored whole as JSON in "body"; the other columns exist only to find rows.

CREATE TABLE on_call_shift (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    starts_at TIMESTAMP   NOT NULL,
    ends_at   TIMESTAMP   NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX on_call_shift_office ON on_call_shift (office_id, starts_at);

CREATE TABLE emergency_request (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    received_at TIMESTAMP   NOT NULL,
    status      VARCHAR(8)  NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX emergency_request_office ON emergency_request (office_id, received_at);

CREATE TABLE advisory (
    id         VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id  VARCHAR(32) NOT NULL,
    version    BIGINT      NOT NULL,
    valid_from TIMESTAMP   NOT NULL,
    valid_to   TIMESTAMP   NOT NULL,
    body       ${json_text} NOT NULL
);
CREATE INDEX advisory_office ON advisory (office_id, valid_from);

CREATE TABLE communication_test (
    id         VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id  VARCHAR(32) NOT NULL,
    version    BIGINT      NOT NULL,
    started_at TIMESTAMP   NOT NULL,
    body       ${json_text} NOT NULL
);
CREATE INDEX communication_test_office ON communication_test (office_id, started_at);

CREATE TABLE check_in (
    test_id   VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) ${collate_c} NOT NULL,
    at        TIMESTAMP   NOT NULL,
    body      ${json_text} NOT NULL,
    PRIMARY KEY (test_id, person_id)
);
