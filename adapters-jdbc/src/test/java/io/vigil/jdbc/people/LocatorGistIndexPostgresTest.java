package io.vigil.jdbc.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.jdbc.Jdbc;
import io.vigil.jdbc.JdbcMigrations;
import io.vigil.jdbc.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the locator's three candidate queries can read the GiST indexes of migration V27:
 * their expressions are the indexes' own. Each plan is asked in a transaction that fills the tables
 * with 5,000 rows each, drops the B-tree indexes the planner might prefer on so little data and
 * forbids sequential scans, then rolls everything back.
 */
class LocatorGistIndexPostgresTest {
    private static final Instant FROM = Instant.parse("2026-03-15T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-16T00:00:00Z");
    private static DataSource db;

    @BeforeAll
    static void migrate() {
        db = TestDatabases.emptyPostgres("locator_gist_plans");
        JdbcMigrations.migrate(db);
    }

    @Test
    void residences_within_a_box_read_the_location_index() throws SQLException {
        assertThat(plan(JdbcResidenceRegistry.POSTGRES_WITHIN, -99.18, 19.41, -99.13, 19.455, "MX-MEX", 19.41, 19.455,
                -99.18, -99.13)).contains("residence_location_gist").doesNotContain("Seq Scan");
    }

    @Test
    void positions_within_a_box_and_a_window_read_the_place_and_time_index() throws SQLException {
        assertThat(plan(JdbcPositionLog.POSTGRES_WITHIN, -99.18, 19.41, -99.13, 19.455, FROM, TO, "MX-MEX", FROM, TO,
                19.41, 19.455, -99.18, -99.13)).contains("position_report_place_time_gist")
                .doesNotContain("Seq Scan");
    }

    @Test
    void legs_and_stays_meeting_a_box_and_a_window_read_the_box_and_time_index_then_missions_by_key() throws SQLException {
        assertThat(plan(JdbcMissionRegistry.POSTGRES_CANDIDATES, -99.18, 19.41, -99.13, 19.455, FROM, TO, "MX-MEX"))
                .contains("mission_span_range_box_time_gist", "mission_pkey").doesNotContain("Seq Scan");
    }

    private static String plan(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO residence (id, office_id, version, latitude, longitude, body)"
                        + " SELECT 'r' || i, 'MX-MEX', 1, 14.6 + (i % 97) * 0.18, -117 + (i % 89) * 0.33, '{}'"
                        + " FROM generate_series(1, 5000) i");
                s.execute("INSERT INTO position_report (id, office_id, person_id, reported_at, latitude, longitude,"
                        + " body) SELECT 'p' || i, 'MX-MEX', 'x', TIMESTAMPTZ '2026-01-01Z' + i * INTERVAL '1 hour',"
                        + " 14.6 + (i % 97) * 0.18, -117 + (i % 89) * 0.33, '{}' FROM generate_series(1, 5000) i");
                s.execute("INSERT INTO mission (id, office_id, version, body)"
                        + " SELECT 'm' || i, 'MX-MEX', 1, '{}' FROM generate_series(1, 5000) i");
                s.execute("INSERT INTO mission_span_range (mission_id, seq, office_id, reach, min_latitude,"
                        + " min_longitude, max_latitude, max_longitude, starts_at, ends_at) SELECT 'm' || i, 0,"
                        + " 'MX-MEX', 1, 14.6 + (i % 97) * 0.18, -117 + (i % 89) * 0.33, 14.7 + (i % 97) * 0.18,"
                        + " -116.9 + (i % 89) * 0.33, TIMESTAMPTZ '2026-01-01Z' + i * INTERVAL '1 hour',"
                        + " TIMESTAMPTZ '2026-01-01Z' + i * INTERVAL '1 hour' + INTERVAL '3 hours'"
                        + " FROM generate_series(1, 5000) i");
                s.execute("DROP INDEX residence_office_location, position_office_time, position_person_time,"
                        + " mission_span_range_office_reach_start");
                s.execute("ANALYZE residence, position_report, mission, mission_span_range");
                s.execute("SET LOCAL enable_seqscan = off");
            }
            List<String> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                Jdbc.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
            } finally {
                c.rollback();
            }
            return String.join("\n", lines);
        }
    }
}
