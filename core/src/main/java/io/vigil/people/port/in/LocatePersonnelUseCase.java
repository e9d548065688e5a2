package io.vigil.people.port.in;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.people.domain.Headcount;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The locator: who is where, and who is in the country. */
public interface LocatePersonnelUseCase {

    /**
     * Everyone whose residence, itinerary, hotel stay or reported position puts them in the area and
     * window. A residence places a resident who has stays in the country recorded only while one of
     * them covers the time; a resident with no stay recorded (national staff, most dependents) is
     * counted in the country. The residents whose stays show them abroad at the window's end are
     * listed apart ({@link LocatorResult#abroad}). Audited as a read of movements naming every
     * person in either list.
     */
    LocatorResult locate(Actor actor, LocateQuery query);

    /**
     * Of the kinds of reasons ({@link LocatorResult.Reason#kind}) another context kept for persons of
     * {@code office}, those whose places the actor may read now, per person: a residence's if the
     * access policy lets the actor read that person's residence, an itinerary leg's, a hotel stay's
     * or a reported position's if it lets them read the person's movements, and a kind not known
     * (a reason kept as text by an earlier release) only if both. The places the caller may show are
     * audited, one entry per class of data, naming their persons.
     */
    Map<PersonId, Set<String>> readablePlaces(Actor actor, OfficeId office, Map<PersonId, Set<String>> kinds);

    /**
     * How many distinct persons the locator's rules ({@link #locate}) place in the area and window:
     * a count that names nobody and gives no place, for readers of headcounts (managers included).
     * Audited as a read of headcounts about nobody.
     */
    int countWithin(Actor actor, LocateQuery query);

    /** Who is in the country at the instant, counted by category and organisation unit. */
    Headcount headcount(Actor actor, Instant at);
}
