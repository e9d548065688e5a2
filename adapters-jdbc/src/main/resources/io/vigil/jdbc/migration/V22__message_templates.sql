-- The offices' message settings: the default language of their messages and their own templates
-- (each replacing the shipped one of its kind and language), one row per office, the body JSON.
CREATE TABLE message_settings (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
