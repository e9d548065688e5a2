-- Vigil: telephone trees with their drills. As in V1, the tree is stored whole as JSON in "body".

CREATE TABLE phone_tree (
    id        VARCHAR(36)  ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32)  NOT NULL,
    version   BIGINT       NOT NULL,
    name      VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX phone_tree_office ON phone_tree (office_id, name);
