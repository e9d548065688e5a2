package io.vigil.testkit.memory.incident;

import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.testkit.contract.incident.IncidentReportLogContract;

class InMemoryIncidentReportLogTest extends IncidentReportLogContract {
    private static final InMemoryIncidentReportLog STORE = new InMemoryIncidentReportLog();

    @Override
    protected IncidentReportLog store() {
        return STORE;
    }
}
