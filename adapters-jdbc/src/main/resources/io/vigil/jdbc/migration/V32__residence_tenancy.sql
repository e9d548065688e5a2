-- A residence's tenancy beside its body: its warden zone, and when it was moved into and out of, as
-- the exact instants of the body (ISO-8601 text, read back, never compared in SQL). A person's
-- current zone (every roll-call asks it of each affected person) is then read without the body.
-- Rows stored before have no moved_in_at; their tenancy is read from the body until their next save.
ALTER TABLE residence ADD COLUMN warden_zone_id VARCHAR(64);
ALTER TABLE residence ADD COLUMN moved_in_at VARCHAR(40);
ALTER TABLE residence ADD COLUMN moved_out_at VARCHAR(40);
