-- A communication test's audience as rows, one per person asked, written once when the test is
-- first stored: the body no longer carries the whole audience (nor a roll-call's affected list),
-- and an escalation step rewrites the body alone. Tests stored before keep their audience inline.
ALTER TABLE communication_test ADD COLUMN audience_size INT;
ALTER TABLE communication_test ADD COLUMN audience_digest VARCHAR(64);

CREATE TABLE communication_test_member (
    communication_test_id VARCHAR(36) ${collate_c} NOT NULL,
    ordinal               INT         NOT NULL,
    person_id             VARCHAR(36) ${collate_c} NOT NULL,
    unreachable_rank      INT,
    affected              ${json_text},
    PRIMARY KEY (communication_test_id, ordinal)
);
CREATE UNIQUE INDEX communication_test_member_person ON communication_test_member (communication_test_id, person_id);
