package io.vigil.people.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.people.domain.Headcount;
import java.time.Instant;

/** The locator: who is where, and who is in the country. */
public interface LocatePersonnelUseCase {

    /** Everyone whose residence, itinerary, hotel stay or reported position puts them in the area and window. */
    LocatorResult locate(Actor actor, LocateQuery query);

    /** Who is in the country at the instant, counted by category and organisation unit. */
    Headcount headcount(Actor actor, Instant at);
}
