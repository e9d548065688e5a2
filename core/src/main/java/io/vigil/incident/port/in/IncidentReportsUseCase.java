package io.vigil.incident.port.in;

import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.RecordsUseCase;
import java.time.Instant;
import java.util.List;

/**
 * Report incidents and follow them up. Recording one checks its category and subtype against the
 * office's taxonomy and sets when its written report is due; a critical one sends the flash report
 * to the reporting chain at once, and submitting the written report sends that. The persons named
 * are shown (and audited, naming them) only to readers of incident persons; others see the report
 * without them. Closing is refused, naming each, while an action or an enquiry is open.
 */
public interface IncidentReportsUseCase extends RecordsUseCase<IncidentReportId, IncidentDetails, IncidentReport> {
    /** Submits the written report at the expected version and tells the reporting chain. */
    IncidentReport submitWritten(Actor actor, IncidentReportId id, long expectedVersion, WrittenReportDetails details);

    /** Records a chain member's acknowledgement of the latest notice to their role. */
    IncidentReport acknowledge(Actor actor, IncidentReportId id, AcknowledgementDetails details);

    /** Adds a follow-up action at the expected version. */
    IncidentReport addAction(Actor actor, IncidentReportId id, long expectedVersion, ActionDetails details);

    /** Marks follow-up action {@code number} done at the expected version. */
    IncidentReport completeAction(Actor actor, IncidentReportId id, int number, long expectedVersion);

    /** Starts a roll-call over the incident's area (the alerting context) and keeps its id. */
    IncidentReport startRollCall(Actor actor, IncidentReportId id, long expectedVersion,
                                 IncidentRollCallDetails details);

    /**
     * Activates the crisis team from the incident (the crisis context, whose access rules and
     * refusals apply) and keeps the activation's id; the activation keeps the incident's. Refused
     * once closed or when the incident activated the team already.
     */
    IncidentReport activateCrisisTeam(Actor actor, IncidentReportId id, long expectedVersion,
                                      IncidentCrisisActivationDetails details);

    /** Closes the incident at the expected version; refused while an action or enquiry is open. */
    IncidentReport close(Actor actor, IncidentReportId id, long expectedVersion);

    /** The open incidents whose written report is late at {@code at}, or was submitted late; latest first. */
    List<IncidentReport> lateReports(Actor actor, Instant at);

    /** The open incidents' follow-up actions past due at {@code at}. */
    List<OverdueItem> overdueActions(Actor actor, Instant at);
}
