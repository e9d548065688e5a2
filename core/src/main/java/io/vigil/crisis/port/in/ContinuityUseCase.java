package io.vigil.crisis.port.in;

import io.vigil.kernel.access.Actor;

/** The security inputs of the office's business continuity plan. */
public interface ContinuityUseCase {
    /** The inputs (version 0 when none were given) and their gaps. */
    ContinuityView get(Actor actor);

    /** Sets the inputs at their expected version. */
    ContinuityView set(Actor actor, long expectedVersion, ContinuityDetails details);
}
