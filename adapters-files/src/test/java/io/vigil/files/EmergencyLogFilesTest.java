package io.vigil.files;

import io.vigil.alerting.port.out.EmergencyLog;
import io.vigil.testkit.contract.EmergencyLogContract;

class EmergencyLogFilesTest extends EmergencyLogContract {
    @Override
    protected EmergencyLog store() {
        return FileStoresFixture.STORES.emergencies();
    }
}
