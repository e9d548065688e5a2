package io.vigil.jdbc.incident;

import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.jdbc.TestDatabases;
import io.vigil.testkit.contract.incident.IncidentReportLogContract;

class IncidentReportLogPostgresTest extends IncidentReportLogContract {
    @Override
    protected IncidentReportLog store() {
        return TestDatabases.postgres(JdbcIncidentStores::new).reports();
    }
}
