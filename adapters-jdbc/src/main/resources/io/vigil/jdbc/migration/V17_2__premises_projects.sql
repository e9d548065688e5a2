-- Vigil: the risk context's premises projects (office selection, construction, renovation, move):
-- phases, checklist, site visits, advice, conditions and sign-off, stored whole in the body.

CREATE TABLE premises_project (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    facility_id VARCHAR(36) NOT NULL,
    body        ${json_large} NOT NULL
);
CREATE INDEX premises_project_office ON premises_project (office_id);
