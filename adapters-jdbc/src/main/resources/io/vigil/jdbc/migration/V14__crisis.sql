-- Vigil: the crisis context: each office's Crisis Management Plan (with its versions), crisis
-- team, drill schedule and business continuity inputs (a row per office each), the activations
-- of the crisis team and the drills and exercises held.

CREATE TABLE crisis_plan (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_large} NOT NULL
);

CREATE TABLE crisis_team (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);

CREATE TABLE exercise_schedule (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);

CREATE TABLE continuity_inputs (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_large} NOT NULL
);

CREATE TABLE crisis_activation (
    id           VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id    VARCHAR(32) NOT NULL,
    version      BIGINT      NOT NULL,
    activated_at TIMESTAMP   NOT NULL,
    open_flag    INTEGER     NOT NULL,
    body         ${json_large} NOT NULL
);
CREATE INDEX crisis_activation_office ON crisis_activation (office_id, activated_at);
CREATE INDEX crisis_activation_open ON crisis_activation (office_id, open_flag);

CREATE TABLE crisis_exercise (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    held_at   TIMESTAMP   NOT NULL,
    body      ${json_large} NOT NULL
);
CREATE INDEX crisis_exercise_office ON crisis_exercise (office_id, held_at);
