package io.vigil.files.alerting;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.CommunicationTestRegistryContract;

class CommunicationTestRegistryFilesTest extends CommunicationTestRegistryContract {
    @Override
    protected CommunicationTestRegistry store() {
        return FileStoresFixture.stores(FileAlertingStores::new).tests();
    }
}
