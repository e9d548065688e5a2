-- Vigil: the outbox (delivery log) of outbound messages, each with its delivery state and the lease
-- of the instance delivering it. The message is stored whole as JSON in "body"; the other columns
-- find and claim rows. Times that claims compare are epoch milliseconds (BIGINT), the same on every
-- database. state: QUEUED (due at due_at), SENT or FAILED (at "at", after "attempts" attempts).

CREATE TABLE outbox (
    id          VARCHAR(200) ${collate_c} PRIMARY KEY,
    office_id   VARCHAR(32)  NOT NULL,
    channel     VARCHAR(8)   NOT NULL,
    address_key VARCHAR(200) NOT NULL,
    queued_at   BIGINT       NOT NULL,
    state       VARCHAR(8)   NOT NULL,
    attempts    INTEGER      NOT NULL,
    due_at      BIGINT       NOT NULL,
    done_at     BIGINT,
    last_error  VARCHAR(600),
    owner       VARCHAR(300),
    lease_until BIGINT,
    body        ${json_text} NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, channel, due_at);
CREATE INDEX outbox_address ON outbox (office_id, address_key);
CREATE INDEX outbox_office ON outbox (office_id, queued_at);
