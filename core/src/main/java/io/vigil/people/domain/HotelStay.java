package io.vigil.people.domain;

import io.vigil.kernel.Require;
import java.time.Instant;

/** A hotel stay of a mission, from check-in to check-out. */
public record HotelStay(Place hotel, Instant checkIn, Instant checkOut) {
    public HotelStay {
        Require.nonNull(hotel, "hotel");
        Require.nonNull(checkIn, "checkIn");
        Require.nonNull(checkOut, "checkOut");
        Require.that(!checkOut.isBefore(checkIn), "checkOut", "must not be before checkIn");
    }
}
