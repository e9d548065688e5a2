-- Vigil: the warden system's zones. As in V1, the zone is stored whole as JSON in "body".

CREATE TABLE warden_zone (
    id        VARCHAR(64) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX warden_zone_office ON warden_zone (office_id, id);
