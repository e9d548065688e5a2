package io.vigil.people.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.geo.GeoBox;
import java.time.Instant;

/** One leg of a mission's itinerary. */
public record ItineraryLeg(TravelMode mode, Place from, Place to, Instant departure, Instant arrival) {
    public ItineraryLeg {
        Require.nonNull(mode, "mode");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(departure, "departure");
        Require.nonNull(arrival, "arrival");
        Require.that(!arrival.isBefore(departure), "arrival", "must not be before departure");
    }

    /** The box holding both ends (and so the straight route). */
    public GeoBox bounds() {
        return GeoBox.around(from.point(), to.point());
    }
}
