package io.vigil.people.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.people.domain.Headcount;
import java.time.Instant;
import java.util.Map;

/** The locator: who is where, and who is in the country. */
public interface LocatePersonnelUseCase {

    /** Everyone whose residence, itinerary, hotel stay or reported position puts them in the area and window. */
    LocatorResult locate(Actor actor, LocateQuery query);

    /**
     * Reasons the locator gave ({@link LocatorResult#reasons}), kept by another context for persons
     * of {@code office}, as the actor may read them now: whole for a person whose residence (for a
     * residence) or movements (for an itinerary leg, a hotel stay or a reported position) the access
     * policy lets the actor read, the kind of reason alone ("residence", "hotel stay", "last known
     * position") for the others, and "in the area" for a reason of another form the actor may not
     * read both of. The places shown are audited, one entry per class of data, naming their persons.
     */
    Map<PersonId, String> readable(Actor actor, OfficeId office, Map<PersonId, String> reasons);

    /** Who is in the country at the instant, counted by category and organisation unit. */
    Headcount headcount(Actor actor, Instant at);
}
