package io.vigil.files.movement;

import io.vigil.files.FileStoresFixture;
import io.vigil.movement.port.out.MedevacPlanRegistry;
import io.vigil.testkit.contract.movement.MedevacPlanRegistryContract;

class MedevacPlanRegistryFilesTest extends MedevacPlanRegistryContract {
    @Override
    protected MedevacPlanRegistry store() {
        return FileStoresFixture.stores(FileMovementStores::new).medevacPlans();
    }
}
