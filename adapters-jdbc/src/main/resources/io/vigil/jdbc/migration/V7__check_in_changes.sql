-- Vigil: a person's answer to a communication test may change after the first ("needs help" after
-- "safe", "safe" after "needs help"); every change is kept. The first answer stays in check_in, as
-- release 0.1 stored it; each change after it is a row here, numbered from 2 in the order recorded.

CREATE TABLE check_in_change (
    test_id   VARCHAR(36) NOT NULL,
    person_id VARCHAR(36) ${collate_c} NOT NULL,
    seq       INTEGER     NOT NULL,
    at        TIMESTAMP   NOT NULL,
    body      ${json_text} NOT NULL,
    PRIMARY KEY (test_id, person_id, seq)
);
