package io.vigil.jdbc.incident;

import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.incident.IncidentReportLogContract;

class IncidentReportLogH2Test extends IncidentReportLogContract {
    @Override
    protected IncidentReportLog store() {
        return TestDatabases.h2(JdbcIncidentStores::new).reports();
    }
}
