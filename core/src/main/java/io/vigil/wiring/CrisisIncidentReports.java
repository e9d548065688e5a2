package io.vigil.wiring;

import io.vigil.crisis.port.out.CrisisIncidents;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.port.in.IncidentUseCases;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.store.NotFoundException;
import io.vigil.kernel.validation.InvalidCommandException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The incident reports a crisis activation comes from, read through the incident context's
 * {@code IncidentReportsUseCase} (its access rules and audit apply). The incident context is
 * resolved on each read, not when this is built: the incident context activates the crisis team
 * in turn, so the crisis context is built first with this adapter and the incident context after it.
 */
public final class CrisisIncidentReports implements CrisisIncidents {
    private final Supplier<IncidentUseCases> incidents;

    /** Reports read through the use cases {@code incidents} supplies once both contexts are built. */
    public CrisisIncidentReports(Supplier<IncidentUseCases> incidents) {
        this.incidents = Objects.requireNonNull(incidents, "incidents");
    }

    @Override
    public Report read(Actor actor, String incident) {
        IncidentReportId id;
        try {
            id = IncidentReportId.of(incident);
        } catch (IllegalArgumentException e) {
            throw InvalidCommandException.of("incident", "must be the id of an incident report, was '" + incident
                    + "'");
        }
        IncidentUseCases resolved = Objects.requireNonNull(incidents.get(), "the incident context is not built yet");
        try {
            IncidentReport report = resolved.reports().get(actor, id);
            return new Report(report.id().toString(), report.title());
        } catch (NotFoundException e) {
            throw InvalidCommandException.of("incident", "is not an incident report of office " + actor.office()
                    + ": " + incident);
        }
    }
}
