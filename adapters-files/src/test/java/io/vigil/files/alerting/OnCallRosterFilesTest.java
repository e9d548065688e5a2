package io.vigil.files.alerting;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.OnCallRosterContract;

class OnCallRosterFilesTest extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return FileStoresFixture.stores(FileAlertingStores::new).roster();
    }
}
