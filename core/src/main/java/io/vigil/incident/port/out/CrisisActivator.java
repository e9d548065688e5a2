package io.vigil.incident.port.out;

import io.vigil.incident.domain.IncidentReportId;
import io.vigil.kernel.access.Actor;

/**
 * Outbound port: activates the crisis team from an incident report (the crisis context's use case,
 * as the actor: its own access rules and refusals apply) and answers the activation's id.
 */
public interface CrisisActivator {
    /** Activates the team for {@code scenario} of the plan in force, with what triggered it; returns its id. */
    String activate(Actor actor, IncidentReportId incident, String scenario, String trigger);
}
