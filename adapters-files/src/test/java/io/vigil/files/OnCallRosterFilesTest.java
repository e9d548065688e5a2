package io.vigil.files;

import io.vigil.alerting.port.out.OnCallRoster;
import io.vigil.testkit.contract.OnCallRosterContract;

class OnCallRosterFilesTest extends OnCallRosterContract {
    @Override
    protected OnCallRoster store() {
        return FileStoresFixture.STORES.onCall();
    }
}
