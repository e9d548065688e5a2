package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import java.util.Collection;
import java.util.Map;

/**
 * Persons of the actor's office as cards for another context's screen (a roll-call's list): need to
 * know is decided per person. A card is given only for a person whose profile the reader may read;
 * a household member is named only if the reader may read that member's profile too; phones only
 * for a person whose contacts the reader may read. Audited as a read of profiles naming every
 * person whose card was given and every household member named, and as a read of contacts naming
 * every person whose phones were shown.
 */
public interface PersonCardsUseCase {
    /** At most this many persons per call. */
    int MAX_PERSONS = 500;

    /** The cards of the named persons the reader may see, by id; unknown ids and hidden persons are absent. */
    Map<PersonId, PersonCard> cards(Actor actor, Collection<PersonId> ids);
}
