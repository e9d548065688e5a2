-- Vigil: the bytes of document versions (at most 1,000,000 each), one row per content, never
-- changed once written. The column type is the database's binary large object (BYTEA).

CREATE TABLE document_content (
    id           VARCHAR(36)  PRIMARY KEY,
    office_id    VARCHAR(32)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   INTEGER      NOT NULL,
    body         BYTEA     NOT NULL
);
