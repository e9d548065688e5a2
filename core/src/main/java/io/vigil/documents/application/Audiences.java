package io.vigil.documents.application;

import io.vigil.documents.domain.DocumentAudience;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.paging.Page;
import io.vigil.people.port.in.LocateQuery;
import io.vigil.people.port.in.PeopleUseCases;
import io.vigil.people.port.in.PersonListQuery;
import io.vigil.people.port.in.PersonView;
import io.vigil.people.port.in.Reachable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves an {@link DocumentAudience} to the persons it names now, through the people context's use cases
 * and with the actor's own access (each read audited there): the contact directory for everyone and
 * a category, the person list for a unit, the residences' zones for a zone, the locator for an area.
 */
final class Audiences {
    private final PeopleUseCases people;

    Audiences(PeopleUseCases people) {
        this.people = people;
    }

    /** The persons of the audience at {@code at}, with their names and addresses, by name or as found. */
    List<Reachable> resolve(Actor actor, DocumentAudience audience, Instant at) {
        return switch (audience.kind()) {
            case EVERYONE -> everyone(actor, Optional.empty());
            case CATEGORY -> everyone(actor, audience.category());
            case UNIT -> people.directory().persons(actor, Page.all(page -> people.persons().list(actor,
                    new PersonListQuery(null, audience.unit().orElseThrow(), null), page)).stream()
                    .map(PersonView::personId).toList());
            case ZONE -> {
                List<Reachable> all = everyone(actor, Optional.empty());
                Map<PersonId, ?> zones = people.directory().zones(actor, all.stream().map(Reachable::person).toList());
                yield all.stream().filter(r -> audience.zone().map(z -> z.equals(zones.get(r.person()))).orElse(false))
                        .toList();
            }
            case AREA -> people.directory().persons(actor, people.locator().locate(actor,
                    new LocateQuery(audience.area(), at, at.plus(Duration.ofDays(DocumentAudience.TRAVEL_DAYS)))).persons());
        };
    }

    private List<Reachable> everyone(Actor actor, Optional<String> category) {
        return Page.all(page -> people.directory().reachable(actor, category, page));
    }
}
