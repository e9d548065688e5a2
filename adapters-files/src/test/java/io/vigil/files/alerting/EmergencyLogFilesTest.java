package io.vigil.files.alerting;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.EmergencyLogContract;

class EmergencyLogFilesTest extends EmergencyLogContract {
    @Override
    protected EmergencyLog store() {
        return FileStoresFixture.stores(FileAlertingStores::new).emergencies();
    }
}
