-- Vigil: a mission's itinerary legs and hotel stays are indexed by one row each, no longer by one
-- row per UTC day they cover (a leg of a year was 367 rows). Each row keeps the span's bounding box
-- and its time span, and its reach class: the smallest k (0 to 8) such that the span lasts less
-- than 4^k days, or 9 for a longer one. A locator window [from, to] then reads, per class k, the
-- rows starting between from - 4^k days and to (class 9: every row starting before to), each an
-- index range of (office_id, reach, starts_at). Plain SQL: H2, PostgreSQL and SQLite alike.

CREATE TABLE mission_span_range (
    mission_id    VARCHAR(36) NOT NULL REFERENCES mission (id) ON DELETE CASCADE,
    seq           INTEGER     NOT NULL,
    office_id     VARCHAR(32) NOT NULL,
    reach         INTEGER     NOT NULL,
    min_latitude  DOUBLE PRECISION NOT NULL,
    min_longitude DOUBLE PRECISION NOT NULL,
    max_latitude  DOUBLE PRECISION NOT NULL,
    max_longitude DOUBLE PRECISION NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (mission_id, seq)
);
CREATE INDEX mission_span_range_office_reach_start ON mission_span_range (office_id, reach, starts_at);

-- every span of the old table had one row per UTC day it touched, all with the same box and times:
-- a span of n rows lasts less than n days, so the smallest k with n <= 4^k is its class or a higher
-- one (found all the same); the next save of the mission writes its own class
INSERT INTO mission_span_range (mission_id, seq, office_id, reach, min_latitude, min_longitude, max_latitude,
                                max_longitude, starts_at, ends_at)
SELECT mission_id, seq, MIN(office_id),
       CASE WHEN COUNT(*) <= 1 THEN 0
            WHEN COUNT(*) <= 4 THEN 1
            WHEN COUNT(*) <= 16 THEN 2
            WHEN COUNT(*) <= 64 THEN 3
            WHEN COUNT(*) <= 256 THEN 4
            WHEN COUNT(*) <= 1024 THEN 5
            WHEN COUNT(*) <= 4096 THEN 6
            WHEN COUNT(*) <= 16384 THEN 7
            WHEN COUNT(*) <= 65536 THEN 8
            ELSE 9 END,
       MIN(min_latitude), MIN(min_longitude), MAX(max_latitude), MAX(max_longitude), MIN(starts_at), MAX(ends_at)
FROM mission_span
GROUP BY mission_id, seq;

DROP TABLE mission_span;
