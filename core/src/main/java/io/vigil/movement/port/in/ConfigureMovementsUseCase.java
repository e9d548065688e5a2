package io.vigil.movement.port.in;

import io.vigil.kernel.access.Actor;
import io.vigil.movement.domain.MovementSettings;

/** Read and set the office's movement settings (time zone, crisis team leader's delay, convoy rules). */
public interface ConfigureMovementsUseCase {
    /** The office's settings: the standard ones (version 0) until set. */
    MovementSettings get(Actor actor);

    /** Sets the office's settings at the expected version (0 while never set). */
    MovementSettings set(Actor actor, long expectedVersion, MovementSettingsDetails details);
}
