package io.vigil.files;

import io.vigil.alerting.port.out.PhoneTreeRegistry;
import io.vigil.testkit.contract.PhoneTreeRegistryContract;

class PhoneTreeRegistryFilesTest extends PhoneTreeRegistryContract {
    @Override
    protected PhoneTreeRegistry store() {
        return FileStoresFixture.STORES.phoneTrees();
    }
}
