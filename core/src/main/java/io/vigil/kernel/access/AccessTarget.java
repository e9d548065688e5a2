package io.vigil.kernel.access;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.Require;
import io.vigil.kernel.WardenZoneId;
import java.util.Optional;

/**
 * Whose data an access is about: the office, the person it describes (if any), that person's
 * sponsor when they are a dependent, and the warden zone of their residence.
 */
public record AccessTarget(OfficeId office, Optional<PersonId> person, Optional<PersonId> sponsor,
                           Optional<WardenZoneId> zone) {
    public AccessTarget {
        Require.nonNull(office, "office");
        Require.nonNull(person, "person");
        Require.nonNull(sponsor, "sponsor");
        Require.nonNull(zone, "zone");
    }

    /** Data of the office as a whole (counts, lists), about no single person. */
    public static AccessTarget office(OfficeId office) {
        return new AccessTarget(office, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Data about one person. */
    public static AccessTarget person(OfficeId office, PersonId person, Optional<PersonId> sponsor,
                                      Optional<WardenZoneId> zone) {
        return new AccessTarget(office, Optional.of(person), sponsor, zone);
    }
}
