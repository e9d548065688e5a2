package io.vigil.files;

import io.vigil.alerting.port.out.CommunicationTestRegistry;
import io.vigil.testkit.contract.CommunicationTestRegistryContract;

class CommunicationTestRegistryFilesTest extends CommunicationTestRegistryContract {
    @Override
    protected CommunicationTestRegistry store() {
        return FileStoresFixture.STORES.communicationTests();
    }
}
