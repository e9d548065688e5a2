package io.vigil.incident.application;

import io.vigil.incident.domain.IncidentData;
import io.vigil.incident.domain.IncidentReport;
import io.vigil.kernel.OfficeId;
import io.vigil.kernel.PersonId;
import io.vigil.kernel.access.AccessDecision;
import io.vigil.kernel.access.AccessDeniedException;
import io.vigil.kernel.access.AccessGuard;
import io.vigil.kernel.access.AccessTarget;
import io.vigil.kernel.access.Actor;
import io.vigil.kernel.access.Operation;
import io.vigil.kernel.audit.AuditAction;
import java.util.List;

/**
 * The need-to-know rule of incident reports: the persons a report names are shown to readers of
 * incident persons only, and every read or write of them is audited naming them.
 */
final class IncidentAccess {
    static final String TYPE = "incident-report";

    private final AccessGuard guard;

    IncidentAccess(AccessGuard guard) {
        this.guard = guard;
    }

    /** The report as the actor may see it: with its persons (audited, naming them) or without them. */
    IncidentReport shown(Actor actor, IncidentReport report, AuditAction action) {
        if (report.persons().isEmpty()) {
            return report;
        }
        AccessDecision decision = guard.check(actor, Operation.READ, IncidentData.INCIDENT_PERSONS,
                AccessTarget.office(report.office()));
        if (!decision.granted()) {
            return report.withoutPersons();
        }
        guard.record(actor, action, TYPE, report.id().toString(), IncidentData.INCIDENT_PERSONS, decision,
                report.personsNamed());
        return report;
    }

    /** The reports as the actor may see them, a list audited once naming every person shown. */
    List<IncidentReport> shown(Actor actor, OfficeId office, List<IncidentReport> reports) {
        AccessDecision decision = guard.check(actor, Operation.READ, IncidentData.INCIDENT_PERSONS,
                AccessTarget.office(office));
        if (!decision.granted()) {
            return reports.stream().map(IncidentReport::withoutPersons).toList();
        }
        List<PersonId> named = reports.stream().flatMap(r -> r.personsNamed().stream()).distinct().toList();
        if (reports.stream().anyMatch(r -> !r.persons().isEmpty())) {
            guard.record(actor, AuditAction.LIST, TYPE, office.value(), IncidentData.INCIDENT_PERSONS, decision, named);
        }
        return reports;
    }

    /** Requires writing the persons a report names (audited naming them), when it names any. */
    void requirePersonsWrite(Actor actor, IncidentReport report, AuditAction action) {
        if (report.persons().isEmpty()) {
            return;
        }
        AccessDecision decision = guard.check(actor, Operation.WRITE, IncidentData.INCIDENT_PERSONS,
                AccessTarget.office(report.office()));
        guard.record(actor, action, TYPE, report.id().toString(), IncidentData.INCIDENT_PERSONS, decision,
                report.personsNamed());
        if (decision instanceof AccessDecision.Denied denied) {
            throw new AccessDeniedException(denied.reason());
        }
    }
}
