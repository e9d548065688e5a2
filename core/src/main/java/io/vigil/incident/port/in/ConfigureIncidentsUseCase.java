package io.vigil.incident.port.in;

import io.vigil.incident.domain.IncidentSettings;
import io.vigil.kernel.access.Actor;

/** The office's incident settings: taxonomy, reporting chain, export code mapping. */
public interface ConfigureIncidentsUseCase {
    /** The settings (version 0: the standard ones, not stored yet). */
    IncidentSettings get(Actor actor);

    /** Replaces the settings at the expected version (0 for the first time). */
    IncidentSettings set(Actor actor, long expectedVersion, IncidentSettingsDetails details);
}
