-- Vigil: the documents context: the library of security documents (metadata and versions; their
-- bytes are in document_content, V17_1) and the disseminations of their versions with the
-- recipients' acknowledgements.

CREATE TABLE document (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    title     VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX document_office ON document (office_id, title);

CREATE TABLE dissemination (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    document_id VARCHAR(36) NOT NULL,
    sent_at     TIMESTAMP   NOT NULL,
    body        ${json_large} NOT NULL
);
CREATE INDEX dissemination_office ON dissemination (office_id, sent_at);
CREATE INDEX dissemination_document ON dissemination (office_id, document_id);
