package io.vigil.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.jdbc.people.JdbcPeopleStores;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import io.vigil.people.domain.HotelStay;
import io.vigil.people.domain.ItineraryLeg;
import io.vigil.people.domain.Mission;
import io.vigil.people.domain.MissionId;
import io.vigil.people.domain.Place;
import io.vigil.people.domain.SpanLimits;
import io.vigil.people.domain.TravelMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDBC mission registry indexes a leg or a stay by the UTC days it touches: a leg or a stay as
 * long as the use cases allow (366 days by default) writes at most 367 rows, one per day touched.
 */
class MissionSpanRowsH2Test {
    @Test
    void the_longest_leg_and_stay_the_use_cases_allow_write_at_most_one_row_per_day_touched() throws SQLException {
        Place mex = new Place("Mexico City", GeoPoint.of(19.43, -99.13));
        // starts half an hour before midnight, so that 366 days touch 367 UTC days
        Instant start = Instant.parse("2026-03-01T23:30:00Z");
        Instant end = start.plus(Duration.ofDays(SpanLimits.DEFAULT.legDays()));
        Instant checkOut = start.plus(Duration.ofDays(SpanLimits.DEFAULT.stayDays()));
        Mission m = new Mission(MissionId.random(), OfficeId.of("MX-MEX"), 0, "Long posting", null,
                List.of(PersonId.random()), List.of(new ItineraryLeg(TravelMode.ROAD, mex, mex, start, end)),
                List.of(new HotelStay(mex, start, checkOut)));
        TestDatabases.h2(JdbcPeopleStores::new).missions().save(m);
        try (Connection c = TestDatabases.h2().getConnection()) {
            List<Integer> rows = Jdbc.query(c, "SELECT seq FROM mission_span WHERE mission_id = ?",
                    rs -> rs.getInt(1), m.id().toString());
            assertThat(rows.stream().filter(s -> s == 0)).hasSize(367);
            assertThat(rows.stream().filter(s -> s == 1)).hasSize(367);
        }
    }
}
