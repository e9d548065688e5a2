-- Vigil: aggregates that grow with the office (a communication test or roll-call names its whole
-- audience, an advisory every acknowledgement, a telephone tree every drill) outgrow H2's
-- longest CHARACTER VARYING (a million characters, about 25,000 persons); store their bodies as
-- large objects. On PostgreSQL the type stays TEXT.

ALTER TABLE communication_test ALTER COLUMN body SET DATA TYPE ${json_large};
ALTER TABLE advisory ALTER COLUMN body SET DATA TYPE ${json_large};
ALTER TABLE phone_tree ALTER COLUMN body SET DATA TYPE ${json_large};
