-- Vigil: the liaison context (issue 14): organisations, contacts, the contact and information logs,
-- meeting series, meetings, action items with their change log (in the body) and advice with
-- management's decision (in the body). One row per record; the columns only find rows.

CREATE TABLE liaison_organisation (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    name VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX liaison_organisation_office ON liaison_organisation (office_id);

CREATE TABLE liaison_contact (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    organisation_id VARCHAR(36) NOT NULL,
    name VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX liaison_contact_office ON liaison_contact (office_id);
CREATE INDEX liaison_contact_organisation_id ON liaison_contact (office_id, organisation_id);

CREATE TABLE liaison_contact_entry (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    contact_id VARCHAR(36) NOT NULL,
    at_time TIMESTAMP NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX liaison_contact_entry_office ON liaison_contact_entry (office_id);
CREATE INDEX liaison_contact_entry_contact_id ON liaison_contact_entry (office_id, contact_id);

CREATE TABLE liaison_exchange (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    contact_id VARCHAR(36) NOT NULL,
    at_time TIMESTAMP NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX liaison_exchange_office ON liaison_exchange (office_id);
CREATE INDEX liaison_exchange_contact_id ON liaison_exchange (office_id, contact_id);

CREATE TABLE liaison_meeting_series (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    name VARCHAR(200) ${collate_c} NOT NULL,
    body      ${json_text} NOT NULL
);
CREATE INDEX liaison_meeting_series_office ON liaison_meeting_series (office_id);

CREATE TABLE liaison_meeting (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    series_id VARCHAR(36) NOT NULL,
    held_at TIMESTAMP NOT NULL,
    body      ${json_large} NOT NULL
);
CREATE INDEX liaison_meeting_office ON liaison_meeting (office_id);
CREATE INDEX liaison_meeting_series_id ON liaison_meeting (office_id, series_id);

CREATE TABLE liaison_action_item (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    meeting_id VARCHAR(36),
    owner_id VARCHAR(36) NOT NULL,
    opened_at TIMESTAMP NOT NULL,
    body      ${json_large} NOT NULL
);
CREATE INDEX liaison_action_item_office ON liaison_action_item (office_id);
CREATE INDEX liaison_action_item_meeting_id ON liaison_action_item (office_id, meeting_id);

CREATE TABLE liaison_advice (
    id        VARCHAR(36) ${collate_c} PRIMARY KEY,
    office_id VARCHAR(32) NOT NULL,
    version   BIGINT      NOT NULL,
    given_at TIMESTAMP NOT NULL,
    body      ${json_large} NOT NULL
);
CREATE INDEX liaison_advice_office ON liaison_advice (office_id);
