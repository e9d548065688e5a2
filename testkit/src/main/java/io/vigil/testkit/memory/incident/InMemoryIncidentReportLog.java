package io.vigil.testkit.memory.incident;

import io.vigil.incident.domain.IncidentReport;
import io.vigil.incident.domain.IncidentReportId;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.testkit.memory.InMemoryVersionedStore;

/** {@link IncidentReportLog} in memory. */
public final class InMemoryIncidentReportLog extends InMemoryVersionedStore<IncidentReportId, IncidentReport> implements IncidentReportLog.Scanned {
    public InMemoryIncidentReportLog() {
        super("incident-report");
    }
}
