package io.vigil.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.geo.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LocatorHitTest {
    private static final GeoPoint REFORMA = GeoPoint.of(19.42, -99.16);
    private static final Instant MORNING = Instant.parse("2026-03-15T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-03-15T12:00:00Z");
    // UUIDs compare by their signed halves: the negative most significant half sorts first
    private static final PersonId FIRST = new PersonId(new UUID(0x8000_0000_0000_0000L, 5));
    private static final PersonId SECOND = new PersonId(new UUID(1, 0));
    private static final PersonId THIRD = new PersonId(new UUID(1, 1));

    private static LocatorHit hit(PersonId person, Instant from, SightingReason reason, String source) {
        return new LocatorHit(person, reason, source, REFORMA, from, Optional.empty(), "seen");
    }

    @Test
    void hits_are_ordered_by_person_then_time_then_reason_then_source() {
        List<LocatorHit> expected = List.of(
                hit(FIRST, NOON, SightingReason.RESIDENCE, "r-1"),
                hit(SECOND, MORNING, SightingReason.LAST_KNOWN_POSITION, "p-9"),
                hit(SECOND, NOON, SightingReason.RESIDENCE, "r-2"),
                hit(SECOND, NOON, SightingReason.ITINERARY_LEG, "m-1"),
                hit(SECOND, NOON, SightingReason.HOTEL_STAY, "m-1"),
                hit(SECOND, NOON, SightingReason.HOTEL_STAY, "m-2"),
                hit(THIRD, MORNING, SightingReason.RESIDENCE, "r-3"));
        for (long seed = 0; seed < 20; seed++) {
            List<LocatorHit> shuffled = new ArrayList<>(expected);
            Collections.shuffle(shuffled, new Random(seed));
            shuffled.sort(LocatorHit.ORDER);
            assertThat(shuffled).as("shuffled with seed %d", seed).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void hits_equal_in_every_key_compare_as_equal() {
        assertThat(LocatorHit.ORDER.compare(hit(SECOND, NOON, SightingReason.HOTEL_STAY, "m-1"),
                hit(SECOND, NOON, SightingReason.HOTEL_STAY, "m-1"))).isZero();
    }
}
