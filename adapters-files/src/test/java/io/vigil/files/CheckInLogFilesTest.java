package io.vigil.files;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.testkit.contract.CheckInLogContract;

class CheckInLogFilesTest extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return FileStoresFixture.STORES.checkIns();
    }
}
