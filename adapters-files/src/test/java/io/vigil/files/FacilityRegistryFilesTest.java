package io.vigil.files;

import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.FacilityRegistryContract;

class FacilityRegistryFilesTest extends FacilityRegistryContract {
    @Override
    protected FacilityRegistry store() {
        return FileStoresFixture.STORES.facilities();
    }
}
