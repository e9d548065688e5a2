package io.vigil.files.alerting;

import io.vigil.alerting.port.out.CheckInLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.CheckInLogContract;

class CheckInLogFilesTest extends CheckInLogContract {
    @Override
    protected CheckInLog log() {
        return FileStoresFixture.stores(FileAlertingStores::new).checkIns();
    }
}
