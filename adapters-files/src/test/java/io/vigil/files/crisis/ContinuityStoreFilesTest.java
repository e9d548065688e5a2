package io.vigil.files.crisis;

import io.vigil.crisis.port.out.ContinuityStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.ContinuityStoreContract;

class ContinuityStoreFilesTest extends ContinuityStoreContract {
    @Override
    protected ContinuityStore store() {
        return FileStoresFixture.stores(FileCrisisStores::new).continuity();
    }
}
