-- Vigil: the travel context: clearance requests with their decisions (and a row per traveller),
-- assessed air operators, training waivers, and each office's travel settings.

CREATE TABLE clearance (
    id           VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id    VARCHAR(32) NOT NULL,
    version      BIGINT      NOT NULL,
    submitted_at TIMESTAMP   NOT NULL,
    ends_at      TIMESTAMP   NOT NULL,
    status       VARCHAR(20) NOT NULL,
    body         ${json_large} NOT NULL
);
CREATE INDEX clearance_office ON clearance (office_id, submitted_at);
CREATE INDEX clearance_ends ON clearance (office_id, ends_at);

CREATE TABLE clearance_traveller (
    clearance_id VARCHAR(36) NOT NULL REFERENCES clearance (id) ON DELETE CASCADE,
    person_id    VARCHAR(36) NOT NULL,
    PRIMARY KEY (clearance_id, person_id)
);
CREATE INDEX clearance_traveller_person ON clearance_traveller (person_id);

CREATE TABLE air_operator (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    code      VARCHAR(20) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX air_operator_office ON air_operator (office_id, code);

CREATE TABLE travel_waiver (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    person_id   VARCHAR(36) NOT NULL,
    recorded_at TIMESTAMP   NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX travel_waiver_office ON travel_waiver (office_id, recorded_at);
CREATE INDEX travel_waiver_person ON travel_waiver (office_id, person_id);

CREATE TABLE travel_policy (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
