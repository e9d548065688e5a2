package io.vigil.guard.port.out;

import io.vigil.kernel.access.Actor;
import java.util.Set;
import java.util.UUID;

/**
 * Outbound port: the sites a post may name, the facilities of the office as the risk context holds
 * them. The composition root adapts the risk context's facilities use case to it.
 */
public interface GuardSites {
    /** The ids of the facilities of the actor's office, read as that actor (a facility of another office is not one). */
    Set<UUID> facilities(Actor actor);
}
