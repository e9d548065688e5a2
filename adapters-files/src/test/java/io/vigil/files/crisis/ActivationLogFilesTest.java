package io.vigil.files.crisis;

import io.vigil.crisis.port.out.ActivationLog;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.ActivationLogContract;

class ActivationLogFilesTest extends ActivationLogContract {
    @Override
    protected ActivationLog store() {
        return FileStoresFixture.stores(FileCrisisStores::new).activations();
    }
}
