package io.vigil.files.risk;

import io.vigil.files.FileStoresFixture;
import io.vigil.risk.port.out.FacilityRegistry;
import io.vigil.testkit.contract.risk.FacilityRegistryContract;

class FacilityRegistryFilesTest extends FacilityRegistryContract {
    @Override
    protected FacilityRegistry store() {
        return FileStoresFixture.stores(FileRiskStores::new).facilities();
    }
}
