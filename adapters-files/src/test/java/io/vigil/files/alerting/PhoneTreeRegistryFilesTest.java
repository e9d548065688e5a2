package io.vigil.files.alerting;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.PhoneTreeRegistryContract;

class PhoneTreeRegistryFilesTest extends PhoneTreeRegistryContract {
    @Override
    protected PhoneTreeRegistry store() {
        return FileStoresFixture.stores(FileAlertingStores::new).phoneTrees();
    }
}
