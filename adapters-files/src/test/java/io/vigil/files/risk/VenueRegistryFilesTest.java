package io.vigil.files.risk;

import io.vigil.files.FileStoresFixture;
import io.vigil.risk.port.out.VenueRegistry;
import io.vigil.testkit.contract.risk.VenueRegistryContract;

class VenueRegistryFilesTest extends VenueRegistryContract {
    @Override
    protected VenueRegistry store() {
        return FileStoresFixture.stores(FileRiskStores::new).venues();
    }
}
