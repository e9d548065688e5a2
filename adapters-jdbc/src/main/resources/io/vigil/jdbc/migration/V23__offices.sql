-- The profiles of the offices Vigil serves (name, IANA time zone, country): one row per office.
CREATE TABLE office_profile (
    id        VARCHAR(32) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
