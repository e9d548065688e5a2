package io.vigil.crisis.port.out;

import io.vigil.kernel.Require;
import io.vigil.kernel.access.Actor;

/**
 * Outbound port: the incident reports an activation comes from, read as the actor (the wiring
 * adapts the incident context's use cases; its access rules and audit apply).
 */
public interface CrisisIncidents {
    /**
     * The incident report {@code incident} as the actor reads it. An id that is no incident report
     * of the actor's office is an invalid command naming {@code incident}; a report the actor may not
     * read is an access denial.
     */
    Report read(Actor actor, String incident);

    /** What an activation needs of an incident report: its id in canonical form and its title. */
    record Report(String id, String title) {
        /** Checks both are given. */
        public Report {
            Require.nonNull(id, "id");
            Require.nonNull(title, "title");
        }
    }
}
