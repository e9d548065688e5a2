package io.vigil.soc.port.out;

import io.vigil.kernel.OfficeId;
import io.vigil.kernel.access.Actor;
import java.util.Map;

/**
 * Outbound port: the offices whose profile the actor may read, with their names, as the people
 * context knows them (adapted in the wiring over its use cases, as the caller).
 */
@FunctionalInterface
public interface SocOffices {
    /** The offices whose profile the actor may read with each one's name, ordered by office id. */
    Map<OfficeId, String> readable(Actor actor);

}
