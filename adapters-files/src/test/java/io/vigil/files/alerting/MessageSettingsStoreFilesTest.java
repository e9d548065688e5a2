package io.vigil.files.alerting;

import io.vigil.alerting.port.out.MessageSettingsStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.alerting.MessageSettingsStoreContract;

class MessageSettingsStoreFilesTest extends MessageSettingsStoreContract {
    @Override
    protected MessageSettingsStore store() {
        return FileStoresFixture.stores(FileAlertingStores::new).messages();
    }
}
