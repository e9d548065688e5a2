package io.vigil.testkit.memory.people;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory mission registry indexes a leg or a stay once, however many days it spans (it was once per day). */
class InMemoryMissionSpansTest {
    private static final Place MEX = new Place("Mexico City", GeoPoint.of(19.43, -99.13));

    @Test
    void the_longest_leg_and_stay_any_configuration_allows_are_one_index_entry_each_and_leave_none_behind() {
        InMemoryMissionRegistry missions = new InMemoryMissionRegistry();
        Instant start = Instant.parse("2026-03-01T23:30:00Z");
        Instant end = start.plus(Duration.ofDays(SpanLimits.MAX_DAYS));
        Mission m = missions.save(new Mission(MissionId.random(), OfficeId.of("MX-MEX"), 0, "Long posting", null,
                List.of(PersonId.random()), List.of(new ItineraryLeg(TravelMode.ROAD, MEX, MEX, start, end)),
                List.of(new HotelStay(MEX, start, end))));
        assertThat(missions.timeIndexEntries()).isEqualTo(2);
        Mission shorter = missions.save(new Mission(m.id(), m.office(), m.version(), m.name(), null, m.members(),
                List.of(), List.of(new HotelStay(MEX, start, start.plus(Duration.ofDays(3))))));
        assertThat(missions.timeIndexEntries()).isEqualTo(1);
        missions.delete(m.id(), shorter.version());
        assertThat(missions.timeIndexEntries()).isZero();
    }
}
