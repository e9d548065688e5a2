package io.vigil.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.testkit.generators.KernelGenerators;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.kernel.geo.GeoBox;
import io.vigil.kernel.time.TimeWindow;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.TravelMode;
import io.vigil.people.port.out.MissionRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDBC mission registry indexes a leg or a stay by one row, however many days it spans: a leg
 * and a stay as long as any configuration of the use cases allows ({@link SpanLimits#MAX_DAYS}, a
 * century) write one row each, where one row per UTC day touched was 36,526 each.
 */
class MissionSpanRowsH2Test {
    private static final Place MEX = new Place("Mexico City", GeoPoint.of(19.43, -99.13));

    @Test
    void the_longest_leg_and_stay_any_configuration_allows_write_one_row_each() throws SQLException {
        // starts half an hour before midnight, so that the century touches one day more than it lasts
        Instant start = Instant.parse("2026-03-01T23:30:00Z");
        Instant end = start.plus(Duration.ofDays(SpanLimits.MAX_DAYS));
        Mission m = new Mission(MissionId.random(), KernelGenerators.freshOffice(), 0, "Long posting", null,
                List.of(PersonId.random()), List.of(new ItineraryLeg(TravelMode.ROAD, MEX, MEX, start, end)),
                List.of(new HotelStay(MEX, start, end)));
        MissionRegistry missions = TestDatabases.h2(JdbcPeopleStores::new).missions();
        missions.save(m);
        try (Connection c = TestDatabases.h2().getConnection()) {
            List<Integer> rows = Jdbc.query(c, "SELECT seq FROM mission_span_range WHERE mission_id = ? ORDER BY seq",
                    rs -> rs.getInt(1), m.id().toString());
            assertThat(rows).containsExactly(0, 1);
        }
        // and the one row finds it on any day of the century, and not a minute after
        GeoBox around = GeoBox.around(List.of(MEX.point()));
        assertThat(missions.candidatesWithin(m.office(), around, TimeWindow.at(start.plus(Duration.ofDays(20_000)))))
                .extracting(Mission::id).contains(m.id());
        assertThat(missions.candidatesWithin(m.office(), around, TimeWindow.at(end.plusSeconds(60))))
                .extracting(Mission::id).doesNotContain(m.id());
    }
}
