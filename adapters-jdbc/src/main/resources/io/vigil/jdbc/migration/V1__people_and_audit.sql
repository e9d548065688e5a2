-- Vigil: personnel and locator, audit trail. Each aggregate is stored whole as JSON in "body";
-- the other columns and the child tables exist only to find rows, and are rewritten on every save.
-- Placeholders: ${json_text} (a large text type), ${collate_c} (byte-order collation, PostgreSQL only).

CREATE TABLE person (
    id          VARCHAR(36)  PRIMARY KEY,
    office_id   VARCHAR(32)  NOT NULL,
    version     BIGINT       NOT NULL,
    sort_key    VARCHAR(400) ${collate_c} NOT NULL,
    search_name VARCHAR(201) NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    org_unit    VARCHAR(100) NOT NULL,
    sponsor_id  VARCHAR(36),
    body        ${json_text} NOT NULL
);
CREATE INDEX person_office_sort ON person (office_id, sort_key);
CREATE INDEX person_sponsor ON person (sponsor_id);

CREATE TABLE residence (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    latitude  DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX residence_office_location ON residence (office_id, latitude, longitude);

CREATE TABLE residence_member (
    residence_id VARCHAR(36) NOT NULL REFERENCES residence (id) ON DELETE CASCADE,
    person_id    VARCHAR(36) NOT NULL,
    PRIMARY KEY (residence_id, person_id)
);
CREATE INDEX residence_member_person ON residence_member (person_id);

CREATE TABLE presence (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    arrival   TIMESTAMP WITH TIME ZONE NOT NULL,
    departure TIMESTAMP WITH TIME ZONE,
    body      ${json_text} NOT NULL
);
CREATE INDEX presence_office_arrival ON presence (office_id, arrival);
CREATE INDEX presence_person ON presence (person_id);

CREATE TABLE mission (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX mission_office ON mission (office_id, id);

CREATE TABLE mission_member (
    mission_id VARCHAR(36) NOT NULL REFERENCES mission (id) ON DELETE CASCADE,
    person_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (mission_id, person_id)
);
CREATE INDEX mission_member_person ON mission_member (person_id);

-- one row per itinerary leg or hotel stay and per UTC day it covers (day_bucket = epoch day), with
-- its bounding box and time span: a locator window then reads only the rows of its own days
CREATE TABLE mission_span (
    mission_id    VARCHAR(36) NOT NULL REFERENCES mission (id) ON DELETE CASCADE,
    seq           INTEGER     NOT NULL,
    day_bucket    INTEGER     NOT NULL,
    office_id     VARCHAR(32) NOT NULL,
    min_latitude  DOUBLE PRECISION NOT NULL,
    min_longitude DOUBLE PRECISION NOT NULL,
    max_latitude  DOUBLE PRECISION NOT NULL,
    max_longitude DOUBLE PRECISION NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mission_id, seq, day_bucket)
);
CREATE INDEX mission_span_office_day ON mission_span (office_id, day_bucket, min_latitude);

CREATE TABLE position_report (
    id        VARCHAR(36) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    person_id VARCHAR(36) NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude  DOUBLE PRECISION NOT NULL,
    longitude DOUBLE PRECISION NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX position_office_time ON position_report (office_id, reported_at);
CREATE INDEX position_person_time ON position_report (person_id, reported_at);

CREATE TABLE audit_entry (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32)  NOT NULL,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(200) NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX audit_office_time ON audit_entry (office_id, at);

CREATE TABLE audit_person (
    entry_id  VARCHAR(36) NOT NULL REFERENCES audit_entry (id) ON DELETE CASCADE,
    person_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);
CREATE INDEX audit_person_person ON audit_person (person_id);
