-- Vigil: the movement context: high-risk movement plans with their logs (call-ins, overdue
-- episodes, arrival) in the body, the office's vehicles and drivers, and each office's movement
-- settings (time zone, crisis team leader's delay, convoy rules), river transport options, MEDEVAC
-- plans and road incidents.

CREATE TABLE movement (
    id         VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id  VARCHAR(32) NOT NULL,
    version    BIGINT      NOT NULL,
    departs_at TIMESTAMP   NOT NULL,
    tracked    INTEGER     NOT NULL,
    body       ${json_text} NOT NULL
);
CREATE INDEX movement_office ON movement (office_id, departs_at);
CREATE INDEX movement_tracked ON movement (office_id, tracked);

CREATE TABLE vehicle (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    plate     VARCHAR(20) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX vehicle_office ON vehicle (office_id, plate);

CREATE TABLE driver (
    id        VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32)  NOT NULL,
    version   BIGINT       NOT NULL,
    name      VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX driver_office ON driver (office_id, name);

CREATE TABLE movement_settings (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);

CREATE TABLE river_option (
    id        VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32)  NOT NULL,
    version   BIGINT       NOT NULL,
    operator  VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX river_option_office ON river_option (office_id, operator);

CREATE TABLE medevac_plan (
    id           VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id    VARCHAR(32)  NOT NULL,
    version      BIGINT       NOT NULL,
    duty_station VARCHAR(200) ${collate_c} NOT NULL,
    body         ${json_text} NOT NULL
);
CREATE INDEX medevac_plan_office ON medevac_plan (office_id, duty_station);

CREATE TABLE road_incident (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    happened_at TIMESTAMP   NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX road_incident_office ON road_incident (office_id, happened_at);
