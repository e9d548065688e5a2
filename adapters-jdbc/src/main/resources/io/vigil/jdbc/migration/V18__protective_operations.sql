-- The movement context's protective operations: visits (senior official visits, conferences, field
-- visits, retreats) with their members, programme, advance site assessment, protective measures,
-- support requests and members' clearances in the body; listed by start, latest first.

CREATE TABLE visit (
    id         VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id  VARCHAR(32) NOT NULL,
    version    BIGINT      NOT NULL,
    starts_at  TIMESTAMP   NOT NULL,
    body       ${json_large} NOT NULL
);
CREATE INDEX visit_office ON visit (office_id, starts_at);
