package io.vigil.liaison.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.Actor;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;

/**
 * Outbound port: whether the persons a meeting or an action item names are persons of the office,
 * as the people context knows them (adapted in the wiring over its use cases, as the caller), and the
 * office's time zone from its profile, whose days action items fall due on.
 */
@FunctionalInterface
public interface LiaisonPersons {
    /** Of {@code ids}, those that name no person of the actor's office the actor may see. */
    Set<PersonId> unknown(Actor actor, Collection<PersonId> ids);

    /** The office's zone (the wiring's reads the office profile); UTC here, as for an office without a profile. */
    default ZoneId zone(OfficeId office) {
        return ZoneOffset.UTC;
    }
}
