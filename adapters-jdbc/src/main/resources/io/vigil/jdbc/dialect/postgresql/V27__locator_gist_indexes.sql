-- Vigil: the locator's candidate queries on PostgreSQL read GiST indexes over expressions of the
-- columns they already have, no new column and no row per day: a residence's location as a point;
-- a position report's place as a point with its instant as a range of one instant; a leg's or hotel
-- stay's bounding box as a box with its time span as a range (ends included). The queries write the
-- same expressions (JdbcResidenceRegistry, JdbcPositionLog, JdbcMissionRegistry) and keep their
-- exact comparisons after them. H2 and SQLite have no such types: their V27 changes nothing.

CREATE INDEX residence_location_gist ON residence USING gist (point(longitude, latitude));

CREATE INDEX position_report_place_time_gist ON position_report
    USING gist (point(longitude, latitude), tstzrange(reported_at, reported_at, '[]'));

CREATE INDEX mission_span_range_box_time_gist ON mission_span_range
    USING gist (box(point(min_longitude, min_latitude), point(max_longitude, max_latitude)),
                tstzrange(starts_at, ends_at, '[]'));
