package io.vigil.files.incident;

import io.vigil.files.FileStoresFixture;
import io.vigil.incident.port.out.IncidentReportLog;
import io.vigil.testkit.contract.incident.IncidentReportLogContract;

class IncidentReportLogFilesTest extends IncidentReportLogContract {
    @Override
    protected IncidentReportLog store() {
        return FileStoresFixture.stores(FileIncidentStores::new).reports();
    }
}
