package io.vigil.travel.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.travel.domain.TravelPolicy;

/** Read and set the office's travel settings (time zone, flight limit, lead time). */
public interface ConfigureTravelUseCase {
    /** The office's settings: the standard ones (version 0) until set. */
    TravelPolicy get(Actor actor);

    /** Sets the office's settings at the expected version (0 while never set). */
    TravelPolicy set(Actor actor, long expectedVersion, TravelPolicyDetails details);
}
