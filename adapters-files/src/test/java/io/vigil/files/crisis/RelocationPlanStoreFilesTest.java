package io.vigil.files.crisis;

import io.vigil.crisis.port.out.RelocationPlanStore;
import io.vigil.files.FileStoresFixture;
import io.vigil.testkit.contract.crisis.RelocationPlanStoreContract;

class RelocationPlanStoreFilesTest extends RelocationPlanStoreContract {
    @Override
    protected RelocationPlanStore store() {
        return FileStoresFixture.stores(FileCrisisStores::new).relocationPlans();
    }
}
