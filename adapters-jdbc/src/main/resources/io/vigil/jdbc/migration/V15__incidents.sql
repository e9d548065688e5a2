-- Vigil: the incident context: incident reports, preliminary enquiries with their investigators,
-- and each office's incident settings (taxonomy, reporting chain, export code mapping). A risk
-- assessment's review suggestion (issue 12) lives in its body: no column needed.

CREATE TABLE incident_report (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    occurred_at TIMESTAMP   NOT NULL,
    status      VARCHAR(10) NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX incident_report_office ON incident_report (office_id, occurred_at);
CREATE INDEX incident_report_open ON incident_report (office_id, status);

CREATE TABLE enquiry (
    id          VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32) NOT NULL,
    version     BIGINT      NOT NULL,
    incident_id VARCHAR(36),
    opened_at   TIMESTAMP   NOT NULL,
    body        ${json_text} NOT NULL
);
CREATE INDEX enquiry_office ON enquiry (office_id, opened_at);
CREATE INDEX enquiry_incident ON enquiry (office_id, incident_id);

CREATE TABLE enquiry_investigator (
    enquiry_id VARCHAR(36)  NOT NULL REFERENCES enquiry (id) ON DELETE CASCADE,
    subject    VARCHAR(200) NOT NULL,
    PRIMARY KEY (enquiry_id, subject)
);
CREATE INDEX enquiry_investigator_subject ON enquiry_investigator (subject);

CREATE TABLE incident_settings (
    id        VARCHAR(32) PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    body      ${json_text} NOT NULL
);
