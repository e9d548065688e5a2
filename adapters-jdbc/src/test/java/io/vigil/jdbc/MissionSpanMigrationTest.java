package io.vigil.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.json.VigilJson;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.port.out.MissionRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Migration V10 turns the rows per UTC day that earlier versions wrote for each leg and stay into
 * one row per leg and stay, and the locator finds the missions it found before, on H2 and on
 * PostgreSQL.
 */
class MissionSpanMigrationTest {
    private static final Place ZOCALO = new Place("Zócalo", GeoPoint.of(19.4326, -99.1332));
    private static final Place PUEBLA = new Place("Puebla", GeoPoint.of(19.0414, -98.2063));
    private static final OfficeId OFFICE = OfficeId.of("MX-MEX");

    /** An evening flight over midnight (2 days touched), a 30-minute drive (1 day), a stay of 366 days (367 days). */
    private static final Mission MISSION = new Mission(MissionId.random(), OFFICE, 1, "Supervision", "",
            List.of(PersonId.random()),
            List.of(new ItineraryLeg(TravelMode.FLIGHT, ZOCALO, PUEBLA, Instant.parse("2026-03-01T23:00:00Z"),
                            Instant.parse("2026-03-02T01:00:00Z")),
                    new ItineraryLeg(TravelMode.ROAD, PUEBLA, PUEBLA, Instant.parse("2026-03-02T10:00:00Z"),
                            Instant.parse("2026-03-02T10:30:00Z"))),
            List.of(new HotelStay(PUEBLA, Instant.parse("2026-03-02T23:30:00Z"), Instant.parse("2027-03-03T23:30:00Z"))));

    @Test
    void v10_moves_the_rows_per_day_of_h2_to_one_row_per_span() throws SQLException {
        try (HikariDataSource h2 = JdbcDataSources.pool("jdbc:h2:mem:v10-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "")) {
            movesAndStillFinds(h2);
        }
    }

    @Test
    void v10_moves_the_rows_per_day_of_postgresql_to_one_row_per_span() throws SQLException {
        try (HikariDataSource pg = (HikariDataSource) TestDatabases.emptyPostgres("v10_migration")) {
            movesAndStillFinds(pg);
        }
    }

    private static void movesAndStillFinds(DataSource ds) throws SQLException {
        JdbcMigrations.migrateTo(ds, "7");
        try (Connection c = ds.getConnection()) {
            String id = MISSION.id().toString();
            Jdbc.update(c, "INSERT INTO mission (id, office_id, version, body) VALUES (?, ?, ?, ?)", id,
                    OFFICE.value(), 1L, VigilJson.mapper().writeValueAsString(MISSION));
            Jdbc.update(c, "INSERT INTO mission_member (mission_id, person_id) VALUES (?, ?)", id,
                    MISSION.members().get(0).toString());
            // the rows the day-bucketed table held: one per UTC day (epoch day) the span touches
            oldRows(c, 0, MISSION.legs().get(0).bounds(), "2026-03-01T23:00:00Z", "2026-03-02T01:00:00Z", 20_513, 20_514);
            oldRows(c, 1, MISSION.legs().get(1).bounds(), "2026-03-02T10:00:00Z", "2026-03-02T10:30:00Z", 20_514, 20_514);
            oldRows(c, 2, GeoBox.around(List.of(PUEBLA.point())), "2026-03-02T23:30:00Z", "2027-03-03T23:30:00Z",
                    20_514, 20_880);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }

        JdbcMigrations.migrate(ds);

        try (Connection c = ds.getConnection()) {
            List<String> rows = Jdbc.query(c, "SELECT seq, reach, starts_at, ends_at FROM mission_span_range"
                            + " WHERE mission_id = ? ORDER BY seq",
                    rs -> rs.getInt(1) + " " + rs.getInt(2) + " " + rs.getObject(3, java.time.OffsetDateTime.class)
                            .toInstant() + " " + rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                    MISSION.id().toString());
            // reach from the days touched, n: the smallest k with n <= 4^k (2 days: 1; 1 day: 0; 367 days: 5)
            assertThat(rows).containsExactly("0 1 2026-03-01T23:00:00Z 2026-03-02T01:00:00Z",
                    "1 0 2026-03-02T10:00:00Z 2026-03-02T10:30:00Z", "2 5 2026-03-02T23:30:00Z 2027-03-03T23:30:00Z");
            assertThat(Jdbc.query(c, "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?",
                    rs -> rs.getInt(1), "mission_span")).containsExactly(0);
        }
        MissionRegistry missions = new JdbcPeopleStores(ds).open().missions();
        GeoBox puebla = GeoBox.around(List.of(PUEBLA.point()));
        assertThat(missions.candidatesWithin(OFFICE, puebla, TimeWindow.at(Instant.parse("2026-09-15T12:00:00Z"))))
                .extracting(Mission::id).containsExactly(MISSION.id());
        assertThat(missions.candidatesWithin(OFFICE, puebla, TimeWindow.at(Instant.parse("2026-03-02T00:30:00Z"))))
                .extracting(Mission::id).containsExactly(MISSION.id());
        assertThat(missions.candidatesWithin(OFFICE, puebla, TimeWindow.at(Instant.parse("2027-03-04T00:00:00Z"))))
                .isEmpty();
        // and a save after the migration rewrites one row per span, classed by how long it lasts (< 4^k days)
        missions.save(missions.findById(MISSION.id()).orElseThrow());
        try (Connection c = ds.getConnection()) {
            assertThat(Jdbc.query(c, "SELECT seq, reach FROM mission_span_range WHERE mission_id = ? ORDER BY seq",
                    rs -> rs.getInt(1) + " " + rs.getInt(2), MISSION.id().toString()))
                    .containsExactly("0 0", "1 0", "2 5");
        }
    }

    private static void oldRows(Connection c, int seq, GeoBox box, String start, String end, int firstDay, int lastDay)
            throws SQLException {
        for (int day = firstDay; day <= lastDay; day++) {
            Jdbc.update(c, "INSERT INTO mission_span (mission_id, seq, day_bucket, office_id, min_latitude,"
                            + " min_longitude, max_latitude, max_longitude, starts_at, ends_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", MISSION.id().toString(), seq, day,
                    OFFICE.value(), box.minLatitude(), box.minLongitude(), box.maxLatitude(), box.maxLongitude(),
                    Instant.parse(start), Instant.parse(end));
        }
    }
}
