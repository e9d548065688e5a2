package io.vigil.travel.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** An overnight stop of a trip: where, and from when to when. */
public record Stop(TripPlace place, Instant from, Instant to) {
    public Stop {
        Require.nonNull(place, "place");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.that(to.isAfter(from), "to", "must be after from");
    }
}
