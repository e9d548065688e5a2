-- Vigil: the awareness context: the course catalogue, completions, briefings with their
-- attendance, and each office's awareness settings.

CREATE TABLE course (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    code      VARCHAR(20) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX course_office ON course (office_id, code);

CREATE TABLE completion (
    id           VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id    VARCHAR(32) NOT NULL,
    version      BIGINT      NOT NULL,
    person_id    VARCHAR(36) NOT NULL,
    course_id    VARCHAR(36) NOT NULL,
    completed_at TIMESTAMP   NOT NULL,
    body         ${json_text} NOT NULL
);
CREATE INDEX completion_office ON completion (office_id, completed_at);
CREATE INDEX completion_person ON completion (office_id, person_id);
CREATE INDEX completion_course ON completion (office_id, course_id);

CREATE TABLE briefing (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    held_at   TIMESTAMP   NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX briefing_office ON briefing (office_id, held_at);

CREATE TABLE briefing_attendee (
    briefing_id VARCHAR(36) NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
    person_id   VARCHAR(36) NOT NULL,
    PRIMARY KEY (briefing_id, person_id)
);
CREATE INDEX briefing_attendee_person ON briefing_attendee (person_id);

CREATE TABLE awareness_policy (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
