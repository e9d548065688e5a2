package io.vigil.people.port.in;

import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.people.domain.PersonCategory;
import io.vigil.people.domain.Whereabouts;
import java.time.Instant;
import java.util.Optional;

/**
 * A person listed by whereabouts: name, category, unit, and since when they are there (the
 * covering stay's arrival in the country; the latest departure before the instant when abroad;
 * empty when no stay is recorded or they have not arrived yet).
 */
public record WhereaboutsEntry(PersonId person, String name, PersonCategory category, String orgUnit,
                               Whereabouts whereabouts, Optional<Instant> since) {
    public WhereaboutsEntry {
        Require.nonNull(person, "person");
        Require.nonNull(name, "name");
        Require.nonNull(category, "category");
        Require.nonNull(orgUnit, "orgUnit");
        Require.nonNull(whereabouts, "whereabouts");
        Require.nonNull(since, "since");
    }
}
