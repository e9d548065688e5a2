package io.vigil.wiring;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.liaison.port.out.LiaisonPersons;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonCardsUseCase;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the liaison context reaches the people context, built by the composition root: the persons a
 * meeting or an action item names are looked up through the people context's cards, as the caller
 * (at most {@value PersonCardsUseCase#MAX_PERSONS} at a time).
 */
public final class LiaisonLinks {
    private LiaisonLinks() {
    }

    /** The persons of the office, as {@code people.cards()} shows them to the caller. */
    public static LiaisonPersons persons(PeopleUseCases people) {
        return new LiaisonPersons() {
            @Override
            public Set<PersonId> unknown(Actor actor, Collection<PersonId> ids) {
                List<PersonId> distinct = ids.stream().distinct().toList();
                Set<PersonId> unknown = new HashSet<>(distinct);
                for (int i = 0; i < distinct.size(); i += PersonCardsUseCase.MAX_PERSONS) {
                    unknown.removeAll(people.cards().cards(actor, distinct.subList(i,
                            Math.min(distinct.size(), i + PersonCardsUseCase.MAX_PERSONS))).keySet());
                }
                return Set.copyOf(unknown);
            }

            @Override
            public ZoneId zone(OfficeId office) {
                return people.offices().zoneOf(office).orElse(ZoneOffset.UTC);
            }
        };
    }
}
