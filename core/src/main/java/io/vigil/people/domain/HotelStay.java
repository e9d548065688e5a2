package io.vigil.people.domain;

import io.vigil.kernel.Require;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;

/** A hotel stay of a mission, from check-in to check-out. */
public record HotelStay(Place hotel, Instant checkIn, Instant checkOut) {
    public HotelStay {
        Require.nonNull(hotel, "hotel");
        Require.nonNull(checkIn, "checkIn");
        Require.nonNull(checkOut, "checkOut");
        Require.that(!checkOut.isBefore(checkIn), "checkOut", "must not be before checkIn");
    }

    /**
     * Whether the guests are at the hotel at some instant of the window: from check-in (included)
     * until check-out (excluded). The locator and the zone roster both ask this.
     */
    public boolean during(TimeWindow window) {
        return !checkIn.isAfter(window.to()) && checkOut.isAfter(window.from());
    }
}
