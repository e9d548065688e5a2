package io.vigil.awareness.port.in;

import io.vigil.awareness.domain.AwarenessPolicy;
import io.vigil.kernel.access.Actor;

/** Read and set the office's awareness settings (warnings before expiry, days to an on-arrival briefing). */
public interface ConfigureAwarenessUseCase {
    /** The office's settings: the standard ones (version 0) until set. */
    AwarenessPolicy get(Actor actor);

    /** Sets the office's settings at the expected version (0 while never set). */
    AwarenessPolicy set(Actor actor, long expectedVersion, AwarenessPolicyDetails details);
}
