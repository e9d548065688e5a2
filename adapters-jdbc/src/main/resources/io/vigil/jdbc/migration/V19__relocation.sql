-- Vigil: relocation and evacuation in the crisis context: each office's arrangements (areas with
-- their assembly points, safe havens, routes and transport, and the priority order; a row per
-- office) and the relocations and evacuations declared, each with its list.

CREATE TABLE relocation_plan (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_large} NOT NULL
);

CREATE TABLE crisis_relocation (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    declared_at TIMESTAMP   NOT NULL,
    body        ${json_large} NOT NULL
);
CREATE INDEX crisis_relocation_office ON crisis_relocation (office_id, declared_at);
