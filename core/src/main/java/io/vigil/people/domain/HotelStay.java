package io.vigil.people.domain;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.time.TimeWindow;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A hotel stay on a mission, from check-in to check-out, by its {@code guests}: the members who
 * stayed there. No guests named (as in every stay stored before guests were recorded) means every
 * member of the mission; the {@link Mission} names them.
 */
public record HotelStay(Place hotel, Instant checkIn, Instant checkOut, List<PersonId> guests) {
    public HotelStay {
        Require.nonNull(hotel, "hotel");
        Require.nonNull(checkIn, "checkIn");
        Require.nonNull(checkOut, "checkOut");
        Require.that(!checkOut.isBefore(checkIn), "checkOut", "must not be before checkIn");
        guests = guests == null ? List.of() : List.copyOf(new LinkedHashSet<>(guests));
    }

    /** A stay by every member of the mission. */
    public HotelStay(Place hotel, Instant checkIn, Instant checkOut) {
        this(hotel, checkIn, checkOut, List.of());
    }

    /** The same stay by {@code who}. */
    public HotelStay withGuests(List<PersonId> who) {
        return new HotelStay(hotel, checkIn, checkOut, who);
    }

    /**
     * Whether the guests are at the hotel at some instant of the window: from check-in (included)
     * until check-out (excluded). The locator and the zone roster both ask this.
     */
    public boolean during(TimeWindow window) {
        return window.overlapsEndExcluded(checkIn, checkOut);
    }
}
