package io.vigil.files.crisis;

import io.vigil.crisis.port.out.CrisisPlanStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.CrisisPlanStoreContract;

class CrisisPlanStoreFilesTest extends CrisisPlanStoreContract {
    @Override
    protected CrisisPlanStore store() {
        return FileStoresFixture.stores(FileCrisisStores::new).plans();
    }
}
